package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestCCPASensitiveUseDeclared checks that the notice says sensitive
// personal information is used only as California law allows
// (CCPANotice.SensitiveUse "no") only where the policy declares such
// information: a category of sensitivity special or sensitive, or mapped
// to category (L); in English and Russian.
func TestCCPASensitiveUseDeclared(t *testing.T) {
	const (
		en = "We use and disclose sensitive personal information only for the purposes California law allows without a right to limit"
		ru = "Мы используем и раскрываем чувствительные персональные данные только в целях, для которых законодательство Калифорнии не предусматривает права на ограничение"
	)
	for _, tt := range []struct {
		name      string
		declare   func(*policy.Category)
		sensitive bool
	}{
		{"no sensitive category", func(*policy.Category) {}, false},
		{"a special category", func(c *policy.Category) { c.Sensitivity = policy.SensitivitySpecial }, true},
		{"sensitive personal information", func(c *policy.Category) { c.Sensitivity = policy.SensitivitySensitive }, true},
		{"mapped to category (L)", func(c *policy.Category) { c.CCPA = append(c.CCPA, policy.CCPASensitivePersonalInfo) }, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Laws = []policy.Law{policy.CCPA}
			p.CCPA.SensitiveUse = policy.AnswerNo
			tt.declare(p.Categories[0])
			if tt.sensitive {
				expectText(t, readText(t, p, language.English), []string{en}, nil)
				expectText(t, readText(t, p, language.Russian), []string{ru}, nil)
			} else {
				expectText(t, readText(t, p, language.English), nil, []string{en})
				expectText(t, readText(t, p, language.Russian), nil, []string{ru})
			}
		})
	}
}
