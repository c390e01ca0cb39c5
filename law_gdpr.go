package policy

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// GDPR is Regulation (EU) 2016/679, the General Data Protection Regulation.
const GDPR Law = 1

func init() {
	registerLaw(&lawDescriptor{
		law:      GDPR,
		key:      "gdpr",
		name:     "GDPR",
		fullName: "Regulation (EU) 2016/679 (General Data Protection Regulation)",
		home:     append(regions(eeaStates), region("EU")),
		cite:     gdprCitations,
		transfers: &transferRegime{
			checked:       euAdequacyChecked,
			adequacy:      euAdequacy,
			privacyShield: true,
			refuse:        func(s Safeguard, _ language.Region, _ Date) string { return ukOnly(s) },
			terms: adequacyTerms{one: "adequacy decision of the European Commission for %s", cite: "GDPR Art. 45",
				list: "the European Commission's adequacy decisions"},
		},
		authority: SupervisoryAuthority{Name: "the data protection supervisory authority of the EU member state where you live or work, or where the alleged infringement took place"},
		rules:     gdprRules(GDPR, "gdpr"),
		deadline:  ResponseDeadline{Period: Months(1), Extension: Months(2), Article: "Art. 12(3)"},
		rights:    []RightKind{RightAccess, RightRectification, RightErasure, RightRestriction, RightPortability, RightObjection, RightWithdrawConsent, RightComplaint, RightNoAutomatedDecision},
	})
}

// gdprCitations are the GDPR's Art. 6(1) grounds and Art. 9(2)
// conditions; the UK GDPR keeps the same numbering.
var gdprCitations = map[Basis]string{
	BasisConsent:                   "Art. 6(1)(a)",
	BasisContract:                  "Art. 6(1)(b)",
	BasisLegalObligation:           "Art. 6(1)(c)",
	BasisVitalInterests:            "Art. 6(1)(d)",
	BasisPublicTask:                "Art. 6(1)(e)",
	BasisLegitimateInterests:       "Art. 6(1)(f)",
	BasisExplicitConsent:           "Art. 9(2)(a)",
	BasisEmploymentLaw:             "Art. 9(2)(b)",
	BasisVitalInterestsIncapable:   "Art. 9(2)(c)",
	BasisNotForProfitBody:          "Art. 9(2)(d)",
	BasisMadePublic:                "Art. 9(2)(e)",
	BasisLegalClaims:               "Art. 9(2)(f)",
	BasisSubstantialPublicInterest: "Art. 9(2)(g)",
	BasisHealthCare:                "Art. 9(2)(h)",
	BasisPublicHealth:              "Art. 9(2)(i)",
	BasisArchivingResearch:         "Art. 9(2)(j)",
}

// euAdequacyChecked is the day euAdequacy was last checked against the
// European Commission's list of adequacy decisions.
var euAdequacyChecked = MakeDate(2026, time.November, 27)

