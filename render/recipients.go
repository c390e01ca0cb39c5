// The sections on recipients and international transfers.

package render

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

func (c *composer) recipients() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("recipients", pr.Sprintf("Recipients of Data"))
	var items []*Clause
	for _, r := range p.Recipients {
		if r == nil {
			continue
		}
		var t text
		path := c.path(r, "recipients", r.ID)
		t.term(c.u(path+".name", r.Name))
		if r.Role.Valid() {
			t.plain(" (" + pr.Sprintf(r.Role.Name()) + ")")
		}
		t.plain(".")
		if names := c.names(r.Categories); names != "" {
			t.sentence(pr.Sprintf("Data received: %s.", names))
		}
		if r.Purpose != "" {
			t.sentence(pr.Sprintf("Purpose: %s.", c.u(path+".purpose", r.Purpose)))
		}
		if r.Country != (language.Region{}) {
			t.sentence(pr.Sprintf("Location: %s.", c.region(r.Country)))
		}
		items = append(items, &Clause{ID: anchor(kindRecipient, r.ID), Text: t.t})
	}
	if len(items) > 0 {
		sb.clause("list", plain(pr.Sprintf("We disclose data to the following recipients, only to the extent the purposes above require:")), items...)
	}
	return sb
}

func (c *composer) transfers() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("transfers", pr.Sprintf("International Transfers"))
	var items []*Clause
	for i, tr := range p.Transfers {
		var t text
		t.term(c.region(tr.Destination)).plain(": ")
		names := c.names(tr.Categories)
		if names == "" {
			names = pr.Sprintf("personal data")
		}
		if tr.Recipient != nil && tr.Recipient.Name != "" {
			t.plain(pr.Sprintf("%s, transferred to %s", names, c.u(c.path(tr.Recipient, "recipients", tr.Recipient.ID)+".name", tr.Recipient.Name)))
		} else {
			t.plain(names)
		}
		if tr.Safeguard.Valid() {
			t.plain(pr.Sprintf(", on the basis of %s", pr.Sprintf(tr.Safeguard.Name())))
		}
		if len(tr.Laws) > 0 {
			var laws []string
			for _, l := range tr.Laws {
				if l.Valid() {
					laws = append(laws, pr.Sprintf(l.Name()))
				}
			}
			t.plain(pr.Sprintf(" (under %s)", strings.Join(laws, ", ")))
		}
		t.plain(".")
		t.sentence(c.u(c.elem("transfers", "", i)+".note", tr.Note))
		items = append(items, &Clause{ID: anchor(kindTransfer, strconv.Itoa(i+1)), Text: t.t})
	}
	if len(items) > 0 {
		sb.clause("list", plain(pr.Sprintf("We transfer data to other countries as follows:")), items...)
	}
	return sb
}
