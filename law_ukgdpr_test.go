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
	cases["ukgdpr.10"] = criminalCases()["ukgdpr.10"]
	cases["ukgdpr.6.3"] = obligationCases(accountingGB, accountingDE, policy.SeverityError)
	us := language.MustParseRegion("US")
	cases["ukgdpr.13.1.f"] = append(cases["ukgdpr.13.1.f"], lawCase{"EU clauses under the UK GDPR",
		func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardStandardClauses, us
		}, func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardUKTransferAgreement, us
		}, "transfers[0].safeguard", policy.SeverityError, "UK Addendum"},
		lawCase{"EU-US framework before the UK Extension", func(p *policy.Policy) {
			toUS(p, policy.SafeguardDataPrivacyFramework)
			effective(p, policy.MakeDate(2023, 10, 11))
		}, func(p *policy.Policy) {
			toUS(p, policy.SafeguardDataPrivacyFramework)
			effective(p, policy.MakeDate(2023, 10, 12))
		}, "transfers[0].safeguard", policy.SeverityError, "UK Extension to the EU-US Data Privacy Framework) applies from 2023-10-12"},
		lawCase{"EU adequacy for the European Patent Organisation", func(p *policy.Policy) {
			p.Transfers[0].Organisation, p.Transfers[0].Safeguard = policy.OrganisationEPO, policy.SafeguardAdequacy
		},
			func(p *policy.Policy) {
				p.Transfers[0].Organisation, p.Transfers[0].Safeguard = policy.OrganisationEPO, policy.SafeguardUKTransferAgreement
			}, "transfers[0].safeguard", policy.SeverityError, "there are no adequacy regulations for the European Patent Organisation (UK GDPR Art. 45, DPA 2018 s. 17A"})
	cases["ukgdpr.27"] = []lawCase{{"no UK representative", func(p *policy.Policy) {
		p.Controller.Country = language.MustParseRegion("DE")
		p.Representatives = []policy.Representative{{Region: language.MustParseRegion("EU"), Contact: policy.Contact{Name: "Rep", Email: "rep@generated.example"}}}
	}, func(p *policy.Policy) {
		p.Controller.Country = language.MustParseRegion("DE")
		p.Representatives = []policy.Representative{{Region: language.MustParseRegion("GB"), Contact: policy.Contact{Name: "Rep Ltd", Address: "1 High St, London"}}}
	}, "representatives", policy.SeverityError, "in the area of UK GDPR"}}
	cases["ukgdpr.8.1"] = append(cases["ukgdpr.8.1"], lawCase{"13 is the UK age",
		func(p *policy.Policy) { p.Children.MinimumAge = 12 },
		func(p *policy.Policy) { p.Children.MinimumAge = 13 }, "children.minimum_age", policy.SeverityError, "DPA 2018 s. 9"},
		lawCase{"13 stated for the UK",
			func(p *policy.Policy) {
				p.Children.MinimumAge = 13
				p.Children.ByRegion = []policy.AgeLimit{{Region: language.MustParseRegion("GB"), Age: 12}}
			},
			func(p *policy.Policy) {
				p.Children.MinimumAge = 12
				p.Children.ByRegion = []policy.AgeLimit{{Region: language.MustParseRegion("GB"), Age: 13}}
			}, "children.by_region[0].age", policy.SeverityError, "minimum age 12 is below 13"})
	cases["ukgdpr.6.1.ea"] = []lawCase{
		{"before commencement", func(p *policy.Policy) {
			p.Purposes[0].Bases = []policy.Basis{policy.BasisRecognisedLegitimateInterests}
		}, func(p *policy.Policy) {
			p.Purposes[0].Bases = []policy.Basis{policy.BasisRecognisedLegitimateInterests}
			effective(p, policy.MakeDate(2026, 2, 5))
		}, "purposes[purpose.p0].bases", policy.SeverityError, "only from 2026-02-05"},
		{"no Annex 1 condition", func(p *policy.Policy) {
			p.Purposes[0].Bases, p.Purposes[0].Interest = []policy.Basis{policy.BasisRecognisedLegitimateInterests}, ""
			effective(p, policy.MakeDate(2026, 3, 1))
		}, func(p *policy.Policy) {
			p.Purposes[0].Bases, p.Purposes[0].Interest = []policy.Basis{policy.BasisRecognisedLegitimateInterests}, "detecting and preventing crime (Annex 1, para. 5)"
			effective(p, policy.MakeDate(2026, 3, 1))
		}, "purposes[purpose.p0].interest", policy.SeverityError, "Annex 1"},
	}
	// Arts. 22A-22D replaced Art. 22 on 5 February 2026: from then a
	// decision on legitimate interests is allowed with the safeguards
	// (ukgdpr.22B.22C).
	cases["ukgdpr.22.2"] = append(cases["ukgdpr.22.2"], lawCase{"until Arts. 22A-22D replaced Art. 22", func(p *policy.Policy) {
		p.Purposes[2].Automated = "credit scoring"
		effective(p, policy.MakeDate(2026, 2, 4))
	}, func(p *policy.Policy) {
		p.Purposes[2].Automated = "credit scoring"
		effective(p, policy.MakeDate(2026, 2, 5))
	}, "purposes[purpose.p2].bases", policy.SeverityError, "legitimate interests"})
	cases["ukgdpr.22B.22C"] = []lawCase{
		{"no safeguards", func(p *policy.Policy) {
			p.NoAutomatedDecisions, p.Purposes[1].Automated = false, "credit scoring"
			effective(p, policy.MakeDate(2026, 2, 5))
		}, func(p *policy.Policy) {
			p.NoAutomatedDecisions, p.Purposes[1].Automated = false, "credit scoring"
			effective(p, policy.MakeDate(2026, 2, 4))
		}, "rights", policy.SeverityError, "human intervention"},
		{"special categories without explicit consent", func(p *policy.Policy) {
			p.NoAutomatedDecisions, p.Purposes[1].Automated = false, "credit scoring"
			p.Purposes[1].Categories[0].Sensitivity = policy.SensitivitySpecial
			p.Rights = append(p.Rights, policy.Right{Kind: policy.RightNoAutomatedDecision})
			effective(p, policy.MakeDate(2026, 3, 1))
		}, func(p *policy.Policy) {
			p.NoAutomatedDecisions, p.Purposes[1].Automated = false, "credit scoring"
			p.Purposes[1].Categories[0].Sensitivity = policy.SensitivitySpecial
			p.Purposes[1].Bases = append(p.Purposes[1].Bases, policy.BasisExplicitConsent)
			p.Rights = append(p.Rights, policy.Right{Kind: policy.RightNoAutomatedDecision})
			effective(p, policy.MakeDate(2026, 3, 1))
		}, "purposes[purpose.p1].bases", policy.SeverityError, "without explicit consent"},
	}
	cases["ukgdpr.164A"] = []lawCase{{"no complaint to the controller", func(p *policy.Policy) {
		effective(p, policy.MakeDate(2026, 6, 19))
	}, func(p *policy.Policy) {
		effective(p, policy.MakeDate(2026, 6, 19))
		p.Rights = append(p.Rights, policy.Right{Kind: policy.RightControllerComplaint, How: "by writing to privacy@generated.example"})
	}, "rights", policy.SeverityError, "complain to the controller"}}
	return cases
}
