package main

import (
	"reflect"
	"slices"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/examples/internal/exampletest"
)

// TestPolicyValidatesClean checks that the policy has no findings under
// its three laws and that every category and purpose has a term of each
// vocabulary, so that every export states all of them.
func TestPolicyValidatesClean(t *testing.T) {
	if got, want := Policy.Laws, []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA}; !slices.Equal(got, want) {
		t.Errorf("laws = %v, want %v", got, want)
	}
	if fs := Policy.Validate(); len(fs) != 0 {
		t.Errorf("findings:\n%v", fs)
	}
	if fs := policy.CheckVocabulary(Policy, policy.Vocabularies()...); len(fs) != 0 {
		t.Errorf("vocabulary findings:\n%v", fs)
	}
}

// TestPolicy checks the golden renders in every format and language, and
// that the text states the service's own statements. The facts are the
// policy's own strings, not the library's wording, which may change.
func TestPolicy(t *testing.T) {
	exampletest.Check(t, *update, Policy, Translations(), []string{"en", "ru"}, []string{
		// The parties: the controller, its UK representative and its DPO.
		"Tallyboard Inc.", "Delaware Division of Corporations, file number 7412093",
		"Kestrel Privacy Representation Ltd", "14 Bridge Street, Manchester M3 3BZ, United Kingdom",
		"Aoife Brennan", "dpo@tallyboard.example",
		// Categories, with what is not collected.
		"password, stored as a hash", "boards, projects and tasks",
		"card brand, last four digits and expiry date", "cookie identifiers",
		"sign-in times and locations derived from the IP address",
		"call recordings, where you agree to them",
		"Card details go straight to our payment processor.",
		"Please do not put health or other sensitive information into your workspace.",
		// Purposes and their grounds' reasons.
		"Providing the service: workspaces, boards, sharing and notifications",
		"Billing subscriptions and keeping accounting records",
		"Keeping the service and accounts secure and preventing fraud and abuse",
		"Understanding how the service is used, to improve it",
		"protecting our users, their workspaces and our service from unauthorised access, fraud and abuse",
		// Retention and recipients.
		"This is currently 6 years after the end of the financial year in Ireland and up to 7 years in the United States.",
		"Paystream, Inc.", "card numbers go to it directly and never reach our servers",
		// Transfers on three safeguards, with how to get a copy.
		"The processor is certified under the UK Extension to the Data Privacy Framework.",
		"You can get a copy of the standard contractual clauses by writing to privacy@tallyboard.example.",
		"You can get a copy of the transfer agreement or addendum by writing to privacy@tallyboard.example.",
		// Rights and security.
		"we treat a Global Privacy Control signal as an opt-out all the same",
		"All connections use TLS 1.2 or later.", "SOC 2 Type II and ISO/IEC 27001.",
		"under the GDPR within 72 hours of becoming aware of it",
		"with the request form at https://tallyboard.example/privacy/request",
	})
}

