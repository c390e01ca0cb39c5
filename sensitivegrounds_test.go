package policy_test

import (
	"testing"

	"github.com/gopolicy/policy"
)

func TestLawSensitiveGrounds(t *testing.T) {
	g, ok := policy.LGPD.SensitiveGrounds()
	if !ok {
		t.Fatal("LGPD: no list of grounds for sensitive data")
	}
	for _, b := range []policy.Basis{policy.BasisExplicitConsent, policy.BasisFraudPrevention, policy.BasisLegalObligation, policy.BasisExerciseOfRights, policy.BasisHealthProtection} {
		if !g.Has(b) {
			t.Errorf("LGPD: %s is a ground for sensitive data (Art. 11)", b)
		}
	}
	for _, b := range []policy.Basis{policy.BasisLegitimateInterests, policy.BasisContract, policy.BasisCreditProtection, policy.BasisConsent} {
		if g.Has(b) {
			t.Errorf("LGPD: %s is no ground for sensitive data (Art. 11)", b)
		}
	}
	for _, l := range []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA, policy.Law(0)} {
		if g, ok := l.SensitiveGrounds(); ok || g != 0 {
			t.Errorf("%v: SensitiveGrounds() = %v, %v; want none", l, g, ok)
		}
	}
}
