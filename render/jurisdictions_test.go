package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestDisclosureJurisdictions checks that a disclosure on legal process
// limited to the authorities of some countries says so, in English and
// in Russian, with each country named as it follows "of", and that
// without the limit the document claims none.
func TestDisclosureJurisdictions(t *testing.T) {
	p := smallPolicy()
	p.Disclosures = []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}}
	limit := "We answer only the orders of the courts and authorities of"
	expectText(t, readText(t, p, language.English), []string{"To public authorities, only on valid legal process"}, []string{limit, "legal assistance"})

	p.Disclosures[0].Jurisdictions = []language.Region{language.MustParseRegion("CH")}
	expectText(t, readText(t, p, language.English), []string{
		limit + " Switzerland; an authority of another country must ask them for international legal assistance.",
	}, nil)
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы исполняем только требования судов и иных государственных органов Швейцарии; орган другого государства должен обратиться к ним в порядке международной правовой помощи.",
	}, []string{"Switzerland", "legal assistance"})

	p.Disclosures[0].Jurisdictions = append(p.Disclosures[0].Jurisdictions, language.MustParseRegion("EU"))
	expectText(t, readText(t, p, language.English), []string{limit + " Switzerland and the European Union;"}, nil)
}
