package policy

import (
	"slices"
	"strings"
	"testing"
)

// TestGroundsUnderTheDeclaredLaws checks that a purpose needs a legal
// ground only under a law that has grounds of processing, and that the
// CCPA's right to limit follows the use of sensitive information.
func TestGroundsUnderTheDeclaredLaws(t *testing.T) {
	tests := []struct {
		name   string
		laws   []Law
		change func(p *Policy)
		rule   Rule
		want   bool
	}{
		{"no ground, GDPR", []Law{GDPR}, nil, RuleMissingBasis, true},
		{"no ground, CCPA alone", []Law{CCPA}, nil, RuleMissingBasis, false},
		{"no ground, CCPA and LGPD", []Law{CCPA, LGPD}, nil, RuleMissingBasis, true},
		{"no ground, no law declared", nil, nil, RuleMissingBasis, true},
		{"sensitive use stated no", []Law{CCPA}, func(p *Policy) { p.CCPA.SensitiveUse = AnswerNo }, "ccpa.rights", false},
		{"sensitive use stated yes", []Law{CCPA}, func(p *Policy) { p.CCPA.SensitiveUse = AnswerYes }, "ccpa.rights", true},
		{"sensitive use not stated", []Law{CCPA}, nil, "ccpa.rights", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPolicy()
			p.Laws = tt.laws
			p.Purposes[0].Bases = nil
			p.Rights = slices.DeleteFunc(p.Rights, func(r Right) bool { return r.Kind == RightLimitSensitiveUse })
			if tt.change != nil {
				tt.change(p)
			}
			got := false
			for _, f := range p.Validate() {
				if f.Rule == tt.rule && (tt.rule != "ccpa.rights" || f.Path == "rights" && f.Severity == SeverityError && strings.Contains(f.Message, RightLimitSensitiveUse.Name())) {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("%s finding: %v, want %v", tt.rule, got, tt.want)
			}
		})
	}
}
