package render

import (
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// clauseText returns the text of every clause of d, nested ones included,
// keyed by clause ID.
func clauseText(d *Document) map[string]string {
	out := map[string]string{}
	var walk func(cs []*Clause)
	walk = func(cs []*Clause) {
		for _, c := range cs {
			out[c.ID] = c.Text.String()
			walk(c.Clauses)
		}
	}
	for _, s := range d.Sections {
		walk(s.Clauses)
	}
	return out
}

// TestPurposeFZ152Content checks that a purpose states its categories of
// data subjects, its actions and its method (152-FZ Art. 18.1(1)(2),
// 3(3)) in each language and layout, with their sources, and states
// nothing for a purpose that declares none.
func TestPurposeFZ152Content(t *testing.T) {
	const (
		en = "Categories of data subjects: users of our websites and services and job applicants. " +
			"Actions performed on the data: collecting; recording; storing; clarifying (updating, changing); and destroying. " +
			"Method of processing: mixed (automated and non-automated)."
		ru = "Категории субъектов персональных данных: пользователи наших сайтов и сервисов, а также соискатели. " +
			"Действия с персональными данными: сбор, запись, хранение, уточнение (обновление, изменение) и уничтожение. " +
			"Способ обработки: смешанный (автоматизированный и неавтоматизированный)."
	)
	for _, layout := range []Layout{LayoutSections, LayoutCategories} {
		for _, tt := range []struct {
			lang language.Tag
			want string
		}{{language.English, en}, {language.Russian, ru}} {
			p := fullPolicy()
			p.Laws, p.Language = []policy.Law{policy.FZ152}, tt.lang
			pu := p.Purposes[0]
			pu.Subjects = []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectApplicants}
			pu.Actions = []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionStorage, policy.ActionClarification, policy.ActionDestruction}
			pu.Method = policy.ProcessingMethodMixed
			d, err := Compose(p, Options{Language: tt.lang, Layout: layout})
			if err != nil {
				t.Fatal(err)
			}
			var got *Clause
			var walk func(cs []*Clause)
			walk = func(cs []*Clause) {
				for _, c := range cs {
					if strings.HasSuffix(c.ID, anchor(kindPurpose, pu.ID)) && strings.Contains(c.Text.String(), tt.want[:20]) {
						got = c
					}
					walk(c.Clauses)
				}
			}
			for _, s := range d.Sections {
				walk(s.Clauses)
			}
			if got == nil {
				t.Fatalf("layout %d, %s: no clause of purpose %q states its subjects", layout, tt.lang, pu.ID)
			}
			if s := got.Text.String(); !strings.Contains(s, tt.want) {
				t.Errorf("layout %d, %s: purpose clause = %q, want it to contain %q", layout, tt.lang, s, tt.want)
			}
			paths := map[string]bool{}
			for _, s := range got.Sources {
				paths[s.Path()] = true
			}
			for _, f := range []string{".subjects", ".actions", ".method"} {
				if !paths["purposes["+pu.ID+"]"+f] {
					t.Errorf("layout %d, %s: sources %v lack purposes[%s]%s", layout, tt.lang, got.Sources, pu.ID, f)
				}
			}
		}
	}
	d, err := Compose(fullPolicy(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for id, s := range clauseText(d) {
		if strings.Contains(s, "data subjects") || strings.Contains(s, "Method of processing") {
			t.Errorf("clause %s states what the policy does not declare: %q", id, s)
		}
	}
}

// TestOperatorRegister checks the statement of the operator's entry in
// Roskomnadzor's register (152-FZ Art. 22): only under 152-FZ, in each
// language, for a number (with the day of the notification) or for the
// exemption.
func TestOperatorRegister(t *testing.T) {
	number := policy.OperatorRegister{Number: "77-21-012345", Notified: policy.MakeDate(2021, time.March, 4)}
	tests := []struct {
		name string
		laws []policy.Law
		lang language.Tag
		reg  policy.OperatorRegister
		want string // "" means no such clause
	}{
		{"number in English", []policy.Law{policy.FZ152, policy.GDPR}, language.English, number,
			"We are entered under number 77-21-012345 in the register of operators processing personal data, kept by Roskomnadzor. We notified Roskomnadzor of our intention to process personal data on 4 March 2021."},
		{"number in Russian", []policy.Law{policy.FZ152}, language.Russian, number,
			"Мы включены в реестр операторов, осуществляющих обработку персональных данных (его ведёт Роскомнадзор), под регистрационным номером 77-21-012345. Уведомление о намерении осуществлять обработку персональных данных направлено нами в Роскомнадзор 4 марта 2021 г."},
		{"number without a date", []policy.Law{policy.FZ152}, language.English, policy.OperatorRegister{Number: "77-21-012345"},
			"We are entered under number 77-21-012345 in the register of operators processing personal data, kept by Roskomnadzor."},
		{"exempt in Russian", []policy.Law{policy.FZ152}, language.Russian, policy.OperatorRegister{Exempt: true},
			"Мы осуществляем обработку персональных данных без уведомления Роскомнадзора в случаях, предусмотренных частью 2 статьи 22 Федерального закона № 152-ФЗ."},
		{"GDPR only", []policy.Law{policy.GDPR}, language.English, number, ""},
		{"nothing stated", []policy.Law{policy.FZ152}, language.English, policy.OperatorRegister{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := fullPolicy()
			p.Laws, p.Language, p.OperatorRegister = tt.laws, tt.lang, tt.reg
			d, err := Compose(p, Options{Language: tt.lang})
			if err != nil {
				t.Fatal(err)
			}
			got := topClause(d, "register")
			if tt.want == "" {
				if got != nil {
					t.Fatalf("clause %q stated: %q", got.ID, got.Text.String())
				}
				return
			}
			if got == nil {
				t.Fatal("no clause states the register entry")
			}
			if s := got.Text.String(); s != tt.want {
				t.Errorf("clause = %q, want %q", s, tt.want)
			}
			var fromDecl, fromLaw bool
			for _, s := range got.Sources {
				fromDecl = fromDecl || s.Path() == "operator_register"
				fromLaw = fromLaw || s.Law == policy.FZ152 && s.Rule == "152fz.22"
			}
			if !fromDecl || !fromLaw {
				t.Errorf("sources = %+v, want the declaration operator_register and 152-FZ rule 152fz.22", got.Sources)
			}
		})
	}
}
