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
		}, "transfers[0].safeguard", policy.Error, "UK Addendum"},
		lawCase{"EU-US framework before the UK Extension", func(p *policy.Policy) {
			toUS(p, policy.DataPrivacyFramework)
			effective(p, policy.MakeDate(2023, 10, 11))
		}, func(p *policy.Policy) {
			toUS(p, policy.DataPrivacyFramework)
			effective(p, policy.MakeDate(2023, 10, 12))
		}, "transfers[0].safeguard", policy.Error, "UK Extension to the EU-US Data Privacy Framework) applies from 2023-10-12"},
		lawCase{"EU adequacy for the European Patent Organisation", func(p *policy.Policy) {
			p.Transfers[0].Organisation, p.Transfers[0].Safeguard = policy.OrganisationEPO, policy.Adequacy
		},
			func(p *policy.Policy) {
				p.Transfers[0].Organisation, p.Transfers[0].Safeguard = policy.OrganisationEPO, policy.UKTransferAgreement
			}, "transfers[0].safeguard", policy.Error, "the European Patent Organisation has no adequacy decision under UK GDPR"})
	cases["ukgdpr.27"] = []lawCase{{"no UK representative", func(p *policy.Policy) {
		p.Controller.Country = language.MustParseRegion("DE")
		p.Representatives = []policy.Representative{{Region: language.MustParseRegion("EU"), Contact: policy.Contact{Name: "Rep", Email: "rep@generated.example"}}}
	}, func(p *policy.Policy) {
		p.Controller.Country = language.MustParseRegion("DE")
		p.Representatives = []policy.Representative{{Region: language.MustParseRegion("GB"), Contact: policy.Contact{Name: "Rep Ltd", Address: "1 High St, London"}}}
	}, "representatives", policy.Error, "in the area of UK GDPR"}}

	return cases
}
