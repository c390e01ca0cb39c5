package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// readText composes p in lang (English where lang is zero) and returns
// the plain text of the whole document, title, summary and tables
// included, with line breaks and runs of spaces collapsed.
func readText(t *testing.T, p *policy.Policy, lang language.Tag) string {
	t.Helper()
	opts := Options{Language: lang}
	if lang != language.Und && lang != language.English {
		opts.Translations = markedCatalog(t, p, lang, func(s string) string { return s }, "")
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, mustCompose(t, p, opts), TextOptions{}); err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(buf.String()), " ")
}

// expectText fails unless text holds each of want and none of not.
func expectText(t *testing.T, text string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("document lacks %q:\n%s", w, text)
		}
	}
	for _, n := range not {
		if strings.Contains(text, n) {
			t.Errorf("document states %q:\n%s", n, text)
		}
	}
}

func TestArticlesBeforeCountries(t *testing.T) {
	p := smallPolicy()
	us, eu, ru, br := language.MustParseRegion("US"), language.MustParseRegion("EU"), language.MustParseRegion("RU"), language.MustParseRegion("PT")
	p.Storage = []policy.Storage{{Location: us}, {Subjects: ru, Location: ru}}
	p.Categories[0].Storage = []policy.Storage{{Location: br}}
	p.Representatives = []policy.Representative{{Region: eu, Contact: policy.Contact{Name: "Acme BV", Email: "eu@acme.example"}}}
	expectText(t, readText(t, p, language.English), []string{
		"data of users in Russia is stored in Russia; the data of other users is stored in the United States.",
		"The data is stored in Portugal.",
		"Our representative in the European Union is Acme BV",
	}, []string{"stored in United States", "in European Union"})
	expectText(t, readText(t, p, language.Russian), []string{
		"данные пользователей из Российской Федерации хранятся на территории Российской Федерации; данные остальных пользователей хранятся на территории США.",
		"на территории Португалии",
		"Наш представитель на территории Европейского союза — Acme BV",
	}, []string{"в стране", "из страны"})
}

// TestRussianPlaces checks that Russian names a region after «на
// территории» in the genitive, for every state of the European Economic
// Area too, and falls back to «страны «…»» for a region it has no
// genitive for.
func TestRussianPlaces(t *testing.T) {
	c := newComposer(smallPolicy(), Options{Language: language.Russian})
	for r, want := range map[string]string{"DK": "Дании", "AT": "Австрии", "PT": "Португалии", "LU": "Люксембурга", "FJ": "страны «Фиджи»"} {
		if got := c.place(language.MustParseRegion(r)); got != want {
			t.Errorf("place(%s) = %q; want %q", r, got, want)
		}
	}
	for _, r := range []string{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"} {
		if strings.HasPrefix(c.place(language.MustParseRegion(r)), "страны") {
			t.Errorf("no Russian genitive for %s, a state of the European Economic Area", r)
		}
	}
}

func TestListConjunctions(t *testing.T) {
	for _, tt := range []struct {
		lang  language.Tag
		items []string
		want  string
	}{
		{language.English, nil, ""},
		{language.English, []string{"a"}, "a"},
		{language.English, []string{"a", "b"}, "a and b"},
		{language.English, []string{"a", "b", "c"}, "a, b and c"},
		{language.English, []string{"a", "b and c", "d"}, "a, b and c and d"},
		{language.English, []string{"a, b", "c"}, "a, b and c"},
		{language.English, []string{"a, b", "c", "d"}, "a, b; c; and d"},
		{language.English, []string{"card type, last digits and expiry date", "billing history"}, "card type, last digits and expiry date, as well as billing history"},
		{language.English, []string{"Privacy and Electronic Communications Regulations, reg. 22", "Directive 2002/58/EC, Art. 13"},
			"Privacy and Electronic Communications Regulations, reg. 22, as well as Directive 2002/58/EC, Art. 13"},
		{language.Russian, []string{"а", "б", "в"}, "а, б и в"},
	} {
		c := newComposer(&policy.Policy{}, Options{Language: tt.lang})
		if got := c.list(tt.items); got != tt.want {
			t.Errorf("%v: list(%q) = %q, want %q", tt.lang, tt.items, got, tt.want)
		}
	}
	p := smallPolicy()
	p.Categories[0].Items = []string{"address", "name", "phone"}
	p.Changes.Notify = []policy.Channel{policy.ChannelEmail, policy.ChannelInService}
	expectText(t, readText(t, p, language.English), []string{
		"Email: address, name and phone.",
		"We announce changes by email or by a notice in the service.",
	}, nil)
	p.Changes.AllChannels = true
	expectText(t, readText(t, p, language.English), []string{
		"We announce changes by email and by a notice in the service.",
	}, nil)
	c := newComposer(&policy.Policy{}, Options{Language: language.Russian})
	if got := c.listOr([]string{"а", "б", "в"}); got != "а, б или в" {
		t.Errorf("Russian listOr = %q", got)
	}
	expectText(t, readText(t, p, language.Russian), []string{"Email: address, name и phone."}, nil)
}

