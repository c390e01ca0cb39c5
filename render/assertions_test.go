package render

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The tests in this file check that the document asserts nothing that the
// policy does not declare, nor a law of the policy require.

// ccpaPolicy returns a policy under the CCPA alone with two categories:
// contact details (identifiers) and location (geolocation).
func ccpaPolicy() *policy.Policy {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.CCPA}
	p.Categories[0].CCPA = []policy.CCPACategory{policy.CCPAIdentifiers}
	loc := &policy.Category{ID: "location", Name: "Location", Items: []string{"precise location"}, Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(90), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation}}
	p.Categories = append(p.Categories, loc)
	p.Purposes = []*policy.Purpose{{ID: "orders", Name: "Orders", Categories: p.Categories}}
	p.CCPA.OptOutURL = "https://acme.example/opt-out"
	return p
}

// row returns the text of the row of the CCPA table that starts with
// letter, up to the next row.
func row(t *testing.T, text, letter string) string {
	t.Helper()
	_, after, ok := strings.Cut(text, "- ("+letter+") ")
	if !ok {
		t.Fatalf("no row (%s) in:\n%s", letter, text)
	}
	if i := strings.Index(after, "- ("); i >= 0 {
		after = after[:i]
	}
	return after
}

// TestCCPAPurposesForCalifornians checks that the California table lists,
// for a category, only the purposes that reach data subjects in the US: a
// purpose limited to the EU is no Californian's.
func TestCCPAPurposesForCalifornians(t *testing.T) {
	p := ccpaPolicy()
	p.Purposes = append(p.Purposes, &policy.Purpose{ID: "eu", Name: "EU marketing", Categories: p.Categories,
		Regions: []language.Region{language.MustParseRegion("DE")}})
	text := readText(t, p, language.English)
	expectText(t, row(t, text, "A"), []string{"Purposes: 3.1.1."}, []string{"3.1.2"})
	p.Purposes[1].Regions = append(p.Purposes[1].Regions, language.MustParseRegion("US"))
	text = readText(t, p, language.English)
	expectText(t, row(t, text, "A"), []string{"Purposes: 3.1.1, 3.1.2."}, nil)
}

func TestCCPASoldOrSharedPerCategory(t *testing.T) {
	p := ccpaPolicy()
	p.CCPA.Sold, p.CCPA.Shared = policy.AnswerNo, policy.AnswerYes
	p.CCPA.SoldCategories = []policy.CCPACategory{policy.CCPAIdentifiers}
	text := readText(t, p, language.English)
	expectText(t, row(t, text, "A"), []string{"Sold or shared: shared, not sold."}, []string{"sold: no"})
	// Geolocation is not listed as sold or shared, so it was neither.
	expectText(t, row(t, text, "G"), []string{"Sold or shared: no."}, []string{"yes"})

	ru := readText(t, p, language.Russian)
	expectText(t, row(t, ru, "G"), []string{"рекламы: нет."}, []string{"рекламы: да", "передача: да"})
	expectText(t, row(t, ru, "A"), []string{"рекламы: передача (без продажи)."}, []string{"продажа: нет"})

	// Without the list, nothing is declared of either category.
	p.CCPA.SoldCategories = nil
	text = readText(t, p, language.English)
	for _, l := range []string{"A", "G"} {
		expectText(t, row(t, text, l), []string{"Sold or shared: not stated for this category."}, []string{"yes"})
	}
	expectText(t, readText(t, p, language.Russian), []string{"для этой категории не указано"}, nil)
}

func TestCCPASaleStatement(t *testing.T) {
	for _, tt := range []struct {
		sold, shared policy.Answer
		en, ru       string
	}{
		{policy.AnswerYes, policy.AnswerYes,
			"We sell personal information and share it for cross-context behavioral advertising.",
			"Мы продаём персональные данные и передаём их для межконтекстной поведенческой рекламы."},
		{policy.AnswerYes, policy.AnswerNo,
			"We sell personal information; we do not share it for cross-context behavioral advertising.",
			"Мы продаём персональные данные; для межконтекстной поведенческой рекламы мы их не передаём."},
		{policy.AnswerYes, 0, "We sell personal information. You have", "Мы продаём персональные данные. Вы вправе"},
		{policy.AnswerNo, policy.AnswerYes,
			"We share personal information for cross-context behavioral advertising; we do not sell it.",
			"Мы передаём персональные данные для межконтекстной поведенческой рекламы; мы их не продаём."},
		{0, policy.AnswerYes,
			"We share personal information for cross-context behavioral advertising. You have",
			"Мы передаём персональные данные для межконтекстной поведенческой рекламы. Вы вправе"},
	} {
		p := ccpaPolicy()
		p.CCPA.Sold, p.CCPA.Shared = tt.sold, tt.shared
		p.CCPA.SoldCategories = []policy.CCPACategory{policy.CCPAIdentifiers}
		expectText(t, readText(t, p, language.English), []string{
			tt.en,
			"You have the right to opt out: use the “Do Not Sell or Share My Personal Information” link at https://acme.example/opt-out.",
		}, []string{"sell or share personal information"})
		expectText(t, readText(t, p, language.Russian), []string{tt.ru}, []string{"продаём или передаём"})
	}
}

func TestCCPASoldCategoriesByLetter(t *testing.T) {
	p := ccpaPolicy()
	p.CCPA.Sold, p.CCPA.Shared = policy.AnswerNo, policy.AnswerYes
	p.CCPA.SoldCategories = []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPAIdentifiers, policy.CCPAGeolocation}
	expectText(t, readText(t, p, language.English),
		[]string{"we sold or shared these categories of personal information: (A) identifiers and (G) geolocation data."}, nil)
}

