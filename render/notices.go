// What the policy leaves to others (the data the service processes for
// its customers, the controller's other notices) and how a purpose's
// consent is given: obtained, recorded, or paid around.

package render

import (
	"github.com/gopolicy/policy"
)

// customerData states, in the general provisions, the data the service
// processes on behalf of its customers, which the policy does not cover.
func (c *composer) customerData(sb *sectionBuilder) {
	d, pr := c.p.CustomerData, c.pr
	if d.Data == "" {
		return // Validate requires the data; nothing else can be stated without it
	}
	c.from("customer_data")
	var t text
	data := c.fragment(at("customer_data", ".data"), d.Data)
	switch {
	case c.declares(policy.FZ152):
		// 152-FZ knows no controller and processor: the customer is the
		// operator, and the service processes the data on its
		// instructions (Art. 3(2), 6(3)).
		c.lawSource(policy.FZ152, textWording)
		if d.Customers != "" {
			t.plain(pr.Sprintf("This Policy does not cover %[1]s, which we process on the instructions of %[2]s.", data, c.fragment(at("customer_data", ".customers"), d.Customers)))
			t.sentence(pr.Sprintf("They are the operators of that data, and their own policies on the processing of personal data govern it: please address requests about that data to them."))
		} else {
			t.plain(pr.Sprintf("This Policy does not cover %s, which we process on the instructions of our customers.", data))
			t.sentence(pr.Sprintf("Each customer is the operator of that data and its own policy on the processing of personal data governs it: please address requests about that data to the customer."))
		}
	case c.californian():
		// California law's terms: the service is the customers' service
		// provider, and each customer the business (1798.140(d), (ag)).
		c.lawSource(policy.CCPA, textWording)
		if d.Customers != "" {
			t.plain(pr.Sprintf("This Policy does not cover %[1]s, which we process as a service provider on behalf of %[2]s.", data, c.fragment(at("customer_data", ".customers"), d.Customers)))
			t.sentence(pr.Sprintf("They are the businesses responsible for that data, and their own privacy policies govern it: please address requests about that data to them."))
		} else {
			t.plain(pr.Sprintf("This Policy does not cover %s, which we process as a service provider on behalf of our customers.", data))
			t.sentence(pr.Sprintf("Each customer is the business responsible for that data and its own privacy policy governs it: please address requests about that data to the customer."))
		}
	case d.Customers != "":
		// The customers are named, and may not call themselves
		// customers (a health service's GP practices): the sentence
		// refers to them as named.
		t.plain(pr.Sprintf("This Policy does not cover %[1]s, which we process as a processor on behalf of %[2]s.", data, c.fragment(at("customer_data", ".customers"), d.Customers)))
		t.sentence(pr.Sprintf("They are the controllers of that data, and their own privacy policies govern it: please address requests about that data to them."))
	default:
		t.plain(pr.Sprintf("This Policy does not cover %s, which we process as a processor on behalf of our customers.", data))
		t.sentence(pr.Sprintf("Each customer is the controller of that data and its own privacy policy governs it: please address requests about that data to the customer."))
	}
	if d.ForwardsRequests {
		c.fromAt(at("customer_data", ".forwards_requests"))
		t.sentence(pr.Sprintf("If you send such a request to us, we pass it on to the customer."))
	}
	if d.ContractPrevails {
		c.fromAt(at("customer_data", ".contract_prevails"))
		t.sentence(pr.Sprintf("Where a customer's contract with us conflicts with this Policy, the contract governs that data."))
	}
	if d.ChoosesStorage {
		c.fromAt(at("customer_data", ".chooses_storage"))
		t.sentence(pr.Sprintf("Each customer may choose the region where that data is stored."))
	}
	if d.TermsURL != "" {
		c.fromAt(at("customer_data", ".terms_url"))
		t.sentence(pr.Sprintf("The terms under which we process it are published at")).plain(" ").link(d.TermsURL).plain(".")
	}
	sb.clause("customer-data", t.t)
}

// otherNotices states, in the general provisions, the controller's other
// notices and where each is published: one sentence for one notice, a
// list for more.
func (c *composer) otherNotices(sb *sectionBuilder) {
	pr := c.pr
	named := 0
	for _, n := range c.p.OtherNotices {
		if n.Covers != "" {
			named++
		}
	}
	if named > 1 {
		var items []*Clause
		for i, n := range c.p.OtherNotices {
			if n.Covers == "" {
				continue
			}
			path := c.elem("other_notices", "", i)
			var t text
			t.plain(capitaliseName(c.fragment(at(path, ".covers"), n.Covers)))
			if n.URL != "" {
				c.fromAt(at(path, ".url"))
				t.plain(": ").link(n.URL)
			}
			items = append(items, c.item("", t.plain(".").t))
		}
		c.library()
		sb.clause("other-notices", plain(pr.Sprintf("Separate privacy notices apply to the following:")), items...)
		return
	}
	var t text
	for i, n := range c.p.OtherNotices {
		if n.Covers == "" {
			continue
		}
		path := c.elem("other_notices", "", i)
		covers := c.fragment(at(path, ".covers"), n.Covers)
		if n.URL == "" {
			t.sentence(pr.Sprintf("A separate privacy notice applies to %s.", covers))
			continue
		}
		c.fromAt(at(path, ".url"))
		t.sentence(pr.Sprintf("A separate privacy notice applies to %s; it is published at", covers)).plain(" ").link(n.URL).plain(".")
	}
	if len(t.t) > 0 {
		sb.clause("other-notices", t.t)
	}
}

