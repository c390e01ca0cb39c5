package policy_test

import (
	"slices"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func init() { lawCaseSets[policy.FADP] = fadpCases }

// fadpCases are the cases of the FADP's rules; TestLawRules runs them.
func fadpCases() map[policy.Rule][]lawCase {
	cn, us, ch := language.MustParseRegion("CN"), language.MustParseRegion("US"), language.MustParseRegion("CH")
	sensitive := func(p *policy.Policy) {
		p.Categories[0].Sensitivity = policy.SensitivitySpecial
		p.Purposes[0].Bases = []policy.Basis{policy.BasisConsent}
	}
	automated := func(p *policy.Policy) { p.NoAutomatedDecisions = false; p.Purposes[1].Automated = "credit scoring" }
	return map[policy.Rule][]lawCase{
		"fadp.dpo.18": {{"longer than 30 days", func(p *policy.Policy) { p.Requests.Deadline = policy.Days(31) },
			func(p *policy.Policy) { p.Requests.Deadline, p.Requests.Extension = policy.Days(30), policy.Days(60) },
			"requests.deadline", policy.SeverityError, "within 31 days, longer than the 30 days FADP gives"}},
		"fadp.31.1": obligationCases(accountingCH, accountingDE, policy.SeverityWarning),
		"fadp.19.2.a": {{"no contact", func(p *policy.Policy) { p.Controller.Email = "" },
			func(p *policy.Policy) { p.Controller.Email = ""; p.Controller.Address = "Bahnhofstrasse 1, Zürich" }, "controller", policy.SeverityError, "contact details"}},
		"fadp.14": {{"established abroad without representative", func(p *policy.Policy) { p.Controller.Country = us },
			func(p *policy.Policy) {
				p.Controller.Country = us
				p.Representatives = []policy.Representative{{Region: ch, Contact: policy.Contact{Name: "Rep AG", Address: "Bern"}}}
			}, "representatives", policy.SeverityWarning, "representative in Switzerland"}},
		"fadp.19.2.c": {{"no recipients", func(p *policy.Policy) { p.Recipients = nil },
			func(p *policy.Policy) { p.Recipients = p.Recipients[:1] }, "recipients", policy.SeverityWarning, "recipients"}},
		"fadp.19.3": {{"third-party data without items", func(p *policy.Policy) {
			c := p.Categories[0]
			c.Sources, c.SourceDetail, c.Items = []policy.Source{policy.SourceThirdParty}, "data brokers", nil
		}, func(p *policy.Policy) {
			c := p.Categories[0]
			c.Sources, c.SourceDetail, c.Items = []policy.Source{policy.SourceThirdParty}, "data brokers", []string{"postal address"}
		}, "categories[category.c0].items", policy.SeverityError, ""}},
		"fadp.19.4": {
			{"no adequacy", func(p *policy.Policy) {
				p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = cn, policy.SafeguardAdequacy, cn
			},
				func(p *policy.Policy) {
					p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = cn, policy.SafeguardStandardClauses, cn
				}, "transfers[0].safeguard", policy.SeverityError, "there is no entry for CN on the Federal Council's list of states with adequate protection (FADP Art. 16(1), Annex 1 to the Data Protection Ordinance"},
			{"UK agreement", func(p *policy.Policy) {
				p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardUKTransferAgreement, us
				p.Transfers[0].Laws = []policy.Law{policy.FADP}
			}, func(p *policy.Policy) {
				p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardDataPrivacyFramework, us
			}, "transfers[0].safeguard", policy.SeverityError, "UK GDPR only"},
			{"recipient abroad", func(p *policy.Policy) { p.Recipients[0].Country = cn },
				func(p *policy.Policy) {
					p.Recipients[0].Country = cn
					p.Transfers = append(p.Transfers, policy.Transfer{Destination: cn, Safeguard: policy.SafeguardExplicitConsent})
				}, "recipients[recipient.r0].country", policy.SeverityError, "no transfer to CN"},
		},
		"fadp.6.7": {{"sensitive data on plain consent", sensitive,
			func(p *policy.Policy) {
				sensitive(p)
				p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisExplicitConsent)
			},
			"purposes[purpose.p0].bases", policy.SeverityError, "express"},
			{"high-risk profiling on plain consent", func(p *policy.Policy) { p.Purposes[3].HighRiskProfiling = true },
				func(p *policy.Policy) {
					p.Purposes[3].HighRiskProfiling = true
					p.Purposes[3].Bases = append(p.Purposes[3].Bases, policy.BasisExplicitConsent)
				},
				"purposes[purpose.p3].bases", policy.SeverityError, "high-risk profiling"},
			{"high-risk profiling on another ground", func(p *policy.Policy) {
				p.Purposes[2].HighRiskProfiling = true
				p.Purposes[2].Bases = []policy.Basis{policy.BasisConsent}
			},
				func(p *policy.Policy) { p.Purposes[2].HighRiskProfiling = true }, "purposes[purpose.p2].bases", policy.SeverityError, "express"}},
		"fadp.21": {
			{"silent on automation", func(p *policy.Policy) { p.NoAutomatedDecisions = false },
				func(p *policy.Policy) { p.NoAutomatedDecisions = true }, "no_automated_decisions", policy.SeverityError, ""},
			{"automated without review", automated,
				func(p *policy.Policy) {
					automated(p)
					p.Rights = append(p.Rights, policy.Right{Kind: policy.RightNoAutomatedDecision})
				}, "rights", policy.SeverityError, "natural person"},
		},
		"fadp.25.32": {{"no portability", func(p *policy.Policy) { removeRight(p, policy.RightPortability) },
			func(p *policy.Policy) { removeRight(p, policy.RightRestriction) }, "rights", policy.SeverityError, "machine-readable"}},
	}
}

// TestFADPAdequacy checks the Swiss table against the dates the Federal
// Council set: Annex 1 of the Data Protection Ordinance from 1 September
// 2023, the Swiss-U.S. Data Privacy Framework from 15 September 2024.
func TestFADPAdequacy(t *testing.T) {
	ds := policy.AdequacyDecisions(policy.FADP)
	find := func(r string) (policy.AdequacyDecision, bool) {
		i := slices.IndexFunc(ds, func(d policy.AdequacyDecision) bool { return d.Region.String() == r })
		if i < 0 {
			return policy.AdequacyDecision{}, false
		}
		return ds[i], true
	}
	for r, want := range map[string]policy.Date{
		"DE": policy.MakeDate(2023, time.September, 1),
		"GB": policy.MakeDate(2023, time.September, 1),
		"US": policy.MakeDate(2024, time.September, 15),
		// Annex 1 lists every member state of the Union, so a transfer
		// to the EU as a whole needs no other ground.
		"EU": policy.MakeDate(2023, time.September, 1),
	} {
		d, ok := find(r)
		if !ok || d.Since != want {
			t.Errorf("FADP decision for %s = %+v, %v; want one since %s", r, d, ok, want)
		}
	}
	if d, _ := find("US"); d.Scope == "" {
		t.Error("the US decision is not limited to certified organisations")
	}
	for _, r := range []string{"CH", "CN", "JP"} {
		if _, ok := find(r); ok {
			t.Errorf("FADP lists %s as adequate", r)
		}
	}
	if !policy.FADP.Domestic(language.MustParseRegion("CH")) || policy.FADP.Domestic(language.MustParseRegion("LI")) {
		t.Error("FADP home is not exactly Switzerland")
	}
	if a := policy.FADP.Authority(); a.URL != "https://www.edoeb.admin.ch" {
		t.Errorf("FADP authority = %+v", a)
	}
}