func TestCookieConsentAsDeclared(t *testing.T) {
	cookies := func(p *policy.Policy, consent policy.CookieConsent) {
		p.Cookies = []policy.Cookie{
			{ID: "sid", Name: "sid", Party: policy.PartyFirst, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "ads", Party: policy.PartyFirst, Purpose: p.Purposes[0], Lifetime: policy.Expires(policy.Years(1)), Consent: consent},
		}
	}
	consentClaims := []string{"only with your consent", "Consent: needed."}
	consentClaimsRU := []string{"только с вашего согласия", "Согласие: требуется"}

	// No declaration, and no law of the policy requires consent.
	p := ccpaPolicy()
	cookies(p, 0)
	// The table then says nothing of the cookie's consent.
	expectText(t, readText(t, p, language.English), []string{"are set without your consent.", "Consent: not needed, as this is strictly necessary to provide the service you ask for. - ads. Set by: us (first party)."},
		append(consentClaims, "not declared", "Consent: ."))
	expectText(t, readText(t, p, language.Russian), []string{"Согласие: не требуется"}, append(consentClaimsRU, "не указано", "Согласие: ."))
	// Where no cookie says anything of consent, the table has no column
	// for it.
	p.Cookies = p.Cookies[1:]
	var md bytes.Buffer
	if err := WriteMarkdown(&md, mustCompose(t, p, Options{})); err != nil {
		t.Fatal(err)
	}
	expectText(t, md.String(), []string{"| Name | Set by | Purpose | Lifetime |\n"}, []string{"| Consent |"})

	// Declared: set unless the user opts out.
	cookies(p, policy.CookieConsentOptOut)
	expectText(t, readText(t, p, language.English), []string{"The others are set unless you opt out.", "Consent: not asked; used unless you opt out."}, consentClaims)
	expectText(t, readText(t, p, language.Russian), []string{"Остальные устанавливаются, если вы не откажетесь от них.", "не запрашивается; используется, если вы не откажетесь"}, consentClaimsRU)

	// Declared: only with consent.
	cookies(p, policy.CookieConsentOptIn)
	expectText(t, readText(t, p, language.English), []string{"The others are set only with your consent, which you can withdraw at any time.", "Consent: needed."}, nil)

	// Mixed: the table says which is which.
	p.Cookies = append(p.Cookies, policy.Cookie{ID: "px", Name: "px", Party: policy.PartyFirst, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut})
	expectText(t, readText(t, p, language.English),
		[]string{"For each of the others, the table says whether it is set only with your consent, which you can withdraw at any time."},
		[]string{"We set the others only"})

	// The GDPR brings the ePrivacy Directive, which requires consent.
	p = smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	cookies(p, 0)
	expectText(t, readText(t, p, language.English), []string{"The others are set only with your consent, which you can withdraw at any time.", "Consent: needed."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Остальные устанавливаются только с вашего согласия"}, nil)

	// Exempt as audience measurement, beside one set with consent: the
	// exempt one is set aside with the strictly necessary one, and is
	// not said to be strictly necessary itself.
	p.Cookies = append(p.Cookies, policy.Cookie{ID: "stats", Name: "stats", Party: policy.PartyFirst, Purpose: p.Purposes[1],
		Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentExemptStatistics})
	expectText(t, readText(t, p, language.English), []string{
		"Those that only measure the audience of our services, whose data we neither combine with other data nor pass to third parties, are set without your consent, as the law allows; you can object to them at any time. The others are set only with your consent",
		"stats. Set by: us (first party). Purpose: Billing (3.1.2). Lifetime: 13 months. Consent: not needed, as it only measures our audience; you can object."},
		[]string{"Consent: not needed, as this is strictly necessary to provide the service you ask for. - stats"})
	expectText(t, readText(t, p, language.Russian), []string{"используемые только для измерения аудитории наших сервисов", "не требуется, так как этот файл используется только для измерения аудитории; вы можете возразить против его использования"}, nil)
}

func TestDataPrivacyFrameworkByOrigin(t *testing.T) {
	p := smallPolicy()
	us := language.MustParseRegion("US")
	for _, o := range []string{"EU", "GB", "CH"} {
		p.Transfers = append(p.Transfers, policy.Transfer{Origin: language.MustParseRegion(o), Destination: us,
			Categories: p.Categories, Safeguard: policy.SafeguardDataPrivacyFramework})
	}
	// The three transfers differ only by origin and the part of the
	// framework each uses: one clause states them.
	expectText(t, readText(t, p, language.English), []string{
		"United States: email, from the European Union on the basis of the EU-US Data Privacy Framework, " +
			"from the United Kingdom on the basis of the UK Extension to the EU-US Data Privacy Framework " +
			"and from Switzerland on the basis of the Swiss-US Data Privacy Framework.",
	}, []string{"6.1.2.", "The data is transferred from"})
	expectText(t, readText(t, p, language.Russian), []string{
		"из Европейского союза на основании Рамочной программы конфиденциальности данных ЕС — США (EU-US Data Privacy Framework),",
		"из Великобритании на основании британского расширения Рамочной программы конфиденциальности данных ЕС — США (EU-US Data Privacy Framework, UK Extension)",
		"из Швейцарии на основании Рамочной программы конфиденциальности данных Швейцария — США (Swiss-US Data Privacy Framework).",
	}, nil)
}

// TestDataPrivacyFrameworkByLaw checks that a transfer stating no origin
// is named by the part of the framework of each law that governs it: the
// Swiss-US framework under the FADP, the UK Extension under the UK GDPR,
// and the EU-US framework under the GDPR, each where several govern it.
func TestDataPrivacyFrameworkByLaw(t *testing.T) {
	us := language.MustParseRegion("US")
	for _, tt := range []struct {
		laws      []policy.Law
		want, not string
		ru        string
	}{
		{[]policy.Law{policy.FADP}, "on the basis of the Swiss-US Data Privacy Framework.", "EU-US",
			"на основании Рамочной программы конфиденциальности данных Швейцария — США (Swiss-US Data Privacy Framework)."},
		{[]policy.Law{policy.UKGDPR}, "on the basis of the UK Extension to the EU-US Data Privacy Framework.", "Swiss-US",
			"на основании британского расширения Рамочной программы"},
		{[]policy.Law{policy.GDPR}, "on the basis of the EU-US Data Privacy Framework.", "Swiss-US", ""},
		{[]policy.Law{policy.GDPR, policy.FADP}, "on the basis of the EU-US Data Privacy Framework and the Swiss-US Data Privacy Framework.", "UK Extension",
			"на основании Рамочной программы конфиденциальности данных ЕС — США (EU-US Data Privacy Framework) и Рамочной программы конфиденциальности данных Швейцария — США (Swiss-US Data Privacy Framework)."},
		{[]policy.Law{policy.GDPR, policy.UKGDPR}, "on the basis of the EU-US Data Privacy Framework and its UK Extension.", "Swiss-US", "и её британского расширения (UK Extension)."},
		{[]policy.Law{policy.UKGDPR, policy.FADP}, "on the basis of the UK Extension to the EU-US Data Privacy Framework and the Swiss-US Data Privacy Framework.", "on the basis of the EU-US", ""},
		{[]policy.Law{policy.FADP, policy.UKGDPR, policy.GDPR, policy.CCPA}, "on the basis of the EU-US Data Privacy Framework, its UK Extension and the Swiss-US Data Privacy Framework.", "none", "её британского расширения (UK Extension) и Рамочной"},
	} {
		p := smallPolicy()
		p.Laws = tt.laws
		p.Transfers = []policy.Transfer{{Destination: us, Categories: p.Categories, Safeguard: policy.SafeguardDataPrivacyFramework}}
		expectText(t, readText(t, p, language.English), []string{tt.want}, []string{tt.not})
		if tt.ru != "" {
			expectText(t, readText(t, p, language.Russian), []string{tt.ru}, nil)
		}
	}
}

// TestTransfersByOrigin checks which transfers one clause states: those
// that differ only by origin and safeguard, each origin once.
func TestTransfersByOrigin(t *testing.T) {
	us := language.MustParseRegion("US")
	transfer := func(origin string, s policy.Safeguard) policy.Transfer {
		return policy.Transfer{Origin: language.MustParseRegion(origin), Destination: us, Safeguard: s}
	}
	for _, tt := range []struct {
		name      string
		transfers func(cats []*policy.Category) []policy.Transfer
		want, not []string
	}{
		{"one safeguard", func(cats []*policy.Category) []policy.Transfer {
			a, b := transfer("EU", policy.SafeguardStandardClauses), transfer("GB", policy.SafeguardStandardClauses)
			a.Categories, b.Categories = cats, cats
			return []policy.Transfer{a, b}
		}, []string{"United States: email, from the European Union and the United Kingdom, on the basis of standard contractual clauses.", "Transferred to: United States (5.1.1)."},
			[]string{"6.1.2.", "(5.1.2)"}},
		{"notes differ", func(cats []*policy.Category) []policy.Transfer {
			a, b := transfer("EU", policy.SafeguardStandardClauses), transfer("GB", policy.SafeguardStandardClauses)
			a.Categories, b.Categories = cats, cats
			b.Note = "Ask us for a copy."
			return []policy.Transfer{a, b}
		}, []string{"The data is transferred from the European Union.", "6.1.2. United States", "Transferred to: United States (5.1.1); United States (5.1.2)."}, nil},
		{"same origin twice", func(cats []*policy.Category) []policy.Transfer {
			a, b := transfer("EU", policy.SafeguardStandardClauses), transfer("EU", policy.SafeguardBindingCorporateRules)
			a.Categories, b.Categories = cats, cats
			return []policy.Transfer{a, b}
		}, []string{"6.1.2. United States"}, nil},
		{"an origin missing", func(cats []*policy.Category) []policy.Transfer {
			a, b := transfer("EU", policy.SafeguardStandardClauses), policy.Transfer{Destination: us, Safeguard: policy.SafeguardStandardClauses}
			a.Categories, b.Categories = cats, cats
			return []policy.Transfer{a, b}
		}, []string{"6.1.2. United States"}, nil},
		{"third joins the first", func(cats []*policy.Category) []policy.Transfer {
			a, b, c := transfer("EU", policy.SafeguardStandardClauses), transfer("EU", policy.SafeguardBindingCorporateRules), transfer("CH", policy.SafeguardStandardClauses)
			a.Categories, b.Categories, c.Categories = cats, cats, cats
			return []policy.Transfer{a, b, c}
		}, []string{"6.1.1. United States: email, from the European Union and Switzerland, on the basis of standard contractual clauses.",
			"6.1.2. United States: email, on the basis of binding corporate rules. The data is transferred from the European Union."},
			[]string{"6.1.3."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Transfers = tt.transfers(p.Categories)
			var buf strings.Builder
			d, err := Compose(p, Options{Layout: LayoutCategories})
			if err != nil {
				t.Fatal(err)
			}
			if err := WriteText(&buf, d, TextOptions{}); err != nil {
				t.Fatal(err)
			}
			text := readText(t, p, language.English) + strings.Join(strings.Fields(buf.String()), " ")
			expectText(t, text, tt.want, tt.not)
		})
	}
}

func TestOptOutByGround(t *testing.T) {
	const object = "You can object to this processing"
	for _, tt := range []struct {
		name     string
		bases    []policy.Basis
		withdraw string
		want     string
		not      []string
	}{
		{"consent with how to withdraw", []policy.Basis{policy.BasisConsent}, "unsubscribe",
			"You can withdraw your consent at any time: unsubscribe.", []string{object, "withdraw your consent at any time."}},
		{"explicit consent", []policy.Basis{policy.BasisExplicitConsent}, "",
			"You can withdraw your consent at any time.", []string{object}},
		{"legitimate interests", []policy.Basis{policy.BasisLegitimateInterests}, "",
			"You can object to this processing or opt out of it at any time.", nil},
		{"consent and legitimate interests", []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests}, "unsubscribe",
			"You can object to this processing or opt out of it at any time.", nil},
		{"no ground", nil, "", "You can opt out of this processing at any time.", []string{object}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Purposes = p.Purposes[:1]
			pu := p.Purposes[0]
			pu.Bases, pu.Withdraw, pu.OptOut = tt.bases, tt.withdraw, true
			if slices.Contains(tt.bases, policy.BasisLegitimateInterests) {
				pu.Interest = "keeping in touch"
			}
			expectText(t, readText(t, p, language.English), []string{tt.want}, tt.not)
		})
	}
	p := smallPolicy()
	p.Purposes = p.Purposes[:1]
	p.Purposes[0].Withdraw, p.Purposes[0].OptOut = "", true
	expectText(t, readText(t, p, language.Russian), []string{"Вы можете в любой момент отозвать согласие."}, []string{"возразить"})
}

