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

// TestExclusionsTogether states exclusions without a note or exception
// in one sentence, and one with a note in a sentence of its own.
func TestExclusionsTogether(t *testing.T) {
	p := smallPolicy()
	p.NotCollected = []policy.Exclusion{
		{ID: "special", Class: policy.DataClassSpecial},
		{ID: "bio", Class: policy.DataClassBiometric},
		{ID: "cards", Name: "full card numbers", Note: "The payment provider takes them."},
		{ID: "crime", Class: policy.DataClassCriminal},
	}
	expectText(t, readText(t, p, language.English), []string{
		"We do not collect special categories of personal data or biometric data. We do not collect full card numbers. The payment provider takes them. We do not collect data relating to criminal convictions and offences."}, nil)
	p.Language = language.Russian
	p.NotCollected[2].Name, p.NotCollected[2].Note = "полные номера карт", "Их получает платёжный провайдер."
	expectText(t, readText(t, p, language.Russian), []string{"Мы не собираем специальные категории персональных данных или биометрические персональные данные."}, nil)
}

// TestStorageInRussiaOnce leaves out the general sentence on where the
// data of users in Russia is stored where 152-FZ's own sentence (Art.
// 18(5)) says it, and keeps it where other data is stored elsewhere.
func TestStorageInRussiaOnce(t *testing.T) {
	ru := language.MustParseRegion("RU")
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	p.Storage = []policy.Storage{{Subjects: ru, Location: ru}}
	expectText(t, readText(t, p, language.English), []string{"In accordance with Art. 18(5) of Federal Law No. 152-FZ"},
		[]string{"Data of users in Russia is stored", "located in Russia. In accordance"})
	p.Storage = append(p.Storage, policy.Storage{Location: language.MustParseRegion("DE")})
	expectText(t, readText(t, p, language.English), []string{"stored in Germany", "In accordance with Art. 18(5) of Federal Law No. 152-FZ"}, nil)
}

// TestSourceDetailParentheses sets a source detail that has parentheses
// of its own after a dash.
func TestSourceDetailParentheses(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Sources = []policy.Source{policy.SourceUser, policy.SourceThirdParty}
	p.Categories[0].SourceDetail = "the Revenue Agency (Agenzia delle Entrate)"
	expectText(t, readText(t, p, language.English), []string{"Sources: provided by you; received from third parties — the Revenue Agency (Agenzia delle Entrate)."}, []string{"((", "))"})
	p.Categories[0].SourceDetail = "credit bureaus"
	expectText(t, readText(t, p, language.English), []string{"received from third parties (credit bureaus)."}, nil)
}

// TestIntroControllerName agrees the opening sentence with a controller
// of several companies, and says who "we" are inside a parenthesis the
// name ends in.
func TestIntroControllerName(t *testing.T) {
	p := smallPolicy()
	for _, tc := range []struct{ name, want string }{
		{"Acme", "This Privacy Policy explains how Acme (“we”) processes information"},
		{"Walgreen Co. and its subsidiaries", "This Privacy Policy explains how Walgreen Co. and its subsidiaries (“we”) process information"},
		{"TAM Linhas Aéreas S.A. (LATAM Airlines Brasil)", "This Privacy Policy explains how TAM Linhas Aéreas S.A. (LATAM Airlines Brasil; “we”) processes information"},
	} {
		p.Controller.Name = tc.name
		expectText(t, readText(t, p, language.English), []string{tc.want}, nil)
	}
	p.Language = language.Russian
	p.Controller.Name = "ООО «Пример» и его дочерние общества"
	expectText(t, readText(t, p, language.Russian), []string{"как ООО «Пример» и его дочерние общества («мы») обрабатывают информацию"}, nil)
}
