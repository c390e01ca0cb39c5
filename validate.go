package policy

import (
	"fmt"
	"net/mail"
	"net/url"
	"strconv"

	"golang.org/x/text/language"
)

// Rules checked by [Policy.Validate].
const (
	RuleNil                 Rule = "model.nil"                    // A list holds a nil declaration.
	RuleMissingID           Rule = "id.missing"                   // A declaration has no ID.
	RuleInvalidID           Rule = "id.invalid"                   // An ID is not a lowercase dot path.
	RuleDuplicateID         Rule = "id.duplicate"                 // Two declarations of one kind share an ID.
	RuleMissingName         Rule = "name.missing"                 // A declaration or party has no name.
	RuleInvalidValue        Rule = "value.invalid"                // An enumerated field holds an undefined value.
	RuleMissingSensitivity  Rule = "category.sensitivity.missing" // A category does not say whether it is personal data.
	RuleMissingSource       Rule = "category.source.missing"      // A personal-data category does not say where the data comes from.
	RuleUndeclaredCategory  Rule = "ref.category.undeclared"      // A reference to a category not in Policy.Categories.
	RuleUndeclaredRecipient Rule = "ref.recipient.undeclared"     // A reference to a recipient not in Policy.Recipients.
	RuleUnusedCategory      Rule = "ref.category.unused"          // A category that no purpose uses.
	RuleExcludedCategory    Rule = "exclusion.conflict"           // Data declared both collected and not collected.
	RuleMissingBasis        Rule = "basis.missing"                // A purpose using personal data states no legal ground.
	RuleMissingInterest     Rule = "basis.interest.missing"       // Legitimate interests without the interest stated.
	RuleMissingSpecialBasis Rule = "basis.special.missing"        // Special-category data without an Art. 9(2) condition.
	RuleMissingWithdrawal   Rule = "basis.consent.withdrawal"     // Consent without a way to withdraw it.
	RuleMissingController   Rule = "controller.missing"           // No controller named.
	RuleMissingContact      Rule = "controller.contact.missing"   // No email or postal address for the controller.
	RuleInvalidEmail        Rule = "contact.email.invalid"        // An email address that does not parse.
	RuleInvalidURL          Rule = "url.invalid"                  // A URL that is not absolute http(s).
	RuleMissingRetention    Rule = "retention.missing"            // Personal data without a retention period.
	RuleInvalidRetention    Rule = "retention.invalid"            // A retention statement missing the part its rule needs.
	RuleIndefinite          Rule = "retention.indefinite"         // Data kept without end.
	RuleInvalidRegion       Rule = "region.invalid"               // A region that is not an ISO 3166 country (or EU).
	RuleMissingSafeguard    Rule = "transfer.safeguard.missing"   // A transfer without a safeguard.
	RuleInvalidDate         Rule = "date.invalid"                 // A date that does not exist.
	RuleMissingDate         Rule = "date.missing"                 // No effective date.
	RuleDateOrder           Rule = "date.order"                   // Effective date after the last-updated date.
)

// Validate checks p and returns every finding, in the order of p's fields.
// It never modifies p. An empty result means the policy is consistent and
// complete as far as the model goes; [Findings.Err] turns the result into
// an error that is nil unless a finding is an [Error].
func (p *Policy) Validate() Findings {
	v := validator{p: p}
	v.policy()
	return v.out
}

type validator struct {
	p   *Policy
	out Findings
	// Declared categories: by pointer and by ID, each giving the index in
	// Policy.Categories (the first, for a duplicate ID).
	catIndex map[*Category]int
	catIDs   map[string]int
	// facts of each category, by index; zero for a nil one.
	facts []facts
	// Declared recipients, by pointer and by ID.
	recips   map[*Recipient]bool
	recipIDs map[string]*Recipient
}

func (v *validator) add(sev Severity, rule Rule, path, format string, args ...any) {
	v.out = append(v.out, Finding{Path: path, Rule: rule, Severity: sev, Message: fmt.Sprintf(format, args...)})
}

// elem returns the path of element i of list, named by id when it has one.
func elem(list, id string, i int) string {
	if id == "" || !ValidID(id) {
		return list + "[" + strconv.Itoa(i) + "]"
	}
	return list + "[" + id + "]"
}

// ValidID reports whether id is a well-formed declaration ID: a dot path of
// lowercase ASCII words, digits, '_' and '-', such as "account.email" or
// "payment.card_number", at most 128 bytes long.
func ValidID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	prevSep := true
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			prevSep = false
		case c == '.' || c == '_' || c == '-':
			if prevSep {
				return false
			}
			prevSep = true
		default:
			return false
		}
	}
	return !prevSep
}