func TestVisibilityAsDeclared(t *testing.T) {
	for _, tt := range []struct {
		v      policy.Visibility
		en, ru string
	}{
		{policy.VisibilityOptional, "You can choose to make this data public;", "Вы можете сделать эти данные доступными неограниченному кругу лиц;"},
		{policy.VisibilityDefault, "This data is public unless you choose otherwise;", "Эти данные доступны неограниченному кругу лиц, если вы не выберете иное;"},
		{policy.VisibilityAlways, "This data is always public:", "Эти данные всегда доступны неограниченному кругу лиц:"},
	} {
		p := smallPolicy()
		p.Categories[0].Visibility = tt.v
		var not []string
		if tt.v != policy.VisibilityOptional {
			not = []string{"You can choose to make this data public"}
		}
		expectText(t, readText(t, p, language.English), []string{tt.en}, not)
		expectText(t, readText(t, p, language.Russian), []string{tt.ru}, nil)
	}
	expectText(t, readText(t, smallPolicy(), language.English), nil, []string{"public"})
}

func TestRedressRegulatorRegion(t *testing.T) {
	de := language.MustParseRegion("DE")
	hamburg := policy.Contact{Name: "Hamburg Commissioner for Data Protection", Website: "https://datenschutz-hamburg.example"}
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	p.Redress = []policy.Redress{{Kind: policy.RedressRegulator, Region: de, Contact: hamburg}}
	// A regulator has jurisdiction over the service, not over users in a
	// place.
	expectText(t, readText(t, p, language.English),
		[]string{"A regulator with jurisdiction over us: Hamburg Commissioner for Data Protection, https://datenschutz-hamburg.example (competent for us in Germany)."},
		[]string{"for users in"})
	expectText(t, readText(t, p, language.Russian), []string{"(компетентный в отношении нас орган на территории Германии)"}, []string{"для пользователей из"})

	// A supervisory authority is listed with those the laws name.
	p.Redress[0].Kind = policy.RedressSupervisoryAuthority
	text := readText(t, p, language.English)
	expectText(t, text, []string{
		"You may lodge a complaint with these authorities: 6.2.1. The data protection supervisory authority of the EU member state where you live or work, or where the alleged infringement took place. " +
			"6.2.2. Hamburg Commissioner for Data Protection, https://datenschutz-hamburg.example (competent for us in Germany).",
	}, []string{"You may also take a complaint to", "for users in"})
}