// euAdequacy are the European Commission's adequacy decisions (GDPR
// Art. 45, and those under Directive 95/46/EC kept in force by Art. 45(9)),
// each from the day it was adopted. The Privacy Shield (2016-2020) is not
// listed: the validator names it as a safeguard of its own.
var euAdequacy = sortDecisions([]AdequacyDecision{
	{Region: region("AD"), Since: MakeDate(2010, time.October, 19)},
	{Region: region("AR"), Since: MakeDate(2003, time.June, 30)},
	{Region: region("BR"), Since: MakeDate(2026, time.January, 26), Act: "Implementing Decision (EU) 2026/179"},
	{Region: region("CA"), Since: MakeDate(2001, time.December, 20), Scope: "organisations subject to PIPEDA"},
	{Region: region("CH"), Since: MakeDate(2000, time.July, 26)},
	{Region: region("FO"), Since: MakeDate(2010, time.March, 5)},
	// The 2021 decision was to expire on 27 June 2025 and was extended
	// by six months; its renewal of 19 December 2025 runs for six years.
	{Region: region("GB"), Since: MakeDate(2021, time.June, 28), Until: MakeDate(2025, time.December, 27), Act: "Implementing Decision (EU) 2021/1772"},
	{Region: region("GB"), Since: MakeDate(2025, time.December, 19), Until: MakeDate(2031, time.December, 27)},
	{Region: region("GG"), Since: MakeDate(2003, time.November, 21)},
	{Region: region("IL"), Since: MakeDate(2011, time.January, 31)},
	{Region: region("IM"), Since: MakeDate(2004, time.April, 28)},
	{Region: region("JE"), Since: MakeDate(2008, time.May, 8)},
	{Region: region("JP"), Since: MakeDate(2019, time.January, 23), Act: "Implementing Decision (EU) 2019/419",
		Scope: "personal information handling business operators subject to the Act on the Protection of Personal Information and the Supplementary Rules"},
	{Region: region("KR"), Since: MakeDate(2021, time.December, 17)},
	{Region: region("NZ"), Since: MakeDate(2012, time.December, 19)},
	{Region: region("US"), Since: MakeDate(2023, time.July, 10), Act: "Implementing Decision (EU) 2023/1795",
		Scope: "organisations certified under the EU-US Data Privacy Framework", Certified: true},
	{Region: region("UY"), Since: MakeDate(2012, time.August, 21)},
	// The first decision for an international organisation.
	{Organisation: OrganisationEPO, Since: MakeDate(2025, time.July, 15)},
})

