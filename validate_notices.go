package policy

// notices checks what the policy leaves to others (the data it processes
// for its customers, the controller's other notices) and how each
// purpose's consent is obtained, recorded and paid around.
func (v *validator) notices() {
	p := v.p
	if d := p.CustomerData; !d.IsZero() {
		if d.Data == "" {
			v.add(SeverityError, RuleMissingName, "customer_data.data", "the data processed on behalf of customers is not named, so the document cannot say what the policy leaves out")
		}
		if d.TermsURL != "" {
			v.url("customer_data.terms_url", d.TermsURL)
		}
	}
	seen := make(map[string]bool, len(p.OtherNotices))
	for i, n := range p.OtherNotices {
		path := index("other_notices", i)
		switch {
		case n.Covers == "":
			v.add(SeverityError, RuleMissingName, path+".covers", "the notice does not say whom or what it applies to")
		case seen[n.Covers]:
			v.add(SeverityError, RuleDuplicateEntry, path+".covers", "two notices apply to %q; name each once", clip(n.Covers))
		}
		seen[n.Covers] = true
		if n.URL != "" {
			v.url(path+".url", n.URL)
		}
	}
	for i, pu := range p.Purposes {
		if pu != nil {
			v.consentDetails(i, pu)
			v.consentExemption(i, pu)
			v.purposeLaws(i, pu, "tipping_off", "the law that forbids telling you of a report", pu.TippingOff)
		}
	}
}

// consentDetails checks how the consent of pu, element i of
// Policy.Purposes, is obtained, recorded and paid around: each qualifies
// consent, so the purpose must rest on it.
func (v *validator) consentDetails(i int, pu *Purpose) {
	if pu.OptOutHow != "" && !pu.OptOut {
		v.add(SeverityError, RuleOptOutHow, elem("purposes", pu.ID, i)+".opt_out_how", "the purpose says how to opt out of it but not that the user can (opt_out)")
	}
	if pu.ConsentMethod == 0 && !pu.ConsentLogged && pu.PaidAlternative.IsZero() && len(pu.ConsentRequiredBy) == 0 {
		return
	}
	path := elem("purposes", pu.ID, i)
	if m := pu.ConsentMethod; m != 0 && !m.Valid() {
		v.add(SeverityError, RuleInvalidValue, path+".consent_method", "%s is not a known way of obtaining consent", m)
	}
	if !pu.RestsOnConsent() {
		for _, f := range []struct {
			field, what string
			set         bool
		}{
			{".consent_method", "how consent is obtained", pu.ConsentMethod != 0},
			{".consent_logged", "that consent is recorded", pu.ConsentLogged},
			{".paid_alternative", "a paid alternative to consent", !pu.PaidAlternative.IsZero()},
			{".consent_required_by", "a law that requires consent to it", len(pu.ConsentRequiredBy) > 0},
		} {
			if f.set {
				v.add(SeverityError, RuleConsentDetail, path+f.field, "the purpose states %s but does not rest on consent; add BasisConsent (or BasisExplicitConsent) to its bases, or drop the statement", f.what)
			}
		}
	}
	v.purposeLaws(i, pu, "consent_required_by", "the law that requires consent to the purpose", pu.ConsentRequiredBy)
	if a := pu.PaidAlternative; !a.IsZero() {
		if a.Offer == "" {
			v.add(SeverityError, RuleMissingName, path+".paid_alternative.offer", "the paid alternative to consent is not named")
		}
		if a.URL != "" {
			v.url(path+".paid_alternative.url", a.URL)
		}
	}
}

// noticeTexts checks the strings of what the policy leaves to others and
// of the purposes' paid alternatives.
func (v *validator) noticeTexts() {
	p := v.p
	root := textAt{"", func() string { return "" }}
	v.text(root, "customer_data.customers", p.CustomerData.Customers)
	v.text(root, "customer_data.data", p.CustomerData.Data)
	v.text(root, "customer_data.terms_url", p.CustomerData.TermsURL)
	for i, n := range p.OtherNotices {
		path := textAt{"other_notices", func() string { return index("other_notices", i) + "." }}
		v.text(path, "covers", n.Covers)
		v.text(path, "url", n.URL)
	}
	for i, pu := range p.Purposes {
		if pu == nil || pu.PaidAlternative.IsZero() {
			continue
		}
		path := textAt{"purposes", func() string { return elem("purposes", pu.ID, i) + "." }}
		v.text(path, "paid_alternative.offer", pu.PaidAlternative.Offer)
		v.text(path, "paid_alternative.url", pu.PaidAlternative.URL)
	}
}

// consentExemption checks the laws that let pu, element i of
// Policy.Purposes, go ahead without consent (Purpose.ConsentExemptBy):
// each is named, once, with its region; the purpose does not rest on
// consent, which such a law makes unnecessary, and lets the person opt
// out, as such a law requires (PECR reg. 22(3)(c), UWG § 7(3)(3)-(4)).
func (v *validator) consentExemption(i int, pu *Purpose) {
	if len(pu.ConsentExemptBy) == 0 {
		return
	}
	path := elem("purposes", pu.ID, i) + ".consent_exempt_by"
	v.purposeLaws(i, pu, "consent_exempt_by", "the law that exempts the purpose from consent", pu.ConsentExemptBy)
	if pu.RestsOnConsent() {
		v.add(SeverityError, RuleConsentDetail, path, "the purpose names a law that lets it go ahead without consent, but rests on consent; rest it on another ground, such as legitimate interests, or drop the law")
	}
	if len(pu.ConsentRequiredBy) > 0 {
		v.add(SeverityError, RuleConsentDetail, path, "the purpose names laws that require consent to it and laws that exempt it from consent; state one or the other")
	}
	if !pu.OptOut {
		v.add(SeverityError, RuleConsentDetail, path, "the purpose goes ahead without consent under a law that requires that the person can refuse at any time, simply and free of charge, but does not let the person opt out (opt_out)")
	}
}

// purposeLaws checks a list of laws of pu, element i of Policy.Purposes,
// in its field (such as Purpose.ConsentRequiredBy, the laws that require
// consent to it, or Purpose.TippingOff): each names its act, once, and
// the region whose law it is; what names the law in a finding.
func (v *validator) purposeLaws(i int, pu *Purpose, field, what string, laws []Obligation) {
	if len(laws) == 0 {
		return
	}
	seen := make(map[Obligation]bool, len(laws))
	for j, o := range laws {
		path := func() string { return elem("purposes", pu.ID, i) + index("."+field, j) }
		at := textAt{"purposes." + field, func() string { return path() + "." }}
		switch {
		case o.Act == "":
			v.add(SeverityError, RuleMissingName, path()+".act", "%s is not named", what)
		case seen[o]:
			v.add(SeverityError, RuleDuplicateEntry, path()+".act", "%q is listed twice; name each law once", clip(o.Act))
		}
		seen[o] = true
		v.text(at, "act", o.Act)
		if !regionOK(o.Region) {
			v.region(path()+".region", o.Region) // built only for a finding
		}
	}
}
