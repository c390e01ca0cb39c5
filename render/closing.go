// The closing sections: data protection, children, changes and contact.

package render

import (
	"slices"
	"strconv"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func (c *composer) security() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("security", pr.Sprintf("Data Protection"))
	var items []*Clause
	for i, m := range p.Security {
		path := c.elem("security", "", i)
		c.from(path)
		var t text
		if m.Name != "" {
			t.term(capitaliseName(c.fragment(at(path, ".name"), m.Name))).plain(".")
		} else if m.Kind.Valid() {
			t.term(capitalise(c.word(m.Kind.Name()))).plain(".")
		}
		t.sentence(c.sentenceOf(at(path, ".description"), m.Description))
		if n := m.Breach.Authority; !n.IsZero() && n.Valid() {
			c.fromAt(at(path, ".breach.authority"))
			t.sentence(pr.Sprintf("We notify the supervisory authority of a personal data breach within %s of discovering it.", c.breachPeriod(n)))
		}
		if n := m.Breach.Results; !n.IsZero() && n.Valid() {
			c.fromAt(at(path, ".breach.results"))
			t.sentence(pr.Sprintf("We report the results of the investigation of the breach to the authority within %s of discovering it.", c.breachPeriod(n)))
		}
		items = append(items, c.item(anchor(kindMeasure, strconv.Itoa(i+1)), t.t))
	}
	if len(items) > 0 {
		c.library()
		sb.clause("list", plain(pr.Sprintf("We protect the data we hold from unauthorised access, disclosure and loss with the following measures:")), items...)
	}
	if p.SecurityCaveat {
		c.from("security_caveat")
		sb.clause("caveat", plain(pr.Sprintf("No way of transmitting or storing data is completely secure, so we cannot guarantee that your data will never be accessed without authorisation.")))
	}
	c.safetyTips(sb)
	if u := p.Links.Security; u != "" {
		c.from("links.security")
		var t text
		t.plain(pr.Sprintf("More about how we protect data is published at")).plain(" ").link(u).plain(".")
		sb.clause("overview", t.t)
	}
	return sb
}

// breachPeriod states n, a time within which a breach is reported. A
// period of at most three days and any hours is stated in hours, as GDPR
// Art. 33(1) (72 hours) and 152-FZ Art. 21(3.1) (24 and 72 hours) state
// it, so that the document's deadline reads as the law's: Days(3),
// Hours(72) and 2 days and 24 hours all read "72 hours". A longer period
// is stated as any other.
func (c *composer) breachPeriod(n policy.Period) string {
	if n.Years == 0 && n.Months == 0 && n.Days <= 3 {
		return c.pr.Sprintf("%d hours", 24*n.Days+n.Hours)
	}
	return c.period(n)
}

func (c *composer) children() *sectionBuilder {
	p, pr := c.p, c.pr
	title := pr.Sprintf("Children")
	if adultsOnly(p.Children) {
		title = pr.Sprintf("Age Restrictions")
	}
	sb := c.section("children", title) // the ID, and so the anchors, whatever the title
	if byRegion := c.agesByRegion(); p.Children.MinimumAge > 0 || byRegion != "" {
		var t text
		if p.Children.MinimumAge > 0 {
			c.from("children.minimum_age")
			switch {
			case p.Children.ParentalConsent:
				t.plain(pr.Sprintf("Persons under %d years of age may use our services only with the consent or authorisation of a parent or guardian.", p.Children.MinimumAge))
				if p.Children.SchoolConsent {
					c.from("children.school_consent")
					t.sentence(pr.Sprintf("Where a school provides our services to its students, the school may give that authorisation in the parents' place, for use for the school's educational purposes only."))
				}
			case p.Children.SchoolConsent:
				c.from("children.school_consent")
				t.plain(pr.Sprintf("Persons under %d years of age may use our services only where their school provides them and authorises their use in their parents' place, for the school's educational purposes only.", p.Children.MinimumAge))
			case p.Children.Scope != "":
				// What the age applies to, such as a health plan's
				// websites, where its services reach children too.
				scope := capitalise(c.fragment(at("children.scope", ""), p.Children.Scope))
				t.plain(pr.Sprintf("%[2]s are not intended for persons under %[1]d years of age.", p.Children.MinimumAge, scope))
			default:
				t.plain(pr.Sprintf("Our services are not intended for persons under %d years of age.", p.Children.MinimumAge))
			}
			if byRegion != "" {
				t.sentence(pr.Sprintf("The minimum age differs in some places: %s.", byRegion))
			}
		} else {
			t.plain(pr.Sprintf("The minimum age is %s.", byRegion))
		}
		c.consentAge(&t)
		c.ageChecks(&t)
		t.sentence(c.sentenceOf(at("children.note", ""), p.Children.Note))
		sb.clause("age", t.t)
	} else if p.Children.ParentalConsent || p.Children.ConsentAge > 0 || len(p.Children.Restrictions) > 0 || len(p.Children.AgeChecks) > 0 {
		var t text
		if p.Children.ParentalConsent {
			// No minimum age: children of any age use the service
			// through a parent or guardian.
			c.from("children.parental_consent")
			t.plain(pr.Sprintf("Children may use our services only with the consent or authorisation of a parent or guardian."))
		}
		c.consentAge(&t)
		c.ageChecks(&t)
		t.sentence(c.sentenceOf(at("children.note", ""), p.Children.Note))
		sb.clause("consent", t.t)
	} else if p.Children.Note != "" {
		sb.clause("note", plain(c.sentenceOf(at("children.note", ""), p.Children.Note)))
	}
	if p.Children.BestInterest {
		c.from("children.best_interest")
		if c.declares(policy.LGPD) {
			c.law(policy.LGPD, policy.RuleLGPD_14)
		}
		sb.clause("interest", plain(pr.Sprintf("We process the personal data of children and adolescents in their best interest.")))
	}
	if how := p.Children.ParentRequests; how != "" {
		c.from("children.parent_requests")
		var t text
		if len(p.Laws) == 0 || c.declares(policy.CCPA) || c.declares(policy.USStates) {
			// The rights of the US Children's Online Privacy
			// Protection Rule (16 CFR 312.4(d)(3), 312.6).
			t.plain(pr.Sprintf("A parent or guardian may review the personal data we hold about their child, have it deleted and refuse its further collection or use."))
		} else {
			// Elsewhere a parent exercises the child's own rights.
			t.plain(pr.Sprintf("A parent or guardian may exercise their child's rights over the personal data we hold about the child."))
		}
		t.sentence(pr.Sprintf("How: %s.", c.fragment(at("children.parent_requests", ""), how)))
		sb.clause("parents", t.t)
	}
	return sb
}

