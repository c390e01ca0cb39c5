package policy

// retentions checks every retention statement, on categories and on
// purposes, and that each personal-data category states one, itself or on
// every purpose that uses it. Data that never leaves the user's device
// (OnDeviceOnly) needs none: the service never holds it, so there is no
// period for which it is stored (GDPR Art. 13(2)(a)).
func (v *validator) retentions() {
	for i, vs := range v.visit {
		if vs&visitRetention == 0 {
			continue
		}
		c := v.p.Categories[i]
		v.categoryRetention(i, c)
		if c.Personal() && c.Retention.IsZero() && c.OnDevice != OnDeviceOnly {
			if u := v.uses[i]; u == 0 || u&usedNoRetention != 0 {
				v.add(SeverityError, RuleMissingRetention, elem("categories", c.ID, i)+".retention", "category %q states no retention period, and not every purpose using it does", clip(c.ID))
			}
		}
		if u := v.uses[i]; c.Retention.From.consent() && u&usedByPurpose != 0 && u&usedOnConsent == 0 {
			v.add(SeverityWarning, RuleConsentEvent, elem("categories", c.ID, i)+".retention.from", "category %q is kept until %s, but no purpose using it rests on consent; count its retention from an event that ends its processing", clip(c.ID), c.Retention.From)
		}
	}
	for i, pu := range v.p.Purposes {
		if pu != nil && !pu.Retention.IsZero() {
			v.retention(func() string { return elem("purposes", pu.ID, i) }, ".retention", pu.Retention)
			if pu.Retention.From.consent() && !pu.RestsOnConsent() {
				v.add(SeverityWarning, RuleConsentEvent, elem("purposes", pu.ID, i)+".retention.from", "purpose %q keeps data until %s, but does not rest on consent; count its retention from an event that ends its processing", pu.ID, pu.Retention.From)
			}
		}
	}
}

// consent reports whether e is the end of consent: its withdrawal or its
// expiry.
func (e Event) consent() bool { return e == EventConsentWithdrawal || e == EventConsentExpiry }

// categoryRetention checks the retention of category c, element i of
// Policy.Categories.
func (v *validator) categoryRetention(i int, c *Category) {
	v.retention(func() string { return elem("categories", c.ID, i) }, ".retention", c.Retention)
}

// retention checks r, found at base()+field.
func (v *validator) retention(base func() string, field string, r Retention) {
	if r.Kind == RetentionKeepFor && r.Period.Valid() && r.Period.inRange() && r.From.Valid() {
		return // the common case, checked without building a path
	}
	path := base() + field
	switch r.Kind {
	case 0:
		if !r.IsZero() {
			v.add(SeverityError, RuleInvalidRetention, path+".rule", "retention states details but no rule (period, while_active, required_by_law, criteria or indefinite)")
		}
	case RetentionKeepFor:
		switch {
		case r.Period.IsZero() && r.From == EventCollection:
			v.add(SeverityError, RuleInvalidRetention, path+".period", "retention until collection keeps nothing; state a period, or declare data that is not kept as not collected")
		case !r.Period.IsZero() && !r.Period.Valid():
			v.add(SeverityError, RuleInvalidRetention, path+".period", "retention for a period states a negative period")
		}
		if !r.From.Valid() {
			v.add(SeverityError, RuleInvalidRetention, path+".from", "retention for a period does not say what event the period is counted from")
		}
	case RetentionWhileActive:
		if !r.Period.IsZero() && !r.Period.Valid() {
			v.add(SeverityError, RuleInvalidRetention, path+".period", "retention after account closure is negative")
		}
	case RetentionRequiredByLaw:
		if r.Law == "" {
			v.add(SeverityError, RuleInvalidRetention, path+".law", "retention as required by law does not name the law")
		}
	case RetentionCriteria:
		if r.Criteria == "" {
			v.add(SeverityError, RuleInvalidRetention, path+".criteria", "retention by criteria does not state the criteria")
		}
		if !r.Period.IsZero() {
			v.add(SeverityError, RuleInvalidRetention, path+".period", "retention by criteria states a period; use the rule \"period\" for a period")
		}
	case RetentionIndefinite:
		v.add(SeverityWarning, RuleIndefinite, path, "data is kept indefinitely; most laws require a period or the criteria used to set one (GDPR Art. 13(2)(a))")
	default:
		v.add(SeverityError, RuleInvalidValue, path+".rule", "%s is not a known retention rule", r.Kind)
	}
	// A period with a negative part, hours included, which the rules
	// above check for themselves.
	if r.Kind != RetentionKeepFor && r.Kind != RetentionWhileActive && !r.Period.IsZero() && !r.Period.Valid() {
		v.add(SeverityError, RuleInvalidRetention, path+".period", "retention states a negative period")
	}
	if r.Kind != RetentionKeepFor && r.From != 0 && !r.From.Valid() {
		v.add(SeverityError, RuleInvalidValue, path+".from", "%s is not a known event", r.From)
	}
	if !r.Period.inRange() {
		v.period(path+".period", r.Period) // built only for a finding
	}
}
