package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestCookieConsentWhereLawRequires checks that a cookie which declares
// no consent, in a policy that declares the GDPR or the UK GDPR beside a
// law that requires no consent for cookies, is said to need consent in
// the places of the first alone, never everywhere; and that a policy of
// the GDPR alone still says consent is needed without a place.
func TestCookieConsentWhereLawRequires(t *testing.T) {
	cookies := func(p *policy.Policy) {
		p.Cookies = []policy.Cookie{
			{ID: "sid", Name: "sid", Party: policy.PartyFirst, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "ads", Party: policy.PartyFirst, Purpose: p.Purposes[0], Lifetime: policy.Expires(policy.Years(1))},
		}
	}
	for _, tt := range []struct {
		name     string
		laws     []policy.Law
		en, ru   []string
		notEn    []string
		notRu    []string
		addOptIn bool
	}{
		{name: "GDPR and CCPA", laws: []policy.Law{policy.GDPR, policy.CCPA},
			en:    []string{"In the European Union, the others are set only with your consent, which you can withdraw at any time.", "Consent: needed in the European Union."},
			ru:    []string{"На территории Европейского союза остальные устанавливаются только с вашего согласия", "Согласие: требуется на территории Европейского союза."},
			notEn: []string{"The others are set only with your consent", "Consent: needed."},
			notRu: []string{"Остальные устанавливаются только с вашего согласия", "Согласие: требуется."}},
		{name: "GDPR, UK GDPR and US states", laws: []policy.Law{policy.GDPR, policy.UKGDPR, policy.USStates},
			en:    []string{"In the European Union and the United Kingdom, the others are set only with your consent", "Consent: needed in the European Union and the United Kingdom."},
			notEn: []string{"The others are set only with your consent"}},
		{name: "GDPR alone", laws: []policy.Law{policy.GDPR},
			en:    []string{"The others are set only with your consent, which you can withdraw at any time.", "Consent: needed."},
			ru:    []string{"Остальные устанавливаются только с вашего согласия"},
			notEn: []string{"In the European Union, we set"}},
		// A cookie declared opt-in beside one the law decides: the table
		// says which is which.
		{name: "declared and by law", laws: []policy.Law{policy.GDPR, policy.CCPA}, addOptIn: true,
			en:    []string{"For each of the others, the table says whether it is set only with your consent", "Consent: needed in the European Union.", "Consent: needed."},
			notEn: []string{"The others are set only with your consent", "In the European Union, we set"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Laws = tt.laws
			cookies(p)
			if tt.addOptIn {
				p.Cookies = append(p.Cookies, policy.Cookie{ID: "px", Name: "px", Party: policy.PartyFirst, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn})
			}
			expectText(t, readText(t, p, language.English), tt.en, tt.notEn)
			if tt.ru != nil || tt.notRu != nil {
				expectText(t, readText(t, p, language.Russian), tt.ru, tt.notRu)
			}
		})
	}
}

// TestEstablishmentAddressOnly checks that an establishment known by its
// address alone is placed at the address, not said to be "reachable" at
// it, and that one with no contact is named alone.
func TestEstablishmentAddressOnly(t *testing.T) {
	p := smallPolicy()
	nl := language.MustParseRegion("NL")
	p.Establishments = []policy.Establishment{{Region: nl, Contact: policy.Contact{Name: "Acme B.V.", Address: "Amsterdam"}}}
	expectText(t, readText(t, p, language.English), []string{"Our establishment in the Netherlands is Acme B.V., Amsterdam."}, []string{"reachable at"})
	expectText(t, readText(t, p, language.Russian), []string{"Наше подразделение на территории Нидерландов — Acme B.V., Amsterdam."}, []string{"контакты:"})

	p.Establishments[0].Contact.Address = ""
	expectText(t, readText(t, p, language.English), []string{"Our establishment in the Netherlands is Acme B.V."}, []string{"reachable at", "Acme B.V., ."})

	p.Establishments[0].Contact = policy.Contact{Name: "Acme B.V.", Email: "nl@acme.example", Address: "Amsterdam"}
	expectText(t, readText(t, p, language.English), []string{"Our establishment in the Netherlands is Acme B.V., reachable at nl@acme.example, Amsterdam."}, nil)
}

// TestWithoutAccountCustomers checks that how people without an account
// make a request mentions data received from customers only where the
// policy declares data it processes for customers.
func TestWithoutAccountCustomers(t *testing.T) {
	p := smallPolicy()
	p.Requests.WithoutAccount = "by writing to privacy@acme.example"
	const customers = "or we received your data from one of our customers"
	expectText(t, readText(t, p, language.English), []string{"If you have no account with us, you can make a request by writing to privacy@acme.example."}, []string{customers})
	expectText(t, readText(t, p, language.Russian), []string{"Если у вас нет учётной записи, вы можете направить запрос"}, []string{"от одного из наших клиентов"})

	p.CustomerData = policy.CustomerData{Data: "the files our customers upload"}
	expectText(t, readText(t, p, language.English), []string{"If you have no account with us, " + customers + ", you can make a request by writing to privacy@acme.example."}, nil)
}