// gdprRules returns the rules of the GDPR, or of the UK GDPR, which has the
// same articles.
func gdprRules(law Law, prefix string) []Requirement {
	id := func(s string) Rule { return Rule(prefix + "." + s) }
	return []Requirement{
		scopeRule(id("2"), law, "Art. 2(1), 4(1)"),
		{ID: id("13.1.a"), Law: law, Article: "Art. 13(1)(a)", Element: "identity and contact details of the controller",
			check: func(c *lawCheck) {
				if !identified(c.p.Controller) {
					c.add(SeverityError, "controller", "the policy must name the controller and give its contact details")
				}
			}},
		{ID: id("27"), Law: law, Article: "Art. 27(1), 27(2), 13(1)(a)", Element: "a controller established outside the area, whose processing the law reaches under Art. 3(2), designates a representative there and gives its contact details, unless Art. 27(2) exempts it",
			check: func(c *lawCheck) { representative(c, law) }},
		{ID: id("13.1.b"), Law: law, Article: "Art. 13(1)(b)", Element: "contact details of the data protection officer, where one is designated",
			CoveredBy: RuleMissingContact},
		{ID: id("13.1.c"), Law: law, Article: "Art. 13(1)(c)", Element: "purposes of the processing and their legal basis",
			check: func(c *lawCheck) { groundsCited(c, false) }},
		obligationRule(id("6.3"), law, obligationArticle(law), obligationLaw(law), SeverityError),
		{ID: id("13.1.d"), Law: law, Article: "Art. 13(1)(d)", Element: "the legitimate interests pursued, where processing rests on Art. 6(1)(f)",
			CoveredBy: RuleMissingInterest},
		{ID: id("13.1.e"), Law: law, Article: "Art. 13(1)(e)", Element: "the recipients or categories of recipients",
			check: func(c *lawCheck) {
				if c.p.CollectsPersonalData() && len(c.p.Recipients) == 0 {
					c.add(SeverityError, "recipients", "the policy states no recipients or categories of recipients (processors such as hosting providers count)")
				}
			}},
		{ID: id("26.2"), Law: law, Article: "Art. 26(1), 26(2)", Element: "for a joint controller, the essence of the arrangement that determines the joint controllers' respective responsibilities, made available to the data subject (a warning where not stated: the law does not say where it is made available)",
			check: jointArrangement},
		transferRule(id("13.1.f"), law, "Art. 13(1)(f), 44-49", "transfers to third countries and their safeguards (adequacy, Art. 46 safeguards or Art. 49 derogations)"),
		{ID: id("13.1.f.copy"), Law: law, Article: "Art. 13(1)(f), 46", Element: "for a transfer on appropriate safeguards, the means to obtain a copy of them or where they are made available",
			check: func(c *lawCheck) {
				for i, t := range c.p.Transfers {
					// A safeguard to a destination the data subject chooses
					// is reported by transfer.destination.chosen instead.
					if c.p.governs(law, t) && copyable(t.Safeguard) && t.Note == "" && t.ChosenDestination == 0 {
						c.add(SeverityError, "transfers["+strconv.Itoa(i)+"].note", "the transfer to %s on %s does not say how to obtain a copy of the safeguards or where they are made available (note)", destinationName(t), t.Safeguard.Name())
					}
				}
			}},
		{ID: id("49.1.a"), Law: law, Article: "Art. 49(1)(a)", Element: "for a transfer on the data subject's explicit consent, the possible risks of the transfer the data subject is informed of",
			check: func(c *lawCheck) {
				for i, t := range c.p.Transfers {
					if c.p.governs(law, t) && t.Safeguard == SafeguardExplicitConsent && t.Risks == "" {
						terms := law.descriptor().transfers.terms
						c.add(SeverityError, "transfers["+strconv.Itoa(i)+"].risks", "the transfer to %s rests on explicit consent but does not state the possible risks of a transfer without %s or appropriate safeguards (risks)", destinationName(t), terms.without())
					}
				}
			}},
		{ID: id("13.2.a"), Law: law, Article: "Art. 13(2)(a)", Element: "the retention period, or the criteria used to determine it",
			CoveredBy: RuleMissingRetention},
		{ID: id("13.2.b"), Law: law, Article: "Art. 13(2)(b), 15-18, 20, 21", Element: "the rights of access, rectification, erasure, restriction, objection and portability (portability where processing rests on consent or a contract, Art. 20(1)(a))",
			check: func(c *lawCheck) {
				requireRights(c, RightAccess, RightRectification, RightErasure, RightRestriction, RightObjection)
				if portable(c) {
					requireRights(c, RightPortability)
				}
			}},
		{ID: id("13.2.c"), Law: law, Article: "Art. 13(2)(c), 7(3)", Element: "the right to withdraw consent at any time, where processing rests on consent",
			check: func(c *lawCheck) {
				if usesConsent(c.p) {
					requireRights(c, RightWithdrawConsent)
				}
			}},
		{ID: id("13.2.d"), Law: law, Article: "Art. 13(2)(d), 77", Element: "the right to lodge a complaint with a supervisory authority",
			check: func(c *lawCheck) { requireRights(c, RightComplaint) }},
		{ID: id("13.2.e"), Law: law, Article: "Art. 13(2)(e)", Element: "whether providing the data is a statutory or contractual requirement, and the consequences of not providing it, for the data the user provides to a purpose on a contract or a legal obligation (not data collected automatically, derived or obtained elsewhere, nor data whose provision another purpose explains)",
			check: provisionRequired},
		{ID: id("13.2.f"), Law: law, Article: automatedArticle(law), Element: "the existence of automated decision-making, including profiling",
			check: func(c *lawCheck) {
				if c.p.NoAutomatedDecisions || !c.p.CollectsPersonalData() {
					return
				}
				for _, pu := range c.p.Purposes {
					if pu != nil && pu.Automated != "" {
						return
					}
				}
				c.add(SeverityError, "no_automated_decisions", "the policy says neither that it makes automated decisions (purposes[].automated) nor that it makes none (no_automated_decisions)")
			}},
		{ID: id("22.2"), Law: law, Article: "Art. 22(1), 22(2)", Element: automatedGroundsElement(law),
			check: func(c *lawCheck) { automatedGrounds(c, law) }},
		{ID: id("14.1.d"), Law: law, Article: "Art. 14(1)(d)", Element: "the categories of data, where data is not obtained from the data subject",
			check: func(c *lawCheck) {
				c.each(factElsewhere|factNoItems, func(i int, cat *Category) {
					c.add(SeverityError, elem("categories", cat.ID, i)+".items", "category %q comes from other sources than the user but does not list what data it holds", cat.ID)
				})
			}},
		{ID: id("14.2.f"), Law: law, Article: "Art. 14(2)(f)", Element: "the source of the data, where it is not obtained from the data subject",
			check: func(c *lawCheck) {
				c.each(factElsewhere|factNoSourceDetail, func(i int, cat *Category) {
					c.add(SeverityError, elem("categories", cat.ID, i)+".source_detail", "category %q comes from third parties or public sources but does not name them", cat.ID)
				})
			}},
		{ID: id("9.2"), Law: law, Article: "Art. 9(2)", Element: "a condition for processing special categories of data",
			CoveredBy: RuleMissingSpecialBasis},
		criminalRule(law, id("10")),
		childConsent(law, id("8.1")),
		deadlineRule(id("12.3"), law, deadlineArticle(law)),
		breachRule(id("33.1"), law, "Art. 33(1)", Hours(72), Period{}, false),
		{ID: id("cookies"), Law: law, Article: cookieArticle(law), Element: "consent for storing or reading information on the user's device: a cookie or similar technology that is not strictly necessary names the purpose it serves (an error if it names none), which rests on consent (a warning if it rests on another ground), and is set only with consent, not unless the user opts out (an error); one exempt as audience measurement (consent exempt_statistics) is the service's own or its processor's and serves a purpose that neither profiles nor markets (an error)",
			check: cookieConsent},
		{ID: id("cookies.lifetime"), Law: law, Article: cookieArticle(law), Element: "how long each cookie or similar technology stays on the device (a warning where not stated)",
			CoveredBy: RuleCookieLifetime},
	}
}

