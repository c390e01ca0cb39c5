package render

import (
	"bytes"
	"flag"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/golden"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// pictureUpdate reports whether the test run rewrites golden files: the
// package declares the -update flag once, in update_test.go.
func pictureUpdate(t *testing.T) bool {
	t.Helper()
	f := flag.Lookup("update")
	if f == nil {
		t.Fatal("the package declares no -update flag")
	}
	return f.Value.(flag.Getter).Get().(bool)
}

// picturePolicy declares data of each kind a label tells apart, and flows
// of each kind a diagram draws: category to purpose, purpose to recipient,
// category straight to a recipient that serves no declared purpose,
// recipient to its country, and a transfer without a declared recipient.
func picturePolicy() *policy.Policy {
	email := &policy.Category{ID: "account.email", Name: "Contact details", Sensitivity: policy.Personal,
		Linked: true, Sources: []policy.Source{policy.FromUser}, Retention: policy.WhileAccountActive(policy.Days(30))}
	adID := &policy.Category{ID: "device.ad_id", Name: "Advertising identifier", Sensitivity: policy.Personal,
		Linked: true, Tracking: true, Sources: []policy.Source{policy.Automatic}, Retention: policy.Keep(policy.Period{Months: 13}, policy.Collection)}
	usage := &policy.Category{ID: "usage", Name: "Product interaction", Sensitivity: policy.Personal,
		Sources: []policy.Source{policy.Automatic}, Retention: policy.Keep(policy.Period{Months: 6}, policy.Collection)}
	crashes := &policy.Category{ID: "diagnostics.crash", Name: "Crash logs", Sensitivity: policy.NotPersonal,
		Sources: []policy.Source{policy.Automatic}, Retention: policy.Keep(policy.Period{Days: 90}, policy.Collection)}
	payments := &policy.Recipient{ID: "payments", Name: "Payments provider", Role: policy.Processor, Country: language.MustParseRegion("IE")}
	ads := &policy.Recipient{ID: "ads", Name: "Advertising network", Role: policy.ThirdParty, Country: language.MustParseRegion("US"),
		Categories: []*policy.Category{adID}}
	host := &policy.Recipient{ID: "hosting", Name: "Cloud hosting", Role: policy.Processor, Country: language.MustParseRegion("DE")}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Effective:  policy.MakeDate(2025, time.March, 1),
		Categories: []*policy.Category{email, adID, usage, crashes},
		Purposes: []*policy.Purpose{
			{ID: "account", Name: "Running your account", Categories: []*policy.Category{email, usage},
				Bases: []policy.Basis{policy.Contract}, Recipients: []*policy.Recipient{payments, host}},
			{ID: "ads", Name: "Personalised advertising", Categories: []*policy.Category{adID, usage},
				Bases: []policy.Basis{policy.Consent}, Withdraw: "in the settings"},
			{ID: "stability", Name: "Fixing crashes", Categories: []*policy.Category{crashes},
				Bases: []policy.Basis{policy.LegitimateInterests}, Interest: "a working app", Recipients: []*policy.Recipient{host}},
		},
		Recipients: []*policy.Recipient{payments, ads, host},
		Transfers: []policy.Transfer{
			{Destination: language.MustParseRegion("US"), Recipient: ads, Safeguard: policy.StandardClauses},
			{Destination: language.MustParseRegion("IN"), Categories: []*policy.Category{crashes, nil}, Safeguard: policy.StandardClauses},
		},
		Laws: []policy.Law{policy.GDPR},
	}
}

// pictureRussian translates every string of picturePolicy that a
// document in Russian states; long, wide Cyrillic names test the layout.
func pictureRussian(t testing.TB) catalog.Catalog {
	t.Helper()
	b := catalog.NewBuilder()
	for en, ru := range map[string]string{
		"Example Ltd":              "ООО «Пример»",
		"Contact details":          "Контактные данные",
		"Advertising identifier":   "Рекламный идентификатор",
		"Product interaction":      "Взаимодействие с продуктом",
		"Crash logs":               "Журналы сбоев",
		"Running your account":     "Обслуживание вашей учётной записи",
		"Personalised advertising": "Персонализированная реклама",
		"Fixing crashes":           "Устранение сбоев",
		"in the settings":          "в настройках",
		"a working app":            "работоспособность приложения",
		"Payments provider":        "Платёжный провайдер",
		"Advertising network":      "Рекламная сеть",
		"Cloud hosting":            "Облачный хостинг",
	} {
		if err := b.SetString(language.Russian, en, ru); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// picturePage renders the page of p in lang with its picture.
func picturePage(t testing.TB, p *policy.Policy, lang language.Tag, tr catalog.Catalog) []byte {
	t.Helper()
	opts := Options{Language: lang, Translations: tr}
	d, err := Compose(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	pic, err := ComposePicture(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, d, HTMLOptions{Picture: pic}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPictureGolden(t *testing.T) {
	p := picturePolicy()
	golden.Check(t, "picture/policy.en.html", picturePage(t, p, language.English, nil), pictureUpdate(t))
	golden.Check(t, "picture/policy.ru.html", picturePage(t, p, language.Russian, pictureRussian(t)), pictureUpdate(t))
}
