package policy

import "slices"

// suspensions checks what each purpose may block or suspend: its values,
// that it says what and why, and that a blocking an automated system
// decides can be contested as the declared laws require.
func (v *validator) suspensions() {
	for i, pu := range v.p.Purposes {
		if pu != nil && !pu.Suspension.IsZero() {
			v.suspension(elem("purposes", pu.ID, i)+".suspension", pu.Suspension, len(pu.TippingOff) > 0)
		}
	}
}

// automatedDecisionArticles are the provisions of the laws that give a
// person a way to contest a decision taken solely by automated means,
// and whether they ask for human intervention as well.
var automatedDecisionArticles = []struct {
	law   Law
	cite  string
	human bool
}{
	{GDPR, "GDPR Art. 22(3)", true},
	{UKGDPR, "UK GDPR Art. 22(3)", true},
	{FZ152, "152-FZ Art. 16(3)", false},
}

// suspension checks s, declared at path; tippingOff reports that a law
// forbids telling the person of a report the purpose makes
// (Purpose.TippingOff), such as one of suspected money laundering, so
// that the person is not told the reason for a blocking either and a
// policy need not say how to contest it.
func (v *validator) suspension(path string, s Suspension, tippingOff bool) {
	enumList(v, path+".targets", s.Targets, "thing to block or suspend")
	enumList(v, path+".grounds", s.Grounds, "ground for blocking or suspending")
	if s.Automated != 0 && !s.Automated.Valid() {
		v.add(SeverityError, RuleInvalidValue, path+".automated", "%s is not yes or no", s.Automated)
	}
	if w := s.ContestWithin; !w.IsZero() {
		if !w.Valid() {
			v.add(SeverityError, RuleInvalidValue, path+".contest_within", "the time to contest %s is negative", w)
		}
		v.period(path+".contest_within", w)
	}
	if s.ContestURL != "" {
		v.url(path+".contest_url", s.ContestURL)
	}
	if len(s.Targets) == 0 {
		v.add(SeverityError, RuleSuspensionIncomplete, path+".targets", "the purpose says it may block or suspend but not what; name an account, a card, a payment, remote access, an order, content, features or services")
	}
	if len(s.Grounds) == 0 {
		v.add(SeverityError, RuleSuspensionIncomplete, path+".grounds", "the purpose says it may block or suspend but not on what grounds")
	}
	if slices.Contains(s.Grounds, SuspensionGroundUnderage) && !v.p.Children.statesAge() {
		v.add(SeverityWarning, RuleAgeMissing, path+".grounds", "the purpose may block users suspected to be under the minimum age, but the policy states none; state it in Children (MinimumAge or ByRegion)")
	}
	if s.OutOfCourt && !s.Contestable() {
		v.add(SeverityError, RuleSuspensionContest, path+".out_of_court", "the purpose names an out-of-court body for disputes about the answer to an objection, but not how the person objects first; say how (Contest or ContestURL)")
	}
	if s.Automated == AnswerYes {
		for _, a := range automatedDecisionArticles {
			if !v.p.Subject(a.law) {
				continue
			}
			if !s.Contestable() {
				v.add(SeverityError, RuleSuspensionContest, path+".contest", "an automated system decides to block or suspend, and %s gives the person a way to contest the decision; say how (Contest or ContestURL)", a.cite)
			}
			if a.human && !s.HumanReview {
				v.add(SeverityError, RuleSuspensionContest, path+".human_review", "an automated system decides to block or suspend, and %s gives the person the right to human intervention; a person must review the objection (HumanReview)", a.cite)
			}
			return
		}
	}
	if !s.Contestable() && !tippingOff {
		v.add(SeverityWarning, RuleSuspensionContest, path+".contest", "the purpose says it may block or suspend without saying how the person contests it")
	}
}

// suspensionTexts checks the strings of the purposes' suspensions.
func (v *validator) suspensionTexts() {
	for i, pu := range v.p.Purposes {
		if pu == nil || pu.Suspension.IsZero() {
			continue
		}
		path := textAt{"purposes", func() string { return elem("purposes", pu.ID, i) + "." }}
		v.text(path, "suspension.contest", pu.Suspension.Contest)
		v.text(path, "suspension.contest_url", pu.Suspension.ContestURL)
	}
}

// enumList checks that each value of list, at path, is defined and listed
// once; what names such a value in the findings.
func enumList[T interface {
	comparable
	Valid() bool
	String() string
}](v *validator, path string, list []T, what string) {
	seen := make(map[T]bool, len(list))
	for j, x := range list {
		switch {
		case !x.Valid():
			v.add(SeverityError, RuleInvalidValue, index(path, j), "%s is not a known %s", x, what)
		case seen[x]:
			v.add(SeverityError, RuleDuplicateEntry, index(path, j), "%s is listed more than once", x)
		}
		seen[x] = true
	}
}
