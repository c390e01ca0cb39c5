// The notice to California residents the CCPA requires.

package render

import (
	"slices"
	"strconv"
	"strings"

	"github.com/gopolicy/policy"
)

// california composes the notice the CCPA requires: the categories of
// personal information collected in the preceding 12 months with their
// sources, purposes and recipients, whether any was sold or shared, the
// "Do Not Sell or Share" statement, and how to submit requests.
func (c *composer) california() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("california", pr.Sprintf("Notice to California Residents"))
	if !p.Subject(policy.CCPA) || !p.CollectsPersonalData() {
		return sb
	}
	tb := &Table{
		ID:     "california-table",
		Title:  pr.Sprintf("Personal information collected in the preceding 12 months"),
		Header: []string{pr.Sprintf("Category"), pr.Sprintf("Our data"), pr.Sprintf("Sources"), pr.Sprintf("Purposes"), pr.Sprintf("Disclosed to"), pr.Sprintf("Sold or shared")},
	}
	listed := c.soldCategories()
	// The categories of each row, by position in declaration order, and
	// the rows whose categories each purpose uses, gathered in one pass
	// over the categories and one over the purposes rather than one for
	// each row.
	var rows [policy.CCPASensitivePersonalInfo + 1][]int
	for i, cat := range p.Categories {
		if set := rowsOf(cat); set != 0 {
			for k := range rows {
				if set&(1<<k) != 0 {
					rows[k] = append(rows[k], i)
				}
			}
		}
	}
	purposeRows := make([]uint32, len(p.Purposes))
	for j, pu := range p.Purposes {
		// A purpose limited to other regions' data subjects, such as
		// one for users in the EU alone, is no Californian's.
		if pu == nil || !pu.AppliesUnder(policy.CCPA) {
			continue
		}
		for _, cat := range pu.Categories {
			if c.category(cat) != nil {
				purposeRows[j] |= rowsOf(cat)
			}
		}
	}
	for k := policy.CCPAIdentifiers; k <= policy.CCPASensitivePersonalInfo; k++ {
		// A purpose is listed once if it uses any of the row's
		// categories, a source or recipient once however many
		// categories share it.
		if len(rows[k]) == 0 {
			continue
		}
		cats := make([]*policy.Category, len(rows[k]))
		states := make([]*categoryState, len(rows[k]))
		for n, i := range rows[k] {
			cats[n], states[n] = p.Categories[i], c.categoryAt(i)
		}
		var sources []string
		var sourceSet uint64 // by Source
		var purposes text
		var recipients []string
		seen := make(map[string]bool)
		first := true
		c.lawSource(policy.CCPA, textCCPA)
		for _, st := range states {
			c.fromAt(at(st.path, ".ccpa"))
		}
		for j, pu := range p.Purposes {
			if purposeRows[j]&(1<<k) != 0 {
				c.from(c.purposeFields(pu).categories)
				if !first {
					purposes.plain(", ")
				}
				first = false
				purposes.refTo(pu.ID, kindPurpose, pu.ID)
			}
		}
		for n, cat := range cats {
			if len(cat.Sources) > 0 {
				c.fromAt(at(states[n].path, ".sources"))
			}
			for _, s := range cat.Sources {
				if s.Valid() {
					sourceSet |= 1 << s
				}
			}
			for _, r := range states[n].receivers {
				if r.Conditional {
					// Not a disclosure that happened.
					continue
				}
				if name := c.fragment(at(c.path(r, "recipients", r.ID), ".name"), r.Name); !seen["r:"+name] {
					seen["r:"+name] = true
					recipients = append(recipients, name)
				}
			}
		}
		// Sources in the order of their kind, as in every row, whatever
		// order the categories list them in.
		for s := policy.Source(1); s.Valid(); s++ {
			if sourceSet&(1<<s) != 0 {
				sources = append(sources, pr.Sprintf(s.Name()))
			}
		}
		if len(recipients) == 0 {
			recipients = []string{pr.Sprintf("none")}
		}
		tb.Rows = append(tb.Rows, []Text{
			{{Kind: Term, Text: "(" + k.Letter() + ") " + capitalise(pr.Sprintf(k.Name()))}},
			plain(c.namesOf(loc{}, cats, states)),
			plain(strings.Join(sources, "; ")),
			purposes.t,
			plain(strings.Join(recipients, "; ")),
			plain(c.soldOrShared(listed&(1<<k) != 0)),
		})
		c.from("ccpa.sold")
		c.from("ccpa.shared")
		tb.Sources = append(tb.Sources, c.take())
	}
	sb.s.Table = tb
	c.lawSource(policy.CCPA, textCCPA)
	sb.clause("categories", plain(pr.Sprintf("The table in this section lists, for the preceding 12 months, the categories of personal information we collected, their sources, the purposes we used them for, and the categories of recipients we disclosed them to.")))
	c.sectoral(func(names string, law policy.SectoralLaw) {
		c.law(policy.CCPA, policy.RuleCCPA_140_v)
		sb.clause("exempt-"+law.String(), plain(pr.Sprintf("The CCPA, and the rights it gives you, do not apply to %s, which %s governs instead (California Civil Code section %s).", names, pr.Sprintf(law.Name()), law.Section())))
	})
	if p.CCPA.Sold == policy.AnswerYes || p.CCPA.Shared == policy.AnswerYes {
		c.from("ccpa.sold")
		c.from("ccpa.shared")
		c.lawSource(policy.CCPA, textCCPASale)
		if p.CCPA.OptOutURL != "" {
			c.from("ccpa.opt_out_url")
		}
		var t text
		t.plain(c.saleStatement()).plain(" ")
		t.plain(pr.Sprintf("You have the right to opt out: use the “Do Not Sell or Share My Personal Information” link at"))
		if p.CCPA.OptOutURL != "" {
			t.plain(" ").link(p.CCPA.OptOutURL)
		}
		t.plain(".")
		sb.clause("sale", t.t)
	} else if p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo {
		c.from("ccpa.sold")
		c.from("ccpa.shared")
		sb.clause("sale", plain(pr.Sprintf("We do not sell or share your personal information and have not done so in the preceding 12 months.")))
	}
	c.californiaMore(sb)
	c.californiaMinors(sb)
	c.shineTheLight(sb)
	switch methods := c.joinOr(at("ccpa.request_methods", ""), p.CCPA.RequestMethods); len(p.CCPA.RequestMethods) {
	case 0:
	case 1:
		sb.clause("requests", plain(pr.Sprintf("You can submit a request to know, delete or correct your personal information by this method: %s. We will not discriminate against you for exercising your rights.", methods)))
	default:
		sb.clause("requests", plain(pr.Sprintf("You can submit a request to know, delete or correct your personal information by any of these methods: %s. We will not discriminate against you for exercising your rights.", methods)))
	}
	c.californiaRequests(sb)
	c.californiaIncentives(sb)
	c.californiaMetrics(sb)
	return sb
}

