package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestConsentPlatformPrompt checks the sentence for consent given in the
// device's permission prompt, in English and Russian, and that a purpose
// with another method does not state it.
func TestConsentPlatformPrompt(t *testing.T) {
	const (
		en = "You give or refuse your consent in your device's permission prompt, such as the App Tracking Transparency prompt on iOS."
		ru = "Вы даёте согласие или отказываетесь от него в запросе разрешения на вашем устройстве, например в запросе App Tracking Transparency на iOS."
	)
	p := smallPolicy()
	p.Purposes[0].ConsentMethod = policy.ConsentMethodPlatformPrompt
	expectText(t, readText(t, p, language.English), []string{en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru}, nil)

	p.Purposes[0].ConsentMethod = policy.ConsentMethodCheckbox
	expectText(t, readText(t, p, language.English), nil, []string{"permission prompt"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"запросе разрешения"})
}