// TestDeclaresPractices checks that the policy states, as typed
// declarations, each practice the example is meant to show, so that an
// edit cannot quietly turn one back into free text or drop it.
func TestDeclaresPractices(t *testing.T) {
	p := Policy
	var first, third, consent int
	for _, c := range p.Cookies {
		if c.Lifetime.IsZero() {
			t.Errorf("cookie %s states no lifetime", c.ID)
		}
		switch {
		case c.Party == policy.PartyFirst:
			first++
		case c.ThirdParty() && c.Provider != nil:
			third++
		default:
			t.Errorf("cookie %s: party %v, provider %v", c.ID, c.Party, c.Provider)
		}
		if !c.StrictlyNecessary {
			consent++
			if c.Purpose == nil || !c.Purpose.HasBasis(policy.BasisConsent) {
				t.Errorf("cookie %s needs consent but its purpose does not rest on consent", c.ID)
			}
		}
	}
	if first == 0 || third == 0 || consent == 0 {
		t.Errorf("cookies: %d first-party, %d third-party with a provider, %d needing consent; want some of each", first, third, consent)
	}
	if p.Signals.DoNotTrack == 0 || p.Signals.GlobalPrivacyControl != policy.AnswerYes {
		t.Errorf("signals = %+v, want Do Not Track answered and Global Privacy Control honoured", p.Signals)
	}
	for _, c := range []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing, policy.CommitmentNoModelTraining} {
		if !slices.Contains(p.Commitments, c) {
			t.Errorf("commitment %v is not declared", c)
		}
	}
	kinds := map[policy.DisclosureKind]policy.Disclosure{}
	for _, d := range p.Disclosures {
		kinds[d.Kind] = d
	}
	if d := kinds[policy.DisclosureLegalProcess]; !d.Notice || d.ReportURL == "" {
		t.Errorf("legal-process disclosure = %+v, want notice and a transparency report", d)
	}
	if d := kinds[policy.DisclosureBusinessTransfer]; !d.Notice || !d.SamePromises {
		t.Errorf("business-transfer disclosure = %+v, want notice and the same promises", d)
	}
	var staged bool
	for _, d := range p.Deletion {
		if d.From == policy.EventTrashed && len(d.Stages) == 3 && d.LegalHold {
			staged = true
			if got, want := d.Total(), policy.Days(95); got != want {
				t.Errorf("deletion from the trash takes %v in all, want %v", got, want)
			}
		}
	}
	if !staged {
		t.Error("no three-stage deletion from the trash with a legal hold")
	}
	safeguards := map[policy.Safeguard]bool{}
	for _, tr := range p.Transfers {
		safeguards[tr.Safeguard] = true
		if tr.Origin.String() != "EU" && tr.Origin.String() != "GB" {
			t.Errorf("transfer to %v from %v: want it to start in the EU or the UK", tr.Recipient.ID, tr.Origin)
		}
	}
	for _, s := range []policy.Safeguard{policy.SafeguardDataPrivacyFramework, policy.SafeguardStandardClauses, policy.SafeguardUKTransferAgreement} {
		if !safeguards[s] {
			t.Errorf("no transfer on %v", s)
		}
	}
	if len(p.Establishments) == 0 || p.Establishments[0].Region.String() != "EU" {
		t.Error("the EU establishment is not declared")
	}
	if p.Requests.Agents != policy.AnswerYes || len(p.Requests.Verification) == 0 || p.Requests.Deadline.IsZero() {
		t.Errorf("requests = %+v, want verification, agents and a deadline", p.Requests)
	}
	if p.Links.Subprocessors == "" || p.Links.Security == "" || p.Links.CookieSettings == "" || p.Links.RequestForm == "" {
		t.Errorf("links = %+v, want all four", p.Links)
	}
	if !p.CCPA.OnlineOnly || p.CCPA.Sold != policy.AnswerNo || p.CCPA.Shared != policy.AnswerNo {
		t.Errorf("CCPA notice = %+v, want online only, not sold, not shared", p.CCPA)
	}
}

// notFreeText names the string fields a document states as they are:
// identifiers, addresses a reader types, the version and vocabulary terms.
var notFreeText = map[string]bool{
	"ID": true, "Email": true, "Phone": true, "Website": true, "URL": true, "OptOutURL": true, "Version": true,
	"Terms": true,
}

// TestTranslationsComplete checks that every free-text string of the
// policy has a Russian translation, whether or not today's document states
// it, so that a document that states more of the policy still renders in
// Russian; and that the catalog holds no translation of a string the
// policy no longer has.
func TestTranslationsComplete(t *testing.T) {
	strs := map[string]bool{}
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value, field string)
	walk = func(v reflect.Value, field string) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(v.Elem(), field)
		case reflect.Struct:
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() && !notFreeText[f.Name] {
					walk(v.Field(i), v.Type().Name()+"."+f.Name)
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i), field)
			}
		case reflect.String:
			if s := v.String(); s != "" {
				if _, ok := russian[s]; !ok {
					t.Errorf("%s %q has no Russian translation", field, s)
				}
				strs[s] = true
			}
		}
	}
	walk(reflect.ValueOf(Policy), "Policy")
	if len(strs) < 100 {
		t.Fatalf("found only %d strings in the policy; the walk is broken", len(strs))
	}
	for en, ru := range russian {
		if !strs[en] {
			t.Errorf("the translation of %q is not used by the policy", en)
		}
		if ru == "" {
			t.Errorf("the translation of %q is empty", en)
		}
	}
}