// jointArrangement checks Art. 26(2): joint controllers determine their
// respective responsibilities in an arrangement (Art. 26(1)), and "the
// essence of the arrangement shall be made available to the data
// subject". The law does not say that the privacy notice must state it
// (Art. 13 does not list it), so a joint controller without
// Recipient.Arrangement is reported as a warning: the controller may make
// the essence available elsewhere, but a notice that neither states it
// nor says where it is leaves the data subject without it.
func jointArrangement(c *lawCheck) {
	for i, r := range c.p.Recipients {
		if r != nil && r.Role == RoleJointController && strings.TrimSpace(r.Arrangement) == "" {
			c.add(SeverityWarning, elem("recipients", r.ID, i)+".arrangement", "recipient %q is a joint controller, but the policy does not state the essence of the arrangement between the joint controllers or where it is made available (arrangement)", r.ID)
		}
	}
}

// provisionRequired checks Art. 13(2)(e): where personal data is collected
// from the data subject, the controller says "whether the provision of
// personal data is a statutory or contractual requirement, or a
// requirement necessary to enter into a contract, as well as whether the
// data subject is obliged to provide the personal data and of the
// possible consequences of failure to provide such data" (wording as
// recalled; not verified against the Official Journal). The duty
// concerns the data the user provides, so a purpose on a contract or a
// legal obligation without Purpose.Required is reported only when it
// uses a category the user provides (SourceUser, or no source stated)
// whose provision no other purpose's Required explains. Data collected
// automatically, derived or obtained elsewhere is not provided by the
// user (and Art. 14, for data not obtained from the data subject, has no
// such point); data the user provided for another purpose that says
// whether it is required was explained where it was collected.
func provisionRequired(c *lawCheck) {
	var explained map[*Category]bool // built at the first purpose that needs it
	for i, pu := range c.p.Purposes {
		if pu == nil || pu.Required != "" || !c.rests(i, BasisContract, BasisLegalObligation) {
			continue
		}
		if explained == nil {
			explained = make(map[*Category]bool)
			for _, o := range c.p.Purposes {
				if o != nil && o.Required != "" {
					for _, cat := range o.Categories {
						explained[cat] = true
					}
				}
			}
		}
		for _, cat := range pu.Categories {
			if cat == nil || !cat.Personal() || explained[cat] || !providedByUser(cat) {
				continue
			}
			c.add(SeverityError, elem("purposes", pu.ID, i)+".required", "purpose %q rests on a contract or a legal obligation but does not say whether the user must provide the data and what happens if not (the user provides %q, and no other purpose says whether it is required)", pu.ID, cat.ID)
			break
		}
	}
}

