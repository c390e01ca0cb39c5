package policy_test

import (
	"fmt"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// A purpose names the law other than the data-protection law that
// requires its consent, such as the Russian law on advertising for
// advertising by SMS; the purpose must rest on consent.
func ExamplePurpose_consentRequiredBy() {
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	ads := &policy.Purpose{ID: "ads", Name: "Sending advertising by SMS", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "selling our goods",
		ConsentRequiredBy: []policy.Obligation{{
			Act:    "Federal Law No. 38-FZ “On Advertising”, Art. 18",
			Region: language.MustParseRegion("RU"),
		}},
	}
	p := &policy.Policy{Categories: []*policy.Category{contact}, Purposes: []*policy.Purpose{ads}}
	for _, f := range p.Validate() {
		if f.Rule == policy.RuleConsentDetail {
			fmt.Println(f.Path, f.Rule)
		}
	}
	ads.Bases, ads.Interest, ads.Withdraw = []policy.Basis{policy.BasisConsent}, "", "by replying STOP"
	for _, f := range p.Validate() {
		if f.Rule == policy.RuleConsentDetail {
			fmt.Println(f.Path, f.Rule)
		}
	}
	fmt.Println("resting on consent:", ads.RestsOnConsent())
	// Output:
	// purposes[ads].consent_required_by basis.consent.detail
	// resting on consent: true
}
