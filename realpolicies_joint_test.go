package policy_test

import (
	"testing"

	"github.com/gopolicy/policy"
)

// jointWarnings are, for each paraphrased policy with a joint controller
// under the GDPR or the UK GDPR, why a lawyer would expect the warning
// that it does not state the essence of the arrangement (Art. 26(2)); a
// policy not listed states it.
var jointWarnings = map[string]string{
	"online marketplace (Amazon)":     "the notice names the two Luxembourg companies as joint controllers but, as we recall it, not which of them does what",
	"Swiss online retailer (Galaxus)": "the notice says the group's shops are jointly responsible for the customer programme but, as we recall it, not how they share the duties",
}

// TestRealPoliciesJointArrangement checks the essence of the arrangement
// between joint controllers in the paraphrased policies that have one:
// stated where the policy states it, a gdpr.26.2 or ukgdpr.26.2 warning
// where jointWarnings says the policy omits it, and no such warning under
// a law without Art. 26 (the LGPD).
func TestRealPoliciesJointArrangement(t *testing.T) {
	for _, rp := range []realPolicy{airline(), onlineStore(), swissRetailer(), marketplace()} {
		t.Run(rp.name, func(t *testing.T) {
			var got []policy.Finding
			for _, f := range rp.policy.Validate() {
				if f.Rule == policy.RuleGDPR_26_2 || f.Rule == policy.RuleUKGDPR_26_2 {
					got = append(got, f)
				}
			}
			_, omits := jointWarnings[rp.name]
			switch {
			case omits && len(got) == 0:
				t.Errorf("no Art. 26(2) warning; want one (%s)", jointWarnings[rp.name])
			case !omits && len(got) > 0:
				t.Errorf("unexpected Art. 26(2) findings: %v", got)
			}
			for _, f := range got {
				if f.Severity != policy.SeverityWarning {
					t.Errorf("%v: want a warning", f)
				}
			}
		})
	}
}
