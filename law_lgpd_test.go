package policy_test

import "github.com/gopolicy/policy"

func init() { lawCaseSets[policy.LGPD] = lgpdCases }

// lgpdCases are the cases of the LGPD rules; TestLawRules runs them.
func lgpdCases() map[policy.Rule][]lawCase {
	cases := map[policy.Rule][]lawCase{}
	cases["lgpd.7"] = []lawCase{{"ground LGPD lacks", func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.BasisMadePublic} },
		func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.BasisCreditProtection} }, "purposes[purpose.p0].bases", policy.SeverityError, ""},
		// Fraud prevention in identification is a ground of Art. 11(II)(g),
		// for sensitive data; preventing fraud with other data rests on
		// legitimate interests (Art. 7(IX)).
		{"fraud prevention without sensitive data", func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.BasisFraudPrevention} },
			func(p *policy.Policy) {
				p.Purposes[0].Bases = []policy.Basis{policy.BasisFraudPrevention}
				for _, c := range p.Purposes[0].Categories {
					c.Sensitivity, c.Biometric = policy.SensitivitySpecial, true
				}
			}, "purposes[purpose.p0].bases", policy.SeverityError, "rests only on grounds of Art. 11"},
		{"fraud prevention beside legitimate interests", func(p *policy.Policy) { p.Purposes[2].Bases = []policy.Basis{policy.BasisFraudPrevention} },
			func(p *policy.Policy) {
				p.Purposes[2].Bases = []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}
			},
			"purposes[purpose.p2].bases", policy.SeverityError, "legitimate interests (Art. 7(IX))"},
	}
	cases["lgpd.11"] = []lawCase{{"sensitive on an Art. 7 ground", func(p *policy.Policy) {
		p.Categories[0].Sensitivity = policy.SensitivitySensitive
	}, func(p *policy.Policy) { p.Categories[0].Sensitivity = policy.SensitivitySensitive; explicit(p) }, "purposes[purpose.p0].bases", policy.SeverityError, "sensitive"},
		{"sensitive on a legal obligation", func(p *policy.Policy) {
			p.Purposes[0].Categories[0].Sensitivity = policy.SensitivitySpecial
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisMadePublic)
		}, func(p *policy.Policy) {
			p.Purposes[1].Categories[0].Sensitivity = policy.SensitivitySpecial
			p.Purposes[1].Bases = append(p.Purposes[1].Bases, policy.BasisMadePublic)
		}, "purposes[purpose.p0].bases", policy.SeverityError, "sensitive"},
		// Art. 11(II)(d): the regular exercise of rights, in a contract
		// and in judicial, administrative and arbitration proceedings,
		// covers sensitive data as Art. 7(VI) covers other data.
		{"sensitive on a contract", func(p *policy.Policy) {
			p.Purposes[0].Categories[0].Sensitivity = policy.SensitivitySpecial
		}, func(p *policy.Policy) {
			p.Purposes[0].Categories[0].Sensitivity = policy.SensitivitySpecial
			p.Purposes[0].Bases = []policy.Basis{policy.BasisExerciseOfRights}
		}, "purposes[purpose.p0].bases", policy.SeverityError, "sensitive"},
		// Art. 11(II)(e): the protection of life.
		{"sensitive on legitimate interests", func(p *policy.Policy) {
			p.Purposes[2].Categories[0].Sensitivity = policy.SensitivitySpecial
		}, func(p *policy.Policy) {
			p.Purposes[2].Categories[0].Sensitivity = policy.SensitivitySpecial
			p.Purposes[2].Bases = []policy.Basis{policy.BasisVitalInterests}
		}, "purposes[purpose.p2].bases", policy.SeverityError, "sensitive"}}
	cases["lgpd.7.ii"] = obligationCases(accountingBR, accountingEU, policy.SeverityError)
	cases["lgpd.9"] = []lawCase{{"no contact", func(p *policy.Policy) { p.Controller.Email = "" },
		func(p *policy.Policy) { p.Controller.Email = ""; p.Controller.Address = "Av. Paulista 1, São Paulo" }, "controller", policy.SeverityError, "contact details"}}
	cases["lgpd.48"] = []lawCase{
		// 3 working days are at most 5 calendar days (told on a Thursday,
		// reported by the next Tuesday).
		{"a breach told in 6 days", func(p *policy.Policy) { breach(p, policy.Days(6), policy.Period{}) },
			func(p *policy.Policy) { breach(p, policy.Days(5), policy.Period{}) }, "security[0].breach.authority", policy.SeverityError, "within 6 days, longer than the 3 working days"},
	}
	cases["lgpd.18"] = []lawCase{
		{"no portability", func(p *policy.Policy) { removeRight(p, policy.RightPortability) },
			func(p *policy.Policy) { removeRight(p, policy.RightNonDiscrimination) }, "rights", policy.SeverityError, "machine-readable"},
		{"no opposition", func(p *policy.Policy) { removeRight(p, policy.RightObjection) },
			func(p *policy.Policy) { removeRight(p, policy.RightNonDiscrimination) }, "rights", policy.SeverityError, "to object"},
		// Blocking is part of Art. 18(IV), which anonymisation states; the
		// LGPD has no right to restriction of its own.
		{"blocking is stated with anonymisation", func(p *policy.Policy) { removeRight(p, policy.RightAnonymisation) },
			func(p *policy.Policy) { removeRight(p, policy.RightRestriction) }, "rights", policy.SeverityError, "anonymised, blocked or deleted"},
		// Art. 18(VI): deletion of the data processed on consent.
		{"no deletion of data processed on consent", func(p *policy.Policy) { removeRight(p, policy.RightErasure) },
			func(p *policy.Policy) { removeRight(p, policy.RightErasure); restOnInterests(p) }, "rights", policy.SeverityError, "erased"},
		{"no anonymisation", func(p *policy.Policy) { removeRight(p, policy.RightAnonymisation) },
			func(p *policy.Policy) { removeRight(p, policy.RightNonDiscrimination) }, "rights", policy.SeverityError, "anonymised, blocked or deleted"},
		{"no sharing entities", func(p *policy.Policy) { removeRight(p, policy.RightSharingEntities) },
			func(p *policy.Policy) { removeRight(p, policy.RightNonDiscrimination) }, "rights", policy.SeverityError, "public and private entities"},
		{"no refusal of consent", func(p *policy.Policy) { removeRight(p, policy.RightConsentRefusal) },
			func(p *policy.Policy) { removeRight(p, policy.RightConsentRefusal); restOnInterests(p) }, "rights", policy.SeverityError, "may refuse consent"},
	}
	cases["lgpd.20"] = []lawCase{{"automated without review", func(p *policy.Policy) { p.NoAutomatedDecisions = false; p.Purposes[1].Automated = "credit scoring" },
		func(p *policy.Policy) {
			p.NoAutomatedDecisions = false
			p.Purposes[1].Automated = "credit scoring"
			p.Rights = append(p.Rights, policy.Right{Kind: policy.RightNoAutomatedDecision})
		}, "rights", policy.SeverityError, "review"}}
	cases["lgpd.14"] = []lawCase{
		{"children on consent", func(p *policy.Policy) { p.Children.MinimumAge = 10 },
			func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ParentalConsent = 10, true }, "children.parental_consent", policy.SeverityError, "under 12"},
		{"not stated", func(p *policy.Policy) { p.Children.MinimumAge = 0 },
			func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ParentalConsent = 0, true }, "children.minimum_age", policy.SeverityWarning, "parental_consent"},
		// Children.ConsentAge says from what age a user consents alone,
		// and that a parent consents below it.
		{"consent age stated", func(p *policy.Policy) { p.Children.MinimumAge = 0 },
			func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ConsentAge = 0, 16 }, "children.minimum_age", policy.SeverityWarning, ""},
		{"children under 12 consent alone", func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ConsentAge = 8, 10 },
			func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ConsentAge = 8, 12 }, "children.consent_age", policy.SeverityError, "under 12 consent alone"},
		{"consent age under 12, users from 12", func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ConsentAge = 0, 10 },
			func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ConsentAge = 12, 10 }, "children.consent_age", policy.SeverityError, ""},
		{"children on consent without consent age", func(p *policy.Policy) { p.Children.MinimumAge = 8 },
			func(p *policy.Policy) { p.Children.MinimumAge, p.Children.ConsentAge = 8, 18 }, "children.parental_consent", policy.SeverityError, "under 12"},
	}
	cases["lgpd.19"] = []lawCase{
		{"longer than 15 days", func(p *policy.Policy) { p.Requests.Deadline = policy.Days(16) },
			func(p *policy.Policy) { p.Requests.Deadline = policy.Days(15) }, "requests.deadline", policy.SeverityError, "within 16 days, longer than the 15 days LGPD gives"},
		{"no extension", func(p *policy.Policy) { p.Requests.Deadline, p.Requests.Extension = policy.Days(10), policy.Days(5) },
			func(p *policy.Policy) { p.Requests.Deadline = policy.Days(10) }, "requests.extension", policy.SeverityError, "allows no extension"},
	}
	cases["lgpd.33"] = []lawCase{
		{"EU standard clauses", func(p *policy.Policy) {
			toUS(p, policy.SafeguardStandardClauses)
			effective(p, policy.MakeDate(2025, 8, 23))
		},
			func(p *policy.Policy) {
				toUS(p, policy.SafeguardStandardClauses)
				effective(p, policy.MakeDate(2025, 8, 22))
			}, "transfers[0].safeguard", policy.SeverityError, "does not accept the EU standard contractual clauses"},
		{"EU before the ANPD's decision", func(p *policy.Policy) {
			effective(p, policy.MakeDate(2026, 1, 25))
			p.Transfers[0].Safeguard = policy.SafeguardAdequacy
		},
			func(p *policy.Policy) {
				effective(p, policy.MakeDate(2026, 1, 26))
				p.Transfers[0].Safeguard = policy.SafeguardAdequacy
			}, "transfers[0].safeguard", policy.SeverityError, "the adequacy decision of the ANPD for DE applies from 2026-01-26"},
		{"Data Privacy Framework", func(p *policy.Policy) { toUS(p, policy.SafeguardDataPrivacyFramework) },
			func(p *policy.Policy) { toUS(p, policy.SafeguardBindingCorporateRules) }, "transfers[0].safeguard", policy.SeverityError, "Data Privacy Framework"},
	}
	cases["lgpd.41"] = []lawCase{{"no encarregado", func(p *policy.Policy) { p.DPO = nil },
		func(p *policy.Policy) { p.DPO = &policy.Contact{Name: "Ana", Address: "São Paulo"} }, "dpo", policy.SeverityError, ""},
		{"encarregado not named", func(p *policy.Policy) { p.DPO = &policy.Contact{Email: "encarregado@example.com"} },
			func(p *policy.Policy) { p.DPO = &policy.Contact{Name: "Ana Souza", Email: "encarregado@example.com"} }, "dpo.name", policy.SeverityWarning, "identity"},
		{"encarregado reached by a contact form", func(p *policy.Policy) { p.DPO = &policy.Contact{Name: "Ana Souza"} },
			func(p *policy.Policy) {
				p.DPO = &policy.Contact{Name: "Ana Souza", Website: "https://example.com/encarregado"}
			}, "dpo", policy.SeverityError, ""},
		{"encarregado reached by telephone", func(p *policy.Policy) { p.DPO = &policy.Contact{Name: "Ana Souza"} },
			func(p *policy.Policy) { p.DPO = &policy.Contact{Name: "Ana Souza", Phone: "+55 11 4000 0000"} }, "dpo", policy.SeverityError, ""}}
	return cases
}

// restOnInterests makes every purpose of p that rests on consent rest on
// legitimate interests instead.
func restOnInterests(p *policy.Policy) {
	for _, pu := range p.Purposes {
		if pu.HasBasis(policy.BasisConsent) {
			pu.Bases = []policy.Basis{policy.BasisLegitimateInterests}
		}
	}
}
