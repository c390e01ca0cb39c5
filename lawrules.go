package policy

import (
	"slices"

	"golang.org/x/text/language"
)

// lawRules is the catalogue of every law's rules. It is built once and
// never changed.
var lawRules = func() []LawRule {
	var all []LawRule
	all = append(all, gdprRules(GDPR, "gdpr")...)
	all = append(all, gdprRules(UKGDPR, "ukgdpr")...)
	all = append(all, ccpaRules()...)
	all = append(all, fz152Rules()...)
	all = append(all, lgpdRules()...)
	return all
}()

// gdprRules returns the rules of the GDPR, or of the UK GDPR, which has the
// same articles.
func gdprRules(law Law, prefix string) []LawRule {
	id := func(s string) Rule { return Rule(prefix + "." + s) }
	return []LawRule{
		scopeRule(id("2"), law, "Art. 2(1), 4(1)"),
		{ID: id("13.1.a"), Law: law, Article: "Art. 13(1)(a)", Element: "identity and contact details of the controller",
			check: func(c *lawCheck) {
				if !identified(c.p.Controller) {
					c.add(Error, "controller", "the policy must name the controller and give its contact details")
				}
			}},
		{ID: id("13.1.b"), Law: law, Article: "Art. 13(1)(b)", Element: "contact details of the data protection officer, where one is designated",
			CoveredBy: RuleMissingContact},
		{ID: id("13.1.c"), Law: law, Article: "Art. 13(1)(c)", Element: "purposes of the processing and their legal basis",
			check: func(c *lawCheck) { groundsCited(c, law, false) }},
		{ID: id("13.1.d"), Law: law, Article: "Art. 13(1)(d)", Element: "the legitimate interests pursued, where processing rests on Art. 6(1)(f)",
			CoveredBy: RuleMissingInterest},
		{ID: id("13.1.e"), Law: law, Article: "Art. 13(1)(e)", Element: "the recipients or categories of recipients",
			check: func(c *lawCheck) {
				if c.p.CollectsPersonalData() && len(c.p.Recipients) == 0 {
					c.add(Error, "recipients", "the policy states no recipients or categories of recipients (processors such as hosting providers count)")
				}
			}},
		{ID: id("13.1.f"), Law: law, Article: "Art. 13(1)(f), 44-49", Element: "transfers to third countries and their safeguards (adequacy, Art. 46 safeguards or Art. 49 derogations)",
			check: func(c *lawCheck) { transfers(c, law) }},
		{ID: id("13.2.a"), Law: law, Article: "Art. 13(2)(a)", Element: "the retention period, or the criteria used to determine it",
			CoveredBy: RuleMissingRetention},
		{ID: id("13.2.b"), Law: law, Article: "Art. 13(2)(b), 15-18, 20, 21", Element: "the rights of access, rectification, erasure, restriction, objection and portability",
			check: func(c *lawCheck) {
				requireRights(c, Access, Rectification, Erasure, Restriction, Objection, Portability)
			}},
		{ID: id("13.2.c"), Law: law, Article: "Art. 13(2)(c), 7(3)", Element: "the right to withdraw consent at any time, where processing rests on consent",
			check: func(c *lawCheck) {
				if usesConsent(c.p) {
					requireRights(c, WithdrawConsent)
				}
			}},
		{ID: id("13.2.d"), Law: law, Article: "Art. 13(2)(d), 77", Element: "the right to lodge a complaint with a supervisory authority",
			check: func(c *lawCheck) { requireRights(c, Complaint) }},
		{ID: id("13.2.e"), Law: law, Article: "Art. 13(2)(e)", Element: "whether providing the data is a statutory or contractual requirement, and the consequences of not providing it",
			check: func(c *lawCheck) {
				for i, pu := range c.p.Purposes {
					if pu != nil && (pu.HasBasis(Contract) || pu.HasBasis(LegalObligation)) && pu.Required == "" {
						c.add(Error, elem("purposes", pu.ID, i)+".required", "purpose %q rests on a contract or a legal obligation but does not say whether the user must provide the data and what happens if not", pu.ID)
					}
				}
			}},
		{ID: id("13.2.f"), Law: law, Article: "Art. 13(2)(f), 22", Element: "the existence of automated decision-making, including profiling",
			check: func(c *lawCheck) {
				if c.p.NoAutomatedDecisions || !c.p.CollectsPersonalData() {
					return
				}
				for _, pu := range c.p.Purposes {
					if pu != nil && pu.Automated != "" {
						return
					}
				}
				c.add(Error, "no_automated_decisions", "the policy says neither that it makes automated decisions (purposes[].automated) nor that it makes none (no_automated_decisions)")
			}},
		{ID: id("14.1.d"), Law: law, Article: "Art. 14(1)(d)", Element: "the categories of data, where data is not obtained from the data subject",
			check: func(c *lawCheck) {
				c.each(factElsewhere|factNoItems, func(i int, cat *Category) {
					c.add(Error, elem("categories", cat.ID, i)+".items", "category %q comes from other sources than the user but does not list what data it holds", cat.ID)
				})
			}},
		{ID: id("14.2.f"), Law: law, Article: "Art. 14(2)(f)", Element: "the source of the data, where it is not obtained from the data subject",
			check: func(c *lawCheck) {
				c.each(factElsewhere|factNoSourceDetail, func(i int, cat *Category) {
					c.add(Error, elem("categories", cat.ID, i)+".source_detail", "category %q comes from third parties or public sources but does not name them", cat.ID)
				})
			}},
		{ID: id("9.2"), Law: law, Article: "Art. 9(2)", Element: "a condition for processing special categories of data",
			CoveredBy: RuleMissingSpecialBasis},
		{ID: id("8.1"), Law: law, Article: "Art. 8(1)", Element: "the age below which a child's consent needs a parent's authorisation (16, or as low as 13 where member-state law says so)",
			check: func(c *lawCheck) {
				switch age := c.p.Children.MinimumAge; {
				case age == 0 && c.p.CollectsPersonalData():
					c.add(Warning, "children.minimum_age", "the policy does not say whether children may use the service")
				case age > 0 && age < 13:
					c.add(Error, "children.minimum_age", "minimum age %d is below 13, the lowest age at which a child may consent to information society services", age)
				}
			}},
	}
}

