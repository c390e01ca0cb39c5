package policy

import (
	"fmt"
	"slices"
	"strconv"
	"time"

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
			BasisConsent:             "Art. 6(1)(1)",
			BasisContract:            "Art. 6(1)(5)",
			BasisLegalObligation:     "Art. 6(1)(2)",
			BasisVitalInterests:      "Art. 6(1)(6)",
			BasisPublicTask:          "Art. 6(1)(4)",
			BasisLegitimateInterests: "Art. 6(1)(7)",
			BasisExplicitConsent:     "Art. 10(2)(1)",
			// Art. 10(2) conditions other than written consent. The
			// numbering follows the consolidated text of 152-FZ; 2.3
			// (state social assistance, labour and pension law) was not
			// verified against the official publication.
			BasisEmploymentLaw:           "Art. 10(2)(2.3)",
			BasisVitalInterestsIncapable: "Art. 10(2)(3)",
			BasisHealthCare:              "Art. 10(2)(4)",
			BasisNotForProfitBody:        "Art. 10(2)(5)",
			BasisLegalClaims:             "Art. 10(2)(6)",
		},
		citeNote: "the grounds of Art. 6(1) and the conditions of Art. 10(2) are cited; public_task maps to Art. 6(1)(4), which covers state and municipal services only; health_care maps to Art. 10(2)(4), which requires processing by a person professionally engaged in medical activity and bound by medical secrecy",
		transfers: &transferRegime{
			checked:  MakeDate(2026, time.November, 27),
			adequacy: fz152Adequacy(),
			terms: adequacyTerms{one: "entry for %s on the list of states ensuring adequate protection approved by Roskomnadzor", cite: "152-FZ Art. 12(2)",
				list: "the list of states ensuring adequate protection approved by Roskomnadzor"},
			// Before 1 March 2023 Art. 12(4) allowed a transfer to a
			// country without adequate protection only with the data
			// subject's written consent or to perform a contract with
			// them; since then, Federal Law No. 266-FZ of 14 July 2022
			// replaced those conditions with the notification of
			// Art. 12(3), checked by fz152Notice. The safeguards of other
			// laws are not instruments of 152-FZ either way.
			refuse: func(s Safeguard, _ language.Region, on Date) string {
				if s == SafeguardExplicitConsent || s == SafeguardContractNecessity {
					return ""
				}
				if on.Before(fz152NoticeFrom) {
					return fmt.Sprintf("152-FZ does not recognise %s; to a country without adequate protection, data goes only with the data subject's written consent or to perform a contract with them", s.Name())
				}
				return fmt.Sprintf("152-FZ does not recognise %s; state the ground the transfer rests on (written consent or a contract with the data subject) and when Roskomnadzor was notified (notified)", s.Name())
			},
			check: fz152Notice,
		},
		authority: SupervisoryAuthority{Name: "the Federal Service for Supervision of Communications, Information Technology and Mass Media (Roskomnadzor)", URL: "https://rkn.gov.ru"},
		rules:     fz152Rules(),
		deadline:  ResponseDeadline{Period: Days(10), WorkingDays: true, Extension: Days(5), Article: "Art. 14(3), 20(1)"},
		rights:    []RightKind{RightAccess, RightRectification, RightErasure, RightRestriction, RightObjection, RightWithdrawConsent, RightComplaint, RightNoAutomatedDecision},
		statements: []Statement{{Topic: TopicStorage,
			Text: "In accordance with Art. 18(5) of Federal Law No. 152-FZ, the personal data of citizens of the Russian Federation is recorded, systematised, accumulated, stored, clarified and retrieved using databases located in the Russian Federation."}},
	})
}

// russia is the region of 152-FZ's localisation rule (Art. 18(5)).
var russia = region("RU")

