// How requests to exercise a right are handled, and the bodies other than
// the courts a complaint can go to: clauses of the rights section.

package render

import (
	"slices"
	"strconv"
	"strings"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// requests adds to the rights section how requests are verified, made by
// agents and answered, and the other routes to make one. Where the policy
// states no deadline of its own, it states the deadline of each declared
// law that sets one.
func (c *composer) requests(sb *sectionBuilder) {
	p, pr := c.p, c.pr
	rq := p.Requests
	var t text
	var ways []string
	verification := rq.Verification
	if c.russian() && slices.Contains(verification, policy.VerificationDocument) {
		// In Russian the identity document is named with a participle
		// («документа, удостоверяющего личность»), which before a
		// conjunction would need a closing comma: it is named last.
		verification = slices.Concat(slices.DeleteFunc(slices.Clone(verification), func(v policy.Verification) bool { return v == policy.VerificationDocument }),
			[]policy.Verification{policy.VerificationDocument})
	}
	for _, v := range verification {
		if v.Valid() {
			ways = append(ways, pr.Sprintf(v.Name()))
		}
	}
	if len(ways) > 0 {
		c.from("requests.verification")
		t.sentence(pr.Sprintf("When you make a request, we verify your identity %s.", c.listOr(ways)))
	}
	t.sentence(c.sentenceOf(at("requests.verification_detail", ""), rq.VerificationDetail))
	switch rq.Agents {
	case policy.AnswerYes:
		c.from("requests.agents")
		t.sentence(pr.Sprintf("You may authorise an agent to make a request on your behalf, with your signed permission."))
	case policy.AnswerNo:
		c.from("requests.agents")
		t.sentence(pr.Sprintf("We do not accept requests made by an agent on your behalf."))
	}
	c.requestContents(&t, rq)
	if rq.Deadline.Valid() {
		c.from("requests.deadline")
		t.sentence(pr.Sprintf("We answer a request within %s of receiving it.", c.deadline(rq.Deadline, rq.WorkingDays)))
	} else if p.CollectsPersonalData() {
		for _, g := range c.deadlineGroups() {
			d := g.deadline
			var names, cites []string
			for _, law := range g.laws {
				c.law(law, "")
				names = append(names, c.lawTitle(law))
				// A law whose provision is in another act than the first
				// law's is cited by its own (the CCPA and the US state laws
				// give the same time in different codes); laws of one
				// numbering, the GDPR and the UK GDPR, share the first's.
				article := d.Article
				if own, _ := law.ResponseDeadline(); actOf(own.Article) != actOf(article) {
					article = own.Article
				}
				if cite := c.citations(law, article); !slices.Contains(cites, cite) {
					cites = append(cites, cite)
				}
			}
			name, cite := c.list(names), strings.Join(cites, "; ")
			switch {
			case d.Extension.Valid():
				t.sentence(pr.Sprintf("Under %[1]s (%[2]s), we answer within %[3]s of receiving a request, and may extend this by %[4]s where necessary, telling you why.",
					name, cite, c.deadline(d.Period, d.WorkingDays), c.deadline(d.Extension, d.WorkingDays)))
			case d.Deferrable:
				t.sentence(pr.Sprintf("Under %[1]s (%[2]s), we answer within %[3]s of receiving a request; if we cannot, we tell you within that time when we will.",
					name, cite, c.deadline(d.Period, d.WorkingDays)))
			default:
				t.sentence(pr.Sprintf("Under %[1]s (%[2]s), we answer within %[3]s of receiving a request.", name, cite, c.deadline(d.Period, d.WorkingDays)))
			}
		}
	}
	switch {
	case !rq.Extension.Valid():
	case rq.WorkingDays && len(p.Laws) == 1 && p.Laws[0] == policy.FZ152:
		// 152-FZ Art. 20(1)-(2), 21(1): any answer may be extended, by a
		// reasoned notice, not only a complex one as under the GDPR.
		c.from("requests.extension")
		c.lawSource(policy.FZ152, textWording)
		t.sentence(pr.Sprintf("This time may be extended by up to %s if we send you a reasoned notice stating the reasons.", c.deadline(rq.Extension, rq.WorkingDays)))
	default:
		c.from("requests.extension")
		t.sentence(pr.Sprintf("Where a request is complex or we receive many requests, we may take up to %s longer, and we tell you why.", c.deadline(rq.Extension, rq.WorkingDays)))
	}
	if u := p.Links.RequestForm; u != "" {
		c.from("links.request_form")
		t.sentence(pr.Sprintf("You can also make a request with our form at")).plain(" ").link(u).plain(".")
	}
	switch how := rq.WithoutAccount; {
	case how == "":
	case p.CustomerData.IsZero():
		// Data received from customers is stated only where the policy
		// declares the data it processes for customers.
		t.sentence(pr.Sprintf("If you have no account with us, you can make a request %s.", c.fragment(at("requests.without_account", ""), how)))
	default:
		t.sentence(pr.Sprintf("If you have no account with us, or we received your data from one of our customers, you can make a request %s.", c.fragment(at("requests.without_account", ""), how)))
	}
	if len(t.t) > 0 {
		sb.clause("requests", t.t)
	}
}

// requestContents states what a request must contain, whether it may be
// signed electronically, and when it may be repeated (152-FZ
// Art. 14(3)-(5)).
func (c *composer) requestContents(t *text, rq policy.Requests) {
	pr := c.pr
	var parts []string
	electronic := false
	for _, d := range rq.Contents {
		var s string
		switch d {
		case policy.RequestDetailIdentityDocument:
			s = pr.Sprintf("the details of your identity document or that of your representative (its number, date of issue and issuing authority)")
		case policy.RequestDetailRelationship:
			s = pr.Sprintf("details confirming your relationship with us (such as the number and date of the contract)")
		case policy.RequestDetailSignature:
			s = pr.Sprintf("your signature or that of your representative")
		case policy.RequestDetailElectronicSignature:
			electronic = true
		}
		if s != "" && !contains(parts, s) {
			parts = append(parts, s)
		}
	}
	if len(parts) > 0 || electronic {
		c.from("requests.contents")
	}
	if len(parts) > 0 {
		t.sentence(pr.Sprintf("A request must contain %s.", c.list(parts)))
	}
	if electronic {
		t.sentence(pr.Sprintf("A request may be sent as an electronic document signed with an electronic signature."))
	}
	if rq.RepeatAfter.Valid() {
		c.from("requests.repeat_after")
		t.sentence(pr.Sprintf("You may ask again for the same information no earlier than %s after your first request, unless you give reasons for asking sooner, such as not having received the information in full.", c.period(rq.RepeatAfter)))
	}
}

// deadline states a deadline, in working days where the deadline counts
// them; a deadline that states hours, which working days cannot count, is
// stated as any period.
func (c *composer) deadline(p policy.Period, working bool) string {
	if working && p.Years == 0 && p.Months == 0 && p.Hours == 0 {
		return c.pr.Sprintf("%d working days", p.Days)
	}
	return c.period(p)
}

// A deadlineGroup is the laws of a policy that give the same time to
// answer a request, stated in one sentence.
type deadlineGroup struct {
	laws     []policy.Law
	deadline policy.ResponseDeadline // the first law's
}

// deadlineGroups returns the response deadlines of the policy's laws, the
// laws that give the same time (the GDPR and the UK GDPR) together, in
// the order of the policy's laws.
func (c *composer) deadlineGroups() []deadlineGroup {
	var groups []deadlineGroup
	for _, law := range c.p.Laws {
		d, ok := law.ResponseDeadline()
		if !ok {
			continue
		}
		i := slices.IndexFunc(groups, func(g deadlineGroup) bool {
			e := g.deadline
			return e.Period == d.Period && e.Extension == d.Extension && e.WorkingDays == d.WorkingDays && e.Deferrable == d.Deferrable
		})
		if i < 0 {
			groups = append(groups, deadlineGroup{deadline: d})
			i = len(groups) - 1
		}
		groups[i].laws = append(groups[i].laws, law)
	}
	return groups
}

// citations cites each provision of a list such as "Art. 14(3), 20(1)"
// the way the document's language cites law: in English as it is, in
// Russian each provision on its own ("ч. 3 ст. 14, ч. 1 ст. 20"), and a
// provision of the California Civil Code or of the Swiss Data Protection
// Ordinance with its act named in Russian.
func (c *composer) citations(law policy.Law, list string) string {
	if !c.russian() {
		return list
	}
	for _, act := range russianActs {
		if rest, ok := strings.CutPrefix(list, act.prefix); ok {
			return act.before + c.citations(law, rest) + act.after
		}
	}
	parts := strings.Split(list, ", ")
	art := strings.HasPrefix(parts[0], "Art. ")
	for i, s := range parts {
		if i > 0 && art && !strings.HasPrefix(s, "Art. ") {
			s = "Art. " + s
		}
		parts[i] = c.citation(law, s)
	}
	return strings.Join(parts, ", ")
}

// actOf returns the name of the act a provision is cited from, the text
// before its first digit, such as "Cal. Civ. Code " or "Art. " (the law
// itself).
func actOf(article string) string {
	if i := strings.IndexAny(article, "0123456789"); i >= 0 {
		return article[:i]
	}
	return article
}

// russianActs are the acts a law's provisions are cited from, other than
// the law itself, with how Russian names them around the provision.
var russianActs = []struct{ prefix, before, after string }{
	{"Cal. Civ. Code ", "разд. ", " Гражданского кодекса Калифорнии"},
	{"DPO ", "", " Ордонанса о защите данных Швейцарии"},
	{"Va. Code § ", "§ ", " Кодекса Вирджинии"},
	{"Cal. Code Regs. tit. 11, § ", "§ ", " раздела 11 Свода нормативных актов Калифорнии"},
}

// redress adds to the rights section the bodies other than the courts that
// a complaint can go to.
func (c *composer) redress(sb *sectionBuilder) {
	pr := c.pr
	var items []*Clause
	for i, r := range c.p.Redress {
		if !r.Kind.Valid() || r.Kind == policy.RedressSupervisoryAuthority {
			continue
		}
		path := c.elem("redress", "", i)
		c.fromAt(at(path, ".kind"))
		var t text
		t.plain(capitalise(pr.Sprintf(r.Kind.Name()))).plain(": ")
		c.redressContact(&t, path, r)
		c.redressRegion(&t, r)
		items = append(items, c.item(anchor(kindRedress, strconv.Itoa(i+1)), t.plain(".").t))
	}
	if len(items) > 0 {
		c.library()
		sb.clause("redress", plain(pr.Sprintf("You may also take a complaint to:")), items...)
	}
}

// redressContact names the body r, declared at path, and how to reach it.
func (c *composer) redressContact(t *text, path string, r policy.Redress) {
	k := r.Contact
	if k.Name != "" {
		t.term(c.fragment(at(path, ".contact.name"), k.Name))
	}
	if k.Email != "" || k.Phone != "" || k.Address != "" || k.Website != "" {
		if k.Name != "" {
			t.plain(", ")
		}
		c.reach(t, path+".contact", k)
	}
}

// redressRegion states the region of r. A regulator or supervisory
// authority has jurisdiction over the service, not over users where they
// live, so its region is where it is competent for the service, which
// may be one state or province of the country, as the authority of a
// German Land is; the region of another body is the users it serves.
func (c *composer) redressRegion(t *text, r policy.Redress) {
	pr := c.pr
	switch {
	case r.Region == (language.Region{}):
	case r.Kind == policy.RedressRegulator || r.Kind == policy.RedressSupervisoryAuthority:
		t.plain(pr.Sprintf(" (competent for us in %s)", c.place(r.Region)))
	default:
		t.plain(pr.Sprintf(" (for users in %s)", c.place(r.Region)))
	}
}

// declaredAuthorities returns an item for each supervisory authority the
// policy names among its redress bodies, to be listed with the
// authorities its laws name.
func (c *composer) declaredAuthorities() []*Clause {
	var items []*Clause
	for i, r := range c.p.Redress {
		if r.Kind != policy.RedressSupervisoryAuthority {
			continue
		}
		path := c.elem("redress", "", i)
		c.fromAt(at(path, ".kind"))
		var t text
		c.redressContact(&t, path, r)
		if len(t.t) == 0 {
			t.plain(capitalise(c.pr.Sprintf(r.Kind.Name())))
		} else {
			// The name starts the item: "The President of the Personal
			// Data Protection Office".
			t.t[0].Text = capitaliseName(t.t[0].Text)
		}
		c.redressRegion(&t, r)
		items = append(items, c.item(anchor(kindRedress, strconv.Itoa(i+1)), t.plain(".").t))
	}
	return items
}

// declaresAuthority reports whether rs names, as a supervisory authority,
// the body whose web site is url: the same address, whatever its case, its
// scheme (http or https) or a final slash. An empty url matches none, as
// a law with one authority per state names no address.
func declaresAuthority(rs []policy.Redress, url string) bool {
	key := siteKey(url)
	if key == "" {
		return false
	}
	return slices.ContainsFunc(rs, func(r policy.Redress) bool {
		return r.Kind == policy.RedressSupervisoryAuthority && siteKey(r.Contact.Website) == key
	})
}

// siteKey is the form of a web address that declaresAuthority compares.
func siteKey(url string) string {
	u := strings.ToLower(strings.TrimSuffix(url, "/"))
	u = strings.TrimPrefix(u, "https://")
	u = strings.TrimPrefix(u, "http://")
	return strings.TrimPrefix(u, "www.")
}
