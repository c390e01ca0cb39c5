package policy

import (
	"slices"

	"golang.org/x/text/language"
)

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
		if t.ChosenDestination != 0 {
			v.chosenDestination(path, t)
		} else if !regionOK(t.Destination) {
			v.region(path()+".destination", t.Destination)
		}
		if t.Organisation != 0 && !t.Organisation.Valid() {
			v.add(SeverityError, RuleInvalidValue, path()+".organisation", "%s is not a known international organisation", t.Organisation)
		}
		for j, l := range t.Laws {
			if !l.Valid() {
				v.add(SeverityError, RuleInvalidValue, path()+".laws["+itoa(j)+"]", "%s is not a known law", l)
			}
		}
		switch {
		case t.Safeguard == 0 && restrictsTransfers(p.Laws, t.Laws):
			v.add(SeverityError, RuleMissingSafeguard, path()+".safeguard", "the transfer to %s states no safeguard (adequacy decision, standard contractual clauses, ...)", destinationName(t))
		case t.Safeguard != 0 && !t.Safeguard.Valid():
			v.add(SeverityError, RuleInvalidValue, path()+".safeguard", "%s is not a known safeguard", t.Safeguard)
		}
	}
}

// restrictsTransfers reports whether a transfer under laws (those a
// policy declares) and under transferLaws (the transfer's own, where
// set) needs a safeguard: where some of the laws restrict transfers
// abroad (GDPR Art. 44-49, UK GDPR, FADP Art. 16-17, LGPD Art. 33, 152-FZ
// Art. 12), or where the policy declares no law, so that none can be
// ruled out. The CCPA and the US state laws restrict none: a transfer
// under them alone needs no safeguard.
func restrictsTransfers(laws, transferLaws []Law) bool {
	if len(transferLaws) > 0 {
		laws = transferLaws
	}
	if len(laws) == 0 {
		return true
	}
	return slices.ContainsFunc(laws, func(l Law) bool {
		d := l.descriptor()
		return d == nil || d.transfers != nil
	})
}

// chosenDestination checks transfer t, at path, to a country the data
// subject's choice determines: it names no fixed destination and rests on
// a safeguard that holds whatever the country.
func (v *validator) chosenDestination(path func() string, t Transfer) {
	d := t.ChosenDestination
	if !d.Valid() {
		v.add(SeverityError, RuleInvalidValue, path()+".chosen_destination", "%s is not a known chosen destination", d)
		return
	}
	if t.Destination != (language.Region{}) {
		v.add(SeverityError, RuleChosenDestination, path()+".destination", "the transfer goes to %s and also states the destination %s; state one of them", destinationName(t), t.Destination)
	}
	if t.Organisation != 0 {
		v.add(SeverityError, RuleChosenDestination, path()+".organisation", "the transfer goes to %s and also to %s; state one of them", destinationName(t), t.Organisation.Name())
	}
	if s := t.Safeguard; s.Valid() && !s.independent() {
		v.add(SeverityError, RuleChosenDestination, path()+".safeguard", "the transfer goes to %s, which is not known in advance, so %s cannot make it lawful; rest it on contract_necessity or explicit_consent", destinationName(t), s.Name())
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

// regionList checks a list of regions at list(): each a country or EU,
// and each once; repeated reports a region listed before, at its path.
func (v *validator) regionList(list func() string, rs []language.Region, repeated func(at string, r language.Region)) {
	for j, r := range rs {
		switch {
		case !regionOK(r):
			v.region(index(list(), j), r)
		case slices.Contains(rs[:j], r):
			repeated(index(list(), j), r)
		}
	}
}

// regionOK reports whether r is a country or the European Union.
func regionOK(r language.Region) bool {
	return r.IsCountry() || r.String() == "EU"
}
