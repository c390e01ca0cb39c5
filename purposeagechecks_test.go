package policy_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/gopolicy/policy"
)

// TestPurposeAgeChecks checks the ways a purpose checks a person's age
// before it supplies goods restricted by age: a policy stating them
// validates and round-trips through JSON in the order given, and an
// unknown or repeated way is an error at its own path.
func TestPurposeAgeChecks(t *testing.T) {
	p := socialPolicy()
	pu := p.Purposes[0]
	pu.AgeChecks = []policy.AgeCheck{policy.AgeCheckDocument, policy.AgeCheckFacialEstimation}
	for _, f := range p.Validate() {
		t.Errorf("finding: %v", f)
	}
	var buf bytes.Buffer
	if err := policy.Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"age_checks": [`)) {
		t.Errorf("the JSON has no age_checks:\n%s", buf.Bytes())
	}
	q, err := policy.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Purposes[0].AgeChecks; !slices.Equal(got, pu.AgeChecks) {
		t.Errorf("decoded age checks %v, want %v", got, pu.AgeChecks)
	}

	for _, tt := range []struct {
		name   string
		checks []policy.AgeCheck
		rule   policy.Rule
		path   string
	}{
		{"unknown way", []policy.AgeCheck{policy.AgeCheckDocument, policy.AgeCheckConfirmation + 1}, policy.RuleInvalidValue, ".age_checks[1]"},
		{"repeated way", []policy.AgeCheck{policy.AgeCheckDocument, policy.AgeCheckDocument}, policy.RuleDuplicateEntry, ".age_checks[1]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := socialPolicy()
			p.Purposes[0].AgeChecks = tt.checks
			want := "purposes[" + p.Purposes[0].ID + "]" + tt.path
			var found bool
			for _, f := range p.Validate() {
				found = found || (f.Rule == tt.rule && f.Path == want && f.Severity == policy.SeverityError)
			}
			if !found {
				t.Errorf("no %s error at %s; findings: %v", tt.rule, want, p.Validate())
			}
		})
	}
}
