package policy

import (
	"slices"

	"golang.org/x/text/language"
)

// practices checks the statements about what the service does and
// promises beyond its data and purposes: commitments, conditional
// disclosures, staged deletion, cookies and browser signals, request
// handling, redress, establishments, security measures, links and
// changes; then what the policy leaves to others and how each purpose's
// consent is given (notices).
func (v *validator) practices() {
	p := v.p
	v.exclusionClasses()
	v.commitments()
	seenDisclosure := map[DisclosureKind]bool{}
	for i, d := range p.Disclosures {
		v.disclosure(i, d, seenDisclosure)
	}
	seenFrom := map[Event]bool{}
	for i, d := range p.Deletion {
		v.deletion(i, d, seenFrom)
	}
	v.cookies()
	if len(p.Incentives) > 0 && !slices.Contains(p.Laws, CCPA) {
		v.add(SeverityWarning, RuleIncentiveLaw, "incentives", "financial incentives are the CCPA's notice of financial incentive, which the document states in its California section; declare CCPA in laws, or the document does not state them")
	}
	for _, s := range []struct {
		path string
		a    Answer
	}{{"signals.do_not_track", p.Signals.DoNotTrack}, {"signals.global_privacy_control", p.Signals.GlobalPrivacyControl}, {"requests.agents", p.Requests.Agents}} {
		if s.a != 0 && !s.a.Valid() {
			v.add(SeverityError, RuleInvalidValue, s.path, "%s is neither yes nor no", s.a)
		}
	}
	v.requests()
	// A body is its kind, region and name: a complaints route may have
	// two tiers of one kind, such as an adjudicator and then an
	// ombudsman.
	type bodyKey struct {
		kind   RedressKind
		region language.Region
		name   string
	}
	bodies := map[bodyKey]bool{}
	for i, r := range p.Redress {
		path := index("redress", i)
		if k := (bodyKey{r.Kind, r.Region, r.Contact.Name}); bodies[k] {
			v.add(SeverityError, RuleDuplicateEntry, path, "the %s %q for the same region is named twice; name each body once", r.Kind, r.Contact.Name)
		} else {
			bodies[k] = true
		}
		if !r.Kind.Valid() {
			v.add(SeverityError, RuleInvalidValue, path+".kind", "the body does not say whether it resolves disputes, arbitrates, regulates or is the service's ombudsman (%s)", r.Kind)
		}
		if r.Contact.Name == "" {
			v.add(SeverityError, RuleMissingName, path+".contact.name", "the body is not named")
		}
		v.contact(path+".contact", r.Contact)
		if r.Region != (language.Region{}) {
			v.region(path+".region", r.Region)
		}
	}
	// One establishment may be declared once for each region whose users
	// it is the controller for, such as an Irish company that is the
	// controller for users in the EU and in the UK.
	type placeKey struct{ region, controllerFor language.Region }
	places, controlled := map[placeKey]bool{}, map[language.Region]bool{}
	for i, e := range p.Establishments {
		path := index("establishments", i)
		if k := (placeKey{e.Region, e.ControllerFor}); places[k] {
			v.add(SeverityError, RuleDuplicateEntry, path+".region", "two establishments in %s for the same users; name each place once, or once for each region whose controller it is", e.Region)
		} else {
			places[k] = true
		}
		v.region(path+".region", e.Region)
		if e.Contact.Name == "" {
			v.add(SeverityError, RuleMissingName, path+".contact.name", "the establishment is not named")
		}
		v.contact(path+".contact", e.Contact)
		if r := e.ControllerFor; r != (language.Region{}) {
			if controlled[r] {
				v.add(SeverityError, RuleDuplicateEntry, path+".controller_for", "two establishments are the controller for users in %s; name one", r)
			}
			controlled[r] = true
			v.region(path+".controller_for", r)
		}
	}
	for i, t := range p.Transfers {
		if t.Origin == (language.Region{}) {
			continue
		}
		path := index("transfers", i)
		v.region(path+".origin", t.Origin)
		if t.Origin == t.Destination {
			v.add(SeverityError, RuleTransferOrigin, path+".origin", "the transfer starts and ends in %s; a transfer goes to another country", t.Origin)
		}
	}
	for i, m := range p.Security {
		if m.Kind != 0 && !m.Kind.Valid() {
			v.add(SeverityError, RuleInvalidValue, index("security", i)+".kind", "%s is not a known security measure", m.Kind)
		}
		for _, d := range []struct {
			field, what string
			p           Period
		}{
			{".breach.authority", "time to notify the authority of a breach", m.Breach.Authority},
			{".breach.results", "time to report the results of the investigation of a breach", m.Breach.Results},
		} {
			if !d.p.IsZero() && !d.p.Valid() {
				v.add(SeverityError, RuleInvalidValue, index("security", i)+d.field, "%s %s is negative", d.what, d.p)
			}
			v.period(index("security", i)+d.field, d.p)
		}
	}
	for _, l := range []struct{ path, url string }{
		{"links.subprocessors", p.Links.Subprocessors}, {"links.security", p.Links.Security},
		{"links.cookie_settings", p.Links.CookieSettings}, {"links.request_form", p.Links.RequestForm},
		{"links.vendors", p.Links.Vendors}, {"links.recommendations", p.Links.Recommendations},
		{"changes.history_url", p.Changes.HistoryURL},
	} {
		if l.url != "" {
			v.url(l.path, l.url)
		}
	}
	c := p.Changes
	if len(c.Notify) == 0 && (c.MaterialOnly || c.AllChannels) {
		v.add(SeverityWarning, RuleChangesChannel, "changes.notify", "the policy says how users are notified of changes (all channels or material changes only) but names no channel")
	}
	if c.EffectiveOnPosting && c.Notice.Valid() && !c.MaterialOnly {
		v.add(SeverityError, RuleChangesEffect, "changes.effective_on_posting", "a new version cannot take effect when posted and also %s after it is announced; state MaterialOnly if only material changes wait for the notice", c.Notice)
	}
	seenChannel := map[Channel]bool{}
	for i, ch := range c.Notify {
		if seenChannel[ch] {
			v.add(SeverityError, RuleDuplicateEntry, index("changes.notify", i), "channel %s is listed more than once", ch)
		}
		seenChannel[ch] = true
	}
	v.notices()
	v.suspensions()
}

