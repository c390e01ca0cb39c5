package render

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestTippingOff checks that a purpose says, in English and Russian,
// that the law forbids telling the person of a report about them and
// that an answer to an access request leaves it out, naming the laws
// with their country where the reader cannot take it for granted; and
// that a purpose naming no such law says nothing of it.
func TestTippingOff(t *testing.T) {
	gb, ru := language.MustParseRegion("GB"), language.MustParseRegion("RU")
	p := smallPolicy()
	p.Laws = []policy.Law{policy.UKGDPR}
	if strings.Contains(readText(t, p, language.English), "reported a suspicion") {
		t.Errorf("a policy that names no law against tipping off says it may not tell of a report")
	}
	p.Purposes[1].TippingOff = []policy.Obligation{{Act: "Proceeds of Crime Act 2002, s. 333A", Region: gb}}
	en := readText(t, p, language.English)
	expectText(t, en, []string{
		"The law forbids us to tell you that we have reported a suspicion about you to the authorities or that an investigation is under way, and an answer to your request for access to your data leaves this out. Law that forbids it: Proceeds of Crime Act 2002, s. 333A.",
	}, []string{"(United Kingdom)"})
	if n := strings.Count(en, "reported a suspicion"); n != 1 {
		t.Errorf("the document says it may not tell of a report %d times, want once (for billing only)", n)
	}

	p.Laws = []policy.Law{policy.UKGDPR, policy.FZ152}
	p.Purposes[1].TippingOff = append(p.Purposes[1].TippingOff, policy.Obligation{Act: "Федеральный закон № 115-ФЗ, ст. 7, п. 6", Region: ru})
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы не вправе сообщать вам о том, что направили в компетентные органы сведения о подозрениях в отношении вас или что проводится проверка, и ответ на ваш запрос о доступе к данным таких сведений не содержит. Законы, устанавливающие этот запрет: Proceeds of Crime Act 2002, s. 333A (Великобритания); Федеральный закон № 115-ФЗ, ст. 7, п. 6 (Российская Федерация).",
	}, nil)
}
