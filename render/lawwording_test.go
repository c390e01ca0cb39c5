package render

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The tests in this file check that the document words what it states as
// the laws the policy declares word it, and states each fact once.

// TestStorageOneSentence checks that the places where data is stored are
// stated in one sentence, without contradicting each other, and that the
// storage of a country's users' data is set apart from everyone else's.
func TestStorageOneSentence(t *testing.T) {
	br, us, ru, by := language.MustParseRegion("BR"), language.MustParseRegion("US"), language.MustParseRegion("RU"), language.MustParseRegion("BY")
	p := smallPolicy()
	p.Storage = []policy.Storage{{Location: br}, {Location: us}, {Location: br}}
	en := readText(t, p, language.English)
	expectText(t, en, []string{"The data is stored in Brazil and the United States."}, []string{"Unless stated otherwise above", "Unless a category states otherwise"})
	if n := strings.Count(en, "stored in"); n != 1 {
		t.Errorf("%d statements of storage, want 1:\n%s", n, en)
	}
	expectText(t, readText(t, p, language.Russian), []string{"Данные хранятся на территории Бразилии и США."}, []string{"Если выше не указано иное"})

	// A category of its own storage prevails over the general statement.
	p.Categories[0].Storage = []policy.Storage{{Location: us}}
	expectText(t, readText(t, p, language.English), []string{"Unless a category states otherwise, the data is stored in Brazil and the United States."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Если для категории данных не указано иное, данные хранятся на территории Бразилии и США."}, nil)
	p.Categories[0].Storage = nil

	// By whose data: countries whose users' data is stored alike share a
	// clause; everyone's places become the other users'.
	p.Storage = []policy.Storage{{Subjects: ru, Location: ru}, {Location: us}, {Subjects: by, Location: ru}, {Location: br}}
	en = readText(t, p, language.English)
	expectText(t, en, []string{"Data of users in Russia and Belarus is stored in Russia; the data of other users is stored in the United States and Brazil."}, []string{"the data is stored in"})
	expectText(t, readText(t, p, language.Russian), []string{"Данные пользователей из Российской Федерации и Беларуси хранятся на территории Российской Федерации; данные остальных пользователей хранятся на территории США и Бразилии."}, nil)

	p.Storage = []policy.Storage{{Subjects: ru, Location: ru}}
	expectText(t, readText(t, p, language.English), []string{"Data of users in Russia is stored in Russia."}, []string{"other users"})
	// Under 152-FZ, in the words of its Art. 18(5); where that is all
	// the policy says of storage, 152-FZ's own sentence says it.
	laws := p.Laws
	p.Laws = append(p.Laws, policy.FZ152)
	p.Storage = []policy.Storage{{Subjects: ru, Location: ru}, {Subjects: by, Location: by}}
	expectText(t, readText(t, p, language.Russian), []string{"Данные пользователей из Российской Федерации хранятся в базах данных, находящихся на территории Российской Федерации;"}, nil)
	p.Storage = []policy.Storage{{Subjects: ru, Location: ru}}
	expectText(t, readText(t, p, language.Russian), []string{"персональных данных граждан Российской Федерации"}, []string{"Данные пользователей из Российской Федерации хранятся"})
	p.Laws = laws

	// A category that repeats the general places says nothing of its own,
	// and the general statement has no exception to announce.
	p.Categories[0].Storage = []policy.Storage{{Subjects: ru, Location: ru}}
	en = readText(t, p, language.English)
	expectText(t, en, []string{"Data of users in Russia is stored in Russia."}, []string{"Unless a category states otherwise"})
	if n := strings.Count(en, "stored in Russia"); n != 1 {
		t.Errorf("%d statements of storage in Russia, want 1:\n%s", n, en)
	}
	ruText := readText(t, p, language.Russian)
	expectText(t, ruText, nil, []string{"Если для категории данных не указано иное"})
}

// TestDPOInTheWordsOfTheLaw checks that the DPO is named by the term of
// the declared laws: the GDPR's data protection officer, the LGPD's
// encarregado, the FADP's data protection advisor, and the others' terms
// beside the first where a policy declares several.
func TestDPOInTheWordsOfTheLaw(t *testing.T) {
	for _, tt := range []struct {
		laws    []policy.Law
		en, ru  string
		notInEn []string
	}{
		{nil, "Our data protection officer: Jane Doe", "Инспектор по защите данных (DPO): Jane Doe", []string{"encarregado", "advisor"}},
		{[]policy.Law{policy.GDPR}, "Our data protection officer: Jane Doe", "Инспектор по защите данных (DPO): Jane Doe", []string{"encarregado", "advisor"}},
		{[]policy.Law{policy.LGPD}, "Our person in charge of the processing of personal data (encarregado): Jane Doe",
			"Уполномоченный по обработке персональных данных (encarregado): Jane Doe", []string{"data protection officer"}},
		{[]policy.Law{policy.FADP}, "Our data protection advisor: Jane Doe", "Консультант по защите данных: Jane Doe", []string{"data protection officer"}},
		{[]policy.Law{policy.LGPD, policy.GDPR}, "Our data protection officer, who is also our encarregado under the LGPD: Jane Doe",
			"Инспектор по защите данных (DPO), который также является нашим уполномоченным (encarregado) в соответствии с LGPD: Jane Doe", nil},
		// Designating an advisor is a choice of the FADP's (Art. 10): not
		// claimed of an officer designated under another law.
		{[]policy.Law{policy.UKGDPR, policy.FADP, policy.LGPD}, "Our data protection officer, who is also our encarregado under the LGPD: Jane Doe",
			"Инспектор по защите данных (DPO), который также является нашим уполномоченным (encarregado) в соответствии с LGPD: Jane Doe", []string{"advisor"}},
		{[]policy.Law{policy.GDPR, policy.FADP}, "Our data protection officer: Jane Doe", "Инспектор по защите данных (DPO): Jane Doe", []string{"advisor"}},
		{[]policy.Law{policy.FADP, policy.LGPD}, "Our data protection advisor, who is also our encarregado under the LGPD: Jane Doe",
			"Консультант по защите данных, который также является нашим уполномоченным (encarregado) в соответствии с LGPD: Jane Doe", []string{"data protection officer"}},
		{[]policy.Law{policy.CCPA}, "Our data protection officer: Jane Doe", "Инспектор по защите данных (DPO): Jane Doe", nil},
	} {
		p := smallPolicy()
		p.Laws = tt.laws
		p.DPO = &policy.Contact{Name: "Jane Doe", Email: "dpo@acme.example"}
		expectText(t, readText(t, p, language.English), []string{tt.en}, tt.notInEn)
		expectText(t, readText(t, p, language.Russian), []string{tt.ru}, nil)
	}

	// A DPO declared by a law's term alone is not named twice.
	p := smallPolicy()
	p.Laws = []policy.Law{policy.LGPD}
	p.DPO = &policy.Contact{Name: "Encarregado", Email: "dpo@acme.example"}
	expectText(t, readText(t, p, language.English), []string{"(encarregado): dpo@acme.example."}, []string{"Encarregado,"})

	// 152-FZ's person responsible for organising the processing is its
	// own declaration, beside the DPO.
	p.Laws = []policy.Law{policy.FZ152}
	p.DPO.Name = "Jane Doe"
	p.Responsible = &policy.Contact{Name: "Ivan Petrov", Email: "dpo@acme.example"}
	expectText(t, readText(t, p, language.Russian), []string{
		"Инспектор по защите данных (DPO): Jane Doe",
		"Лицо, ответственное за организацию обработки персональных данных: Ivan Petrov",
	}, []string{"encarregado"})
}

// TestPersonalDataDefinedByTheLaws checks that personal data is defined in
// the words of the declared laws: 152-FZ's "directly or indirectly
// identified" only where 152-FZ is declared, and the other laws'
// definitions beside the first where several define it differently.
func TestPersonalDataDefinedByTheLaws(t *testing.T) {
	const (
		relating = "In this Policy, “personal data” means any information relating to an identified or identifiable natural person."
		fz152    = "In this Policy, “personal data” means any information relating to a directly or indirectly identified or identifiable natural person (the data subject)."
		ccpa     = "In this Policy, “personal data” (“personal information” in California law) means information that identifies"
		directly = "directly or indirectly identified"
	)
	for _, tt := range []struct {
		laws      []policy.Law
		want, not []string
		ru        string
	}{
		{nil, []string{relating}, []string{directly, "personal data is any information"}, "под «персональными данными» понимается любая информация, относящаяся к определённому или определяемому физическому лицу."},
		{[]policy.Law{policy.GDPR, policy.UKGDPR}, []string{relating}, []string{directly, "personal data is any information"}, "понимается любая информация, относящаяся к определённому или определяемому физическому лицу."},
		{[]policy.Law{policy.LGPD}, []string{relating}, []string{directly}, "относящаяся к определённому или определяемому физическому лицу."},
		{[]policy.Law{policy.FADP}, []string{relating}, []string{directly}, "относящаяся к определённому или определяемому физическому лицу."},
		{[]policy.Law{policy.FZ152}, []string{fz152}, []string{"personal data is any information"}, "любая информация, относящаяся к прямо или косвенно определённому или определяемому физическому лицу (субъекту персональных данных)."},
		{[]policy.Law{policy.CCPA}, []string{ccpa}, []string{directly, "Under California law"}, "(«личной информацией» по законодательству Калифорнии)"},
		// 152-FZ's words stand for the GDPR's and the LGPD's, which say
		// the same: one definition, whichever law is declared first.
		{[]policy.Law{policy.FZ152, policy.GDPR, policy.LGPD}, []string{fz152}, []string{relating, "personal data is any information"},
			"понимается любая информация, относящаяся к прямо или косвенно определённому или определяемому физическому лицу (субъекту персональных данных)."},
		{[]policy.Law{policy.GDPR, policy.FZ152}, []string{fz152}, []string{relating, "personal data is any information"},
			"понимается любая информация, относящаяся к прямо или косвенно определённому или определяемому физическому лицу (субъекту персональных данных)."},
		{[]policy.Law{policy.GDPR, policy.CCPA, policy.FZ152}, []string{fz152 + " Under California law, it includes “personal information”"}, []string{relating, "personal data is any information"},
			"По законодательству Калифорнии к ним относится и «личная информация»"},
		{[]policy.Law{policy.GDPR, policy.CCPA}, []string{relating + " Under California law, it includes “personal information”: information that identifies"}, []string{directly},
			"По законодательству Калифорнии к ним относится и «личная информация»"},
		{[]policy.Law{policy.USStates}, []string{"“personal data” means any information that is linked or reasonably linkable to an identified or identifiable natural person."}, []string{directly},
			"которая связана или может быть обоснованно связана с определённым или определяемым физическим лицом."},
	} {
		p := smallPolicy()
		p.Laws = tt.laws
		expectText(t, readText(t, p, language.English), tt.want, tt.not)
		expectText(t, readText(t, p, language.Russian), []string{tt.ru}, nil)
	}
}

// TestAdequacyUnderTheFADP checks that a transfer on adequacy under the
// FADP alone rests on the Federal Council's list of countries, not on an
// adequacy decision, and that a transfer under the FADP and another law
// names both.
func TestAdequacyUnderTheFADP(t *testing.T) {
	ca, ch, eu := language.MustParseRegion("CA"), language.MustParseRegion("CH"), language.MustParseRegion("EU")
	const (
		list     = "because the destination is on the Swiss Federal Council's list of countries with adequate data protection (Annex 1 to the Data Protection Ordinance)"
		decision = "on the basis of an adequacy decision"
		listRU   = "поскольку страна назначения включена в утверждённый Федеральным советом Швейцарии перечень стран, обеспечивающих адекватную защиту данных (приложение 1 к Ордонансу о защите данных)"
	)
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FADP}
	p.Transfers = []policy.Transfer{{Destination: ca, Categories: p.Categories, Safeguard: policy.SafeguardAdequacy, WithinScope: true}}
	expectText(t, readText(t, p, language.English), []string{"Canada: email, " + list + ".",
		"The recipient falls within the scope of the destination's entry on the Swiss Federal Council's list of countries with adequate data protection."},
		[]string{decision})
	expectText(t, readText(t, p, language.Russian), []string{listRU, "Получатель относится к тем, на кого распространяется включение страны назначения в перечень"}, []string{"решения об адекватности"})

	// Under the GDPR and the FADP, the transfer rests on both, each named
	// in its law's terms.
	p.Laws = []policy.Law{policy.GDPR, policy.FADP}
	expectText(t, readText(t, p, language.English), []string{"Canada: email, on the basis of an adequacy decision of the European Commission (GDPR Art. 45) " +
		"and the Swiss Federal Council's list of countries with adequate data protection (Annex 1 to the Data Protection Ordinance).",
		"The recipient falls within the scope of each of these grounds of adequacy for the destination."}, []string{list})
	expectText(t, readText(t, p, language.Russian), []string{"на основании решения Европейской комиссии об адекватности защиты (статья 45 GDPR); утверждённого Федеральным советом Швейцарии перечня стран"}, nil)

	// From Switzerland, the FADP alone governs; from the EU, the GDPR.
	p.Transfers = []policy.Transfer{
		{Origin: ch, Destination: ca, Categories: p.Categories, Safeguard: policy.SafeguardAdequacy, WithinScope: true},
		{Origin: eu, Destination: ca, Categories: p.Categories, Safeguard: policy.SafeguardAdequacy, WithinScope: true},
	}
	expectText(t, readText(t, p, language.English), []string{"Canada: email, from Switzerland " + list + " and from the European Union " + decision + "."}, []string{"under the FADP"})

	// A transfer the policy says is lawful under the GDPR only.
	p.Transfers = []policy.Transfer{{Destination: ca, Categories: p.Categories, Safeguard: policy.SafeguardAdequacy, WithinScope: true, Laws: []policy.Law{policy.GDPR}}}
	expectText(t, readText(t, p, language.English), []string{"Canada: email, " + decision + " (under the GDPR)."}, []string{"Federal Council"})
}

// TestForwardsRequestsAsDeclared checks that the document says requests
// about customers' data are passed on to the customer only where the
// policy declares it.
func TestForwardsRequestsAsDeclared(t *testing.T) {
	const en, ru = "If you send such a request to us, we pass it on to the customer.", "Если вы направите такой запрос нам, мы передадим его клиенту."
	p := smallPolicy()
	p.CustomerData = policy.CustomerData{Data: "the contact lists customers upload"}
	expectText(t, readText(t, p, language.English), []string{"please address requests about that data to the customer."}, []string{en})
	expectText(t, readText(t, p, language.Russian), nil, []string{ru})
	p.CustomerData.ForwardsRequests = true
	expectText(t, readText(t, p, language.English), []string{"please address requests about that data to the customer. " + en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru}, nil)
}

// TestSourceDetailOnce checks that where a category's data comes from
// third parties and from public sources, the detail of where it comes
// from is stated once, for both, not once after each as if each source
// were all of it.
func TestSourceDetailOnce(t *testing.T) {
	p := smallPolicy()
	cat := p.Categories[0]
	cat.Sources = []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourcePublic}
	cat.SourceDetail = "our partners and public profiles"
	en := readText(t, p, language.English)
	expectText(t, en, []string{"Sources: provided by you; received from third parties and taken from publicly accessible sources (our partners and public profiles)."},
		[]string{"received from third parties (our partners"})
	if n := strings.Count(en, "(our partners and public profiles)"); n != 1 {
		t.Errorf("the source detail is stated %d times, want 1:\n%s", n, en)
	}
	ru := readText(t, p, language.Russian)
	if n := strings.Count(ru, "(our partners and public profiles)"); n != 1 {
		t.Errorf("the source detail is stated %d times in Russian, want 1:\n%s", n, ru)
	}

	// One source of the two: the detail follows it.
	cat.Sources = []policy.Source{policy.SourcePublic}
	expectText(t, readText(t, p, language.English), []string{"Source: taken from publicly accessible sources (our partners and public profiles)."}, nil)
}

// TestFZ152Authority checks that a policy under 152-FZ alone names
// Roskomnadzor as 152-FZ does, the authority for the protection of the
// rights of personal data subjects (Art. 17(2)), not as a supervisory
// authority of the GDPR; beside the GDPR's authority, the heading stays
// the general one.
func TestFZ152Authority(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	p.Categories[0].Storage = []policy.Storage{{Subjects: language.MustParseRegion("RU"), Location: language.MustParseRegion("RU")}}
	en := readText(t, p, language.English)
	expectText(t, en, []string{"You may appeal to the authority for the protection of the rights of personal data subjects:"},
		[]string{"supervisory authority:"})
	expectText(t, readText(t, p, language.Russian),
		[]string{"Вы можете обжаловать наши действия или бездействие в уполномоченный орган по защите прав субъектов персональных данных:"},
		[]string{"надзорный орган"})

	p.Laws = []policy.Law{policy.FZ152, policy.GDPR}
	expectText(t, readText(t, p, language.English), []string{"You may lodge a complaint with these authorities:"},
		[]string{"You may appeal to the authority"})
}
