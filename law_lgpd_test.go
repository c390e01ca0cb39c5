package policy_test

import "github.com/gopolicy/policy"

func init() { lawCaseSets[policy.LGPD] = lgpdCases }

// lgpdCases are the cases of the LGPD rules; TestLawRules runs them.
func lgpdCases() map[policy.Rule][]lawCase {
	cases := map[policy.Rule][]lawCase{}
	cases["lgpd.7"] = []lawCase{{"ground LGPD lacks", func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.MadePublic} },
		func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.CreditProtection} }, "purposes[purpose.p0].bases", policy.Error, ""}}
	cases["lgpd.11"] = []lawCase{{"sensitive on an Art. 7 ground", func(p *policy.Policy) {
		p.Categories[0].Sensitivity = policy.Sensitive
	}, func(p *policy.Policy) { p.Categories[0].Sensitivity = policy.Sensitive; explicit(p) }, "purposes[purpose.p0].bases", policy.Error, "sensitive"},
		{"sensitive on a legal obligation", func(p *policy.Policy) {
			p.Purposes[0].Categories[0].Sensitivity = policy.Special
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.MadePublic)
		}, func(p *policy.Policy) {
			p.Purposes[1].Categories[0].Sensitivity = policy.Special
			p.Purposes[1].Bases = append(p.Purposes[1].Bases, policy.MadePublic)
		}, "purposes[purpose.p0].bases", policy.Error, "sensitive"}}
	cases["lgpd.9"] = []lawCase{{"no portability", func(p *policy.Policy) { removeRight(p, policy.Portability) },
		func(p *policy.Policy) { removeRight(p, policy.Restriction) }, "rights", policy.Error, "machine-readable"}}
	cases["lgpd.33"] = []lawCase{
		{"EU standard clauses", func(p *policy.Policy) { toUS(p, policy.StandardClauses); effective(p, policy.MakeDate(2025, 8, 23)) },
			func(p *policy.Policy) { toUS(p, policy.StandardClauses); effective(p, policy.MakeDate(2025, 8, 22)) }, "transfers[0].safeguard", policy.Error, "does not accept the EU standard contractual clauses"},
		{"EU before the ANPD's decision", func(p *policy.Policy) {
			effective(p, policy.MakeDate(2026, 1, 25))
			p.Transfers[0].Safeguard = policy.Adequacy
		},
			func(p *policy.Policy) {
				effective(p, policy.MakeDate(2026, 1, 26))
				p.Transfers[0].Safeguard = policy.Adequacy
			}, "transfers[0].safeguard", policy.Error, "DE under LGPD applies from 2026-01-26"},
		{"Data Privacy Framework", func(p *policy.Policy) { toUS(p, policy.DataPrivacyFramework) },
			func(p *policy.Policy) { toUS(p, policy.BindingCorporateRules) }, "transfers[0].safeguard", policy.Error, "Data Privacy Framework"},
	}
	cases["lgpd.41"] = []lawCase{{"no encarregado", func(p *policy.Policy) { p.DPO = nil },
		func(p *policy.Policy) { p.DPO = &policy.Contact{Name: "Ana", Address: "São Paulo"} }, "dpo", policy.Error, ""}}
	return cases
}
