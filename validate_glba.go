package policy

import "slices"

// Rules on the notice under the Gramm-Leach-Bliley Act.
const (
	RuleGLBALimit    Rule = "glba.limit"     // A reason to share whose answer to "Can you limit this sharing?" is missing, contradicts the sharing, or denies a limit federal law gives.
	RuleGLBALimitHow Rule = "glba.limit_how" // Sharing a customer can limit, without saying how.
	RuleGLBAWait     Rule = "glba.wait_days" // Fewer than 30 days for a new customer to limit sharing before it starts.
)

// glba checks the notice under the Gramm-Leach-Bliley Act: each reason
// stated once, with whether the institution shares for it and, where it
// does, whether the customer can limit it, as the model privacy form
// answers; a limit where federal law gives one; and how to limit.
func (v *validator) glba() {
	n := &v.p.GLBA
	if n.IsZero() {
		return
	}
	limitable := false
	for i, s := range n.Sharing {
		at := "glba.sharing[" + itoa(i) + "]"
		switch {
		case !s.Reason.Valid():
			v.add(SeverityError, RuleInvalidValue, at+".reason", "%s is not a known reason to share", s.Reason)
			continue
		case slices.ContainsFunc(n.Sharing[:i], func(t GLBASharing) bool { return t.Reason == s.Reason }):
			v.add(SeverityError, RuleDuplicateEntry, at+".reason", "reason %s is listed more than once", s.Reason)
		}
		if !s.Shares.Valid() {
			v.add(SeverityError, RuleInvalidValue, at+".shares", "the notice does not say whether we share %s (yes or no)", s.Reason.Name())
			continue
		}
		if s.CanLimit != 0 && !s.CanLimit.Valid() {
			v.add(SeverityError, RuleInvalidValue, at+".can_limit", "%d is not an answer (yes or no)", s.CanLimit)
			continue
		}
		switch {
		case s.Shares == AnswerNo && s.CanLimit != 0:
			v.add(SeverityError, RuleGLBALimit, at+".can_limit", "we do not share %s, so there is no sharing to limit; leave can_limit unset", s.Reason.Name())
		case s.Shares == AnswerYes && s.CanLimit == 0:
			v.add(SeverityError, RuleGLBALimit, at+".can_limit", "we share %s, but the notice does not say whether the customer can limit it (yes or no)", s.Reason.Name())
		case s.Shares == AnswerYes && s.CanLimit == AnswerNo && s.Reason.LimitRequired():
			v.add(SeverityError, RuleGLBALimit, at+".can_limit", "federal law lets a customer limit sharing %s (Regulation P, 12 CFR 1016; Fair Credit Reporting Act); answer yes, or stop sharing for it", s.Reason.Name())
		}
		limitable = limitable || s.Shares == AnswerYes && s.CanLimit == AnswerYes
	}
	if limitable && n.LimitHow == "" {
		v.add(SeverityError, RuleGLBALimitHow, "glba.limit_how", "a customer can limit some sharing, but the notice does not say how (limit_how)")
	}
	switch d := n.WaitDays; {
	case d < 0 || d > MaxPeriodUnit:
		v.add(SeverityError, RuleOutOfRange, "glba.wait_days", "%d days is not a period before sharing begins (0 to %d)", d, MaxPeriodUnit)
	case d > 0 && d < 30:
		v.add(SeverityWarning, RuleGLBAWait, "glba.wait_days", "%d days may not give a new customer a reasonable opportunity to limit sharing; Regulation P's example is 30 days (12 CFR 1016.10(a)(3))", d)
	}
	root := textAt{"", func() string { return "" }}
	v.text(root, "glba.limit_how", n.LimitHow)
	v.text(root, "glba.joint_accounts", n.JointAccounts)
}