// joinOr translates ss, declared at l, and joins them as alternatives
// ("a, b or c"), as join joins them with "and".
func (c *composer) joinOr(l loc, ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return c.listOr(c.translateAll(l, ss))
}

// kindIncentive is the anchor kind of a financial incentive.
const kindIncentive = "incentive"

// californiaIncentives gives the notice of each financial incentive
// (Cal. Code Regs. tit. 11, 7016(b)): its terms, the personal
// information it uses, how to opt in and withdraw, and the value of the
// data.
func (c *composer) californiaIncentives(sb *sectionBuilder) {
	p, pr := c.p, c.pr
	var items []*Clause
	for i, in := range p.Incentives {
		path := c.elem("incentives", in.ID, i)
		var t text
		t.plain(c.fragment(at(path, ".name"), in.Name)).plain(".")
		t.sentence(c.sentenceOf(at(path, ".summary"), in.Summary))
		if len(in.Categories) > 0 {
			t.sentence(pr.Sprintf("Personal information it uses: %s.", c.names(at(path, ".categories"), in.Categories)))
		}
		if in.OptIn != "" {
			t.sentence(pr.Sprintf("You can join %s.", c.fragment(at(path, ".opt_in"), in.OptIn)))
		}
		if in.Withdraw != "" {
			t.sentence(pr.Sprintf("You can leave at any time %s.", c.fragment(at(path, ".withdraw"), in.Withdraw)))
		}
		t.sentence(c.sentenceOf(at(path, ".value"), in.Value))
		items = append(items, c.item(anchor(kindIncentive, in.ID), t.t))
	}
	if len(items) > 0 {
		c.lawSource(policy.CCPA, textCCPAIncentives)
		sb.clause("incentives", plain(pr.Sprintf("We offer these financial incentives for personal information; joining is voluntary:")), items...)
	}
}

