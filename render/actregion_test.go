package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestActRegion checks how a law's jurisdiction follows its name when the
// laws named are of several jurisdictions: in brackets; inside the name's
// own closing brackets, or not at all where they already name it; and
// after brackets that cite a provision.
func TestActRegion(t *testing.T) {
	mt, gb, ru := language.MustParseRegion("MT"), language.MustParseRegion("GB"), language.MustParseRegion("RU")
	p := smallPolicy()
	p.Purposes[1].Bases = append(p.Purposes[1].Bases, policy.BasisLegalObligation)
	p.Purposes[1].Obligations = []policy.Obligation{
		{Act: "Gaming Act (Chapter 583 of the Laws of Malta)", Region: mt},
		{Act: "Gambling Act 2005", Region: gb},
		{Act: "Player Protection Directive (Directive 2 of 2018)", Region: mt},
		{Act: "Tax Code, Art. 23(1)(8)", Region: ru},
	}
	expectText(t, readText(t, p, language.English), []string{
		"Gaming Act (Chapter 583 of the Laws of Malta); Gambling Act 2005 (United Kingdom); Player Protection Directive (Directive 2 of 2018; Malta); and Tax Code, Art. 23(1)(8) (Russia).",
	}, []string{"Malta) (Malta)", "2018) (Malta)"})
}

func TestNamesRegion(t *testing.T) {
	for _, tt := range []struct {
		act, name string
		want      bool
	}{
		{"(Chapter 583 of the Laws of Malta)", "Malta", true},
		{"(of the Russian Federation)", "Russia", true},
		{"(Directive 2 of 2018)", "Malta", false},
		{"(Maltatech rules)", "Malta", true},
		{"(SuperMalta)", "Malta", false},
		{"", "Malta", false},
	} {
		if got := namesRegion(tt.act, tt.name); got != tt.want {
			t.Errorf("namesRegion(%q, %q) = %v, want %v", tt.act, tt.name, got, tt.want)
		}
	}
}