// fz152Adequacy returns the states 152-FZ Art. 12(2) treats as protecting
// data adequately: the parties to Council of Europe Convention 108, and the
// other states on Roskomnadzor's list (Order No. 274 of 15 March 2013 as
// amended by Order No. 128 of 5 August 2022; the list's states are as the
// library first recorded them and were not re-checked against the order's
// text). Neither list is dated per state.
func fz152Adequacy() []AdequacyDecision {
	basis := func(ds []AdequacyDecision, act string) []AdequacyDecision {
		for i := range ds {
			ds[i].Act = act
		}
		return ds
	}
	out := basis(decisions(eeaStates+` GB CH AD MC SM AL AM AZ BA GE MD ME MK RS TR UA AR CV MU MX MA SN TN UY`, Date{}, ""), "party to Convention 108")
	out = append(out, basis(decisions("AU CA IL JP KR KZ MN MY NZ PE SG", Date{}, ""), "listed by Roskomnadzor")...)
	return sortDecisions(out)
}

func fz152Rules() []Requirement {
	rule := ruleFor(FZ152, "152fz")
	ru := russia
	return []Requirement{
		scopeRule("152fz.3", FZ152, "Art. 3(1)"),
		rule("6.1", "Art. 6(1)", "grounds of processing, in the law's own numbering",
			func(c *lawCheck) { groundsCited(c, false) }),
		obligationRule("152fz.6.1.2", FZ152, "Art. 6(1)(2), 6(1)(4)", "a law or an international treaty of the Russian Federation", SeverityError),
		{ID: "152fz.9", Law: FZ152, Article: "Art. 9", Element: "consent that is specific, informed and can be withdrawn",
			CoveredBy: RuleMissingWithdrawal},
		rule("10", "Art. 10(2)", "a condition of Art. 10(2) for special categories of personal data: written consent, labour and pension law, vital interests, medical purposes by a professional bound by medical secrecy, members of a public or religious association, or rights and the administration of justice",
			func(c *lawCheck) {
				for i, pu := range c.p.Purposes {
					if pu == nil || !c.uses(i, factSpecial) || fz152SpecialCondition(pu) {
						continue
					}
					for _, cat := range pu.Categories {
						if cat != nil && cat.Sensitivity == SensitivitySpecial {
							c.add(SeverityError, elem("purposes", pu.ID, i)+".bases", "purpose %q uses special category data (%q) on no condition of Art. 10(2); written consent (explicit_consent) is the general one", pu.ID, cat.ID)
							break
						}
					}
				}
				// Written consent is given on paper signed by hand, or as
				// an electronic document signed with an electronic
				// signature (Art. 9(4)); a ticked box, a consent tool or a
				// platform prompt is none of these, and a document that
				// named both would contradict itself.
				for i, pu := range c.p.Purposes {
					if pu == nil || !c.uses(i, factSpecial) || !pu.HasBasis(BasisExplicitConsent) {
						continue
					}
					if m := pu.ConsentMethod; m.Valid() && m != ConsentMethodWritten {
						c.add(SeverityError, elem("purposes", pu.ID, i)+".consent_method", "purpose %q rests on written consent to special category data (Art. 10(2)(1)) but obtains it by %s; consent in writing is signed by hand or, as an electronic document, with an electronic signature (Art. 9(4)): set consent_method to written", pu.ID, m.Name())
					}
				}
			}),
		rule("9.1", "Art. 9(1)", "consent that is specific, informed, conscious and unambiguous: a cookie set unless the user opts out (cookies[].consent opt_out) cannot serve a purpose that rests on consent alone, since silence or inaction gives none (a warning: whether continuing to use a website after a notice is consent by conduct is disputed)",
			func(c *lawCheck) {
				for i := range c.p.Cookies {
					ck := &c.p.Cookies[i]
					pu := ck.Purpose
					if ck.StrictlyNecessary || ck.Consent != CookieConsentOptOut || pu == nil || !consentAlone(pu) {
						continue
					}
					c.add(SeverityWarning, elem("cookies", ck.ID, i)+".consent", "cookie %q is set unless the user opts out, but its purpose %q rests on consent alone, which silence or inaction cannot give; set it only with consent (opt_in)", clip(ck.ID), clip(pu.ID))
				}
			}),
		rule("10.3", "Art. 10(3)", "data on criminal records (categories[].criminal) processed only by a state or municipal body within its powers, or in the cases and the manner federal laws lay down (purposes[].criminal)",
			func(c *lawCheck) {
				criminalAuthorised(c, func(a CriminalAuthority) bool { return a.authorisedUnder(FZ152) },
					"neither as a state or municipal body within its powers (criminal.official) nor in a case a federal law lays down (criminal.laws, a law of the Russian Federation)")
			}),
		rule("10.1", "Art. 10.1(1), 10.1(8)", "personal data the data subject permits to be disseminated: a category that becomes public (categories[].visibility) does so only on the person's consent to its dissemination, given separately from other consents (dissemination_consent; a warning where not stated); data public by default cannot rest on it, since silence or inaction is not such consent (an error)",
			func(c *lawCheck) {
				for i, cat := range c.p.Categories {
					// The facts say so without reading the category
					// again, which a large policy no longer holds in the
					// cache.
					if c.facts[i]&(factPersonal|factPublic) != factPersonal|factPublic {
						continue
					}
					path := elem("categories", cat.ID, i)
					switch {
					case !cat.DisseminationConsent:
						c.add(SeverityWarning, path+".dissemination_consent", "category %q becomes public (visibility %s) without stating that it does so only on the person's separate consent to its dissemination (Art. 10.1(1))", cat.ID, cat.Visibility)
					case cat.Visibility == VisibilityDefault:
						c.add(SeverityError, path+".visibility", "category %q is public unless the person chooses otherwise, but consent to dissemination cannot be inferred from silence or inaction (Art. 10.1(8)); make it public only by the person's choice (optional)", cat.ID)
					}
				}
			}),
		rule("11", "Art. 11", "written consent for biometric personal data, unless a federal law provides for processing it without consent (Art. 11(2), such as the laws on transport security and counter-terrorism): a purpose resting on a legal obligation or public task under a Russian law (obligations)",
			func(c *lawCheck) {
				requireBasisFor(c, factBiometric, "biometric", true, ", nor on a legal obligation or public task under a Russian law that provides for processing it without consent (Art. 11(2))")
			}),
		rule("15", "Art. 15(1)", "direct marketing (purposes[].direct_marketing) of personal data only on the person's prior consent",
			func(c *lawCheck) {
				for i, pu := range c.p.Purposes {
					if pu != nil && pu.DirectMarketing && c.uses(i, factPersonal) && !c.rests(i, BasisConsent, BasisExplicitConsent) {
						c.add(SeverityError, elem("purposes", pu.ID, i)+".bases", "purpose %q is direct marketing, which processes personal data only on the person's prior consent (Art. 15(1)); add consent to its grounds", pu.ID)
					}
				}
			}),
		transferRule("152fz.12", FZ152, "Art. 12(3), 12(5)", "cross-border transfers: since 1 March 2023, Roskomnadzor notified before the first transfer (separately from the Art. 22 notification), and to a country not on its list of adequate protection no transfer before the notification has been considered (10 working days); before, written consent or a contract for such a country; "+
			"a warning where the policy does not state the day of the notification (notified), since the law requires the notification but not that the policy state it"),
		rule("18.5", "Art. 18(5)", "localisation: personal data of Russian citizens is stored in databases in Russia",
			func(c *lawCheck) {
				if storedIn(c.p.Storage, ru) {
					return
				}
				c.each(factNotStoredInRU, func(i int, cat *Category) {
					c.add(SeverityError, elem("categories", cat.ID, i)+".storage", "category %q does not state that data of users in Russia is stored in Russia (set storage here or for the whole policy)", cat.ID)
				})
			}),
		rule("18.1", "Art. 18.1(2)", "publication of the policy, with unrestricted access, and of the requirements for the protection of personal data the operator implements (security)",
			func(c *lawCheck) {
				if c.p.URL == "" {
					c.add(SeverityError, "url", "the policy does not give the address where it is published")
				}
				if len(c.p.Security) == 0 {
					c.add(SeverityError, "security", "the policy states no security measures; the operator publishes, with its policy, the requirements for the protection of personal data it implements")
				}
			}),
		rule("18.1.1.2", "Art. 18.1(1)(2)", "for each purpose, the categories of data subjects (subjects) and the methods of processing: automated, non-automated or mixed (method); "+
			"the categories of data and the periods are checked by the model rules, the destruction procedure by 152fz.21",
			fz152PurposeContent),
		rule("3.3", "Art. 3(3)", "for each purpose, the list of actions performed on the data (actions), in the terms of Art. 3(3): "+
			"Roskomnadzor's recommendations on the content of the policy ask for it, and the notification of Art. 22(3) states it",
			fz152Actions),
		rule("21", "Art. 18.1(1)(2), 21(4)-(5)", "the procedure for destroying personal data once the purposes are achieved or consent is withdrawn: a deletion (deletion) covering the data of every purpose; "+
			"a deletion from the achievement of the purpose or the withdrawal of consent takes at most 30 days in all",
			fz152Destruction),
		rule("14.17", "Art. 14, 17, 9(2)", "the rights of Art. 14 (information about the processing: access; to demand that data be clarified: rectification; "+
			"blocked: restriction; or destroyed: erasure, where it is incomplete, outdated, inaccurate, unlawfully obtained or not needed), "+
			"of Art. 17 (to appeal against the operator's acts to Roskomnadzor or a court: complaint) and, where processing rests on consent, of Art. 9(2) (to withdraw it: withdraw_consent)",
			fz152Rights),
		rule("22", "Art. 22(1)-(2)", "the operator's number in Roskomnadzor's register of operators, or the exemption of Art. 22(2) (operator_register); "+
			"a warning, since the law requires the notification but not that the policy state its number",
			fz152Register),
		deadlineRule("152fz.14.3", FZ152, "Art. 14(3), 20(1)"),
		breachRule("152fz.21.3.1", FZ152, "Art. 21(3.1)", Hours(24), Hours(72), false),
		// Art. 22.1(1) obliges an operator that is a legal entity to
		// appoint the person responsible for organising the processing;
		// an operator that is a natural person, such as an individual
		// entrepreneur, organises it himself (Controller.Individual).
		// (Art. 22.1(1) as recalled from the consolidated text; not
		// verified against the official publication.)
		rule("22.1", "Art. 22.1(1)", "the person responsible for organising the processing of personal data, whom an operator that is a legal entity appoints (not one that is an individual: controller.individual)",
			func(c *lawCheck) {
				if r := c.p.Responsible; (r == nil || r.IsZero()) && !c.p.Controller.Individual && c.p.CollectsPersonalData() {
					c.add(SeverityError, "responsible", "the policy does not name the person responsible for organising the processing of personal data (a role of its own, not the GDPR's data protection officer), whom an operator that is a legal entity appoints; if the operator is an individual entrepreneur, set controller.individual")
				}
			}),
	}
}

