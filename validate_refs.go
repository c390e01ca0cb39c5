package policy

import "slices"

// references checks that every reference to a category or recipient names
// a declared one, that no declared category is also declared not
// collected, and that every category has a purpose. It counts the uses of
// each category for retentions.
func (v *validator) references() {
	p := v.p
	for i, r := range p.Recipients {
		if r != nil {
			v.categoryRefs(func() string { return elem("recipients", r.ID, i) }, ".categories", r.Categories)
		}
	}
	for i := range p.Incentives {
		in := &p.Incentives[i]
		v.categoryRefs(func() string { return elem("incentives", in.ID, i) }, ".categories", in.Categories)
	}
	for i := range p.NotCollected {
		e := &p.NotCollected[i]
		if _, ok := v.categoryIDs().get(e.ID); ok {
			v.add(SeverityError, RuleExcludedCategory, elem("not_collected", e.ID, i)+".id", "%q is declared as not collected but is also a declared category", e.ID)
		}
		if e.Category != nil {
			v.categoryRef(elem("not_collected", e.ID, i)+".category", e.Category)
		}
	}
	v.next, v.nextRecip = 0, 0 // each list usually follows the declarations' order
	v.uses = make([]categoryUse, len(p.Categories))
	v.purposeFacts = make([]facts, len(p.Purposes))
	v.purposeBases = make([]basisSet, len(p.Purposes))
	v.purposeDomestic = make([]uint64, len(p.Purposes))
	for i, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		path := func() string { return elem("purposes", pu.ID, i) }
		use := usedByPurpose
		if pu.Retention.IsZero() {
			use |= usedNoRetention
		}
		if pu.RestsOnConsent() {
			use |= usedOnConsent
		}
		var f facts
		for j, c := range pu.Categories {
			k := v.find(c) // one look-up checks the reference and finds the count
			if k < 0 {
				v.categoryRef(path()+".categories["+itoa(j)+"]", c)
				if c != nil {
					f |= categoryFacts(c)
				}
				continue
			}
			f |= v.facts[k]
			v.uses[k] |= use
		}
		v.purposeFacts[i] = f
		v.purposeBases[i] = basesOf(pu.Bases)
		for _, law := range p.Laws {
			if law < 64 && slices.ContainsFunc(pu.Obligations, func(o Obligation) bool { return law.Domestic(o.Region) }) {
				v.purposeDomestic[i] |= 1 << law
			}
		}
		for j, r := range pu.Recipients {
			if !v.declaredRecip(r) {
				v.recipientRef(path()+".recipients["+itoa(j)+"]", r)
			}
		}
	}
	for _, r := range v.repeated {
		v.uses[r[0]] = v.uses[r[1]]
	}
	v.next, v.nextRecip = 0, 0
	for i, t := range p.Transfers {
		path := func() string { return index("transfers", i) }
		if t.Recipient != nil && !v.declaredRecip(t.Recipient) {
			v.recipientRef(path()+".recipient", t.Recipient)
		}
		v.categoryRefs(path, ".categories", t.Categories)
	}
	// Only the categories derived from others, or that no purpose uses,
	// are read again: the rest are known from the flags and counts.
	for i, use := range v.uses {
		derived := v.visit[i]&visitDerived != 0
		if !derived && use != 0 {
			continue
		}
		c := p.Categories[i]
		if c == nil {
			continue
		}
		if derived {
			v.categoryRefs(func() string { return elem("categories", c.ID, i) }, ".derived_from", c.DerivedFrom)
		}
		if use == 0 {
			sev := SeverityWarning
			if c.Personal() {
				sev = SeverityError
			}
			v.add(sev, RuleUnusedCategory, elem("categories", c.ID, i), "no purpose uses category %q; every category needs a purpose, or remove it", clip(c.ID))
		}
	}
}

// declaredCat reports whether c is one of the declared categories.
func (v *validator) declaredCat(c *Category) bool { return v.find(c) >= 0 }

// find returns the index in Policy.Categories of the declared category c
// (the first, for a value listed twice), or -1. Lists of references
// usually follow the order of the declarations, so it first tries the
// index after the previous category found, and looks c up only when that
// misses: a policy of many categories is then checked without a random
// map access per reference.
func (v *validator) find(c *Category) int {
	cats := v.p.Categories
	switch {
	case c == nil:
		return -1
	case v.catIndex != nil: // IDs missing or repeated: by pointer
		if k, ok := v.catIndex[c]; ok {
			return k
		}
		return -1
	case v.next < len(cats) && cats[v.next] == c:
		v.next++
		return v.next - 1
	}
	if k, ok := v.categoryIDs().get(c.ID); ok && cats[k] == c {
		v.next = k + 1
		return k
	}
	return -1
}

// categoryRefs checks that every category in refs, found at base()+field,
// is declared.
func (v *validator) categoryRefs(base func() string, field string, refs []*Category) {
	for j, c := range refs {
		if v.find(c) < 0 {
			v.categoryRef(base()+field+"["+itoa(j)+"]", c)
		}
	}
}

func (v *validator) categoryRef(path string, c *Category) {
	if c == nil {
		v.add(SeverityError, RuleNil, path, "nil category reference")
		return
	}
	_, sameID := v.categoryIDs().get(c.ID)
	switch {
	case v.declaredCat(c):
	case sameID:
		v.add(SeverityError, RuleUndeclaredCategory, path, "refers to a category with ID %q that is a different value from the one in categories; declare the category once and refer to that value", clip(c.ID))
	default:
		v.add(SeverityError, RuleUndeclaredCategory, path, "refers to category %q, which is not declared in categories", clip(c.ID))
	}
}

// declaredRecip reports whether r is one of the declared recipients. It
// finds r as find finds a category: at the index after the recipient
// found last, by ID, or, where IDs are missing or repeated, by pointer.
func (v *validator) declaredRecip(r *Recipient) bool {
	rs := v.p.Recipients
	switch {
	case r == nil:
		return false
	case v.recips != nil:
		return v.recips[r]
	case v.nextRecip < len(rs) && rs[v.nextRecip] == r:
		v.nextRecip++
		return true
	}
	if k, ok := v.recipientIDs().get(r.ID); ok && rs[k] == r {
		v.nextRecip = k + 1
		return true
	}
	return false
}

func (v *validator) recipientRef(path string, r *Recipient) {
	switch {
	case r == nil:
		v.add(SeverityError, RuleNil, path, "nil recipient reference")
	case v.declaredRecip(r):
	case v.recipientIDs().has(r.ID):
		v.add(SeverityError, RuleUndeclaredRecipient, path, "refers to a recipient with ID %q that is a different value from the one in recipients; declare the recipient once and refer to that value", clip(r.ID))
	default:
		v.add(SeverityError, RuleUndeclaredRecipient, path, "refers to recipient %q, which is not declared in recipients", clip(r.ID))
	}
}
