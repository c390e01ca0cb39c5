package policy_test

import (
	"slices"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestRecipientOutsideReach shows that a recipient abroad needs a transfer
// under a law only where it may receive the data of the people that law
// protects: a local partner that only purposes concerning the data
// subjects of its own country name, such as the company that runs a cloud
// service for users in mainland China, needs no transfer under the GDPR,
// while one that also serves everyone, provides a cookie or is named by
// no purpose still does.
func TestRecipientOutsideReach(t *testing.T) {
	cn := language.MustParseRegion("CN")
	setup := func(p *policy.Policy) (*policy.Recipient, *policy.Purpose) {
		r := &policy.Recipient{ID: "local", Name: "a local partner", Role: policy.RoleProcessor, Categories: p.Categories[:1], Country: cn}
		pu := &policy.Purpose{ID: "local", Name: "Running the service in China", Categories: p.Categories[:1],
			Bases: []policy.Basis{policy.BasisContract}, Required: "the service needs it", Regions: []language.Region{cn}, Recipients: []*policy.Recipient{r}}
		p.Recipients = append(p.Recipients, r)
		p.Purposes = append(p.Purposes, pu)
		return r, pu
	}
	for _, tc := range []struct {
		name  string
		edit  func(p *policy.Policy, r *policy.Recipient, pu *policy.Purpose)
		wants bool
	}{
		{"only a purpose for China's data subjects names it", func(*policy.Policy, *policy.Recipient, *policy.Purpose) {}, false},
		{"a purpose for everyone names it too", func(p *policy.Policy, r *policy.Recipient, _ *policy.Purpose) {
			p.Purposes[0].Recipients = append(p.Purposes[0].Recipients, r)
		}, true},
		{"no purpose names it", func(_ *policy.Policy, _ *policy.Recipient, pu *policy.Purpose) { pu.Recipients = nil }, true},
		{"it provides a cookie", func(p *policy.Policy, r *policy.Recipient, pu *policy.Purpose) {
			p.Cookies = append(p.Cookies, policy.Cookie{ID: "local", Name: "local cookie", Party: policy.PartyThird, Provider: r, Purpose: pu,
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true})
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := lawPolicy()
			if !slices.Contains(p.Laws, policy.GDPR) {
				t.Fatal("the test policy does not declare the GDPR")
			}
			r, pu := setup(p)
			tc.edit(p, r, pu)
			var got bool
			for _, f := range p.Validate() {
				if f.Rule == "gdpr.13.1.f" && f.Path == "recipients[local].country" {
					got = true
				}
			}
			if got != tc.wants {
				t.Errorf("gdpr.13.1.f on recipients[local].country: %v; want %v", got, tc.wants)
			}
		})
	}
}
