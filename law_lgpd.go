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
			BasisConsent:                   "Art. 7(I)",
			BasisLegalObligation:           "Art. 7(II)",
			BasisPublicTask:                "Art. 7(III)",
			BasisResearchBody:              "Art. 7(IV)",
			BasisContract:                  "Art. 7(V)",
			BasisExerciseOfRights:          "Art. 7(VI)",
			BasisVitalInterests:            "Art. 7(VII)",
			BasisHealthProtection:          "Art. 7(VIII)",
			BasisLegitimateInterests:       "Art. 7(IX)",
			BasisCreditProtection:          "Art. 7(X)",
			BasisExplicitConsent:           "Art. 11(I)",
			BasisEmploymentLaw:             "Art. 11(II)(a)",
			BasisSubstantialPublicInterest: "Art. 11(II)(b)",
			BasisArchivingResearch:         "Art. 11(II)(c)",
			BasisLegalClaims:               "Art. 11(II)(d)",
			BasisVitalInterestsIncapable:   "Art. 11(II)(e)",
			BasisHealthCare:                "Art. 11(II)(f)",
			BasisPublicHealth:              "Art. 11(II)(f)",
			BasisFraudPrevention:           "Art. 11(II)(g)",
		},
		specialCite: map[Basis]string{BasisLegalObligation: "Art. 11(II)(a)"},
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
		rights: []RightKind{RightAccess, RightRectification, RightErasure, RightRestriction, RightPortability, RightObjection, RightWithdrawConsent, RightComplaint, RightNoAutomatedDecision,
			RightAnonymisation, RightSharingEntities, RightConsentRefusal},
	})
}

func lgpdRules() []Requirement {
	rule := ruleFor(LGPD, "lgpd")
	return []Requirement{
		scopeRule("lgpd.5", LGPD, "Art. 5(I)"),
		rule("7", "Art. 7", "one of the ten legal bases for processing",
			func(c *lawCheck) { groundsCited(c, false) }),
		// Art. 7(II) (a legal or regulatory obligation of the controller)
		// and 7(III) (public policies provided for in laws and
		// regulations) do not say whose law; they are read as Brazilian
		// law, as the ANPD's guidance on the legal bases reads them (not
		// verified against a decision of the ANPD).
		obligationRule("lgpd.7.ii", LGPD, "Art. 7(II), 7(III)", "Brazilian law or regulation", SeverityError),
		rule("11", "Art. 11", "a legal basis for sensitive personal data, among them a legal or regulatory obligation (Art. 11(II)(a))",
			func(c *lawCheck) { groundsCited(c, true) }),
		rule("9", "Art. 9(I)-(VII)", "purpose, form and duration, controller identity and contact, shared use, responsibilities and the data subject's rights (the rights are checked under Art. 18)",
			func(c *lawCheck) {
				if !identified(c.p.Controller) {
					c.add(SeverityError, "controller", "the policy must identify the controller and give its contact details")
				}
				if c.p.CollectsPersonalData() && len(c.p.Recipients) == 0 {
					c.add(SeverityError, "recipients", "the policy does not say with whom data is shared")
				}
			}),
		rule("18", "Art. 18(I)-(IX), 18(1), 18(2)", "the rights of Art. 18, as the model names them: confirmation and access (I, II: access), correction (III: rectification), "+
			"anonymisation, blocking or deletion of unnecessary, excessive or unlawfully processed data (IV: anonymisation), portability (V), "+
			"deletion of data processed on consent (VI: erasure), information on the public and private entities data is shared with (VII: sharing_entities), "+
			"petition to the ANPD (18(1): complaint) and opposition (18(2): objection), and, where processing rests on consent, "+
			"information on the possibility of refusing consent and its consequences (VIII: consent_refusal) and revocation of consent (IX: withdraw_consent); "+
			"blocking is also stated as restriction",
			func(c *lawCheck) {
				requireRights(c, RightAccess, RightRectification, RightRestriction, RightAnonymisation, RightErasure, RightPortability,
					RightSharingEntities, RightComplaint, RightObjection)
				if usesConsent(c.p) {
					requireRights(c, RightConsentRefusal, RightWithdrawConsent)
				}
			}),
		rule("20", "Art. 20", "the right to request review of decisions taken solely on automated processing, where a purpose makes such decisions",
			func(c *lawCheck) {
				if hasRight(c.p, RightNoAutomatedDecision) {
					return
				}
				for _, pu := range c.p.Purposes {
					if pu != nil && pu.Automated != "" {
						c.add(SeverityError, "rights", "purpose %q makes automated decisions but the policy does not state the right to request their review (no_automated_decision)", pu.ID)
						return
					}
				}
			}),
		rule("14", "Art. 14(1)", "whether children may use the service: a minimum age, or that a parent consents; a child is under 12, and consent for a child's data is given by a parent (where processing rests on consent)",
			func(c *lawCheck) {
				switch ch := c.p.Children; {
				case ch.MinimumAge == 0 && !ch.ParentalConsent:
					c.add(SeverityWarning, "children.minimum_age", "the policy does not say whether children may use the service: state a minimum age, or that a parent consents (parental_consent)")
				case ch.MinimumAge > 0 && ch.MinimumAge < 12 && !ch.ParentalConsent && usesConsent(c.p):
					c.add(SeverityError, "children.parental_consent", "minimum age %d admits children under 12, whose data needs the specific consent of a parent; say so (parental_consent)", ch.MinimumAge)
				}
			}),
		deadlineRule("lgpd.19", LGPD, "Art. 19(II)"),
		transferRule("lgpd.33", LGPD, "Art. 33", "international transfers: to countries or international organisations the ANPD recognises as adequate (Art. 33(I)), with the ANPD's standard contractual clauses, specific clauses or global corporate rules (Art. 33(II)), with specific and highlighted consent (Art. 33(VIII)), or to perform a contract (Art. 33(IX))"),
		rule("41", "Art. 41", "the identity and contact of the encarregado (data protection officer)",
			func(c *lawCheck) {
				if c.p.DPO == nil || c.p.DPO.Email == "" && c.p.DPO.Address == "" {
					c.add(SeverityError, "dpo", "the policy does not name the encarregado and how to reach them")
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
	case SafeguardStandardClauses:
		// Contracts with other clauses stayed lawful until they had to
		// adopt the ANPD's.
		if !on.Before(anpdClausesDeadline) {
			return fmt.Sprintf("the LGPD does not accept the EU standard contractual clauses; since %s contractual transfers use the ANPD's standard contractual clauses (Resolution CD/ANPD No. 19/2024; declare anpd_standard_clauses)", anpdClausesDeadline)
		}
	case SafeguardUKTransferAgreement:
		return ukOnly(s)
	}
	return ""
}
