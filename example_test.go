package policy_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// A policy is a composite literal; purposes refer to the categories they
// use by value, so the compiler checks the references.
func Example() {
	email := &policy.Category{
		ID:          "account.email",
		Name:        "Account data",
		Items:       []string{"email address"},
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceUser},
		Retention:   policy.WhileAccountActive(policy.Days(30)),
	}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Effective:  policy.MakeDate(2025, time.March, 1),
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{
			ID: "account", Name: "Running your account",
			Categories: []*policy.Category{email},
			Bases:      []policy.Basis{policy.BasisContract},
		}},
	}
	fmt.Println(p.Validate().Err())
	// Output: <nil>
}

func ExamplePolicy_Validate() {
	email := &policy.Category{ID: "account.email", Name: "Account data", Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd"}},
		Effective:  policy.MakeDate(2025, time.March, 1),
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{
			ID: "marketing", Name: "Newsletter",
			Categories: []*policy.Category{email},
			Bases:      []policy.Basis{policy.BasisConsent},
		}},
	}
	findings := p.Validate()
	for _, f := range findings {
		fmt.Println(f.Path, f.Rule)
	}
	err := findings.Err()
	fmt.Println(errors.Is(err, policy.RuleMissingWithdrawal))
	// Output:
	// controller controller.contact.missing
	// purposes[marketing].withdraw basis.consent.withdrawal
	// categories[account.email].retention retention.missing
	// true
}

// Decoding resolves references by ID and reports the path of any problem.
func ExampleDecode() {
	const input = `{
  "controller": {"name": "Example Ltd", "email": "privacy@example.com"},
  "categories": [{"id": "ip", "name": "IP address", "sensitivity": "personal",
    "sources": ["automatic"], "retention": {"rule": "period", "period": "P6M", "from": "collection"}}],
  "purposes": [{"id": "security", "name": "Security", "categories": ["ip", "email"]}]
}`
	_, err := policy.Decode(strings.NewReader(input))
	fmt.Println(err)
	// Output: policy json: purposes[0].categories[1]: unknown category "email": it is not declared in categories
}

// Encoding writes canonical JSON; decoding it and encoding again gives the
// same bytes.
func ExampleEncode() {
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Categories: []*policy.Category{{
			ID: "ip", Name: "IP address", Sensitivity: policy.SensitivityPersonal,
			Storage:   []policy.Storage{{Location: language.MustParseRegion("DE")}},
			Retention: policy.Keep(policy.Months(6), policy.EventCollection),
		}},
	}
	var first bytes.Buffer
	if err := policy.Encode(&first, p); err != nil {
		panic(err)
	}
	os.Stdout.Write(first.Bytes())

	q, err := policy.Decode(bytes.NewReader(first.Bytes()))
	if err != nil {
		panic(err)
	}
	var second bytes.Buffer
	if err := policy.Encode(&second, q); err != nil {
		panic(err)
	}
	fmt.Println(bytes.Equal(first.Bytes(), second.Bytes()))
	// Output:
	// {
	//   "controller": {
	//     "name": "Example Ltd",
	//     "email": "privacy@example.com"
	//   },
	//   "categories": [
	//     {
	//       "id": "ip",
	//       "name": "IP address",
	//       "sensitivity": "personal",
	//       "storage": [
	//         {
	//           "location": "DE"
	//         }
	//       ],
	//       "retention": {
	//         "rule": "period",
	//         "period": "P6M",
	//         "from": "collection"
	//       }
	//     }
	//   ]
	// }
	// true
}

func ExampleParsePeriod() {
	p, err := policy.ParsePeriod("P1Y6M")
	fmt.Println(p.Years, p.Months, err)
	p, err = policy.ParsePeriod("PT72H")
	fmt.Println(p.Hours, err)
	_, err = policy.ParsePeriod("PT30M")
	fmt.Println(err)
	// Output:
	// 1 6 <nil>
	// 72 <nil>
	// invalid period "PT30M": unit 'M' after T is not accepted (want H; minutes and seconds are not stated in a policy)
}

// A period stated in hours stays in hours; compared with days, or added
// to a date, a day counts as 24 hours.
func ExampleHours() {
	logs := policy.Hours(25)
	fmt.Println(logs, logs.Longer(policy.Days(1)), policy.Hours(72).Longer(policy.Days(3)))
	updated := policy.MakeDate(2025, time.March, 1)
	fmt.Println(policy.Hours(24).AddTo(updated), logs.AddTo(updated))
	// Output:
	// PT25H true false
	// 2025-03-02 2025-03-03
}

func ExampleBasis_Citation() {
	for _, law := range []policy.Law{policy.GDPR, policy.FZ152, policy.LGPD, policy.CCPA} {
		cite, ok := policy.BasisLegitimateInterests.Citation(law)
		fmt.Printf("%s: %q %v\n", law.Name(), cite, ok)
	}
	// Output:
	// GDPR: "Art. 6(1)(f)" true
	// Federal Law No. 152-FZ: "Art. 6(1)(7)" true
	// LGPD: "Art. 7(IX)" true
	// CCPA: "" false
}
