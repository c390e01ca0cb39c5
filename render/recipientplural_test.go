package render

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func TestRecipientPlural(t *testing.T) {
	for _, tc := range []struct {
		name    string
		russian bool
		want    bool
	}{
		// Kinds of recipients.
		{"payment service providers", false, true},
		{"Advertising partners", false, true},
		{"Banks", false, true},
		{"Partners whose services come with our plans", false, true},
		{"IT, core banking, printing and identification service providers", false, true},
		{"Credit reference agencies (Experian, Equifax and TransUnion)", false, true},
		{"Foreign banks that receive the transfers you order", false, true},
		{"Delivery people", false, true},
		{"Other operators and the number portability entity", false, true},
		{"ANATEL, courts, the police and the Public Prosecutor's Office", false, true},
		{"Partner clinics and laboratories the patient books with", false, true},
		// Several named recipients.
		{"Delta Air Lines and Marriott International", false, true},
		{"The Bancorp Bank, N.A. and Stride Bank, N.A., the banks that hold your account", false, true},
		// One recipient.
		{"Paystream, Inc.", false, false},
		{"Acquirente Unico S.p.A., which runs the Integrated Information System (SII) of the electricity and gas markets", false, false},
		{"The Regulatory Authority for Energy, Networks and Environment (ARERA)", false, false},
		{"The Federal Financial Monitoring Service (Rosfinmonitoring) and the Bank of Russia", false, true},
		{"SERPRO and Dataprev", false, true},
		{"Amazon Web Services", false, false},
		{"Google Analytics", false, false},
		{"HM Revenue & Customs", false, false},
		{"Kids Web Services, our subsidiary that verifies parents", false, false},
		{"SVV Solution AG, which runs the Swiss insurers' information system HIS", false, false},
		{"PJSC Sberbank, the operator of the SberSpasibo programme", false, false},
		{"The email and SMS delivery service", false, false},
		{"our payment processor", false, false},
		{"the business", false, false},
		{"a news service", false, false},
		{"", false, false},
		// Russian.
		{"Банки-корреспонденты и банки получателей переводов за рубежом", true, true},
		{"Операторы связи и сервисы рассылки SMS-сообщений", true, true},
		{"Государственные органы, осуществляющие оперативно-розыскную деятельность", true, true},
		{"службы доставки и курьеры", true, true},
		{"ООО «Райффайзен Капитал», ООО «Райффайзен-Лизинг» и другие российские компании группы", true, true},
		{"Бюро кредитных историй", true, false},
		{"Федеральная служба по финансовому мониторингу (Росфинмониторинг)", true, false},
		{"Банк России", true, false},
		{"ООО «Яндекс» (Яндекс Метрика)", true, false},
		{"АО «Национальная система платёжных карт»", true, false},
		{"Почта России", true, false},
		{"Лица, ответственные за убытки, и их страховщики", true, true},
		{"Ассистанс-компании и медицинские организации за рубежом", true, true},
		{"Страховая компания «Пример»", true, false},
		{"ООО «Пример» и его дочерние общества", true, true},
		{"Федеральная служба государственной регистрации, кадастра и картографии", true, false},
		// A Russian name in an English document is read as Russian.
		{"Страховые агенты и брокеры", false, true},
	} {
		if got := recipientPlural(tc.name, tc.russian); got != tc.want {
			t.Errorf("recipientPlural(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestPluralRoles states the role of a kind of recipients in the plural,
// in the words each law uses, and of one recipient in the singular.
func TestPluralRoles(t *testing.T) {
	email := &policy.Category{ID: "email", Name: "Email", Items: []string{"address"}, Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceUser}}
	p := smallPolicy()
	p.Categories = []*policy.Category{email}
	p.Purposes[0].Categories, p.Purposes[1].Categories = p.Categories, p.Categories
	p.Recipients = []*policy.Recipient{
		{ID: "pay", Name: "payment service providers", Role: policy.RoleProcessor, Categories: p.Categories},
		{ID: "bank", Name: "Example Bank plc", Role: policy.RoleThirdParty, Categories: p.Categories},
		{ID: "courts", Name: "courts", Role: policy.RoleAuthority, Categories: p.Categories},
		{ID: "group", Name: "the companies of our group", Role: policy.RoleJointController, Categories: p.Categories},
	}
	for _, tc := range []struct {
		laws []policy.Law
		lang language.Tag
		want []string
	}{
		{[]policy.Law{policy.GDPR}, language.English, []string{"Payment service providers (processors).", "Example Bank plc (third party).", "Courts (public authorities).", "The companies of our group (joint controllers)."}},
		{[]policy.Law{policy.CCPA}, language.English, []string{"Payment service providers (service providers).", "Example Bank plc (third party)."}},
		{[]policy.Law{policy.GDPR}, language.Russian, []string{"(лица, осуществляющие обработку по поручению контролёра).", "(третье лицо).", "(государственные органы).", "(совместные контролёры)."}},
		{[]policy.Law{policy.FZ152}, language.Russian, []string{"(лица, осуществляющие обработку по поручению оператора).", "(совместные операторы)."}},
	} {
		p.Laws = tc.laws
		if tc.lang == language.Russian {
			// A policy written in Russian, whose names the rules read.
			p.Language = language.Russian
			for i, name := range []string{"платёжные сервисы", "ПАО «Пример Банк»", "суды", "компании нашей группы"} {
				p.Recipients[i].Name = name
			}
		}
		got := readText(t, p, tc.lang)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%v %v: the document lacks %q:\n%s", tc.laws, tc.lang, w, got)
			}
		}
	}
}

// TestCookieProvidersPlural names the party of a cookie that a kind of
// providers sets in the plural.
func TestCookieProvidersPlural(t *testing.T) {
	p := smallPolicy()
	p.Cookies = []policy.Cookie{
		{Name: "_ads", Party: policy.PartyThird, ProviderName: "advertising partners", Purpose: p.Purposes[0]},
		{Name: "_ga", Party: policy.PartyThird, ProviderName: "Google LLC", Purpose: p.Purposes[0]},
	}
	expectText(t, readText(t, p, language.English), []string{"Set by: advertising partners (third parties).", "Set by: Google LLC (third party)."}, nil)
	p.Language = language.Russian
	p.Cookies[0].ProviderName, p.Cookies[1].ProviderName = "рекламные партнёры", "ООО «Яндекс»"
	expectText(t, readText(t, p, language.Russian), []string{"Кем устанавливается: рекламные партнёры (сторонние сервисы).", "Кем устанавливается: ООО «Яндекс» (сторонний сервис)."}, nil)
}

// TestPluralOwnPolicy words what a kind of recipients does under its own
// policies in the plural.
func TestPluralOwnPolicy(t *testing.T) {
	p := smallPolicy()
	p.Recipients = []*policy.Recipient{
		{ID: "partners", Name: "airline partners", Role: policy.RoleThirdParty, Categories: p.Categories, OwnPolicy: true, Retention: policy.Years(2)},
		{ID: "bank", Name: "Example Bank plc", Role: policy.RoleThirdParty, Categories: p.Categories, OwnPolicy: true},
		{ID: "hotels", Name: "hotels you book", Role: policy.RoleThirdParty, Categories: p.Categories, NoticeURL: "https://hotels.example/privacy"},
	}
	expectText(t, readText(t, p, language.English), []string{
		"These recipients keep the data for up to 2 years. These recipients use the data under their own privacy policies, which govern what they do with it.",
		"Example Bank plc (third party). Data received: email. The recipient uses the data under its own privacy policy",
		"How these recipients use the data is explained in their own privacy notices, published at https://hotels.example/privacy."}, nil)
}
