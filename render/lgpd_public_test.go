package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestLGPDPublicAdministrationWording checks that a public body under the
// LGPD states its grounds in the LGPD's words: the execution of public
// policies by the public administration (Art. 7(III), 11(II)(b), 23),
// sensitive personal data (Art. 5(II)) and specific and highlighted
// consent (Art. 11(I)), not the GDPR's task in the public interest,
// special categories and explicit consent.
func TestLGPDPublicAdministrationWording(t *testing.T) {
	p := lgpdPolicy()
	face := &policy.Category{ID: "face", Name: "Facial biometrics", Items: []string{"photo of the face"}, Sensitivity: policy.SensitivitySpecial, Biometric: true,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventPurposeAchieved)}
	p.Categories = append(p.Categories, face)
	p.Purposes = append(p.Purposes,
		&policy.Purpose{ID: "login", Name: "Signing citizens in to public services", Categories: p.Categories[:1], Bases: []policy.Basis{policy.BasisPublicTask}},
		&policy.Purpose{ID: "levels", Name: "Confirming identity", Categories: []*policy.Category{face}, Bases: []policy.Basis{policy.BasisSubstantialPublicInterest}},
		&policy.Purpose{ID: "selfie", Name: "Unlocking with the face", Categories: []*policy.Category{face}, Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in the settings"})
	expectText(t, readText(t, p, language.English), []string{
		"The need for the public administration to carry out public policies provided for in laws and regulations, in pursuit of its public purpose and to exercise its legal powers and duties (LGPD Art. 7(III)).",
		"Legal ground: execution of public policies by the public administration (",
		"The need for the public administration to process sensitive personal data to carry out public policies provided for in laws and regulations (LGPD Art. 11(II)(b)).",
		"Your specific and highlighted consent to the processing of your sensitive personal data (LGPD Art. 11(I)).",
		"This is sensitive personal data: biometric data, used to identify you.",
	}, []string{"task carried out in the public interest", "task in the public interest", "special categor", "substantial public interest", "explicit consent"})
	expectText(t, readText(t, p, language.Russian), []string{
		"реализации органами публичной администрации государственной политики",
		"Это чувствительные персональные данные: биометрические персональные данные, используемые для установления вашей личности.",
	}, []string{"общественных интересах", "специальн", "явно выраженное"})

	// Under the GDPR declared first, the GDPR's words.
	p.Laws = []policy.Law{policy.GDPR, policy.LGPD}
	expectText(t, readText(t, p, language.English), []string{"task carried out in the public interest", "This is a special category of personal data: biometric data, used to identify you."},
		[]string{"public administration", "sensitive personal data"})
}

// TestConditionalRecipientEvent checks that a conditional recipient's
// event written as a "when" clause is not introduced by a second "when":
// "Only when: when the law requires it" was rendered.
func TestConditionalRecipientEvent(t *testing.T) {
	for _, tc := range []struct{ event, want string }{
		{"when the law requires it", "Only when: the law requires it."},
		{"When a court orders it", "Only when: a court orders it."},
		{"the law requires it", "Only when: the law requires it."},
		{"whenever the law requires it", "Only when: whenever the law requires it."},
	} {
		p := smallPolicy()
		p.Recipients = []*policy.Recipient{{ID: "courts", Name: "Courts", Role: policy.RoleAuthority, Categories: p.Categories, Conditional: true, Purpose: tc.event}}
		p.Purposes[1].Recipients = p.Recipients
		expectText(t, readText(t, p, language.English), []string{tc.want}, []string{"when: when ", "when: When "})
	}
}

// TestParentalConsentWithoutMinimumAge checks that a policy that lets
// children of any age use the service through a parent, with no minimum
// age, says so: the section on children was left out.
func TestParentalConsentWithoutMinimumAge(t *testing.T) {
	p := smallPolicy()
	p.Children = policy.Children{ParentalConsent: true}
	expectText(t, readText(t, p, language.English),
		[]string{". Children ", "Children may use our services only with the consent or authorisation of a parent or guardian."}, []string{"Age Restrictions", "years of age"})
	expectText(t, readText(t, p, language.Russian),
		[]string{"Дети вправе пользоваться нашими сервисами только с согласия или разрешения родителя или иного законного представителя."}, nil)
}
