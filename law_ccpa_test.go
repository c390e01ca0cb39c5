package policy_test

import "github.com/gopolicy/policy"

func init() { lawCaseSets[policy.CCPA] = ccpaCases }

// ccpaCases are the cases of the CCPA rules; TestLawRules runs them.
func ccpaCases() map[policy.Rule][]lawCase {
	cases := map[policy.Rule][]lawCase{}
	cases["ccpa.110.c.1"] = []lawCase{{"unmapped", func(p *policy.Policy) { p.Categories[3].CCPA = nil },
		func(p *policy.Policy) {
			p.Categories[3].CCPA = []policy.CCPACategory{policy.CommercialInfo, policy.Inferences}
		}, "categories[category.c3].ccpa", policy.Error, "A-K"}}
	cases["ccpa.110.c.2"] = []lawCase{{"no sources", func(p *policy.Policy) { p.Categories[3].Sources = nil },
		func(p *policy.Policy) { p.Categories[3].Sources = []policy.Source{policy.Automatic} }, "categories[category.c3].sources", policy.Error, ""}}
	cases["ccpa.110.c.4"] = []lawCase{{"recipient without categories", func(p *policy.Policy) { p.Recipients[1].Categories = nil },
		func(p *policy.Policy) { p.Recipients[1].Categories = nil; p.Recipients[1].Role = policy.Authority }, "recipients[recipient.r1].categories", policy.Error, ""}}
	cases["ccpa.115.120"] = []lawCase{{"sale not stated", func(p *policy.Policy) { p.CCPA.Sold = 0 },
		func(p *policy.Policy) { p.CCPA.Sold = policy.Yes }, "ccpa.sold", policy.Error, "sold"}}
	cases["ccpa.135"] = []lawCase{{"no opt-out link", func(p *policy.Policy) { p.CCPA.Shared = policy.Yes },
		func(p *policy.Policy) {
			p.CCPA.Shared, p.CCPA.OptOutURL = policy.Yes, "https://generated.example/do-not-sell"
		}, "ccpa.opt_out_url", policy.Error, "Do Not Sell"}}
	cases["ccpa.rights"] = []lawCase{
		{"no non-discrimination", func(p *policy.Policy) { removeRight(p, policy.NonDiscrimination) },
			func(p *policy.Policy) { removeRight(p, policy.Restriction) }, "rights", policy.Error, "discriminated"},
		{"sells without opt-out right", func(p *policy.Policy) { p.CCPA.Sold = policy.Yes },
			func(p *policy.Policy) {
				p.CCPA.Sold = policy.Yes
				p.Rights = append(p.Rights, policy.Right{Kind: policy.OptOutOfSale})
			}, "rights", policy.Error, "opt out"},
		{"sensitive without limit right", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.Sensitive
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.ExplicitConsent)
			p.Purposes[0].Withdraw = "in settings"
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.Sensitive
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.ExplicitConsent)
			p.Rights = append(p.Rights, policy.Right{Kind: policy.LimitSensitiveUse})
		}, "rights", policy.Error, "sensitive"},
	}
	cases["ccpa.130.a.1"] = []lawCase{
		{"one method", func(p *policy.Policy) { p.CCPA.RequestMethods = p.CCPA.RequestMethods[:1] },
			func(p *policy.Policy) { p.CCPA.RequestMethods = append(p.CCPA.RequestMethods, "toll-free number") }, "ccpa.request_methods", policy.Error, "gives one method for"},
		{"no method", func(p *policy.Policy) { p.CCPA.RequestMethods = nil },
			func(p *policy.Policy) { p.CCPA.RequestMethods = []string{"toll-free number", "web form"} }, "ccpa.request_methods", policy.Error, "gives no method for"},
	}
	cases["ccpa.7011.e.4"] = []lawCase{{"no date", func(p *policy.Policy) { p.Updated = policy.Date{} },
		func(p *policy.Policy) { p.Updated = p.Effective }, "updated", policy.Error, ""}}
	return cases
}
