package policy

import (
	"slices"
	"strings"
)

// USStates are the comprehensive consumer privacy laws of US states other
// than California, taken together, as a service subject to several of
// them declares them: one privacy notice, one set of rights and one
// appeal process for the residents of all. They are:
//
//   - Virginia Consumer Data Protection Act (VCDPA), Va. Code § 59.1-575
//     et seq.;
//   - Colorado Privacy Act (CPA), C.R.S. § 6-1-1301 et seq.;
//   - Connecticut Data Privacy Act (CTDPA), Conn. Gen. Stat. § 42-515 et
//     seq.;
//   - Utah Consumer Privacy Act (UCPA), Utah Code § 13-61-101 et seq.;
//   - Texas Data Privacy and Security Act (TDPSA), Tex. Bus. & Com. Code
//     § 541.001 et seq.;
//   - Oregon Consumer Privacy Act (OCPA), Or. Rev. Stat. § 646A.570 et
//     seq.;
//   - and the laws of Montana, Iowa, Delaware, New Hampshire, New Jersey,
//     Tennessee, Minnesota, Maryland, Indiana, Kentucky, Rhode Island and
//     Nebraska, which follow the same model (their citations are not
//     recorded here: not verified).
//
// Their rules are the common core of these laws, cited to the Virginia
// Act, on which most of the others are modelled: a privacy notice stating
// the categories of personal data processed and the purposes, how to
// exercise the consumer rights and how to appeal a decision, the
// categories of personal data shared with third parties and the
// categories of those third parties, a way to contact the controller,
// and, where the controller sells personal data or processes it for
// targeted advertising, that fact and how to opt out; the rights to
// confirm and access, correct, delete, obtain a portable copy, and opt out
// of targeted advertising, sale and profiling in furtherance of decisions
// that produce legal or similarly significant effects; an answer within
// 45 days, extendable once by 45; an appeal answered within 60 days; and
// consent before sensitive data is processed. Where a law asks more, such
// as Colorado's 45 days to answer an appeal, its rule warns; where it asks
// less, such as Utah's (no right to correct, no appeal, no opt-out of
// profiling, and notice with an opt-out instead of consent for sensitive
// data), a policy that meets the core meets it too.
//
// What was checked against statute text: Va. Code § 59.1-578(A)(1)-(5)
// (the controller's duties, sensitive data only with consent), read in a
// published copy of the Code of Virginia. Everything else — the other
// subsections of § 59.1-577 and § 59.1-578 cited by the rules, the
// periods, and what each other state asks — is from memory and secondary
// sources, not verified against the statutes.
const USStates Law = 7

func init() {
	registerLaw(&lawDescriptor{
		law:         USStates,
		key:         "usstates",
		name:        "US state privacy laws",
		fullName:    "the comprehensive consumer privacy laws of US states other than California, such as the Virginia Consumer Data Protection Act (Va. Code § 59.1-575 et seq.), the Colorado Privacy Act (C.R.S. § 6-1-1301 et seq.), the Connecticut Data Privacy Act (Conn. Gen. Stat. § 42-515 et seq.), the Utah Consumer Privacy Act (Utah Code § 13-61-101 et seq.), the Texas Data Privacy and Security Act (Tex. Bus. & Com. Code § 541.001 et seq.) and the Oregon Consumer Privacy Act (Or. Rev. Stat. § 646A.570 et seq.)",
		home:        regions("US"),
		citeNote:    "the US state privacy laws list no legal grounds for processing; they require consent for sensitive data and an opt-out for sale, targeted advertising and profiling",
		noTransfers: "the US state privacy laws do not restrict transfers of personal data abroad",
		// Each law is enforced by the state's Attorney General (in
		// Colorado also by the district attorneys), to whom a consumer
		// whose appeal is denied is pointed; there is no one web site.
		authority: SupervisoryAuthority{Name: "the Attorney General of your state of residence"},
		rules:     usStatesRules(),
		// Va. Code § 59.1-577(B)(1): 45 days from receipt, extendable once
		// by 45 more where reasonably necessary, telling the consumer
		// within the first 45 days; the same in the other laws (from
		// memory, not verified).
		deadline: ResponseDeadline{Period: Days(45), Extension: Days(45), Article: "Va. Code § 59.1-577(B)(1)"},
		rights: []RightKind{RightAccess, RightRectification, RightErasure, RightPortability, RightOptOutOfSale,
			RightOptOutOfTargetedAdvertising, RightOptOutOfProfiling},
	})
}

