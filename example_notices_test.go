package policy_test

import (
	"fmt"
	"os"

	"github.com/gopolicy/policy"
)

// A business service states the data it processes for its customers as
// their processor, which the policy does not cover, and the controller's
// other notices; the JSON carries both.
func ExampleCustomerData() {
	p := basePolicy()
	p.CustomerData = policy.CustomerData{
		Customers: "organisations on the Enterprise plan",
		Data:      "the files and messages their members store in the service",
		TermsURL:  "https://example.com/legal/dpa",
	}
	p.OtherNotices = []policy.Notice{{Covers: "employees and job applicants", URL: "https://example.com/careers/privacy"}}
	fmt.Println(len(p.Validate()), "findings")

	p.CustomerData.Data = "" // the data is what the policy leaves out: it must be named
	for _, f := range p.Validate() {
		fmt.Println(f.Path, f.Rule)
	}
	// Output:
	// 0 findings
	// customer_data.data name.missing
}

// A purpose that rests on consent says how the consent is obtained and
// recorded, and the paid alternative to it ("consent or pay"); each
// qualifies consent, so a purpose on another ground cannot state them.
func ExamplePaidAlternative() {
	p := basePolicy()
	ads := p.Purposes[0]
	ads.ConsentMethod = policy.ConsentMethodConsentTool
	ads.ConsentLogged = true
	ads.PaidAlternative = policy.PaidAlternative{Offer: "the ad-free subscription", URL: "https://example.com/subscribe"}
	fmt.Println(len(p.Validate()), "findings;", ads.ConsentMethod.Name())
	if err := policy.Encode(os.Stdout, &policy.Policy{Purposes: []*policy.Purpose{{ID: "ads", Bases: ads.Bases,
		ConsentMethod: ads.ConsentMethod, ConsentLogged: true, PaidAlternative: ads.PaidAlternative}}}); err != nil {
		fmt.Println(err)
	}

	ads.Bases = []policy.Basis{policy.BasisLegitimateInterests}
	ads.Interest, ads.Withdraw = "measuring reach", ""
	for _, f := range p.Validate() {
		fmt.Println(f.Path, f.Rule)
	}
	// Output:
	// 0 findings; consent management tool
	// {
	//   "purposes": [
	//     {
	//       "id": "ads",
	//       "bases": [
	//         "consent"
	//       ],
	//       "consent_method": "consent_tool",
	//       "consent_logged": true,
	//       "paid_alternative": {
	//         "offer": "the ad-free subscription",
	//         "url": "https://example.com/subscribe"
	//       }
	//     }
	//   ]
	// }
	// purposes[analytics].consent_method basis.consent.detail
	// purposes[analytics].consent_logged basis.consent.detail
	// purposes[analytics].paid_alternative basis.consent.detail
}