func (v *validator) policy() {
	p := v.p
	v.controller()
	v.dates()
	if p.URL != "" {
		v.url("url", p.URL)
	}
	for i, l := range p.Laws {
		if !l.Valid() {
			v.add(Error, RuleInvalidValue, "laws["+strconv.Itoa(i)+"]", "%s is not a known law", l)
		}
	}
	for i, pr := range p.Principles {
		if !pr.Valid() {
			v.add(Error, RuleInvalidValue, "principles["+strconv.Itoa(i)+"]", "%s is not a known principle", pr)
		}
	}
	v.categories()
	v.recipients()
	v.exclusions()
	v.purposes()
	v.unused()
	v.transfers()
	for i, r := range p.Rights {
		switch {
		case r.Kind == 0:
			v.add(Error, RuleInvalidValue, "rights["+strconv.Itoa(i)+"].kind", "the right does not say which right it is")
		case !r.Kind.Valid():
			v.add(Error, RuleInvalidValue, "rights["+strconv.Itoa(i)+"].kind", "%s is not a known right", r.Kind)
		}
	}
	for i, m := range p.Security {
		if m.Name == "" && m.Description == "" {
			v.add(Error, RuleMissingName, "security["+strconv.Itoa(i)+"]", "security measure states neither a name nor a description")
		}
	}
	for i, c := range p.Changes.Notify {
		if !c.Valid() {
			v.add(Error, RuleInvalidValue, "changes.notify["+strconv.Itoa(i)+"]", "%s is not a known channel", c)
		}
	}
	if p.Children.MinimumAge < 0 {
		v.add(Error, RuleInvalidValue, "children.minimum_age", "minimum age %d is negative", p.Children.MinimumAge)
	}
	if !p.Changes.Notice.IsZero() && !p.Changes.Notice.Valid() {
		v.add(Error, RuleInvalidValue, "changes.notice", "notice period %s is negative", p.Changes.Notice)
	}
	v.contact("contact", p.Contact)
	v.laws()
}

func (v *validator) controller() {
	c := v.p.Controller
	if c.Name == "" {
		v.add(Error, RuleMissingController, "controller.name", "the controller (the organisation responsible for the processing) is not named")
	}
	if c.Email == "" && c.Address == "" {
		v.add(Error, RuleMissingContact, "controller", "the controller has neither an email nor a postal address; users need a way to reach it")
	}
	v.contact("controller", c.Contact)
	if c.Country != (language.Region{}) {
		v.region("controller.country", c.Country)
	}
	for j, st := range v.p.Storage {
		if st.Subjects != (language.Region{}) {
			v.region("storage["+strconv.Itoa(j)+"].subjects", st.Subjects)
		}
		v.region("storage["+strconv.Itoa(j)+"].location", st.Location)
	}
	for _, a := range []struct {
		path string
		a    Answer
	}{{"ccpa.sold", v.p.CCPA.Sold}, {"ccpa.shared", v.p.CCPA.Shared}} {
		if a.a != 0 && !a.a.Valid() {
			v.add(Error, RuleInvalidValue, a.path, "%s is neither yes nor no", a.a)
		}
	}
	if v.p.DPO != nil {
		if v.p.DPO.Email == "" && v.p.DPO.Address == "" {
			v.add(Error, RuleMissingContact, "dpo", "the data protection officer has neither an email nor a postal address")
		}
		v.contact("dpo", *v.p.DPO)
	}
	for i, r := range v.p.Representatives {
		path := "representatives[" + strconv.Itoa(i) + "]"
		v.region(path+".region", r.Region)
		if r.Contact.Name == "" {
			v.add(Error, RuleMissingName, path+".contact.name", "the representative is not named")
		}
		v.contact(path+".contact", r.Contact)
	}
}

func (v *validator) contact(path string, c Contact) {
	if c.Email != "" {
		if a, err := mail.ParseAddress(c.Email); err != nil || a.Name != "" {
			v.add(Error, RuleInvalidEmail, path+".email", "%q is not an email address", c.Email)
		}
	}
	if c.Website != "" {
		v.url(path+".website", c.Website)
	}
}

func (v *validator) url(path, s string) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		v.add(Error, RuleInvalidURL, path, "%q is not an absolute http or https URL", s)
	}
}

func (v *validator) region(path string, r language.Region) {
	if r == (language.Region{}) {
		v.add(Error, RuleInvalidRegion, path, "no country is stated")
		return
	}
	if !regionOK(r) {
		v.add(Error, RuleInvalidRegion, path, "%q is not an ISO 3166 country code (or EU)", r.String())
	}
}

