package policy

// declarations indexes the declared categories and recipients, and checks
// that every declaration is there (not nil), has a well-formed, unique ID
// and a name.
func (v *validator) declarations() {
	p := v.p
	v.catIDs = newIDTable(len(p.Categories), func(k int) string { return p.Categories[k].ID })
	v.facts = make([]facts, len(p.Categories))
	v.visit = make([]visits, len(p.Categories))
	byID := true // every category has an ID of its own
	for i, c := range p.Categories {
		if c == nil {
			v.add(SeverityError, RuleNil, index("categories", i), "nil category")
			continue
		}
		if !v.checkCategoryID(i, c.ID) {
			byID = false
		}
		v.facts[i] = categoryFacts(c)
		if c.Name == "" {
			v.add(SeverityError, RuleMissingName, elem("categories", c.ID, i)+".name", "category %q has no name", clip(c.ID))
		}
		v.visit[i] = v.trial(i, c)
	}
	if !byID {
		// A value listed twice has the same ID twice (or none), so
		// only then can there be one, and only then does a reference
		// need the index by pointer.
		v.catIndex = make(map[*Category]int, len(p.Categories))
		for i, c := range p.Categories {
			if c == nil {
				continue
			}
			if first, dup := v.catIndex[c]; dup {
				v.repeated = append(v.repeated, [2]int{i, first})
			} else {
				v.catIndex[c] = i
			}
		}
	}
	v.recips = make(map[*Recipient]bool, len(p.Recipients))
	v.recipIDs = make(map[string]*Recipient, len(p.Recipients))
	for i, r := range p.Recipients {
		if r == nil {
			v.add(SeverityError, RuleNil, index("recipients", i), "nil recipient")
			continue
		}
		checkID(v, "recipients", "recipient", r.ID, i, v.recipIDs, r)
		v.recips[r] = true
		if r.Name == "" {
			v.add(SeverityError, RuleMissingName, elem("recipients", r.ID, i)+".name", "recipient %q has no name", clip(r.ID))
		}
	}
	excluded := make(map[string]*Exclusion, len(p.NotCollected))
	for i := range p.NotCollected {
		e := &p.NotCollected[i]
		checkID(v, "not_collected", "exclusion", e.ID, i, excluded, e)
		if e.Name == "" {
			v.add(SeverityError, RuleMissingName, elem("not_collected", e.ID, i)+".name", "exclusion %q does not name what is not collected", clip(e.ID))
		}
	}
	incentives := make(map[string]*Incentive, len(p.Incentives))
	for i := range p.Incentives {
		in := &p.Incentives[i]
		checkID(v, "incentives", "incentive", in.ID, i, incentives, in)
		if in.Name == "" {
			v.add(SeverityError, RuleMissingName, elem("incentives", in.ID, i)+".name", "incentive %q has no name", clip(in.ID))
		}
	}
	purposes := make(map[string]*Purpose, len(p.Purposes))
	for i, pu := range p.Purposes {
		if pu == nil {
			v.add(SeverityError, RuleNil, index("purposes", i), "nil purpose")
			continue
		}
		checkID(v, "purposes", "purpose", pu.ID, i, purposes, pu)
		if pu.Name == "" {
			v.add(SeverityError, RuleMissingName, elem("purposes", pu.ID, i)+".name", "purpose %q has no name", clip(pu.ID))
		}
	}
	for i, m := range p.Security {
		if m.Kind == 0 && m.Name == "" && m.Description == "" {
			v.add(SeverityError, RuleMissingName, index("security", i), "security measure states neither a kind, a name nor a description")
		}
	}
}

// trial runs the checks of the later passes on category c, element i of
// Policy.Categories, and returns the passes that have something to report
// on it, whose findings it drops: those passes then visit only these
// categories, and report in their own order. A policy of many categories
// is so read once, while it is in the processor's cache, instead of once
// per pass.
func (v *validator) trial(i int, c *Category) visits {
	var vs visits
	if v.reports(func() { v.categoryValues(i, c) }) {
		vs |= visitValues
	}
	if v.reports(func() { v.categoryRetention(i, c) }) || c.Retention.IsZero() {
		vs |= visitRetention // whether no retention is an error depends on the purposes
	}
	if v.reports(func() { v.categoryStorage(i, c) }) {
		vs |= visitStorage
	}
	if v.reports(func() { v.categoryTexts(i, c) }) {
		vs |= visitText
	}
	if !c.Terms.IsZero() {
		vs |= visitTerms
	}
	return vs
}

// reports runs check and reports whether it found anything, dropping what
// it found.
func (v *validator) reports(check func()) bool {
	n := len(v.out)
	check()
	found := len(v.out) > n
	clear(v.out[n:])
	v.out = v.out[:n]
	return found
}

// checkID checks the ID of element i of list and records it in seen. It
// reports whether the ID is there and not a duplicate, so that seen now
// maps it to decl.
func checkID[T any](v *validator, list, kind, id string, i int, seen map[string]T, decl T) bool {
	if !v.idStated(list, kind, id, i) {
		return false
	}
	if _, dup := seen[id]; dup {
		v.duplicateID(list, kind, id, i)
		return false
	}
	seen[id] = decl
	return true
}

// checkCategoryID is checkID for the ID of category i, recorded in
// catIDs.
func (v *validator) checkCategoryID(i int, id string) bool {
	if !v.idStated("categories", "category", id, i) {
		return false
	}
	if _, dup := v.catIDs.add(id, i); dup {
		v.duplicateID("categories", "category", id, i)
		return false
	}
	return true
}

// idStated checks that element i of list has an ID, and that it is well
// formed; it reports whether there is one.
func (v *validator) idStated(list, kind, id string, i int) bool {
	switch {
	case id == "":
		v.add(SeverityError, RuleMissingID, elem(list, id, i)+".id", "%s %d has no ID", kind, i)
		return false
	case !ValidID(id):
		v.add(SeverityError, RuleInvalidID, elem(list, id, i)+".id", "%s ID %q is not a dot path of lowercase words such as \"account.email\" (at most %d bytes)", kind, clip(id), MaxIDLength)
	}
	return true
}

func (v *validator) duplicateID(list, kind, id string, i int) {
	v.add(SeverityError, RuleDuplicateID, elem(list, "", i)+".id", "%s ID %q is declared more than once", kind, clip(id))
}

// ValidID reports whether id is a well-formed declaration ID: a dot path of
// lowercase ASCII words, digits, '_' and '-', such as "account.email" or
// "payment.card_number", at most [MaxIDLength] bytes long. Such an ID holds
// no space, newline, markup or non-ASCII character, so it is safe in
// anchors, paths and every output format.
func ValidID(id string) bool {
	if id == "" || len(id) > MaxIDLength {
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
