package policy

import (
	"fmt"
	"time"

	"golang.org/x/text/language"
)

// LGPD is Lei Geral de Proteção de Dados, Brazil's Law No. 13,709/2018.
const LGPD Law = 4

func init() {
	registerLaw(&lawDescriptor{
		law:      LGPD,
		key:      "lgpd",
		name:     "LGPD",
		fullName: "Lei Geral de Proteção de Dados Pessoais (Law No. 13,709 of 14 August 2018)",
		home:     regions("BR"),
		cite: map[Basis]string{
			Consent:                   "Art. 7(I)",
			LegalObligation:           "Art. 7(II)",
			PublicTask:                "Art. 7(III)",
			ResearchBody:              "Art. 7(IV)",
			Contract:                  "Art. 7(V)",
			ExerciseOfRights:          "Art. 7(VI)",
			VitalInterests:            "Art. 7(VII)",
			HealthProtection:          "Art. 7(VIII)",
			LegitimateInterests:       "Art. 7(IX)",
			CreditProtection:          "Art. 7(X)",
			ExplicitConsent:           "Art. 11(I)",
			EmploymentLaw:             "Art. 11(II)(a)",
			SubstantialPublicInterest: "Art. 11(II)(b)",
			ArchivingResearch:         "Art. 11(II)(c)",
			LegalClaims:               "Art. 11(II)(d)",
			VitalInterestsIncapable:   "Art. 11(II)(e)",
			HealthCare:                "Art. 11(II)(f)",
			PublicHealth:              "Art. 11(II)(f)",
			FraudPrevention:           "Art. 11(II)(g)",
		},
		specialCite: map[Basis]string{LegalObligation: "Art. 11(II)(a)"},
		citeNote:    "the grounds of GDPR Art. 9(2)(d) (not-for-profit bodies) and 9(2)(e) (data made public) are not mapped to an LGPD ground",
		transfers: &transferRegime{
			checked:  MakeDate(2026, time.November, 27),
			adequacy: lgpdAdequacy(),
			refuse:   lgpdRefuse,
		},
		authority: SupervisoryAuthority{Name: "the National Data Protection Authority (ANPD)", URL: "https://www.gov.br/anpd"},
		rules:     lgpdRules(),
		// Art. 19(II): the full confirmation within 15 days; the law
		// provides no extension.
		deadline: ResponseDeadline{Period: Days(15), Article: "Art. 19(II)"},
	})
}

func lgpdRules() []LawRule {
	rule := ruleFor(LGPD, "lgpd")
	return []LawRule{
		scopeRule("lgpd.5", LGPD, "Art. 5(I)"),
		rule("7", "Art. 7", "one of the ten legal bases for processing",
			func(c *lawCheck) { groundsCited(c, false) }),
		rule("11", "Art. 11", "a legal basis for sensitive personal data, among them a legal or regulatory obligation (Art. 11(II)(a))",
			func(c *lawCheck) { groundsCited(c, true) }),
		rule("9", "Art. 9(I)-(VII)", "purpose, form and duration, controller identity and contact, shared use, responsibilities and the data subject's rights",
			func(c *lawCheck) {
				if !identified(c.p.Controller) {
					c.add(Error, "controller", "the policy must identify the controller and give its contact details")
				}
				if c.p.CollectsPersonalData() && len(c.p.Recipients) == 0 {
					c.add(Error, "recipients", "the policy does not say with whom data is shared")
				}
				requireRights(c, Access, Rectification, Erasure, Portability)
				if usesConsent(c.p) {
					requireRights(c, WithdrawConsent)
				}
			}),
		transferRule("lgpd.33", LGPD, "Art. 33", "international transfers: to countries or international organisations the ANPD recognises as adequate (Art. 33(I)), with the ANPD's standard contractual clauses, specific clauses or global corporate rules (Art. 33(II)), with specific and highlighted consent (Art. 33(VIII)), or to perform a contract (Art. 33(IX))"),
		rule("41", "Art. 41", "the identity and contact of the encarregado (data protection officer)",
			func(c *lawCheck) {
				if c.p.DPO == nil || c.p.DPO.Email == "" && c.p.DPO.Address == "" {
					c.add(Error, "dpo", "the policy does not name the encarregado and how to reach them")
				}
			}),
	}
}

// lgpdAdequacy returns the ANPD's adequacy decisions (LGPD Art. 33(I), 34;
// Resolution CD/ANPD No. 19/2024, Annex I, Arts. 10-13). Resolution
// CD/ANPD No. 32 of 26 January 2026 (published 27 January 2026) recognises
// the European Union, and with it every EU member state, Iceland,
// Liechtenstein and Norway and the Union's institutions, bodies and
// agencies; it excludes transfers solely for public security, national
// defence, state security or criminal investigation. It is the ANPD's
// first adequacy decision.
func lgpdAdequacy() []AdequacyDecision {
	out := decisions(eeaStates+" EU", MakeDate(2026, time.January, 26), "")
	for i := range out {
		out[i].Act = "Resolution CD/ANPD No. 32/2026"
	}
	return sortDecisions(out)
}

// anpdClauses is the day Resolution CD/ANPD No. 19/2024 adopted the ANPD's
// standard contractual clauses and took effect; anpdClausesDeadline the
// day, twelve months after its publication, by which contracts using
// contractual clauses had to adopt them (Art. 2, sole paragraph).
var (
	anpdClauses         = MakeDate(2024, time.August, 23)
	anpdClausesDeadline = MakeDate(2025, time.August, 23)
)

// lgpdRefuse says why the LGPD does not accept safeguard s for a policy in
// effect on day on. Binding corporate rules are the LGPD's global
// corporate rules (Art. 33(II)(c)); explicit consent is its specific and
// highlighted consent (Art. 33(VIII)); contract necessity is Art. 33(IX).
func lgpdRefuse(s Safeguard, _ language.Region, on Date) string {
	switch s {
	case SafeguardANPDClauses:
		if on.Before(anpdClauses) {
			return fmt.Sprintf("the ANPD adopted its standard contractual clauses on %s (Resolution CD/ANPD No. 19/2024), after %s, the day this policy takes effect", anpdClauses, on)
		}
	case StandardClauses:
		// Contracts with other clauses stayed lawful until they had to
		// adopt the ANPD's.
		if !on.Before(anpdClausesDeadline) {
			return fmt.Sprintf("the LGPD does not accept the EU standard contractual clauses; since %s contractual transfers use the ANPD's standard contractual clauses (Resolution CD/ANPD No. 19/2024; declare anpd_standard_clauses)", anpdClausesDeadline)
		}
	case UKTransferAgreement:
		return ukOnly(s)
	}
	return ""
}