// adultsOnly reports whether ch admits adults only and says nothing
// else of children: a minimum age of 18 or more, in every region that
// states its own, with no consent of parents or schools, age of consent
// or restrictions for minors, so that a section titled "Children" would
// misname it.
func adultsOnly(ch policy.Children) bool {
	if ch.MinimumAge < 18 || ch.ParentalConsent || ch.SchoolConsent || ch.ConsentAge > 0 || len(ch.Restrictions) > 0 || ch.ParentRequests != "" || ch.BestInterest {
		return false
	}
	for _, a := range ch.ByRegion {
		if a.Age < 18 {
			return false
		}
	}
	return true
}

// consentAge adds to t the age from which users consent alone, and what
// younger users, or minors where no such age is stated, are not given.
func (c *composer) consentAge(t *text) {
	ch, pr := c.p.Children, c.pr
	if ch.ConsentAge > 0 {
		c.from("children.consent_age")
		t.sentence(pr.Sprintf("Users give consent to the processing of their data alone once they are %s old.", pr.Sprintf("%d years", ch.ConsentAge)))
		if ch.ConsentAgeMoot() {
			// No user is younger: there is no one who consents with a
			// parent, nor anyone the restrictions below would reach.
			return
		}
		t.sentence(pr.Sprintf("Younger users consent together with a parent or guardian, or a parent or guardian consents for them."))
	}
	var withheld []string
	for _, r := range ch.Restrictions {
		if s := childRestrictionText(pr, r); s != "" && !slices.Contains(withheld, s) {
			withheld = append(withheld, s)
		}
	}
	if len(withheld) == 0 {
		return
	}
	c.from("children.restrictions")
	if ch.ConsentAge > 0 {
		t.sentence(pr.Sprintf("Users under that age %s.", c.list(withheld)))
	} else {
		t.sentence(pr.Sprintf("Minors %s.", c.list(withheld)))
	}
}

// ageChecks adds to t how the service checks that users are old enough,
// in the order the policy lists the ways. Where users give a date of
// birth at sign-up, or their details are checked against records, a way
// that asks the user for something more (a document, a photo, a card or
// a parent) is one the service turns to when it doubts a user's age or
// the check against records does not confirm it, as
// [policy.Children.AgeChecks] documents, and is stated as such: the
// document does not claim that every user shows an identity document.
func (c *composer) ageChecks(t *text) {
	checks := c.p.Children.AgeChecks
	records := slices.Contains(checks, policy.AgeCheckRecords)
	declared := records || slices.Contains(checks, policy.AgeCheckDeclared)
	ways, onDoubt := splitAgeChecks(checks, declared, func(a policy.AgeCheck) string { return ageCheckText(c.pr, a) })
	if len(ways) == 0 {
		return
	}
	c.from("children.age_checks")
	t.sentence(c.pr.Sprintf("We check that users are old enough by %s.", c.list(ways)))
	switch {
	case len(onDoubt) > 0 && records:
		t.sentence(c.pr.Sprintf("Where that check does not confirm a user's age, we check it by %s.", c.list(onDoubt)))
	case len(onDoubt) > 0:
		t.sentence(c.pr.Sprintf("Where we doubt a user's age, we may also check it by %s.", c.list(onDoubt)))
	}
}

