package policy_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestTransferOrigin shows that each law's transfer rules judge a transfer
// that states its origin only where the law governs it
// (Policy.TransferLaws): a transfer from the law's home, or from a place no
// declared law calls home, but not a transfer from another declared law's
// home, even to the same destination on the same safeguard. The base
// policy declares every law.
func TestTransferOrigin(t *testing.T) {
	r := language.MustParseRegion
	for _, tt := range []struct {
		rule       policy.Rule
		name       string
		safeguard  policy.Safeguard
		fail, pass language.Region // origins
		field      string          // of the finding
		message    string
	}{
		{"gdpr.13.1.f", "the IDTA from the EU", policy.SafeguardUKTransferAgreement, r("EU"), r("GB"), "safeguard", "UK GDPR only"},
		{"gdpr.13.1.f", "the IDTA from a member state", policy.SafeguardUKTransferAgreement, r("DE"), r("GB"), "safeguard", "UK GDPR only"},
		{"gdpr.13.1.f.copy", "clauses without a copy from the EU", policy.SafeguardStandardClauses, r("EU"), r("GB"), "note", "copy of the safeguards"},
		{"gdpr.49.1.a", "consent without risks from the EU", policy.SafeguardExplicitConsent, r("EU"), r("CH"), "risks", "possible risks"},
		{"ukgdpr.13.1.f", "EU clauses from the UK", policy.SafeguardStandardClauses, r("GB"), r("EU"), "safeguard", "UK Addendum"},
		{"ukgdpr.13.1.f", "EU clauses from where no declared law is at home", policy.SafeguardStandardClauses, r("JP"), r("EU"), "safeguard", "UK Addendum"},
		{"ukgdpr.13.1.f", "EU clauses from anywhere", policy.SafeguardStandardClauses, language.Region{}, r("EU"), "safeguard", "UK Addendum"},
		{"ukgdpr.13.1.f.copy", "the IDTA without a copy from the UK", policy.SafeguardUKTransferAgreement, r("GB"), r("EU"), "note", "copy of the safeguards"},
		{"fadp.19.4", "the IDTA from Switzerland", policy.SafeguardUKTransferAgreement, r("CH"), r("GB"), "safeguard", "UK GDPR only"},
		{"lgpd.33", "the IDTA from Brazil", policy.SafeguardUKTransferAgreement, r("BR"), r("GB"), "safeguard", "UK GDPR only"},
		{"152fz.12", "EU clauses from Russia", policy.SafeguardStandardClauses, r("RU"), r("EU"), "safeguard", "152-FZ does not recognise"},
	} {
		t.Run(string(tt.rule)+"/"+strings.ReplaceAll(tt.name, " ", "_"), func(t *testing.T) {
			withTransfer := func(origin language.Region) (*policy.Policy, string) {
				p := lawPolicy()
				i := len(p.Transfers)
				p.Transfers = append(p.Transfers, policy.Transfer{
					Origin: origin, Destination: r("US"), Categories: p.Transfers[0].Categories,
					Safeguard: tt.safeguard, Notified: policy.MakeDate(2024, 12, 1),
				})
				return p, "transfers[" + strconv.Itoa(i) + "]." + tt.field
			}
			p, path := withTransfer(tt.fail)
			var got *policy.Finding
			fs := p.Validate()
			for i := range fs {
				if fs[i].Rule == tt.rule {
					got = &fs[i]
					break
				}
			}
			switch {
			case got == nil:
				t.Fatalf("from %q: no %s finding; got:\n%v", tt.fail, tt.rule, fs)
			case got.Path != path || got.Severity != policy.SeverityError || !strings.Contains(got.Message, tt.message):
				t.Errorf("from %q: finding = %+v; want an error at %s with %q", tt.fail, *got, path, tt.message)
			}
			p, _ = withTransfer(tt.pass)
			for _, f := range p.Validate() {
				if f.Rule == tt.rule {
					t.Errorf("from %q, where %s does not govern the transfer: %v", tt.pass, tt.rule[:strings.IndexByte(string(tt.rule), '.')], f)
				}
			}
		})
	}
}

