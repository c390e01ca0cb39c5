package render

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestWithdrawSaysAnyTimeOnce checks that a way of withdrawing consent
// that says "at any time" itself is not set in a sentence that says it
// too ("You can withdraw your consent at any time: in the app, at any
// time."), in English and in Russian, and that one that does not still
// gets it from the sentence.
func TestWithdrawSaysAnyTimeOnce(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Withdraw = "in the app, at any time"
	p.Purposes[1].Withdraw = "with the unsubscribe link"
	en := readText(t, p, language.English)
	expectText(t, en, []string{"You can withdraw your consent: in the app, at any time.",
		"You can withdraw your consent at any time: with the unsubscribe link."},
		[]string{"at any time: in the app"})

	ru := map[string]string{"in the app, at any time": "в приложении, в любой момент", "with the unsubscribe link": "по ссылке для отказа от рассылки"}
	opts := Options{Language: language.Russian, Translations: markedCatalog(t, p, language.Russian, func(s string) string {
		if r, ok := ru[s]; ok {
			return r
		}
		return s
	}, "")}
	var buf bytes.Buffer
	if err := WriteText(&buf, mustCompose(t, p, opts), TextOptions{}); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(buf.String()), " ")
	expectText(t, text, []string{"Вы можете отозвать согласие: в приложении, в любой момент.",
		"Вы можете в любой момент отозвать согласие: по ссылке для отказа от рассылки."},
		[]string{"в любой момент отозвать согласие: в приложении"})
}
