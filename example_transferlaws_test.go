package policy_test

import (
	"fmt"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// ExamplePolicy_TransferLaws shows which declared laws govern a transfer:
// every law that restricts transfers abroad, narrowed to the laws of the
// transfer's origin where it states one.
func ExamplePolicy_TransferLaws() {
	p := &policy.Policy{Laws: []policy.Law{policy.GDPR, policy.UKGDPR, policy.FADP}}
	us := language.MustParseRegion("US")
	for _, origin := range []string{"", "EU", "GB", "CH"} {
		t := policy.Transfer{Destination: us, Safeguard: policy.SafeguardStandardClauses}
		if origin != "" {
			t.Origin = language.MustParseRegion(origin)
		}
		var names []string
		for _, l := range p.TransferLaws(t) {
			names = append(names, l.Name())
		}
		fmt.Printf("from %q: %v\n", origin, names)
	}
	// Output:
	// from "": [GDPR UK GDPR FADP]
	// from "EU": [GDPR]
	// from "GB": [UK GDPR]
	// from "CH": [FADP]
}
