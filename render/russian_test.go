package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func TestRussianList(t *testing.T) {
	for _, tt := range []struct {
		name  string
		items []string
		or    bool
		want  string
	}{
		{"none", nil, false, ""},
		{"one", []string{"сбор"}, false, "сбор"},
		{"two", []string{"сбор", "запись"}, false, "сбор и запись"},
		{"three", []string{"сбор", "запись", "хранение"}, false, "сбор, запись и хранение"},
		{"two, one with и", []string{"пользователи наших сайтов и сервисов", "клиенты"}, false,
			"пользователи наших сайтов и сервисов, а также клиенты"},
		{"last of four with и", []string{"имя", "телефон", "состав заказа", "имя и телефон получателя"}, false,
			"имя, телефон, состав заказа, а также имя и телефон получателя"},
		{"и before the last two only", []string{"сведения о браузере и user agent", "тип устройства", "cookie"}, false,
			"сведения о браузере и user agent, тип устройства и cookie"},
		{"or, one with и", []string{"сайт и приложение", "салоны"}, true, "сайт и приложение или салоны"},
		{"comma in brackets", []string{"сбор", "уточнение (обновление, изменение)", "уничтожение"}, false,
			"сбор, уточнение (обновление, изменение) и уничтожение"},
		{"comma in quotes", []string{"закон «Об информации, информационных технологиях»", "устав"}, false,
			"закон «Об информации, информационных технологиях» и устав"},
		{"two, one with a comma", []string{"клиенты", "иные лица, чьи данные нам сообщают пользователи"}, false,
			"клиенты; иные лица, чьи данные нам сообщают пользователи"},
		{"three, one with a comma", []string{"законность", "точность, достаточность и актуальность данных", "соразмерность"}, false,
			"законность; точность, достаточность и актуальность данных; соразмерность"},
		{"or, two", []string{"путём входа", "путём подтверждения, полученного по почте"}, true,
			"путём входа или путём подтверждения, полученного по почте"},
		{"or, three", []string{"a", "b, c", "d"}, true, "a; b, c; или d"},
		{"or, no comma", []string{"a", "b", "c"}, true, "a, b или c"},
		{"unbalanced bracket", []string{"a)", "b, c"}, false, "a); b, c"},
	} {
		if got := russianList(tt.items, tt.or); got != tt.want {
			t.Errorf("%s: russianList(%q, %t) = %q, want %q", tt.name, tt.items, tt.or, got, tt.want)
		}
	}
}

// TestRussianWording checks wording that depends on Russian grammar in a
// composed document: the list of 152-FZ actions reads as Art. 3(3)
// writes it, and countries are named as a legal text names them.
func TestRussianWording(t *testing.T) {
	p := fullPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	pu := p.Purposes[0]
	pu.Subjects = []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}
	pu.Actions = []policy.Action{policy.ActionCollection, policy.ActionClarification, policy.ActionTransfer, policy.ActionDestruction}
	pu.Method = policy.ProcessingMethodMixed
	p.Recipients[0].Country = language.MustParseRegion("US")
	text := readText(t, p, language.Russian)
	expectText(t, text, []string{
		"Действия с персональными данными: сбор, уточнение (обновление, изменение), передача (предоставление, доступ) и уничтожение.",
		"Категории субъектов персональных данных: клиенты; иные лица, чьи данные нам сообщают пользователи.",
		"Местонахождение: США.",
	}, []string{"; и ", "Соединенные Штаты"})
}

// TestRussianIdiom checks wording a Russian reader would find foreign in a
// translation: a literal rendering of "linked to your identity", the
// Latin word "e-mail", a channel of notice set after a colon or in
// brackets, and a retention period that repeats «срок».
func TestRussianIdiom(t *testing.T) {
	p := fullPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	p.Categories[0].Linked = true
	p.Categories[0].Retention = policy.Indefinitely()
	p.Responsible = &policy.Contact{Email: "dpo@acme.example"}
	p.Changes = policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}}
	text := readText(t, p, language.Russian)
	expectText(t, text, []string{
		"Эти данные сопоставляются со сведениями, позволяющими установить вашу личность.",
		"Контактные данные лица, ответственного за организацию обработки персональных данных: dpo@acme.example.",
		"Об изменениях мы сообщаем по электронной почте.",
		": бессрочно",
	}, []string{"связаны с вашей личностью", "e-mail", "сообщаем об изменениях:", "без ограничения срока"})

	p.Changes = policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, Notice: policy.Days(30), MaterialOnly: true}
	expectText(t, readText(t, p, language.Russian), []string{
		"О существенных изменениях мы сообщаем по электронной почте не менее чем за 30 дней до их вступления в силу.",
	}, []string{"сообщаем (", "сообщаем:"})
}
