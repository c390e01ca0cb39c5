package policy

import (
	"slices"
	"time"

	"golang.org/x/text/language"
)

// FADP is Switzerland's revised Federal Act on Data Protection of
// 25 September 2020 (SR 235.1), in force since 1 September 2023, with its
// Data Protection Ordinance (DPO, SR 235.11).
//
// The FADP does not make processing by private persons depend on a legal
// ground: processing is lawful unless it breaches the data subject's
// privacy (Art. 30), and a breach is justified by consent, an overriding
// private or public interest, or law (Art. 31). [Basis.Citation] therefore
// cites under the FADP only the grounds that match one of those
// justifications, and the FADP's rules do not ask for a cited ground.
const FADP Law = 6

func init() {
	registerLaw(&lawDescriptor{
		law:      FADP,
		key:      "fadp",
		name:     "FADP",
		fullName: "Swiss Federal Act on Data Protection of 25 September 2020 (FADP, SR 235.1)",
		home:     regions("CH"),
		cite: map[Basis]string{
			BasisConsent:             "Art. 31(1)",
			BasisExplicitConsent:     "Art. 6(7), 31(1)",
			BasisLegalObligation:     "Art. 31(1)",    // justified by law
			BasisPublicTask:          "Art. 31(1)",    // an overriding public interest
			BasisLegitimateInterests: "Art. 31(1)",    // an overriding private interest
			BasisContract:            "Art. 31(2)(a)", // directly connected with a contract with the data subject
			BasisCreditProtection:    "Art. 31(2)(c)", // creditworthiness, within the limits of Art. 31(2)(c)
			BasisArchivingResearch:   "Art. 31(2)(e)", // research, planning and statistics on non-personal terms
			BasisResearchBody:        "Art. 31(2)(e)",
		},
		noSpecialConditions: "the FADP lists no conditions for sensitive personal data: processing it is justified as any other processing is (Art. 30, 31), and consent to it must be express (Art. 6(7))",
		citeNote:            "the FADP needs no ground for processing by private persons; grounds are cited where they match a justification of Art. 31, and the others (such as vital interests or the GDPR's Art. 9(2) conditions) are left uncited",
		transfers: &transferRegime{
			adequacy: fadpAdequacy(),
			// Art. 16(2) accepts standard data protection clauses the
			// FDPIC has approved, issued or recognised (it recognised the
			// EU standard contractual clauses of 2021, with Swiss
			// adaptations) and binding corporate rules (Art. 16(2)(e));
			// Art. 17(1)(a) and (b) accept the data subject's explicit
			// consent and a contract with the data subject.
			checked: MakeDate(2026, time.November, 27),
			refuse:  func(s Safeguard, _ language.Region, _ Date) string { return ukOnly(s) },
			terms: adequacyTerms{one: "entry for %s on the Federal Council's list of states with adequate protection", cite: "FADP Art. 16(1), Annex 1 to the Data Protection Ordinance",
				list: "the Federal Council's list of states with adequate protection"},
		},
		authority: SupervisoryAuthority{Name: "the Federal Data Protection and Information Commissioner (FDPIC)", URL: "https://www.edoeb.admin.ch"},
		rules:     fadpRules(),
		// The Data Protection Ordinance (DPO, SR 235.11) Art. 18(1): 30
		// days from receipt; Art. 18(2): where that is not possible, the
		// controller tells the data subject within what period it will
		// answer, without a fixed limit. Checked against the text of
		// Art. 18 DSV as published (German), not against the SR 235.11
		// PDF.
		deadline: ResponseDeadline{Period: Days(30), Deferrable: true, Article: "DPO Art. 18(1)"},
		// Consent (Art. 6(6), 6(7)) can be withdrawn at any time, with
		// effect for the future: processing against the person's
		// express will infringes their personality (Art. 30(2)(b)).
		rights: []RightKind{RightAccess, RightRectification, RightErasure, RightPortability, RightObjection, RightWithdrawConsent, RightComplaint, RightNoAutomatedDecision},
	})
}

