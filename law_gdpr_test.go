package policy_test

import (
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// gdprCases are the cases of the rules the GDPR and the UK GDPR share.
func gdprCases() map[string][]lawCase {
	cn := language.MustParseRegion("CN")
	return map[string][]lawCase{
		"13.1.a": {{"no contact", func(p *policy.Policy) { p.Controller.Email = "" },
			func(p *policy.Policy) { p.Controller.Email = ""; p.Controller.Address = "1 Main St" }, "controller", policy.Error, "contact details"}},
		"13.1.c": {{"ground of another law", func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.ResearchBody} },
			func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.LegitimateInterests} }, "purposes[purpose.p0].bases", policy.Error, "recognises"}},
		"13.1.e": {{"no recipients", func(p *policy.Policy) { p.Recipients = nil },
			func(p *policy.Policy) { p.Recipients = p.Recipients[:1] }, "recipients", policy.Error, ""}},
		"13.1.f": {
			{"no adequacy", func(p *policy.Policy) { p.Transfers[0].Destination = cn; p.Recipients[0].Country = cn },
				func(p *policy.Policy) {
					p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = cn, policy.BindingCorporateRules, cn
				}, "transfers[0].safeguard", policy.Error, "no adequacy decision"},
			{"privacy shield", func(p *policy.Policy) {
				us := language.MustParseRegion("US")
				p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.PrivacyShield, us
			}, func(p *policy.Policy) {
				us := language.MustParseRegion("US")
				p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.DataPrivacyFramework, us
			}, "transfers[0].safeguard", policy.Error, "2020-07-16"},
			{"recipient abroad", func(p *policy.Policy) { p.Recipients[0].Country = cn },
				func(p *policy.Policy) {
					p.Recipients[0].Country = cn
					p.Transfers = append(p.Transfers, policy.Transfer{Destination: cn, Safeguard: policy.BindingCorporateRules})
				}, "recipients[recipient.r0].country", policy.Error, "no transfer to CN"},
		},
		"13.2.b": {{"no restriction", func(p *policy.Policy) { removeRight(p, policy.Restriction) },
			func(p *policy.Policy) { removeRight(p, policy.NonDiscrimination) }, "rights", policy.Error, "restrict"}},
		"13.2.c": {{"consent without the right", func(p *policy.Policy) { removeRight(p, policy.WithdrawConsent) },
			func(p *policy.Policy) {
				removeRight(p, policy.WithdrawConsent)
				for _, pu := range p.Purposes {
					if pu.HasBasis(policy.Consent) {
						pu.Bases = []policy.Basis{policy.Contract}
					}
				}
			}, "rights", policy.Error, "withdraw"}},
		"13.2.d": {{"no complaint", func(p *policy.Policy) { removeRight(p, policy.Complaint) },
			func(p *policy.Policy) {
				removeRight(p, policy.Portability)
				p.Rights = append(p.Rights, policy.Right{Kind: policy.Portability})
			}, "rights", policy.Error, "complaint"}},
		"13.2.e": {{"no requirement", func(p *policy.Policy) { p.Purposes[0].Required = "" },
			func(p *policy.Policy) { p.Purposes[2].Required = "" }, "purposes[purpose.p0].required", policy.Error, ""}},
		"13.2.f": {{"silent on automation", func(p *policy.Policy) { p.NoAutomatedDecisions = false },
			func(p *policy.Policy) { p.NoAutomatedDecisions = false; p.Purposes[1].Automated = "credit scoring" }, "no_automated_decisions", policy.Error, ""}},
		"14.1.d": {{"third-party data without items", func(p *policy.Policy) {
			c := p.Categories[0]
			c.Sources, c.SourceDetail, c.Items = []policy.Source{policy.FromThirdParty}, "data brokers", nil
		}, func(p *policy.Policy) {
			c := p.Categories[0]
			c.Sources, c.SourceDetail, c.Items = []policy.Source{policy.FromUser}, "", nil
		}, "categories[category.c0].items", policy.Error, ""}},
		"14.2.f": {{"third-party data without source", func(p *policy.Policy) { p.Categories[0].Sources = []policy.Source{policy.FromPublicSource} },
			func(p *policy.Policy) {
				p.Categories[0].Sources, p.Categories[0].SourceDetail = []policy.Source{policy.FromPublicSource}, "public registers"
			}, "categories[category.c0].source_detail", policy.Error, ""}},
		"8.1": {
			{"too young", func(p *policy.Policy) { p.Children.MinimumAge = 12 },
				func(p *policy.Policy) { p.Children.MinimumAge = 13 }, "children.minimum_age", policy.Error, "below 13"},
			{"not stated", func(p *policy.Policy) { p.Children.MinimumAge = 0 },
				func(p *policy.Policy) { p.Children.MinimumAge = 18 }, "children.minimum_age", policy.Warning, ""},
		},
	}
}

func init() { lawCaseSets[policy.GDPR] = gdprLawCases }

// gdprLawCases are the cases of the GDPR rules; TestLawRules runs them.
func gdprLawCases() map[policy.Rule][]lawCase {
	cases := map[policy.Rule][]lawCase{}
	for id, cs := range gdprCases() {
		cases[policy.Rule("gdpr."+id)] = cs
	}
	us := language.MustParseRegion("US")
	cases["gdpr.13.1.f"] = append(cases["gdpr.13.1.f"], lawCase{"UK agreement under the GDPR",
		func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.UKTransferAgreement, us
			p.Transfers[0].Laws = []policy.Law{policy.GDPR}
		}, func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.StandardClauses, us
			p.Transfers[0].Laws = []policy.Law{policy.GDPR}
		}, "transfers[0].safeguard", policy.Error, "UK GDPR only"})
	return cases
}
