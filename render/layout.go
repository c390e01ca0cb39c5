// The layered layout: one section for each category of data, telling
// its whole story in one place.

package render

import (
	"strconv"

	"github.com/gopolicy/policy"
)

// A Layout is the order in which a document states a policy.
type Layout uint8

const (
	// LayoutSections states the policy topic by topic in numbered
	// sections: categories, purposes, legal grounds, retention,
	// recipients, transfers, rights and so on, each listing every
	// declaration it concerns.
	LayoutSections Layout = iota
	// LayoutCategories is the layered notice regulators recommend: after
	// the general provisions, one section for each category of data says
	// what it holds and where it comes from, why it is processed and on
	// which ground (per purpose), who receives it, where it is
	// transferred and how long it is kept, referring to the later
	// sections for the details of each purpose, ground, recipient and
	// transfer. The general sections follow: data in general (before the
	// categories for a policy without personal data), purposes,
	// grounds, the retention of purposes, recipients, transfers, rights,
	// security, children, changes, law notices and contact. Each
	// category's section has the anchor its clause has in the sections
	// layout, "category:" and its ID; the clauses within it join that
	// anchor and their own name with a "/", which IDs cannot hold, such
	// as "category:account.email/retention".
	LayoutCategories
)

// composeByCategory composes the sections of the layered layout.
func (c *composer) composeByCategory() {
	c.finish(c.general())
	for i, tr := range c.p.Transfers {
		for _, cat := range tr.Categories {
			if s := c.category(cat); s != nil {
				if l := s.transfers; len(l) == 0 || l[len(l)-1] != i {
					s.transfers = append(l, i)
				}
			}
		}
	}
	// A policy without personal data says so before its categories;
	// otherwise what holds for data in general ("unless stated
	// otherwise above") follows them.
	personal := c.p.CollectsPersonalData()
	if !personal {
		c.finish(c.categories())
	}
	for i, cat := range c.p.Categories {
		if cat != nil {
			c.finish(c.categorySection(cat, c.categoryAt(i)))
		}
	}
	if personal {
		c.finish(c.categories())
	}
	c.finish(c.purposes())
	c.finish(c.grounds())
	c.finish(c.retention())
}