// splitAgeChecks states each way of checks, once and in order, with text,
// and parts them into the ways used first and, where later is true, the
// ways that ask the person for more (asksMore), which the service turns
// to only where the first do not settle the age.
func splitAgeChecks(checks []policy.AgeCheck, later bool, text func(policy.AgeCheck) string) (first, more []string) {
	for _, a := range checks {
		s := text(a)
		if s == "" || slices.Contains(first, s) || slices.Contains(more, s) {
			continue
		}
		if later && asksMore(a) {
			more = append(more, s)
		} else {
			first = append(first, s)
		}
	}
	return first, more
}

// asksMore reports whether way a of checking age asks the user for more
// than the service already holds: a document, a photo, a payment card or
// a parent's confirmation.
func asksMore(a policy.AgeCheck) bool {
	switch a {
	case policy.AgeCheckFacialEstimation, policy.AgeCheckDocument, policy.AgeCheckPaymentCard, policy.AgeCheckParent:
		return true
	}
	return false
}

// ageCheckText is the phrase, after "by", that states way a of checking
// age in pr's language; "" for an undefined one.
func ageCheckText(pr *wording, a policy.AgeCheck) string {
	switch a {
	case policy.AgeCheckDeclared:
		return pr.Sprintf("asking for their date of birth when they sign up")
	case policy.AgeCheckInferred:
		return pr.Sprintf("estimating their age from their activity, their content and reports from other users")
	case policy.AgeCheckFacialEstimation:
		return pr.Sprintf("estimating their age from a photo of their face, which we do not use to identify them")
	case policy.AgeCheckDocument:
		return pr.Sprintf("asking for an identity document")
	case policy.AgeCheckPaymentCard:
		return pr.Sprintf("checking a payment card in their name")
	case policy.AgeCheckParent:
		return pr.Sprintf("asking a parent or guardian to confirm the user's age")
	case policy.AgeCheckRecords:
		return pr.Sprintf("checking their details against credit reference and other records")
	case policy.AgeCheckConfirmation:
		return pr.Sprintf("asking them to confirm that they are old enough")
	}
	return ""
}

// childRestrictionText is the verb phrase that states restriction r in
// pr's language, after the users it applies to; "" for an undefined one.
func childRestrictionText(pr *wording, r policy.ChildRestriction) string {
	switch r {
	case policy.ChildRestrictionNoPersonalisedAds:
		return pr.Sprintf("see no personalised advertising")
	case policy.ChildRestrictionNoProfiling:
		return pr.Sprintf("receive no offers or content chosen by profiling them")
	case policy.ChildRestrictionFilteredChat:
		return pr.Sprintf("use chat only through a filter")
	case policy.ChildRestrictionPrivateProfile:
		return pr.Sprintf("have profiles that are not shown to the public")
	case policy.ChildRestrictionLimitedMessaging:
		return pr.Sprintf("receive direct messages only from people they follow or are already connected with")
	case policy.ChildRestrictionParentalControls:
		return pr.Sprintf("can be placed under parental controls, with which a parent or guardian limits what they can do with their account")
	case policy.ChildRestrictionNoMarketing:
		return pr.Sprintf("receive no direct marketing")
	}
	return ""
}

// agesByRegion lists the minimum ages the policy states per region, such
// as "16 years in Germany", or returns "".
func (c *composer) agesByRegion() string {
	var ages []string
	for _, a := range c.p.Children.ByRegion {
		if a.Age <= 0 || a.Region == (language.Region{}) {
			continue
		}
		years := c.pr.Sprintf("%d years", a.Age)
		if a.Region.String() == "EU" {
			ages = append(ages, c.pr.Sprintf("%s in the member states of the European Union that set that age", years))
		} else {
			ages = append(ages, c.pr.Sprintf("%s in %s", years, c.place(a.Region)))
		}
	}
	if len(ages) > 0 {
		c.from("children.by_region")
	}
	return c.list(ages)
}

