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
		if got := mentionsPlace(tt.act, tt.name); got != tt.want {
			t.Errorf("mentionsPlace(%q, %q) = %v, want %v", tt.act, tt.name, got, tt.want)
		}
	}
}

func TestMentionsPlace(t *testing.T) {
	for _, tt := range []struct {
		act, name string
		want      bool
	}{
		{"Tax Code of the Russian Federation, Art. 23(1)(8)", "Russia", true},
		{"Tax Code of the Russian Federation", "the Russian Federation", true},
		{"подп. 8 п. 1 ст. 23 Налогового кодекса Российской Федерации", "Российская Федерация", true},
		{"ст. 29 Федерального закона от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»", "Российская Федерация", false},
		{"Federal Law No. 402-FZ “On Accounting”, Art. 29", "Russia", false},
		{"Gaming Act (Chapter 583 of the Laws of Malta)", "Malta", true},
		{"German Civil Code (BGB), § 257", "Germany", true},
		{"Handelsgesetzbuch, § 257", "Germany", false},
		{"Accounting Act (1336/1997)", "Finland", false},
		{"Data Protection Act 2018", "United Kingdom", false},
		{"Companies Act of the United Kingdom", "United Kingdom", true},
		{"Kingdom Act", "United Kingdom", false},
		{"", "Malta", false},
		{"Gaming Act", "", false},
		{"Data Protection Act 2018 (UK)", "UK", true},
	} {
		if got := mentionsPlace(tt.act, tt.name); got != tt.want {
			t.Errorf("mentionsPlace(%q, %q) = %v, want %v", tt.act, tt.name, got, tt.want)
		}
	}
}

// TestActRegionNamedInAct checks that a law whose name names its
// jurisdiction, in any case, is not followed by it in brackets, in English
// and Russian.
func TestActRegionNamedInAct(t *testing.T) {
	gb, ru := language.MustParseRegion("GB"), language.MustParseRegion("RU")
	p := smallPolicy()
	p.Purposes[1].Bases = append(p.Purposes[1].Bases, policy.BasisLegalObligation)
	p.Purposes[1].Obligations = []policy.Obligation{
		{Act: "Gambling Act 2005", Region: gb},
		{Act: "Tax Code of the Russian Federation, Art. 23(1)(8)", Region: ru},
	}
	expectText(t, readText(t, p, language.English), []string{
		"Gambling Act 2005 (United Kingdom) and Tax Code of the Russian Federation, Art. 23(1)(8).",
	}, []string{"(Russia)"})
	p.Purposes[1].Obligations[1].Act = "подп. 8 п. 1 ст. 23 Налогового кодекса Российской Федерации"
	expectText(t, readText(t, p, language.Russian), []string{"подп. 8 п. 1 ст. 23 Налогового кодекса Российской Федерации."}, []string{"(Российская Федерация)"})
}
