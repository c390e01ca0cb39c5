package policy_test

import (
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func init() { lawCaseSets[policy.UKGDPR] = ukgdprCases }

// ukgdprCases are the cases of the UKGDPR rules; TestLawRules runs them.
func ukgdprCases() map[policy.Rule][]lawCase {
	cases := map[policy.Rule][]lawCase{}
	for id, cs := range gdprCases() {
		cases[policy.Rule("ukgdpr."+id)] = cs
	}
	us := language.MustParseRegion("US")
	cases["ukgdpr.13.1.f"] = append(cases["ukgdpr.13.1.f"], lawCase{"EU clauses under the UK GDPR",
		func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.StandardClauses, us
		}, func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.UKTransferAgreement, us
		}, "transfers[0].safeguard", policy.Error, "UK Addendum"})

	return cases
}
