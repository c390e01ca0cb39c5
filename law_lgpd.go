package policy

import (
	"fmt"
	"strings"
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
		// Art. 11(II) repeats, for sensitive data, grounds of Art. 7 that
		// the model names once: a legal or regulatory obligation (a),
		// public policies carried out by the public administration (b),
		// studies by a research body (c), the regular exercise of rights,
		// in a contract too (d), the protection of life (e) and the
		// protection of health by health professionals (f).
		specialCite: map[Basis]string{
			BasisLegalObligation:  "Art. 11(II)(a)",
			BasisPublicTask:       "Art. 11(II)(b)",
			BasisResearchBody:     "Art. 11(II)(c)",
			BasisExerciseOfRights: "Art. 11(II)(d)",
			BasisVitalInterests:   "Art. 11(II)(e)",
			BasisHealthProtection: "Art. 11(II)(f)",
		},
		citeNote: "the grounds of GDPR Art. 9(2)(d) (not-for-profit bodies) and 9(2)(e) (data made public) are not mapped to an LGPD ground",
		transfers: &transferRegime{
			checked:  MakeDate(2026, time.November, 27),
			adequacy: lgpdAdequacy(),
			refuse:   lgpdRefuse,
			terms: adequacyTerms{one: "adequacy decision of the ANPD for %s", cite: "LGPD Art. 33(I), 34",
				list: "the ANPD's adequacy decisions"},
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
		rule("7", "Art. 7", "one of the ten legal bases for processing; a ground of Art. 11 alone (such as fraud prevention in identification, Art. 11(II)(g)) covers only a purpose that uses sensitive data",
			lgpdGrounds),
		// Art. 7(II) (a legal or regulatory obligation of the controller)
		// and 7(III) (public policies provided for in laws and
		// regulations) do not say whose law; they are read as Brazilian
		// law, as the ANPD's guidance on the legal bases reads them (not
		// verified against a decision of the ANPD).
		obligationRule("lgpd.7.ii", LGPD, "Art. 7(II), 7(III)", "Brazilian law or regulation", SeverityError),
		rule("11", "Art. 11", "a legal basis for sensitive personal data, among them the grounds of Art. 7 that Art. 11(II)(a) to (f) repeat: a legal or regulatory obligation, public policies, studies by a research body, the regular exercise of rights, the protection of life and the protection of health",
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
			"information on the public and private entities data is shared with (VII: sharing_entities), "+
			"petition to the ANPD (18(1): complaint) and opposition (18(2): objection), and, where processing rests on consent, "+
			"deletion of the data processed on consent (VI: erasure), information on the possibility of refusing consent and its consequences (VIII: consent_refusal) "+
			"and revocation of consent (IX: withdraw_consent); blocking is part of IV, so the LGPD asks for no right to restriction of its own",
			func(c *lawCheck) {
				requireRights(c, RightAccess, RightRectification, RightAnonymisation, RightPortability,
					RightSharingEntities, RightComplaint, RightObjection)
				if usesConsent(c.p) {
					requireRights(c, RightErasure, RightConsentRefusal, RightWithdrawConsent)
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
		// The ANPD reads Art. 14 as allowing the data of children and
		// adolescents to be processed on any ground of Art. 7 or 11, in
		// their best interest (Enunciado CD/ANPD No. 1/2023), so a
		// parent's consent is asked for only where processing rests on
		// consent.
		rule("14", "Art. 14(1)", "whether children may use the service: a minimum age, that a parent consents, or the age from which a user consents alone; a child is under 12, and consent for a child's data is given by a parent (where processing rests on consent)",
			lgpdChildren),
		deadlineRule("lgpd.19", LGPD, "Art. 19(II)"),
		// Art. 48 leaves the time to the ANPD, which set 3 working days
		// (Resolution CD/ANPD No. 15 of 24 April 2024, Art. 6, as recalled;
		// not verified against the official publication).
		breachRule("lgpd.48", LGPD, "Art. 48; Resolution CD/ANPD No. 15/2024, Art. 6", Days(3), Period{}, true),
		transferRule("lgpd.33", LGPD, "Art. 33", "international transfers: to countries or international organisations the ANPD recognises as adequate (Art. 33(I)), with the ANPD's standard contractual clauses, specific clauses or global corporate rules (Art. 33(II)), with specific and highlighted consent (Art. 33(VIII)), or to perform a contract (Art. 33(IX))"),
		rule("41", "Art. 41(1)", "the identity and contact of the encarregado (data protection officer)",
			func(c *lawCheck) {
				// Contact details are any means that reaches the
				// encarregado: an email or postal address, a telephone
				// number or a contact form on a website, as banks and
				// retailers publish.
				switch dpo := c.p.DPO; {
				case dpo == nil || dpo.Email == "" && dpo.Address == "" && dpo.Phone == "" && dpo.Website == "":
					c.add(SeverityError, "dpo", "the policy does not name the encarregado and how to reach them")
				case dpo.Name == "":
					// Art. 41(1) asks for the encarregado's identity, not
					// only a mailbox.
					c.add(SeverityWarning, "dpo.name", "the encarregado is not named; Art. 41(1) asks for their identity as well as their contact details")
				}
			}),
	}
}

// lgpdGrounds checks that each purpose that uses personal data rests on
// a ground the LGPD provides for. The grounds of Art. 11 are grounds for
// sensitive data only: a purpose that rests on one of them alone, such as
// fraud prevention in identification and authentication (Art. 11(II)(g)),
// and uses no sensitive data rests on no ground of Art. 7. Consent that
// is specific and highlighted (Art. 11(I)) is consent under Art. 7(I) as
// well. A purpose that uses sensitive and other data may rest on an
// Art. 11 ground for the one and must rest on an Art. 7 ground for the
// other; the facts of a purpose do not tell them apart, so such a purpose
// is not checked for it.
func lgpdGrounds(c *lawCheck) {
	art7 := basisSet(0).with(BasisExplicitConsent)
	var art11 basisSet
	for b := range Basis(64) {
		switch cite, ok := b.Citation(LGPD); {
		case !ok:
		case strings.HasPrefix(cite, "Art. 7"):
			art7 = art7.with(b)
		default:
			art11 = art11.with(b)
		}
	}
	for i, pu := range c.p.Purposes {
		if pu == nil || !c.uses(i, factPersonal) || len(pu.Bases) == 0 {
			continue // no personal data, or basis.missing already says so
		}
		switch bs := c.v.purposeBases[i]; {
		case bs&art7 != 0, bs&art11 != 0 && c.uses(i, factSensitive):
		case bs&art11 != 0:
			c.add(SeverityError, elem("purposes", pu.ID, i)+".bases", "purpose %q rests only on grounds of Art. 11, which cover sensitive data, and uses none; cite a ground of Art. 7, such as legitimate interests (Art. 7(IX)) for preventing fraud", pu.ID)
		default:
			c.add(SeverityError, elem("purposes", pu.ID, i)+".bases", "purpose %q rests on no legal ground that %s recognises", pu.ID, LGPD.Name())
		}
	}
}

// lgpdChildren checks what the policy says of children against Art. 14:
// a child is a person under 12 (Statute of the Child and Adolescent,
// Law No. 8,069/1990, Art. 2), whose data is processed on consent only
// with the specific and highlighted consent of a parent or legal guardian
// (Art. 14(1)). Children.ConsentAge, where stated, is the age from which
// a user consents alone; below it a parent consents.
func lgpdChildren(c *lawCheck) {
	ch := c.p.Children
	switch {
	case ch.MinimumAge == 0 && !ch.ParentalConsent && ch.ConsentAge == 0:
		c.add(SeverityWarning, "children.minimum_age", "the policy does not say whether children may use the service: state a minimum age, or that a parent consents (parental_consent)")
	case !usesConsent(c.p):
	case ch.ConsentAge > 0:
		if ch.ConsentAge < 12 && ch.MinimumAge < 12 {
			c.add(SeverityError, "children.consent_age", "consent age %d lets children under 12 consent alone; a parent or legal guardian gives specific and highlighted consent for a child's data", ch.ConsentAge)
		}
	case ch.MinimumAge > 0 && ch.MinimumAge < 12 && !ch.ParentalConsent:
		c.add(SeverityError, "children.parental_consent", "minimum age %d admits children under 12, whose data needs the specific consent of a parent; say so (parental_consent)", ch.MinimumAge)
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