// fz152NoticeFrom is the day the cross-border transfer regime of Federal
// Law No. 266-FZ of 14 July 2022 took effect.
var fz152NoticeFrom = MakeDate(2023, time.March, 1)

// fz152Review is the number of working days Roskomnadzor has to consider a
// notification of cross-border transfers.
const fz152Review = 10

// fz152Notice checks the notification of 152-FZ Art. 12(3) for transfer t
// (element i of Policy.Transfers) by a policy in effect on day on: since
// 1 March 2023 the operator notifies Roskomnadzor before the first
// transfer, after obtaining from the recipient the information Art. 12(5)
// lists; to a country not on Roskomnadzor's list, data may go only once the
// notification has been considered, 10 working days after it was filed
// (during which Roskomnadzor may prohibit or restrict the transfer).
// Art. 12(3) requires the notification, not that the policy give its day:
// a transfer that states none gets a warning, one whose stated day the
// law does not allow an error.
func fz152Notice(c *lawCheck, i int, t Transfer, on Date) {
	if on.Before(fz152NoticeFrom) {
		return
	}
	path := func() string { return "transfers[" + strconv.Itoa(i) + "].notified" }
	dest := destinationName(t)
	switch {
	case t.Notified.IsZero() && t.NoticeGiven:
		return // notified, on a day the policy does not give
	case t.Notified.IsZero():
		// Art. 12(3) obliges the operator to notify Roskomnadzor; no
		// provision asks the policy to state the day (just as Art. 22
		// does not ask for the register number, see fz152Register), so
		// an unstated day is a warning. A stated day that contradicts
		// the law (after the policy took effect, or too recent for a
		// country without adequate protection) stays an error below.
		c.add(SeverityWarning, path(), "the transfer to %s does not state when Roskomnadzor was notified of it; since 1 March 2023 the operator notifies Roskomnadzor before the first cross-border transfer, separately from the notification of processing", dest)
		return
	case !t.Notified.Valid():
		return // date.invalid is the model's to report
	case t.Notified.After(on):
		c.add(SeverityError, path(), "Roskomnadzor was notified of the transfer to %s on %s, after %s, the day this policy takes effect; the notification must precede the first transfer", dest, t.Notified, on)
		return
	}
	if _, ok := FZ152.descriptor().transfers.decision(t.Destination, t.Organisation, on); ok {
		return
	}
	if ready := addWorkingDays(t.Notified, fz152Review); on.Before(ready) {
		if t.ChosenDestination != 0 {
			// The country is not known in advance, so it may be one
			// without adequate protection.
			c.add(SeverityError, path(), "%s may be a country not on Roskomnadzor's list of countries with adequate protection, so data may go there only once the notification of %s has been considered (%d working days, %s), not from %s, the day this policy takes effect", dest, t.Notified, fz152Review, ready, on)
			return
		}
		c.add(SeverityError, path(), "%s is not on Roskomnadzor's list of countries with adequate protection, so data may go there only once the notification of %s has been considered (%d working days, %s), not from %s, the day this policy takes effect", dest, t.Notified, fz152Review, ready, on)
	}
}

