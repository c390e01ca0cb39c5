package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestSchoolConsentAsDeclared checks that a service children use on their
// school's authorisation does not say that a parent's consent is needed,
// and that one which admits both names the school beside the parent.
func TestSchoolConsentAsDeclared(t *testing.T) {
	const (
		parent   = "only with the consent or authorisation of a parent or guardian"
		school   = "Persons under 13 years of age may use our services only where their school provides them and authorises their use in their parents' place, for the school's educational purposes only."
		schoolRU = "Лица младше 13 лет могут пользоваться нашими сервисами, только если их предоставляет школа и она вместо родителей разрешает их использование исключительно в образовательных целях школы."
		also     = "Where a school provides our services to its students, the school may give that authorisation in the parents' place, for use for the school's educational purposes only."
		alsoRU   = "Если наши сервисы предоставляет учащимся школа, такое разрешение вместо родителей может дать школа, исключительно для использования в образовательных целях школы."
	)
	p := smallPolicy()
	p.Children = policy.Children{MinimumAge: 13, SchoolConsent: true}
	expectText(t, readText(t, p, language.English), []string{school}, []string{parent, "not intended for persons under 13"})
	expectText(t, readText(t, p, language.Russian), []string{schoolRU}, []string{"согласия или разрешения родителя"})

	p.Children.ParentalConsent = true
	expectText(t, readText(t, p, language.English), []string{parent, also}, []string{school})
	expectText(t, readText(t, p, language.Russian), []string{alsoRU}, []string{schoolRU})
}