// rowsOf returns the rows of the CCPA table that list cat, as a set of
// bits by [policy.CCPACategory]: none unless cat is personal data.
func rowsOf(cat *policy.Category) uint32 {
	var set uint32
	if cat.Personal() && cat.GovernedBy == 0 {
		for _, k := range cat.CCPA {
			if k >= policy.CCPAIdentifiers && k <= policy.CCPASensitivePersonalInfo {
				set |= 1 << k
			}
		}
	}
	return set
}

// sectoral calls state, in the order of [policy.SectoralLaw], with each
// US federal law that governs personal data of the policy instead of the
// CCPA and the US state privacy laws, and the names of the categories it
// governs.
func (c *composer) sectoral(state func(names string, law policy.SectoralLaw)) {
	var byLaw [8][]int // by law, the categories' positions
	for i, cat := range c.p.Categories {
		if cat != nil && cat.Personal() && cat.GovernedBy.Valid() && int(cat.GovernedBy) < len(byLaw) {
			byLaw[cat.GovernedBy] = append(byLaw[cat.GovernedBy], i)
		}
	}
	for law, idx := range byLaw {
		if len(idx) == 0 {
			continue
		}
		cats := make([]*policy.Category, len(idx))
		states := make([]*categoryState, len(idx))
		for n, i := range idx {
			cats[n], states[n] = c.p.Categories[i], c.categoryAt(i)
			c.fromAt(at(states[n].path, ".governed_by"))
		}
		state(c.namesOf(loc{}, cats, states), policy.SectoralLaw(law))
	}
}

// soldCategories returns the statutory categories the notice lists as
// sold or shared, as a set of bits by [policy.CCPACategory].
func (c *composer) soldCategories() uint32 {
	var set uint32
	for _, k := range c.p.CCPA.SoldCategories {
		if k >= policy.CCPAIdentifiers && k <= policy.CCPASensitivePersonalInfo {
			set |= 1 << k
		}
	}
	return set
}

// soldOrShared states, for the row of the CCPA table of a category that
// the notice lists as sold or shared (listed) or does not, what the notice
// declares of it. A listed category has the notice's answers: "yes" or
// "no" where both agree, and each answer, "no answer" included, where
// they do not. Where the notice sells or shares personal information, a
// category it does not list was neither sold nor shared, since the list
// holds every category that was; without a list, nothing is declared of
// the category. Where nothing was sold or shared, every row has the
// notice's answers. A question left unanswered is never read as "no".
func (c *composer) soldOrShared(listed bool) string {
	pr := c.pr
	n := c.p.CCPA
	answer := func(a policy.Answer) string {
		switch a {
		case policy.AnswerYes:
			return pr.Sprintf("yes")
		case policy.AnswerNo:
			return pr.Sprintf("no")
		}
		return pr.Sprintf("no answer")
	}
	if !listed && (n.Sold == policy.AnswerYes || n.Shared == policy.AnswerYes) {
		if len(n.SoldCategories) == 0 {
			return pr.Sprintf("not stated for this category")
		}
		return pr.Sprintf("no")
	}
	switch {
	case n.Sold == n.Shared && n.Sold.Valid():
		return answer(n.Sold)
	case n.Sold == policy.AnswerYes && n.Shared == policy.AnswerNo:
		return pr.Sprintf("sold, not shared")
	case n.Sold == policy.AnswerNo && n.Shared == policy.AnswerYes:
		return pr.Sprintf("shared, not sold")
	}
	return pr.Sprintf("sold: %s; shared: %s", answer(n.Sold), answer(n.Shared))
}

