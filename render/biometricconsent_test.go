package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestBiometricConsentUnder152FZ checks that written consent to biometric
// personal data is stated under 152-FZ as consent to biometric data with
// its own article (Art. 11(1)), not as consent to a special category of
// Art. 10, which biometric data is not under that law; and that consent
// to a special category keeps the wording and citation of Art. 10.
func TestBiometricConsentUnder152FZ(t *testing.T) {
	face := &policy.Category{ID: "face", Name: "Face", Items: []string{"facial image"}, Sensitivity: policy.SensitivityPersonal, Biometric: true,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	health := &policy.Category{ID: "health", Name: "Health", Items: []string{"diagnoses"}, Sensitivity: policy.SensitivitySpecial,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	tests := []struct {
		name      string
		laws      []policy.Law
		cats      []*policy.Category
		lang      language.Tag
		want, not []string
	}{
		{"biometric, 152-FZ", []policy.Law{policy.FZ152}, []*policy.Category{face}, language.English,
			[]string{"Your consent in writing to the processing of your biometric personal data (Federal Law No. 152-FZ Art. 11(1))"},
			[]string{"special categories", "Art. 10(2)(1)"}},
		{"biometric, 152-FZ in Russian", []policy.Law{policy.FZ152}, []*policy.Category{face}, language.Russian,
			[]string{"Ваше согласие в письменной форме на обработку ваших биометрических персональных данных (ч. 1 ст. 11 Федерального закона № 152-ФЗ)"},
			[]string{"специальных категорий", "п. 1 ч. 2 ст. 10"}},
		{"biometric, 152-FZ and GDPR", []policy.Law{policy.FZ152, policy.GDPR}, []*policy.Category{face}, language.English,
			[]string{"biometric personal data (Federal Law No. 152-FZ Art. 11(1); GDPR Art. 9(2)(a))"},
			[]string{"Art. 10(2)(1)"}},
		{"special category, 152-FZ", []policy.Law{policy.FZ152}, []*policy.Category{health}, language.English,
			[]string{"Your consent in writing to the processing of special categories of your personal data (Federal Law No. 152-FZ Art. 10(2)(1))"},
			[]string{"biometric personal data"}},
		{"biometric and special, 152-FZ", []policy.Law{policy.FZ152}, []*policy.Category{face, health}, language.English,
			[]string{"special categories of your personal data (Federal Law No. 152-FZ Art. 10(2)(1))"},
			[]string{"Art. 11(1)"}},
		{"biometric, GDPR only", []policy.Law{policy.GDPR}, []*policy.Category{face}, language.English,
			[]string{"special categories of your personal data (GDPR Art. 9(2)(a))"},
			[]string{"biometric personal data ("}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Laws = tt.laws
			p.Categories = append(p.Categories, tt.cats...)
			p.Purposes = append(p.Purposes, &policy.Purpose{ID: "check", Name: "Checking identity", Categories: tt.cats,
				Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in the settings"})
			expectText(t, readText(t, p, tt.lang), tt.want, tt.not)
		})
	}
}
