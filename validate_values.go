package policy

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// values checks that every enumerated field holds a defined value and that
// numbers stay within the limits of limits.go. Retention rules and
// transfer safeguards are checked with their concerns.
func (v *validator) values() {
	p := v.p
	for i, l := range p.Laws {
		if !l.Valid() {
			v.add(SeverityError, RuleInvalidValue, index("laws", i), "%s is not a known law", l)
		}
	}
	enumList(v, "representative_exempt", p.RepresentativeExempt, "law")
	for i, pr := range p.Principles {
		if !pr.Valid() {
			v.add(SeverityError, RuleInvalidValue, index("principles", i), "%s is not a known principle", pr)
		}
	}
	for _, a := range []struct {
		path string
		a    Answer
	}{{"ccpa.sold", p.CCPA.Sold}, {"ccpa.shared", p.CCPA.Shared}} {
		if a.a != 0 && !a.a.Valid() {
			v.add(SeverityError, RuleInvalidValue, a.path, "%s is neither yes nor no", a.a)
		}
	}
	for i, vs := range v.visit {
		if vs&visitValues != 0 {
			v.categoryValues(i, p.Categories[i])
		}
	}
	for i, r := range p.Recipients {
		if r == nil {
			continue
		}
		if !r.Role.Valid() {
			v.add(SeverityError, RuleInvalidValue, elem("recipients", r.ID, i)+".role", "recipient %q does not say whether it is a processor, third party, joint controller or authority", clip(r.ID))
		}
		if n := r.Retention; !n.IsZero() && !n.Valid() {
			v.add(SeverityError, RuleInvalidValue, elem("recipients", r.ID, i)+".retention", "retention period %s of recipient %q is negative", n, clip(r.ID))
		}
		if !r.Retention.inRange() {
			v.period(elem("recipients", r.ID, i)+".retention", r.Retention) // built only for a finding
		}
		if r.NoticeURL != "" {
			v.url(elem("recipients", r.ID, i)+".notice_url", r.NoticeURL)
		}
		if r.Arrangement != "" && r.Role.Valid() && r.Role != RoleJointController {
			v.add(SeverityError, RuleArrangementRole, elem("recipients", r.ID, i)+".arrangement", "recipient %q states an arrangement between joint controllers but is a %s; make it RoleJointController, or drop the arrangement", clip(r.ID), r.Role.Name())
		}
		if r.OwnPolicy && r.Role == RoleProcessor {
			v.add(SeverityError, RuleOwnPolicyRole, elem("recipients", r.ID, i)+".own_policy", "recipient %q is a processor, which uses the data on our instructions, yet is said to use it under its own privacy policy; make it RoleThirdParty, or drop OwnPolicy", clip(r.ID))
		}
		if r.Conditional && purposeNotEvent(r.Purpose) {
			v.add(SeverityWarning, RuleConditionalEvent, elem("recipients", r.ID, i)+".purpose", "recipient %q receives data only if an event occurs, but its purpose %q states why, not when; state the event, such as \"a debt stays unpaid after reminders\"", clip(r.ID), clip(r.Purpose))
		}
		for j, k := range r.Commitments {
			at := elem("recipients", r.ID, i) + ".commitments[" + itoa(j) + "]"
			switch {
			case !k.Valid():
				v.add(SeverityError, RuleInvalidValue, at, "%s is not a known commitment", k)
			case !k.ForRecipient():
				v.add(SeverityError, RuleInvalidValue, at, "commitment %s of recipient %q is a promise of the service, not one a recipient can be bound to; state it in the policy's commitments", k, clip(r.ID))
			case slices.Contains(r.Commitments[:j], k):
				v.add(SeverityError, RuleDuplicateEntry, at, "commitment %s of recipient %q is listed more than once", k, clip(r.ID))
			}
		}
	}
	for i, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		for j, b := range pu.Bases {
			if !b.Valid() {
				v.add(SeverityError, RuleInvalidValue, elem("purposes", pu.ID, i)+".bases["+itoa(j)+"]", "%s is not a known legal ground", b)
			}
		}
		// 152-FZ Art. 18.1(1)(2).
		for j, s := range pu.Subjects {
			if !s.Valid() {
				v.add(SeverityError, RuleInvalidValue, elem("purposes", pu.ID, i)+".subjects["+itoa(j)+"]", "%s is not a known category of data subjects", s)
			}
		}
		for j, a := range pu.Actions {
			if !a.Valid() {
				v.add(SeverityError, RuleInvalidValue, elem("purposes", pu.ID, i)+".actions["+itoa(j)+"]", "%s is not a known action on personal data", a)
			}
		}
		if len(pu.DecisionAreas) > 0 {
			path := elem("purposes", pu.ID, i) + ".decision_areas"
			enumList(v, path, pu.DecisionAreas, "area of automated decisions")
			if pu.Automated == "" {
				v.add(SeverityError, RuleDecisionAreas, path, "the purpose states the areas its automated decisions affect but no automated decisions (automated)")
			}
		}
		// A purpose limited to some regions is left out of the laws'
		// views of the others, for whose people the statement holds.
		if p.NoAutomatedDecisions && len(pu.Regions) == 0 {
			switch {
			case pu.Automated != "":
				v.add(SeverityError, RuleNoAutomatedConflict, elem("purposes", pu.ID, i)+".automated", "purpose %q states automated decisions, but the policy says it makes none (no_automated_decisions); drop one of them", clip(pu.ID))
			case pu.Suspension.Automated == AnswerYes:
				v.add(SeverityWarning, RuleNoAutomatedConflict, elem("purposes", pu.ID, i)+".suspension.automated", "purpose %q blocks or suspends by automated decision alone, which can affect people significantly, but the policy says it makes no such decisions (no_automated_decisions); state the decision in automated, or have a person take it", clip(pu.ID))
			}
		}
		if pu.ServiceMessages && pu.DirectMarketing {
			v.add(SeverityError, RuleServiceMessages, elem("purposes", pu.ID, i)+".service_messages", "purpose %q sends service messages, which are not marketing, yet is direct marketing; split the marketing into a purpose of its own", clip(pu.ID))
		}
		if m := pu.Method; m != 0 && !m.Valid() {
			v.add(SeverityError, RuleInvalidValue, elem("purposes", pu.ID, i)+".method", "%s is not a known method of processing", m)
		}
		switch age := pu.MinimumAge; {
		case age < 0:
			v.add(SeverityError, RuleInvalidValue, elem("purposes", pu.ID, i)+".minimum_age", "minimum age %d is negative", age)
		case age > MaxMinimumAge:
			v.add(SeverityError, RuleOutOfRange, elem("purposes", pu.ID, i)+".minimum_age", "minimum age %d is over %d years", age, MaxMinimumAge)
		case age > 0:
			if least := p.Children.leastAge(); age <= least {
				v.add(SeverityWarning, RuleAgeMoot, elem("purposes", pu.ID, i)+".minimum_age", "minimum age %d of purpose %q is not above the service's minimum age of %d, which applies everywhere, so it restricts no one; raise it or drop it", age, clip(pu.ID), least)
			}
		}
		if len(pu.AgeChecks) > 0 { // the path is built only for a purpose that states some
			enumList(v, elem("purposes", pu.ID, i)+".age_checks", pu.AgeChecks, "way of checking age")
		}
		if len(pu.Regions) > 0 {
			v.regional = true
			v.regionList(func() string { return elem("purposes", pu.ID, i) + ".regions" }, pu.Regions, func(at string, r language.Region) {
				v.add(SeverityError, RuleDuplicateEntry, at, "region %s of purpose %q is listed more than once", r, clip(pu.ID))
			})
		}
	}
	for i, r := range p.Rights {
		switch {
		case r.Kind == 0:
			v.add(SeverityError, RuleInvalidValue, index("rights", i)+".kind", "the right does not say which right it is")
		case !r.Kind.Valid():
			v.add(SeverityError, RuleInvalidValue, index("rights", i)+".kind", "%s is not a known right", r.Kind)
		case slices.Contains(p.Rights[:i], r):
			// The document would state the same right twice; the same
			// right with another way of exercising it is stated with
			// each.
			v.add(SeverityError, RuleDuplicateEntry, index("rights", i), "right %s is listed more than once with the same way of exercising it", r.Kind)
		}
	}
	for i, c := range p.Changes.Notify {
		if !c.Valid() {
			v.add(SeverityError, RuleInvalidValue, index("changes.notify", i), "%s is not a known channel", c)
		}
	}
	switch age := p.Children.MinimumAge; {
	case age < 0:
		v.add(SeverityError, RuleInvalidValue, "children.minimum_age", "minimum age %d is negative", age)
	case age > MaxMinimumAge:
		v.add(SeverityError, RuleOutOfRange, "children.minimum_age", "minimum age %d is over %d years", age, MaxMinimumAge)
	}
	for i, a := range p.Children.ByRegion {
		path := index("children.by_region", i)
		v.region(path+".region", a.Region)
		switch {
		case a.Age < 1:
			v.add(SeverityError, RuleInvalidValue, path+".age", "minimum age %d is not a positive number of years", a.Age)
		case a.Age > MaxMinimumAge:
			v.add(SeverityError, RuleOutOfRange, path+".age", "minimum age %d is over %d years", a.Age, MaxMinimumAge)
		}
		if slices.ContainsFunc(p.Children.ByRegion[:i], func(b AgeLimit) bool { return b.Region == a.Region }) {
			v.add(SeverityError, RuleDuplicateEntry, path+".region", "the minimum age in %s is stated more than once", a.Region)
		}
	}
	switch age := p.Children.ConsentAge; {
	case age < 0:
		v.add(SeverityError, RuleInvalidValue, "children.consent_age", "consent age %d is negative", age)
	case age > MaxMinimumAge:
		v.add(SeverityError, RuleOutOfRange, "children.consent_age", "consent age %d is over %d years", age, MaxMinimumAge)
	case age > 0 && age < p.Children.MinimumAge:
		v.add(SeverityWarning, RuleOutOfRange, "children.consent_age", "consent age %d is below the minimum age %d, so no user of the service consents with a parent; state a consent age of at least %d, or none", age, p.Children.MinimumAge, p.Children.MinimumAge)
	case p.Children.ConsentAgeMoot():
		v.add(SeverityWarning, RuleOutOfRange, "children.consent_age", "consent age %d is not above the youngest age of %d from which the service may be used, and no one younger may use it with a parent's consent (parental_consent), so no user consents with a parent; state none, or a consent age above %d", age, p.Children.YoungestAge(), p.Children.YoungestAge())
	}
	for i, r := range p.Children.Restrictions {
		path := index("children.restrictions", i)
		if !r.Valid() {
			v.add(SeverityError, RuleInvalidValue, path, "%s is not a known restriction for younger users", r)
		}
		if slices.Contains(p.Children.Restrictions[:i], r) {
			v.add(SeverityError, RuleDuplicateEntry, path, "the restriction %s is listed more than once", r)
		}
	}
	enumList(v, "children.age_checks", p.Children.AgeChecks, "way of checking age")
	if len(p.Children.AgeChecks) > 0 && !p.Children.statesAge() {
		v.add(SeverityWarning, RuleAgeMissing, "children.age_checks", "the policy says how it checks that users are old enough, but states no age to check against; state the minimum age (MinimumAge or ByRegion) or the consent age")
	}
	if n := p.Changes.Notice; !n.IsZero() && !n.Valid() {
		v.add(SeverityError, RuleInvalidValue, "changes.notice", "notice period %s is negative", n)
	}
	v.period("changes.notice", p.Changes.Notice)
	v.terminationValues()
	v.definitionValues()
	v.requestValues()
	enumList(v, "safety_tips", p.SafetyTips, "safety tip")
	enumList(v, "external", p.External, "kind of external service")
	enumList(v, "user_duties", p.UserDuties, "duty of users")
}