// addWorkingDays returns the day n working days (Monday to Friday) after
// d. Public holidays are not counted out, so near a holiday the result can
// be a day or more early.
func addWorkingDays(d Date, n int) Date {
	t := d.In(time.UTC)
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return Date{t.Year(), t.Month(), t.Day()}
}

// fz152SpecialCondition reports whether pu rests on a condition of 152-FZ
// Art. 10(2) for special categories of personal data.
func fz152SpecialCondition(pu *Purpose) bool {
	for _, b := range pu.Bases {
		if _, ok := b.Citation(FZ152); ok && b.Special() {
			return true
		}
	}
	return false
}

// fz152PurposeContent checks what 152-FZ Art. 18.1(1)(2), as amended by
// Federal Law No. 266-FZ from 1 September 2022, asks the operator's
// documents to define for each purpose: the categories of data subjects
// and the methods of processing. (The wording of Art. 18.1(1)(2) follows
// the consolidated text of 152-FZ; it was not checked against the
// official publication.)
func fz152PurposeContent(c *lawCheck) {
	for i, pu := range c.p.Purposes {
		if pu == nil || !c.uses(i, factPersonal) {
			continue
		}
		if len(pu.Subjects) == 0 {
			c.add(SeverityError, elem("purposes", pu.ID, i)+".subjects", "purpose %q does not state the categories of data subjects whose data it processes", pu.ID)
		}
		if pu.Method == 0 {
			c.add(SeverityError, elem("purposes", pu.ID, i)+".method", "purpose %q does not state whether the data is processed with automation tools, without them, or both", pu.ID)
		}
	}
}