// providedByUser reports whether the user may provide the data of cat:
// its sources include SourceUser, or it states none.
func providedByUser(cat *Category) bool {
	return len(cat.Sources) == 0 || slices.Contains(cat.Sources, SourceUser)
}

// deadlineArticle returns the provision of law's time to answer requests.
func deadlineArticle(law Law) string {
	if law == UKGDPR {
		return "Art. 12(3), 12A"
	}
	return "Art. 12(3)"
}

// obligationLaw says whose law may lay down a legal obligation or a public
// task under law: Union or member-state law under the GDPR (Art. 6(3);
// the EEA Agreement reads the law of Iceland, Liechtenstein and Norway as
// member-state law, so the home area counts), domestic law under the UK
// GDPR.
func obligationLaw(law Law) string {
	if law == UKGDPR {
		return "domestic law (the law of the United Kingdom)"
	}
	return "Union law or the law of a member state"
}

// obligationArticle returns the provisions that require a legal obligation
// or a public task to rest on law's own law. The UK GDPR's Art. 6(3), as
// legislation.gov.uk shows it in force, speaks of point (c) only; a task
// in the public interest (point (e)) is one of DPA 2018 s. 8, each of
// which (the administration of justice, functions conferred by an
// enactment or rule of law, of Parliament, the Crown or a government
// department) is a United Kingdom one. The amending provision of Art.
// 6(3) was not identified.
func obligationArticle(law Law) string {
	if law == UKGDPR {
		return "Art. 6(3); DPA 2018 s. 8"
	}
	return "Art. 6(3)"
}

// cookieArticle returns the provision on cookies that accompanies law:
// the ePrivacy Directive in the Union, the Privacy and Electronic
// Communications Regulations 2003 in the United Kingdom.
func cookieArticle(law Law) string {
	if law == UKGDPR {
		return "PECR reg. 6"
	}
	return "Directive 2002/58/EC (ePrivacy) Art. 5(3)"
}

// cookieConsent checks the purpose of each cookie that is not strictly
// necessary. The ePrivacy Directive and PECR allow storing or reading
// information on a device without consent only where it is strictly
// necessary, so such a cookie is set with consent (as Cookie.StrictlyNecessary
// says), and consent must be specific (GDPR Art. 4(11)): a cookie that names
// no purpose is an error. Its purpose should rest on consent (BasisConsent
// or BasisExplicitConsent) too; a purpose on another ground, such as
// analytics on legitimate interests, uses the data the cookie gathered on a
// ground other than the consent it was set with, which the EDPB doubts but
// does not rule out, so it is a warning. A cookie declared to be set
// unless the user opts out (CookieConsentOptOut) is set without consent,
// which these laws do not allow: an error. A cookie declared exempt as
// audience measurement (CookieConsentExemptStatistics) needs no consent,
// but must be the service's own or its processor's and serve a purpose
// that neither profiles people nor markets to them: an error otherwise.
func cookieConsent(c *lawCheck) {
	for i := range c.p.Cookies {
		ck := &c.p.Cookies[i]
		if ck.StrictlyNecessary {
			continue
		}
		if ck.Consent == CookieConsentExemptStatistics {
			exemptStatistics(c, i, ck)
			continue
		}
		if ck.Consent == CookieConsentOptOut {
			c.add(SeverityError, elem("cookies", ck.ID, i)+".consent", "cookie %q is not strictly necessary but is set unless the user opts out; it may be set only with consent", clip(ck.ID))
		}
		path := elem("cookies", ck.ID, i) + ".purpose"
		switch pu := ck.Purpose; {
		case pu == nil:
			c.add(SeverityError, path, "cookie %q is not strictly necessary but names no purpose, so it cannot be shown to rest on consent", clip(ck.ID))
		case !pu.HasBasis(BasisConsent) && !pu.HasBasis(BasisExplicitConsent):
			c.add(SeverityWarning, path, "cookie %q is not strictly necessary, so it is set with the user's consent, but its purpose %q does not rest on consent; the data it gathers is then used on another ground", clip(ck.ID), clip(pu.ID))
		}
	}
}

