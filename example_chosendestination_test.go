package policy_test

import (
	"fmt"
	"strings"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// ExampleChosenDestination declares that passenger data goes to the border
// authorities of whichever country the passenger flies to: the transfer
// names no country, and rests on the necessity to perform the contract of
// carriage, a ground that holds wherever the passenger goes. The GDPR
// governs it as a transfer abroad. An adequacy decision cannot cover a
// country not known in advance, so Validate reports a transfer that
// claims one.
func ExampleChosenDestination() {
	passengers := &policy.Category{ID: "passengers", Name: "Passenger data", Sensitivity: policy.SensitivityPersonal}
	authorities := &policy.Recipient{ID: "authorities", Name: "border authorities of the country you fly to", Role: policy.RoleAuthority}
	flight := policy.Transfer{
		Origin:            language.MustParseRegion("EU"),
		ChosenDestination: policy.ChosenDestinationTravel,
		Recipient:         authorities,
		Categories:        []*policy.Category{passengers},
		Safeguard:         policy.SafeguardContractNecessity,
	}
	p := &policy.Policy{
		Laws:       []policy.Law{policy.GDPR},
		Categories: []*policy.Category{passengers},
		Recipients: []*policy.Recipient{authorities},
		Transfers:  []policy.Transfer{flight},
	}
	fmt.Println(flight.ChosenDestination.Name()+":", p.TransferLaws(flight)[0].Name())
	for _, s := range []policy.Safeguard{policy.SafeguardContractNecessity, policy.SafeguardAdequacy} {
		p.Transfers[0].Safeguard = s
		fmt.Printf("on %s:", s)
		for _, f := range p.Validate() {
			if strings.HasPrefix(f.Path, "transfers[0]") {
				fmt.Printf(" %s %s", f.Rule, f.Path)
			}
		}
		fmt.Println()
	}
	// Output:
	// the country you travel to: GDPR
	// on contract_necessity:
	// on adequacy: transfer.destination.chosen transfers[0].safeguard
}
