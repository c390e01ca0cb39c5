// The section on the user's rights and where to complain.

package render

import (
	"slices"

	"github.com/gopolicy/policy"
)

// rightToKnow states the right to know by what the policy declares: a
// business that neither sells nor shares personal information does not
// say that it does (index: sold, shared).
var rightToKnow = [2][2]string{
	{"to know what personal information we collect, use and disclose", "to know what personal information we collect, use, disclose and share"},
	{"to know what personal information we collect, use, disclose and sell", "to know what personal information we collect, use, disclose, sell and share"},
}

// fz152Rights states rights as 152-FZ grants them, where 152-FZ is the
// only law declared: the right of access is a right to information about
// the processing, the data included (Art. 14(7)), not to a copy; and the
// objection is the demand to stop processing for direct marketing (Art.
// 15(2)), as 152-FZ knows no objection to legitimate interests.
var fz152Rights = map[policy.RightKind]string{
	policy.RightAccess:    "to receive information about the processing of your personal data, including the data we hold and where we obtained it",
	policy.RightObjection: "to have us stop processing your personal data to promote goods and services by contacting you directly",
	// Art. 14(1): clarification, blocking and destruction may be demanded
	// where the data is incomplete, outdated, inaccurate, unlawfully
	// obtained or not necessary for the stated purpose, not at will.
	policy.RightRectification: "to have your personal data clarified where it is incomplete, outdated or inaccurate",
	policy.RightRestriction:   "to have your personal data blocked where it is incomplete, outdated, inaccurate, unlawfully obtained or not necessary for the stated purpose of processing",
	policy.RightErasure:       "to have your personal data destroyed where it is incomplete, outdated, inaccurate, unlawfully obtained or not necessary for the stated purpose of processing",
	// Art. 16(3): an objection to a decision based solely on automated
	// processing that produces legal effects or otherwise affects the
	// person's rights and legitimate interests, not the GDPR's
	// "significantly affects".
	policy.RightNoAutomatedDecision: "to object to a decision based solely on automated processing of your personal data that produces legal effects for you or otherwise affects your rights and legitimate interests",
}

// rightName states right k, in the words of the policy's laws.
func (c *composer) rightName(k policy.RightKind) string {
	if s, ok := fz152Rights[k]; ok && len(c.p.Laws) == 1 && c.p.Laws[0] == policy.FZ152 {
		c.lawSource(policy.FZ152, textWording)
		return c.pr.Sprintf(s)
	}
	if s, ok := lgpdRights[k]; ok && len(c.p.Laws) == 1 && c.p.Laws[0] == policy.LGPD {
		rule, ok := lgpdRightRules[k]
		if !ok {
			rule = "lgpd.18"
		}
		c.law(policy.LGPD, rule)
		return c.pr.Sprintf(s)
	}
	switch k {
	case policy.RightObjection:
		return c.objection()
	case policy.RightPortability:
		return c.portability()
	case policy.RightWithdrawConsent:
		return c.withdrawal()
	}
	if k == policy.RightControllerComplaint && !c.p.ComplaintTimetable() {
		// The timetable is DPA 2018 s. 164A's, in force from 19 June
		// 2026: not promised for a policy before it or under another law.
		return c.word("to complain to us about how we use your personal data, before or instead of complaining to a supervisory authority")
	}
	if k == policy.RightNoAutomatedDecision && c.automatedDecisions() {
		return c.word("to obtain human intervention in a decision based solely on automated processing that significantly affects you, to express your point of view and to contest the decision")
	}
	if k != policy.RightKnow {
		return c.word(k.Name())
	}
	cp := c.p.CCPA
	c.from("ccpa.sold")
	c.from("ccpa.shared")
	return c.word(rightToKnow[b2i(cp.Sold == policy.AnswerYes)][b2i(cp.Shared == policy.AnswerYes)])
}

// automatedDecisions reports whether a purpose of the policy declares
// automated decision-making with legal or similarly significant effects,
// taking each such declaration as a source. The right not to be subject
// to such a decision is then the right to the safeguards of GDPR
// Art. 22(3): human intervention, expressing one's point of view and
// contesting the decision.
func (c *composer) automatedDecisions() bool {
	found := false
	for _, pu := range c.p.Purposes {
		if pu != nil && pu.Automated != "" {
			c.fromAt(at(c.path(pu, "purposes", pu.ID), ".automated"))
			found = true
		}
	}
	return found
}

