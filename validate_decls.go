package policy

// declarations indexes the declared categories and recipients, and checks
// that every declaration is there (not nil), has a well-formed, unique ID
// and a name.
func (v *validator) declarations() {
	p := v.p
	v.facts = make([]facts, len(p.Categories))
	v.visit = make([]visits, len(p.Categories))
	start := len(v.out)
	ids := newIDFilter(len(p.Categories))
	byID := v.categories(ids)
	if ids.repeats(v.catID) {
		// An ID is declared twice: check the categories again, through
		// a table of their IDs, which finds the first declaration of
		// each and reports the others where they are.
		clear(v.out[start:])
		v.out = v.out[:start]
		v.catIDs = newIDTable(len(p.Categories), v.catID)
		byID = v.categories(nil)
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
	v.recipIDs = newIDTable(len(p.Recipients), func(k int) string { return p.Recipients[k].ID })
	recipByID := true
	for i, r := range p.Recipients {
		if r == nil {
			v.add(SeverityError, RuleNil, index("recipients", i), "nil recipient")
			continue
		}
		if !v.checkID(v.recipIDs, "recipients", "recipient", r.ID, i) {
			recipByID = false
		}
		if r.Name == "" {
			v.add(SeverityError, RuleMissingName, elem("recipients", r.ID, i)+".name", "recipient %q has no name", clip(r.ID))
		}
	}
	if !recipByID {
		v.recips = make(map[*Recipient]bool, len(p.Recipients))
		for _, r := range p.Recipients {
			v.recips[r] = r != nil
		}
	}
	excluded := newIDTable(len(p.NotCollected), func(k int) string { return p.NotCollected[k].ID })
	for i := range p.NotCollected {
		e := &p.NotCollected[i]
		v.checkID(excluded, "not_collected", "exclusion", e.ID, i)
		if e.Name == "" {
			v.add(SeverityError, RuleMissingName, elem("not_collected", e.ID, i)+".name", "exclusion %q does not name what is not collected", clip(e.ID))
		}
	}
	incentives := newIDTable(len(p.Incentives), func(k int) string { return p.Incentives[k].ID })
	for i := range p.Incentives {
		in := &p.Incentives[i]
		v.checkID(incentives, "incentives", "incentive", in.ID, i)
		if in.Name == "" {
			v.add(SeverityError, RuleMissingName, elem("incentives", in.ID, i)+".name", "incentive %q has no name", clip(in.ID))
		}
	}
	purposes := newIDTable(len(p.Purposes), func(k int) string { return p.Purposes[k].ID })
	for i, pu := range p.Purposes {
		if pu == nil {
			v.add(SeverityError, RuleNil, index("purposes", i), "nil purpose")
			continue
		}
		v.checkID(purposes, "purposes", "purpose", pu.ID, i)
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
	if len(c.DerivedFrom) > 0 {
		vs |= visitDerived
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

// checkID checks the ID of element i of list and records it in ids. It
// reports whether the ID is there and not a duplicate, so that ids now
// finds element i by it.
func (v *validator) checkID(ids *idTable, list, kind, id string, i int) bool {
	return v.checkHashedID(ids, list, kind, id, ids.hash(id), i)
}

// checkHashedID is checkID for an ID of hash h.
func (v *validator) checkHashedID(ids *idTable, list, kind, id string, h uint64, i int) bool {
	if !v.idStated(list, kind, id, i) {
		return false
	}
	if _, dup := ids.add(id, h, i); dup {
		v.duplicateID(list, kind, id, i)
		return false
	}
	return true
}

// categories checks each category for declarations: that it is there,
// has an ID and a name, and, as a trial, the checks of the later passes.
// It records the IDs in ids, or, where ids is nil, in v.catIDs, which
// then reports each repeated ID. It reports whether every category has
// an ID of its own, as far as ids can tell.
func (v *validator) categories(ids *idFilter) bool {
	byID := true
	for i, c := range v.p.Categories {
		if c == nil {
			v.add(SeverityError, RuleNil, index("categories", i), "nil category")
			continue
		}
		switch {
		case ids == nil:
			if !v.checkID(v.catIDs, "categories", "category", c.ID, i) {
				byID = false
			}
		case v.idStated("categories", "category", c.ID, i):
			ids.add(i, c.ID)
		default:
			byID = false
		}
		v.facts[i] = categoryFacts(c)
		if c.Name == "" {
			v.add(SeverityError, RuleMissingName, elem("categories", c.ID, i)+".name", "category %q has no name", clip(c.ID))
		}
		v.visit[i] = v.trial(i, c)
	}
	return byID
}

// catID returns the ID of category k.
func (v *validator) catID(k int) string { return v.p.Categories[k].ID }

// categoryIDs returns the table of the categories' IDs, built on the
// first call where declarations did not need one.
func (v *validator) categoryIDs() *idTable {
	if v.catIDs == nil {
		cats := v.p.Categories
		v.catIDs = newIDTable(len(cats), v.catID)
		for k, c := range cats {
			if c != nil && c.ID != "" {
				v.catIDs.add(c.ID, v.catIDs.hash(c.ID), k)
			}
		}
	}
	return v.catIDs
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