// TestGroundlessWording checks the words of a document under the CCPA
// alone, which rests processing on no legal ground and calls the
// controller a business, against those of the same policy under the
// GDPR; and that the end of retention speaks of withdrawn consent only
// where a purpose rests on consent.
func TestGroundlessWording(t *testing.T) {
	p := ccpaPolicy()
	p.Purposes[0].Retention = policy.Keep(policy.Years(1), policy.EventCollection)
	ccpa := []string{
		"what data we process, for what purposes, and how we protect it.",
		"The business responsible for your data is Acme",
		"“personal data” (“personal information” in California law) means information that identifies, relates to, describes",
		"You may file a complaint with: 5.2.1. The California Privacy Protection Agency",
		"When a retention period ends, we delete the data.",
	}
	gdpr := []string{
		"for what purposes, on what grounds, and how we protect it.",
		"The controller of your data is Acme",
		"“personal data” means any information relating to an identified or identifiable natural person",
		"You may lodge a complaint with these authorities:",
	}
	expectText(t, readText(t, p, language.English), ccpa, append(gdpr, "withdraw consent on which processing rests"))
	expectText(t, readText(t, p, language.Russian), []string{
		"в каких целях и как мы их защищаем",
		"Компанией, ответственной за ваши данные, является",
		"(«личной информацией» по законодательству Калифорнии)",
		"Вы можете подать жалобу в следующие органы:",
	}, []string{"на каких основаниях", "Контролёром"})

	// A ground some purposes state under the CCPA alone does not say the
	// others lack one.
	p.Purposes = append(p.Purposes, &policy.Purpose{ID: "texts", Name: "Text messages", Categories: p.Categories[:1],
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by replying STOP"})
	expectText(t, readText(t, p, language.English),
		[]string{"The laws that apply to us do not require a legal ground for each purpose; some of our purposes rest on the following: 4.1.1. Your consent"},
		[]string{"We process personal data on one or more of the following legal grounds"})
	expectText(t, readText(t, p, language.Russian), []string{"Применимые к нам законы не требуют правового основания для каждой цели"}, nil)
	p.Purposes = p.Purposes[:1]

	p.Laws = []policy.Law{policy.GDPR, policy.CCPA}
	p.Purposes[0].Bases = []policy.Basis{policy.BasisContract}
	p.Purposes[0].Required = "needed to fill orders"
	expectText(t, readText(t, p, language.English), append(gdpr, "We process personal data on one or more of the following legal grounds:"), append(ccpa[:4], "do not require a legal ground"))

	p.Purposes[0].Bases = []policy.Basis{policy.BasisConsent}
	p.Purposes[0].Withdraw = "in the settings"
	expectText(t, readText(t, p, language.English), []string{"When a retention period ends, or when you withdraw consent on which processing rests"}, nil)
}

// TestDeadlinesOfLawsTogether checks that laws giving the same time to
// answer a request share one sentence, and laws giving different times
// keep their own.
func TestDeadlinesOfLawsTogether(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR, policy.UKGDPR}
	text := readText(t, p, language.English)
	expectText(t, text, []string{"Under the GDPR and the UK GDPR (Art. 12(3)), we answer within 1 month of receiving a request, and may extend this by 2 months"},
		[]string{"Under the GDPR (Art. 12(3))", "Under UK GDPR"})
	if n := strings.Count(text, "we answer within"); n != 1 {
		t.Errorf("%d sentences on the time to answer, want 1:\n%s", n, text)
	}
	expectText(t, readText(t, p, language.Russian), []string{"В соответствии с положениями GDPR и UK GDPR (п. 3 ст. 12) мы отвечаем на запрос не позднее чем через 1 месяц"}, nil)

	p.Laws = []policy.Law{policy.GDPR, policy.FZ152, policy.UKGDPR}
	text = readText(t, p, language.English)
	expectText(t, text, []string{"Under the GDPR and the UK GDPR (Art. 12(3)), we answer within 1 month", "Under Federal Law No. 152-FZ (Art. 14(3), 20(1)), we answer within 10 working days"}, nil)
}

// TestDPONamedByRole checks that a DPO declared by the role's name alone
// is not named twice, and that a DPO with a name of their own is named.
func TestDPONamedByRole(t *testing.T) {
	p := smallPolicy()
	p.DPO = &policy.Contact{Name: "Data Protection Officer", Email: "dpo@acme.example"}
	expectText(t, readText(t, p, language.English), []string{"Our data protection officer: dpo@acme.example."}, []string{"officer: Data Protection Officer"})
	p.DPO.Name = "Jane Doe"
	expectText(t, readText(t, p, language.English), []string{"Our data protection officer: Jane Doe, dpo@acme.example."}, nil)
}

// TestAcknowledgementOnlyDeclared checks that the document says that using
// the services confirms reading the policy only where the policy declares
// it, after the library's introduction or after the policy's own.
func TestAcknowledgementOnlyDeclared(t *testing.T) {
	const en = "By using our services, you confirm that you have read this Policy"
	const ru = "Используя наши сервисы, вы подтверждаете"
	for _, own := range []bool{false, true} {
		p := smallPolicy()
		if own {
			p.Introduction = []string{"Welcome to Acme."}
		}
		expectText(t, readText(t, p, language.English), nil, []string{en})
		expectText(t, readText(t, p, language.Russian), nil, []string{ru})
		p.Acknowledgement = true
		text := readText(t, p, language.English)
		expectText(t, text, []string{en}, nil)
		if i, j := strings.Index(text, en), strings.Index(text, "At a glance"); i > j {
			t.Errorf("the acknowledgement comes after the summary:\n%s", text)
		}
		if own && strings.Index(text, "Welcome to Acme.") > strings.Index(text, en) {
			t.Errorf("the acknowledgement comes before the introduction:\n%s", text)
		}
		expectText(t, readText(t, p, language.Russian), []string{ru}, nil)
	}
}

// TestRightToKnowStatesWhatIsDeclared checks that the right to know names
// selling and sharing only where the CCPA notice declares them.
func TestRightToKnowStatesWhatIsDeclared(t *testing.T) {
	const lead = "To know what personal information we "
	for _, tt := range []struct {
		sold, shared policy.Answer
		want, ru     string
	}{
		{policy.AnswerNo, policy.AnswerNo, "collect, use and disclose.", "собираем, используем и раскрываем."},
		{0, 0, "collect, use and disclose.", "собираем, используем и раскрываем."},
		{policy.AnswerYes, policy.AnswerNo, "collect, use, disclose and sell.", "раскрываем и продаём."},
		{policy.AnswerNo, policy.AnswerYes, "collect, use, disclose and share.", "раскрываем, а также передаём для межконтекстной поведенческой рекламы."},
		{policy.AnswerYes, policy.AnswerYes, "collect, use, disclose, sell and share.", "продаём, а также передаём для межконтекстной поведенческой рекламы."},
	} {
		p := ccpaPolicy()
		p.CCPA.Sold, p.CCPA.Shared = tt.sold, tt.shared
		p.Rights = []policy.Right{{Kind: policy.RightKnow}}
		expectText(t, readText(t, p, language.English), []string{lead + tt.want}, nil)
		expectText(t, readText(t, p, language.Russian), []string{tt.ru}, nil)
	}
}

// TestLegalActs checks the acts the processing rests on: listed before
// the grounds of the purposes, each once, with its jurisdiction only where
// the acts name more than one.
func TestLegalActs(t *testing.T) {
	p := smallPolicy()
	ru := language.MustParseRegion("RU")
	expectText(t, readText(t, p, language.English), nil, []string{"following laws and other acts"})
	p.LegalActs = []policy.Obligation{
		{Act: "Constitution of the Russian Federation", Region: ru},
		{Act: "Civil Code of the Russian Federation", Region: ru},
		{Act: "the company's charter"},
	}
	text := readText(t, p, language.English)
	expectText(t, text, []string{
		"4.1. We process personal data on the basis of the following laws and other acts: " +
			"4.1.1. Constitution of the Russian Federation. 4.1.2. Civil Code of the Russian Federation. 4.1.3. The company's charter. " +
			"4.2. We process personal data on one or more of the following legal grounds:",
	}, []string{"(Russia)"})
	expectText(t, readText(t, p, language.Russian), []string{"Мы обрабатываем персональные данные на основании следующих законов и иных актов:"}, nil)

	// Acts of two jurisdictions: each is named, except where the act's
	// own name names it.
	p.LegalActs = append(p.LegalActs, policy.Obligation{Act: "Accounting Act", Region: language.MustParseRegion("FI")},
		policy.Obligation{Act: "Federal Law No. 402-FZ “On Accounting”", Region: ru})
	expectText(t, readText(t, p, language.English), []string{"Civil Code of the Russian Federation.", "Accounting Act (Finland).",
		"Federal Law No. 402-FZ “On Accounting” (Russia)."}, []string{"Federation (Russia)"})
}

// TestGroundsInTheWordsOfTheLaw checks that the grounds of contract and
// legitimate interests read as the first declared law words them.
func TestGroundsInTheWordsOfTheLaw(t *testing.T) {
	const (
		fzContract   = "The need to perform a contract to which you are a party, beneficiary or guarantor, or to conclude one at your initiative"
		gdprContract = "The need to perform a contract with you, or to take steps at your request before entering into one"
		gdprInterest = "except where they are overridden by your interests or fundamental rights and freedoms"
		bothContract = "The need to perform a contract to which you are a party, or to conclude one at your request"
		bothInterest = "provided that this does not violate your rights and freedoms and that those interests are not overridden by your interests or fundamental rights and freedoms"
	)
	for _, tt := range []struct {
		laws      []policy.Law
		want, not []string
	}{
		{[]policy.Law{policy.GDPR}, []string{gdprContract, gdprInterest}, []string{fzContract}},
		{[]policy.Law{policy.UKGDPR}, []string{gdprContract, gdprInterest}, []string{fzContract}},
		{[]policy.Law{policy.FZ152}, []string{fzContract, "provided that this does not violate your rights and freedoms"}, []string{gdprContract}},
		// Under both, in either order, words that meet both laws'
		// conditions, not the first declared law's.
		{[]policy.Law{policy.FZ152, policy.GDPR}, []string{bothContract, bothInterest}, []string{fzContract, gdprContract}},
		{[]policy.Law{policy.GDPR, policy.FZ152}, []string{bothContract, bothInterest}, []string{fzContract, gdprContract}},
	} {
		p := smallPolicy()
		p.Laws = tt.laws
		p.Purposes[1].Bases = []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}
		p.Purposes[1].Interest = "keeping accounts"
		expectText(t, readText(t, p, language.English), tt.want, tt.not)
	}
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	expectText(t, readText(t, p, language.Russian), []string{"Необходимость исполнения договора с вами или принятия мер по вашему запросу до его заключения"}, nil)
}

func TestRetentionEndAsDeclared(t *testing.T) {
	const (
		deleteEN     = "When a retention period ends, or when you withdraw consent on which processing rests and no other ground applies, we delete the data."
		anonymiseEN  = "When a retention period ends, or when you withdraw consent on which processing rests and no other ground applies, we anonymise the data so that it can no longer be linked to you."
		eitherEN     = "we delete the data or anonymise it so that it can no longer be linked to you."
		deleteRU     = "если иных оснований нет, мы удаляем данные."
		anonymiseRU  = "если иных оснований нет, мы обезличиваем данные так, что их больше нельзя связать с вами."
		eitherRU     = "мы удаляем данные или обезличиваем их так"
		retentionEnd = "When a retention period ends"
	)
	// Every rule ends in deletion: nothing is said of anonymisation.
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), []string{deleteEN}, []string{"anonymise"})
	expectText(t, readText(t, p, language.Russian), []string{deleteRU}, []string{"обезличива"})

	// Every rule ends in anonymisation: nothing is said of deletion.
	p.Categories[0].Retention = p.Categories[0].Retention.ThenAnonymise()
	expectText(t, readText(t, p, language.English), []string{anonymiseEN}, []string{"we delete"})
	expectText(t, readText(t, p, language.Russian), []string{anonymiseRU}, []string{"мы удаляем"})

	// A deletion that removes data adds deletion.
	p.Deletion = []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}}}
	expectText(t, readText(t, p, language.English), []string{eitherEN}, nil)
	expectText(t, readText(t, p, language.Russian), []string{eitherRU}, nil)

	// Without consent, and under 152-FZ, data is destroyed.
	p = smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	for _, pu := range p.Purposes {
		pu.Bases = []policy.Basis{policy.BasisContract}
	}
	expectText(t, readText(t, p, language.English), []string{"When a retention period ends, we destroy the data."}, []string{"anonymise"})
	expectText(t, readText(t, p, language.Russian), []string{"По истечении срока хранения мы уничтожаем данные."}, []string{"обезличива"})

	// Data kept without a time limit is not removed: the clause is left out.
	p.Categories[0].Retention = policy.Indefinitely()
	expectText(t, readText(t, p, language.English), []string{"without a time limit"}, []string{retentionEnd})
}

