package policy

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
		citeNote: "the grounds of GDPR Art. 9(2)(d) (not-for-profit bodies) and 9(2)(e) (data made public) are not mapped to an LGPD ground",
		// LGPD Art. 33 restricts international transfers, and the ANPD
		// has adopted standard contractual clauses (Resolution CD/ANPD
		// No. 19/2024), but it has recognised no country as adequate; the
		// library does not check LGPD transfers yet.
		noTransfers: "the LGPD's transfer rules (Art. 33) are not checked yet: the ANPD has recognised no country as adequate",
		authority:   SupervisoryAuthority{Name: "the National Data Protection Authority (ANPD)", URL: "https://www.gov.br/anpd"},
		rules:       lgpdRules(),
	})
}

func lgpdRules() []LawRule {
	rule := ruleFor(LGPD, "lgpd")
	return []LawRule{
		scopeRule("lgpd.5", LGPD, "Art. 5(I)"),
		rule("7", "Art. 7", "one of the ten legal bases for processing",
			func(c *lawCheck) { groundsCited(c, false) }),
		rule("11", "Art. 11", "a legal basis for sensitive personal data",
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
		rule("41", "Art. 41", "the identity and contact of the encarregado (data protection officer)",
			func(c *lawCheck) {
				if c.p.DPO == nil || c.p.DPO.Email == "" && c.p.DPO.Address == "" {
					c.add(Error, "dpo", "the policy does not name the encarregado and how to reach them")
				}
			}),
	}
}
