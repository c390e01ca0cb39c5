// What a purpose may block or suspend and how it is contested, and
// consent to the use of a person's image: sentences of a purpose's
// clause.

package render

import (
	"strings"

	"github.com/gopolicy/policy"
)

// suspensionText states what pu, declared at path, may block or suspend,
// on what grounds, who decides, and how the person contests the decision.
func (c *composer) suspensionText(t *text, path string, pu *policy.Purpose) {
	if !c.suspensionLead(t, path, pu) {
		return
	}
	s := pu.Suspension
	pr := c.pr
	if s.Reasons {
		c.fromAt(at(path, ".suspension.reasons"))
		t.sentence(pr.Sprintf("We tell you of the decision and why, in a statement of reasons."))
	}
	if s.Contest != "" {
		t.sentence(pr.Sprintf("You can contest the decision %s.", c.fragment(at(path, ".suspension.contest"), s.Contest)))
	}
	if s.ContestURL != "" {
		c.fromAt(at(path, ".suspension.contest_url"))
		if s.Contest != "" {
			t.sentence(pr.Sprintf("You can also contest it with our form at"))
		} else {
			t.sentence(pr.Sprintf("You can contest the decision with our form at"))
		}
		t.plain(" ").link(s.ContestURL).plain(".")
	}
	if w := s.ContestWithin; w.Valid() && s.Contestable() {
		c.fromAt(at(path, ".suspension.contest_within"))
		t.sentence(pr.Sprintf("You can contest it up to %s after you are told of the decision.", c.period(w)))
	}
	if s.HumanReview {
		c.fromAt(at(path, ".suspension.human_review"))
		t.sentence(pr.Sprintf("A member of our staff, not an automated system, reviews your objection."))
	}
	if s.OutOfCourt && s.Contestable() {
		c.fromAt(at(path, ".suspension.out_of_court"))
		t.sentence(pr.Sprintf("If our answer to your objection does not satisfy you, you may take the dispute to a certified out-of-court dispute settlement body."))
	}
}

// suspensionLead states what pu, declared at path, may block or suspend,
// on what grounds and who decides: what a person must know of the
// decision, which the layered layout states in each category's section.
// It reports whether it stated anything: nothing where no valid target
// is declared.
func (c *composer) suspensionLead(t *text, path string, pu *policy.Purpose) bool {
	s := pu.Suspension
	pr := c.pr
	var targets, grounds []string
	for _, x := range s.Targets {
		if x.Valid() && !contains(targets, pr.Sprintf(x.Name())) {
			targets = append(targets, pr.Sprintf(x.Name()))
		}
	}
	if len(targets) == 0 {
		return false
	}
	c.fromAt(at(path, ".suspension.targets"))
	unpaid := false
	for _, g := range s.Grounds {
		if !g.Valid() {
			continue
		}
		if g == policy.SuspensionGroundNonPayment {
			// A fact, not a suspicion: stated on its own.
			unpaid = true
			continue
		}
		for _, d := range c.disjuncts(pr.Sprintf(g.Name())) {
			if !contains(grounds, d) {
				grounds = append(grounds, d)
			}
		}
	}
	why := c.listOr(grounds)
	if c.russian() && len(grounds) > 1 {
		// The grounds are one member of the clause «если подозреваем
		// …», where semicolons and «; или» do not go.
		why = strings.Join(grounds[:len(grounds)-1], ", ") + " или " + grounds[len(grounds)-1]
	}
	switch {
	case len(grounds) > 0 && unpaid:
		c.fromAt(at(path, ".suspension.grounds"))
		t.sentence(pr.Sprintf("We may %[1]s where we suspect %[2]s, or where you do not pay what you owe us.", c.listOr(targets), why))
	case unpaid:
		c.fromAt(at(path, ".suspension.grounds"))
		t.sentence(pr.Sprintf("We may %s where you do not pay what you owe us.", c.listOr(targets)))
	case len(grounds) > 0:
		c.fromAt(at(path, ".suspension.grounds"))
		t.sentence(pr.Sprintf("We may %[1]s where we suspect %[2]s.", c.listOr(targets), why))
	default:
		t.sentence(pr.Sprintf("We may %s.", c.listOr(targets)))
	}
	switch s.Automated {
	case policy.AnswerYes:
		c.fromAt(at(path, ".suspension.automated"))
		t.sentence(pr.Sprintf("An automated system takes this decision."))
	case policy.AnswerNo:
		// The purpose's human decision already says that a person takes
		// every decision that affects the user.
		if statesHumanDecision(pu) {
			break
		}
		c.fromAt(at(path, ".suspension.automated"))
		t.sentence(pr.Sprintf("A member of our staff takes this decision."))
	}
	return true
}

// imageConsentText states that photos and recordings in which a person
// appears are published only with their consent to the use of their
// image; under 152-FZ, as the Civil Code of the Russian Federation
// (Art. 152.1) provides.
func (c *composer) imageConsentText(t *text, path string, pu *policy.Purpose) {
	if !pu.ImageConsent {
		return
	}
	c.fromAt(at(path, ".image_consent"))
	if c.p.Subject(policy.FZ152) {
		t.sentence(c.pr.Sprintf("We publish or show to others photos and recordings in which you appear only with your consent to the use of your image (Article 152.1 of the Civil Code of the Russian Federation)."))
		return
	}
	t.sentence(c.pr.Sprintf("We publish or show to others photos and recordings in which you appear only with your consent to the use of your image."))
}

// disjuncts splits name, the library's own name of a ground that is
// itself two alternatives ("abuse of the service or a breach of its
// terms"), into them, so that a list of grounds joins them as one list of
// alternatives ("fraud, abuse of the service or a breach of its terms"),
// not as a list inside a list ("fraud or abuse of the service or a breach
// of its terms").
//
// A part that ends in a comma closes a phrase of its own before the
// conjunction (Russian «доходов, полученных преступным путём, или
// финансирование терроризма»), which splitting would lose: such a name
// stays whole.
func (c *composer) disjuncts(name string) []string {
	parts := strings.Split(name, c.pr.Sprintf(" or "))
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if i < len(parts)-1 && strings.HasSuffix(p, ",") {
			return []string{name}
		}
		parts[i] = p
	}
	return parts
}

// statesHumanDecision reports whether the purpose's clause states that a
// person takes every decision that affects the user (HumanDecision), which
// it does unless the purpose declares automated decision-making instead.
func statesHumanDecision(pu *policy.Purpose) bool {
	return pu.HumanDecision && pu.Automated == ""
}