// TestIdentityVerificationOnce checks that the document says how it
// verifies a requester where the policy declares it, and then states no
// law's provision on verification besides.
func TestIdentityVerificationOnce(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	p.Rights = []policy.Right{{Kind: policy.RightAccess}}
	p.Requests.Verification = []policy.Verification{policy.VerificationSignedIn}
	expectText(t, readText(t, p, language.English),
		[]string{"When you make a request, we verify your identity by asking you to sign in to your account."},
		[]string{"reasonable doubts", "confirm your identity", "your signing in"})
	expectText(t, readText(t, p, language.Russian),
		[]string{"Чтобы убедиться, что запрос направили именно вы, мы предлагаем вам войти в свою учётную запись."}, []string{"обоснованные сомнения", "подтвердить личность"})
}

// TestIdentityVerificationByLaw checks that, where the policy declares no
// way of verifying a requester, the document states what each declared
// law provides on it, in the law's terms, and nothing where no declared
// law provides anything: the old general sentence ("We may ask you to
// confirm your identity before acting on a request.") is gone.
func TestIdentityVerificationByLaw(t *testing.T) {
	const (
		oldEN = "We may ask you to confirm your identity"
		oldRU = "мы можем попросить вас подтвердить личность"
		gdpr  = "where we have reasonable doubts about the identity of the person making a request, we may ask for additional information to confirm it."
		gdprR = "если у нас есть обоснованные сомнения в личности того, кто направил запрос, мы можем запросить дополнительную информацию, необходимую для её подтверждения."
		ccpa  = "we verify that the person making a request to know, delete or correct personal information is the consumer it concerns"
		ccpaR = "мы проверяем, что запрос на получение сведений, удаление или исправление персональной информации направил тот потребитель, которого она касается"
	)
	for _, tt := range []struct {
		name   string
		laws   []policy.Law
		en, ru []string
		notEN  []string
		notRU  []string
	}{
		{"no law", nil, nil, nil, []string{gdpr, ccpa, oldEN}, []string{gdprR, oldRU}},
		{"152-FZ", []policy.Law{policy.FZ152}, nil, nil, []string{gdpr, ccpa, oldEN}, []string{gdprR, ccpaR, oldRU}},
		{"GDPR", []policy.Law{policy.GDPR}, []string{"Under the GDPR (Art. 12(6)), " + gdpr}, []string{gdprR}, []string{ccpa, oldEN}, []string{oldRU}},
		{"GDPR and UK GDPR", []policy.Law{policy.GDPR, policy.UKGDPR}, []string{"Under the GDPR and the UK GDPR (Art. 12(6)), " + gdpr}, []string{gdprR}, []string{oldEN}, []string{oldRU}},
		{"CCPA", []policy.Law{policy.CCPA}, []string{"(Cal. Code Regs. tit. 11, § 7060), " + ccpa}, []string{"(§ 7060 раздела 11 Свода нормативных актов Калифорнии) " + ccpaR}, []string{gdpr, oldEN}, []string{oldRU}},
		{"FADP", []policy.Law{policy.FADP}, []string{"we take appropriate measures to identify the person making a request."}, []string{"Ордонанса о защите данных Швейцарии) мы принимаем надлежащие меры"}, []string{gdpr, oldEN}, []string{oldRU}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Laws = tt.laws
			p.Rights = []policy.Right{{Kind: policy.RightAccess}}
			expectText(t, readText(t, p, language.English), tt.en, tt.notEN)
			expectText(t, readText(t, p, language.Russian), tt.ru, tt.notRU)
		})
	}
}

// TestChangesEffectAsDeclared checks that the document says a new
// version takes effect when it is posted only where Changes declares it.
func TestChangesEffectAsDeclared(t *testing.T) {
	const (
		en = "A new version takes effect when it is posted, unless the new version provides otherwise."
		ru = "Новая редакция вступает в силу с момента её размещения, если иное не предусмотрено новой редакцией."
	)
	p := smallPolicy()
	p.Changes = policy.Changes{}
	expectText(t, readText(t, p, language.English), nil, []string{"takes effect", "Changes to this Policy"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"вступает в силу с момента"})

	p.Changes.EffectiveOnPosting = true
	expectText(t, readText(t, p, language.English), []string{"Changes to this Policy", en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru}, nil)

	// A notice period replaces it.
	p.Changes = policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, Notice: policy.Days(30)}
	expectText(t, readText(t, p, language.English), []string{"at least 30 days before they take effect. A new version takes effect on the date it states."}, []string{en})
}

// TestSuspensionAsDeclared checks the statement of what a purpose may
// block or suspend, and how the decision is contested, in English and in
// Russian, each part only where declared.
func TestSuspensionAsDeclared(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	expectText(t, readText(t, p, language.English), nil, []string{"We may block", "contest"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"заблокировать", "Оспорить"})

	p.Purposes[1].Suspension = policy.Suspension{
		Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
		Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnauthorised, policy.SuspensionGroundFraud},
		Contest: "by calling us or in the app",
	}
	expectText(t, readText(t, p, language.English), []string{
		"We may block your card, suspend a payment or transfer, or suspend your remote access to the service where we suspect a payment you did not authorise or fraud.",
		"You can contest the decision by calling us or in the app.",
	}, []string{"automated system", "member of our staff", "form at", "up to"})
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы можем заблокировать вашу карту, приостановить платёж или перевод либо приостановить ваш дистанционный доступ к сервису, если подозреваем несанкционированный платёж или мошенничество.",
		"Как оспорить решение: by calling us or in the app.", // the service's own words, untranslated in this test
	}, []string{"автоматизированная система", "сотрудник"})

	p.Purposes[1].Suspension = policy.Suspension{
		Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
		Automated: policy.AnswerYes, ContestURL: "https://acme.example/appeal", ContestWithin: policy.Days(30), HumanReview: true,
	}
	expectText(t, readText(t, p, language.English), []string{
		"We may block your account where we suspect abuse of the service or a breach of its terms. An automated system takes this decision.",
		"You can contest the decision with our form at https://acme.example/appeal. You can contest it up to 30 days after you are told of the decision.",
		"A member of our staff, not an automated system, reviews your objection.",
	}, []string{"also contest"})
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы можем заблокировать вашу учётную запись, если подозреваем злоупотребление сервисом или нарушение его условий. Такое решение принимает автоматизированная система.",
		"Оспорить решение можно с помощью формы на странице https://acme.example/appeal. Оспорить решение можно не позднее чем через 30 дней после того, как вы узнали о нём.",
		"Ваше возражение рассматривает наш сотрудник, а не автоматизированная система.",
	}, nil)

	p.Purposes[1].Suspension.Automated = policy.AnswerNo
	expectText(t, readText(t, p, language.English), []string{"A member of our staff takes this decision."}, []string{"An automated system takes"})
	expectText(t, readText(t, p, language.Russian), []string{"Такое решение принимает наш сотрудник."}, nil)
}

// TestImageConsentAsDeclared checks the statement that photos and
// recordings of a person are published only with their consent, citing
// the Civil Code of the Russian Federation under 152-FZ.
func TestImageConsentAsDeclared(t *testing.T) {
	const (
		en = "We publish or show to others photos and recordings in which you appear only with your consent to the use of your image"
		ru = "Фотографии и записи, на которых вы изображены, мы публикуем и показываем другим лицам только с вашего согласия на использование вашего изображения"
	)
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	expectText(t, readText(t, p, language.English), nil, []string{en})
	expectText(t, readText(t, p, language.Russian), nil, []string{ru})

	p.Purposes[0].ImageConsent = true
	expectText(t, readText(t, p, language.English), []string{en + "."}, []string{"152.1"})
	expectText(t, readText(t, p, language.Russian), []string{ru + "."}, []string{"152.1"})

	p.Laws = []policy.Law{policy.FZ152}
	expectText(t, readText(t, p, language.English), []string{en + " (Article 152.1 of the Civil Code of the Russian Federation)."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru + " (статья 152.1 Гражданского кодекса Российской Федерации)."}, nil)
}