// terminationValues checks the events on which processing ends: each a
// defined event, listed once, and not the collection of the data, on
// which processing starts.
func (v *validator) terminationValues() {
	for i, e := range v.p.Termination {
		switch {
		case !e.Valid():
			v.add(SeverityError, RuleInvalidValue, index("termination", i), "%s is not a known event", e)
		case e == EventCollection:
			v.add(SeverityError, RuleInvalidValue, index("termination", i), "processing cannot end on the collection of the data, where it begins")
		case slices.Contains(v.p.Termination[:i], e):
			v.add(SeverityError, RuleDuplicateEntry, index("termination", i), "event %s is listed more than once", e)
		}
	}
}

// definitionValues checks the terms the document defines: each a term of
// 152-FZ Art. 3 the library knows, listed once.
func (v *validator) definitionValues() {
	for i, d := range v.p.Definitions {
		switch {
		case !d.Valid():
			v.add(SeverityError, RuleInvalidValue, index("definitions", i), "%s is not a known term", d)
		case slices.Contains(v.p.Definitions[:i], d):
			v.add(SeverityError, RuleDuplicateEntry, index("definitions", i), "term %s is listed more than once", d)
		}
	}
}

// requestValues checks what a request must contain (152-FZ Art. 14(3))
// and the time before it may be repeated (Art. 14(4)).
func (v *validator) requestValues() {
	r := v.p.Requests
	for i, d := range r.Contents {
		switch {
		case !d.Valid():
			v.add(SeverityError, RuleInvalidValue, index("requests.contents", i), "%s is not a known detail of a request", d)
		case slices.Contains(r.Contents[:i], d):
			v.add(SeverityError, RuleDuplicateEntry, index("requests.contents", i), "detail %s is listed more than once", d)
		}
	}
	if n := r.RepeatAfter; !n.IsZero() && !n.Valid() {
		v.add(SeverityError, RuleInvalidValue, "requests.repeat_after", "period %s is negative", n)
	}
	v.period("requests.repeat_after", r.RepeatAfter)
}