// usStatesAppealDays and usStatesAppealWarnDays are the longest time to
// answer an appeal the rules accept: 60 days under Virginia's Act (Va.
// Code § 59.1-577(C)) and most others, and 45 under Colorado's (C.R.S.
// § 6-1-1306(3), from memory, not verified), of which the rule warns.
const usStatesAppealDays, usStatesAppealWarnDays = 60, 45

func usStatesRules() []Requirement {
	rule := ruleFor(USStates, "usstates")
	return []Requirement{
		scopeRule("usstates.scope", USStates, "Va. Code § 59.1-575, 59.1-576"),
		{ID: "usstates.notice.purposes", Law: USStates, Article: "Va. Code § 59.1-578(C)(1), (C)(2)", Element: "the categories of personal data processed and the purpose of processing",
			CoveredBy: RuleUnusedCategory},
		rule("notice.rights", "Va. Code § 59.1-577(A), 59.1-578(C)(3)", "the consumer rights: to confirm and access, correct, delete and obtain a portable copy of personal data; to opt out of its sale where it is sold (us_states.sells), of targeted advertising where it is processed for that (us_states.targeted_advertising), and of profiling where a purpose makes automated decisions in an area the laws list, or in areas not stated (purposes[].automated, purposes[].decision_areas)",
			usStatesRights),
		rule("notice.appeal", "Va. Code § 59.1-577(C), 59.1-578(C)(3)", "how a consumer may appeal the controller's decision on a request (us_states.appeal.how or us_states.appeal.url)",
			func(c *lawCheck) {
				if a := c.p.USStates.Appeal; a.How == "" && a.URL == "" {
					c.add(SeverityError, "us_states.appeal.how", "the policy does not say how a consumer may appeal a refusal to act on a request")
				}
			}),
		rule("appeal.deadline", "Va. Code § 59.1-577(C); C.R.S. § 6-1-1306(3)", "a time to answer an appeal the policy states (us_states.appeal.deadline) no longer than 60 days (an error), or 45 days, Colorado's (a warning)",
			usStatesAppealDeadline),
		rule("notice.third_parties", "Va. Code § 59.1-578(C)(4), (C)(5)", "the categories of personal data shared with third parties and the categories of third parties they are shared with",
			func(c *lawCheck) {
				for i, r := range c.p.Recipients {
					if r != nil && r.Role == RoleThirdParty && len(r.Categories) == 0 {
						c.add(SeverityError, elem("recipients", r.ID, i)+".categories", "third party %q does not say which categories of personal data are shared with it", r.ID)
					}
				}
			}),
		rule("notice.sale", "Va. Code § 59.1-578(D)", "whether personal data is sold to third parties (us_states.sells) or processed for targeted advertising (us_states.targeted_advertising)",
			func(c *lawCheck) {
				n := c.p.USStates
				if !n.Sells.Valid() {
					c.add(SeverityError, "us_states.sells", "the policy does not say whether it sells personal data to third parties")
				}
				if !n.TargetedAdvertising.Valid() {
					c.add(SeverityError, "us_states.targeted_advertising", "the policy does not say whether it processes personal data for targeted advertising")
				}
			}),
		// Connecticut asks for "an active electronic mail address or other
		// online mechanism" (Conn. Gen. Stat. § 42-520(c), not verified);
		// the others for a way to contact the controller.
		rule("notice.contact", "Conn. Gen. Stat. § 42-520(c) (not verified)", "an active e-mail address or other online mechanism for contacting the controller (contact, controller or links.request_form)",
			func(c *lawCheck) {
				p := c.p
				if p.Contact.Email == "" && p.Controller.Email == "" && p.Links.RequestForm == "" && p.USStates.Appeal.URL == "" {
					c.add(SeverityError, "contact.email", "the policy gives no e-mail address or online form through which a consumer can contact the controller")
				}
			}),
		rule("sensitive", "Va. Code § 59.1-578(A)(5), 59.1-582(A)", "consent before processing sensitive data as Va. Code § 59.1-575 defines it (special categories, biometric data, precise geolocation; purposes[].bases: consent or explicit_consent), except processing to comply with the law, to provide a product or service the consumer specifically requested or perform a contract with them, to protect life or physical safety, to establish or defend legal claims or to prevent fraud and security incidents, which § 59.1-582(A) and its counterparts exempt (legal_obligation, contract, vital_interests, vital_interests_incapable, legal_claims, fraud_prevention, or a purpose that may block or suspend for fraud, account takeover, money laundering or unsafe conduct); a warning, as Utah and Iowa ask only for notice and an opportunity to opt out",
			func(c *lawCheck) {
				for i, pu := range c.p.Purposes {
					if pu == nil || !c.uses(i, factUSSensitive|factUSBiometric) || c.rests(i, BasisConsent, BasisExplicitConsent) ||
						c.rests(i, BasisLegalObligation, BasisContract, BasisVitalInterests, BasisVitalInterestsIncapable, BasisLegalClaims, BasisFraudPrevention) ||
						preventsHarm(pu) {
						continue
					}
					for _, cat := range pu.Categories {
						if usStatesSensitive(cat) {
							c.add(SeverityWarning, elem("purposes", pu.ID, i)+".bases", "purpose %q uses sensitive data (%q) without resting on the consumer's consent; most US state privacy laws require consent before sensitive data is processed", pu.ID, cat.ID)
							break
						}
					}
				}
			}),
		deadlineRule("usstates.deadline", USStates, "Va. Code § 59.1-577(B)(1)"),
	}
}

