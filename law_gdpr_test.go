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
			func(p *policy.Policy) { p.Controller.Email = ""; p.Controller.Address = "1 Main St" }, "controller", policy.SeverityError, "contact details"}},
		"13.1.c": {{"ground of another law", func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.BasisResearchBody} },
			func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.BasisLegitimateInterests} }, "purposes[purpose.p0].bases", policy.SeverityError, "recognises"}},
		"13.1.e": {{"no recipients", func(p *policy.Policy) { p.Recipients = nil },
			func(p *policy.Policy) { p.Recipients = p.Recipients[:1] }, "recipients", policy.SeverityError, ""}},
		"26.2": {{"joint controller without the arrangement", func(p *policy.Policy) { p.Recipients[0].Role = policy.RoleJointController },
			func(p *policy.Policy) {
				p.Recipients[0].Role = policy.RoleJointController
				p.Recipients[0].Arrangement = "We answer your requests; the recipient keeps the records. Write to us about either."
			}, "recipients[recipient.r0].arrangement", policy.SeverityWarning, "essence of the arrangement"}},
		"13.1.f": {
			{"no adequacy", func(p *policy.Policy) {
				p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = cn, policy.SafeguardAdequacy, cn
			},
				func(p *policy.Policy) {
					p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = cn, policy.SafeguardBindingCorporateRules, cn
				}, "transfers[0].safeguard", policy.SeverityError, "no adequacy "},
			{"privacy shield", func(p *policy.Policy) {
				us := language.MustParseRegion("US")
				p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardPrivacyShield, us
			}, func(p *policy.Policy) {
				us := language.MustParseRegion("US")
				p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardDataPrivacyFramework, us
			}, "transfers[0].safeguard", policy.SeverityError, "2020-07-16"},
			{"recipient abroad", func(p *policy.Policy) { p.Recipients[0].Country = cn },
				func(p *policy.Policy) {
					p.Recipients[0].Country = cn
					p.Transfers = append(p.Transfers, policy.Transfer{Destination: cn, Safeguard: policy.SafeguardBindingCorporateRules})
				}, "recipients[recipient.r0].country", policy.SeverityError, "no transfer to CN"},
		},
		"13.1.f.copy": {{"clauses without a copy", func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = cn, policy.SafeguardBindingCorporateRules, cn
		}, func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = cn, policy.SafeguardBindingCorporateRules, cn
			p.Transfers[0].Note = "A copy of the rules is available on request to privacy@generated.example."
		}, "transfers[0].note", policy.SeverityError, "copy of the safeguards"}},
		"49.1.a": {{"consent without the risks", func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = cn, policy.SafeguardExplicitConsent, cn
		}, func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = cn, policy.SafeguardExplicitConsent, cn
			p.Transfers[0].Risks = "China has no adequacy decision, and its authorities may obtain access to the data without the remedies EU law gives"
		}, "transfers[0].risks", policy.SeverityError, "possible risks"}},
		"13.2.b": {{"no restriction", func(p *policy.Policy) { removeRight(p, policy.RightRestriction) },
			func(p *policy.Policy) { removeRight(p, policy.RightNonDiscrimination) }, "rights", policy.SeverityError, "restrict"}},
		"13.2.c": {{"consent without the right", func(p *policy.Policy) { removeRight(p, policy.RightWithdrawConsent) },
			func(p *policy.Policy) {
				removeRight(p, policy.RightWithdrawConsent)
				for _, pu := range p.Purposes {
					if pu.HasBasis(policy.BasisConsent) {
						pu.Bases = []policy.Basis{policy.BasisContract}
					}
				}
			}, "rights", policy.SeverityError, "withdraw"}},
		"13.2.d": {{"no complaint", func(p *policy.Policy) { removeRight(p, policy.RightComplaint) },
			func(p *policy.Policy) {
				removeRight(p, policy.RightPortability)
				p.Rights = append(p.Rights, policy.Right{Kind: policy.RightPortability})
			}, "rights", policy.SeverityError, "complaint"}},
		"13.2.e": {{"no requirement", func(p *policy.Policy) { p.Purposes[0].Required = "" },
			func(p *policy.Policy) { p.Purposes[2].Required = "" }, "purposes[purpose.p0].required", policy.SeverityError, ""},
			// The user provides none of the data: Art. 13(2)(e) speaks of
			// the provision of data.
			{"data collected automatically, derived or from third parties", func(p *policy.Policy) {
				p.Purposes[0].Required = ""
				p.Purposes[0].Categories[0].Sources = []policy.Source{policy.SourceAutomatic}
			}, func(p *policy.Policy) {
				p.Purposes[0].Required = ""
				srcs := []policy.Source{policy.SourceAutomatic, policy.SourceDerived, policy.SourceThirdParty, policy.SourcePublic}
				for i, c := range p.Purposes[0].Categories {
					c.Sources = []policy.Source{srcs[i%len(srcs)]}
				}
			}, "purposes[purpose.p0].required", policy.SeverityError, "provides"},
			{"data provided by the user among other sources", func(p *policy.Policy) {
				p.Purposes[0].Required = ""
				for _, c := range p.Purposes[0].Categories {
					c.Sources = []policy.Source{policy.SourceAutomatic, policy.SourceUser}
				}
			}, func(p *policy.Policy) {
				p.Purposes[0].Required = ""
				for _, c := range p.Purposes[0].Categories {
					c.Sources = []policy.Source{policy.SourceAutomatic, policy.SourceDerived}
				}
			}, "purposes[purpose.p0].required", policy.SeverityError, ""},
			// The data's provision is explained where it is collected:
			// a purpose that reuses it need not repeat it.
			{"provision explained by another purpose", func(p *policy.Policy) {
				p.Purposes[0].Required = ""
				p.Purposes[1].Categories = append(p.Purposes[1].Categories, p.Purposes[0].Categories[1:]...)
			}, func(p *policy.Policy) {
				p.Purposes[0].Required = ""
				p.Purposes[1].Categories = append(p.Purposes[1].Categories, p.Purposes[0].Categories...)
			}, "purposes[purpose.p0].required", policy.SeverityError, "category.c0"},
		},
		"13.2.f": {{"silent on automation", func(p *policy.Policy) { p.NoAutomatedDecisions = false },
			func(p *policy.Policy) { p.NoAutomatedDecisions = false; p.Purposes[1].Automated = "credit scoring" }, "no_automated_decisions", policy.SeverityError, ""}},
		// Art. 22(2): a decision based solely on automated processing
		// only when necessary for a contract, authorised by law or on
		// explicit consent.
		"22.2": {
			{"legitimate interests", func(p *policy.Policy) { p.Purposes[2].Automated = "credit scoring" },
				func(p *policy.Policy) { p.Purposes[0].Automated = "credit scoring" }, "purposes[purpose.p2].bases", policy.SeverityError, "legitimate interests"},
			{"consent that is not explicit", func(p *policy.Policy) { p.Purposes[3].Automated = "credit scoring" },
				func(p *policy.Policy) {
					p.Purposes[3].Automated = "credit scoring"
					p.Purposes[3].Bases = append(p.Purposes[3].Bases, policy.BasisExplicitConsent)
				}, "purposes[purpose.p3].bases", policy.SeverityError, "consent that is not explicit"},
			{"authorised by law", func(p *policy.Policy) { p.Purposes[2].Automated = "fraud screening" },
				func(p *policy.Policy) { p.Purposes[1].Automated = "fraud screening" }, "purposes[purpose.p2].bases", policy.SeverityError, "authorised by law"},
			{"vital interests", func(p *policy.Policy) {
				p.Purposes[2].Automated, p.Purposes[2].Bases = "triage", []policy.Basis{policy.BasisVitalInterests}
			}, func(p *policy.Policy) {
				p.Purposes[2].Automated, p.Purposes[2].Bases = "triage", []policy.Basis{policy.BasisVitalInterests, policy.BasisContract}
			}, "purposes[purpose.p2].bases", policy.SeverityError, "on protection of vital interests"},
		},
		"14.1.d": {{"third-party data without items", func(p *policy.Policy) {
			c := p.Categories[0]
			c.Sources, c.SourceDetail, c.Items = []policy.Source{policy.SourceThirdParty}, "data brokers", nil
		}, func(p *policy.Policy) {
			c := p.Categories[0]
			c.Sources, c.SourceDetail, c.Items = []policy.Source{policy.SourceUser}, "", nil
		}, "categories[category.c0].items", policy.SeverityError, ""},
			// Data other users give about a person is not obtained from
			// that person either.
			{"other users' data without items", func(p *policy.Policy) {
				c := p.Categories[0]
				c.Sources, c.Items = []policy.Source{policy.SourceOtherUsers}, nil
			}, func(p *policy.Policy) {
				c := p.Categories[0]
				c.Sources, c.Items = []policy.Source{policy.SourceOtherUsers}, []string{"names of the other guests"}
			}, "categories[category.c0].items", policy.SeverityError, ""}},
		"14.2.f": {{"third-party data without source", func(p *policy.Policy) { p.Categories[0].Sources = []policy.Source{policy.SourcePublic} },
			func(p *policy.Policy) {
				p.Categories[0].Sources, p.Categories[0].SourceDetail = []policy.Source{policy.SourcePublic}, "public registers"
			}, "categories[category.c0].source_detail", policy.SeverityError, ""},
			// Other users name themselves as the source; the third party
			// beside them still needs its name.
			{"other users and an unnamed third party", func(p *policy.Policy) {
				p.Categories[0].Sources = []policy.Source{policy.SourceOtherUsers, policy.SourceThirdParty}
			}, func(p *policy.Policy) {
				p.Categories[0].Sources = []policy.Source{policy.SourceOtherUsers}
			}, "categories[category.c0].source_detail", policy.SeverityError, ""}},
		"8.1": {
			{"too young", func(p *policy.Policy) { p.Children.MinimumAge = 12 },
				func(p *policy.Policy) { p.Children.MinimumAge = 16 }, "children.minimum_age", policy.SeverityError, "below 13"},
			{"younger with a parent's consent", func(p *policy.Policy) { p.Children.MinimumAge = 8 },
				func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ParentalConsent = 8, true }, "children.minimum_age", policy.SeverityError, "parental_consent"},
			{"not stated", func(p *policy.Policy) { p.Children.MinimumAge = 0 },
				func(p *policy.Policy) { p.Children.MinimumAge = 18 }, "children.minimum_age", policy.SeverityWarning, ""},
		},
		"12.3": {
			{"longer whatever the day", func(p *policy.Policy) { p.Requests.Deadline = policy.Days(32) },
				func(p *policy.Policy) { p.Requests.Deadline = policy.Months(1) }, "requests.deadline", policy.SeverityError, "within 32 days, longer than the 1 month"},
			{"working days longer than any month", func(p *policy.Policy) { p.Requests.Deadline, p.Requests.WorkingDays = policy.Days(25), true },
				func(p *policy.Policy) { p.Requests.Deadline, p.Requests.WorkingDays = policy.Days(20), true }, "requests.deadline", policy.SeverityError, "within 25 working days, longer than the 1 month"},
			{"longer than any month", func(p *policy.Policy) { p.Requests.Deadline = policy.Years(1) },
				func(p *policy.Policy) { p.Requests.Deadline = policy.Days(31) }, "requests.deadline", policy.SeverityError, "within 1 year"},
			{"extension too long", func(p *policy.Policy) { p.Requests.Deadline, p.Requests.Extension = policy.Days(20), policy.Months(3) },
				func(p *policy.Policy) { p.Requests.Deadline, p.Requests.Extension = policy.Days(20), policy.Months(2) }, "requests.extension", policy.SeverityError, "3 months and 20 days in all"},
		},
		"33.1": {
			{"a breach told in 4 days", func(p *policy.Policy) { breach(p, policy.Days(4), policy.Period{}) },
				func(p *policy.Policy) { breach(p, policy.Days(3), policy.Period{}) }, "security[0].breach.authority", policy.SeverityError, "within 4 days, longer than the 72 hours"},
			{"a breach told in 73 hours", func(p *policy.Policy) { breach(p, policy.Hours(73), policy.Period{}) },
				func(p *policy.Policy) { breach(p, policy.Hours(72), policy.Days(30)) }, "security[0].breach.authority", policy.SeverityError, "within 73 hours"},
		},
		"cookies": {
			{"analytics on contract", func(p *policy.Policy) { addCookie(p, p.Purposes[0], false) },
				func(p *policy.Policy) { addCookie(p, p.Purposes[0], true) }, "cookies[c].purpose", policy.SeverityWarning, "does not rest on consent"},
			{"no purpose", func(p *policy.Policy) { addCookie(p, nil, false) },
				func(p *policy.Policy) { addCookie(p, p.Purposes[3], false) }, "cookies[c].purpose", policy.SeverityError, "names no purpose"},
			{"set unless the user opts out", func(p *policy.Policy) {
				addCookie(p, p.Purposes[3], false)
				p.Cookies[len(p.Cookies)-1].Consent = policy.CookieConsentOptOut
			}, func(p *policy.Policy) {
				addCookie(p, p.Purposes[3], false)
				p.Cookies[len(p.Cookies)-1].Consent = policy.CookieConsentOptIn
			}, "cookies[c].consent", policy.SeverityError, "unless the user opts out"},
			{"third party's cookie exempt as audience measurement", func(p *policy.Policy) {
				exemptCookie(p, p.Purposes[3])
				p.Cookies[len(p.Cookies)-1].Party, p.Cookies[len(p.Cookies)-1].ProviderName = policy.PartyThird, "Analytics Inc"
			}, func(p *policy.Policy) { exemptCookie(p, p.Purposes[3]) }, "cookies[c].party", policy.SeverityError, "only the service itself or its processor"},
			{"exempt cookie that profiles", func(p *policy.Policy) {
				exemptCookie(p, p.Purposes[3])
				p.Purposes[3].Profiling = true
			}, func(p *policy.Policy) { exemptCookie(p, p.Purposes[3]) }, "cookies[c].consent", policy.SeverityError, "does not cover"},
		},
	}
}