func TestNoDoubleStops(t *testing.T) {
	p := smallPolicy()
	p.Controller.Name = "Acme Ltd."
	p.Categories[0].Items = []string{"address", "etc."}
	p.Categories[0].Description = "Kept  safe.  "
	p.Purposes[0].Withdraw = "use the link in the letter."
	p.Purposes[0].Description = "a monthly letter"
	p.NotCollected = []policy.Exclusion{{Name: "card numbers", Note: "the payment provider holds them"}}
	text := readText(t, p, language.English)
	expectText(t, text, []string{
		"The controller of your data is Acme Ltd.",
		"Email: address and etc. Kept safe.",
		"You can withdraw your consent at any time: use the link in the letter.",
		"Newsletter. A monthly letter.",
		"We do not collect card numbers. The payment provider holds them.",
	}, []string{"..", "Ltd..", "(the payment provider"})
	for _, s := range []string{"...", "Wait..."} {
		if got := dropDoubleStops(s); got != s {
			t.Errorf("dropDoubleStops(%q) = %q, want an ellipsis kept", s, got)
		}
	}
}

// TestEmptyListsNotPrinted checks that a list with no valid item, or a
// table cell with nothing in it, leaves no heading, label or stop behind.
func TestEmptyListsNotPrinted(t *testing.T) {
	p := smallPolicy()
	p.Principles = []policy.Principle{0}
	p.NotCollected = []policy.Exclusion{{ID: "x"}}
	p.Purposes[0].Bases = []policy.Basis{0}
	unused := &policy.Category{ID: "unused", Name: "Unused", Sensitivity: policy.SensitivityPersonal}
	p.Categories = append(p.Categories, unused)
	text := readText(t, p, language.English)
	expectText(t, text, []string{"- Unused. Retention: not stated."}, []string{
		"principle", "We do not collect", "Legal grounds: .", "Purposes: .", ": .", "Legal ground: .",
	})
}

func TestRussianForms(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	us := language.MustParseRegion("US")
	mailer := &policy.Recipient{ID: "mailer", Name: "Mailer", Role: policy.RoleProcessor, Categories: p.Categories}
	p.Recipients = []*policy.Recipient{mailer}
	p.Transfers = []policy.Transfer{{Destination: us, Recipient: mailer, Safeguard: policy.SafeguardStandardClauses}}
	p.Purposes[0].Retention = policy.AsRequiredBy("Налоговый кодекс Российской Федерации")
	p.Rights = []policy.Right{{Kind: policy.RightAccess, How: "by email"}}
	p.NotCollected = []policy.Exclusion{{Name: "cards", Category: p.Categories[0]}}
	text := readText(t, p, language.Russian)
	expectText(t, text, []string{
		"в течение срока, установленного законодательством (Налоговый кодекс Российской Федерации), после чего данные удаляются.",
		"Данные, обрабатываемые для цели «Newsletter»:",
		"на основании стандартных договорных условий",
		"Мы осуществляем трансграничную передачу данных в следующих случаях:",
		"(лицо, осуществляющее обработку по поручению контролёра)",
		"Порядок: by email.",
		"подп. «a» п. 1 ст. 6 GDPR",
		"Источник: вы сами.",
		"Мы не собираем и не храним cards.",
		"относящаяся к определённому или определяемому физическому лицу.",
		"Используемые данные: email.",
		"Политика конфиденциальности",
	}, []string{
		"установленного:", "затем удаляются", "на основании:", "обработчик", "Как:", "ст. 6(1)(a)",
		"предоставлены вами", "не храним:", "блокирования", "уничтож", "(оператор персональных данных)",
	})
	// Under 152-FZ: its title, its terms and its complaint wording.
	p.Laws = []policy.Law{policy.FZ152}
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightErasure}, policy.Right{Kind: policy.RightRestriction}, policy.Right{Kind: policy.RightComplaint})
	p.Security = []policy.Measure{{Name: "Encryption"}}
	expectText(t, readText(t, p, language.Russian), []string{
		"Политика в отношении обработки персональных данных",
		"после чего данные уничтожаются",
		"На уничтожение своих персональных данных, если они являются неполными, устаревшими, неточными, незаконно полученными или не являются необходимыми для заявленной цели обработки.",
		"На блокирование своих персональных данных, если они являются неполными,",
		"На обжалование наших действий или бездействия в уполномоченный орган по защите прав субъектов персональных данных или в судебном порядке.",
		"блокирования, копирования, распространения",
	}, []string{"удаляются", "На удаление", "ограничение обработки"})
}