// identified reports whether the controller is named and reachable.
func identified(c Controller) bool { return c.Name != "" && (c.Email != "" || c.Address != "") }

// ruleFor returns a constructor of law's rules whose IDs start with prefix.
func ruleFor(law Law, prefix string) func(id, article, element string, check func(*lawCheck)) LawRule {
	return func(id, article, element string, check func(*lawCheck)) LawRule {
		return LawRule{ID: Rule(prefix + "." + id), Law: law, Article: article, Element: element, check: check}
	}
}

// fromElsewhere reports whether a category's data comes from other
// sources than the data subject (GDPR Art. 14).
func fromElsewhere(c *Category) bool {
	return slices.Contains(c.Sources, FromThirdParty) || slices.Contains(c.Sources, FromPublicSource)
}

func ccpaRules() []LawRule {
	rule := ruleFor(CCPA, "ccpa")
	return []LawRule{
		scopeRule("ccpa.140.v", CCPA, "Cal. Civ. Code 1798.140(v)"),
		rule("110.c.1", "Cal. Civ. Code 1798.110(c)(1)", "the categories of personal information collected, by the statute's categories A-K",
			func(c *lawCheck) {
				c.each(factNoCCPA, func(i int, cat *Category) {
					c.add(Error, elem("categories", cat.ID, i)+".ccpa", "category %q is not mapped to the CCPA's categories of personal information (A-K)", cat.ID)
				})
			}),
		rule("110.c.2", "Cal. Civ. Code 1798.110(c)(2)", "the categories of sources of personal information",
			func(c *lawCheck) {
				c.each(factNoSources, func(i int, cat *Category) {
					c.add(Error, elem("categories", cat.ID, i)+".sources", "category %q does not state its sources", cat.ID)
				})
			}),
		{ID: "ccpa.110.c.3", Law: CCPA, Article: "Cal. Civ. Code 1798.110(c)(3)", Element: "the business or commercial purposes for collecting personal information",
			CoveredBy: RuleUnusedCategory},
		rule("110.c.4", "Cal. Civ. Code 1798.110(c)(4)", "the categories of third parties to whom personal information is disclosed",
			func(c *lawCheck) {
				for i, r := range c.p.Recipients {
					if r != nil && len(r.Categories) == 0 && r.Role != Authority {
						c.add(Error, elem("recipients", r.ID, i)+".categories", "recipient %q does not say which categories of personal information it receives", r.ID)
					}
				}
			}),
		rule("115.120", "Cal. Civ. Code 1798.115(c), 1798.120", "whether personal information was sold or shared in the preceding 12 months",
			func(c *lawCheck) {
				if !c.p.CCPA.Sold.Valid() {
					c.add(Error, "ccpa.sold", "the policy does not say whether it sold personal information in the preceding 12 months")
				}
				if !c.p.CCPA.Shared.Valid() {
					c.add(Error, "ccpa.shared", "the policy does not say whether it shared personal information for cross-context behavioural advertising in the preceding 12 months")
				}
			}),
		rule("135", "Cal. Civ. Code 1798.135(a)", "a \"Do Not Sell or Share My Personal Information\" link, where personal information is sold or shared",
			func(c *lawCheck) {
				n := c.p.CCPA
				if (n.Sold == Yes || n.Shared == Yes) && n.OptOutURL == "" {
					c.add(Error, "ccpa.opt_out_url", "the policy sells or shares personal information but gives no \"Do Not Sell or Share\" link")
				}
				if n.OptOutURL != "" {
					c.v.url("ccpa.opt_out_url", n.OptOutURL)
				}
			}),
		{ID: "ccpa.100.a.3", Law: CCPA, Article: "Cal. Civ. Code 1798.100(a)(3)", Element: "how long each category of personal information is retained",
			CoveredBy: RuleMissingRetention},
		rule("rights", "Cal. Civ. Code 1798.100-1798.125, 1798.130(a)(5)", "each consumer right: to know, delete, correct, opt out of sale or sharing, limit the use of sensitive personal information, and non-discrimination",
			func(c *lawCheck) {
				requireRights(c, Access, Erasure, Rectification, NonDiscrimination)
				if c.p.CCPA.Sold == Yes || c.p.CCPA.Shared == Yes {
					requireRights(c, OptOutOfSale)
				}
				sensitive := false
				c.each(factSensitive, func(int, *Category) { sensitive = true })
				if sensitive {
					requireRights(c, LimitSensitiveUse)
				}
			}),
		rule("130.a.1", "Cal. Civ. Code 1798.130(a)(1)", "two or more designated methods for submitting requests",
			func(c *lawCheck) {
				if n := len(c.p.CCPA.RequestMethods); n < 2 {
					c.add(Error, "ccpa.request_methods", "the policy gives %d methods for submitting requests; the CCPA requires two or more", n)
				}
			}),
		rule("7011.e.4", "Cal. Code Regs. tit. 11, 7011(e)(4)", "the date the privacy policy was last updated",
			func(c *lawCheck) {
				if c.p.Updated.IsZero() {
					c.add(Error, "updated", "the policy does not state the date it was last updated")
				}
			}),
	}
}

