package diff_test

import (
	"fmt"
	"os"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/diff"
)

func ExampleCompare() {
	email := &policy.Category{ID: "email", Name: "Email address", Sensitivity: policy.Personal,
		Retention: policy.Keep(policy.Years(1), policy.Collection)}
	v1 := &policy.Policy{
		Version:    "1",
		Effective:  policy.MakeDate(2025, 1, 1),
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{ID: "news", Name: "Newsletter", Categories: []*policy.Category{email},
			Bases: []policy.Basis{policy.Consent}}},
	}
	// Version 2 keeps email addresses longer and sends the newsletter on
	// legitimate interests instead of consent, but forgets a new version.
	email2 := *email
	email2.Retention = policy.Keep(policy.Years(3), policy.Collection)
	v2 := *v1
	v2.Categories = []*policy.Category{&email2}
	v2.Purposes = []*policy.Purpose{{ID: "news", Name: "Newsletter", Categories: []*policy.Category{&email2},
		Bases: []policy.Basis{policy.LegitimateInterests}}}

	report := diff.Compare(v1, &v2)
	if err := report.WriteText(os.Stdout); err != nil {
		panic(err)
	}
	fmt.Println(report.Material(), len(diff.Check(v1, &v2)))
	// Output:
	// material  changed categories[email]: kept longer
	//           Retention.Period.Years: 1 -> 3
	// material  changed purposes[news]: no longer rests on consent
	//           Bases: "consent" -> "legitimate_interests"
	// true 2
}
