package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// findClause returns the clause of d, nested ones included, whose ID ends
// with suffix and whose text contains part, or nil.
func findClause(d *Document, suffix, part string) *Clause {
	var found *Clause
	var walk func(cs []*Clause)
	walk = func(cs []*Clause) {
		for _, c := range cs {
			if found == nil && strings.HasSuffix(c.ID, suffix) && strings.Contains(c.Text.String(), part) {
				found = c
			}
			walk(c.Clauses)
		}
	}
	for _, s := range d.Sections {
		walk(s.Clauses)
	}
	return found
}

// sourcePaths returns the paths of the declarations cl states.
func sourcePaths(cl *Clause) []string {
	var out []string
	for _, s := range cl.Sources {
		out = append(out, s.Path())
	}
	return out
}

// TestTermination checks that the events on which processing ends are
// stated as one clause of the retention section, in English and Russian,
// traced to Policy.Termination, and that a policy declaring none states
// nothing of the kind.
func TestTermination(t *testing.T) {
	for _, tt := range []struct {
		lang       language.Tag
		want, none string
	}{
		{language.English,
			"We stop processing personal data when the purposes of processing are achieved, the period for which you gave your consent expires, " +
				"you withdraw your consent and no other ground for the processing applies, we find that the processing is unlawful or we are liquidated.",
			"We stop processing"},
		{language.Russian,
			"Мы прекращаем обработку персональных данных в следующих случаях: достижение целей обработки персональных данных, " +
				"истечение срока действия вашего согласия, отзыв вами согласия на обработку персональных данных (если иных оснований для обработки нет), " +
				"выявление неправомерной обработки персональных данных или ликвидация нашей организации.",
			"прекращаем обработку"},
	} {
		p := fullPolicy()
		p.Laws, p.Language = []policy.Law{policy.FZ152}, tt.lang
		p.Termination = []policy.Event{policy.EventPurposeAchieved, policy.EventConsentExpiry, policy.EventConsentWithdrawal,
			policy.EventUnlawfulProcessing, policy.EventLiquidation}
		d := mustCompose(t, p, Options{Language: tt.lang})
		cl := findClause(d, "termination", tt.none)
		if cl == nil {
			t.Fatalf("%s: no termination clause", tt.lang)
		}
		if got := cl.Text.String(); got != tt.want {
			t.Errorf("%s: termination clause\n got %q\nwant %q", tt.lang, got, tt.want)
		}
		if !strings.HasPrefix(cl.ID, "retention") || !slices.Contains(sourcePaths(cl), "termination") {
			t.Errorf("%s: clause %s has sources %v; want it in the retention section, from termination", tt.lang, cl.ID, sourcePaths(cl))
		}

		p.Termination = nil
		d = mustCompose(t, p, Options{Language: tt.lang})
		for id, text := range clauseText(d) {
			if strings.Contains(text, tt.none) {
				t.Errorf("%s: without termination, clause %s states %q", tt.lang, id, text)
			}
		}
	}
}

// TestTerminationOne checks that a single event is stated on its own,
// with nothing else added.
func TestTerminationOne(t *testing.T) {
	p := fullPolicy()
	p.Termination = []policy.Event{policy.EventConsentWithdrawal}
	d := mustCompose(t, p, Options{})
	if cl := findClause(d, "termination", ""); cl == nil || cl.Text.String() != "We stop processing personal data when you withdraw your consent and no other ground for the processing applies." {
		t.Errorf("termination clause = %v", cl)
	}
}

// TestRequestContents checks that what a request must contain, its
// electronic form and the time before it may be repeated are stated in
// the requests clause, in English and Russian, traced to their fields,
// and that only what is declared is stated.
func TestRequestContents(t *testing.T) {
	type want struct{ contents, electronic, repeat string }
	en := want{
		"A request must contain the details of your identity document or that of your representative (its number, date of issue and issuing authority); " +
			"details confirming your relationship with us (such as the number and date of the contract); and your signature or that of your representative.",
		"A request may be sent as an electronic document signed with an electronic signature.",
		"You may ask again for the same information no earlier than 30 days after your first request, unless you give reasons for asking sooner, such as not having received the information in full.",
	}
	ru := want{
		"Запрос должен содержать реквизиты документа, удостоверяющего вашу личность или личность вашего представителя (номер, дату выдачи и выдавший орган); " +
			"сведения, подтверждающие ваше участие в отношениях с нами (например, номер и дату заключения договора); вашу подпись или подпись вашего представителя.",
		"Запрос может быть направлен в форме электронного документа, подписанного электронной подписью.",
		"Повторно запросить те же сведения можно не ранее чем через 30 дней после первоначального запроса, если только вы не обоснуете более ранний запрос, например тем, что сведения не были предоставлены вам в полном объёме.",
	}
	for _, tt := range []struct {
		lang language.Tag
		want want
	}{{language.English, en}, {language.Russian, ru}} {
		p := fullPolicy()
		p.Laws, p.Language = []policy.Law{policy.FZ152}, tt.lang
		p.Requests.Contents = []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship,
			policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}
		p.Requests.RepeatAfter = policy.Days(30)
		d := mustCompose(t, p, Options{Language: tt.lang})
		cl := findClause(d, "requests", "")
		if cl == nil {
			t.Fatalf("%s: no requests clause", tt.lang)
		}
		got := cl.Text.String()
		for _, s := range []string{tt.want.contents, tt.want.electronic, tt.want.repeat} {
			if !strings.Contains(got, s) {
				t.Errorf("%s: requests clause\n%q\nlacks %q", tt.lang, got, s)
			}
		}
		for _, path := range []string{"requests.contents", "requests.repeat_after"} {
			if !slices.Contains(sourcePaths(cl), path) {
				t.Errorf("%s: requests clause sources %v lack %s", tt.lang, sourcePaths(cl), path)
			}
		}

		// A signature alone: only that is stated.
		p.Requests.Contents = []policy.RequestDetail{policy.RequestDetailSignature}
		p.Requests.RepeatAfter = policy.Period{}
		d = mustCompose(t, p, Options{Language: tt.lang})
		got = findClause(d, "requests", "").Text.String()
		sig := "Запрос должен содержать вашу подпись или подпись вашего представителя."
		if tt.lang == language.English {
			sig = "A request must contain your signature or that of your representative."
		}
		if !strings.Contains(got, sig) {
			t.Errorf("%s: requests clause %q lacks %q", tt.lang, got, sig)
		}
		for _, s := range []string{tt.want.electronic, tt.want.repeat, tt.want.contents} {
			if strings.Contains(got, s) {
				t.Errorf("%s: with a signature only, requests clause states %q", tt.lang, s)
			}
		}
		if slices.Contains(sourcePaths(findClause(d, "requests", "")), "requests.repeat_after") {
			t.Errorf("%s: repeat_after traced though not declared", tt.lang)
		}
	}
}
