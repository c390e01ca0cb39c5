package policy

// dates checks the effective and last-updated dates, and that their order
// agrees with the notice the policy promises for changes.
func (v *validator) dates() {
	p := v.p
	ok := true
	for _, d := range []struct {
		path string
		date Date
	}{{"effective", p.Effective}, {"updated", p.Updated}} {
		if !d.date.IsZero() && !d.date.Valid() {
			v.add(SeverityError, RuleInvalidDate, d.path, "%s is not a valid date", d.date)
			ok = false
		}
	}
	if d := p.OperatorRegister.Notified; !d.IsZero() && !d.Valid() { // 152-FZ Art. 22
		v.add(SeverityError, RuleInvalidDate, "operator_register.notified", "%s is not a valid date", d)
	}
	for i := range p.Transfers {
		if d := p.Transfers[i].Notified; !d.IsZero() && !d.Valid() { // 152-FZ Art. 12(3)
			v.add(SeverityError, RuleInvalidDate, index("transfers", i)+".notified", "%s is not a valid date", d)
		}
	}
	if p.Effective.IsZero() {
		v.add(SeverityWarning, RuleMissingDate, "effective", "the policy states no effective date; readers cannot tell which version applied when")
	}
	if !ok || p.Effective.IsZero() || p.Updated.IsZero() || !p.Effective.After(p.Updated) {
		return
	}
	// A version published (updated) before it takes effect is announced in
	// advance; that is only consistent with a policy that promises notice,
	// and then the gap must be at least the promised notice.
	notice := p.Changes.Notice
	switch {
	case !notice.Valid():
		v.add(SeverityError, RuleDateOrder, "effective", "the effective date %s is after the last-updated date %s, but the policy says changes take effect when posted; state the notice period in changes.notice or correct the dates", p.Effective, p.Updated)
	case !notice.inRange():
		// reported by values; AddTo could overflow
	case p.Effective.Before(notice.AddTo(p.Updated)):
		v.add(SeverityError, RuleDateOrder, "effective", "the version updated on %s takes effect on %s, before the %s of notice the policy promises", p.Updated, p.Effective, notice)
	}
}