// TestUnstatedStaysUnstated checks that the document states what the
// policy declares and nothing the policy leaves unsaid.
func TestUnstatedStaysUnstated(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.CCPA}
	p.Categories[0].CCPA = []policy.CCPACategory{policy.CCPAIdentifiers}
	courts := &policy.Recipient{ID: "courts", Name: "Courts", Role: policy.RoleAuthority, Categories: p.Categories, Purpose: "a court orders it", Conditional: true}
	host := &policy.Recipient{ID: "host", Name: "Host", Role: policy.RoleProcessor, Categories: p.Categories}
	p.Recipients = []*policy.Recipient{host, courts}
	for _, tt := range []struct {
		sold, shared policy.Answer
		list         []policy.CCPACategory
		cell         string
	}{
		{0, 0, nil, "Sold or shared: sold: no answer; shared: no answer."},
		{policy.AnswerNo, 0, nil, "Sold or shared: sold: no; shared: no answer."},
		{policy.AnswerNo, policy.AnswerNo, nil, "Sold or shared: no."},
		{policy.AnswerYes, policy.AnswerNo, []policy.CCPACategory{policy.CCPAIdentifiers}, "Sold or shared: sold, not shared."},
		{policy.AnswerYes, policy.AnswerYes, []policy.CCPACategory{policy.CCPAIdentifiers}, "Sold or shared: yes."},
		// Without the list of the categories sold or shared, nothing is
		// declared of any one category.
		{policy.AnswerYes, policy.AnswerYes, nil, "Sold or shared: not stated for this category."},
	} {
		p.CCPA.Sold, p.CCPA.Shared, p.CCPA.SoldCategories = tt.sold, tt.shared, tt.list
		text := readText(t, p, language.English)
		expectText(t, text, []string{tt.cell, "Disclosed to: Host."}, []string{"Disclosed to: Host; Courts"})
		if tt.sold != policy.AnswerNo || tt.shared != policy.AnswerNo {
			expectText(t, text, nil, []string{"We do not sell or share"})
		}
	}
	text := readText(t, p, language.English)
	expectText(t, text, []string{
		"We disclose data to the following recipients only if the event stated for each occurs:",
		"Courts (public authorities). Data received: email. Only when: a court orders it.",
	}, nil)

	// Each ground with the purposes that declare it: a consent-only
	// purpose is not covered by another's legal obligation.
	p = smallPolicy()
	p.Purposes = append(p.Purposes, &policy.Purpose{ID: "legal", Name: "Legal orders", Categories: p.Categories, Bases: []policy.Basis{policy.BasisLegalObligation}})
	expectText(t, readText(t, p, language.English), []string{
		"Legal grounds: consent (3.1.1, 3.1.2); performance of a contract (3.1.2); compliance with a legal obligation (3.1.3).",
	}, nil)

	// Nothing of 152-FZ without 152-FZ, no change practice nobody declared.
	p = smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	p.Security = []policy.Measure{{Name: "Encryption"}}
	expectText(t, readText(t, p, language.English), []string{
		"The controller of your data is Acme.",
		"A new version takes effect when it is posted",
	}, []string{"operator of personal data", "blocking", "copying", "unilaterally", "without prior notice"})
	p.Laws = []policy.Law{policy.FZ152}
	expectText(t, readText(t, p, language.English), []string{
		"(the operator of personal data)", "blocking, copying, distribution",
	}, nil)

	// Tracking and Linked say something only where declared.
	p = smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{"linked to your identity", "track you"})
	p.Categories[0].Linked, p.Categories[0].Tracking = true, true
	expectText(t, readText(t, p, language.English), []string{
		"This data is linked to your identity. We use this data to track you across apps and websites owned by other companies.",
	}, nil)
}