// TestDeletionStagesAsDeclared checks that a deletion of one stage is not
// said to happen in stages, and that a deletion's note is part of its
// clause rather than numbered as a stage.
func TestDeletionStagesAsDeclared(t *testing.T) {
	p := smallPolicy()
	p.Deletion = []policy.Deletion{{From: policy.EventDeletionRequest, LegalHold: true, Note: "Destruction is recorded in a certificate.",
		Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}}}
	doc := mustCompose(t, p, Options{})
	var cl *Clause
	for _, s := range doc.Sections {
		for _, c := range s.Clauses {
			if c.ID == anchor(kindDeletion, "1") {
				cl = c
			}
		}
	}
	if cl == nil {
		t.Fatal("no clause for the deletion")
	}
	if len(cl.Clauses) != 0 {
		t.Errorf("a deletion of one stage has %d sub-clauses, want none", len(cl.Clauses))
	}
	expectText(t, readText(t, p, language.English), []string{
		"After your request for deletion, we remove your data. It is removed from our live systems within 30 days. " +
			"Data subject to a legal hold is kept until the hold ends; removal then runs from the end of the hold. " +
			"Destruction is recorded in a certificate.",
	}, []string{"in stages", "each counted", "the stages then run"})
	expectText(t, readText(t, p, language.Russian), []string{"мы удаляем ваши данные.", "срок удаления отсчитывается от его снятия."},
		[]string{"поэтапно", "этапа", "этапы"})

	// Several stages: the note is in the clause, each stage a sub-clause.
	p.Deletion[0].Stages = append(p.Deletion[0].Stages, policy.Stage{Removal: policy.RemovalBackups, Within: policy.Days(60)})
	doc = mustCompose(t, p, Options{})
	for _, s := range doc.Sections {
		for _, c := range s.Clauses {
			if c.ID != anchor(kindDeletion, "1") {
				continue
			}
			if len(c.Clauses) != 2 {
				t.Errorf("a deletion of two stages has %d sub-clauses, want 2", len(c.Clauses))
			}
			if got := c.Text.String(); !strings.Contains(got, "Destruction is recorded in a certificate. Each stage is counted from the end of the one before:") {
				t.Errorf("clause text %q lacks the note before the stages", got)
			}
		}
	}
	expectText(t, readText(t, p, language.Russian), []string{
		"мы поэтапно удаляем ваши данные. Общий срок удаления не превышает 90 дней.",
		"Срок каждого этапа отсчитывается от окончания предыдущего:",
	}, nil)
}

// TestAutomatedDecisionRightByPurposes checks that where a purpose declares
// automated decisions, the right is worded as the safeguards of GDPR
// Art. 22(3), and otherwise as the right not to be subject to them.
func TestAutomatedDecisionRightByPurposes(t *testing.T) {
	const (
		notEN        = "Not to be subject to a decision based solely on automated processing that significantly affects you."
		safeguardsEN = "To obtain human intervention in a decision based solely on automated processing that significantly affects you, to express your point of view and to contest the decision."
		notRU        = "Не быть объектом решения"
		safeguardsRU = "На участие человека в принятии решения, основанного исключительно на автоматизированной обработке и существенно затрагивающего вас, на выражение своей точки зрения и на оспаривание такого решения."
	)
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	p.Rights = []policy.Right{{Kind: policy.RightNoAutomatedDecision}}
	expectText(t, readText(t, p, language.English), []string{notEN}, []string{"human intervention"})
	expectText(t, readText(t, p, language.Russian), []string{notRU}, []string{"участие человека"})

	p.Purposes[1].Automated = "we score each order for fraud and may refuse it"
	expectText(t, readText(t, p, language.English), []string{safeguardsEN}, []string{notEN})
	expectText(t, readText(t, p, language.Russian), []string{safeguardsRU}, []string{notRU})

	// The right takes the purpose's declaration as its source.
	doc := mustCompose(t, p, Options{})
	for _, s := range doc.Sections {
		for _, c := range s.Clauses {
			for _, r := range c.Clauses {
				if r.ID != anchor(kindRight, policy.RightNoAutomatedDecision.String()) {
					continue
				}
				if !slices.ContainsFunc(r.Sources, func(s Source) bool { return s.Path() == "purposes[billing].automated" }) {
					t.Errorf("the right's sources %v lack purposes[billing].automated", r.Sources)
				}
				return
			}
		}
	}
	t.Error("no clause for the right")
}

// TestCCPARequestMethodsAsAlternatives checks that the ways to submit a
// request are joined as alternatives.
func TestCCPARequestMethodsAsAlternatives(t *testing.T) {
	p := ccpaPolicy()
	p.CCPA.RequestMethods = []string{"the privacy web form", "the toll-free number"}
	expectText(t, readText(t, p, language.English),
		[]string{"by any of these methods: the privacy web form or the toll-free number."}, []string{"form and the"})
	expectText(t, readText(t, p, language.Russian),
		[]string{"любым из следующих способов: the privacy web form или the toll-free number."}, []string{"form и the"})
}

// TestRightsUnder152FZ checks that a policy under 152-FZ alone states the
// rights of access and objection as 152-FZ grants them, and one under the
// GDPR too as the GDPR does.
func TestRightsUnder152FZ(t *testing.T) {
	const (
		info   = "To receive information about the processing of your personal data, including the data we hold and where we obtained it."
		stop   = "To have us stop processing your personal data to promote goods and services by contacting you directly."
		copyOf = "To access your personal data and receive a copy of it."
	)
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	p.Rights = []policy.Right{{Kind: policy.RightAccess}, {Kind: policy.RightObjection}}
	expectText(t, readText(t, p, language.English), []string{info, stop}, []string{copyOf, "legitimate interests, and"})
	expectText(t, readText(t, p, language.Russian), []string{"На получение сведений, касающихся обработки ваших персональных данных",
		"На прекращение по вашему требованию обработки ваших персональных данных в целях продвижения товаров, работ, услуг"}, nil)
	p.Laws = []policy.Law{policy.FZ152, policy.GDPR}
	expectText(t, readText(t, p, language.English), []string{copyOf}, []string{info, stop})
}

// TestDefinitions checks the terms of 152-FZ Art. 3 a policy defines:
// none unless declared, each once, in the order of the article.
func TestDefinitions(t *testing.T) {
	const lead = "In this Policy, the following terms have the meanings that Art. 3 of Federal Law No. 152-FZ “On Personal Data” gives them:"
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	expectText(t, readText(t, p, language.English), nil, []string{lead})
	p.Definitions = []policy.Definition{policy.DefinitionDepersonalisation, policy.DefinitionOperator, policy.DefinitionDepersonalisation}
	text := readText(t, p, language.English)
	expectText(t, text, []string{lead + " 1.3.1. “Operator” means a state or municipal body",
		"1.3.2. “Depersonalisation of personal data” means actions after which personal data can no longer be attributed"}, []string{"1.3.3."})
	expectText(t, readText(t, p, language.Russian), []string{
		"в значениях, установленных статьёй 3 Федерального закона № 152-ФЗ «О персональных данных»:",
		"Оператор — государственный орган, муниципальный орган, юридическое или физическое лицо",
		"Обезличивание персональных данных — действия, в результате которых становится невозможным",
	}, nil)
}

