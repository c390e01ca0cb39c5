package policy

import "golang.org/x/text/language"

// transfers checks where data is: the countries of storage and of
// recipients, and each transfer's destination, laws and safeguard.
func (v *validator) transfers() {
	p := v.p
	for j, st := range p.Storage {
		v.storage(func() string { return "storage" }, j, st)
	}
	for i, vs := range v.visit {
		if vs&visitStorage != 0 {
			v.categoryStorage(i, p.Categories[i])
		}
	}
	for i, r := range p.Recipients {
		if r != nil && r.Country != (language.Region{}) && !regionOK(r.Country) {
			v.region(elem("recipients", r.ID, i)+".country", r.Country)
		}
	}
	for i, t := range p.Transfers {
		path := func() string { return index("transfers", i) }
		if !regionOK(t.Destination) {
			v.region(path()+".destination", t.Destination)
		}
		for j, l := range t.Laws {
			if !l.Valid() {
				v.add(SeverityError, RuleInvalidValue, path()+".laws["+itoa(j)+"]", "%s is not a known law", l)
			}
		}
		switch {
		case t.Safeguard == 0:
			v.add(SeverityError, RuleMissingSafeguard, path()+".safeguard", "the transfer to %s states no safeguard (adequacy decision, standard contractual clauses, ...)", t.Destination)
		case !t.Safeguard.Valid():
			v.add(SeverityError, RuleInvalidValue, path()+".safeguard", "%s is not a known safeguard", t.Safeguard)
		}
	}
}

// storage checks element j of the storage list at list().
// categoryStorage checks the countries of storage of category c, element
// i of Policy.Categories.
func (v *validator) categoryStorage(i int, c *Category) {
	for j, st := range c.Storage {
		v.storage(func() string { return elem("categories", c.ID, i) + ".storage" }, j, st)
	}
}

func (v *validator) storage(list func() string, j int, st Storage) {
	if st.Subjects != (language.Region{}) && !regionOK(st.Subjects) {
		v.region(index(list(), j)+".subjects", st.Subjects)
	}
	if !regionOK(st.Location) {
		v.region(index(list(), j)+".location", st.Location)
	}
}

func (v *validator) region(path string, r language.Region) {
	if r == (language.Region{}) {
		v.add(SeverityError, RuleInvalidRegion, path, "no country is stated")
		return
	}
	if !regionOK(r) {
		v.add(SeverityError, RuleInvalidRegion, path, "%q is not an ISO 3166 country code (or EU)", r.String())
	}
}

// regionOK reports whether r is a country or the European Union.
func regionOK(r language.Region) bool {
	return r.IsCountry() || r.String() == "EU"
}