// exemptCookie declares a first-party cookie "c" that serves pu and is
// exempt from consent as audience measurement.
func exemptCookie(p *policy.Policy, pu *policy.Purpose) {
	addCookie(p, pu, false)
	p.Cookies[len(p.Cookies)-1].Consent = policy.CookieConsentExemptStatistics
}

// breach states, as the policy's only security measure, the times within
// which the supervisory authority is told of a breach and of the results
// of its investigation.
func breach(p *policy.Policy, authority, results policy.Period) {
	p.Security = []policy.Measure{{Kind: policy.MeasureBreachNotification, Breach: policy.BreachNotice{Authority: authority, Results: results}}}
}

// addCookie declares a first-party cookie "c" that serves pu.
func addCookie(p *policy.Policy, pu *policy.Purpose, necessary bool) {
	p.Cookies = append(p.Cookies, policy.Cookie{ID: "c", Name: "c", Party: policy.PartyFirst, Purpose: pu,
		Lifetime: policy.Expires(policy.Months(6)), StrictlyNecessary: necessary})
}

func init() { lawCaseSets[policy.GDPR] = gdprLawCases }

// toUS sends the first transfer, and its recipient, to the United States
// on safeguard s.
func toUS(p *policy.Policy, s policy.Safeguard) {
	us := language.MustParseRegion("US")
	p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, s, us
}

