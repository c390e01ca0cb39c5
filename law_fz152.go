package policy

import (
	"fmt"

	"golang.org/x/text/language"
)

// FZ152 is Federal Law of the Russian Federation No. 152-FZ "On Personal
// Data".
const FZ152 Law = 3

func init() {
	registerLaw(&lawDescriptor{
		law:      FZ152,
		key:      "152-fz",
		name:     "Federal Law No. 152-FZ",
		fullName: "Federal Law of the Russian Federation No. 152-FZ of 27 July 2006 \"On Personal Data\"",
		home:     regions("RU"),
		cite: map[Basis]string{
			Consent:             "Art. 6(1)(1)",
			Contract:            "Art. 6(1)(5)",
			LegalObligation:     "Art. 6(1)(2)",
			VitalInterests:      "Art. 6(1)(6)",
			PublicTask:          "Art. 6(1)(4)",
			LegitimateInterests: "Art. 6(1)(7)",
			ExplicitConsent:     "Art. 10(2)(1)",
		},
		citeNote: "the grounds of Art. 6(1) and written consent under Art. 10(2)(1) are cited; the other conditions of Art. 10(2) are not mapped to grounds of the model",
		transfers: &transferRegime{
			adequacy: fz152Adequacy(),
			refuse: func(s Safeguard, _ language.Region) string {
				if s == ExplicitConsentTransfer || s == ContractNecessity {
					return ""
				}
				return fmt.Sprintf("152-FZ does not recognise %s; to a country without adequate protection, data goes only with the data subject's written consent or to perform a contract with them", s.Name())
			},
		},
		authority: SupervisoryAuthority{Name: "the Federal Service for Supervision of Communications, Information Technology and Mass Media (Roskomnadzor)", URL: "https://rkn.gov.ru"},
		rules:     fz152Rules(),
		statements: []Statement{{Topic: TopicStorage,
			Text: "In accordance with Art. 18(5) of Federal Law No. 152-FZ, the personal data of citizens of the Russian Federation is recorded, systematised, accumulated, stored, clarified and retrieved using databases located in the Russian Federation."}},
	})
}

// russia is the region of 152-FZ's localisation rule (Art. 18(5)).
var russia = region("RU")

// fz152Adequacy returns the states 152-FZ Art. 12(1) treats as protecting
// data adequately: the parties to Council of Europe Convention 108, and the
// states Roskomnadzor lists. Neither list is dated per state.
func fz152Adequacy() []AdequacyDecision {
	out := decisions(eeaStates+` GB CH AD MC SM AL AM AZ BA GE MD ME MK RS TR UA AR CV MU MX MA SN TN UY`, Date{}, "party to Convention 108")
	out = append(out, decisions("AU CA IL JP KR KZ MN MY NZ PE SG", Date{}, "listed by Roskomnadzor")...)
	return sortDecisions(out)
}

func fz152Rules() []LawRule {
	rule := ruleFor(FZ152, "152fz")
	ru := russia
	return []LawRule{
		scopeRule("152fz.3", FZ152, "Art. 3(1)"),
		rule("6.1", "Art. 6(1)", "grounds of processing, in the law's own numbering",
			func(c *lawCheck) { groundsCited(c, false) }),
		{ID: "152fz.9", Law: FZ152, Article: "Art. 9", Element: "consent that is specific, informed and can be withdrawn",
			CoveredBy: RuleMissingWithdrawal},
		rule("10", "Art. 10", "written consent for special categories of personal data",
			func(c *lawCheck) {
				requireBasisFor(c, func(cat *Category) bool { return cat.Sensitivity == Special }, "special category")
			}),
		rule("11", "Art. 11", "written consent for biometric personal data",
			func(c *lawCheck) { requireBasisFor(c, func(cat *Category) bool { return cat.Biometric }, "biometric") }),
		transferRule("152fz.12", FZ152, "Art. 12", "cross-border transfers: to countries with adequate protection, or with written consent or to perform a contract"),
		rule("18.5", "Art. 18(5)", "localisation: personal data of Russian citizens is stored in databases in Russia",
			func(c *lawCheck) {
				if storedIn(c.p.Storage, ru) {
					return
				}
				c.each(factNotStoredInRU, func(i int, cat *Category) {
					c.add(Error, elem("categories", cat.ID, i)+".storage", "category %q does not state that data of users in Russia is stored in Russia (set storage here or for the whole policy)", cat.ID)
				})
			}),
		rule("18.1", "Art. 18.1(2)", "publication of the policy, with unrestricted access",
			func(c *lawCheck) {
				if c.p.URL == "" {
					c.add(Error, "url", "the policy does not give the address where it is published")
				}
			}),
		rule("22.1", "Art. 22.1", "the person responsible for organising the processing of personal data",
			func(c *lawCheck) {
				if c.p.DPO == nil && c.p.CollectsPersonalData() {
					c.add(Error, "dpo", "the policy does not name the person responsible for organising the processing of personal data")
				}
			}),
	}
}