// commitments checks each commitment and that none contradicts another
// commitment or the CCPA notice.
func (v *validator) commitments() {
	p := v.p
	seen := map[Commitment]bool{}
	for i, c := range p.Commitments {
		path := index("commitments", i)
		switch {
		case !c.Valid():
			v.add(SeverityError, RuleInvalidValue, path, "%s is not a known commitment", c)
		case seen[c]:
			v.add(SeverityError, RuleDuplicateEntry, path, "commitment %s is listed more than once", c)
		case c == CommitmentNoSale && p.CCPA.Sold == AnswerYes:
			v.add(SeverityError, RuleCommitmentConflict, path, "the policy promises not to sell personal data but its CCPA notice says it was sold (ccpa.sold)")
		case c == CommitmentNoSharing && p.CCPA.Shared == AnswerYes:
			v.add(SeverityError, RuleCommitmentConflict, path, "the policy promises not to share personal data for cross-context behavioral advertising but its CCPA notice says it was shared (ccpa.shared)")
		case c == CommitmentModelTrainingOptIn && seen[CommitmentNoModelTraining],
			c == CommitmentNoModelTraining && seen[CommitmentModelTrainingOptIn]:
			v.add(SeverityError, RuleCommitmentConflict, path, "the policy promises both never to train models on customer content and to do so with permission; keep one")
		}
		seen[c] = true
	}
}

// disclosure checks element i of Policy.Disclosures.
func (v *validator) disclosure(i int, d Disclosure, seen map[DisclosureKind]bool) {
	path := index("disclosures", i)
	switch {
	case !d.Kind.Valid():
		v.add(SeverityError, RuleInvalidValue, path+".kind", "the disclosure does not say in which circumstance it happens (%s)", d.Kind)
	case seen[d.Kind]:
		v.add(SeverityError, RuleDuplicateEntry, path+".kind", "disclosure %s is stated more than once", d.Kind)
	}
	seen[d.Kind] = true
	if d.SamePromises && d.Kind != DisclosureBusinessTransfer {
		v.add(SeverityError, RuleDisclosureField, path+".same_promises", "only a buyer or successor (business_transfer) can be bound by the same promises")
	}
	if d.ReportURL != "" {
		if d.Kind != DisclosureLegalProcess {
			v.add(SeverityError, RuleDisclosureField, path+".report_url", "a transparency report belongs to disclosures on legal process (legal_process)")
		}
		v.url(path+".report_url", d.ReportURL)
	}
	if len(d.Jurisdictions) > 0 && d.Kind != DisclosureLegalProcess {
		v.add(SeverityError, RuleDisclosureField, path+".jurisdictions", "only disclosures on legal process (legal_process) can be limited to the authorities of some countries")
	}
	v.regionList(func() string { return path + ".jurisdictions" }, d.Jurisdictions, func(at string, r language.Region) {
		v.add(SeverityError, RuleDuplicateEntry, at, "jurisdiction %s is listed more than once", r)
	})
}