// exemptStatistics checks cookie ck, the i-th, declared exempt from
// consent as audience measurement: set by the service or by a processor
// on its behalf, for a purpose that neither profiles people nor markets
// to them.
func exemptStatistics(c *lawCheck, i int, ck *Cookie) {
	path := elem("cookies", ck.ID, i)
	if ck.Party != PartyFirst && (ck.Provider == nil || ck.Provider.Role != RoleProcessor) {
		c.add(SeverityError, path+".party", "cookie %q is exempt from consent as audience measurement, which only the service itself or its processor may set; a third party's cookie needs consent", clip(ck.ID))
	}
	if pu := ck.Purpose; pu != nil && (pu.Profiling || pu.DirectMarketing) {
		c.add(SeverityError, path+".consent", "cookie %q is exempt from consent as audience measurement, but its purpose %q profiles people or markets to them, which the exemption does not cover; it needs consent", clip(ck.ID), clip(pu.ID))
	}
}

// representative checks GDPR (or UK GDPR) Art. 27: a controller
// established outside law's home area that declares itself subject to law
// (which for such a controller means Art. 3(2): it offers goods or services
// to people in the area, or monitors their behaviour there) designates a
// representative in the area, whose contact details the policy gives
// (Art. 13(1)(a)), unless it declares the Art. 27(2) exemption. A
// controller whose country is not stated is not checked.
func representative(c *lawCheck, law Law) {
	ctry := c.p.Controller.Country
	if ctry == (language.Region{}) || law.Domestic(ctry) {
		return
	}
	// A controller with an establishment in the area falls under Art. 3(1),
	// not 3(2), and needs no representative there.
	for _, e := range c.p.Establishments {
		if law.Domestic(e.Region) {
			return
		}
	}
	for i, r := range c.p.Representatives {
		if !law.Domestic(r.Region) {
			continue
		}
		if r.Contact.Name == "" || r.Contact.Email == "" && r.Contact.Address == "" {
			c.add(SeverityError, "representatives["+strconv.Itoa(i)+"].contact", "the representative in %s must be named, with an email or postal address", r.Region)
		}
		return
	}
	if slices.Contains(c.p.RepresentativeExempt, law) {
		c.each(factSensitive, func(i int, cat *Category) {
			c.add(SeverityWarning, elem("categories", cat.ID, i), "the policy claims the exemption from designating a representative, which does not cover processing special categories of data (%q) on a large scale", cat.ID)
		})
		return
	}
	c.add(SeverityError, "representatives", "the controller is established in %s and names no representative in the area of %s; designate one, or declare the exemption for occasional, low-risk processing (representative_exempt)", ctry, law.Name())
}

// automatedArticle cites the articles on automated decisions under law:
// the UK GDPR replaced Art. 22 with Arts. 22A-22D (Data (Use and Access)
// Act 2025 s. 80).
func automatedArticle(law Law) string {
	if law == UKGDPR {
		return "Art. 13(2)(f), 22A-22D"
	}
	return "Art. 13(2)(f), 22"
}

// automatedGroundsElement says what the rule on Art. 22(2) checks under
// law.
func automatedGroundsElement(law Law) string {
	s := "a decision based solely on automated processing, with legal or similarly significant effects (purposes[].automated), only where necessary for a contract, authorised by law (a legal obligation or a task in the public interest) or on explicit consent; not on legitimate interests or consent that is not explicit"
	if law == UKGDPR {
		s += "; for a policy in effect before 5 February 2026, when Arts. 22A-22D replaced Art. 22 (ukgdpr.22B.22C from then)"
	}
	return s
}