// saleStatement states what the notice declares it did with personal
// information in the preceding 12 months where it sold or shared some:
// sold, shared for cross-context behavioral advertising, or both, and
// that it did not do the other where the notice says so.
func (c *composer) saleStatement() string {
	pr := c.pr
	n := c.p.CCPA
	switch {
	case n.Sold == policy.AnswerYes && n.Shared == policy.AnswerYes:
		return pr.Sprintf("We sell personal information and share it for cross-context behavioral advertising.")
	case n.Sold == policy.AnswerYes && n.Shared == policy.AnswerNo:
		return pr.Sprintf("We sell personal information; we do not share it for cross-context behavioral advertising.")
	case n.Sold == policy.AnswerYes:
		return pr.Sprintf("We sell personal information.")
	case n.Sold == policy.AnswerNo:
		return pr.Sprintf("We share personal information for cross-context behavioral advertising; we do not sell it.")
	}
	return pr.Sprintf("We share personal information for cross-context behavioral advertising.")
}

// californiaMore adds the categories sold or shared and the use of
// sensitive personal information to the notice.
func (c *composer) californiaMore(sb *sectionBuilder) {
	p, pr := c.p, c.pr
	// By letter, as the statute lists them, each once.
	var sold []string
	for k, set := policy.CCPAIdentifiers, c.soldCategories(); k <= policy.CCPASensitivePersonalInfo; k++ {
		if set&(1<<k) != 0 {
			sold = append(sold, "("+k.Letter()+") "+pr.Sprintf(k.Name()))
		}
	}
	if len(sold) > 0 {
		c.from("ccpa.sold_categories")
		sb.clause("sold-categories", plain(pr.Sprintf("In the preceding 12 months, we sold or shared these categories of personal information: %s.", c.list(sold))))
	}
	switch p.CCPA.SensitiveUse {
	case policy.AnswerYes:
		c.from("ccpa.sensitive_use")
		var t text
		t.plain(pr.Sprintf("We use or disclose sensitive personal information for purposes beyond those California law allows without a right to limit. You have the right to limit that use: use the “Limit the Use of My Sensitive Personal Information” link at"))
		if u := p.CCPA.LimitURL; u != "" {
			t.plain(" ").link(u)
		}
		sb.clause("sensitive", t.plain(".").t)
	case policy.AnswerNo:
		// Said only of sensitive personal information the policy
		// declares: otherwise the notice would speak of data it does not
		// say it collects.
		if declaresSensitive(p) {
			c.from("ccpa.sensitive_use")
			sb.clause("sensitive", plain(pr.Sprintf("We use and disclose sensitive personal information only for the purposes California law allows without a right to limit, such as providing the services you ask for and keeping them secure.")))
		}
	}
}

// declaresSensitive reports whether p declares sensitive personal
// information (Cal. Civ. Code 1798.140(ae)): a category of sensitivity
// special or sensitive, or personal data mapped to category (L), as the
// validator's rule ccpa.135.a.2 reads it; data a US federal law governs
// instead (GovernedBy) is exempt and does not count.
func declaresSensitive(p *policy.Policy) bool {
	for _, cat := range p.Categories {
		if cat == nil || cat.GovernedBy != 0 {
			continue
		}
		if cat.Sensitivity == policy.SensitivitySpecial || cat.Sensitivity == policy.SensitivitySensitive || rowsOf(cat)&(1<<policy.CCPASensitivePersonalInfo) != 0 {
			return true
		}
	}
	return false
}

// samePhone reports whether text holds the phone number n, however either
// groups its digits ("1-800-555-0100", "+1 800 555 0100"): the digits of
// n, without a leading country code 1, appear in a row in text's.
func samePhone(text, n string) bool {
	digits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s)
	}
	d := strings.TrimPrefix(digits(n), "1")
	return len(d) >= 7 && strings.Contains(digits(text), d)
}