// deletion checks element i of Policy.Deletion: its event, its categories
// and its stages, which must follow the order of removal.
func (v *validator) deletion(i int, d Deletion, seen map[Event]bool) {
	path := func() string { return index("deletion", i) }
	switch {
	case d.From == 0:
		v.add(SeverityError, RuleInvalidDeletion, path()+".from", "the deletion does not say what event starts it")
	case !d.From.Valid():
		v.add(SeverityError, RuleInvalidValue, path()+".from", "%s is not a known event", d.From)
	case seen[d.From]:
		v.add(SeverityError, RuleDuplicateEntry, path()+".from", "two deletions start from %s; state one with all its stages", d.From)
	}
	seen[d.From] = true
	v.categoryRefs(path, ".categories", d.Categories)
	if len(d.Stages) == 0 {
		// Many policies say only that data is deleted, and what is kept
		// (Kept): a true statement, if a weak one.
		v.add(SeverityWarning, RuleInvalidDeletion, path()+".stages", "the deletion states no stages, so the document says that the data is removed but not how soon; state at least the removal from live systems and its period")
	}
	var last Removal
	for j, s := range d.Stages {
		sp := path() + ".stages[" + itoa(j) + "]"
		switch {
		case !s.Removal.Valid():
			v.add(SeverityError, RuleInvalidValue, sp+".removal", "the stage does not say what is removed (%s)", s.Removal)
		case s.Removal <= last:
			v.add(SeverityError, RuleInvalidDeletion, sp+".removal", "stage %s comes after stage %s; stages go trash, live systems, backups, anonymised, each once", s.Removal, last)
		default:
			last = s.Removal
		}
		if !s.Within.Valid() {
			v.add(SeverityError, RuleInvalidDeletion, sp+".within", "the stage states no positive period")
		}
		v.period(sp+".within", s.Within)
	}
	enumList(v, path()+".kept", d.Kept, "reason to keep data")
	if !d.KeptFor.IsZero() {
		switch {
		case len(d.Kept) == 0:
			v.add(SeverityError, RuleInvalidDeletion, path()+".kept_for", "the deletion says how long some data outlives it but not why (kept)")
		case !d.KeptFor.Valid():
			v.add(SeverityError, RuleInvalidDeletion, path()+".kept_for", "the time data outlives the deletion is not a positive period")
		}
		v.period(path()+".kept_for", d.KeptFor)
	}
	if d.KeptRestricted && len(d.Kept) == 0 {
		v.add(SeverityError, RuleInvalidDeletion, path()+".kept_restricted", "the deletion says the data it keeps is restricted but not why any is kept (kept)")
	}
	if d.Keeps(KeptLegalObligation) && !v.keptByLaw() {
		v.add(SeverityWarning, RuleKeptLaw, path()+".kept", "the deletion keeps data where the law requires it, but no purpose rests on a legal obligation and no category's retention names a law; name the law in the purpose or the retention that keeps it")
	}
}

// keptByLaw reports whether the policy says what law keeps some of its
// personal data: a purpose resting on a legal obligation that uses
// personal data, or a personal-data category kept as a law requires or
// for a period whose law its retention names (Retention.Law).
func (v *validator) keptByLaw() bool {
	for i, pu := range v.p.Purposes {
		if pu != nil && v.purposeBases[i].has(BasisLegalObligation) && v.purposeFacts[i]&factPersonal != 0 {
			return true
		}
	}
	for i, c := range v.p.Categories {
		if c != nil && v.facts[i]&factPersonal != 0 && (c.Retention.Kind == RetentionRequiredByLaw || c.Retention.Law != "") {
			return true
		}
	}
	return false
}