// preventsHarm reports whether pu, by what it may block or suspend
// (Purpose.Suspension), serves to prevent fraud, security incidents or
// money laundering or to protect people's safety, which the US state laws
// exempt from their consent to sensitive data (Va. Code § 59.1-582(A)(7),
// (8)): a notice under them states no ground, so a fraud or safety
// purpose shows itself by what it acts on.
func preventsHarm(pu *Purpose) bool {
	return slices.ContainsFunc(pu.Suspension.Grounds, func(g SuspensionGround) bool {
		switch g {
		case SuspensionGroundFraud, SuspensionGroundUnauthorised, SuspensionGroundAccountTakeover,
			SuspensionGroundMoneyLaundering, SuspensionGroundSafetyReport:
			return true
		}
		return false
	})
}

// usStatesSensitive reports whether cat is sensitive data as the US state
// privacy laws of the Virginia model define it (Va. Code § 59.1-575):
// racial or ethnic origin, religious beliefs, a mental or physical health
// diagnosis, sex life or sexual orientation, citizenship or immigration
// status, genetic or biometric data processed to identify a person, the
// personal data of a known child, and precise geolocation. Its special
// categories (SensitivitySpecial) and biometric data are such data.
// Sensitive personal information under the CCPA (SensitivitySensitive),
// such as a social security or driver's licence number, account
// credentials or the contents of messages, is not, except precise
// geolocation: a category classed sensitive that is geolocation data
// under the CCPA (CCPAGeolocation with CCPASensitivePersonalInfo) or
// names a precise-location term of a vocabulary. The data of a known
// child is judged through Policy.Children, not here.
func usStatesSensitive(cat *Category) bool {
	switch {
	case cat == nil || !cat.Personal() || cat.GovernedBy != 0:
		return false // data a US federal law governs is exempt, as under Va. Code § 59.1-576(C)
	case cat.Sensitivity == SensitivitySpecial || cat.Biometric:
		return true
	case cat.Sensitivity != SensitivitySensitive:
		return false
	}
	if slices.Contains(cat.CCPA, CCPAGeolocation) && slices.Contains(cat.CCPA, CCPASensitivePersonalInfo) {
		return true
	}
	t := cat.Terms
	return slices.Contains(t.Apple, "NSPrivacyCollectedDataTypePreciseLocation") ||
		slices.Contains(t.Play, "PSL_PRECISE_LOCATION") ||
		slices.ContainsFunc(t.Fides, func(k string) bool {
			return k == "user.location.precise" || strings.HasPrefix(k, "user.location.precise.")
		})
}

