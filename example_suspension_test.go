package policy_test

import (
	"fmt"

	"github.com/gopolicy/policy"
)

// A platform that deactivates accounts automatically must say, under the
// GDPR, how a person contests the decision and that a person reviews
// the objection (Art. 22(3)).
func ExampleSuspension() {
	data := &policy.Category{ID: "trips", Name: "Trip data", Items: []string{"routes", "ratings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping the platform safe", Categories: []*policy.Category{data},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing fraud on the platform",
		Suspension: policy.Suspension{
			Targets:   []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Automated: policy.AnswerYes,
			Contest:   "in the app's help section",
		}}
	p := &policy.Policy{Laws: []policy.Law{policy.GDPR}, Categories: []*policy.Category{data}, Purposes: []*policy.Purpose{safety}}
	for _, f := range p.Validate() {
		if f.Rule == policy.RuleSuspensionContest {
			fmt.Println(f.Path)
		}
	}
	safety.Suspension.HumanReview = true
	for _, f := range p.Validate() {
		if f.Rule == policy.RuleSuspensionContest {
			fmt.Println(f.Path)
		}
	}
	fmt.Println("done")
	// Output:
	// purposes[safety].suspension.human_review
	// done
}