// fz152Actions checks that each purpose lists the actions performed on
// its data, as Roskomnadzor's recommendations on drafting the policy
// (2017) ask; the actions are those of Art. 3(3).
func fz152Actions(c *lawCheck) {
	for i, pu := range c.p.Purposes {
		if pu != nil && c.uses(i, factPersonal) && len(pu.Actions) == 0 {
			c.add(SeverityError, elem("purposes", pu.ID, i)+".actions", "purpose %q does not list the actions performed on its data (collecting, recording, storing, using and so on)", pu.ID)
		}
	}
}

// fz152Destruction checks that the policy states how personal data is
// destroyed (Art. 18.1(1)(2)): a Deletion that covers every personal-data
// category a purpose uses. Art. 21(4) and 21(5) give the operator 30 days
// to destroy data once the purpose is achieved or consent is withdrawn
// (the paragraph numbers follow the consolidated text), so a deletion
// from either event must not take longer.
func fz152Destruction(c *lawCheck) {
	for i, d := range c.p.Deletion {
		if d.From != EventPurposeAchieved && d.From != EventConsentWithdrawal {
			continue
		}
		if t := d.Total(); t.Valid() && exceeds(t, false, Days(30), false) {
			c.add(SeverityError, index("deletion", i)+".stages", "data is destroyed up to %s after %s, but the law allows 30 days", periodWords(t, false), d.From.Name())
		}
	}
	if len(c.p.Deletion) == 0 {
		if c.p.CollectsPersonalData() {
			c.add(SeverityError, "deletion", "the policy does not state how personal data is destroyed once the purposes of processing are achieved or consent is withdrawn (declare a deletion)")
		}
		return
	}
	covered := make(map[*Category]bool)
	for _, d := range c.p.Deletion {
		if len(d.Categories) == 0 {
			return // a deletion of all data
		}
		for _, cat := range d.Categories {
			covered[cat] = true
		}
	}
	for i, pu := range c.p.Purposes {
		if pu == nil {
			continue
		}
		for _, cat := range pu.Categories {
			if cat.Personal() && !covered[cat] {
				c.add(SeverityError, elem("purposes", pu.ID, i)+".categories", "purpose %q uses %q, but no deletion says how that data is destroyed", pu.ID, cat.ID)
				break
			}
		}
	}
}

