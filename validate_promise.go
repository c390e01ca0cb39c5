package policy

import "slices"

// endToEndUse warns about each purpose that profiles people or markets to
// them directly with data declared end-to-end encrypted (Category.EndToEnd),
// which the service says it cannot read. It reads the purposes only where
// a category is so declared.
func (v *validator) endToEndUse() {
	if !v.endToEnd {
		return
	}
	for i, pu := range v.p.Purposes {
		if pu == nil || !pu.Profiling && !pu.DirectMarketing {
			continue
		}
		for j, c := range pu.Categories {
			if c != nil && c.EndToEnd {
				v.add(SeverityWarning, RuleCommitmentConflict, elem("purposes", pu.ID, i)+index(".categories", j), "purpose %q profiles people or markets to them with %q, which is declared end-to-end encrypted, so that we cannot read it; correct the purpose or the category", clip(pu.ID), clip(c.ID))
				break
			}
		}
	}
}

// humanDecisions reports each purpose that says a person takes every
// decision (Purpose.HumanDecision) but also describes automated
// decision-making with legal or similarly significant effects
// (Purpose.Automated): the two cannot both hold.
func (v *validator) humanDecisions() {
	for i, pu := range v.p.Purposes {
		if pu != nil && pu.HumanDecision && pu.Automated != "" {
			v.add(SeverityWarning, RuleCommitmentConflict, elem("purposes", pu.ID, i)+".human_decision", "purpose %q says a person takes every decision but also describes automated decision-making (automated); keep the one that holds", clip(pu.ID))
		}
	}
}

// disclosurePromise reports each recipient that contradicts a promise not
// to disclose personal data to third parties without consent
// (CommitmentNoDisclosureWithoutConsent), made for the whole policy or for
// a category: a third party or joint controller that receives the data in
// the ordinary course (not Conditional) for purposes none of which rests
// on consent or on a legal obligation, and that does not receive the data
// at the person's own choice (a transfer to a ChosenDestination, such as
// a foreign operator serving a subscriber in roaming). A recipient that no purpose names
// is judged by its categories alone. The findings are warnings, since the
// policy may obtain consent to the disclosure in a way it does not
// declare. It reads the recipients and purposes only where such a promise
// is made.
func (v *validator) disclosurePromise() {
	p := v.p
	whole := slices.Contains(p.Commitments, CommitmentNoDisclosureWithoutConsent)
	if !whole && !v.noDisclosure {
		return
	}
	// excused holds the recipients a purpose resting on consent or on a
	// legal obligation names; named, those any purpose names, with
	// whether one of them uses personal data.
	excused := make(map[*Recipient]bool)
	personal := make(map[*Recipient]bool)
	for _, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		excuse := false
		usesPersonal := false
		for _, b := range pu.Bases {
			excuse = excuse || b == BasisConsent || b == BasisExplicitConsent || b == BasisLegalObligation
		}
		for _, c := range pu.Categories {
			usesPersonal = usesPersonal || (c != nil && c.Personal())
		}
		for _, r := range pu.Recipients {
			excused[r] = excused[r] || excuse
			personal[r] = personal[r] || usesPersonal
		}
	}
	for _, t := range p.Transfers {
		if t.ChosenDestination != 0 && t.Recipient != nil {
			excused[t.Recipient] = true
		}
	}
	const (
		why    = " for purposes that rest neither on consent nor on a legal obligation; declare the consent, make the recipient conditional, or drop the promise"
		wholeP = "the policy promises not to disclose personal data to third parties without consent, but %s %q receives personal data" + why
		catP   = "category %q is promised not to be disclosed to third parties without consent, but %s %q receives it" + why
	)
	for i, r := range p.Recipients {
		if r == nil || r.Conditional || excused[r] || (r.Role != RoleThirdParty && r.Role != RoleJointController) {
			continue
		}
		role := "third party"
		if r.Role == RoleJointController {
			role = "joint controller"
		}
		path := elem("recipients", r.ID, i)
		if whole {
			receives := personal[r]
			for _, c := range r.Categories {
				receives = receives || (c != nil && c.Personal())
			}
			if receives {
				v.add(SeverityWarning, RuleCommitmentConflict, path, wholeP, role, clip(r.ID))
			}
			continue
		}
		for j, c := range r.Categories {
			if c != nil && c.Personal() && slices.Contains(c.Commitments, CommitmentNoDisclosureWithoutConsent) {
				v.add(SeverityWarning, RuleCommitmentConflict, path+index(".categories", j), catP, clip(c.ID), role, clip(r.ID))
			}
		}
	}
}