// fadpAdequacy returns the states with adequate protection under FADP
// Art. 16(1): Annex 1 of the Data Protection Ordinance, binding since
// 1 September 2023 (the FDPIC's earlier list under the old Act is not
// recorded), and the United States for organisations certified under the
// Swiss-U.S. Data Privacy Framework from 15 September 2024 (Federal Council
// decision of 14 August 2024).
func fadpAdequacy() []AdequacyDecision {
	annex := MakeDate(2023, time.September, 1)
	out := decisions(eeaStates+" AD AR FO GB GG GI IL IM JE MC NZ UY", annex, "")
	// Annex 1 lists every member state of the Union, so a transfer to the
	// EU as a whole needs no other ground.
	out = append(out, decisions("EU", annex, "")...)
	out = append(out,
		AdequacyDecision{Region: region("CA"), Since: annex, Scope: "private-sector processing subject to PIPEDA or a substantially similar provincial act"},
		AdequacyDecision{Region: region("US"), Since: MakeDate(2024, time.September, 15), Scope: "organisations certified under the Swiss-U.S. Data Privacy Framework", Certified: true},
	)
	return sortDecisions(out)
}

func fadpRules() []Requirement {
	rule := ruleFor(FADP, "fadp")
	return []Requirement{
		scopeRule("fadp.2", FADP, "Art. 2(1), 5(a)"),
		rule("6.7", "Art. 6(6), 6(7)(a), 6(7)(b)", "express consent for sensitive personal data and for high-risk profiling (purposes[].high_risk_profiling), where processing rests on consent",
			func(c *lawCheck) {
				for i, pu := range c.p.Purposes {
					if pu == nil || !c.rests(i, BasisConsent) || c.rests(i, BasisExplicitConsent) {
						continue
					}
					if pu.HighRiskProfiling && c.uses(i, factPersonal) {
						c.add(SeverityError, elem("purposes", pu.ID, i)+".bases", "purpose %q rests on consent and involves high-risk profiling; consent to high-risk profiling must be express (explicit_consent)", pu.ID)
						continue
					}
					if !c.uses(i, factSensitive) {
						continue
					}
					for _, cat := range pu.Categories {
						if cat != nil && (cat.Sensitivity == SensitivitySpecial || cat.Sensitivity == SensitivitySensitive) {
							c.add(SeverityError, elem("purposes", pu.ID, i)+".bases", "purpose %q rests on consent and uses sensitive data (%q); consent to processing sensitive data must be express (explicit_consent)", pu.ID, cat.ID)
							break
						}
					}
				}
			}),
		// The conditions of Art. 14(1) (processing connected with offering
		// goods or services in Switzerland or monitoring behaviour there,
		// and extensive, regular and high-risk) are not in the model, so a
		// missing representative is a warning.
		rule("14", "Art. 14(1), 14(3)", "the name and address of the representative in Switzerland of a controller established abroad, where Art. 14(1) requires one",
			func(c *lawCheck) {
				ctry := c.p.Controller.Country
				if ctry == (language.Region{}) || FADP.Domestic(ctry) {
					return
				}
				if !slices.ContainsFunc(c.p.Representatives, func(r Representative) bool { return FADP.Domestic(r.Region) }) {
					c.add(SeverityWarning, "representatives", "the controller is established in %s and names no representative in Switzerland; one is required where the processing is extensive, regular, high-risk and aimed at persons in Switzerland", ctry)
				}
			}),
		// A justification "by law" (Art. 31(1)) is Swiss federal or
		// cantonal law; an obligation under foreign law may still justify
		// processing as an overriding interest, so the rule warns.
		obligationRule("fadp.31.1", FADP, "Art. 31(1)", "Swiss federal or cantonal law", SeverityWarning),
		rule("19.2.a", "Art. 19(2)(a)", "the identity and contact details of the controller",
			func(c *lawCheck) {
				if !identified(c.p.Controller) {
					c.add(SeverityError, "controller", "the policy must name the controller and give its contact details")
				}
			}),
		{ID: "fadp.19.2.b", Law: FADP, Article: "Art. 19(2)(b)", Element: "the purpose of processing",
			CoveredBy: RuleUnusedCategory},
		rule("19.2.c", "Art. 19(2)(c)", "the recipients or categories of recipients to whom personal data is disclosed, where it is",
			func(c *lawCheck) {
				// "Where applicable": the model cannot say that no one
				// receives data, so silence is a warning, not an error.
				if c.p.CollectsPersonalData() && len(c.p.Recipients) == 0 {
					c.add(SeverityWarning, "recipients", "the policy states no recipients or categories of recipients; name them if data is disclosed to anyone, processors such as hosting providers included")
				}
			}),
		rule("19.3", "Art. 19(3)", "the categories of personal data processed, where data is not obtained from the data subject",
			func(c *lawCheck) {
				c.each(factElsewhere|factNoItems, func(i int, cat *Category) {
					c.add(SeverityError, elem("categories", cat.ID, i)+".items", "category %q comes from other sources than the user but does not list what data it holds", cat.ID)
				})
			}),
		transferRule("fadp.19.4", FADP, "Art. 19(4), 16, 17", "the states or international bodies data is disclosed to abroad, and the guarantees of Art. 16(2) or the exception of Art. 17 relied on"),
		// Art. 21(2) gives the data subject, on request, the right to state
		// their position and to have the decision reviewed by a natural
		// person; the nearest right of the model is RightNoAutomatedDecision.
		rule("21", "Art. 21", "notice of decisions based exclusively on automated processing that have legal consequences or significant effects, and the right to state one's position and have them reviewed by a natural person",
			func(c *lawCheck) {
				if !c.p.CollectsPersonalData() {
					return
				}
				automated := slices.ContainsFunc(c.p.Purposes, func(pu *Purpose) bool { return pu != nil && pu.Automated != "" })
				switch {
				case automated && !hasRight(c.p, RightNoAutomatedDecision):
					c.add(SeverityError, "rights", "the policy makes automated decisions but does not state the right to give one's position and have the decision reviewed by a natural person (no_automated_decision)")
				case !automated && !c.p.NoAutomatedDecisions:
					c.add(SeverityError, "no_automated_decisions", "the policy says neither that it makes automated individual decisions (purposes[].automated) nor that it makes none (no_automated_decisions)")
				}
			}),
		rule("dpo.18", "DPO Art. 18(1), 18(2)", "a time to answer requests for access the policy states (requests.deadline) no longer than 30 days; an extension (requests.extension) is open, as Art. 18(2) lets the controller answer later if it tells the data subject when",
			fadpDeadline),
		rule("25.32", "Art. 25-28, 30(2)(b), 32", "the rights of access (Art. 25-27), data portability (Art. 28), rectification (Art. 32(1)), and erasure and objection (Art. 30(2)(b), 32(2))",
			func(c *lawCheck) {
				requireRights(c, RightAccess, RightPortability, RightRectification, RightErasure, RightObjection)
			}),
	}
}

// fadpDeadline checks the time to answer a request for access against
// the DPO's 30 days. Unlike the deadlines of the other laws, DPO
// Art. 18(2) sets no limit on a delay the controller announces, so an
// extension is not checked.
func fadpDeadline(c *lawCheck) {
	r := c.p.Requests
	d, _ := FADP.ResponseDeadline()
	if r.Deadline.Valid() && exceeds(r.Deadline, r.WorkingDays, d.Period, d.WorkingDays) {
		c.add(SeverityError, "requests.deadline", "the policy answers requests within %s, longer than the %s FADP gives", periodWords(r.Deadline, r.WorkingDays), periodWords(d.Period, d.WorkingDays))
	}
}
