// What the US state privacy laws add to the rights section.

package render

import "github.com/gopolicy/policy"

// usStates adds to the rights section what the US state privacy laws ask
// a notice to say beyond the rights themselves (Va. Code § 59.1-578(C),
// (D)): whether personal data is sold or processed for targeted
// advertising, and how a consumer appeals a refusal to act on a request.
// It states only what the policy declares: an answer left open, or an
// appeal without a deadline, adds no sentence.
func (c *composer) usStates(sb *sectionBuilder) {
	p, pr := c.p, c.pr
	if !p.Subject(policy.USStates) || !p.CollectsPersonalData() {
		return
	}
	n := p.USStates
	var t text
	c.law(policy.USStates, policy.RuleUSSTATES_notice_sale)
	c.usAnswer(&t, n.Sells, "us_states.sells", policy.RightOptOutOfSale,
		pr.Sprintf("We sell personal data to third parties."),
		pr.Sprintf("We do not sell personal data to third parties."),
		pr.Sprintf("You may opt out of the sale of your personal data at any time."))
	c.usAnswer(&t, n.TargetedAdvertising, "us_states.targeted_advertising", policy.RightOptOutOfTargetedAdvertising,
		pr.Sprintf("We process personal data for targeted advertising."),
		pr.Sprintf("We do not process personal data for targeted advertising."),
		pr.Sprintf("You may opt out of targeted advertising at any time."))
	if len(t.t) > 0 {
		sb.clause("us-states-sale", t.t)
	}
	c.sectoral(func(names string, law policy.SectoralLaw) {
		c.law(policy.USStates, policy.RuleUSSTATES_scope)
		sb.clause("us-states-exempt-"+law.String(), plain(pr.Sprintf("The US state privacy laws, and the rights they give you, do not apply to %s, which %s governs instead.", names, pr.Sprintf(law.Name()))))
	})
	c.appeal(sb)
}

// statedOptOut adds sentence, the right to opt out of kind, where the policy
// states that right.
func (c *composer) statedOptOut(t *text, kind policy.RightKind, sentence string) {
	for i, r := range c.p.Rights {
		if r.Kind == kind {
			c.from(c.elem("rights", "", i))
			t.sentence(sentence)
			return
		}
	}
}

// appeal states how a consumer appeals a refusal to act on a request
// under the US state privacy laws, and what the policy promises of the
// answer.
func (c *composer) appeal(sb *sectionBuilder) {
	pr := c.pr
	a := c.p.USStates.Appeal
	if a.IsZero() {
		return
	}
	c.law(policy.USStates, policy.RuleUSSTATES_notice_appeal)
	var t text
	if a.How != "" {
		t.plain(pr.Sprintf("If we decline to act on a request you make under a US state privacy law, you may appeal our decision %s.", c.fragment(at("us_states.appeal.how", ""), a.How)))
	} else {
		c.from("us_states.appeal")
		t.plain(pr.Sprintf("If we decline to act on a request you make under a US state privacy law, you may appeal our decision."))
	}
	if a.URL != "" {
		c.from("us_states.appeal.url")
		t.sentence(pr.Sprintf("You can appeal at")).plain(" ").link(a.URL).plain(".")
	}
	if a.Deadline.Valid() && !a.Deadline.IsZero() {
		c.from("us_states.appeal.deadline")
		t.sentence(pr.Sprintf("We answer an appeal within %s of receiving it.", c.period(a.Deadline)))
	}
	if a.AttorneyGeneral {
		c.from("us_states.appeal.attorney_general")
		t.sentence(pr.Sprintf("If we deny your appeal, we tell you how to contact the Attorney General of your state to submit a complaint."))
	}
	sb.clause("appeal", t.t)
}

// usAnswer states the answer a, declared at path, as yes or no, and after
// a yes the opt-out the policy declares as right.
func (c *composer) usAnswer(t *text, a policy.Answer, path string, right policy.RightKind, yes, no, optOut string) {
	switch a {
	case policy.AnswerYes:
		c.from(path)
		t.sentence(yes)
		c.statedOptOut(t, right, optOut)
	case policy.AnswerNo:
		c.from(path)
		t.sentence(no)
	}
}
