package policy

import "strconv"

// CCPA is the California Consumer Privacy Act as amended by the California
// Privacy Rights Act.
const CCPA Law = 5

func init() {
	registerLaw(&lawDescriptor{
		law:         CCPA,
		key:         "ccpa",
		name:        "CCPA",
		fullName:    "California Consumer Privacy Act of 2018, as amended by the California Privacy Rights Act of 2020 (Cal. Civ. Code 1798.100 et seq.)",
		home:        regions("US"),
		citeNote:    "the CCPA lists no legal grounds for processing; it regulates disclosure, sale and sharing instead",
		noTransfers: "the CCPA does not restrict transfers of personal information abroad",
		authority:   SupervisoryAuthority{Name: "the California Privacy Protection Agency", URL: "https://cppa.ca.gov"},
		rules:       ccpaRules(),
	})
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
					c.add(Error, "ccpa.request_methods", "the policy gives %s for submitting requests; the CCPA requires two or more", methods(n))
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

// methods says how many methods there are, in words.
func methods(n int) string {
	switch n {
	case 0:
		return "no method"
	case 1:
		return "one method"
	}
	return strconv.Itoa(n) + " methods"
}