// external states, in the general provisions, the kinds of services of
// others that the policy does not cover (Policy.External), naming the
// policies that govern them in the terms of the document's law: one
// sentence for one kind, a list for more, as the kinds hold commas and
// conjunctions of their own that a list inside a sentence would blur.
func (c *composer) external(sb *sectionBuilder) {
	pr := c.pr
	var names []string
	var at []int // the index in Policy.External of each name
	for i, s := range c.p.External {
		if !s.Valid() {
			continue
		}
		if n := pr.Sprintf(s.Name()); !contains(names, n) {
			names, at = append(names, n), append(at, i)
		}
	}
	if len(names) == 0 {
		return
	}
	fz152 := c.declares(policy.FZ152)
	if len(names) > 1 {
		items := make([]*Clause, len(names))
		for i, n := range names {
			c.from(c.elem("external", "", at[i]))
			items[i] = c.item("", plain(capitalise(n)+"."))
		}
		if fz152 {
			c.lawSource(policy.FZ152, textWording)
		}
		lead := pr.Sprintf("This Policy does not cover the following services of others; their own privacy policies govern what they collect:")
		if fz152 {
			lead = pr.Sprintf("This Policy does not cover the following services of others; their own policies on the processing of personal data govern what they collect:")
		}
		c.library()
		sb.clause("external", plain(lead), items...)
		return
	}
	c.from(c.elem("external", "", at[0]))
	var t text
	if fz152 {
		c.lawSource(policy.FZ152, textWording)
		t.sentence(pr.Sprintf("This Policy does not cover %s: their own policies on the processing of personal data govern what they collect.", names[0]))
	} else {
		t.sentence(pr.Sprintf("This Policy does not cover %s: their own privacy policies govern what they collect.", names[0]))
	}
	sb.clause("external", t.t)
}

// consentMethodOf states how consent to pu, declared at path, is given,
// only for a purpose that rests on consent, as Validate requires; the
// document states it before how consent is withdrawn.
func (c *composer) consentMethodOf(t *text, path string, pu *policy.Purpose) {
	if !pu.RestsOnConsent() {
		return
	}
	if s := consentMethodText(c.pr, pu.ConsentMethod); s != "" {
		c.fromAt(at(path, ".consent_method"))
		t.sentence(s)
	}
}

// consentText states how consent to pu, declared at path, is recorded,
// and the paid alternative to it; each only for a purpose that rests on
// consent, as Validate requires.
func (c *composer) consentText(t *text, path string, pu *policy.Purpose) {
	if !pu.RestsOnConsent() {
		return
	}
	pr := c.pr
	if pu.ConsentLogged {
		c.fromAt(at(path, ".consent_logged"))
		t.sentence(pr.Sprintf("We keep a record of your consent, so that we can show when and how you gave it."))
	}
	if a := pu.PaidAlternative; a.Offer != "" {
		offer := c.fragment(at(path, ".paid_alternative.offer"), a.Offer)
		t.sentence(pr.Sprintf("Instead of consenting, you may choose a paid alternative, %s, under which we do not process your data for this purpose.", offer))
		if a.URL != "" {
			c.fromAt(at(path, ".paid_alternative.url"))
			t.sentence(pr.Sprintf("The offer is described at")).plain(" ").link(a.URL).plain(".")
		}
	}
}

// consentMethodText is the sentence that states method m in pr's
// language; "" for a method not stated or not defined.
func consentMethodText(pr *wording, m policy.ConsentMethod) string {
	switch m {
	case policy.ConsentMethodCheckbox:
		return pr.Sprintf("You give your consent by ticking a box that is not ticked in advance.")
	case policy.ConsentMethodDoubleOptIn:
		return pr.Sprintf("You give your consent by double opt-in: it takes effect once you confirm it through the message we send to the address you gave.")
	case policy.ConsentMethodConsentTool:
		return pr.Sprintf("You give or refuse your consent in our consent management tool.")
	case policy.ConsentMethodWritten:
		return pr.Sprintf("You give your consent in writing, signed by hand or with an electronic signature.")
	case policy.ConsentMethodPlatformPrompt:
		return pr.Sprintf("You give or refuse your consent in your device's permission prompt.")
	}
	return ""
}
