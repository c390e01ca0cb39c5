package policy_test

import (
	"fmt"

	"github.com/gopolicy/policy"
)

// A bank answers the model privacy form of the Gramm-Leach-Bliley Act:
// for each reason it may share its customers' information, whether it
// does and whether they can limit it. Federal law lets customers limit
// sharing with nonaffiliates for their marketing, so a bank that shares
// for it must offer the limit, and say how.
func ExampleGLBANotice() {
	p := &policy.Policy{GLBA: policy.GLBANotice{
		Sharing: []policy.GLBASharing{
			{Reason: policy.GLBAEverydayBusiness, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
			{Reason: policy.GLBANonaffiliatesMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
		},
		WaitDays: 45,
	}}
	glba := func() {
		for _, f := range p.Validate() {
			if f.Rule == policy.RuleGLBALimit || f.Rule == policy.RuleGLBALimitHow {
				fmt.Println(f.Path, f.Rule)
			}
		}
	}
	glba()
	p.GLBA.Sharing[1].CanLimit = policy.AnswerYes
	glba()
	p.GLBA.LimitHow = "call 1-888-555-0100 or visit our website"
	glba()
	fmt.Println(policy.GLBANonaffiliatesMarketing.LimitRequired(), policy.GLBAJointMarketing.LimitRequired())
	// Output:
	// glba.sharing[1].can_limit glba.limit
	// glba.limit_how glba.limit_how
	// true false
}