func fz152Rules() []LawRule {
	rule := ruleFor(FZ152, "152fz")
	ru := russia
	return []LawRule{
		scopeRule("152fz.3", FZ152, "Art. 3(1)"),
		rule("6.1", "Art. 6(1)", "grounds of processing, in the law's own numbering",
			func(c *lawCheck) { groundsCited(c, FZ152, false) }),
		{ID: "152fz.9", Law: FZ152, Article: "Art. 9", Element: "consent that is specific, informed and can be withdrawn",
			CoveredBy: RuleMissingWithdrawal},
		rule("10", "Art. 10", "written consent for special categories of personal data",
			func(c *lawCheck) {
				requireBasisFor(c, func(cat *Category) bool { return cat.Sensitivity == Special }, "special category")
			}),
		rule("11", "Art. 11", "written consent for biometric personal data",
			func(c *lawCheck) { requireBasisFor(c, func(cat *Category) bool { return cat.Biometric }, "biometric") }),
		rule("12", "Art. 12", "cross-border transfers: to countries with adequate protection, or with written consent or to perform a contract",
			func(c *lawCheck) { transfers(c, FZ152) }),
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

// storedIn reports whether ss stores data of users in ru (or of all users)
// in ru.
func storedIn(ss []Storage, ru language.Region) bool {
	for _, s := range ss {
		if s.Location == ru && (s.Subjects == ru || s.Subjects == (language.Region{})) {
			return true
		}
	}
	return false
}

// requireBasisFor checks that purposes using a category matching is rest
// on explicit (written) consent.
func requireBasisFor(c *lawCheck, is func(*Category) bool, kind string) {
	for i, pu := range c.p.Purposes {
		if pu == nil || pu.HasBasis(ExplicitConsent) {
			continue
		}
		for _, cat := range pu.Categories {
			if cat != nil && is(cat) {
				c.add(Error, elem("purposes", pu.ID, i)+".bases", "purpose %q uses %s data (%q) without written consent (explicit_consent)", pu.ID, kind, cat.ID)
				break
			}
		}
	}
}

func lgpdRules() []LawRule {
	rule := ruleFor(LGPD, "lgpd")
	return []LawRule{
		scopeRule("lgpd.5", LGPD, "Art. 5(I)"),
		rule("7", "Art. 7", "one of the ten legal bases for processing",
			func(c *lawCheck) { groundsCited(c, LGPD, false) }),
		rule("11", "Art. 11", "a legal basis for sensitive personal data",
			func(c *lawCheck) { groundsCited(c, LGPD, true) }),
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