// californiaRequests adds the toll-free number and, for a business that
// operates exclusively online, the email route for requests, unless one
// of the request methods the notice names already gives the address. A
// policy with no email address gets no email route: the document does not
// promise one it cannot name, and Validate reports the missing address.
func (c *composer) californiaRequests(sb *sectionBuilder) {
	p, pr := c.p, c.pr
	var t text
	if n := p.CCPA.TollFreeNumber; n != "" && !slices.ContainsFunc(p.CCPA.RequestMethods, func(m string) bool { return samePhone(m, n) }) {
		c.from("ccpa.toll_free_number")
		t.sentence(pr.Sprintf("Our toll-free number for requests is %s.", n))
	}
	if p.CCPA.OnlineOnly {
		c.from("ccpa.online_only")
		email := p.Contact.Email
		if email == "" {
			email = p.Controller.Email
		}
		switch {
		case email != "" && slices.ContainsFunc(p.CCPA.RequestMethods, func(m string) bool { return strings.Contains(m, email) }):
			// A request method names the address already.
		case email != "":
			t.sentence(pr.Sprintf("As we operate exclusively online, you can submit a request to know, delete or correct your personal information by email to")).plain(" ").email(email).plain(".")
		}
	}
	if len(t.t) > 0 {
		sb.clause("routes", t.t)
	}
}

// californiaMinors states whether the business sells or shares the
// personal information of consumers it knows to be under 16, and how they
// or their parents opt in (Cal. Civ. Code 1798.120(c); Cal. Code Regs.
// tit. 11, 7072(a)).
func (c *composer) californiaMinors(sb *sectionBuilder) {
	p, pr := c.p, c.pr
	switch p.CCPA.Under16 {
	case policy.AnswerYes:
		c.from("ccpa.under_16")
		var t text
		t.plain(pr.Sprintf("We sell or share the personal information of consumers we know to be under 16 only with their affirmative authorisation (opt-in), which for a child under 13 a parent or guardian gives."))
		t.sentence(c.sentenceOf(at("ccpa.opt_in_process", ""), p.CCPA.OptInProcess))
		sb.clause("minors", t.t)
	case policy.AnswerNo:
		c.from("ccpa.under_16")
		sb.clause("minors", plain(pr.Sprintf("We do not sell or share the personal information of consumers we know to be under 16.")))
	}
}

// shineTheLight states the right of California residents to ask which
// personal information the business disclosed to third parties for their
// direct marketing (Cal. Civ. Code 1798.83).
func (c *composer) shineTheLight(sb *sectionBuilder) {
	if !c.p.CCPA.ShineTheLight {
		return
	}
	c.from("ccpa.shine_the_light")
	var t text
	t.plain(c.pr.Sprintf("If you are a California resident and have an established business relationship with us, you may ask us once a year, free of charge, which categories of personal information we disclosed to third parties for their direct marketing in the preceding calendar year, and for the names and addresses of those third parties (California Civil Code section 1798.83). To ask, contact us as described in section")).plain(" ").ref("contact", "contact").plain(".")
	sb.clause("shine-the-light", t.t)
}

// kindCCPARequests is the anchor kind of a line of the request metrics.
const kindCCPARequests = "ccpa-requests"

// californiaMetrics states the request metrics of Cal. Code Regs. tit.
// 11, 7102(a), or where they are published.
func (c *composer) californiaMetrics(sb *sectionBuilder) {
	p, pr := c.p, c.pr
	if m := p.CCPA.Metrics; m != nil {
		var items []*Clause
		for _, k := range m.Kinds() {
			n := k.Counts
			c.from("ccpa.metrics." + k.Key)
			var t text
			t.plain(pr.Sprintf("%[1]s: %[2]d received, %[3]d complied with in whole or in part, %[4]d denied.", pr.Sprintf(k.Name), n.Received, n.Complied, n.Denied))
			if n.Received > 0 {
				if m.Mean {
					t.sentence(pr.Sprintf("Mean number of days to respond: %d.", n.Days))
				} else {
					t.sentence(pr.Sprintf("Median number of days to respond: %d.", n.Days))
				}
			}
			items = append(items, c.item(anchor(kindCCPARequests, k.Key), t.t))
		}
		c.from("ccpa.metrics.year")
		c.lawSource(policy.CCPA, textCCPA)
		year := pr.Sprintf("the year not stated")
		if m.Year > 0 {
			year = strconv.Itoa(m.Year)
		}
		sb.clause("metrics", plain(pr.Sprintf("Requests from consumers under California law in %s:", year)), items...)
	}
	if u := p.CCPA.MetricsURL; u != "" {
		c.from("ccpa.metrics_url")
		var t text
		t.plain(pr.Sprintf("Our metrics on the requests from consumers under California law in the previous calendar year are published at")).plain(" ").link(u).plain(".")
		sb.clause("metrics-link", t.t)
	}
}
