package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// noticesPolicy declares what the policy leaves to others (data processed
// for customers, other notices) and how the newsletter's consent is
// obtained, recorded and paid around.
func noticesPolicy() *policy.Policy {
	p := smallPolicy()
	p.Scope = []string{"the Acme app"}
	p.CustomerData = policy.CustomerData{Customers: "companies on the Team plan", Data: "the files their staff upload",
		TermsURL: "https://acme.example/dpa"}
	p.OtherNotices = []policy.Notice{{Covers: "employees and job applicants", URL: "https://acme.example/privacy/staff"},
		{Covers: "consumer health data under Washington law"}}
	news := p.Purposes[0]
	news.ConsentMethod, news.ConsentLogged = policy.ConsentMethodDoubleOptIn, true
	news.PaidAlternative = policy.PaidAlternative{Offer: "the Plus plan", URL: "https://acme.example/plus"}
	return p
}

// TestNoticesGolden composes noticesPolicy in English and Russian and
// compares the text, with every clause's sources, with
// testdata/notices.*.txt.
func TestNoticesGolden(t *testing.T) {
	for _, lang := range []language.Tag{language.English, language.Russian} {
		name := "notices." + lang.String() + ".txt"
		t.Run(name, func(t *testing.T) {
			p := noticesPolicy()
			opts := Options{Language: lang}
			if lang != language.English {
				opts.Translations = markedCatalog(t, p, lang, func(s string) string { return "⟦" + s + "⟧" }, "")
			}
			composedGolden(t, name, mustCompose(t, p, opts))
		})
	}
}

// TestNoticesStated checks each statement against what the policy
// declares: each variant states its own wording, and nothing the policy
// does not declare.
func TestNoticesStated(t *testing.T) {
	const (
		customers = "This Policy does not cover"
		notice    = "A separate privacy notice applies to"
		paid      = "Instead of consenting, you may choose a paid alternative"
		logged    = "We keep a record of your consent"
		offerURL  = "The offer is described at"
	)
	for _, tt := range []struct {
		name      string
		change    func(p *policy.Policy)
		want, not []string
	}{
		{"none declared", func(p *policy.Policy) {}, nil,
			[]string{customers, notice, paid, logged, "You give your consent"}},
		{"customer data without customers or terms", func(p *policy.Policy) {
			p.CustomerData = policy.CustomerData{Data: "the files customers upload"}
		}, []string{
			"This Policy does not cover the files customers upload, which we process as a processor on behalf of our customers.",
			"please address requests about that data to the customer.",
		}, []string{"The terms under which we process it"}},
		{"customer data with customers and terms", func(p *policy.Policy) {
			p.CustomerData = policy.CustomerData{Customers: "enterprise customers", Data: "their repositories", TermsURL: "https://acme.example/dpa"}
		}, []string{
			"This Policy does not cover their repositories, which we process as a processor on behalf of enterprise customers.",
			"The terms under which we process it are published at https://acme.example/dpa.",
		}, nil},
		{"customer data without the data", func(p *policy.Policy) {
			p.CustomerData = policy.CustomerData{Customers: "enterprise customers"}
		}, nil, []string{customers, "enterprise customers"}},
		{"notices with and without a URL", func(p *policy.Policy) {
			p.OtherNotices = []policy.Notice{{Covers: "job applicants"}, {Covers: "employees", URL: "https://acme.example/staff"}}
		}, []string{
			"Separate privacy notices apply to the following:", ". Job applicants.", ". Employees: https://acme.example/staff.",
		}, []string{"A separate privacy notice"}},
		{"one notice", func(p *policy.Policy) {
			p.OtherNotices = []policy.Notice{{Covers: "employees", URL: "https://acme.example/staff"}, {}}
		}, []string{
			"A separate privacy notice applies to employees; it is published at https://acme.example/staff.",
		}, []string{"Separate privacy notices apply"}},
		{"each consent method", func(p *policy.Policy) {
			p.Purposes[0].ConsentMethod = policy.ConsentMethodCheckbox
			p.Purposes[1].ConsentMethod = policy.ConsentMethodWritten
		}, []string{
			"You give your consent by ticking a box that is not ticked in advance.",
			"You give your consent in writing, signed by hand or with an electronic signature.",
		}, []string{logged, paid}},
		{"consent tool and record", func(p *policy.Policy) {
			p.Purposes[0].ConsentMethod = policy.ConsentMethodConsentTool
			p.Purposes[0].ConsentLogged = true
		}, []string{
			"You give or refuse your consent in our consent management tool.",
			"We keep a record of your consent, so that we can show when and how you gave it.",
		}, nil},
		{"paid alternative without a URL", func(p *policy.Policy) {
			p.Purposes[0].PaidAlternative = policy.PaidAlternative{Offer: "an ad-free subscription"}
		}, []string{
			"Instead of consenting, you may choose a paid alternative, an ad-free subscription, under which we do not process your data for this purpose.",
		}, []string{offerURL}},
		{"consent details of a purpose that does not rest on consent", func(p *policy.Policy) {
			p.Purposes[1].Bases = []policy.Basis{policy.BasisContract}
			p.Purposes[1].ConsentMethod, p.Purposes[1].ConsentLogged = policy.ConsentMethodDoubleOptIn, true
			p.Purposes[1].PaidAlternative = policy.PaidAlternative{Offer: "the Plus plan"}
		}, nil, []string{"double opt-in", logged, paid}},
		{"undefined consent method", func(p *policy.Policy) { p.Purposes[0].ConsentMethod = 99 }, nil, []string{"You give your consent"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			tt.change(p)
			expectText(t, readText(t, p, language.English), tt.want, tt.not)
		})
	}
}

// TestNoticesLinks checks that the addresses the statements declare
// become links of the section they belong to.
func TestNoticesLinks(t *testing.T) {
	p := noticesPolicy()
	d := mustCompose(t, p, Options{})
	links := linkSections(d)
	for href, section := range map[string]string{
		p.CustomerData.TermsURL:           "general",
		p.OtherNotices[0].URL:             "general",
		p.Purposes[0].PaidAlternative.URL: "purposes",
	} {
		if got, ok := links[href]; !ok {
			t.Errorf("%s is not a link of the document", href)
		} else if got != section {
			t.Errorf("%s is linked in section %q, want %q", href, got, section)
		}
	}
}