// usStatesRights checks the rights the policy states against the US state
// laws: those every consumer has, and the opt-outs that the policy's own
// practices call for.
func usStatesRights(c *lawCheck) {
	requireRights(c, RightAccess, RightRectification, RightErasure, RightPortability)
	n := c.p.USStates
	if n.Sells == AnswerYes {
		requireRights(c, RightOptOutOfSale)
	}
	if n.TargetedAdvertising == AnswerYes {
		requireRights(c, RightOptOutOfTargetedAdvertising)
	}
	if slices.ContainsFunc(c.p.Purposes, automatedUnderUSStates) {
		requireRights(c, RightOptOutOfProfiling)
	}
}

// automatedUnderUSStates reports whether pu takes automated decisions on
// personal data the US state laws reach: not where every category it
// uses is governed by a federal law those laws exempt (Category.GovernedBy,
// such as a bank's account data under the Gramm-Leach-Bliley Act; Va. Code
// § 59.1-576(C)), nor where it concerns only other regions' data subjects,
// nor where its decisions fall in none of the areas the laws list
// (Purpose.DecisionAreas; Va. Code § 59.1-575).
func automatedUnderUSStates(pu *Purpose) bool {
	if pu == nil || pu.Automated == "" || !pu.AppliesUnder(USStates) || !significantUnderUSStates(pu.DecisionAreas) {
		return false
	}
	return slices.ContainsFunc(pu.Categories, func(cat *Category) bool {
		return cat != nil && cat.Personal() && cat.GovernedBy == 0
	})
}

// usStatesAppealDeadline checks the time to answer an appeal the policy
// states against the laws' 60 days, and warns where it is longer than
// Colorado's 45.
func usStatesAppealDeadline(c *lawCheck) {
	d := c.p.USStates.Appeal.Deadline
	if !d.Valid() || d.IsZero() {
		return // not stated, or invalid (invalid_value says so)
	}
	switch {
	case exceeds(d, false, Days(usStatesAppealDays), false):
		c.add(SeverityError, "us_states.appeal.deadline", "the policy answers appeals within %s, longer than the %d days the US state privacy laws allow", periodWords(d, false), usStatesAppealDays)
	case exceeds(d, false, Days(usStatesAppealWarnDays), false):
		c.add(SeverityWarning, "us_states.appeal.deadline", "the policy answers appeals within %s, longer than the %d days Colorado allows without an extension", periodWords(d, false), usStatesAppealWarnDays)
	}
}

// usStatesNotice checks the text and the values of the USStatesNotice
// fields, for every policy whether or not it declares the US state laws,
// so that a policy that validates encodes and renders.
func (v *validator) usStatesNotice() {
	n, root := v.p.USStates, textAt{"", func() string { return "" }}
	for _, a := range [...]struct {
		path string
		a    Answer
	}{{"us_states.sells", n.Sells}, {"us_states.targeted_advertising", n.TargetedAdvertising}} {
		if a.a != 0 && !a.a.Valid() {
			v.add(SeverityError, RuleInvalidValue, a.path, "%s is neither yes nor no", a.a)
		}
	}
	a := n.Appeal
	v.text(root, "us_states.appeal.how", a.How)
	v.text(root, "us_states.appeal.url", a.URL)
	if a.URL != "" {
		v.url("us_states.appeal.url", a.URL)
	}
	if !a.Deadline.IsZero() && !a.Deadline.Valid() {
		v.add(SeverityError, RuleInvalidValue, "us_states.appeal.deadline", "period %s is negative", a.Deadline)
	}
	v.period("us_states.appeal.deadline", a.Deadline)
}