// automatedGrounds checks GDPR (or, before the Data (Use and Access) Act
// 2025 s. 80 replaced it with Arts. 22A-22D, UK GDPR) Art. 22: the data
// subject has the right not to be subject to a decision based solely on
// automated processing which produces legal effects or similarly
// significantly affects them (Art. 22(1)), unless the decision is
// necessary for entering into or performing a contract with them
// (Art. 22(2)(a)), authorised by Union or member-state law which lays
// down suitable safeguards (22(2)(b)), or based on their explicit
// consent (22(2)(c)). A purpose with such decisions (Purpose.Automated)
// must therefore rest on a contract, explicit consent, or a legal
// obligation or task in the public interest (whose law, Art. 6(3), is
// taken to authorise the decision: the validator cannot read the law to
// see whether it does and lays down the safeguards). Legitimate interests
// and consent that is not explicit are not enough. (Article text from
// memory of the Regulation; not verified against the Official Journal
// for this rule.)
func automatedGrounds(c *lawCheck, law Law) {
	if law == UKGDPR && !c.p.Effective.Before(duaaMain) {
		return // Arts. 22A-22D: ukgdpr.22B.22C
	}
	for i, pu := range c.p.Purposes {
		if pu == nil || pu.Automated == "" || !c.uses(i, factPersonal) {
			continue
		}
		if c.rests(i, BasisContract, BasisExplicitConsent, BasisLegalObligation, BasisPublicTask) {
			continue
		}
		var on string
		switch {
		case c.rests(i, BasisLegitimateInterests):
			on = "legitimate interests"
		case c.rests(i, BasisConsent):
			on = "consent that is not explicit"
		default:
			names := make([]string, 0, len(pu.Bases))
			for _, b := range pu.Bases {
				names = append(names, b.Name())
			}
			on = strings.Join(names, " and ")
		}
		c.add(SeverityError, elem("purposes", pu.ID, i)+".bases", "purpose %q makes decisions based solely on automated processing (automated) on %s; such a decision is allowed only where necessary for a contract with the user, authorised by law, or on the user's explicit consent (explicit_consent)", pu.ID, on)
	}
}

// criminalRule returns the rule on data relating to criminal convictions
// and offences or related security measures (Category.Criminal). GDPR
// Art. 10 allows its processing on an Art. 6(1) ground "only under the
// control of official authority or when the processing is authorised by
// Union or Member State law providing for appropriate safeguards"
// (wording as recalled; not verified against the Official Journal): a
// purpose that uses such data states official authority
// (CriminalAuthority.Official) or a law of the Union or of a member
// state (CriminalAuthority.Laws). The UK GDPR's Art. 10 speaks of
// domestic law, and DPA 2018 s. 10(5) counts processing as authorised by
// law only where it meets a condition of Schedule 1 (s. 11(2) extends the
// article to alleged offences and proceedings), so under it the purpose
// states official authority or that condition
// (CriminalAuthority.Condition); the consent condition (Sch. 1 para. 29)
// needs the user's consent among the purpose's grounds.
func criminalRule(law Law, id Rule) Requirement {
	if law == UKGDPR {
		return Requirement{ID: id, Law: law, Article: "Art. 10; DPA 2018 s. 10(5), 11(2), Sch. 1",
			Element: "data relating to criminal convictions and offences (categories[].criminal) processed only under the control of official authority or on a condition of DPA 2018 Schedule 1 (purposes[].criminal); the consent condition with the user's consent among the purpose's grounds",
			check: func(c *lawCheck) {
				criminalAuthorised(c, func(a CriminalAuthority) bool { return a.Official || a.Condition.Valid() },
					"neither under the control of official authority (criminal.official) nor on a condition of Schedule 1 to the Data Protection Act 2018 (criminal.condition)")
				for i, pu := range c.p.Purposes {
					if pu != nil && pu.Criminal.Condition == DPAConditionConsent && c.uses(i, factCriminal) && !c.rests(i, BasisConsent, BasisExplicitConsent) {
						c.add(SeverityError, elem("purposes", pu.ID, i)+".criminal.condition", "purpose %q relies on the consent condition of Schedule 1 (Part 3, para. 29) for data relating to criminal convictions and offences but does not rest on the user's consent (bases)", pu.ID)
					}
				}
			}}
	}
	return Requirement{ID: id, Law: law, Article: "Art. 10",
		Element: "data relating to criminal convictions and offences (categories[].criminal) processed only under the control of official authority or as authorised by Union or member-state law providing appropriate safeguards (purposes[].criminal)",
		check: func(c *lawCheck) {
			criminalAuthorised(c, func(a CriminalAuthority) bool { return a.authorisedUnder(law) },
				"neither under the control of official authority (criminal.official) nor as authorised by Union law or the law of a member state (criminal.laws)")
		}}
}

