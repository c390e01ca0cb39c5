package diff_test

import (
	"fmt"
	"log"
	"os"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/diff"
	"golang.org/x/text/language"
)

func ExampleCompare() {
	email := &policy.Category{ID: "email", Name: "Email address", Sensitivity: policy.SensitivityPersonal,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	v1 := &policy.Policy{
		Version:    "1",
		Effective:  policy.MakeDate(2025, 1, 1),
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{ID: "news", Name: "Newsletter", Categories: []*policy.Category{email},
			Bases: []policy.Basis{policy.BasisConsent}}},
	}
	// Version 2 keeps email addresses longer and sends the newsletter on
	// legitimate interests instead of consent, but forgets a new version.
	email2 := *email
	email2.Retention = policy.Keep(policy.Years(3), policy.EventCollection)
	v2 := *v1
	v2.Categories = []*policy.Category{&email2}
	v2.Purposes = []*policy.Purpose{{ID: "news", Name: "Newsletter", Categories: []*policy.Category{&email2},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}}}

	report, err := diff.Compare(v1, &v2)
	if err != nil {
		log.Fatal(err)
	}
	if err := report.WriteText(os.Stdout); err != nil {
		log.Fatal(err)
	}
	fmt.Println(report.Material(), len(diff.Check(v1, &v2)))
	// Output:
	// material  changed categories[email].retention: kept longer
	//           period: "P1Y" -> "P3Y"
	// material  changed purposes[news].bases: no longer rests on consent
	//           added "legitimate_interests"
	//           removed "consent"
	// true 2
}

// Every field is compared, without the package naming it: here the sale of
// personal information, where the data is stored and the data protection
// officer.
func ExampleCompare_everyField() {
	ru, us := language.MustParseRegion("RU"), language.MustParseRegion("US")
	v1 := &policy.Policy{
		Version: "1",
		DPO:     &policy.Contact{Name: "Ivan Petrov", Email: "dpo@example.com"},
		Storage: []policy.Storage{{Location: ru}},
		CCPA:    policy.CCPANotice{Sold: policy.AnswerNo},
	}
	v2 := &policy.Policy{
		Version: "2",
		Storage: []policy.Storage{{Location: us}},
		CCPA:    policy.CCPANotice{Sold: policy.AnswerYes},
	}
	report, err := diff.Compare(v1, v2)
	if err != nil {
		log.Fatal(err)
	}
	if err := report.WriteText(os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// material  removed dpo: the data protection officer is no longer named
	// editorial changed version: version changed
	//           "1" -> "2"
	// material  changed storage[0].location: stored in another country
	//           "RU" -> "US"
	// material  changed ccpa.sold: starts selling personal information
	//           "no" -> "yes"
}

// Check turns each material change that the new version does not announce
// into a finding, at the path of the change.
func ExampleCheck() {
	v1 := &policy.Policy{Version: "1", Effective: policy.MakeDate(2025, 1, 1), CCPA: policy.CCPANotice{Shared: policy.AnswerNo}}
	v2 := &policy.Policy{Version: "1", Effective: policy.MakeDate(2025, 1, 1), CCPA: policy.CCPANotice{Shared: policy.AnswerYes}}
	for _, f := range diff.Check(v1, v2) {
		fmt.Println(f.Path, f.Rule)
	}
	v2.Version, v2.Effective = "2", policy.MakeDate(2025, 3, 1)
	fmt.Println(len(diff.Check(v1, v2)))
	// Output:
	// ccpa.shared changes.unannounced
	// 0
}