// keptByLaw reports whether the policy keeps some personal data because
// a law requires it, which the right to erasure does not reach (GDPR and
// UK GDPR Art. 17(3)(b), 152-FZ Art. 21(5), LGPD Art. 16(I)): a
// personal-data category kept as a law requires, or a purpose resting on
// a legal obligation that uses personal data, or a deletion that keeps
// some data where the law requires it. It takes each as a source.
func (c *composer) keptByLaw() bool {
	found := false
	for i, d := range c.p.Deletion {
		if d.Keeps(policy.KeptLegalObligation) {
			c.fromAt(at(c.elem("deletion", "", i), ".kept"))
			found = true
		}
	}
	for i, cat := range c.p.Categories {
		if cat != nil && cat.Personal() && cat.Retention.Kind == policy.RetentionRequiredByLaw {
			c.fromAt(at(c.categoryAt(i).path, ".retention"))
			found = true
		}
	}
	for _, pu := range c.p.Purposes {
		if pu != nil && pu.HasBasis(policy.BasisLegalObligation) && slices.ContainsFunc(pu.Categories, (*policy.Category).Personal) {
			c.fromAt(at(c.path(pu, "purposes", pu.ID), ".bases"))
			found = true
		}
	}
	return found
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (c *composer) rights() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("rights", pr.Sprintf("Your Rights"))
	var items []*Clause
	for i, r := range p.Rights {
		if !r.Kind.Valid() {
			continue
		}
		path := c.elem("rights", "", i)
		c.from(path)
		if r.Kind == policy.RightPortability {
			if split := c.portabilityByLaw(path, r); split != nil {
				items = append(items, split...)
				continue
			}
		}
		var t text
		t.plain(capitalise(c.rightName(r.Kind))).plain(c.rightUnder(r.Kind))
		if r.Kind == policy.RightErasure && c.keptByLaw() {
			t.plain(pr.Sprintf(", except data the law requires us to keep"))
		}
		t.plain(".")
		if r.How != "" {
			t.sentence(pr.Sprintf("How: %s.", c.fragment(at(path, ".how"), r.How)))
		}
		items = append(items, c.item(anchor(kindRight, r.Kind.String()), t.t))
	}
	if len(items) > 0 {
		c.library()
		sb.clause("list", plain(pr.Sprintf("You have the right:")), items...)
		c.library()
		var t text
		t.plain(pr.Sprintf("To exercise a right, contact us as described in section")).plain(" ").ref("contact", "contact").plain(".")
		// Where the policy says how it verifies a requester, the requests
		// clause states it; otherwise the document states what the
		// declared laws provide on verifying a requester, in their words.
		if !slices.ContainsFunc(p.Requests.Verification, policy.Verification.Valid) {
			c.verificationByLaw(&t)
		}
		sb.clause("exercise", t.t)
	}
	c.userDuties(sb)
	c.requests(sb)
	c.usStates(sb)
	var authorities []*Clause
	onlyFZ152 := true // every authority listed is 152-FZ's
	for _, law := range p.Laws {
		if a := law.Authority(); a.Name != "" && p.CollectsPersonalData() {
			if declaresAuthority(p.Redress, a.URL) {
				// The policy names this authority itself, with its
				// region and contact; listing it twice would read as
				// two bodies.
				continue
			}
			c.lawSource(law, textAuthority)
			var t text
			t.plain(capitalise(pr.Sprintf(a.Name)))
			if a.URL != "" {
				t.plain(", ").link(a.URL)
			}
			t.plain(".")
			authorities = append(authorities, c.item(anchor(kindAuthority, law.String()), t.t))
			onlyFZ152 = onlyFZ152 && law == policy.FZ152
		}
	}
	declared := c.declaredAuthorities()
	authorities = append(authorities, declared...)
	if len(authorities) > 0 {
		c.library()
		switch {
		case c.groundless():
			sb.clause("authorities", plain(pr.Sprintf("You may file a complaint with:")), authorities...)
		case len(declared) == 0 && onlyFZ152 && slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightComplaint }):
			// The list of rights states the appeal already; this names
			// the authority.
			sb.clause("authorities", plain(pr.Sprintf("The authority for the protection of the rights of personal data subjects:")), authorities...)
		case len(declared) == 0 && onlyFZ152:
			// Roskomnadzor alone, named as 152-FZ names it (Art. 17(2),
			// 23(1)), not as a supervisory authority of the GDPR.
			sb.clause("authorities", plain(pr.Sprintf("You may appeal to the authority for the protection of the rights of personal data subjects:")), authorities...)
		case len(authorities) > 1:
			sb.clause("authorities", plain(pr.Sprintf("You may lodge a complaint with these authorities:")), authorities...)
		default:
			sb.clause("authorities", plain(pr.Sprintf("You may lodge a complaint with the supervisory authority:")), authorities...)
		}
	}
	c.redress(sb)
	return sb
}

