package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// sensitivePolicy returns a policy under laws whose one purpose checks
// a facial scan (biometric, sensitive) and a device identifier on
// fraud prevention (LGPD Art. 11(II)(g), for the scan) and legitimate
// interests (for the identifier).
func sensitivePolicy(laws ...policy.Law) *policy.Policy {
	p := smallPolicy()
	p.Laws = laws
	face := &policy.Category{ID: "face", Name: "Facial scan", Items: []string{"face geometry"}, Sensitivity: policy.SensitivitySpecial, Biometric: true,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "Device identifier", Items: []string{"device ID"}, Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	p.Categories = []*policy.Category{face, device}
	p.Purposes = []*policy.Purpose{{ID: "fraud", Name: "Preventing fraud", Categories: p.Categories,
		Bases: []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "keeping accounts safe"}}
	return p
}

// TestSummarySensitiveGrounds checks that the at-a-glance row of
// sensitive data names no ground that the LGPD does not accept for it
// (Art. 11 lists no legitimate interests), while the row of other data
// keeps it; and that under the GDPR, where special data needs an Art. 6
// ground besides its Art. 9 condition, the row keeps both.
func TestSummarySensitiveGrounds(t *testing.T) {
	text := readText(t, sensitivePolicy(policy.LGPD), language.English)
	expectText(t, text, []string{
		"Facial scan. Purpose: 3.1.1. Legal ground: fraud prevention and the security of the data subject in identification and authentication in electronic systems (3.1.1). Retention",
		"Device identifier. Purpose: 3.1.1. Legal ground: legitimate interests (3.1.1). Retention",
	}, []string{"Facial scan. Purposes: 3.1.1. Legal grounds: legitimate interests"})

	ru := readText(t, sensitivePolicy(policy.LGPD), language.Russian)
	expectText(t, ru, nil, []string{"законные интересы (3.1.1); предотвращение"})

	p := sensitivePolicy(policy.GDPR)
	p.Purposes[0].Bases = []policy.Basis{policy.BasisExplicitConsent, policy.BasisLegitimateInterests}
	p.Purposes[0].Withdraw = "in the settings"
	text = readText(t, p, language.English)
	expectText(t, text, []string{"Facial scan. Purpose: 3.1.1. Legal grounds: legitimate interests (3.1.1); explicit consent (3.1.1)."}, nil)
}
