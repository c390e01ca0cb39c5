package policy_test

import (
	"strconv"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func init() { lawCaseSets[policy.CCPA] = ccpaCases }

// ccpaCases are the cases of the CCPA rules; TestLawRules runs them.
func ccpaCases() map[policy.Rule][]lawCase {
	cases := map[policy.Rule][]lawCase{}
	cases["ccpa.110.c.1"] = []lawCase{{"unmapped", func(p *policy.Policy) { p.Categories[3].CCPA = nil },
		func(p *policy.Policy) {
			p.Categories[3].CCPA = []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPAInferences}
		}, "categories[category.c3].ccpa", policy.SeverityError, "A-L"},
		// Publicly available information is not personal information
		// under 1798.140(v)(2): a category taken only from public sources
		// needs no mapping, one that also comes from elsewhere does.
		{"unmapped, partly public", func(p *policy.Policy) {
			p.Categories[3].CCPA = nil
			p.Categories[3].Sources = []policy.Source{policy.SourcePublic, policy.SourceThirdParty}
			p.Categories[3].SourceDetail = "public websites and a data broker"
		}, func(p *policy.Policy) {
			p.Categories[3].CCPA = nil
			p.Categories[3].Sources = []policy.Source{policy.SourcePublic}
			p.Categories[3].SourceDetail = "public websites"
		}, "categories[category.c3].ccpa", policy.SeverityError, "A-L"},
		// 1798.145(e): data the Gramm-Leach-Bliley Act governs is exempt.
		{"unmapped, governed by the GLBA", func(p *policy.Policy) { p.Categories[3].CCPA = nil }, func(p *policy.Policy) {
			p.Categories[3].CCPA = nil
			p.Categories[3].GovernedBy = policy.SectoralGLBA
		}, "categories[category.c3].ccpa", policy.SeverityError, "A-L"}}
	cases["ccpa.140.v.1.L"] = []lawCase{{"sensitive data not in (L)", func(p *policy.Policy) {
		p.Categories[0].Sensitivity = policy.SensitivitySensitive
		p.CCPA.SensitiveUse = policy.AnswerNo
		explicit(p)
		p.Rights = append(p.Rights, policy.Right{Kind: policy.RightLimitSensitiveUse})
	}, func(p *policy.Policy) {
		p.Categories[0].Sensitivity = policy.SensitivitySensitive
		p.Categories[0].CCPA = append(p.Categories[0].CCPA, policy.CCPASensitivePersonalInfo)
		p.CCPA.SensitiveUse = policy.AnswerNo
		explicit(p)
		p.Rights = append(p.Rights, policy.Right{Kind: policy.RightLimitSensitiveUse})
	}, "categories[category.c0].ccpa", policy.SeverityError, "category (L)"},
		// 1798.146(a): protected health information under HIPAA is exempt.
		{"sensitive data HIPAA governs", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			p.CCPA.SensitiveUse = policy.AnswerNo
			explicit(p)
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			p.Categories[0].GovernedBy = policy.SectoralHIPAA
			explicit(p)
		}, "categories[category.c0].ccpa", policy.SeverityError, "category (L)"}}
	cases["ccpa.130.a.5.C"] = []lawCase{
		{"sells without the list", func(p *policy.Policy) { p.CCPA.Sold = policy.AnswerYes },
			func(p *policy.Policy) {
				p.CCPA.Sold, p.CCPA.SoldCategories = policy.AnswerYes, []policy.CCPACategory{policy.CCPAIdentifiers}
			}, "ccpa.sold_categories", policy.SeverityError, "does not list the categories sold or shared"},
		{"lists a category never collected", func(p *policy.Policy) {
			p.CCPA.Shared, p.CCPA.SoldCategories = policy.AnswerYes, []policy.CCPACategory{policy.CCPAGeolocation}
		}, func(p *policy.Policy) {
			p.CCPA.Shared, p.CCPA.SoldCategories = policy.AnswerYes, []policy.CCPACategory{policy.CCPAIdentifiers}
		}, "ccpa.sold_categories[0]", policy.SeverityError, "(G), geolocation data"},
		{"lists categories but sells none", func(p *policy.Policy) {
			p.CCPA.SoldCategories = []policy.CCPACategory{policy.CCPAIdentifiers}
		}, func(p *policy.Policy) { p.CCPA.SoldCategories = nil }, "ccpa.sold_categories", policy.SeverityError, "neither sells nor shares"},
	}
	cases["ccpa.140.m"] = []lawCase{{"de-identified data without the commitment",
		func(p *policy.Policy) {
			p.Disclosures = append(p.Disclosures, policy.Disclosure{Kind: policy.DisclosureAggregate})
		},
		func(p *policy.Policy) {
			p.Disclosures = append(p.Disclosures, policy.Disclosure{Kind: policy.DisclosureAggregate})
			p.Commitments = append(p.Commitments, policy.CommitmentNoReidentification)
		}, "disclosures[0].kind", policy.SeverityWarning, "not to re-identify"}}
	rewards := func(value string) func(p *policy.Policy) {
		return func(p *policy.Policy) {
			p.Incentives = []policy.Incentive{{ID: "rewards", Name: "Rewards club", Summary: "Members earn a point for every dollar spent.",
				Categories: p.Categories[:1], OptIn: "by signing up in the app", Withdraw: "in the account settings", Value: value}}
		}
	}
	cases["ccpa.7016"] = []lawCase{{"incentive without the value of the data", rewards(""),
		rewards("We estimate the value of a member's data at $5 a year, the cost of the points and discounts we give."),
		"incentives[rewards]", policy.SeverityError, "does not state value"}}
	sellsTo := func(age int, under16 policy.Answer, process string) func(p *policy.Policy) {
		return func(p *policy.Policy) {
			sells(p)
			p.Children.MinimumAge, p.CCPA.Under16, p.CCPA.OptInProcess = age, under16, process
		}
	}
	cases["ccpa.120.c"] = []lawCase{
		{"admits under 16 without saying", sellsTo(13, 0, ""), sellsTo(16, 0, ""), "ccpa.under_16", policy.SeverityError, "it knows to be under 16"},
		{"no minimum age", sellsTo(0, 0, ""), sellsTo(0, policy.AnswerNo, ""), "ccpa.under_16", policy.SeverityError, "children.minimum_age"},
		{"sells minors' data without the opt-in process", sellsTo(13, policy.AnswerYes, ""),
			sellsTo(13, policy.AnswerYes, "Consumers aged 13 to 15 opt in under Privacy settings and confirm by e-mail; for a child under 13 a parent signs a consent form."),
			"ccpa.opt_in_process", policy.SeverityError, "opt in"},
	}
	metrics := func(year int) *policy.CCPAMetrics {
		return &policy.CCPAMetrics{Year: year, Know: policy.CCPARequestCounts{Received: 1200, Complied: 1100, Denied: 100, Days: 12}}
	}
	cases["ccpa.7102"] = []lawCase{
		{"large volume without metrics", func(p *policy.Policy) { p.CCPA.LargeVolume = true },
			func(p *policy.Policy) {
				p.CCPA.LargeVolume, p.CCPA.MetricsURL = true, "https://generated.example/privacy/metrics"
			},
			"ccpa.metrics", policy.SeverityError, "10,000,000"},
		{"stale metrics", func(p *policy.Policy) { p.CCPA.LargeVolume, p.CCPA.Metrics = true, metrics(2022) },
			func(p *policy.Policy) { p.CCPA.LargeVolume, p.CCPA.Metrics = true, metrics(2023) },
			"ccpa.metrics.year", policy.SeverityError, "discloses those for 2023"},
		{"due from 1 July", func(p *policy.Policy) {
			p.CCPA.LargeVolume, p.CCPA.Metrics = true, metrics(2023)
			effective(p, policy.MakeDate(2025, 7, 1))
		},
			func(p *policy.Policy) {
				p.CCPA.LargeVolume, p.CCPA.Metrics = true, metrics(2024)
				effective(p, policy.MakeDate(2025, 7, 1))
			},
			"ccpa.metrics.year", policy.SeverityError, "discloses those for 2024"},
		{"year not over", func(p *policy.Policy) { p.CCPA.Metrics = metrics(2025) },
			func(p *policy.Policy) { p.CCPA.Metrics = metrics(2024) },
			"ccpa.metrics.year", policy.SeverityError, "not over"},
		{"no year", func(p *policy.Policy) { p.CCPA.Metrics = metrics(0) },
			func(p *policy.Policy) { p.CCPA.Metrics = metrics(2024) },
			"ccpa.metrics.year", policy.SeverityError, "do not state the calendar year"},
	}
	cases["ccpa.135.a.2"] = []lawCase{
		{"sensitive use not stated", func(p *policy.Policy) { p.Categories[0].Sensitivity = policy.SensitivitySensitive; explicit(p) },
			func(p *policy.Policy) {
				p.Categories[0].Sensitivity = policy.SensitivitySensitive
				explicit(p)
				p.CCPA.SensitiveUse = policy.AnswerNo
			}, "ccpa.sensitive_use", policy.SeverityError, "7027(m)"},
		{"sensitive data profiled", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			explicit(p)
			p.CCPA.SensitiveUse = policy.AnswerNo
			p.Purposes[0].Profiling = true
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			explicit(p)
			p.CCPA.SensitiveUse, p.CCPA.LimitURL = policy.AnswerYes, "https://generated.example/limit"
			p.Purposes[0].Profiling = true
		}, "purposes[purpose.p0]", policy.SeverityWarning, "profiling"},
		{"sensitive data marketed", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			explicit(p)
			p.CCPA.SensitiveUse = policy.AnswerNo
			p.Purposes[0].DirectMarketing = true
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			explicit(p)
			p.CCPA.SensitiveUse = policy.AnswerNo
			p.Purposes[1].DirectMarketing = true
		}, "purposes[purpose.p0]", policy.SeverityWarning, "direct marketing"},
		{"no limit link", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			explicit(p)
			p.CCPA.SensitiveUse = policy.AnswerYes
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			explicit(p)
			p.CCPA.SensitiveUse, p.CCPA.LimitURL = policy.AnswerYes, "https://generated.example/limit"
		}, "ccpa.limit_url", policy.SeverityError, "Limit the Use of My Sensitive Personal Information"},
		// The notice prints a paragraph on sensitive personal information
		// wherever sensitive_use is stated.
		{"sensitive use stated without sensitive data", func(p *policy.Policy) { p.CCPA.SensitiveUse = policy.AnswerNo },
			func(p *policy.Policy) {
				p.Categories[0].Sensitivity = policy.SensitivitySensitive
				explicit(p)
				p.CCPA.SensitiveUse = policy.AnswerNo
			}, "ccpa.sensitive_use", policy.SeverityWarning, "declares none"},
		{"category (L) declares sensitive data", func(p *policy.Policy) {
			p.CCPA.SensitiveUse, p.CCPA.LimitURL = policy.AnswerYes, "https://generated.example/limit"
		}, func(p *policy.Policy) {
			p.CCPA.SensitiveUse, p.CCPA.LimitURL = policy.AnswerYes, "https://generated.example/limit"
			p.Categories[0].CCPA = append(p.Categories[0].CCPA, policy.CCPASensitivePersonalInfo)
		}, "ccpa.sensitive_use", policy.SeverityWarning, "sensitive personal information"},
	}
	cases["ccpa.140.ah"] = []lawCase{
		{"tracking, sharing not stated", func(p *policy.Policy) { p.Categories[0].Tracking, p.CCPA.Shared = true, 0 },
			func(p *policy.Policy) { p.Categories[0].Tracking, p.CCPA.Shared = true, policy.AnswerNo }, "ccpa.shared", policy.SeverityError, "cross-context behavioral advertising"},
		// The category only a purpose for Brazil's data subjects uses
		// is not the CCPA's to judge (Purpose.Regions).
		{"tracking in a purpose for US consumers", func(p *policy.Policy) {
			p.Categories[0].Tracking, p.CCPA.Shared = true, 0
			p.Purposes[0].Regions = []language.Region{regionOf("US")}
		}, func(p *policy.Policy) {
			p.Categories[0].Tracking, p.CCPA.Shared = true, 0
			p.Purposes[0].Regions = []language.Region{regionOf("BR")}
		}, "ccpa.shared", policy.SeverityError, "cross-context behavioral advertising"},
	}
	cases["ccpa.135.b"] = []lawCase{
		{"signals not stated", func(p *policy.Policy) { sells(p) },
			func(p *policy.Policy) { sells(p); p.Signals.GlobalPrivacyControl = policy.AnswerYes }, "signals.global_privacy_control", policy.SeverityError, "does not say whether"},
		{"signals ignored", func(p *policy.Policy) { sells(p); p.Signals.GlobalPrivacyControl = policy.AnswerNo },
			func(p *policy.Policy) { p.Signals.GlobalPrivacyControl = policy.AnswerNo }, "signals.global_privacy_control", policy.SeverityError, "Global Privacy Control"},
	}
	cases["ccpa.110.c.2"] = []lawCase{{"no sources", func(p *policy.Policy) { p.Categories[3].Sources = nil },
		func(p *policy.Policy) { p.Categories[3].Sources = []policy.Source{policy.SourceAutomatic} }, "categories[category.c3].sources", policy.SeverityError, ""},
		// 1798.145(d): data the Fair Credit Reporting Act governs is
		// exempt.
		{"no sources, governed by the FCRA", func(p *policy.Policy) { p.Categories[3].Sources = nil }, func(p *policy.Policy) {
			p.Categories[3].Sources = nil
			p.Categories[3].GovernedBy = policy.SectoralFCRA
		}, "categories[category.c3].sources", policy.SeverityError, ""}}
	cases["ccpa.110.c.4"] = []lawCase{{"recipient without categories", func(p *policy.Policy) { p.Recipients[1].Categories = nil },
		func(p *policy.Policy) { p.Recipients[1].Categories = nil; p.Recipients[1].Role = policy.RoleAuthority }, "recipients[recipient.r1].categories", policy.SeverityError, ""}}
	cases["ccpa.115.120"] = []lawCase{{"sale not stated", func(p *policy.Policy) { p.CCPA.Sold = 0 },
		func(p *policy.Policy) { p.CCPA.Sold = policy.AnswerYes }, "ccpa.sold", policy.SeverityError, "sold"}}
	cases["ccpa.135"] = []lawCase{{"no opt-out link", func(p *policy.Policy) { p.CCPA.Shared = policy.AnswerYes },
		func(p *policy.Policy) {
			p.CCPA.Shared, p.CCPA.OptOutURL = policy.AnswerYes, "https://generated.example/do-not-sell"
		}, "ccpa.opt_out_url", policy.SeverityError, "Do Not Sell"}}
	cases["ccpa.rights"] = []lawCase{
		{"no non-discrimination", func(p *policy.Policy) { removeRight(p, policy.RightNonDiscrimination) },
			func(p *policy.Policy) { removeRight(p, policy.RightRestriction) }, "rights", policy.SeverityError, "discriminated"},
		{"sells without opt-out right", func(p *policy.Policy) { p.CCPA.Sold = policy.AnswerYes },
			func(p *policy.Policy) {
				p.CCPA.Sold = policy.AnswerYes
				p.Rights = append(p.Rights, policy.Right{Kind: policy.RightOptOutOfSale})
			}, "rights", policy.SeverityError, "opt out"},
		{"sensitive without limit right", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisExplicitConsent)
			p.Purposes[0].Withdraw = "in settings"
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisExplicitConsent)
			p.Rights = append(p.Rights, policy.Right{Kind: policy.RightLimitSensitiveUse})
		}, "rights", policy.SeverityError, "sensitive"},
		// The notice would grant the right to limit and, in the CCPA
		// section, say that no such right applies.
		{"limit right with use only for 7027(m)", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			explicit(p)
			p.CCPA.SensitiveUse = policy.AnswerNo
			p.Rights = append(p.Rights, policy.Right{Kind: policy.RightLimitSensitiveUse})
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			explicit(p)
			p.CCPA.SensitiveUse = policy.AnswerNo
		}, "rights[" + strconv.Itoa(len(lawPolicy().Rights)) + "].kind", policy.SeverityWarning, "7027(m)"},
	}
	cases["ccpa.130.a.1"] = []lawCase{
		{"only the toll-free number", func(p *policy.Policy) { p.CCPA.RequestMethods = nil },
			func(p *policy.Policy) { p.CCPA.RequestMethods = p.CCPA.RequestMethods[:1] }, "ccpa.request_methods", policy.SeverityError, "gives one method for"},
		{"no method", func(p *policy.Policy) { p.CCPA.RequestMethods, p.CCPA.TollFreeNumber = nil, "" },
			func(p *policy.Policy) { p.CCPA.RequestMethods = nil; p.CCPA.OnlineOnly = true }, "ccpa.toll_free_number", policy.SeverityError, "no toll-free number"},
		{"no toll-free number", func(p *policy.Policy) { p.CCPA.TollFreeNumber = "" },
			func(p *policy.Policy) { p.CCPA.TollFreeNumber, p.CCPA.OnlineOnly = "", true }, "ccpa.toll_free_number", policy.SeverityError, "online_only"},
		{"online only without e-mail", func(p *policy.Policy) {
			p.CCPA.OnlineOnly, p.Controller.Email, p.Controller.Address = true, "", "1 Main St"
		},
			func(p *policy.Policy) {
				p.CCPA.OnlineOnly, p.Controller.Email, p.Controller.Address = true, "", "1 Main St"
				p.Contact.Email = "requests@generated.example"
			}, "ccpa.online_only", policy.SeverityError, "no e-mail address"},
	}
	cases["ccpa.130.a.5"] = []lawCase{{"updated over a year before it takes effect", func(p *policy.Policy) {
		p.Updated, p.Changes.Notice = policy.MakeDate(2023, 12, 31), policy.Years(2)
	}, func(p *policy.Policy) {
		p.Updated, p.Changes.Notice = policy.MakeDate(2024, 1, 1), policy.Years(2)
	}, "updated", policy.SeverityError, "more than 12 months before 2025-01-01"}}
	cases["ccpa.7011.e.1"] = []lawCase{
		{"no verification", func(p *policy.Policy) { p.Requests.Verification, p.Requests.VerificationDetail = nil, "" },
			func(p *policy.Policy) {
				p.Requests.VerificationDetail = "by a code sent to the account's e-mail address"
			}, "requests.verification", policy.SeverityError, "verifies"},
		{"no authorised agents", func(p *policy.Policy) { p.Requests.Agents = 0 },
			func(p *policy.Policy) { p.Requests.Agents = policy.AnswerYes }, "requests.agents", policy.SeverityError, "authorised agent"},
	}
	cases["ccpa.7011.e.4"] = []lawCase{{"no date", func(p *policy.Policy) { p.Updated = policy.Date{} },
		func(p *policy.Policy) { p.Updated = p.Effective }, "updated", policy.SeverityError, ""}}
	cases["ccpa.130.a.2"] = []lawCase{
		{"longer than 45 days", func(p *policy.Policy) { p.Requests.Deadline = policy.Months(2) },
			func(p *policy.Policy) { p.Requests.Deadline = policy.Days(45) }, "requests.deadline", policy.SeverityError, "within 2 months, longer than the 45 days CCPA gives"},
		{"extension too long", func(p *policy.Policy) { p.Requests.Deadline, p.Requests.Extension = policy.Days(45), policy.Months(2) },
			func(p *policy.Policy) { p.Requests.Deadline, p.Requests.Extension = policy.Days(45), policy.Days(45) }, "requests.extension", policy.SeverityError, "2 months and 45 days in all"},
	}
	cases["ccpa.caloppa"] = []lawCase{
		{"tracking without an answer", func(p *policy.Policy) { addCookie(p, p.Purposes[3], false); p.Categories[0].Tracking = true },
			func(p *policy.Policy) {
				addCookie(p, p.Purposes[3], false)
				p.Categories[0].Tracking = true
				p.Signals.DoNotTrack = policy.AnswerNo
			}, "signals.do_not_track", policy.SeverityError, "Do Not Track"},
		{"necessary cookies only", func(p *policy.Policy) { addCookie(p, p.Purposes[0], true) },
			func(p *policy.Policy) { addCookie(p, p.Purposes[0], true); p.Signals.DoNotTrack = policy.AnswerYes }, "signals.do_not_track", policy.SeverityWarning, "only first-party cookies"},
		// A first-party analytics cookie measures use of the service
		// itself, not activity across third-party websites.
		{"first-party analytics cookie", func(p *policy.Policy) { addCookie(p, p.Purposes[3], false) },
			func(p *policy.Policy) { addCookie(p, p.Purposes[3], false); p.Signals.DoNotTrack = policy.AnswerYes }, "signals.do_not_track", policy.SeverityWarning, "only first-party cookies"},
	}
	return cases
}

// sells makes the policy sell personal information, with the link and the
// list of categories sold that selling needs.
func sells(p *policy.Policy) {
	p.CCPA.Sold, p.CCPA.OptOutURL = policy.AnswerYes, "https://generated.example/do-not-sell"
	p.CCPA.SoldCategories = []policy.CCPACategory{policy.CCPAIdentifiers}
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightOptOutOfSale})
}
