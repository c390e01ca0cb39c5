// The closing sections: data protection, children, changes and contact.

package render

import (
	"strconv"
)

func (c *composer) security() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("security", pr.Sprintf("Data Protection"))
	if len(p.Security) == 0 {
		return sb
	}
	var items []*Clause
	for i, m := range p.Security {
		path := c.elem("security", "", i)
		c.from(path)
		var t text
		if m.Name != "" {
			t.term(c.fragment(path+".name", m.Name)).plain(".")
		}
		t.sentence(c.sentenceOf(path+".description", m.Description))
		items = append(items, c.item(anchor(kindMeasure, strconv.Itoa(i+1)), t.t))
	}
	c.library()
	sb.clause("list", plain(pr.Sprintf("We protect the data we hold from unauthorised access, disclosure and loss with the following measures:")), items...)
	return sb
}

func (c *composer) children() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("children", pr.Sprintf("Children"))
	if p.Children.MinimumAge > 0 {
		c.from("children.minimum_age")
		var t text
		t.plain(pr.Sprintf("Our services are not intended for persons under %d years of age.", p.Children.MinimumAge))
		t.sentence(c.sentenceOf("children.note", p.Children.Note))
		sb.clause("age", t.t)
	} else if p.Children.Note != "" {
		sb.clause("note", plain(c.sentenceOf("children.note", p.Children.Note)))
	}
	return sb
}

func (c *composer) changes() *sectionBuilder {
	p, pr := c.p, c.pr
	ch := p.Changes
	sb := c.section("changes", pr.Sprintf("Changes to this Policy"))
	var t text
	c.library()
	// Without a declared channel the document claims no practice of its
	// own (such as changing the Policy without notice): it states what
	// Changes.Note declares and when a new version takes effect.
	if len(ch.Notify) > 0 {
		c.from("changes.notify")
		var ways []string
		for _, n := range ch.Notify {
			if n.Valid() {
				ways = append(ways, pr.Sprintf(n.Name()))
			}
		}
		if ch.Notice.Valid() {
			t.plain(pr.Sprintf("We may change this Policy. We announce changes %s at least %s before they take effect.", c.list(ways), c.period(ch.Notice)))
		} else {
			t.plain(pr.Sprintf("We may change this Policy. We announce changes %s.", c.list(ways)))
		}
	}
	t.sentence(c.sentenceOf("changes.note", ch.Note))
	if ch.Notice.Valid() {
		c.from("changes.notice")
		t.sentence(pr.Sprintf("A new version takes effect on the date it states, no earlier than %s after it is announced.", c.period(ch.Notice)))
	} else {
		t.sentence(pr.Sprintf("A new version takes effect when it is posted, unless the new version provides otherwise."))
	}
	sb.clause("how", t.t)
	if p.URL != "" {
		c.from("url")
		var u text
		u.plain(pr.Sprintf("The current version of this Policy is always available at")).plain(" ").link(p.URL).plain(". ")
		u.plain(pr.Sprintf("We recommend that you check this page periodically to stay informed of changes."))
		sb.clause("url", u.t)
	}
	return sb
}

func (c *composer) contact() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("contact", pr.Sprintf("Contact"))
	k, path := p.Contact, "contact"
	if k.IsZero() {
		k, path = p.Controller.Contact, "controller"
		k.Name = ""
	}
	if k.Email == "" && k.Phone == "" && k.Address == "" && k.Website == "" {
		return sb
	}
	c.from(path)
	var t text
	t.plain(pr.Sprintf("For any questions about this Policy or the processing of your data, contact us"))
	if k.Name != "" {
		t.plain(" (" + c.fragment(path+".name", k.Name) + ")")
	}
	t.plain(": ")
	c.reach(&t, path, k)
	t.plain(".")
	sb.clause("questions", t.t)
	return sb
}
