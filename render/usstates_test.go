package render

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestUSStates checks the clauses the US state privacy laws add to the
// rights section, in English and Russian: what the notice declares, and
// nothing it leaves open or that a policy without the laws declares.
func TestUSStates(t *testing.T) {
	full := map[language.Tag][]string{
		language.English: {
			"We do not sell personal data to third parties. We process personal data for targeted advertising. You may opt out of targeted advertising at any time.",
			"If we decline to act on a request you make under a US state privacy law, you may appeal our decision by replying to our answer. You can appeal at https://acme.example/appeal. We answer an appeal within 45 days of receiving it. If we deny your appeal, we tell you how to contact the Attorney General of your state to submit a complaint.",
			"To opt out of the processing of your personal data for targeted advertising (under US state privacy laws).",
			"The Attorney General of your state of residence.",
			"Under the CCPA and US state privacy laws (Cal. Civ. Code 1798.130(a)(2)(A); Va. Code § 59.1-577(B)(1)), we answer within 45 days",
		},
		language.Russian: {
			"Мы не продаём персональные данные третьим лицам. Мы обрабатываем персональные данные для таргетированной рекламы. Вы можете в любое время отказаться от таргетированной рекламы.",
			"Если мы отказываемся выполнить запрос, направленный вами на основании закона штата США о защите персональных данных, вы можете обжаловать наше решение by replying to our answer. Подать апелляцию на решение можно по адресу https://acme.example/appeal. Мы отвечаем на апелляцию не позднее чем через 45 дней после её получения. Если мы отклоняем вашу апелляцию, мы сообщаем вам, как обратиться с жалобой к генеральному прокурору вашего штата.",
			"На отказ от обработки своих персональных данных для таргетированной рекламы (по нормам законов штатов США о защите персональных данных).",
			"Генеральный прокурор штата, в котором вы проживаете.",
			"В соответствии с положениями CCPA и законов штатов США о защите персональных данных (разд. 1798.130(a)(2)(A) Гражданского кодекса Калифорнии; § 59.1-577(B)(1) Кодекса Вирджинии)",
		},
	}
	usPolicy := func() *policy.Policy {
		p := fullPolicy()
		p.Rights = append(p.Rights, policy.Right{Kind: policy.RightOptOutOfTargetedAdvertising})
		return p
	}
	for lang, want := range full {
		for _, layout := range []Layout{LayoutSections, LayoutCategories} {
			got := layoutText(t, usPolicy(), lang, layout)
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("%v, layout %v: no %q in:\n%s", lang, layout, w, got)
				}
			}
		}
	}
	for _, tc := range []struct {
		name   string
		change func(p *policy.Policy)
		absent []string
	}{
		{"answers left open", func(p *policy.Policy) { p.USStates.Sells, p.USStates.TargetedAdvertising = 0, 0 },
			[]string{"sell personal data to third parties", "process personal data for targeted advertising"}},
		{"no opt-out right", func(p *policy.Policy) { p.Rights = p.Rights[:len(p.Rights)-1] }, []string{"You may opt out of targeted advertising"}},
		{"appeal without deadline or statement", func(p *policy.Policy) {
			p.USStates.Appeal.Deadline, p.USStates.Appeal.AttorneyGeneral = policy.Period{}, false
		}, []string{"We answer an appeal", "Attorney General of your state to"}},
		{"no appeal", func(p *policy.Policy) { p.USStates.Appeal = policy.Appeal{} }, []string{"appeal"}},
		{"law not declared", func(p *policy.Policy) { p.Laws = []policy.Law{policy.GDPR, policy.CCPA} },
			[]string{"process personal data for targeted advertising", "appeal", "Attorney General", "US state"}},
	} {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			p := usPolicy()
			tc.change(p)
			got := layoutText(t, p, language.English, LayoutSections)
			for _, a := range tc.absent {
				if strings.Contains(got, a) {
					t.Errorf("the document states %q:\n%s", a, got)
				}
			}
		})
	}
}