// TestAdequacyWording shows that each law's transfer rule words its
// findings about adequacy in the law's own terms: the European
// Commission's adequacy decisions, the UK's adequacy regulations, the
// Federal Council's list of states with adequate protection, the list
// approved by Roskomnadzor and the ANPD's adequacy decisions. Each
// transfer starts in the law's home, so that law alone judges it.
func TestAdequacyWording(t *testing.T) {
	r := language.MustParseRegion
	for _, tt := range []struct {
		rule        policy.Rule
		origin      language.Region
		destination language.Region
		safeguard   policy.Safeguard
		within      bool
		message     string
	}{
		{"gdpr.13.1.f", r("EU"), r("CN"), policy.SafeguardAdequacy, false, "there is no adequacy decision of the European Commission for CN (GDPR Art. 45; checked on 2026-11-27); state another safeguard"},
		{"gdpr.13.1.f", r("EU"), r("CA"), policy.SafeguardAdequacy, false, "the adequacy decision of the European Commission for CA covers only organisations subject to PIPEDA"},
		{"ukgdpr.13.1.f", r("GB"), r("CN"), policy.SafeguardAdequacy, false, "there are no adequacy regulations for CN (UK GDPR Art. 45, DPA 2018 s. 17A; checked on 2026-11-27); state another safeguard"},
		{"ukgdpr.13.1.f", r("GB"), r("CA"), policy.SafeguardAdequacy, false, "the adequacy regulations for CA cover only organisations subject to PIPEDA"},
		{"ukgdpr.13.1.f", r("GB"), r("US"), policy.SafeguardAdequacy, true, "the adequacy regulations for US cover only organisations certified under the UK Extension"},
		{"fadp.19.4", r("CH"), r("CN"), policy.SafeguardAdequacy, false, "there is no entry for CN on the Federal Council's list of states with adequate protection (FADP Art. 16(1), Annex 1 to the Data Protection Ordinance; checked on 2026-11-27); state another safeguard"},
		{"fadp.19.4", r("CH"), r("US"), policy.SafeguardAdequacy, true, "the entry for US on the Federal Council's list of states with adequate protection covers only organisations certified under the Swiss-U.S. Data Privacy Framework"},
		{"152fz.12", r("RU"), r("CN"), policy.SafeguardAdequacy, false, "there is no entry for CN on the list of states ensuring adequate protection approved by Roskomnadzor (152-FZ Art. 12(2); checked on 2026-11-27); state another safeguard"},
		{"152fz.12", r("RU"), r("US"), policy.SafeguardDataPrivacyFramework, false, "there is no entry for organisations in the United States certified under the Data Privacy Framework on the list of states ensuring adequate protection approved by Roskomnadzor (152-FZ Art. 12(2)"},
		{"lgpd.33", r("BR"), r("CN"), policy.SafeguardAdequacy, false, "there is no adequacy decision of the ANPD for CN (LGPD Art. 33(I), 34; checked on 2026-11-27); state another safeguard"},
	} {
		t.Run(string(tt.rule)+"/"+tt.destination.String()+"/"+tt.safeguard.String(), func(t *testing.T) {
			p := lawPolicy()
			effective(p, policy.MakeDate(2026, 6, 1))
			i := len(p.Transfers)
			p.Transfers = append(p.Transfers, policy.Transfer{
				Origin: tt.origin, Destination: tt.destination, Categories: p.Transfers[0].Categories,
				Safeguard: tt.safeguard, WithinScope: tt.within, Notified: policy.MakeDate(2024, 12, 1),
			})
			var found bool
			for _, f := range p.Validate() {
				if f.Rule != tt.rule {
					continue
				}
				found = true
				if want := "transfers[" + strconv.Itoa(i) + "].safeguard"; f.Path != want || !strings.Contains(f.Message, tt.message) {
					t.Errorf("finding = %v; want one at %s with %q", f, want, tt.message)
				}
			}
			if !found {
				t.Errorf("no %s finding", tt.rule)
			}
		})
	}
}