// cookies checks each cookie: its ID and name, who sets it, the
// references to its provider, purpose and categories, and its lifetime.
func (v *validator) cookies() {
	p := v.p
	if len(p.Cookies) == 0 {
		return
	}
	purposes := make(map[*Purpose]bool, len(p.Purposes))
	for _, pu := range p.Purposes {
		purposes[pu] = true
	}
	ids := newIDTable(len(p.Cookies), func(k int) string { return p.Cookies[k].ID })
	for i := range p.Cookies {
		c := &p.Cookies[i]
		v.checkID(ids, "cookies", "cookie", c.ID, i)
		path := func() string { return elem("cookies", c.ID, i) }
		if c.Name == "" {
			v.add(SeverityError, RuleMissingName, path()+".name", "cookie %q has no name", clip(c.ID))
		}
		if c.Technology != 0 && !c.Technology.Valid() {
			v.add(SeverityError, RuleInvalidValue, path()+".technology", "%s is not a known technology", c.Technology)
		}
		if c.Consent != 0 && !c.Consent.Valid() {
			v.add(SeverityError, RuleInvalidValue, path()+".consent", "%s is not a known way of setting a cookie", c.Consent)
		}
		switch {
		case c.Party == 0:
			v.add(SeverityError, RuleInvalidValue, path()+".party", "cookie %q does not say whether it is first- or third-party", clip(c.ID))
		case !c.Party.Valid():
			v.add(SeverityError, RuleInvalidValue, path()+".party", "%s is not a known party", c.Party)
		case c.Party == PartyThird && c.Provider == nil && c.ProviderName == "":
			v.add(SeverityError, RuleCookieProvider, path()+".provider", "third-party cookie %q does not name the provider that sets it", clip(c.ID))
		case c.Party == PartyFirst && (c.Provider != nil || c.ProviderName != ""):
			v.add(SeverityError, RuleCookieProvider, path()+".provider", "first-party cookie %q names a provider; a cookie set by another organisation is third-party", clip(c.ID))
		}
		if c.Provider != nil && c.ProviderName != "" {
			v.add(SeverityError, RuleCookieProvider, path()+".provider_name", "cookie %q names its provider twice; give the declared recipient or the name, not both", clip(c.ID))
		}
		if c.Provider != nil && !v.declaredRecip(c.Provider) {
			v.recipientRef(path()+".provider", c.Provider)
		}
		if c.Purpose != nil && !purposes[c.Purpose] {
			v.add(SeverityError, RuleUndeclaredPurpose, path()+".purpose", "refers to purpose %q, which is not declared in purposes", clip(c.Purpose.ID))
		}
		v.categoryRefs(path, ".categories", c.Categories)
		l := c.Lifetime
		switch {
		case l.IsZero():
			v.add(SeverityWarning, RuleCookieLifetime, path()+".lifetime", "cookie %q does not say how long it stays on the device", clip(c.ID))
		case !l.Expiry.Valid():
			v.add(SeverityError, RuleInvalidValue, path()+".lifetime.expiry", "%s is not a known expiry", l.Expiry)
		case l.Expiry == ExpiryPeriod && !l.Period.Valid():
			v.add(SeverityError, RuleCookieLifetime, path()+".lifetime.period", "cookie %q expires after a period but states no positive period", clip(c.ID))
		case l.Expiry != ExpiryPeriod && !l.Period.IsZero():
			v.add(SeverityError, RuleCookieLifetime, path()+".lifetime.period", "cookie %q states a period but its expiry is %s", clip(c.ID), l.Expiry)
		}
		v.period(path()+".lifetime.period", l.Period)
	}
}

// requests checks how requests are verified and answered.
func (v *validator) requests() {
	r := v.p.Requests
	seen := map[Verification]bool{}
	for i, m := range r.Verification {
		switch {
		case !m.Valid():
			v.add(SeverityError, RuleInvalidValue, index("requests.verification", i), "%s is not a known way of verification", m)
		case seen[m]:
			v.add(SeverityError, RuleDuplicateEntry, index("requests.verification", i), "verification %s is listed more than once", m)
		}
		seen[m] = true
	}
	for _, d := range []struct {
		path string
		p    Period
	}{{"requests.deadline", r.Deadline}, {"requests.extension", r.Extension}} {
		if !d.p.IsZero() && !d.p.Valid() {
			v.add(SeverityError, RuleInvalidValue, d.path, "period %s is negative", d.p)
		}
		v.period(d.path, d.p)
	}
	if r.WorkingDays {
		switch {
		case r.Deadline.IsZero():
			v.add(SeverityError, RuleInvalidValue, "requests.working_days", "working days are stated but no deadline")
		case r.Deadline.Years != 0 || r.Deadline.Months != 0 || r.Deadline.Hours != 0 || r.Extension.Years != 0 || r.Extension.Months != 0 || r.Extension.Hours != 0:
			v.add(SeverityError, RuleInvalidValue, "requests.working_days", "a deadline and extension in working days are stated in days only, not %s and %s", r.Deadline, r.Extension)
		}
	}
	if !r.Extension.IsZero() && r.Deadline.IsZero() {
		v.add(SeverityError, RuleRequestExtension, "requests.extension", "an extension of the answer deadline is stated but no deadline")
	}
}

// exclusionClasses reports a declared category of a class that an
// exclusion rules out, unless the exclusion names it as an exception.
func (v *validator) exclusionClasses() {
	p := v.p
	for i := range p.NotCollected {
		e := &p.NotCollected[i]
		path := func() string { return elem("not_collected", e.ID, i) }
		if e.Class != 0 && !e.Class.Valid() {
			v.add(SeverityError, RuleInvalidValue, path()+".class", "%s is not a known class of data", e.Class)
			continue
		}
		v.categoryRefs(path, ".except", e.Except)
		if e.Class == 0 {
			continue
		}
		for _, c := range p.Categories {
			if e.Class.Has(c) && !slices.Contains(e.Except, c) {
				v.add(SeverityError, RuleExcludedClass, path()+".class", "the policy says it does not process %s, but category %q is of that class; list it in Except or correct the category", e.Class.Name(), clip(c.ID))
			}
		}
	}
}
