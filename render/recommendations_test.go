package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestRecommendationRules checks that the address of the rules for
// applying recommendation technologies is stated, as a link, in the
// section on purposes of both layouts, in English and Russian, with its
// source, in the words of the law the policy declares: Federal Law
// No. 149-FZ's rules for applying recommendation technologies under
// 152-FZ, the Digital Services Act's main parameters of recommender
// systems otherwise; and that a policy without it says nothing of
// recommendations.
func TestRecommendationRules(t *testing.T) {
	const u = "https://acme.example/recommendations"
	russian := smallPolicy()
	russian.Laws = []policy.Law{policy.FZ152}
	russian.Links.Recommendations = u
	european := smallPolicy()
	european.Laws = []policy.Law{policy.GDPR}
	european.Links.Recommendations = u
	for _, tc := range []struct {
		name      string
		p         *policy.Policy
		want, not map[language.Tag]string
	}{
		{"152-FZ", russian, map[language.Tag]string{
			language.English: "The rules for applying the recommendation technologies with which we select the information shown to you are published at " + u + ".",
			language.Russian: "Правила применения рекомендательных технологий, с помощью которых мы подбираем предоставляемую вам информацию, размещены по адресу " + u + ".",
		}, map[language.Tag]string{language.English: "main parameters", language.Russian: "Основные параметры"}},
		{"GDPR", european, map[language.Tag]string{
			language.English: "The main parameters of the recommender systems with which we select the information shown to you, and the options you have to modify or influence them, are set out at " + u + ".",
			language.Russian: "Основные параметры рекомендательных систем, с помощью которых мы подбираем предоставляемую вам информацию, и возможности изменить их или повлиять на них описаны по адресу " + u + ".",
		}, map[language.Tag]string{language.English: "rules for applying", language.Russian: "Правила применения"}},
	} {
		for _, lang := range []language.Tag{language.English, language.Russian} {
			for _, layout := range []Layout{LayoutSections, LayoutCategories} {
				t.Run(tc.name, func(t *testing.T) {
					expectText(t, layoutText(t, tc.p, lang, layout), []string{tc.want[lang]}, []string{tc.not[lang]})
				})
			}
		}
		d := mustCompose(t, tc.p, Options{})
		if got := linkSections(d)[u]; got != "purposes" {
			t.Errorf("%s: %s is linked in section %q, want %q", tc.name, u, got, "purposes")
		}
		for _, s := range d.Sections {
			for _, cl := range s.Clauses {
				for _, sp := range cl.Text {
					if sp.Href == u && (len(cl.Sources) != 1 || cl.Sources[0].Path() != "links.recommendations") {
						t.Errorf("%s: the clause linking %s has sources %v, want links.recommendations", tc.name, u, cl.Sources)
					}
				}
			}
		}
	}
	not := map[language.Tag]string{language.English: "recommend", language.Russian: "рекомендательн"}
	for _, lang := range []language.Tag{language.English, language.Russian} {
		for _, layout := range []Layout{LayoutSections, LayoutCategories} {
			expectText(t, layoutText(t, smallPolicy(), lang, layout), nil, []string{not[lang]})
		}
	}
}

// TestFirstPartyCookiesAlone checks that a policy whose cookies are all
// its own does not say that third parties named in the cookie table set
// cookies too, in English and Russian, and that one with a third-party
// cookie still does.
func TestFirstPartyCookiesAlone(t *testing.T) {
	p := smallPolicy()
	p.Cookies = []policy.Cookie{{ID: "session", Name: "session cookie", Party: policy.PartyFirst, Purpose: p.Purposes[1],
		Categories: p.Purposes[1].Categories, Lifetime: policy.SessionOnly(), StrictlyNecessary: true}}
	own := map[language.Tag]string{
		language.English: "We store information on your device, or read it from there, with cookies and similar technologies.",
		language.Russian: "Мы сохраняем информацию на вашем устройстве или считываем её оттуда с помощью файлов cookie и аналогичных технологий.",
	}
	third := map[language.Tag]string{language.English: "third parties named in the table", language.Russian: "третьи лица, указанные в таблице"}
	for _, lang := range []language.Tag{language.English, language.Russian} {
		expectText(t, readText(t, p, lang), []string{own[lang]}, []string{third[lang]})
	}
	p.Cookies = append(p.Cookies, policy.Cookie{ID: "stats", Name: "statistics cookie", Party: policy.PartyThird, ProviderName: "Stats Inc.", Purpose: p.Purposes[0],
		Categories: p.Purposes[0].Categories, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn})
	for _, lang := range []language.Tag{language.English, language.Russian} {
		expectText(t, readText(t, p, lang), []string{third[lang]}, []string{own[lang]})
	}
}