// fz152RightText says what each right of Arts. 14, 17 and 9(2) is in
// 152-FZ's terms, for the findings.
var fz152RightText = []struct {
	kind RightKind
	text string
}{
	{RightAccess, "to receive information about the processing of one's data (access, Art. 14(1), 14(7))"},
	{RightRectification, "to demand that incomplete, outdated or inaccurate data be clarified (rectification, Art. 14(1))"},
	{RightRestriction, "to demand that data be blocked (restriction, Art. 14(1))"},
	{RightErasure, "to demand that unlawfully obtained or unneeded data be destroyed (erasure, Art. 14(1))"},
	// Art. 17(1) (the paragraph number follows the consolidated text; not
	// verified against the official publication): a data subject who
	// considers that the operator processes their data in breach of the
	// law may appeal against its acts or omissions to the authorised body
	// (Roskomnadzor) or in court. The document names Roskomnadzor from
	// the law's Authority whatever rights the policy declares, but that
	// clause neither states the right nor mentions the court, so only a
	// declared complaint right satisfies the rule.
	{RightComplaint, "to appeal against the operator's acts or omissions to Roskomnadzor or a court (complaint, Art. 17(1)); naming the supervisory authority, which the document does from the law, does not state it"},
}

// fz152Rights checks the rights of the data subject under 152-FZ.
func fz152Rights(c *lawCheck) {
	for _, r := range fz152RightText {
		if !hasRight(c.p, r.kind) {
			c.add(SeverityError, "rights", "the policy does not state the right %s", r.text)
		}
	}
	if usesConsent(c.p) && !hasRight(c.p, RightWithdrawConsent) {
		c.add(SeverityError, "rights", "processing rests on consent, but the policy does not state the right to withdraw it (withdraw_consent, Art. 9(2))")
	}
}

// fz152Register checks the operator's notification of processing
// (Art. 22): the policy gives its number in Roskomnadzor's register of
// operators or claims the exemption of Art. 22(2). Findings are warnings:
// the law requires the notification, not that the policy state it, and
// some operators are exempt.
func fz152Register(c *lawCheck) {
	r, on := c.p.OperatorRegister, c.p.Effective
	switch {
	case r.Number == "" && !r.Exempt:
		c.add(SeverityWarning, "operator_register", "the policy neither gives the operator's number in Roskomnadzor's register of operators nor claims the exemption of Art. 22(2); an operator notifies Roskomnadzor before it starts processing personal data")
	case r.Number != "" && r.Exempt:
		c.add(SeverityWarning, "operator_register.exempt", "the policy gives the register number %s and claims the exemption from notifying; state one", r.Number)
	case r.Notified.Valid() && on.Valid() && r.Notified.After(on):
		c.add(SeverityWarning, "operator_register.notified", "Roskomnadzor was notified of the processing on %s, after %s, the day this policy takes effect; the notification precedes processing", r.Notified, on)
	}
}

// consentAlone reports whether pu rests on consent and on no other
// ground.
func consentAlone(pu *Purpose) bool {
	return len(pu.Bases) > 0 && !slices.ContainsFunc(pu.Bases, func(b Basis) bool { return !b.IsConsent() })
}