// categoryValues checks the enumerated fields of category c, element i of
// Policy.Categories.
func (v *validator) categoryValues(i int, c *Category) {
	path := func() string { return elem("categories", c.ID, i) }
	switch {
	case c.Sensitivity == 0:
		v.add(SeverityError, RuleMissingSensitivity, path()+".sensitivity", "category %q does not say whether it is personal data", clip(c.ID))
	case !c.Sensitivity.Valid():
		v.add(SeverityError, RuleInvalidValue, path()+".sensitivity", "%s is not a known sensitivity", c.Sensitivity)
	}
	if c.OnDevice != 0 && !c.OnDevice.Valid() {
		v.add(SeverityError, RuleInvalidValue, path()+".on_device", "%s is not a known way data stays on the device", c.OnDevice)
	}
	if c.OnDevice == OnDeviceOnly {
		v.onDeviceFields(path, c)
	}
	if c.GovernedBy != 0 && !c.GovernedBy.Valid() {
		v.add(SeverityError, RuleInvalidValue, path()+".governed_by", "%s is not a known US federal law with its own privacy rules", c.GovernedBy)
	}
	if c.Zones != 0 && !c.Zones.Valid() {
		v.add(SeverityError, RuleInvalidValue, path()+".zones", "%s is not a known way of leaving places out of the data", c.Zones)
	}
	if c.Visibility != 0 && !c.Visibility.Valid() {
		v.add(SeverityError, RuleInvalidValue, path()+".visibility", "%s is not a known visibility", c.Visibility)
	}
	for j, a := range c.VisibleTo {
		switch {
		case !a.Valid():
			v.add(SeverityError, RuleInvalidValue, path()+".visible_to["+itoa(j)+"]", "%s is not a known audience", a)
		case slices.Contains(c.VisibleTo[:j], a):
			v.add(SeverityError, RuleDuplicateEntry, path()+".visible_to["+itoa(j)+"]", "audience %s is listed more than once", a)
		}
	}
	for j, d := range c.AutoDelete {
		switch {
		case !d.Valid():
			v.add(SeverityError, RuleInvalidRetention, path()+".auto_delete["+itoa(j)+"]", "automatic deletion after %s: the period the user can choose must be positive", d)
		case !d.inRange():
			v.period(path()+".auto_delete["+itoa(j)+"]", d)
		case slices.Contains(c.AutoDelete[:j], d):
			v.add(SeverityError, RuleDuplicateEntry, path()+".auto_delete["+itoa(j)+"]", "automatic deletion after %s is listed more than once", d)
		case c.Retention.Kind == RetentionKeepFor && c.Retention.From == EventCollection && c.Retention.Period.Valid() && !c.Retention.Period.Longer(d):
			v.add(SeverityWarning, RuleAutoDeleteMoot, path()+".auto_delete["+itoa(j)+"]", "automatic deletion after %s deletes nothing sooner than the category's own retention of %s after collection; offer only periods shorter than it", d, c.Retention.Period)
		}
	}
	for j, k := range c.CCPA {
		if !k.Valid() {
			v.add(SeverityError, RuleInvalidValue, path()+".ccpa["+itoa(j)+"]", "%s is not a CCPA category", k)
		}
	}
	for j, s := range c.Sources {
		if !s.Valid() {
			v.add(SeverityError, RuleInvalidValue, path()+".sources["+itoa(j)+"]", "%s is not a known source", s)
		}
	}
	for j, k := range c.Commitments {
		switch {
		case !k.Valid():
			v.add(SeverityError, RuleInvalidValue, path()+".commitments["+itoa(j)+"]", "%s is not a known commitment", k)
		case !k.ForCategory():
			v.add(SeverityError, RuleInvalidValue, path()+".commitments["+itoa(j)+"]", "commitment %s is about the service, not one category of data; state it in the policy's commitments", k)
		case slices.Contains(c.Commitments[:j], k):
			v.add(SeverityError, RuleDuplicateEntry, path()+".commitments["+itoa(j)+"]", "commitment %s is listed more than once", k)
		case k == CommitmentNoDisclosureWithoutConsent:
			v.noDisclosure = true
		}
	}
	v.secrecy(path, &c.Secrecy)
	if c.OthersConsent && !slices.Contains(c.Sources, SourceOtherUsers) {
		v.add(SeverityError, RuleOthersConsentSource, path()+".others_consent", "category %q says what a user confirms when giving data about others, but its sources do not include other users (other_users); add the source, or drop others_consent", clip(c.ID))
	}
	if c.Linked && c.Sensitivity == SensitivityNotPersonal {
		v.add(SeverityError, RuleLinkedNotPersonal, path()+".linked", "category %q is linked to the person's identity, which makes it personal data, but its sensitivity says it is not", clip(c.ID))
	}
	if c.Personal() && len(c.Sources) == 0 {
		v.add(SeverityWarning, RuleMissingSource, path()+".sources", "category %q does not say where the data comes from (GDPR Art. 14(2)(f) requires it for data not obtained from the user)", clip(c.ID))
	}
}

