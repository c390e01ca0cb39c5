package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestGroundlessConsentWording composes a policy under the CCPA alone whose
// purposes rest on consent and on explicit consent: the document speaks
// of neither other grounds nor special categories, which that law does
// not know.
func TestGroundlessConsentWording(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.CCPA}
	health := &policy.Category{ID: "health", Name: "Health data", Items: []string{"heart rate"}, Sensitivity: policy.SensitivitySpecial,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	p.Categories = append(p.Categories, health)
	p.Purposes = append(p.Purposes, &policy.Purpose{ID: "coach", Name: "Coaching", Categories: []*policy.Category{health},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in the app's settings"})
	expectText(t, readText(t, p, language.English),
		[]string{"or when you withdraw your consent to processing that needs it, we delete the data.", "consent to the processing of your sensitive personal information"},
		[]string{"no other ground applies", "special categories", "explicit consent"})
	p.Language = language.Russian
	expectText(t, readText(t, p, language.Russian),
		[]string{"при отзыве согласия на обработку, для которой оно требуется, мы удаляем данные.", "согласие на обработку ваших чувствительных персональных данных"},
		[]string{"если иных оснований нет", "особых категорий", "явно выраженное"})
	// Under the GDPR the grounds are the GDPR's.
	p.Language = language.Und
	p.Laws = []policy.Law{policy.CCPA, policy.GDPR}
	expectText(t, readText(t, p, language.English), []string{"no other ground applies", "explicit consent"}, nil)
}