func (c *composer) changes() *sectionBuilder {
	p, pr := c.p, c.pr
	ch := p.Changes
	sb := c.section("changes", pr.Sprintf("Changes to this Policy"))
	var t text
	c.library()
	// Without a declared channel the document claims no practice of its
	// own (such as changing the Policy without notice): it states what
	// Changes.Note declares and, where declared, when a new version takes
	// effect.
	if len(ch.Notify) > 0 {
		c.from("changes.notify")
		var ways []string
		for _, n := range ch.Notify {
			if n.Valid() {
				ways = append(ways, pr.Sprintf(n.Name()))
			}
		}
		how := c.listOr(ways)
		if ch.AllChannels {
			how = c.list(ways)
		}
		switch {
		case ch.MaterialOnly && ch.Notice.Valid():
			t.plain(pr.Sprintf("We may change this Policy. We announce material changes %s at least %s before they take effect.", how, c.period(ch.Notice)))
		case ch.MaterialOnly:
			t.plain(pr.Sprintf("We may change this Policy. We announce material changes %s.", how))
		case ch.Notice.Valid():
			t.plain(pr.Sprintf("We may change this Policy. We announce changes %s at least %s before they take effect.", how, c.period(ch.Notice)))
		default:
			t.plain(pr.Sprintf("We may change this Policy. We announce changes %s.", how))
		}
	}
	t.sentence(c.sentenceOf(at("changes.note", ""), ch.Note))
	if ch.Notice.Valid() {
		c.from("changes.notice")
	}
	// Where the announcement above already states the notice period,
	// the sentence on when a version takes effect does not repeat it.
	announced := len(ch.Notify) > 0
	switch {
	case ch.Notice.Valid() && ch.MaterialOnly && announced:
		t.sentence(pr.Sprintf("A new version with material changes takes effect on the date it states; other changes take effect when they are posted."))
	case ch.Notice.Valid() && announced:
		t.sentence(pr.Sprintf("A new version takes effect on the date it states."))
	case ch.Notice.Valid() && ch.MaterialOnly:
		t.sentence(pr.Sprintf("A new version with material changes takes effect on the date it states, no earlier than %s after it is announced; other changes take effect when they are posted.", c.period(ch.Notice)))
	case ch.Notice.Valid():
		t.sentence(pr.Sprintf("A new version takes effect on the date it states, no earlier than %s after it is announced.", c.period(ch.Notice)))
	case ch.EffectiveOnPosting:
		c.from("changes.effective_on_posting")
		t.sentence(pr.Sprintf("A new version takes effect when it is posted, unless the new version provides otherwise."))
	}
	if len(t.t) > 0 {
		sb.clause("how", t.t)
	}
	if p.URL != "" {
		c.from("url")
		var u text
		u.plain(pr.Sprintf("The current version of this Policy is always available at")).plain(" ").link(p.URL).plain(". ")
		u.plain(pr.Sprintf("We recommend that you check this page periodically to stay informed of changes."))
		sb.clause("url", u.t)
	}
	if ch.HistoryURL != "" {
		c.from("changes.history_url")
		var h text
		h.plain(pr.Sprintf("Earlier versions of this Policy and the history of its changes are published at")).plain(" ").link(ch.HistoryURL).plain(".")
		sb.clause("history", h.t)
	}
	return sb
}

func (c *composer) contact() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("contact", pr.Sprintf("Contact"))
	k, path := p.Contact, "contact"
	if k.IsZero() {
		k, path = p.Controller.Contact, "controller"
		k.Name = ""
	}
	if k.Email == "" && k.Phone == "" && k.Address == "" && k.Website == "" {
		return sb
	}
	c.from(path)
	var t text
	t.plain(pr.Sprintf("For any questions about this Policy or the processing of your data, contact us"))
	if k.Name != "" {
		t.plain(" (" + c.fragment(at(path, ".name"), k.Name) + ")")
	}
	t.plain(": ")
	c.reach(&t, path, k)
	t.plain(".")
	sb.clause("questions", t.t)
	return sb
}

// safetyTips adds what the policy tells users to do to keep their account
// safe, the promise of how we never contact them, and its advice on using
// the service safely, to the security section (Policy.SafetyTips).
func (c *composer) safetyTips(sb *sectionBuilder) {
	var advice, other []string
	neverAsked := ""
	for i, tip := range c.p.SafetyTips {
		if !tip.Valid() {
			continue
		}
		c.from("safety_tips[" + strconv.Itoa(i) + "]")
		switch {
		case tip == policy.SafetyTipNeverAsked:
			neverAsked = capitalise(c.pr.Sprintf(tip.Name())) + "."
		case tip.Account():
			advice = append(advice, c.pr.Sprintf(tip.Name()))
		default:
			// Advice on using the service safely, not on the
			// account: a sentence of its own.
			if s := capitalise(c.pr.Sprintf(tip.Name())) + "."; !contains(other, s) {
				other = append(other, s)
			}
		}
	}
	var t text
	if len(advice) > 0 {
		t.sentence(c.pr.Sprintf("To keep your account safe, %s.", c.actionList(advice)))
	}
	t.sentence(neverAsked)
	for _, s := range other {
		t.sentence(s)
	}
	if len(t.t) > 0 {
		sb.clause("safety", t.t)
	}
}