// secrecy checks the duty of secrecy of the category at path: a known
// kind, stated where laws are named, and each law named with a valid
// region.
func (v *validator) secrecy(path func() string, s *Secrecy) {
	switch {
	case s.Kind != 0 && !s.Kind.Valid():
		v.add(SeverityError, RuleInvalidValue, path()+".secrecy.kind", "%s is not a known kind of secrecy", s.Kind)
	case s.Kind == 0 && len(s.Laws) > 0:
		v.add(SeverityError, RuleInvalidValue, path()+".secrecy.kind", "the duty of secrecy names its laws but not its kind")
	}
	for j, o := range s.Laws {
		at := textAt{"categories.secrecy.laws", func() string { return path() + index(".secrecy.laws", j) + "." }}
		if o.Act == "" {
			v.add(SeverityError, RuleMissingName, at.path()+"act", "the law laying down the duty of secrecy is not named")
		}
		v.text(at, "act", o.Act)
		if !regionOK(o.Region) {
			v.region(at.path()+"region", o.Region) // built only for a finding
		}
	}
}

// period reports a component of p, found at path, beyond its limit
// ([MaxPeriodUnit], or [MaxPeriodHours] for hours).
func (v *validator) period(path string, p Period) {
	if !p.inRange() {
		v.add(SeverityError, RuleOutOfRange, path, "period %s %s, which the JSON form cannot hold", p, p.overLimit())
	}
}

// purposeNotEvent reports whether s, the Purpose of a conditional
// recipient, opens as a statement of purpose ("to send offers", «для
// взыскания») rather than of the event on which the recipient receives
// data.
func purposeNotEvent(s string) bool {
	for _, p := range []string{"to ", "To ", "in order to ", "In order to ", "для ", "Для ", "в целях ", "В целях ", "с целью ", "С целью "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
