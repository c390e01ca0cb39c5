package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestGlanceGroundOfExplicitConsentOnly checks that in the summary table
// a purpose resting only on a condition for special categories, such as
// explicit consent, shows it as the ground of its other data too, even
// where other purposes of the row rest on ordinary grounds; a purpose
// with an ordinary ground keeps its condition off the row of its other
// data.
func TestGlanceGroundOfExplicitConsentOnly(t *testing.T) {
	p := smallPolicy()
	health := &policy.Category{ID: "health", Name: "Health", Items: []string{"heart rate"}, Sensitivity: policy.SensitivitySpecial,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	p.Categories = append(p.Categories, health)
	email := p.Categories[0]
	p.Purposes = append(p.Purposes, &policy.Purpose{ID: "insights", Name: "Health insights", Categories: []*policy.Category{email, health},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in settings"})
	text := readText(t, p, language.English)
	expectText(t, text, []string{"Email. Purposes: 3.1.1, 3.1.2, 3.1.3. Legal grounds: consent (3.1.1, 3.1.2); performance of a contract (3.1.2); explicit consent (3.1.3)."}, nil)
	p.Purposes[2].Bases = []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}
	expectText(t, readText(t, p, language.English), []string{"Email. Purposes: 3.1.1, 3.1.2, 3.1.3. Legal grounds: consent (3.1.1, 3.1.2); performance of a contract (3.1.2, 3.1.3)."}, nil)
}