// userDutySentences state what a policy asks of its users about the data
// they give (Policy.UserDuties), keeping the service's own duty to correct
// the data.
var userDutySentences = map[policy.UserDuty]string{
	policy.UserDutyAccuracy:       "You are responsible for the accuracy of the data you give us about yourself: please tell us when it changes, and we will correct it.",
	policy.UserDutyOthersInformed: "Where you give us data about other people, you must be entitled to give it to us and tell them of it and of this Policy.",
}

// userDuties adds to the rights section what the policy asks of its users
// about the data they give, in the order declared, each once.
func (c *composer) userDuties(sb *sectionBuilder) {
	var t text
	var said []policy.UserDuty
	for i, d := range c.p.UserDuties {
		if !d.Valid() || slices.Contains(said, d) {
			continue
		}
		said = append(said, d)
		c.from(c.elem("user_duties", "", i))
		t.sentence(c.pr.Sprintf(userDutySentences[d]))
	}
	if len(t.t) > 0 {
		sb.clause("duties", t.t)
	}
}

// portabilityByLaw states the right to data portability r, declared at
// path, in two items where the declared laws grant it on different terms:
// one with the conditions of GDPR Art. 20(1) (and the UK GDPR's and FADP
// Art. 28(1)), under those laws, where some purpose rests on a ground
// other than consent or a contract; one without them, under the laws that
// set none, such as the US state laws (Va. Code § 59.1-577(A)(4)) or the
// LGPD (Art. 18(V)). It returns nil where one item says it truly.
func (c *composer) portabilityByLaw(path string, r policy.Right) []*Clause {
	var cond, plainLaws []policy.Law
	for i, law := range c.p.Laws {
		if !law.Valid() || slices.Contains(c.p.Laws[:i], law) ||
			!slices.ContainsFunc(policy.RightsFor(law), func(x policy.Right) bool { return x.Kind == policy.RightPortability }) {
			continue
		}
		if portabilityConditions(law) {
			cond = append(cond, law)
		} else {
			plainLaws = append(plainLaws, law)
		}
	}
	if len(cond) == 0 || len(plainLaws) == 0 {
		return nil
	}
	limited := c.portability()
	if limited == c.word(policy.RightPortability.Name()) {
		return nil // no condition to state
	}
	other := c.word(policy.RightPortability.Name())
	switch {
	case !slices.ContainsFunc(plainLaws, func(l policy.Law) bool { return l != policy.CCPA && l != policy.USStates }):
		other = c.usPortability()
	case len(plainLaws) == 1 && plainLaws[0] == policy.LGPD:
		c.law(policy.LGPD, "lgpd.18")
		other = c.pr.Sprintf(lgpdRights[policy.RightPortability])
	}
	var items []*Clause
	for k, part := range []struct {
		name string
		laws []policy.Law
	}{{limited, cond}, {other, plainLaws}} {
		if k > 0 {
			c.from(path)
		}
		var t text
		t.plain(capitalise(part.name)).plain(c.underLaws(part.laws)).plain(".")
		if r.How != "" {
			t.sentence(c.pr.Sprintf("How: %s.", c.fragment(at(path, ".how"), r.How)))
		}
		key := r.Kind.String()
		if k > 0 {
			key += "-" + part.laws[0].String()
		}
		items = append(items, c.item(anchor(kindRight, key), t.t))
	}
	return items
}

// rightUnder names the declared laws that grant right k, as " (under the
// CCPA)", where the policy declares others too that do not
// ([policy.RightsFor]): a reader under those others must not take the
// right for theirs, as a Californian the right to restrict processing or
// a reader in the Union the right not to be discriminated against for
// exercising California's rights. It is empty where every declared law
// grants k, or none does.
func (c *composer) rightUnder(k policy.RightKind) string {
	var under []policy.Law
	others := false
	for i, law := range c.p.Laws {
		if !law.Valid() || slices.Contains(c.p.Laws[:i], law) {
			continue
		}
		if slices.ContainsFunc(policy.RightsFor(law), func(r policy.Right) bool { return r.Kind == k }) {
			under = append(under, law)
		} else {
			others = true
		}
	}
	if len(under) == 0 || !others {
		return ""
	}
	return c.underLaws(under)
}

// underLaws names laws as a right's item does after its name: " (under
// the GDPR and the UK GDPR)".
func (c *composer) underLaws(laws []policy.Law) string {
	names := make([]string, len(laws))
	for i, l := range laws {
		names[i] = c.lawTitle(l)
	}
	return c.pr.Sprintf(" (under %s)", c.list(names))
}
