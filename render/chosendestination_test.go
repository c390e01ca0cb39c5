package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestChosenDestination checks that a transfer to the country the data
// subject's choice determines names that country, in English and Russian,
// in the transfers section, in the layered layout's reference to it and in
// the diagram, and never a country code.
func TestChosenDestination(t *testing.T) {
	for _, tt := range []struct {
		dest         policy.ChosenDestination
		want, wantRU string
	}{
		{policy.ChosenDestinationTravel, "The country you travel to", "Страна, в которую вы направляетесь"},
		{policy.ChosenDestinationBooking, "The country of the accommodation or service you book", "Страна, в которой находится забронированное вами жильё или оказывается заказанная вами услуга"},
		// A telecom operator's subscriber calls abroad as much as a bank's
		// customer pays abroad.
		{policy.ChosenDestinationAddressee, "The country of the person you pay, write to or call", "Страна лица, которому вы направляете платёж или сообщение либо звоните"},
		// A bank's customer only pays, a postal operator's only sends.
		{policy.ChosenDestinationPayee, "The country of the person or business you pay", "Страна получателя вашего платежа"},
		{policy.ChosenDestinationShipment, "The country you send a letter or parcel to", "Страна, в которую вы отправляете письмо или посылку"},
	} {
		t.Run(tt.dest.String(), func(t *testing.T) {
			p := smallPolicy()
			p.Laws = []policy.Law{policy.GDPR, policy.FZ152}
			p.Transfers = []policy.Transfer{{ChosenDestination: tt.dest, Categories: p.Categories, Safeguard: policy.SafeguardContractNecessity}}
			expectText(t, readText(t, p, language.English),
				[]string{tt.want + ": email, because the transfer is necessary for the performance of a contract with you."}, []string{"ZZ"})
			expectText(t, readText(t, p, language.Russian), []string{tt.wantRU + ": "}, []string{"ZZ"})

			d := mustCompose(t, p, Options{Layout: LayoutCategories})
			var b strings.Builder
			if err := WriteText(&b, d, TextOptions{}); err != nil {
				t.Fatal(err)
			}
			expectText(t, strings.Join(strings.Fields(b.String()), " "),
				[]string{"Transferred to: " + strings.ToLower(tt.want[:1]) + tt.want[1:] + " ("}, []string{"ZZ"})

			pic, err := ComposePicture(p, Options{})
			if err != nil {
				t.Fatal(err)
			}
			countries := pic.Flow.Columns[FlowCountries].Nodes
			if !slices.Equal(countries, []string{tt.want}) {
				t.Errorf("countries in the diagram = %q; want [%q]", countries, tt.want)
			}
			if !slices.Contains(pic.Flow.Edges, FlowEdge{FlowNode{FlowData, 0}, FlowNode{FlowCountries, 0}}) {
				t.Errorf("no arrow from the data to %q: %v", tt.want, pic.Flow.Edges)
			}
		})
	}
}

// TestChosenDestinationsFromOrigins checks that transfers from two
// origins to the same chosen destination are stated once, and that
// transfers to two different chosen destinations are not.
func TestChosenDestinationsFromOrigins(t *testing.T) {
	r := language.MustParseRegion
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR, policy.UKGDPR}
	for _, o := range []string{"EU", "GB"} {
		p.Transfers = append(p.Transfers, policy.Transfer{Origin: r(o), ChosenDestination: policy.ChosenDestinationTravel, Categories: p.Categories, Safeguard: policy.SafeguardContractNecessity})
	}
	p.Transfers = append(p.Transfers, policy.Transfer{Origin: r("CH"), ChosenDestination: policy.ChosenDestinationBooking, Categories: p.Categories, Safeguard: policy.SafeguardContractNecessity})
	text := readText(t, p, language.English)
	expectText(t, text, []string{
		"The country you travel to: email, from the European Union and the United Kingdom, because",
		"The country of the accommodation or service you book: email, because",
	}, nil)
	if n := strings.Count(text, "The country you travel to"); n != 1 {
		t.Errorf("the travel destination is stated %d times; want once:\n%s", n, text)
	}
}
