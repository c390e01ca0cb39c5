package policy_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
)

// TestRightsFor checks each law's preset against the law's own rules: a
// policy that states RightsFor(law), and nothing else about rights, gets
// no finding of that law about rights, even where it sells data and
// decides automatically, which asks for the most.
func TestRightsFor(t *testing.T) {
	for _, law := range policy.Laws() {
		t.Run(law.String(), func(t *testing.T) {
			p := gen.Policy(10)
			p.Laws = []policy.Law{law}
			p.Rights = policy.RightsFor(law)
			p.Purposes[0].Automated = "accounts are scored for fraud automatically"
			p.CCPA.Sold, p.CCPA.OptOutURL = policy.AnswerYes, "https://generated.example/do-not-sell"
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			if len(p.Rights) == 0 {
				t.Fatal("no rights")
			}
			for _, f := range p.Validate() {
				if strings.HasPrefix(f.Path, "rights") {
					t.Errorf("finding on the preset: %v", f)
				}
			}
		})
	}
}

func TestRightsForUnion(t *testing.T) {
	got := policy.RightsFor(policy.GDPR, policy.CCPA, policy.GDPR)
	seen := map[policy.RightKind]bool{}
	for i, r := range got {
		if seen[r.Kind] {
			t.Errorf("%v listed twice", r.Kind)
		}
		seen[r.Kind] = true
		if i > 0 && got[i-1].Kind > r.Kind {
			t.Errorf("not in RightKind order: %v before %v", got[i-1].Kind, r.Kind)
		}
	}
	for _, k := range []policy.RightKind{policy.RightRestriction, policy.RightOptOutOfSale, policy.RightKnow} {
		if !seen[k] {
			t.Errorf("the union lacks %v", k)
		}
	}
	if got := policy.RightsFor(); len(got) != 0 {
		t.Errorf("RightsFor() = %v, want none", got)
	}
}

func ExampleRightsFor() {
	for _, r := range policy.RightsFor(policy.CCPA) {
		fmt.Println(r.Kind)
	}
	// Output:
	// access
	// rectification
	// erasure
	// opt_out_of_sale
	// limit_sensitive_use
	// non_discrimination
	// know
}