// effective makes the policy take effect, and be updated, on day d.
func effective(p *policy.Policy, d policy.Date) { p.Effective, p.Updated = d, d }

// gdprLawCases are the cases of the GDPR rules; TestLawRules runs them.
func gdprLawCases() map[policy.Rule][]lawCase {
	cases := map[policy.Rule][]lawCase{}
	for id, cs := range gdprCases() {
		cases[policy.Rule("gdpr."+id)] = cs
	}
	cases["gdpr.10"] = criminalCases()["gdpr.10"]
	cases["gdpr.6.3"] = append(obligationCases(accountingEU, accountingRU, policy.SeverityError),
		lawCase{"member-state law", obliged(accountingGB), obliged(accountingDE), "purposes[purpose.p1].obligations", policy.SeverityError, "Union law or the law of a member state"})
	cases["gdpr.8.1"] = append(cases["gdpr.8.1"], lawCase{"nothing said of children",
		func(p *policy.Policy) { p.Children = policy.Children{} },
		func(p *policy.Policy) { p.Children = policy.Children{ConsentAge: 14} }, "children.minimum_age", policy.SeverityWarning, "whether children may use"},
		lawCase{"13 on consent under the GDPR",
			func(p *policy.Policy) { p.Children.MinimumAge = 13 },
			func(p *policy.Policy) { p.Children.MinimumAge = 16 }, "children.minimum_age", policy.SeverityWarning, "below 16"},
		lawCase{"13, and 16 where member states keep it",
			func(p *policy.Policy) {
				p.Children.MinimumAge = 13
				p.Children.ByRegion = []policy.AgeLimit{{Region: language.MustParseRegion("DE"), Age: 16}}
			},
			func(p *policy.Policy) {
				p.Children.MinimumAge = 13
				p.Children.ByRegion = []policy.AgeLimit{{Region: language.MustParseRegion("EU"), Age: 16}}
			}, "children.minimum_age", policy.SeverityWarning, "state 16 for EU in children.by_region"},
		lawCase{"EU age below 16",
			func(p *policy.Policy) {
				p.Children.MinimumAge = 16
				p.Children.ByRegion = []policy.AgeLimit{{Region: language.MustParseRegion("EU"), Age: 14}}
			},
			func(p *policy.Policy) {
				p.Children.MinimumAge = 16
				p.Children.ByRegion = []policy.AgeLimit{{Region: language.MustParseRegion("GB"), Age: 13}}
			}, "children.by_region[0].age", policy.SeverityWarning, "minimum age 14 is below 16"},
		lawCase{"consent age below 16",
			func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ConsentAge = 13, 14 },
			func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ConsentAge = 13, 16 }, "children.minimum_age", policy.SeverityWarning, "below 16"},
		lawCase{"consent age below 13",
			func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ConsentAge = 10, 12 },
			func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ConsentAge = 10, 16 }, "children.minimum_age", policy.SeverityError, "consent age (consent_age) of at least 13"})
	us := language.MustParseRegion("US")
	cases["gdpr.13.1.f"] = append(cases["gdpr.13.1.f"], lawCase{"UK agreement under the GDPR",
		func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardUKTransferAgreement, us
			p.Transfers[0].Laws = []policy.Law{policy.GDPR}
		}, func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardStandardClauses, us
			p.Transfers[0].Laws = []policy.Law{policy.GDPR}
		}, "transfers[0].safeguard", policy.SeverityError, "UK GDPR only"})
	br, ca := language.MustParseRegion("BR"), language.MustParseRegion("CA")
	cases["gdpr.13.1.f"] = append(cases["gdpr.13.1.f"],
		lawCase{"Brazil before its decision", func(p *policy.Policy) {
			effective(p, policy.MakeDate(2025, 12, 1))
			p.Transfers[0].Destination, p.Recipients[0].Country, p.Transfers[0].Safeguard = br, br, policy.SafeguardAdequacy
		}, func(p *policy.Policy) {
			effective(p, policy.MakeDate(2026, 1, 26))
			p.Transfers[0].Destination, p.Recipients[0].Country, p.Transfers[0].Safeguard = br, br, policy.SafeguardAdequacy
		}, "transfers[0].safeguard", policy.SeverityError, "applies from 2026-01-26"},
		lawCase{"European Patent Organisation before its decision", func(p *policy.Policy) {
			effective(p, policy.MakeDate(2025, 7, 14))
			p.Transfers[0].Organisation, p.Transfers[0].Safeguard = policy.OrganisationEPO, policy.SafeguardAdequacy
		}, func(p *policy.Policy) {
			effective(p, policy.MakeDate(2025, 7, 15))
			p.Transfers[0].Organisation, p.Transfers[0].Safeguard = policy.OrganisationEPO, policy.SafeguardAdequacy
		}, "transfers[0].safeguard", policy.SeverityError, "the adequacy decision of the European Commission for the European Patent Organisation applies from 2025-07-15"},
		lawCase{"US adequacy without certification", func(p *policy.Policy) { toUS(p, policy.SafeguardAdequacy) },
			func(p *policy.Policy) { toUS(p, policy.SafeguardDataPrivacyFramework) },
			"transfers[0].safeguard", policy.SeverityError, "covers only organisations certified under the EU-US Data Privacy Framework"},
		lawCase{"Data Privacy Framework before 10 July 2023", func(p *policy.Policy) {
			toUS(p, policy.SafeguardDataPrivacyFramework)
			effective(p, policy.MakeDate(2023, 7, 9))
		}, func(p *policy.Policy) {
			toUS(p, policy.SafeguardDataPrivacyFramework)
			effective(p, policy.MakeDate(2023, 7, 10))
		}, "transfers[0].safeguard", policy.SeverityError, "applies from 2023-07-10"},
		lawCase{"Canada outside PIPEDA", func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Recipients[0].Country, p.Transfers[0].Safeguard = ca, ca, policy.SafeguardAdequacy
		}, func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Recipients[0].Country, p.Transfers[0].Safeguard, p.Transfers[0].WithinScope = ca, ca, policy.SafeguardAdequacy, true
		}, "transfers[0].safeguard", policy.SeverityError, "covers only organisations subject to PIPEDA"},
		lawCase{"Privacy Shield after Schrems II", func(p *policy.Policy) {
			toUS(p, policy.SafeguardPrivacyShield)
			effective(p, policy.MakeDate(2020, 7, 16))
		}, func(p *policy.Policy) {
			toUS(p, policy.SafeguardPrivacyShield)
			effective(p, policy.MakeDate(2020, 7, 15))
		}, "transfers[0].safeguard", policy.SeverityError, "2020-07-16"},
		lawCase{"ANPD clauses under the GDPR", func(p *policy.Policy) { toUS(p, policy.SafeguardANPDClauses) },
			func(p *policy.Policy) { toUS(p, policy.SafeguardStandardClauses) },
			"transfers[0].safeguard", policy.SeverityError, "LGPD only"},
		lawCase{"stale table", func(p *policy.Policy) {
			effective(p, policy.Days(1).AddTo(policy.Years(1).AddTo(policy.AdequacyCheckedOn(policy.GDPR))))
		}, func(p *policy.Policy) {
			effective(p, policy.Years(1).AddTo(policy.AdequacyCheckedOn(policy.GDPR)))
		}, "effective", policy.SeverityWarning, "records the European Commission's adequacy decisions as they stood on 2026-11-27"},
	)
	ru := language.MustParseRegion("RU")
	cases["gdpr.27"] = []lawCase{
		{"no representative", func(p *policy.Policy) { p.Controller.Country = ru },
			func(p *policy.Policy) {
				p.Controller.Country = ru
				p.Representatives = []policy.Representative{{Region: language.MustParseRegion("EU"), Contact: policy.Contact{Name: "Rep GmbH", Email: "rep@generated.example"}}}
			}, "representatives", policy.SeverityError, "names no representative"},
		{"representative without contact", func(p *policy.Policy) {
			p.Controller.Country = ru
			p.Representatives = []policy.Representative{{Region: language.MustParseRegion("DE"), Contact: policy.Contact{Name: "Rep GmbH"}}}
		}, func(p *policy.Policy) {
			p.Controller.Country = language.MustParseRegion("DE")
			p.Representatives = []policy.Representative{{Region: language.MustParseRegion("DE"), Contact: policy.Contact{Name: "Rep GmbH"}}}
		}, "representatives[0].contact", policy.SeverityError, "email or postal address"},
		{"exemption with special categories", func(p *policy.Policy) {
			p.Controller.Country, p.RepresentativeExempt = ru, []policy.Law{policy.GDPR}
			p.Categories[0].Sensitivity = policy.SensitivitySpecial
		}, func(p *policy.Policy) {
			p.Controller.Country, p.RepresentativeExempt = ru, []policy.Law{policy.GDPR}
		}, "categories[category.c0]", policy.SeverityWarning, "exemption"},
	}
	return cases
}
