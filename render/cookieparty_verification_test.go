package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestCookieProviderNameEndingInParenthesis checks that a provider whose
// name ends in a parenthesis, such as "Yandex LLC (Yandex Metrica)", is
// named as a third party after a comma, not in a second parenthesis,
// while other providers keep the parenthesis.
func TestCookieProviderNameEndingInParenthesis(t *testing.T) {
	for _, tt := range []struct {
		name, provider string
		lang           language.Tag
		want, not      string
	}{
		{"parenthesis", "Yandex LLC (Yandex Metrica)", language.English,
			"Set by: Yandex LLC (Yandex Metrica), a third party.", "(Yandex Metrica) (third party)"},
		{"parenthesis in Russian", "Yandex LLC (Yandex Metrica)", language.Russian,
			"Кем устанавливается: Yandex LLC (Yandex Metrica), сторонний сервис.", "(Yandex Metrica) (сторонний сервис)"},
		{"plain name", "Yandex LLC", language.English,
			"Set by: Yandex LLC (third party).", "Yandex LLC, a third party"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			metrica := &policy.Recipient{ID: "metrica", Name: tt.provider, Role: policy.RoleProcessor, Categories: p.Categories}
			p.Recipients = []*policy.Recipient{metrica}
			p.Cookies = []policy.Cookie{{ID: "metrica", Name: "analytics cookies", Party: policy.PartyThird, Provider: metrica,
				Purpose: p.Purposes[0], Lifetime: policy.Expires(policy.Years(1))}}
			expectText(t, readText(t, p, tt.lang), []string{tt.want}, []string{tt.not})
		})
	}
}

// TestRussianVerificationNamesDocumentLast checks that the Russian
// document names the identity document, whose participle would need a
// closing comma before «или», last among the ways a request is verified,
// whatever the order of declaration; the English document keeps that
// order.
func TestRussianVerificationNamesDocumentLast(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	p.Requests.Verification = []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}
	expectText(t, readText(t, p, language.Russian),
		[]string{"мы предлагаем вам войти в свою учётную запись или проверяем документ, удостоверяющий личность."},
		[]string{"удостоверяющего личность или"})
	expectText(t, readText(t, p, language.English),
		[]string{"by asking for an identity document or by asking you to sign in to your account."}, nil)
}
