package policy

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
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
		// A purpose limited to data subjects in the US needs no ground
		// under the GDPR, which does not reach them, but one in the EU
		// does.
		{"no ground, GDPR and CCPA, purpose for the US", []Law{GDPR, CCPA}, func(p *Policy) { p.Purposes[0].Regions = []language.Region{language.MustParseRegion("US")} }, RuleMissingBasis, false},
		{"no ground, GDPR and CCPA, purpose for the US and DE", []Law{GDPR, CCPA}, func(p *Policy) {
			p.Purposes[0].Regions = []language.Region{language.MustParseRegion("US"), language.MustParseRegion("DE")}
		}, RuleMissingBasis, true},
		{"no ground, LGPD, purpose for the US", []Law{LGPD, CCPA}, func(p *Policy) { p.Purposes[0].Regions = []language.Region{language.MustParseRegion("US")} }, RuleMissingBasis, false},
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

// TestSpecialGroundsOfTheDeclaredLaws checks that a purpose using special
// categories needs a condition of GDPR Art. 9(2) unless every declared law
// with grounds lists grounds of its own for such data, as the LGPD does
// (Art. 11(II)): under it alone, a legal obligation serves; with the GDPR
// declared too, it does not.
func TestSpecialGroundsOfTheDeclaredLaws(t *testing.T) {
	tests := []struct {
		name  string
		laws  []Law
		bases []Basis
		want  bool // basis.special.missing reported
	}{
		{"LGPD, legal obligation", []Law{LGPD}, []Basis{BasisLegalObligation}, false},
		{"LGPD, health protection", []Law{LGPD}, []Basis{BasisHealthProtection}, false},
		{"LGPD and CCPA, exercise of rights", []Law{LGPD, CCPA}, []Basis{BasisExerciseOfRights}, false},
		{"LGPD, contract", []Law{LGPD}, []Basis{BasisContract}, true},
		{"LGPD and GDPR, legal obligation", []Law{LGPD, GDPR}, []Basis{BasisLegalObligation}, true},
		{"GDPR, legal obligation", []Law{GDPR}, []Basis{BasisLegalObligation}, true},
		{"GDPR, explicit consent", []Law{GDPR}, []Basis{BasisExplicitConsent}, false},
		{"no law, legal obligation", nil, []Basis{BasisLegalObligation}, true},
		// The CCPA and the US state laws rest processing on no ground, so
		// they ask for no Art. 9(2) condition either (their own rules on
		// sensitive data judge it: ccpa.135.a.2, usstates.sensitive).
		{"CCPA, no ground", []Law{CCPA}, nil, false},
		{"CCPA and US states, contract", []Law{CCPA, USStates}, []Basis{BasisContract}, false},
		{"CCPA and GDPR, contract", []Law{CCPA, GDPR}, []Basis{BasisContract}, true},
		// The FADP justifies processing sensitive data as any other.
		{"FADP, legal obligation", []Law{FADP}, []Basis{BasisLegalObligation}, false},
		{"FADP and GDPR, legal obligation", []Law{FADP, GDPR}, []Basis{BasisLegalObligation}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPolicy()
			p.Laws = tt.laws
			i := slices.IndexFunc(p.Purposes, func(pu *Purpose) bool { return pu.ID == "diet" }) // uses health data
			p.Purposes[i].Bases = tt.bases
			got := false
			for _, f := range p.Validate() {
				got = got || f.Rule == RuleMissingSpecialBasis && f.Path == "purposes[diet].bases"
			}
			if got != tt.want {
				t.Errorf("basis.special.missing reported: %v, want %v", got, tt.want)
			}
		})
	}
}