// regionOK reports whether r is a country or the European Union.
func regionOK(r language.Region) bool {
	return r.IsCountry() || r.String() == "EU"
}

func (v *validator) dates() {
	p := v.p
	ok := true
	for _, d := range []struct {
		path string
		date Date
	}{{"effective", p.Effective}, {"updated", p.Updated}} {
		if !d.date.IsZero() && !d.date.Valid() {
			v.add(Error, RuleInvalidDate, d.path, "%s is not a valid date", d.date)
			ok = false
		}
	}
	if p.Effective.IsZero() {
		v.add(Warning, RuleMissingDate, "effective", "the policy states no effective date; readers cannot tell which version applied when")
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
		v.add(Error, RuleDateOrder, "effective", "the effective date %s is after the last-updated date %s, but the policy says changes take effect when posted; state the notice period in changes.notice or correct the dates", p.Effective, p.Updated)
	case p.Effective.Before(notice.AddTo(p.Updated)):
		v.add(Error, RuleDateOrder, "effective", "the version updated on %s takes effect on %s, before the %s of notice the policy promises", p.Updated, p.Effective, notice)
	}
}

// declaredCat reports whether c is one of the declared categories.
func (v *validator) declaredCat(c *Category) bool {
	_, ok := v.catIndex[c]
	return ok
}

func (v *validator) categories() {
	v.catIDs = make(map[string]int, len(v.p.Categories))
	v.catIndex = make(map[*Category]int, len(v.p.Categories))
	v.facts = make([]facts, len(v.p.Categories))
	for i, c := range v.p.Categories {
		if c == nil {
			v.add(Error, RuleNil, "categories["+strconv.Itoa(i)+"]", "nil category")
			continue
		}
		// Paths are built only for findings: most categories have none.
		path := func() string { return elem("categories", c.ID, i) }
		checkID(v, "categories", "category", c.ID, i, v.catIDs, i)
		if _, dup := v.catIndex[c]; !dup {
			v.catIndex[c] = i
		}
		v.facts[i] = categoryFacts(c)
		if c.Name == "" {
			v.add(Error, RuleMissingName, path()+".name", "category %q has no name", c.ID)
		}
		switch {
		case c.Sensitivity == 0:
			v.add(Error, RuleMissingSensitivity, path()+".sensitivity", "category %q does not say whether it is personal data", c.ID)
		case !c.Sensitivity.Valid():
			v.add(Error, RuleInvalidValue, path()+".sensitivity", "%s is not a known sensitivity", c.Sensitivity)
		}
		for j, k := range c.CCPA {
			if !k.Valid() {
				v.add(Error, RuleInvalidValue, path()+".ccpa["+strconv.Itoa(j)+"]", "%s is not a CCPA category", k)
			}
		}
		for j, s := range c.Sources {
			if !s.Valid() {
				v.add(Error, RuleInvalidValue, path()+".sources["+strconv.Itoa(j)+"]", "%s is not a known source", s)
			}
		}
		if c.Personal() && len(c.Sources) == 0 {
			v.add(Warning, RuleMissingSource, path()+".sources", "category %q does not say where the data comes from (GDPR Art. 14(2)(f) requires it for data not obtained from the user)", c.ID)
		}
		for j, s := range c.Storage {
			if s.Subjects != (language.Region{}) && !regionOK(s.Subjects) {
				v.region(path()+".storage["+strconv.Itoa(j)+"].subjects", s.Subjects)
			}
			if !regionOK(s.Location) {
				v.region(path()+".storage["+strconv.Itoa(j)+"].location", s.Location)
			}
		}
		v.retention(path, ".retention", c.Retention)
	}
}

// checkID checks the ID of element i of list and records it in seen.
func checkID[T any](v *validator, list, kind, id string, i int, seen map[string]T, decl T) {
	switch {
	case id == "":
		v.add(Error, RuleMissingID, elem(list, id, i)+".id", "%s %d has no ID", kind, i)
		return
	case !ValidID(id):
		v.add(Error, RuleInvalidID, elem(list, id, i)+".id", "%s ID %q is not a dot path of lowercase words such as \"account.email\"", kind, id)
	}
	if _, dup := seen[id]; dup {
		v.add(Error, RuleDuplicateID, elem(list, "", i)+".id", "%s ID %q is declared more than once", kind, id)
		return
	}
	seen[id] = decl
}