func TestFreeTextLinks(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Text
	}{
		{"no links here, example.com", Text{{Kind: Plain, Text: "no links here, example.com"}}},
		{"see https://a.example/x.", Text{{Kind: Plain, Text: "see "}, {Kind: Link, Text: "https://a.example/x", Href: "https://a.example/x"}, {Kind: Plain, Text: "."}}},
		{"write to a.b@c.example, or call", Text{{Kind: Plain, Text: "write to "}, {Kind: Email, Text: "a.b@c.example", Href: "mailto:a.b@c.example"}, {Kind: Plain, Text: ", or call"}}},
		{"(http://x.example) and @handle", Text{{Kind: Plain, Text: "("}, {Kind: Link, Text: "http://x.example", Href: "http://x.example"}, {Kind: Plain, Text: ") and @handle"}}},
		{"ftp://x.example and a@b", Text{{Kind: Plain, Text: "ftp://x.example and a@b"}}},
	} {
		if diff := cmp.Diff(tt.want, tidy(Text{{Kind: Plain, Text: tt.in}})); diff != "" {
			t.Errorf("tidy(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	p := smallPolicy()
	p.Purposes[0].Withdraw = "write to stop@acme.example or visit https://acme.example/stop"
	var md bytes.Buffer
	if err := WriteMarkdown(&md, mustCompose(t, p, Options{})); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"[stop@acme.example](<mailto:stop@acme.example>)", "[https://acme.example/stop](<https://acme.example/stop>)"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("Markdown lacks %s:\n%s", want, md.String())
		}
	}
}

func TestHTMLContentsNumberedOnce(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, mustCompose(t, smallPolicy(), Options{}), HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, `<li><a href="#general">General Provisions</a></li>`) || strings.Contains(out, `">1. General`) {
		t.Errorf("contents entry numbered in the text as well as by the list:\n%s", out)
	}
}

func TestPrinciplesNumber(t *testing.T) {
	p := smallPolicy()
	p.Principles = []policy.Principle{policy.PrincipleMinimisation}
	expectText(t, readText(t, p, language.English), []string{"in accordance with the principle of minimising the data processed."}, []string{"principles"})
	p.Principles = append(p.Principles, policy.PrincipleLawfulness)
	expectText(t, readText(t, p, language.English), []string{"in accordance with the principles of minimising the data processed and lawfulness."}, nil)
}

func TestCapitalise(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"abc", "Abc"},
		{"éa", "Éa"},
		{"данные", "Данные"},
		{"\x80abc", "\x80abc"}, // invalid UTF-8 stays as it is; it used to panic
		{"\xe2", "\xe2"},
	} {
		if got := capitalise(tt.in); got != tt.want {
			t.Errorf("capitalise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCapitaliseName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"payment service providers", "Payment service providers"},
		{"Paystream, Inc.", "Paystream, Inc."},
		{"eBay Inc.", "eBay Inc."},
		{"iCloud", "iCloud"},
		{"easyJet holidays", "easyJet holidays"},
		{"bet365 group companies", "bet365 group companies"},
		{"bol.com b.v.", "bol.com b.v."},
		{"idealista/hipotecas, our mortgage brokerage", "idealista/hipotecas, our mortgage brokerage"},
		{"partners.", "Partners."},
		{"credit reference agencies such as Experian", "Credit reference agencies such as Experian"},
		{"x", "X"},
		{"банки и платёжные сервис-провайдеры", "Банки и платёжные сервис-провайдеры"},
		{"1С-Битрикс", "1С-Битрикс"},
		{"", ""},
		{"\x80x", "\x80x"},
	} {
		if got := capitaliseName(tt.in); got != tt.want {
			t.Errorf("capitaliseName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestActionList checks how two things the reader is told to do are
// joined: by ", and" where one holds a comma, by a semicolon where one
// holds ", and" of its own, and as list joins them otherwise.
func TestActionList(t *testing.T) {
	c := newComposer(&policy.Policy{}, Options{Language: language.English})
	for _, tt := range []struct {
		items []string
		want  string
	}{
		{[]string{"sign out", "use a strong password"}, "sign out and use a strong password"},
		{[]string{"sign out", "check the sender, the link and the date"}, "sign out, and check the sender, the link and the date"},
		{[]string{"sign out", "do not answer such messages, and report them to us"}, "sign out; do not answer such messages, and report them to us"},
	} {
		if got := c.actionList(tt.items); got != tt.want {
			t.Errorf("actionList(%q) = %q, want %q", tt.items, got, tt.want)
		}
	}
}
