package policy

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

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
		updateEvery: Months(12),
		deadline:    ResponseDeadline{Period: Days(45), Extension: Days(45), Article: "Cal. Civ. Code 1798.130(a)(2)(A)"},
		rights:      []RightKind{RightAccess, RightRectification, RightErasure, RightOptOutOfSale, RightLimitSensitiveUse, RightNonDiscrimination, RightKnow},
	})
}

func ccpaRules() []Requirement {
	rule := ruleFor(CCPA, "ccpa")
	return []Requirement{
		scopeRule("ccpa.140.v", CCPA, "Cal. Civ. Code 1798.140(v)"),
		rule("110.c.1", "Cal. Civ. Code 1798.110(c)(1)", "the categories of personal information collected, by the statute's categories A-L; data a US federal law governs instead (categories[].governed_by: the GLBA, FCRA, HIPAA or DPPA, 1798.145(d)-(f), 1798.146) is exempt and needs none",
			func(c *lawCheck) {
				c.each(factNoCCPA, func(i int, cat *Category) {
					c.add(SeverityError, elem("categories", cat.ID, i)+".ccpa", "category %q is not mapped to the CCPA's categories of personal information (A-L)", cat.ID)
				})
			}),
		rule("140.v.1.L", "Cal. Civ. Code 1798.140(v)(1)(L), 1798.140(ae)", "sensitive personal information listed as its own category (L)",
			func(c *lawCheck) {
				c.each(factUSSensitive, func(i int, cat *Category) {
					if len(cat.CCPA) > 0 && !slices.Contains(cat.CCPA, CCPASensitivePersonalInfo) {
						c.add(SeverityError, elem("categories", cat.ID, i)+".ccpa", "category %q holds sensitive data but is not mapped to category (L), sensitive personal information (sensitive_personal_information)", cat.ID)
					}
				})
			}),
		rule("110.c.2", "Cal. Civ. Code 1798.110(c)(2)", "the categories of sources of personal information",
			func(c *lawCheck) {
				c.each(factNoSources, func(i int, cat *Category) {
					if cat.GovernedBy != 0 {
						return // exempt (1798.145(d)-(f), 1798.146)
					}
					c.add(SeverityError, elem("categories", cat.ID, i)+".sources", "category %q does not state its sources", cat.ID)
				})
			}),
		{ID: "ccpa.110.c.3", Law: CCPA, Article: "Cal. Civ. Code 1798.110(c)(3)", Element: "the business or commercial purposes for collecting personal information",
			CoveredBy: RuleUnusedCategory},
		rule("110.c.4", "Cal. Civ. Code 1798.110(c)(4)", "the categories of third parties to whom personal information is disclosed",
			func(c *lawCheck) {
				for i, r := range c.p.Recipients {
					if r != nil && len(r.Categories) == 0 && r.Role != RoleAuthority {
						c.add(SeverityError, elem("recipients", r.ID, i)+".categories", "recipient %q does not say which categories of personal information it receives", r.ID)
					}
				}
			}),
		rule("115.120", "Cal. Civ. Code 1798.115(c), 1798.120", "whether personal information was sold or shared in the preceding 12 months",
			func(c *lawCheck) {
				if !c.p.CCPA.Sold.Valid() {
					c.add(SeverityError, "ccpa.sold", "the policy does not say whether it sold personal information in the preceding 12 months")
				}
				if !c.p.CCPA.Shared.Valid() {
					c.add(SeverityError, "ccpa.shared", "the policy does not say whether it shared personal information for cross-context behavioral advertising in the preceding 12 months")
				}
			}),
		rule("130.a.5.C", "Cal. Civ. Code 1798.130(a)(5)(C)", "two lists: the categories of personal information sold or shared, and those disclosed for a business purpose (the recipients' categories)",
			func(c *lawCheck) {
				n := c.p.CCPA
				switch {
				case (n.Sold == AnswerYes || n.Shared == AnswerYes) && len(n.SoldCategories) == 0:
					c.add(SeverityError, "ccpa.sold_categories", "the policy sells or shares personal information but does not list the categories sold or shared")
				case n.Sold == AnswerNo && n.Shared == AnswerNo && len(n.SoldCategories) > 0:
					c.add(SeverityError, "ccpa.sold_categories", "the policy lists categories sold or shared but says it neither sells nor shares personal information")
				}
				for i, k := range n.SoldCategories {
					if !collects(c.p, k) {
						c.add(SeverityError, "ccpa.sold_categories["+strconv.Itoa(i)+"]", "category (%s), %s, is listed as sold or shared, but no declared category of personal information falls under it", k.Letter(), k.Name())
					}
				}
				// A declared category may fall under a listed and an
				// unlisted CCPA category alike: the statute's categories
				// overlap (a name is an identifier (A) and a customer
				// record (B)), and the two lists answer for each statutory
				// category, not for each category of the policy.
			}),
		rule("135", "Cal. Civ. Code 1798.135(a)", "a \"Do Not Sell or Share My Personal Information\" link, where personal information is sold or shared",
			func(c *lawCheck) {
				n := c.p.CCPA
				if (n.Sold == AnswerYes || n.Shared == AnswerYes) && n.OptOutURL == "" {
					c.add(SeverityError, "ccpa.opt_out_url", "the policy sells or shares personal information but gives no \"Do Not Sell or Share\" link")
				}
				if n.OptOutURL != "" {
					c.v.url("ccpa.opt_out_url", n.OptOutURL)
				}
			}),
		rule("135.a.2", "Cal. Civ. Code 1798.135(a)(2), 1798.121; Cal. Code Regs. tit. 11, 7027(m)", "whether sensitive personal information is used beyond the purposes 7027(m) allows, and then a \"Limit the Use of My Sensitive Personal Information\" link; "+
			"a warning where the policy states it but declares no sensitive personal information",
			func(c *lawCheck) {
				n, id := c.p.CCPA, ""
				c.each(factUSSensitive, func(i int, cat *Category) {
					if id == "" {
						id = cat.ID
					}
				})
				switch {
				case id == "" && n.SensitiveUse.Valid() && !collects(c.p, CCPASensitivePersonalInfo):
					// The notice then prints a paragraph on how sensitive
					// personal information (1798.140(ae)) is used, about
					// data the policy does not say it collects: a
					// contradiction, though the statute does not forbid
					// the statement, so a warning.
					c.add(SeverityWarning, "ccpa.sensitive_use", "the policy says whether it uses sensitive personal information beyond the purposes of 7027(m), so the notice speaks of such information, but it declares none (a category of sensitivity special or sensitive, or mapped to category (L)); remove sensitive_use or declare the category")
				case id == "":
				case !n.SensitiveUse.Valid():
					c.add(SeverityError, "ccpa.sensitive_use", "the policy processes sensitive personal information (%q) but does not say whether it uses it beyond the purposes of Cal. Code Regs. tit. 11, 7027(m)", id)
				case n.SensitiveUse == AnswerYes && n.LimitURL == "":
					c.add(SeverityError, "ccpa.limit_url", "the policy uses sensitive personal information beyond the purposes of 7027(m) but gives no \"Limit the Use of My Sensitive Personal Information\" link")
				}
				if n.LimitURL != "" {
					c.v.url("ccpa.limit_url", n.LimitURL)
				}
				if n.SensitiveUse == AnswerNo && id != "" {
					sensitiveBeyond(c)
				}
			}),
		rule("140.ah", "Cal. Civ. Code 1798.140(ah), 1798.115(c)(1)", "whether personal information used to track consumers across services is shared for cross-context behavioral advertising",
			func(c *lawCheck) {
				if c.p.CCPA.Shared != 0 {
					return
				}
				for i, cat := range c.p.Categories {
					if c.personal(i) && cat.Tracking {
						c.add(SeverityError, "ccpa.shared", "category %q is used to track people across services owned by others, but the policy does not say whether it shares personal information for cross-context behavioral advertising", cat.ID)
						return
					}
				}
			}),
		rule("140.m", "Cal. Civ. Code 1798.140(m)", "where data is disclosed in aggregated or de-identified form (disclosures: aggregate), the public commitment to keep it de-identified and not to re-identify it (commitments: no_reidentification), without which it stays personal information; a warning",
			func(c *lawCheck) {
				if slices.Contains(c.p.Commitments, CommitmentNoReidentification) {
					return
				}
				for i, d := range c.p.Disclosures {
					if d.Kind == DisclosureAggregate {
						c.add(SeverityWarning, index("disclosures", i)+".kind", "the policy discloses de-identified data but does not commit to keep it de-identified and not to re-identify it (no_reidentification); without that commitment the CCPA treats it as personal information")
						return
					}
				}
			}),
		rule("7016", "Cal. Civ. Code 1798.125(b); Cal. Code Regs. tit. 11, 7016(b)", "for each financial incentive (incentives): a summary of its terms (summary), the categories of personal information it uses, how to opt in, how to withdraw at any time, and the good-faith estimate of the value of the consumer's data and how it was calculated",
			func(c *lawCheck) {
				for i, in := range c.p.Incentives {
					var missing []string
					for _, f := range [...]struct {
						field string
						empty bool
					}{{"summary", in.Summary == ""}, {"categories", len(in.Categories) == 0}, {"opt_in", in.OptIn == ""},
						{"withdraw", in.Withdraw == ""}, {"value", in.Value == ""}} {
						if f.empty {
							missing = append(missing, f.field)
						}
					}
					if len(missing) > 0 {
						c.add(SeverityError, elem("incentives", in.ID, i), "the notice of financial incentive %q does not state %s", clip(in.ID), strings.Join(missing, ", "))
					}
				}
			}),
		rule("135.b", "Cal. Civ. Code 1798.135(b); Cal. Code Regs. tit. 11, 7025", "that opt-out preference signals are processed as a request to opt out of sale or sharing, where personal information is sold or shared",
			func(c *lawCheck) {
				n := c.p.CCPA
				if n.Sold != AnswerYes && n.Shared != AnswerYes {
					return
				}
				switch c.p.Signals.GlobalPrivacyControl {
				case AnswerYes:
				case AnswerNo:
					c.add(SeverityError, "signals.global_privacy_control", "a business that sells or shares personal information must process opt-out preference signals, such as Global Privacy Control, as a valid request to opt out")
				default:
					c.add(SeverityError, "signals.global_privacy_control", "the policy sells or shares personal information but does not say whether it processes opt-out preference signals")
				}
			}),
		{ID: "ccpa.100.a.3", Law: CCPA, Article: "Cal. Civ. Code 1798.100(a)(3)", Element: "how long each category of personal information is retained",
			CoveredBy: RuleMissingRetention},
		rule("rights", "Cal. Civ. Code 1798.100-1798.125, 1798.130(a)(5)", "each consumer right: to know, delete, correct, opt out of sale or sharing, limit the use of sensitive personal information, and non-discrimination",
			func(c *lawCheck) {
				requireRights(c, RightAccess, RightErasure, RightRectification, RightNonDiscrimination)
				if c.p.CCPA.Sold == AnswerYes || c.p.CCPA.Shared == AnswerYes {
					requireRights(c, RightOptOutOfSale)
				}
				// 1798.121(d) and regs 7014(h): sensitive personal
				// information used only for the purposes of 7027(m)
				// carries no right to limit.
				sensitive := false
				c.each(factUSSensitive, func(int, *Category) { sensitive = true })
				if sensitive && c.p.CCPA.SensitiveUse != AnswerNo {
					requireRights(c, RightLimitSensitiveUse)
				}
				// A policy that uses sensitive personal information only
				// for those purposes, and still grants the right to limit
				// it, says both that the right applies and that it does
				// not.
				if c.p.CCPA.SensitiveUse == AnswerNo {
					for i, r := range c.p.Rights {
						if r.Kind == RightLimitSensitiveUse {
							c.add(SeverityWarning, index("rights", i)+".kind", "the policy states the right to limit the use of sensitive personal information, but also that it uses such information only for the purposes of 7027(m), which carry no such right (sensitive_use no); drop the right, or state sensitive_use yes with a limit link")
						}
					}
				}
			}),
		rule("130.a.1", "Cal. Civ. Code 1798.130(a)(1)", "two or more designated methods for submitting requests, one a toll-free number; only an e-mail address for a business that operates exclusively online and has a direct relationship with consumers",
			func(c *lawCheck) {
				n := c.p.CCPA
				if n.OnlineOnly {
					if c.p.Contact.Email == "" && c.p.Controller.Email == "" {
						c.add(SeverityError, "ccpa.online_only", "the business operates exclusively online but the policy gives no e-mail address (contact or controller) for requests")
					}
					return
				}
				count := len(n.RequestMethods)
				if n.TollFreeNumber == "" {
					c.add(SeverityError, "ccpa.toll_free_number", "the policy gives no toll-free number for requests; only a business that operates exclusively online and has a direct relationship with consumers may offer an e-mail address instead (online_only)")
				} else {
					count++
				}
				if count < 2 {
					c.add(SeverityError, "ccpa.request_methods", "the policy gives %s for submitting requests; the CCPA requires two or more", methods(count))
				}
			}),
		rule("7011.e.1", "Cal. Code Regs. tit. 11, 7011(e)(1), 7060-7063", "how requests are verified, and how a consumer may have an authorised agent make a request",
			func(c *lawCheck) {
				if r := c.p.Requests; len(r.Verification) == 0 && r.VerificationDetail == "" {
					c.add(SeverityError, "requests.verification", "the policy does not describe how the business verifies consumers' requests")
				}
				if c.p.Requests.Agents == 0 {
					c.add(SeverityError, "requests.agents", "the policy does not say whether a consumer may have an authorised agent submit a request")
				}
			}),
		rule("130.a.5", "Cal. Civ. Code 1798.130(a)(5)", "the privacy policy updated at least once every 12 months",
			func(c *lawCheck) {
				p := c.p
				every, _ := CCPA.UpdateEvery()
				if p.Updated.IsZero() || p.Effective.IsZero() {
					return // date.missing and ccpa.7011.e.4 say so
				}
				if due := every.AddTo(p.Updated); p.Effective.After(due) {
					c.add(SeverityError, "updated", "the policy was last updated on %s, more than 12 months before %s, the day it takes effect; the CCPA requires an update at least once every 12 months", p.Updated, p.Effective)
				}
			}),
		rule("120.c", "Cal. Civ. Code 1798.120(c); Cal. Code Regs. tit. 11, 7070-7072", "where personal information is sold or shared and consumers under 16 are not excluded, whether that of consumers known to be under 16 is sold or shared (under_16), and then the opt-in process: the consumer's own from 13 to 15, a parent's or guardian's under 13 (opt_in_process)",
			under16),
		rule("7102", "Cal. Code Regs. tit. 11, 7102(a)", "for a business handling the personal information of 10,000,000 or more consumers a year (large_volume), the number of requests to delete, correct, know, opt out and limit received, complied with in whole or in part, and denied, and the median or mean days to respond, for the previous calendar year (due by 1 July), in the policy (metrics) or linked from it (metrics_url)",
			ccpaMetricsDue),
		deadlineRule("ccpa.130.a.2", CCPA, "Cal. Civ. Code 1798.130(a)(2)(A)"),
		rule("caloppa", "Cal. Bus. & Prof. Code 22575(b)(5)", "how the service responds to Do Not Track signals (signals.do_not_track): an error where it tracks users across third-party websites or services (a third-party cookie or similar technology, personal data declared as tracking, or personal information shared for cross-context behavioral advertising), a warning where it sets only first-party cookies, nothing where it declares none",
			func(c *lawCheck) {
				if c.p.Signals.DoNotTrack != 0 || len(c.p.Cookies) == 0 {
					return
				}
				if tracks(c.p) {
					c.add(SeverityError, "signals.do_not_track", "the policy lets third parties, or itself, track users across other parties' websites and services but does not say how it responds to Do Not Track signals")
					return
				}
				c.add(SeverityWarning, "signals.do_not_track", "the policy does not say how it responds to Do Not Track signals; say so, although it sets only first-party cookies and does not track users across other parties' websites")
			}),
		rule("7011.e.4", "Cal. Code Regs. tit. 11, 7011(e)(4)", "the date the privacy policy was last updated",
			func(c *lawCheck) {
				if c.p.Updated.IsZero() {
					c.add(SeverityError, "updated", "the policy does not state the date it was last updated")
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

// sensitiveBeyond warns, where the policy says it uses sensitive personal
// information only for the purposes of Cal. Code Regs. tit. 11, 7027(m),
// about each purpose that uses such information to profile people or to
// market to them directly: uses that infer characteristics about the
// consumer (Cal. Civ. Code 1798.121(d)) or target advertising, which
// 7027(m) does not list, so that the answer is likely wrong.
func sensitiveBeyond(c *lawCheck) {
	for i, pu := range c.p.Purposes {
		if pu == nil || !c.uses(i, factUSSensitive) {
			continue
		}
		var use string
		switch {
		case pu.Profiling:
			use = "profiling"
		case pu.DirectMarketing:
			use = "direct marketing"
		default:
			continue
		}
		c.add(SeverityWarning, elem("purposes", pu.ID, i), "purpose %q uses sensitive personal information for %s, which is not among the purposes of Cal. Code Regs. tit. 11, 7027(m), yet sensitive_use says it is used for no other; answer yes and give the \"Limit\" link, or keep sensitive data out of the purpose", pu.ID, use)
	}
}

// collects reports whether a declared category of personal information
// falls under the CCPA category k.
func collects(p *Policy, k CCPACategory) bool {
	for _, cat := range p.Categories {
		if cat.Personal() && cat.GovernedBy == 0 && slices.Contains(cat.CCPA, k) {
			return true
		}
	}
	return false
}

// ccpaNotice checks the text and the values of the CCPANotice fields that
// the validator's text and value passes do not walk, for every policy
// whether or not it declares the CCPA, so that a policy that validates
// encodes and renders.
func (v *validator) ccpaNotice() {
	n, root := v.p.CCPA, textAt{"ccpa", func() string { return "ccpa." }}
	v.text(root, "toll_free_number", n.TollFreeNumber)
	v.text(root, "limit_url", n.LimitURL)
	v.text(root, "metrics_url", n.MetricsURL)
	v.text(root, "opt_in_process", n.OptInProcess)
	v.ccpaMetrics(n.Metrics)
	for _, a := range []struct {
		path string
		a    Answer
	}{{"ccpa.sensitive_use", n.SensitiveUse}, {"ccpa.under_16", n.Under16}} {
		if a.a != 0 && !a.a.Valid() {
			v.add(SeverityError, RuleInvalidValue, a.path, "%s is neither yes nor no", a.a)
		}
	}
	for i, k := range n.SoldCategories {
		if !k.Valid() {
			v.add(SeverityError, RuleInvalidValue, "ccpa.sold_categories["+strconv.Itoa(i)+"]", "%s is not a CCPA category", k)
		}
	}
}

// tracks reports whether p may collect information about a user's online
// activities over time and across third-party websites or online
// services (Cal. Bus. & Prof. Code 22575(b)(5)): a third party sets a
// cookie or similar technology on its service, it declares data used to
// track people across apps and websites owned by others
// (Category.Tracking), or it shares personal information for
// cross-context behavioral advertising. A first-party cookie that only
// measures or remembers use of the service itself does not.
func tracks(p *Policy) bool {
	if p.CCPA.Shared == AnswerYes {
		return true
	}
	for i := range p.Cookies {
		if p.Cookies[i].ThirdParty() {
			return true
		}
	}
	for _, cat := range p.Categories {
		if cat != nil && cat.Tracking && cat.Personal() {
			return true
		}
	}
	return false
}

// ccpaMetrics checks that the request metrics hold numbers a policy can be
// published with: a year from 1 to 9999, and counts and days from 0 to
// the largest number the JSON form holds.
func (v *validator) ccpaMetrics(m *CCPAMetrics) {
	if m == nil {
		return
	}
	if m.Year < 0 || m.Year > 9999 {
		v.add(SeverityError, RuleOutOfRange, "ccpa.metrics.year", "year %d is not from 1 to 9999", m.Year)
	}
	for _, k := range m.Kinds() {
		for _, f := range [...]struct {
			field string
			n     int
		}{{"received", k.Counts.Received}, {"complied", k.Counts.Complied}, {"denied", k.Counts.Denied}, {"days", k.Counts.Days}} {
			if f.n < 0 || f.n > math.MaxInt32 {
				v.add(SeverityError, RuleOutOfRange, "ccpa.metrics."+k.Key+"."+f.field, "%d is not from 0 to %d", f.n, math.MaxInt32)
			}
		}
	}
}

// ccpaMetricsDue checks Cal. Code Regs. tit. 11, 7102(a): a business that
// handles the personal information of 10,000,000 or more consumers in a
// calendar year discloses, by 1 July of every year, its request metrics
// for the previous calendar year, in the policy or at a page it links to.
// The metrics are judged against the day the policy takes effect: from
// 1 July those of the previous year are due, before it those of the year
// before.
func ccpaMetricsDue(c *lawCheck) {
	n := c.p.CCPA
	if n.MetricsURL != "" {
		c.v.url("ccpa.metrics_url", n.MetricsURL)
	}
	m := n.Metrics
	if n.LargeVolume && m == nil && n.MetricsURL == "" {
		c.add(SeverityError, "ccpa.metrics", "the business handles the personal information of 10,000,000 or more consumers a year but neither states its request metrics (metrics) nor links to them (metrics_url)")
		return
	}
	on := c.p.Effective
	if m == nil || on.IsZero() {
		return
	}
	due := on.Year - 1
	if on.Month < 7 {
		due--
	}
	switch {
	case m.Year == 0:
		c.add(SeverityError, "ccpa.metrics.year", "the metrics do not state the calendar year they count (year)")
	case m.Year >= on.Year:
		c.add(SeverityError, "ccpa.metrics.year", "the metrics are for %d, a calendar year not over on %s, the day the policy takes effect", m.Year, on)
	case m.Year < due && n.LargeVolume:
		c.add(SeverityError, "ccpa.metrics.year", "the metrics are for %d; a policy in effect on %s discloses those for %d", m.Year, on, due)
	}
}

// under16 checks Cal. Civ. Code 1798.120(c) and Cal. Code Regs. tit. 11,
// 7070-7072: a business that sells or shares personal information and
// admits consumers under 16 (Children.MinimumAge below 16, or not stated)
// says whether it sells or shares that of consumers it knows to be under
// 16, and, where it does, describes how they (13 to 15) or their parents
// or guardians (under 13) opt in.
func under16(c *lawCheck) {
	n := c.p.CCPA
	if n.Under16 == AnswerYes {
		if n.OptInProcess == "" {
			c.add(SeverityError, "ccpa.opt_in_process", "the business sells or shares the personal information of consumers under 16 but does not describe how they, or their parents or guardians for children under 13, opt in")
		}
		return
	}
	if n.Under16 != 0 || n.Sold != AnswerYes && n.Shared != AnswerYes {
		return
	}
	if c.p.Children.MinimumAge < 16 {
		c.add(SeverityError, "ccpa.under_16", "the business sells or shares personal information and does not exclude consumers under 16 (children.minimum_age), but does not say whether it sells or shares the personal information of consumers it knows to be under 16 (under_16)")
	}
}
