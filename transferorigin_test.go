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
