// The sections on recipients and international transfers.

package render

import (
	"strconv"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func (c *composer) recipients() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("recipients", pr.Sprintf("Recipients of Data"))
	var items, conditional []*Clause
	for _, r := range p.Recipients {
		if r == nil {
			continue
		}
		var t text
		path := c.path(r, "recipients", r.ID)
		t.term(capitaliseName(c.fragment(at(path, ".name"), r.Name)))
		if r.Role.Valid() {
			c.fromAt(at(path, ".role"))
			t.plain(" (" + pr.Sprintf(r.Role.Name()) + ")")
		}
		t.plain(".")
		if names := c.names(at(path, ".categories"), r.Categories); names != "" {
			t.sentence(pr.Sprintf("Data received: %s.", names))
		}
		if r.Purpose != "" {
			if r.Conditional {
				t.sentence(pr.Sprintf("Only when: %s.", c.fragment(at(path, ".purpose"), r.Purpose)))
			} else {
				t.sentence(pr.Sprintf("Purpose: %s.", c.fragment(at(path, ".purpose"), r.Purpose)))
			}
		}
		if r.Conditional {
			c.fromAt(at(path, ".conditional"))
		}
		if r.Country != (language.Region{}) {
			c.fromAt(at(path, ".country"))
			t.sentence(pr.Sprintf("Location: %s.", c.region(r.Country)))
		}
		cl := c.item(anchor(kindRecipient, r.ID), t.t)
		if r.Conditional {
			conditional = append(conditional, cl)
		} else {
			items = append(items, cl)
		}
	}
	if len(items) > 0 {
		c.library()
		sb.clause("list", plain(pr.Sprintf("We disclose data to the following recipients, only to the extent the purposes above require:")), items...)
	}
	if len(conditional) > 0 {
		c.library()
		sb.clause("conditional", plain(pr.Sprintf("We disclose data to the following recipients only if the event stated for each occurs:")), conditional...)
	}
	c.disclosures(sb)
	return sb
}

// safeguardText states each safeguard as the ground of a transfer.
var safeguardText = map[policy.Safeguard]string{
	policy.SafeguardAdequacy:              "on the basis of an adequacy decision",
	policy.SafeguardStandardClauses:       "on the basis of standard contractual clauses",
	policy.SafeguardBindingCorporateRules: "on the basis of binding corporate rules",
	policy.SafeguardExplicitConsent:       "on the basis of your explicit consent",
	policy.SafeguardContractNecessity:     "because the transfer is necessary for the performance of a contract with you",
	policy.SafeguardPrivacyShield:         "on the basis of the EU-US Privacy Shield",
	policy.SafeguardDataPrivacyFramework:  "on the basis of the EU-US Data Privacy Framework",
	policy.SafeguardUKTransferAgreement:   "on the basis of the UK International Data Transfer Agreement or Addendum",
}

// safeguardPhrase states the safeguard of tr as the ground of the
// transfer. The Data Privacy Framework is one certification with three
// parts: the EU-US framework, its UK Extension for transfers from the
// United Kingdom, and the Swiss-US framework for transfers from
// Switzerland; a transfer is named by the part its origin uses.
func (c *composer) safeguardPhrase(tr policy.Transfer) string {
	pr := c.pr
	if tr.Safeguard == policy.SafeguardDataPrivacyFramework {
		switch tr.Origin.String() {
		case "GB":
			return pr.Sprintf("on the basis of the UK Extension to the EU-US Data Privacy Framework")
		case "CH":
			return pr.Sprintf("on the basis of the Swiss-US Data Privacy Framework")
		}
	}
	return pr.Sprintf(safeguardText[tr.Safeguard])
}

func (c *composer) transfers() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("transfers", pr.Sprintf("International Transfers"))
	var items []*Clause
	for i, tr := range p.Transfers {
		path := c.elem("transfers", "", i)
		c.from(path)
		var t text
		t.term(c.transferPlace(tr)).plain(": ")
		names := c.names(at(path, ".categories"), tr.Categories)
		if names == "" {
			names = pr.Sprintf("personal data")
		}
		if tr.Recipient != nil && tr.Recipient.Name != "" {
			t.plain(pr.Sprintf("%s, transferred to %s", names, c.fragment(at(c.path(tr.Recipient, "recipients", tr.Recipient.ID), ".name"), tr.Recipient.Name)))
		} else {
			t.plain(names)
		}
		if tr.Safeguard.Valid() {
			t.plain(", ").plain(c.safeguardPhrase(tr))
		}
		if len(tr.Laws) > 0 {
			var laws []string
			for _, l := range tr.Laws {
				if l.Valid() {
					laws = append(laws, pr.Sprintf(l.Name()))
				}
			}
			t.plain(pr.Sprintf(" (under %s)", c.list(laws)))
		}
		t.plain(".")
		c.transferExtra(&t, path, tr)
		t.sentence(c.sentenceOf(at(path, ".note"), tr.Note))
		items = append(items, c.item(anchor(kindTransfer, strconv.Itoa(i+1)), t.t))
	}
	if len(items) > 0 {
		c.library()
		sb.clause("list", plain(pr.Sprintf("We transfer data to other countries in the following cases:")), items...)
	}
	return sb
}