// criminalAuthorised reports each purpose that uses data relating to
// criminal convictions and offences without the authority ok accepts;
// why says what is missing.
func criminalAuthorised(c *lawCheck, ok func(CriminalAuthority) bool, why string) {
	for i, pu := range c.p.Purposes {
		if pu == nil || !c.uses(i, factCriminal) || ok(pu.Criminal) {
			continue
		}
		for _, cat := range pu.Categories {
			if cat != nil && cat.Criminal && cat.Personal() {
				c.add(SeverityError, elem("purposes", pu.ID, i)+".criminal", "purpose %q uses data relating to criminal convictions and offences (%q) %s", pu.ID, cat.ID, why)
				break
			}
		}
	}
}

// childConsent returns the rule on a child's consent to information
// society services (Art. 8(1)): 16 under the GDPR, unless a member state
// sets a lower age of at least 13; 13 under the UK GDPR (DPA 2018 s. 9).
func childConsent(law Law, id Rule) Requirement {
	article, age, element := "Art. 8(1)", 16, "the age below which a child's consent needs a parent's authorisation (16, or as low as 13 where member-state law says so)"
	home := region("EU")
	if law == UKGDPR {
		article, age, element = "Art. 8(1); DPA 2018 s. 9", 13, "the age below which a child's consent needs a parent's authorisation (13 in the United Kingdom)"
		home = region("GB")
	}
	return Requirement{ID: id, Law: law, Article: article, Element: element,
		check: func(c *lawCheck) {
			// The age stated for the law's region (Children.ByRegion)
			// is the one its users are held to: 16 for the EU applies
			// in the member states that keep that age.
			m, path := c.p.Children.MinimumAge, "children.minimum_age"
			for i, a := range c.p.Children.ByRegion {
				if a.Region == home {
					m, path = a.Age, "children.by_region["+strconv.Itoa(i)+"].age"
					break
				}
			}
			// A consent age (Children.ConsentAge) states that users
			// younger than it consent with a parent or guardian.
			parentFrom := c.p.Children.ConsentAge
			if c.p.Children.ParentalConsent {
				parentFrom = MaxMinimumAge
			}
			switch {
			case m == 0 && parentFrom == 0 && c.p.CollectsPersonalData():
				// An age of consent, or a parent's consent, says
				// that children may use it and how.
				c.add(SeverityWarning, path, "the policy does not say whether children may use the service")
			case m > 0 && m < 13 && parentFrom < 13:
				c.add(SeverityError, path, "minimum age %d is below 13, the lowest age at which a child may consent to information society services; say that younger users need a parent's consent (parental_consent), or state a consent age (consent_age) of at least 13", m)
			case m > 0 && m < age && usesConsent(c.p) && parentFrom < age:
				c.add(SeverityWarning, path, "minimum age %d is below %d, the age from which %s lets a child consent alone; users under %d in member states that keep 16 need a parent's consent, or state %d for %s in children.by_region", m, age, law.Name(), age, age, home)
			}
		}}
}

// copyable reports whether s is an appropriate safeguard of which the data
// subject may obtain a copy (GDPR Art. 13(1)(f), 46, 47).
func copyable(s Safeguard) bool {
	switch s {
	case SafeguardStandardClauses, SafeguardBindingCorporateRules, SafeguardUKTransferAgreement, SafeguardANPDClauses:
		return true
	}
	return false
}

// transferTexts checks the text of the transfer fields that the
// validator's text pass does not walk, for every policy.
func (v *validator) transferTexts() {
	for i, t := range v.p.Transfers {
		path := textAt{"transfers", func() string { return "transfers[" + strconv.Itoa(i) + "]." }}
		v.text(path, "risks", t.Risks)
	}
}