// retention checks r, found at base()+field.
func (v *validator) retention(base func() string, field string, r Retention) {
	if r.Rule == KeepFor && r.Period.Valid() && r.From.Valid() {
		return // the common case, checked without building a path
	}
	path := base() + field
	switch r.Rule {
	case 0:
		if !r.IsZero() {
			v.add(Error, RuleInvalidRetention, path+".rule", "retention states details but no rule (period, while_active, required_by_law or indefinite)")
		}
	case KeepFor:
		if !r.Period.Valid() {
			v.add(Error, RuleInvalidRetention, path+".period", "retention for a period states no positive period")
		}
		if !r.From.Valid() {
			v.add(Error, RuleInvalidRetention, path+".from", "retention for a period does not say what event the period is counted from")
		}
	case WhileActive:
		if !r.Period.IsZero() && !r.Period.Valid() {
			v.add(Error, RuleInvalidRetention, path+".period", "retention after account closure is negative")
		}
	case RequiredByLaw:
		if r.Law == "" {
			v.add(Error, RuleInvalidRetention, path+".law", "retention as required by law does not name the law")
		}
	case Indefinite:
		v.add(Warning, RuleIndefinite, path, "data is kept indefinitely; most laws require a period or the criteria used to set one (GDPR Art. 13(2)(a))")
	default:
		v.add(Error, RuleInvalidValue, path+".rule", "%s is not a known retention rule", r.Rule)
	}
}

func (v *validator) recipients() {
	v.recips = make(map[*Recipient]bool, len(v.p.Recipients))
	v.recipIDs = make(map[string]*Recipient, len(v.p.Recipients))
	for i, r := range v.p.Recipients {
		if r == nil {
			v.add(Error, RuleNil, "recipients["+strconv.Itoa(i)+"]", "nil recipient")
			continue
		}
		path := func() string { return elem("recipients", r.ID, i) }
		checkID(v, "recipients", "recipient", r.ID, i, v.recipIDs, r)
		v.recips[r] = true
		if r.Name == "" {
			v.add(Error, RuleMissingName, path()+".name", "recipient %q has no name", r.ID)
		}
		if !r.Role.Valid() {
			v.add(Error, RuleInvalidValue, path()+".role", "recipient %q does not say whether it is a processor, third party, joint controller or authority", r.ID)
		}
		v.categoryRefs(path, ".categories", r.Categories)
		if r.Country != (language.Region{}) && !regionOK(r.Country) {
			v.region(path()+".country", r.Country)
		}
	}
}

// categoryRefs checks that every category in refs, found at base()+field,
// is declared.
func (v *validator) categoryRefs(base func() string, field string, refs []*Category) {
	for j, c := range refs {
		if c == nil || !v.declaredCat(c) {
			v.categoryRef(base()+field+"["+strconv.Itoa(j)+"]", c)
		}
	}
}

func (v *validator) categoryRef(path string, c *Category) {
	if c == nil {
		v.add(Error, RuleNil, path, "nil category reference")
		return
	}
	_, sameID := v.catIDs[c.ID]
	switch {
	case v.declaredCat(c):
	case sameID:
		v.add(Error, RuleUndeclaredCategory, path, "refers to a category with ID %q that is a different value from the one in categories; declare the category once and refer to that value", c.ID)
	default:
		v.add(Error, RuleUndeclaredCategory, path, "refers to category %q, which is not declared in categories", c.ID)
	}
}

func (v *validator) recipientRef(path string, r *Recipient) {
	switch {
	case r == nil:
		v.add(Error, RuleNil, path, "nil recipient reference")
	case v.recips[r]:
	case v.recipIDs[r.ID] != nil:
		v.add(Error, RuleUndeclaredRecipient, path, "refers to a recipient with ID %q that is a different value from the one in recipients; declare the recipient once and refer to that value", r.ID)
	default:
		v.add(Error, RuleUndeclaredRecipient, path, "refers to recipient %q, which is not declared in recipients", r.ID)
	}
}

func (v *validator) exclusions() {
	seen := make(map[string]*Exclusion, len(v.p.NotCollected))
	for i := range v.p.NotCollected {
		e := &v.p.NotCollected[i]
		path := elem("not_collected", e.ID, i)
		checkID(v, "not_collected", "exclusion", e.ID, i, seen, e)
		if e.Name == "" {
			v.add(Error, RuleMissingName, path+".name", "exclusion %q does not name what is not collected", e.ID)
		}
		if _, ok := v.catIDs[e.ID]; ok {
			v.add(Error, RuleExcludedCategory, path+".id", "%q is declared as not collected but is also a declared category", e.ID)
		}
		if e.Category != nil {
			v.categoryRef(path+".category", e.Category)
		}
	}
}