// TestSummaryGroundsOfSpecialData checks that the summary states a
// condition for special categories (here explicit consent, GDPR Art.
// 9(2)(a)) only beside special data: a purpose that uses a profile and
// the sexual orientation a member adds rests on consent for the profile
// and on explicit consent for the orientation, and the profile's row does
// not read as resting on explicit consent.
func TestSummaryGroundsOfSpecialData(t *testing.T) {
	profile := &policy.Category{ID: "profile", Name: "Profile", Items: []string{"name"}, Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	orientation := &policy.Category{ID: "orientation", Name: "Sexual orientation", Items: []string{"sexual orientation"}, Sensitivity: policy.SensitivitySpecial,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	only := &policy.Category{ID: "only", Name: "Badge", Items: []string{"badge"}, Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Acme", Email: "privacy@acme.example"}},
		Laws:       []policy.Law{policy.GDPR},
		Categories: []*policy.Category{profile, orientation, only},
		Purposes: []*policy.Purpose{
			{ID: "show", Name: "Showing your profile", Categories: []*policy.Category{profile, orientation},
				Bases: []policy.Basis{policy.BasisConsent, policy.BasisExplicitConsent}, Withdraw: "in the settings"},
			// A purpose declaring only the special condition for
			// other data is a finding of Validate; its row still
			// names the ground declared.
			{ID: "badge", Name: "Badge", Categories: []*policy.Category{only},
				Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in the settings"},
		},
	}
	for _, lang := range []language.Tag{language.English, language.Russian} {
		opts := Options{Language: lang}
		if lang != language.English {
			opts.Translations = markedCatalog(t, p, lang, func(s string) string { return s }, "")
		}
		rows := mustCompose(t, p, opts).Summary.Rows
		if len(rows) != 3 {
			t.Fatalf("%v: %d summary rows, want 3", lang, len(rows))
		}
		profileRow, orientationRow, onlyRow := rows[0][2].String(), rows[1][2].String(), rows[2][2].String()
		if n := strings.Count(profileRow, ";"); n != 0 {
			t.Errorf("%v: profile grounds = %q, want consent alone", lang, profileRow)
		}
		if n := strings.Count(orientationRow, ";"); n != 1 {
			t.Errorf("%v: orientation grounds = %q, want consent and explicit consent", lang, orientationRow)
		}
		if onlyRow == "" {
			t.Errorf("%v: the row of data whose one ground is a special condition is empty", lang)
		}
		if lang == language.English {
			if profileRow != "consent (3.1.1)" || orientationRow != "consent (3.1.1); explicit consent (3.1.1)" || onlyRow != "explicit consent (3.1.2)" {
				t.Errorf("grounds = %q, %q, %q", profileRow, orientationRow, onlyRow)
			}
		}
	}
}

// TestProperNameCategoryKeepsCase checks that a category named by a proper
// name of several capitalised words keeps its capitals mid-sentence, while
// an ordinary name is lower-cased.
func TestProperNameCategoryKeepsCase(t *testing.T) {
	for _, tt := range []struct {
		name, want, not string
	}{
		{"Prime Video and content use", "Data used: Prime Video and content use.", "prime Video"},
		{"Google Account information", "Data used: Google Account information.", "google Account"},
		{"Email address", "Data used: email address.", "Data used: Email address."},
		{"IP address", "Data used: IP address.", "iP address"},
		{"English test results", "Data used: English test results.", "english test"},
		{"Russian passport details", "Data used: Russian passport details.", "russian passport"},
	} {
		p := smallPolicy()
		p.Categories[0].Name = tt.name
		expectText(t, readText(t, p, language.English), []string{tt.want}, []string{tt.not})
	}
}

// TestTransferNoticeNamesRoskomnadzor checks that the notice of a
// cross-border transfer that 152-FZ governs is said to have gone to
// Roskomnadzor (Art. 12(3)), as the register clause says, and not to "the
// supervisory authority" of the GDPR's wording; a transfer under another
// law keeps the general words.
func TestTransferNoticeNamesRoskomnadzor(t *testing.T) {
	kz := language.MustParseRegion("KZ")
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	p.Transfers = []policy.Transfer{{Destination: kz, Categories: p.Categories, Safeguard: policy.SafeguardAdequacy, Notified: policy.MakeDate(2023, time.February, 28)}}
	expectText(t, readText(t, p, language.English), []string{"We notified Roskomnadzor of our intention to make this cross-border transfer on 28 February 2023."},
		[]string{"supervisory authority of our intention"})
	expectText(t, readText(t, p, language.Russian), []string{"Уведомление о намерении осуществлять эту трансграничную передачу направлено нами в Роскомнадзор 28 февраля 2023 г."},
		[]string{"уполномоченный орган о намерении"})

	// Notified on a day the policy does not give.
	p.Transfers[0].Notified, p.Transfers[0].NoticeGiven = policy.Date{}, true
	expectText(t, readText(t, p, language.English), []string{"We notified Roskomnadzor of our intention to make this cross-border transfer before making it."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"До начала этой трансграничной передачи мы уведомили Роскомнадзор о намерении её осуществлять."}, nil)
	p.Transfers[0].Notified = policy.MakeDate(2023, time.February, 28)

	// From the EU, under the GDPR beside 152-FZ, the GDPR alone governs
	// the transfer.
	p.Laws = []policy.Law{policy.GDPR, policy.FZ152}
	p.Transfers[0].Origin = language.MustParseRegion("EU")
	expectText(t, readText(t, p, language.English), []string{"We notified the supervisory authority of our intention to make this transfer on 28 February 2023."},
		[]string{"Roskomnadzor of our intention to make"})
}

// TestDisseminationConsentAsDeclared checks that data made public is said
// to be made so only on a separate consent to its dissemination (152-FZ
// Art. 10.1) where the category declares it, and not otherwise.
func TestDisseminationConsentAsDeclared(t *testing.T) {
	const (
		en = "We make it public only with your consent to its dissemination, which you give separately from any other consent"
		ru = "Мы делаем их общедоступными только с вашего согласия на распространение, которое оформляется отдельно от иных согласий"
	)
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	p.Categories[0].Visibility = policy.VisibilityOptional
	expectText(t, readText(t, p, language.English), []string{"You can choose to make this data public"}, []string{en})
	expectText(t, readText(t, p, language.Russian), []string{"Вы можете сделать эти данные доступными неограниченному кругу лиц"}, []string{ru})

	p.Categories[0].DisseminationConsent = true
	expectText(t, readText(t, p, language.English), []string{en + "; in it you may forbid others to process the data or set conditions for its processing. You may demand at any time that we stop disseminating it."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru + "; в нём вы вправе установить запреты и условия обработки этих данных неограниченным кругом лиц. В любой момент вы можете потребовать прекратить их распространение."}, nil)

	// Data that never becomes public is not said to be made public.
	p.Categories[0].Visibility = 0
	expectText(t, readText(t, p, language.English), nil, []string{en, "public"})
}

// TestCookieProviderRussian checks that the Russian cookie table calls a
// third-party cookie's provider a third-party service, not a «третье
// лицо», the legal role 152-FZ gives to recipients that are not processors:
// the same provider may be a processor in the recipients section.
func TestCookieProviderRussian(t *testing.T) {
	p := smallPolicy()
	p.Recipients = append(p.Recipients, &policy.Recipient{ID: "metrica", Name: "Metrica", Role: policy.RoleProcessor, Categories: p.Categories[:1]})
	p.Cookies = []policy.Cookie{
		{ID: "m", Name: "_ym_uid", Party: policy.PartyThird, Provider: p.Recipients[len(p.Recipients)-1], Purpose: p.Purposes[0],
			Categories: p.Categories[:1], Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		{ID: "x", Name: "x", Party: policy.PartyThird, Purpose: p.Purposes[0], Categories: p.Categories[:1], Lifetime: policy.SessionOnly(), Consent: policy.CookieConsentOptIn},
	}
	expectText(t, readText(t, p, language.Russian), []string{"Metrica (сторонний сервис)", "Кем устанавливается: сторонним сервисом"}, []string{"(третье лицо)", "третьим лицом"})
	expectText(t, readText(t, p, language.English), []string{"Metrica (third party)", "Set by: a third party"}, nil)
}

// TestSecurityClauseWordedByLaw checks that the general clause on security
// measures speaks of technical and organisational measures, as GDPR
// Art. 32 and LGPD Art. 46 do, and keeps the legal measures and the list
// of unlawful actions of 152-FZ Art. 19(1) to a policy under that law.
func TestSecurityClauseWordedByLaw(t *testing.T) {
	const (
		general = "We take technical and organisational measures to protect data from unauthorised access and from accidental or unlawful destruction, loss, alteration or disclosure"
		fz152   = "We take the necessary legal, organisational and technical measures to protect data from unauthorised or accidental access, destruction, modification, blocking, copying, distribution and other unlawful actions"
	)
	for _, law := range []policy.Law{policy.GDPR, policy.LGPD, policy.CCPA} {
		p := smallPolicy()
		p.Laws = []policy.Law{law}
		p.Security = []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}}
		expectText(t, readText(t, p, language.English), []string{general}, []string{"legal, organisational and technical", "other unlawful actions"})
		expectText(t, readText(t, p, language.Russian), []string{"Мы принимаем технические и организационные меры для защиты данных от несанкционированного доступа"}, []string{"правовые"})
	}
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	p.Security = []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}}
	expectText(t, readText(t, p, language.English), []string{fz152}, []string{general})
}

