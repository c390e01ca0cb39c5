package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestLowerFirst checks which names lose their capital mid-sentence: a
// name that starts with a proper name of several capitalised words keeps
// it, as an abbreviation does.
func TestLowerFirst(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Account data", "account data"},
		{"Gift Aid declarations", "Gift Aid declarations"},
		{"Direct Debit instructions", "Direct Debit instructions"},
		{"IP address", "IP address"},
		{"Email", "email"},
		{"Health data of the NHS", "health data of the NHS"},
		{"Данные аккаунта", "данные аккаунта"},
		{"PayPal.Me profile", "PayPal.Me profile"},
		{"LinkedIn data", "LinkedIn data"},
		{"ВКонтакте профиль", "ВКонтакте профиль"},
		{"Profile of a PayPal user", "profile of a PayPal user"},
		{"", ""},
		{"Småland play area registration", "Småland play area registration"},
		{"Zürich office visitors", "Zürich office visitors"},
		{"Café loyalty stamps", "café loyalty stamps"},
		{"Résumé and cover letter", "résumé and cover letter"},
		{"Éducation nationale records", "Éducation nationale records"},
		{"Your Too Good To Go account", "your Too Good To Go account"},
		{"The Retail Equation reports", "the Retail Equation reports"},
		{"On-board Wi-Fi", "on-board Wi-Fi"},
		{"Rolls-Royce service records", "Rolls-Royce service records"},
		{"Inflight WiFi and entertainment", "inflight WiFi and entertainment"},
		{"Online ID and passcode", "online ID and passcode"},
		{"Gift Aid", "Gift Aid"},
		{"Nectar Card points", "Nectar Card points"},
	} {
		if got := lowerFirst(tt.in); got != tt.want {
			t.Errorf("lowerFirst(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestProperNameInList checks a category named after a proper name
// where the document lists it mid-sentence.
func TestProperNameInList(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Name = "Gift Aid declarations"
	expectText(t, readText(t, p, language.English), []string{"Data used: Gift Aid declarations."}, []string{"gift Aid"})
}

// TestCamelCaseNameInList checks a category named after a brand written
// with a capital inside its first word, which keeps its spelling
// mid-sentence.
func TestCamelCaseNameInList(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Name = "PayPal.Me profile"
	expectText(t, readText(t, p, language.English), []string{"Data used: PayPal.Me profile."}, []string{"payPal"})
}

// TestBrandNameInList checks a category named after a brand that the
// policy writes with a capital elsewhere, in the controller's name or in
// another name, which keeps its capital mid-sentence, while a category
// whose first word is a common word, capitalised only for starting its
// name, is lowered.
func TestBrandNameInList(t *testing.T) {
	p := smallPolicy()
	p.Controller.Name = "Acme Samsung Ltd."
	p.Categories[0].Name = "Samsung account information"
	p.Purposes[0].Name = "Sending the Bixby newsletter"
	p.Categories = append(p.Categories, &policy.Category{ID: "voice", Name: "Bixby voice data", Items: []string{"recordings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)},
		&policy.Category{ID: "usage", Name: "Usage of the Samsung shop", Items: []string{"pages"},
			Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)})
	p.Purposes[0].Categories = p.Categories
	expectText(t, readText(t, p, language.English),
		[]string{"Data used: Samsung account information, Bixby voice data and usage of the Samsung shop."},
		[]string{"samsung account", "bixby voice"})
}

// TestBrandNameTailInList checks a category whose first word a purpose
// writes with a capital only as the tail of a longer brand name ("Avito
// Delivery"): the word alone is no proper name, so the category is
// lowered mid-sentence, while a brand named on its own keeps its capital.
func TestBrandNameTailInList(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Name = "Selling with Avito Delivery and the Bixby shop"
	p.Categories[0].Name = "Delivery and safe deal data"
	p.Categories = append(p.Categories, &policy.Category{ID: "voice", Name: "Bixby voice data", Items: []string{"recordings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)})
	p.Purposes[0].Categories = p.Categories
	expectText(t, readText(t, p, language.English),
		[]string{"Data used: delivery and safe deal data, as well as Bixby voice data."},
		[]string{"Delivery and safe deal data and", "bixby voice"})
}

// TestOfficialNameWords checks that a capitalised word of an official name
// whose words "and" or "of" join ("the Health and Safety Executive", "the
// Driver and Vehicle Licensing Agency") is no proper name on its own: a
// category that starts with it is lowered mid-sentence.
func TestOfficialNameWords(t *testing.T) {
	p := smallPolicy()
	p.Purposes[1].Name = "Reporting to the Health and Safety Executive and the Driver and Vehicle Licensing Agency"
	p.Categories[0].Name = "Health information"
	p.Categories = append(p.Categories, &policy.Category{ID: "vehicle", Name: "Vehicle details", Items: []string{"number plate"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)})
	p.Purposes[0].Categories = p.Categories
	expectText(t, readText(t, p, language.English), []string{"Data used: health information and vehicle details."}, []string{"Health information and", "and Vehicle details"})
}

// TestRecipientNameTail checks that the second word of a recipient's name,
// such as "Bank" in "Synchrony Bank", is the tail of that name and does
// not keep a category name that starts with it capitalised, while a
// brand named inside a purpose's name still does.
func TestRecipientNameTail(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Name = "Bank account and card information"
	p.Recipients = append(p.Recipients, &policy.Recipient{ID: "issuer", Name: "Synchrony Bank, which issues the card", Role: policy.RoleThirdParty, Categories: p.Categories[:1]})
	expectText(t, readText(t, p, language.English), []string{"Data used: bank account and card information."}, []string{"Data used: Bank account"})
	p.Categories[0].Name = "Venmo account data"
	p.Purposes[0].Name = "Running your Venmo account"
	expectText(t, readText(t, p, language.English), []string{"Data used: Venmo account data."}, nil)
}

// TestBrandNameHeadInList checks a category whose first word a purpose
// writes with a capital only as the head of a longer name ("Online
// Banking"): the word alone is no proper name, so "Online activity
// information" is lowered mid-sentence, while a category that starts
// with the whole name keeps its capital.
func TestBrandNameHeadInList(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Name = "Running Online Banking"
	p.Categories[0].Name = "Online activity information"
	p.Categories = append(p.Categories, &policy.Category{ID: "sessions", Name: "Online Banking sessions", Items: []string{"sign-ins"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)})
	p.Purposes[0].Categories = p.Categories
	expectText(t, readText(t, p, language.English),
		[]string{"Data used: online activity information and Online Banking sessions."},
		[]string{"Online activity information and", "online Banking"})
}

// TestNameAfterAbbreviation checks that a capitalised word following a
// brand written in capitals, such as "Membership" in the purpose
// "Running your H&M Membership", is the tail of that name and not a
// proper name of its own, so that a category starting with it is
// lowered mid-sentence.
func TestNameAfterAbbreviation(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Name = "Running your H&M Membership and your account"
	p.Categories[0].Name = "Membership and account data"
	expectText(t, readText(t, p, language.English), []string{"Data used: membership and account data."}, []string{"Data used: Membership"})
}
