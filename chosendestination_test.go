package policy_test

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// withChosen returns the law test policy, which declares every law, with
// one more transfer, t, to a destination the data subject chooses, and
// the path of that transfer.
func withChosen(t policy.Transfer) (*policy.Policy, string) {
	p := lawPolicy()
	i := len(p.Transfers)
	t.Categories = p.Transfers[0].Categories
	p.Transfers = append(p.Transfers, t)
	return p, "transfers[" + strconv.Itoa(i) + "]"
}

// TestChosenDestinationRule shows what a transfer to a country the data
// subject's choice determines may state: no fixed destination or
// international organisation, and a safeguard that holds whatever the
// country (contract necessity or explicit consent). Where the safeguard
// depends on the destination, only the model rule reports it, not each
// law's transfer rule again.
func TestChosenDestinationRule(t *testing.T) {
	r := language.MustParseRegion
	for _, tt := range []struct {
		name  string
		tr    policy.Transfer
		rule  policy.Rule // "" for none
		field string
		text  string
	}{
		{"contract necessity", policy.Transfer{ChosenDestination: policy.ChosenDestinationTravel, Safeguard: policy.SafeguardContractNecessity}, "", "", ""},
		{"explicit consent", policy.Transfer{ChosenDestination: policy.ChosenDestinationAddressee, Safeguard: policy.SafeguardExplicitConsent, Risks: "the payee's country may not protect your data as well"}, "", "", ""},
		{"a fixed destination too", policy.Transfer{ChosenDestination: policy.ChosenDestinationTravel, Destination: r("US"), Safeguard: policy.SafeguardContractNecessity},
			policy.RuleChosenDestination, "destination", "also states the destination US"},
		{"an organisation too", policy.Transfer{ChosenDestination: policy.ChosenDestinationBooking, Organisation: policy.OrganisationEPO, Safeguard: policy.SafeguardContractNecessity},
			policy.RuleChosenDestination, "organisation", "the European Patent Organisation"},
		{"adequacy", policy.Transfer{Origin: r("EU"), ChosenDestination: policy.ChosenDestinationBooking, Safeguard: policy.SafeguardAdequacy},
			policy.RuleChosenDestination, "safeguard", "not known in advance, so an adequacy decision cannot make it lawful"},
		{"standard clauses", policy.Transfer{Origin: r("GB"), ChosenDestination: policy.ChosenDestinationBooking, Safeguard: policy.SafeguardStandardClauses},
			policy.RuleChosenDestination, "safeguard", "rest it on contract_necessity or explicit_consent"},
		{"binding corporate rules", policy.Transfer{ChosenDestination: policy.ChosenDestinationAddressee, Safeguard: policy.SafeguardBindingCorporateRules},
			policy.RuleChosenDestination, "safeguard", "binding corporate rules cannot"},
		{"the Data Privacy Framework", policy.Transfer{Origin: r("EU"), ChosenDestination: policy.ChosenDestinationTravel, Safeguard: policy.SafeguardDataPrivacyFramework},
			policy.RuleChosenDestination, "safeguard", "the EU-US Data Privacy Framework cannot"},
		{"an unknown kind", policy.Transfer{ChosenDestination: 9, Safeguard: policy.SafeguardContractNecessity},
			policy.RuleInvalidValue, "chosen_destination", "not a known chosen destination"},
	} {
		t.Run(strings.ReplaceAll(tt.name, " ", "_"), func(t *testing.T) {
			tt.tr.Notified = policy.MakeDate(2024, time.December, 1) // as 152-FZ asks where no origin is stated
			p, path := withChosen(tt.tr)
			var got []policy.Finding
			for _, f := range p.Validate() {
				if strings.HasPrefix(f.Path, path+".") || f.Path == path {
					got = append(got, f)
				}
			}
			if tt.rule == "" {
				if len(got) > 0 {
					t.Fatalf("findings about the transfer: %v", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d findings about the transfer, want one %s (no law rule again):\n%v", len(got), tt.rule, got)
			}
			f := got[0]
			if f.Rule != tt.rule || f.Path != path+"."+tt.field || f.Severity != policy.SeverityError || !strings.Contains(f.Message, tt.text) {
				t.Errorf("finding = %+v; want an error %s at %s.%s with %q", f, tt.rule, path, tt.field, tt.text)
			}
		})
	}
}

// TestChosenDestinationLaws shows that each law that restricts transfers
// judges a transfer to a country the data subject chooses as a transfer
// abroad (Policy.TransferLaws), instead of finding it no transfer, and
// applies its own checks to it.
func TestChosenDestinationLaws(t *testing.T) {
	r := language.MustParseRegion
	for _, tt := range []struct {
		name     string
		law      policy.Law
		fail     policy.Transfer
		rule     policy.Rule
		field    string
		severity policy.Severity
		text     string
		pass     policy.Transfer
	}{
		{"GDPR: consent without its risks", policy.GDPR,
			policy.Transfer{Origin: r("EU"), ChosenDestination: policy.ChosenDestinationAddressee, Safeguard: policy.SafeguardExplicitConsent},
			"gdpr.49.1.a", "risks", policy.SeverityError, "the country the data subject's choice determines (chosen_destination addressee)",
			policy.Transfer{Origin: r("EU"), ChosenDestination: policy.ChosenDestinationAddressee, Safeguard: policy.SafeguardExplicitConsent, Risks: "the addressee's country may not protect your data"}},
		{"UK GDPR: consent without its risks", policy.UKGDPR,
			policy.Transfer{Origin: r("GB"), ChosenDestination: policy.ChosenDestinationTravel, Safeguard: policy.SafeguardExplicitConsent},
			"ukgdpr.49.1.a", "risks", policy.SeverityError, "possible risks",
			policy.Transfer{Origin: r("GB"), ChosenDestination: policy.ChosenDestinationTravel, Safeguard: policy.SafeguardContractNecessity}},
		{"152-FZ: no notification stated", policy.FZ152,
			policy.Transfer{Origin: r("RU"), ChosenDestination: policy.ChosenDestinationTravel, Safeguard: policy.SafeguardContractNecessity},
			"152fz.12", "notified", policy.SeverityWarning, "does not state when Roskomnadzor was notified",
			policy.Transfer{Origin: r("RU"), ChosenDestination: policy.ChosenDestinationTravel, Safeguard: policy.SafeguardContractNecessity, Notified: policy.MakeDate(2023, time.February, 28)}},
		// The country is not known, so it may lack adequate protection:
		// data goes only once the notification has been considered.
		{"152-FZ: notification not yet considered", policy.FZ152,
			policy.Transfer{Origin: r("RU"), ChosenDestination: policy.ChosenDestinationTravel, Safeguard: policy.SafeguardContractNecessity, Notified: policy.MakeDate(2024, time.December, 30)},
			"152fz.12", "notified", policy.SeverityError, "may be a country not on Roskomnadzor's list",
			policy.Transfer{Origin: r("RU"), ChosenDestination: policy.ChosenDestinationTravel, Safeguard: policy.SafeguardContractNecessity, Notified: policy.MakeDate(2024, time.December, 1)}},
	} {
		t.Run(strings.ReplaceAll(tt.name, " ", "_"), func(t *testing.T) {
			p, path := withChosen(tt.fail)
			if laws := p.TransferLaws(p.Transfers[len(p.Transfers)-1]); !slices.Contains(laws, tt.law) {
				t.Fatalf("TransferLaws = %v; want it to include %v", laws, tt.law)
			}
			var got *policy.Finding
			fs := p.Validate()
			for i := range fs {
				if fs[i].Rule == tt.rule && strings.HasPrefix(fs[i].Path, path+".") {
					got = &fs[i]
					break
				}
			}
			switch {
			case got == nil:
				t.Fatalf("no %s finding about %s; got:\n%v", tt.rule, path, fs)
			case got.Path != path+"."+tt.field || got.Severity != tt.severity || !strings.Contains(got.Message, tt.text):
				t.Errorf("finding = %+v; want %v at %s.%s with %q", *got, tt.severity, path, tt.field, tt.text)
			}
			p, path = withChosen(tt.pass)
			for _, f := range p.Validate() {
				if strings.HasPrefix(f.Path, path+".") {
					t.Errorf("passing transfer: %v", f)
				}
			}
		})
	}
	// The FADP and the LGPD accept both grounds to any country.
	for _, tt := range []struct {
		law    policy.Law
		origin string
	}{{policy.FADP, "CH"}, {policy.LGPD, "BR"}} {
		for _, s := range []policy.Safeguard{policy.SafeguardContractNecessity, policy.SafeguardExplicitConsent} {
			p, path := withChosen(policy.Transfer{Origin: r(tt.origin), ChosenDestination: policy.ChosenDestinationBooking, Safeguard: s, Risks: "the accommodation's country may not protect your data"})
			if laws := p.TransferLaws(p.Transfers[len(p.Transfers)-1]); !slices.Equal(laws, []policy.Law{tt.law}) {
				t.Errorf("from %s: TransferLaws = %v; want [%v]", tt.origin, laws, tt.law)
			}
			for _, f := range p.Validate() {
				if strings.HasPrefix(f.Path, path+".") {
					t.Errorf("from %s on %s: %v", tt.origin, s, f)
				}
			}
		}
	}
}

// TestChosenDestinationJSON shows that the destination a data subject
// chooses round-trips through the JSON encoding under its own key.
func TestChosenDestinationJSON(t *testing.T) {
	p, _ := withChosen(policy.Transfer{Origin: language.MustParseRegion("EU"), ChosenDestination: policy.ChosenDestinationBooking, Safeguard: policy.SafeguardContractNecessity})
	var b bytes.Buffer
	if err := policy.Encode(&b, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"chosen_destination": "booking"`) {
		t.Fatalf("encoding does not state chosen_destination booking:\n%s", b.String())
	}
	q, err := policy.Decode(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Transfers[len(q.Transfers)-1].ChosenDestination; got != policy.ChosenDestinationBooking {
		t.Errorf("decoded ChosenDestination = %v; want booking", got)
	}
	bad := strings.Replace(b.String(), `"chosen_destination": "booking"`, `"chosen_destination": "moon"`, 1)
	if _, err := policy.Decode(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "chosen_destination") {
		t.Errorf("Decode of an unknown chosen destination: err = %v; want one naming chosen_destination", err)
	}
}