// TestModelGeneratedAsDeclared checks that data a machine-learning model
// generates is said to be possibly inaccurate, and correctable or
// removable on request, where the category declares it, and not
// otherwise.
func TestModelGeneratedAsDeclared(t *testing.T) {
	const (
		en = "This data is generated by a machine-learning model and may contain inaccurate information about people. If it contains inaccurate personal data about you, you can ask us to correct it or, where correction is not technically feasible, to remove it."
		ru = "Эти данные создаются моделью машинного обучения и могут содержать неточные сведения о людях. Если в них содержатся неточные персональные данные о вас, вы вправе потребовать их исправления, а если исправление технически невозможно — их удаления."
	)
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{"machine-learning model", "inaccurate"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"моделью машинного обучения", "неточные"})

	p.Categories[0].ModelGenerated = true
	expectText(t, readText(t, p, language.English), []string{en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru}, nil)
}

// TestOptOutUnder152FZ checks that a purpose the user can stop, resting on
// a ground other than consent, is not said to be open to objection under
// 152-FZ alone, which gives the right to object only to direct marketing
// and to automated decisions; with the GDPR declared as well, it is.
func TestOptOutUnder152FZ(t *testing.T) {
	for _, tt := range []struct {
		name string
		laws []policy.Law
		lang language.Tag
		want string
		not  []string
	}{
		{"152-FZ", []policy.Law{policy.FZ152}, language.English, "You can opt out of this processing at any time.", []string{"object to this processing"}},
		{"152-FZ in Russian", []policy.Law{policy.FZ152}, language.Russian, "Вы можете в любой момент отказаться от такой обработки.", []string{"возразить против такой обработки"}},
		{"152-FZ and GDPR", []policy.Law{policy.FZ152, policy.GDPR}, language.English, "You can object to this processing or opt out of it at any time.", nil},
		{"GDPR", []policy.Law{policy.GDPR}, language.English, "You can object to this processing or opt out of it at any time.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Laws = tt.laws
			p.Purposes = p.Purposes[:1]
			pu := p.Purposes[0]
			pu.Bases, pu.Withdraw, pu.OptOut = []policy.Basis{policy.BasisPublicTask}, "", true
			expectText(t, readText(t, p, tt.lang), []string{tt.want}, tt.not)
		})
	}
}

// TestDeletionStartNamesWhose checks that a deletion counted from the
// user's last activity, from a request for deletion or from moving data
// to the trash says whose activity and what the request is for, since the
// sentence names no data before the event.
func TestDeletionStartNamesWhose(t *testing.T) {
	for _, tc := range []struct {
		from   policy.Event
		en, ru string
	}{
		{policy.EventLastActivity, "After your last activity in the service, we remove your data.", "После вашей последней активности в сервисе мы удаляем ваши данные."},
		{policy.EventDeletionRequest, "After your request for deletion, we remove your data.", "После получения вашего запроса на удаление мы удаляем ваши данные."},
		{policy.EventTrashed, "After you move data to the trash, we remove your data.", "После перемещения данных в корзину мы удаляем ваши данные."},
		{policy.EventAccountClosure, "After account closure, we remove your data.", ""},
	} {
		p := smallPolicy()
		p.Deletion = []policy.Deletion{{From: tc.from, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Years(3)}}}}
		expectText(t, readText(t, p, language.English), []string{tc.en}, []string{"After the last activity", "delete it,", "moving it"})
		if tc.ru != "" {
			expectText(t, readText(t, p, language.Russian), []string{tc.ru}, nil)
		}
	}
}

// TestOptOutSignalCoversTargetedAdvertising checks that an honoured opt-out
// preference signal is said to opt out of targeted advertising where the
// policy declares it under the US state laws, which apply the signal to
// it, and only there.
func TestOptOutSignalCoversTargetedAdvertising(t *testing.T) {
	const both = "from your browser as a request to opt out of the sale and sharing of your personal information and of targeted advertising."
	const sale = "from your browser as a request to opt out of the sale and sharing of your personal information."
	for _, tt := range []struct {
		name      string
		laws      []policy.Law
		targeted  policy.Answer
		want, not string
	}{
		{"state laws, targeted advertising", []policy.Law{policy.CCPA, policy.USStates}, policy.AnswerYes, both, sale},
		{"state laws, no targeted advertising", []policy.Law{policy.CCPA, policy.USStates}, policy.AnswerNo, sale, both},
		{"CCPA alone", []policy.Law{policy.CCPA}, policy.AnswerYes, sale, both},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := ccpaPolicy()
			p.Laws = tt.laws
			p.Signals.GlobalPrivacyControl = policy.AnswerYes
			p.USStates.TargetedAdvertising = tt.targeted
			expectText(t, readText(t, p, language.English), []string{tt.want}, []string{tt.not})
		})
	}
	p := ccpaPolicy()
	p.Laws = []policy.Law{policy.CCPA, policy.USStates}
	p.Signals.GlobalPrivacyControl = policy.AnswerYes
	p.USStates.TargetedAdvertising = policy.AnswerYes
	expectText(t, readText(t, p, language.Russian), []string{"а также от таргетированной рекламы."}, nil)
}

// TestTransferOriginOnlyWhereItSaysSomething checks that a transfer's
// origin is stated unless every declared law governs it and no transfer
// starts elsewhere, where it goes without saying.
func TestTransferOriginOnlyWhereItSaysSomething(t *testing.T) {
	const from = "from the United Kingdom"
	gb, eu, us := language.MustParseRegion("GB"), language.MustParseRegion("EU"), language.MustParseRegion("US")
	for _, tt := range []struct {
		name    string
		laws    []policy.Law
		origins []language.Region
		stated  bool
	}{
		{"UK GDPR alone", []policy.Law{policy.UKGDPR}, []language.Region{gb}, false},
		{"UK GDPR and GDPR", []policy.Law{policy.UKGDPR, policy.GDPR}, []language.Region{gb}, true},
		{"another origin", []policy.Law{policy.UKGDPR}, []language.Region{gb, eu}, true},
		{"no laws", nil, []language.Region{gb}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Laws = tt.laws
			p.Transfers = nil
			for i, o := range tt.origins {
				tr := policy.Transfer{Origin: o, Destination: us, Safeguard: policy.SafeguardStandardClauses, Categories: p.Categories}
				if i > 0 {
					tr.Safeguard = policy.SafeguardBindingCorporateRules
				}
				p.Transfers = append(p.Transfers, tr)
			}
			text := readText(t, p, language.English)
			if got := strings.Contains(text, from); got != tt.stated {
				t.Errorf("states %q: %v, want %v; text:\n%s", from, got, tt.stated, text)
			}
		})
	}
}

// TestParentRequestsAsDeclared checks that the document tells parents how
// to review and delete their child's data only where the policy says how,
// in English and in Russian, and that a service for adults only that
// says so keeps the title "Children".
func TestParentRequestsAsDeclared(t *testing.T) {
	const (
		en = "A parent or guardian may review the personal data we hold about their child, have it deleted and refuse its further collection or use. How: in the parental controls."
		ru = "Родитель или иной законный представитель ребёнка вправе ознакомиться с персональными данными ребёнка, которые мы обрабатываем, потребовать их удаления и отказаться от их дальнейшего сбора и использования. Порядок: in the parental controls."
	)
	p := smallPolicy()
	p.Children = policy.Children{MinimumAge: 13, ParentalConsent: true}
	expectText(t, readText(t, p, language.English), nil, []string{"A parent or guardian may review"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"Родитель или иной законный представитель ребёнка вправе"})

	p.Children.ParentRequests = "in the parental controls"
	expectText(t, readText(t, p, language.English), []string{en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru}, nil)

	p.Children = policy.Children{MinimumAge: 18, ParentRequests: "by writing to us"}
	expectText(t, readText(t, p, language.English), []string{"6. Children", "How: by writing to us."}, []string{"Age Restrictions"})
}

// TestRedressOmbudsman checks that the service's own ombudsman is listed
// among the bodies a complaint can go to, as the one that reviews what
// customer service did not resolve, in English and Russian.
func TestRedressOmbudsman(t *testing.T) {
	p := smallPolicy()
	p.Redress = []policy.Redress{{Kind: policy.RedressOmbudsman, Contact: policy.Contact{Name: "Ouvidoria", Phone: "0800 000 0000"}}}
	expectText(t, readText(t, p, language.English),
		[]string{"You may also take a complaint to: ", "Our ombudsman, for complaints our customer service did not resolve: Ouvidoria, 0800 000 0000."},
		[]string{"for users in"})
	expectText(t, readText(t, p, language.Russian),
		[]string{"К нашему омбудсмену — по жалобам, которые не решила служба поддержки: Ouvidoria"}, []string{"ombudsman"})
}
