package policy_test

import "github.com/gopolicy/policy"

func init() { lawCaseSets[policy.CCPA] = ccpaCases }

// ccpaCases are the cases of the CCPA rules; TestLawRules runs them.
func ccpaCases() map[policy.Rule][]lawCase {
	cases := map[policy.Rule][]lawCase{}
	cases["ccpa.110.c.1"] = []lawCase{{"unmapped", func(p *policy.Policy) { p.Categories[3].CCPA = nil },
		func(p *policy.Policy) {
			p.Categories[3].CCPA = []policy.CCPACategory{policy.CommercialInfo, policy.Inferences}
		}, "categories[category.c3].ccpa", policy.Error, "A-L"}}
	cases["ccpa.140.v.1.L"] = []lawCase{{"sensitive data not in (L)", func(p *policy.Policy) {
		p.Categories[0].Sensitivity = policy.Sensitive
		p.CCPA.SensitiveUse = policy.No
		explicit(p)
		p.Rights = append(p.Rights, policy.Right{Kind: policy.LimitSensitiveUse})
	}, func(p *policy.Policy) {
		p.Categories[0].Sensitivity = policy.Sensitive
		p.Categories[0].CCPA = append(p.Categories[0].CCPA, policy.SensitivePersonalInfo)
		p.CCPA.SensitiveUse = policy.No
		explicit(p)
		p.Rights = append(p.Rights, policy.Right{Kind: policy.LimitSensitiveUse})
	}, "categories[category.c0].ccpa", policy.Error, "category (L)"}}
	cases["ccpa.130.a.5.C"] = []lawCase{
		{"sells without the list", func(p *policy.Policy) { p.CCPA.Sold = policy.Yes },
			func(p *policy.Policy) {
				p.CCPA.Sold, p.CCPA.SoldCategories = policy.Yes, []policy.CCPACategory{policy.Identifiers}
			}, "ccpa.sold_categories", policy.Error, "does not list the categories sold or shared"},
		{"lists a category never collected", func(p *policy.Policy) {
			p.CCPA.Shared, p.CCPA.SoldCategories = policy.Yes, []policy.CCPACategory{policy.Geolocation}
		}, func(p *policy.Policy) {
			p.CCPA.Shared, p.CCPA.SoldCategories = policy.Yes, []policy.CCPACategory{policy.Identifiers}
		}, "ccpa.sold_categories[0]", policy.Error, "(G), geolocation data"},
		{"lists categories but sells none", func(p *policy.Policy) {
			p.CCPA.SoldCategories = []policy.CCPACategory{policy.Identifiers}
		}, func(p *policy.Policy) { p.CCPA.SoldCategories = nil }, "ccpa.sold_categories", policy.Error, "neither sells nor shares"},
	}
	cases["ccpa.135.a.2"] = []lawCase{
		{"sensitive use not stated", func(p *policy.Policy) { p.Categories[0].Sensitivity = policy.Sensitive; explicit(p) },
			func(p *policy.Policy) {
				p.Categories[0].Sensitivity = policy.Sensitive
				explicit(p)
				p.CCPA.SensitiveUse = policy.No
			}, "ccpa.sensitive_use", policy.Error, "7027(m)"},
		{"no limit link", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.Sensitive
			explicit(p)
			p.CCPA.SensitiveUse = policy.Yes
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.Sensitive
			explicit(p)
			p.CCPA.SensitiveUse, p.CCPA.LimitURL = policy.Yes, "https://generated.example/limit"
		}, "ccpa.limit_url", policy.Error, "Limit the Use of My Sensitive Personal Information"},
	}
	cases["ccpa.140.ah"] = []lawCase{
		{"tracking, sharing not stated", func(p *policy.Policy) { p.Categories[0].Tracking, p.CCPA.Shared = true, 0 },
			func(p *policy.Policy) { p.Categories[0].Tracking, p.CCPA.Shared = true, policy.No }, "ccpa.shared", policy.Error, "cross-context behavioural advertising"},
	}
	cases["ccpa.135.b"] = []lawCase{
		{"signals not stated", func(p *policy.Policy) { sells(p) },
			func(p *policy.Policy) { sells(p); p.Signals.GlobalPrivacyControl = policy.Yes }, "signals.global_privacy_control", policy.Error, "does not say whether"},
		{"signals ignored", func(p *policy.Policy) { sells(p); p.Signals.GlobalPrivacyControl = policy.No },
			func(p *policy.Policy) { p.Signals.GlobalPrivacyControl = policy.No }, "signals.global_privacy_control", policy.Error, "Global Privacy Control"},
	}
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
		{"only the toll-free number", func(p *policy.Policy) { p.CCPA.RequestMethods = nil },
			func(p *policy.Policy) { p.CCPA.RequestMethods = p.CCPA.RequestMethods[:1] }, "ccpa.request_methods", policy.Error, "gives one method for"},
		{"no method", func(p *policy.Policy) { p.CCPA.RequestMethods, p.CCPA.TollFreeNumber = nil, "" },
			func(p *policy.Policy) { p.CCPA.RequestMethods = nil; p.CCPA.OnlineOnly = true }, "ccpa.toll_free_number", policy.Error, "no toll-free number"},
		{"no toll-free number", func(p *policy.Policy) { p.CCPA.TollFreeNumber = "" },
			func(p *policy.Policy) { p.CCPA.TollFreeNumber, p.CCPA.OnlineOnly = "", true }, "ccpa.toll_free_number", policy.Error, "online_only"},
		{"online only without e-mail", func(p *policy.Policy) {
			p.CCPA.OnlineOnly, p.Controller.Email, p.Controller.Address = true, "", "1 Main St"
		},
			func(p *policy.Policy) {
				p.CCPA.OnlineOnly, p.Controller.Email, p.Controller.Address = true, "", "1 Main St"
				p.Contact.Email = "requests@generated.example"
			}, "ccpa.online_only", policy.Error, "no e-mail address"},
	}
	cases["ccpa.130.a.5"] = []lawCase{{"updated over a year before it takes effect", func(p *policy.Policy) {
		p.Updated, p.Changes.Notice = policy.MakeDate(2023, 12, 31), policy.Years(2)
	}, func(p *policy.Policy) {
		p.Updated, p.Changes.Notice = policy.MakeDate(2024, 1, 1), policy.Years(2)
	}, "updated", policy.Error, "more than 12 months before 2025-01-01"}}
	cases["ccpa.7011.e.1"] = []lawCase{
		{"no verification", func(p *policy.Policy) { p.Requests.Verification, p.Requests.VerificationDetail = nil, "" },
			func(p *policy.Policy) {
				p.Requests.VerificationDetail = "by a code sent to the account's e-mail address"
			}, "requests.verification", policy.Error, "verifies"},
		{"no authorised agents", func(p *policy.Policy) { p.Requests.Agents = 0 },
			func(p *policy.Policy) { p.Requests.Agents = policy.Yes }, "requests.agents", policy.Error, "authorised agent"},
	}
	cases["ccpa.7011.e.4"] = []lawCase{{"no date", func(p *policy.Policy) { p.Updated = policy.Date{} },
		func(p *policy.Policy) { p.Updated = p.Effective }, "updated", policy.Error, ""}}
	return cases
}

// sells makes the policy sell personal information, with the link and the
// list of categories sold that selling needs.
func sells(p *policy.Policy) {
	p.CCPA.Sold, p.CCPA.OptOutURL = policy.Yes, "https://generated.example/do-not-sell"
	p.CCPA.SoldCategories = []policy.CCPACategory{policy.Identifiers}
	p.Rights = append(p.Rights, policy.Right{Kind: policy.OptOutOfSale})
}
