package policy

// declarations indexes the declared categories and recipients, and checks
// that every declaration is there (not nil), has a well-formed, unique ID
// and a name.
func (v *validator) declarations() {
	p := v.p
	v.facts = make([]facts, len(p.Categories))
	v.visit = make([]visits, len(p.Categories))
	var byID bool
	v.catIDs, byID = v.checkList(len(p.Categories), v.catID, v.categories)
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
	v.recipIDs, byID = v.checkList(len(p.Recipients), v.recipID, func(ids *idHashes, t *idTable) bool {
		byID := true
		for i, r := range p.Recipients {
			if r == nil {
				v.add(SeverityError, RuleNil, index("recipients", i), "nil recipient")
				continue
			}
			if !v.recordID(ids, t, "recipients", "recipient", r.ID, i) {
				byID = false
			}
			if r.Name == "" {
				v.add(SeverityError, RuleMissingName, elem("recipients", r.ID, i)+".name", "recipient %q has no name", clip(r.ID))
			}
		}
		return byID
	})
	if !byID {
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
	v.checkList(len(p.Purposes), func(k int) string { return p.Purposes[k].ID }, func(ids *idHashes, t *idTable) bool {
		for i, pu := range p.Purposes {
			if pu == nil {
				v.add(SeverityError, RuleNil, index("purposes", i), "nil purpose")
				continue
			}
			v.recordID(ids, t, "purposes", "purpose", pu.ID, i)
			if pu.Name == "" {
				v.add(SeverityError, RuleMissingName, elem("purposes", pu.ID, i)+".name", "purpose %q has no name", clip(pu.ID))
			}
		}
		return true
	})
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
	if v.reports(func() { v.categoryRetention(i, c) }) || c.Retention.IsZero() || c.Retention.From.consent() {
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
	if c.OnDevice == OnDeviceOnly {
		v.onDeviceOnly = true
	}
	if c.EndToEnd {
		v.endToEnd = true
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
	if !v.idStated(list, kind, id, i) {
		return false
	}
	if _, dup := ids.add(id, i); dup {
		v.duplicateID(list, kind, id, i)
		return false
	}
	return true
}

// categories checks each category for declarations: that it is there,
// has an ID and a name, and, as a trial, the checks of the later passes.
// It records the IDs as recordID does, and reports whether every
// category has an ID of its own, as far as ids can tell.
func (v *validator) categories(ids *idHashes, t *idTable) bool {
	byID := true
	for i, c := range v.p.Categories {
		if c == nil {
			v.add(SeverityError, RuleNil, index("categories", i), "nil category")
			continue
		}
		if !v.recordID(ids, t, "categories", "category", c.ID, i) {
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

// checkList runs check, which checks the declarations of a list of n
// elements, whose IDs key gives, and records each ID through recordID.
// It runs check with hashes of the IDs, which show whether an ID repeats
// without a table read at random; only where one does, it drops what
// check found and runs it again with a table of the IDs, which reports
// each repeat where it is, and returns that table. byID is what check
// returns: whether every element has an ID of its own.
func (v *validator) checkList(n int, key func(k int) string, check func(ids *idHashes, t *idTable) bool) (t *idTable, byID bool) {
	start := len(v.out)
	ids := newIDHashes(n)
	byID = check(ids, nil)
	if !ids.repeats(key) {
		return nil, byID
	}
	clear(v.out[start:])
	v.out = v.out[:start]
	t = newIDTable(n, key)
	return t, check(nil, t)
}

// recordID checks the ID of element i of list and records it in ids, or,
// where ids is nil, in t, reporting a repeat (checkID). It reports whether
// the ID is there and, as far as it can tell, not a repeat.
func (v *validator) recordID(ids *idHashes, t *idTable, list, kind, id string, i int) bool {
	if ids == nil {
		return v.checkID(t, list, kind, id, i)
	}
	if !v.idStated(list, kind, id, i) {
		return false
	}
	ids.add(i, id)
	return true
}

// catID returns the ID of category k.
func (v *validator) catID(k int) string { return v.p.Categories[k].ID }

// recipID returns the ID of recipient k.
func (v *validator) recipID(k int) string { return v.p.Recipients[k].ID }

// categoryIDs returns the table of the categories' IDs, built on the
// first call where declarations did not need one.
func (v *validator) categoryIDs() *idTable {
	if v.catIDs == nil {
		v.catIDs = tableOf(len(v.p.Categories), v.catID, func(k int) bool { return v.p.Categories[k] != nil })
	}
	return v.catIDs
}

// recipientIDs is categoryIDs for the recipients.
func (v *validator) recipientIDs() *idTable {
	if v.recipIDs == nil {
		v.recipIDs = tableOf(len(v.p.Recipients), v.recipID, func(k int) bool { return v.p.Recipients[k] != nil })
	}
	return v.recipIDs
}

// tableOf returns a table of the IDs of the n elements of a list for which
// there reports true, known to be unique.
func tableOf(n int, key func(k int) string, there func(k int) bool) *idTable {
	t := newIDTable(n, key)
	for k := range n {
		if there(k) {
			if id := key(k); id != "" {
				t.add(id, k)
			}
		}
	}
	return t
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