func (v *validator) purposes() {
	seen := make(map[string]*Purpose, len(v.p.Purposes))
	for i, pu := range v.p.Purposes {
		if pu == nil {
			v.add(Error, RuleNil, "purposes["+strconv.Itoa(i)+"]", "nil purpose")
			continue
		}
		path := func() string { return elem("purposes", pu.ID, i) }
		checkID(v, "purposes", "purpose", pu.ID, i, seen, pu)
		if pu.Name == "" {
			v.add(Error, RuleMissingName, path()+".name", "purpose %q has no name", pu.ID)
		}
		v.categoryRefs(path, ".categories", pu.Categories)
		for j, r := range pu.Recipients {
			if r == nil || !v.recips[r] {
				v.recipientRef(path()+".recipients["+strconv.Itoa(j)+"]", r)
			}
		}
		personal, special := false, false
		for _, c := range pu.Categories {
			personal = personal || c.Personal()
			special = special || (c != nil && c.Sensitivity == Special)
		}
		hasSpecialBasis, hasConsent := false, false
		for j, b := range pu.Bases {
			if !b.Valid() {
				v.add(Error, RuleInvalidValue, path()+".bases["+strconv.Itoa(j)+"]", "%s is not a known legal ground", b)
				continue
			}
			hasSpecialBasis = hasSpecialBasis || b.Special()
			hasConsent = hasConsent || b.IsConsent()
		}
		if personal && len(pu.Bases) == 0 {
			v.add(Error, RuleMissingBasis, path()+".bases", "purpose %q uses personal data but states no legal ground", pu.ID)
		}
		if pu.HasBasis(LegitimateInterests) && pu.Interest == "" {
			v.add(Error, RuleMissingInterest, path()+".interest", "purpose %q rests on legitimate interests but does not say what the interest is (GDPR Art. 13(1)(d))", pu.ID)
		}
		if special && !hasSpecialBasis {
			v.add(Error, RuleMissingSpecialBasis, path()+".bases", "purpose %q uses a special category of data but states no Art. 9(2) condition", pu.ID)
		}
		if hasConsent && pu.Withdraw == "" {
			v.add(Error, RuleMissingWithdrawal, path()+".withdraw", "purpose %q rests on consent but does not say how to withdraw it (GDPR Art. 7(3), 13(2)(c))", pu.ID)
		}
		if !pu.Retention.IsZero() {
			v.retention(path, ".retention", pu.Retention)
		}
	}
}

// unused reports categories no purpose uses, and personal categories whose
// retention is stated neither on the category nor on every purpose using it.
func (v *validator) unused() {
	type use struct{ purposes, withRetention int }
	uses := make([]use, len(v.p.Categories)) // by index in Policy.Categories
	for _, pu := range v.p.Purposes {
		if pu == nil {
			continue
		}
		for _, c := range pu.Categories {
			i, ok := v.catIndex[c]
			if !ok {
				continue
			}
			u := &uses[i]
			u.purposes++
			if !pu.Retention.IsZero() {
				u.withRetention++
			}
		}
	}
	for i, c := range v.p.Categories {
		if c == nil {
			continue
		}
		u := uses[v.catIndex[c]] // the first entry, where the same value is listed twice
		if u.purposes == 0 {
			sev := Warning
			if c.Personal() {
				sev = Error
			}
			v.add(sev, RuleUnusedCategory, elem("categories", c.ID, i), "no purpose uses category %q; every category needs a purpose, or remove it", c.ID)
		}
		if c.Personal() && c.Retention.IsZero() && (u.purposes == 0 || u.withRetention < u.purposes) {
			v.add(Error, RuleMissingRetention, elem("categories", c.ID, i)+".retention", "category %q states no retention period, and not every purpose using it does", c.ID)
		}
	}
}

func (v *validator) transfers() {
	for i, t := range v.p.Transfers {
		path := func() string { return "transfers[" + strconv.Itoa(i) + "]" }
		if !regionOK(t.Destination) {
			v.region(path()+".destination", t.Destination)
		}
		if t.Recipient != nil {
			v.recipientRef(path()+".recipient", t.Recipient)
		}
		v.categoryRefs(path, ".categories", t.Categories)
		for j, l := range t.Laws {
			if !l.Valid() {
				v.add(Error, RuleInvalidValue, path()+".laws["+strconv.Itoa(j)+"]", "%s is not a known law", l)
			}
		}
		switch {
		case t.Safeguard == 0:
			v.add(Error, RuleMissingSafeguard, path()+".safeguard", "the transfer to %s states no safeguard (adequacy decision, standard contractual clauses, ...)", t.Destination)
		case !t.Safeguard.Valid():
			v.add(Error, RuleInvalidValue, path()+".safeguard", "%s is not a known safeguard", t.Safeguard)
		}
	}
}
