package policy_test

import (
	"fmt"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// A purpose on a legal obligation under Russian accounting law rests on
// it under 152-FZ but not under the GDPR, which accepts only Union or
// member-state law (Art. 6(3)); under the GDPR the purpose needs another
// ground.
func ExamplePurpose_RestsOn() {
	accounts := &policy.Purpose{
		ID:    "accounts",
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Obligations: []policy.Obligation{{
			Act:    "Federal Law No. 402-FZ “On Accounting”, Art. 29",
			Region: language.MustParseRegion("RU"),
		}},
	}
	for _, law := range []policy.Law{policy.FZ152, policy.GDPR} {
		fmt.Printf("%s: legal obligation %v, legitimate interests %v\n", law.Name(),
			accounts.RestsOn(policy.BasisLegalObligation, law), accounts.RestsOn(policy.BasisLegitimateInterests, law))
	}
	// Output:
	// Federal Law No. 152-FZ: legal obligation true, legitimate interests true
	// GDPR: legal obligation false, legitimate interests true
}
