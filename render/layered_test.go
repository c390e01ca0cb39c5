package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestLayeredMustKnow checks what the layered layout states of a
// purpose's blocking or suspension and of its consent to the use of a
// person's image: each category's section (the first layer) says what
// may be blocked, why and who decides, refers to the purpose's clause
// for how to contest it, and says that images are shown only with
// consent; the purpose's clause (the detail layer) says everything, with
// how, where and until when to contest, the human review and the Civil
// Code's article. Each in English and in Russian, with its sources.
func TestLayeredMustKnow(t *testing.T) {
	for _, lang := range []language.Tag{language.English, language.Russian} {
		t.Run(lang.String(), func(t *testing.T) {
			p := smallPolicy()
			p.Laws = []policy.Law{policy.FZ152}
			p.Purposes[1].Suspension = policy.Suspension{
				Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundSafetyReport},
				Automated: policy.AnswerYes, Contest: "in the app", ContestURL: "https://acme.example/appeal", ContestWithin: policy.Days(30), HumanReview: true,
			}
			p.Purposes[0].ImageConsent = true
			opts := Options{Layout: LayoutCategories, Language: lang}
			if lang == language.Russian {
				opts.Translations = markedCatalog(t, p, lang, func(s string) string { return s }, "")
			}
			d := mustCompose(t, p, opts)
			text := clauseText(d)
			blocking := "category:email/purpose:billing"
			image := "category:email/purpose:news"
			detail := "purpose:billing"
			num := numberOf(d, detail)
			if num == "" {
				t.Fatalf("no clause %s", detail)
			}

			want := map[string][]string{
				blocking: {"We may block your account where we suspect unsafe conduct reported by other users. An automated system takes this decision. " +
					"You can contest the decision as stated in " + num + "."},
				image: {"We publish or show to others photos and recordings in which you appear only with your consent to the use of your image."},
				detail: {"We may block your account where we suspect unsafe conduct reported by other users. An automated system takes this decision. " +
					"You can contest the decision in the app. You can also contest it with our form at https://acme.example/appeal. " +
					"You can contest it up to 30 days after you are told of the decision. A member of our staff, not an automated system, reviews your objection."},
				"purpose:news": {"(Article 152.1 of the Civil Code of the Russian Federation)."},
			}
			not := map[string][]string{
				blocking: {"in the app", "https://", "30", "reviews your objection", "photos"},
				image:    {"152.1", "We may block"},
			}
			if lang == language.Russian {
				want = map[string][]string{
					blocking: {"Мы можем заблокировать вашу учётную запись, если подозреваем небезопасное поведение, о котором сообщили другие пользователи. " +
						"Такое решение принимает автоматизированная система. Оспорить решение можно в порядке, указанном в пункте " + num + "."},
					image: {"Фотографии и записи, на которых вы изображены, мы публикуем и показываем другим лицам только с вашего согласия на использование вашего изображения."},
					detail: {"Мы можем заблокировать вашу учётную запись, если подозреваем небезопасное поведение, о котором сообщили другие пользователи. " +
						"Такое решение принимает автоматизированная система. Как оспорить решение: in the app.",
						"Ваше возражение рассматривает наш сотрудник, а не автоматизированная система."},
					"purpose:news": {"(статья 152.1 Гражданского кодекса Российской Федерации)."},
				}
				not = map[string][]string{
					blocking: {"in the app", "https://", "30", "возражение", "Фотографии"},
					image:    {"152.1", "заблокировать"},
				}
			}
			for id, ws := range want {
				expectText(t, text[id], ws, not[id])
			}
			for id, ns := range not {
				if _, ok := want[id]; !ok {
					expectText(t, text[id], nil, ns)
				}
			}

			for _, c := range []struct {
				id    string
				paths []string
			}{
				{blocking, []string{"purposes[billing].suspension.targets", "purposes[billing].suspension.grounds",
					"purposes[billing].suspension.automated", "purposes[billing].suspension.contest"}},
				{image, []string{"purposes[news].image_consent"}},
			} {
				cl := findClause(d, c.id, "")
				if cl == nil {
					t.Fatalf("no clause %s", c.id)
				}
				got := sourcePaths(cl)
				for _, path := range c.paths {
					if !slices.Contains(got, path) {
						t.Errorf("clause %s: sources %q lack %s", c.id, got, path)
					}
				}
			}
		})
	}
}

// TestLayeredMustKnowOnlyAsDeclared checks that a category's section
// states no blocking where the purpose declares none with a valid
// target, and refers to no way of contesting where none is declared.
func TestLayeredMustKnowOnlyAsDeclared(t *testing.T) {
	p := smallPolicy()
	d := mustCompose(t, p, Options{Layout: LayoutCategories})
	expectText(t, clauseText(d)["category:email/purpose:billing"], nil, []string{"block", "contest", "photos"})

	p.Purposes[1].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{0, 10}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}}
	d = mustCompose(t, p, Options{Layout: LayoutCategories})
	expectText(t, clauseText(d)["category:email/purpose:billing"], nil, []string{"We may", "contest"})

	p.Purposes[1].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
		Automated: policy.AnswerNo}
	d = mustCompose(t, p, Options{Layout: LayoutCategories})
	expectText(t, clauseText(d)["category:email/purpose:billing"],
		[]string{"We may cancel an order where we suspect fraud. A member of our staff takes this decision."}, []string{"contest"})

	p.Purposes[1].Suspension.ContestURL = "https://acme.example/appeal"
	d = mustCompose(t, p, Options{Layout: LayoutCategories})
	text := clauseText(d)["category:email/purpose:billing"]
	expectText(t, text, []string{"You can contest the decision as stated in " + numberOf(d, "purpose:billing") + "."}, []string{"https://"})
	cl := findClause(d, "category:email/purpose:billing", "")
	if got := sourcePaths(cl); !slices.Contains(got, "purposes[billing].suspension.contest_url") {
		t.Errorf("sources %q lack the form's address", got)
	}
}

// numberOf returns the number of the clause of d with the given ID, as a
// reference states it (without its final dot), or "".
func numberOf(d *Document, id string) string {
	var num string
	var walk func(cs []*Clause)
	walk = func(cs []*Clause) {
		for _, c := range cs {
			if c.ID == id {
				num = strings.TrimSuffix(c.Number, ".")
			}
			walk(c.Clauses)
		}
	}
	for _, s := range d.Sections {
		walk(s.Clauses)
	}
	return num
}