// categorySection composes the section that tells the story of cat, whose
// state is st.
func (c *composer) categorySection(cat *policy.Category, st *categoryState) *sectionBuilder {
	pr := c.pr
	path := st.path
	sb := c.section(anchor(kindCategory, cat.ID), capitalise(c.fragment(at(path, ".name"), cat.Name)))
	sb.sep = clauseSeparator
	sb.clause("what", c.categoryText(cat, path))

	var uses []*Clause
	for _, pu := range st.uses {
		ppath := c.path(pu, "purposes", pu.ID)
		c.from(c.purposeFields(pu).categories)
		var t text
		t.term(capitaliseName(c.fragment(at(ppath, ".name"), pu.Name))).plain(" (").ref(pu.ID, anchor(kindPurpose, pu.ID)).plain(").")
		c.groundsOf(&t, ppath, pu)
		c.obligationsOf(&t, ppath, pu)
		if cat.Criminal {
			c.criminalOf(&t, ppath, pu)
		}
		if cat.Sensitivity == policy.SensitivitySpecial {
			c.specialConditionOf(&t, ppath, pu)
		}
		c.mustKnow(&t, ppath, pu)
		uses = append(uses, c.item(sb.s.ID+clauseSeparator+anchor(kindPurpose, pu.ID), t.t))
	}
	if len(uses) > 0 {
		c.library()
		sb.clause("purposes", plain(pr.Sprintf("We use this data for the following purposes:")), uses...)
	}

	var disclosed, conditional text
	for _, r := range st.receivers {
		rpath := c.path(r, "recipients", r.ID)
		c.fromAt(at(rpath, ".categories"))
		t := &disclosed
		if r.Conditional {
			c.fromAt(at(rpath, ".conditional"))
			t = &conditional
		}
		if len(t.t) > 0 {
			t.plain("; ")
		}
		t.term(c.fragment(at(rpath, ".name"), r.Name)).plain(" (").ref(r.ID, anchor(kindRecipient, r.ID)).plain(")")
	}
	if len(disclosed.t) > 0 {
		var t text
		t.plain(pr.Sprintf("Disclosed to:")).plain(" ")
		t.t = append(t.t, disclosed.t...)
		sb.clause("recipients", t.plain(".").t)
	}
	if len(conditional.t) > 0 {
		var t text
		t.plain(pr.Sprintf("Disclosed only if the event stated for each occurs:")).plain(" ")
		t.t = append(t.t, conditional.t...)
		sb.clause("conditional", t.plain(".").t)
	}

	if trs := st.transfers; len(trs) > 0 {
		var t text
		t.plain(pr.Sprintf("Transferred to:")).plain(" ")
		stated := make(map[int]bool, len(trs))
		for _, n := range trs {
			c.fromAt(at(c.elem("transfers", "", n), ".categories"))
			// A transfer stated with others from other origins is
			// referred to once, by their clause.
			lead := c.transferLead(n)
			if stated[lead] {
				continue
			}
			if len(stated) > 0 {
				t.plain("; ")
			}
			stated[lead] = true
			tr := c.p.Transfers[lead]
			id := anchor(kindTransfer, strconv.Itoa(lead+1))
			t.plain(c.transferDestination(tr)).plain(" (").ref(id, id).plain(")")
		}
		sb.clause("transfers", t.plain(".").t)
	}

	if !cat.Retention.IsZero() {
		var t text
		t.plain(pr.Sprintf("Retention:")).plain(" ").plain(c.retentionPhrase(at(path, ".retention"), cat.Retention)).plain(".")
		t.sentence(c.sentenceOf(at(path, ".retention.note"), cat.Retention.Note))
		sb.clause("retention", t.t)
	}
	return sb
}

// groundsOf appends to t the legal grounds of pu, declared at path, each
// referring to its clause in the grounds section.
func (c *composer) groundsOf(t *text, path string, pu *policy.Purpose) {
	pr := c.pr
	var valid []policy.Basis
	for _, b := range pu.Bases {
		if b.Valid() {
			valid = append(valid, b)
		}
	}
	if len(valid) == 0 {
		return
	}
	c.from(c.purposeFields(pu).bases)
	if len(valid) == 1 {
		t.plain(" ").plain(pr.Sprintf("Legal ground:")).plain(" ")
	} else {
		t.plain(" ").plain(pr.Sprintf("Legal grounds:")).plain(" ")
	}
	_, sensitive := sensitivityOf([]*policy.Purpose{pu})
	for i, b := range valid {
		if i > 0 {
			t.plain("; ")
		}
		t.plain(c.groundName(b, sensitive)).plain(" (").ref(b.String(), anchor(kindBasis, b.String())).plain(")")
	}
	t.plain(".")
}

// mustKnow appends to t what a person must know of pu, declared at path,
// in the first layer: what it may block or suspend, on what grounds and
// who decides, referring to the purpose's clause for how to contest the
// decision; and that photos and recordings of the person are shown to
// others only with their consent. The purpose's clause states the rest:
// how, where and until when to contest, who reviews an objection, and
// the law that requires the consent.
func (c *composer) mustKnow(t *text, path string, pu *policy.Purpose) {
	pr := c.pr
	if s := pu.Suspension; c.suspensionLead(t, path, pu) && s.Contestable() {
		if s.Contest != "" {
			c.fromAt(at(path, ".suspension.contest"))
		} else {
			c.fromAt(at(path, ".suspension.contest_url"))
		}
		t.sentence(pr.Sprintf("You can contest the decision as stated in")).plain(" ").ref(pu.ID, anchor(kindPurpose, pu.ID)).plain(".")
	}
	if pu.ImageConsent {
		c.fromAt(at(path, ".image_consent"))
		t.sentence(pr.Sprintf("We publish or show to others photos and recordings in which you appear only with your consent to the use of your image."))
	}
}
