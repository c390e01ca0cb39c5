// The front matter and the first section: the at-a-glance table, the
// meta lines, the introduction and the general provisions.

package render

import (
	"slices"
	"strconv"
	"strings"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// summary builds the "at a glance" table: each category of data with the
// purposes that use it, their legal grounds, and its retention.
//
// The grounds cell states each ground with the purposes that declare it
// ("consent (3.1.8); performance of a contract (3.1.1, 3.1.2)"), so that a
// ground one purpose declares is never read as covering every use of the
// category: a consent-only use stays consent-only beside a purpose that
// keeps the same data under a legal obligation.
func (c *composer) summary() {
	p, pr := c.p, c.pr
	if !p.CollectsPersonalData() {
		return
	}
	tb := &Table{
		ID:             "summary",
		Title:          pr.Sprintf("At a glance"),
		Header:         []string{pr.Sprintf("Data"), pr.Sprintf("Purposes"), pr.Sprintf("Legal grounds"), pr.Sprintf("Retention")},
		SingularHeader: []string{pr.Sprintf("Data"), pr.Sprintf("Purpose"), pr.Sprintf("Legal ground"), pr.Sprintf("Retention")},
		Singular:       make([]uint64, 0, len(p.Categories)),
	}
	tb.Rows = make([][]Text, 0, len(p.Categories))
	tb.Sources = make([][]Source, 0, len(p.Categories))
	// The cells of all rows, four to a row, in one allocation.
	cells := make([]Text, 0, 4*len(p.Categories))
	for i, cat := range p.Categories {
		if cat == nil {
			continue
		}
		st := c.categoryAt(i)
		path := st.path
		name := c.u(at(path, ".name"), cat.Name)
		purposes, grounds := c.scratch(scratchPurposes), c.scratch(scratchGrounds)
		// A condition for special categories (explicit consent, say)
		// covers only the special data of a purpose, so the row of
		// other data leaves it out, unless it is all the purpose rests
		// on: every purpose of the row then shows a ground.
		var set policy.BasisSet
		special := cat.Sensitivity == policy.SensitivitySpecial
		for i, pu := range st.uses {
			if i > 0 {
				purposes.plain(", ")
			}
			purposes.refTo(pu.ID, kindPurpose, pu.ID)
			for _, b := range pu.Bases {
				if special || !b.Special() || onlySpecial(pu) {
					set = set.With(b)
				}
			}
			f := c.purposeFields(pu)
			c.from(f.categories)
			if len(pu.Bases) > 0 {
				c.from(f.bases)
			}
		}
		if special {
			set = c.sensitiveGrounds(set)
		}
		bases := set.Bases()
		for i, b := range bases {
			if i > 0 {
				grounds.plain("; " + c.groundName(b, special) + " (")
			} else {
				grounds.plain(c.groundName(b, special) + " (")
			}
			first := true
			for _, pu := range st.uses {
				if pu.HasBasis(b) && (special || !b.Special() || onlySpecial(pu)) {
					if !first {
						grounds.plain(", ")
					}
					first = false
					grounds.refTo(pu.ID, kindPurpose, pu.ID)
				}
			}
			grounds.plain(")")
		}
		var retention string
		if cat.OnDevice == policy.OnDeviceOnly && cat.Retention.IsZero() {
			// Data that never leaves the device has no retention period
			// to state: the service never holds it.
			c.fromAt(at(path, ".on_device"))
			retention = pr.Sprintf("not kept by us: it stays on your device")
		} else {
			retention = c.retentionPhrase(at(path, ".retention"), cat.Retention)
		}
		n := len(cells)
		cells = append(cells,
			c.keep(Text{{Kind: Term, Text: capitaliseName(name)}}),
			c.keep(purposes.t),
			c.keep(grounds.t),
			c.keep(Text{{Kind: Plain, Text: retention}}),
		)
		tb.Rows = append(tb.Rows, cells[n:len(cells):len(cells)])
		var one uint64
		if len(st.uses) == 1 {
			one |= 1 << 1
		}
		if len(bases) == 1 {
			one |= 1 << 2
		}
		tb.Singular = append(tb.Singular, one)
		tb.Sources = append(tb.Sources, c.take())
	}
	c.doc.Summary = tb
}

func (c *composer) meta() {
	p, pr := c.p, c.pr
	line := func(path, s string) {
		c.from(path)
		c.doc.Meta = append(c.doc.Meta, plain(s))
		c.doc.MetaSources = append(c.doc.MetaSources, c.take())
	}
	if p.Version != "" {
		line("version", pr.Sprintf("Version: %s", p.Version))
	}
	if p.Effective.Valid() {
		line("effective", pr.Sprintf("Effective date: %s", c.date(p.Effective)))
	}
	if p.Updated.Valid() {
		line("updated", pr.Sprintf("Last updated: %s", c.date(p.Updated)))
	}
}

func (c *composer) controllerName() string {
	if n := c.p.Controller.Name; n != "" {
		return c.u(at("controller.name", ""), n)
	}
	return c.pr.Sprintf("the operator of this service")
}

// subjects returns the names of the people the policy's purposes say
// they process data about (Purpose.Subjects), in the order first
// declared, taking each as a source, where some of them are not the
// users or visitors of the service: the opening sentence then names them
// all (an insurer's customers, an employer's applicants and employees)
// instead of calling them its users. It returns nil where the purposes
// name only users and visitors, or no one.
func (c *composer) subjects() []string {
	var names []string
	var seen []policy.DataSubject
	var paths []string
	others := false
	for _, pu := range c.p.Purposes {
		if pu == nil {
			continue
		}
		for j, s := range pu.Subjects {
			if !s.Valid() || slices.Contains(seen, s) {
				continue
			}
			seen = append(seen, s)
			others = others || s != policy.DataSubjectUsers && s != policy.DataSubjectVisitors
			names = append(names, c.pr.Sprintf(s.Name()))
			paths = append(paths, c.path(pu, "purposes", pu.ID)+".subjects["+strconv.Itoa(j)+"]")
		}
	}
	if !others {
		return nil
	}
	for _, p := range paths {
		c.from(p)
	}
	return names
}

func (c *composer) intro() {
	p, pr := c.p, c.pr
	if len(p.Introduction) > 0 {
		for i, s := range p.Introduction {
			c.doc.Intro = append(c.doc.Intro, plain(c.sentenceOf(at(c.elem("introduction", "", i), ""), s)))
			c.doc.IntroSources = append(c.doc.IntroSources, c.take())
		}
		c.acknowledgement()
		return
	}
	var t text
	c.library()
	subjects := c.subjects()
	// The services the policy covers (Policy.Scope) are named once, by
	// the general provisions, not here as well.
	// The controller, and who "we" are: "Acme (“we”)", or "TAM S.A.
	// (LATAM Brasil; “we”)" for a name that ends in a parenthesis of
	// its own. Several companies ("Acme Inc. and its subsidiaries")
	// process, in the plural.
	name := c.controllerName()
	we := pr.Sprintf("%s (“we”)", name)
	if strings.HasSuffix(name, ")") {
		we = pr.Sprintf("%s; “we”)", strings.TrimSuffix(name, ")"))
	}
	plural := c.p.Controller.Name != "" && recipientPlural(name, c.russian())
	switch groundless := c.groundless(); {
	case len(subjects) > 0 && groundless && plural:
		t.plain(pr.Sprintf("This Privacy Policy explains how %[1]s process information about %[2]s: what data we process, for what purposes, and how we protect it.", we, c.nameList(subjects)))
	case len(subjects) > 0 && groundless:
		t.plain(pr.Sprintf("This Privacy Policy explains how %[1]s processes information about %[2]s: what data we process, for what purposes, and how we protect it.", we, c.nameList(subjects)))
	case len(subjects) > 0 && plural:
		t.plain(pr.Sprintf("This Privacy Policy explains how %[1]s process information about %[2]s: what data we process, for what purposes, on what grounds, and how we protect it.", we, c.nameList(subjects)))
	case len(subjects) > 0:
		t.plain(pr.Sprintf("This Privacy Policy explains how %[1]s processes information about %[2]s: what data we process, for what purposes, on what grounds, and how we protect it.", we, c.nameList(subjects)))
	case groundless && plural:
		t.plain(pr.Sprintf("This Privacy Policy explains how %s process information about our users: what data we process, for what purposes, and how we protect it.", we))
	case groundless:
		t.plain(pr.Sprintf("This Privacy Policy explains how %s processes information about our users: what data we process, for what purposes, and how we protect it.", we))
	case plural:
		t.plain(pr.Sprintf("This Privacy Policy explains how %s process information about our users: what data we process, for what purposes, on what grounds, and how we protect it.", we))
	default:
		t.plain(pr.Sprintf("This Privacy Policy explains how %s processes information about our users: what data we process, for what purposes, on what grounds, and how we protect it.", we))
	}
	c.doc.Intro = append(c.doc.Intro, t.t)
	c.doc.IntroSources = append(c.doc.IntroSources, c.take())
	c.acknowledgement()
}

// acknowledgement states, where the policy declares it, that using the
// services confirms having read the policy.
func (c *composer) acknowledgement() {
	if !c.p.Acknowledgement {
		return
	}
	c.from("acknowledgement")
	c.doc.Intro = append(c.doc.Intro, plain(c.pr.Sprintf("By using our services, you confirm that you have read this Policy and understand the terms of processing it sets out.")))
	c.doc.IntroSources = append(c.doc.IntroSources, c.take())
}

func (c *composer) general() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("general", pr.Sprintf("General Provisions"))
	switch {
	case len(p.Scope) == 0:
	case p.CollectsPersonalData():
		sb.clause("scope", plain(pr.Sprintf("This Policy governs the processing of personal data and other information that we receive from the users of %s.", c.join(at("scope", ""), p.Scope))))
	default:
		sb.clause("scope", plain(pr.Sprintf("This Policy governs the processing of information that we receive from the users of %s.", c.join(at("scope", ""), p.Scope))))
	}
	c.customerData(sb)
	c.otherNotices(sb)
	c.external(sb)
	sb.clause("controller", c.controllerText())
	if p.DPO != nil && !p.DPO.IsZero() {
		c.from("dpo")
		var t text
		t.plain(c.dpoLabel()).plain(" ")
		if p.DPO.Name != "" && !dpoRole(p.DPO.Name) {
			t.plain(c.fragment(at("dpo.name", ""), p.DPO.Name)).plain(", ")
		}
		c.reach(&t, "dpo", *p.DPO)
		sb.clause("dpo", t.plain(".").t)
	}
	if r := p.Responsible; r != nil && !r.IsZero() && c.declares(policy.FZ152) {
		c.from("responsible")
		c.law(policy.FZ152, "152fz.22.1")
		var t text
		name := r.Name
		if namesResponsibleRole(name) {
			name = ""
		}
		switch {
		case name != "" && r.Email != "":
			t.plain(pr.Sprintf("The person responsible for organising the processing of personal data is %s, reachable at", c.fragment(at("responsible", ".name"), r.Name)))
		case name != "":
			t.plain(pr.Sprintf("The person responsible for organising the processing of personal data is %s; contact details:", c.fragment(at("responsible", ".name"), r.Name)))
		case r.Email != "":
			t.plain(pr.Sprintf("The person responsible for organising the processing of personal data is reachable at"))
		default:
			t.plain(pr.Sprintf("Contact details of the person responsible for organising the processing of personal data:"))
		}
		c.reach(t.plain(" "), "responsible", *r)
		sb.clause("responsible", t.plain(".").t)
	}
	c.operatorRegister(sb)
	for i, r := range p.Representatives {
		path := c.elem("representatives", "", i)
		c.from(path)
		var t text
		t.plain(pr.Sprintf("Our representative in %s is %s, reachable at", c.place(r.Region), c.fragment(at(path, ".contact.name"), r.Contact.Name))).plain(" ")
		c.reach(&t, path+".contact", r.Contact)
		sb.s.Clauses = append(sb.s.Clauses, c.item(anchor(kindRepresentative, strconv.Itoa(i+1)), t.plain(".").t))
	}
	c.establishments(sb)
	c.personalData(sb)
	c.definitions(sb)
	if len(p.Principles) > 0 {
		c.from("principles")
		names := make([]string, 0, len(p.Principles))
		for _, pl := range p.Principles {
			if pl.Valid() {
				names = append(names, pr.Sprintf(pl.Name()))
			}
		}
		switch len(names) {
		case 0:
			c.drop()
		case 1:
			sb.clause("principles", plain(pr.Sprintf("We process data in accordance with the principle of %s.", names[0])))
		default:
			sb.clause("principles", plain(pr.Sprintf("We process data in accordance with the principles of %s.", c.list(names))))
		}
	}
	c.commitments(sb)
	if len(p.Security) > 0 {
		c.from("security")
		var t text
		if c.declares(policy.FZ152) {
			c.lawSource(policy.FZ152, textWording)
			// The actions Art. 19(1) of 152-FZ names.
			t.plain(pr.Sprintf("We take the necessary legal, organisational and technical measures to protect data from unauthorised or accidental access, destruction, modification, blocking, copying, distribution and other unlawful actions (see section"))
		} else {
			// The words of GDPR Art. 32 and LGPD Art. 46, which ask for
			// technical and organisational measures, not legal ones.
			t.plain(pr.Sprintf("We take technical and organisational measures to protect data from unauthorised access and from accidental or unlawful destruction, loss, alteration or disclosure (see section"))
		}
		t.plain(" ").ref("security", "security").plain(").")
		sb.clause("protection", t.t)
	}
	return sb
}

// dpoRole reports whether name, a DPO's declared name, only names the
// role, as "Data Protection Officer" or "Encarregado" does, which the
// clause already says.
func dpoRole(name string) bool {
	name = strings.TrimSpace(name)
	name = strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(name), "our "), "the ")
	for _, role := range []string{"data protection officer", "dpo", "encarregado", "data protection advisor", "data protection adviser",
		"encarregado de dados", "encarregado pelo tratamento de dados pessoais", "encarregado de proteção de dados"} {
		if name == role {
			return true
		}
	}
	return false
}

// dpoLaws are the laws that name the role of a data protection officer
// in their own words: the LGPD's encarregado (Art. 5 VIII, 41) and the
// FADP's data protection advisor (Art. 10). The GDPR's and the UK GDPR's
// data protection officer (Art. 37) is the library's term; 152-FZ's person
// responsible for organising the processing is a declaration of its own
// (Policy.Responsible).
var dpoLaws = []policy.Law{policy.LGPD, policy.FADP}

// dpoLabel returns the label of the DPO's clause in the words of the
// declared laws: the GDPR's "data protection officer" where the GDPR or
// the UK GDPR is declared, otherwise the term of the first declared law
// of dpoLaws; the LGPD's term follows where the LGPD is declared besides
// ("Our data protection officer, who is also our encarregado under the
// LGPD:"), as the LGPD requires an encarregado (Art. 41) and policies
// under several laws name one person in each law's words. The FADP's
// advisor follows no other term: designating one is the controller's
// choice (FADP Art. 10), with effects of its own (Art. 23(4)), which an
// officer designated under another law does not take on by itself.
func (c *composer) dpoLabel() string {
	pr := c.pr
	var primary policy.Law // zero: the GDPR's term
	if !c.declares(policy.GDPR) && !c.declares(policy.UKGDPR) {
		if k := slices.IndexFunc(c.p.Laws, func(l policy.Law) bool { return contains(dpoLaws, l) }); k >= 0 {
			primary = c.p.Laws[k]
			c.lawSource(primary, textWording)
		}
	}
	var also []string
	for _, l := range dpoLaws {
		if l == primary || l == policy.FADP || !c.declares(l) {
			continue
		}
		c.lawSource(l, textWording)
		switch l {
		case policy.LGPD:
			also = append(also, pr.Sprintf("our encarregado under the LGPD"))
		}
	}
	if len(also) == 0 {
		switch primary {
		case policy.LGPD:
			return pr.Sprintf("Our person in charge of the processing of personal data (encarregado):")
		case policy.FADP:
			return pr.Sprintf("Our data protection advisor:")
		}
		return pr.Sprintf("Our data protection officer:")
	}
	switch primary {
	case policy.LGPD:
		return pr.Sprintf("Our person in charge of the processing of personal data (encarregado), who is also %s:", c.list(also))
	case policy.FADP:
		return pr.Sprintf("Our data protection advisor, who is also %s:", c.list(also))
	}
	return pr.Sprintf("Our data protection officer, who is also %s:", c.list(also))
}

func (c *composer) controllerText() Text {
	p, pr := c.p, c.pr
	ctl := p.Controller
	var t text
	c.from("controller")
	switch {
	case !p.CollectsPersonalData():
		t.plain(pr.Sprintf("This Policy is issued by")).plain(" ")
	case c.declares(policy.FZ152):
		c.lawSource(policy.FZ152, textWording)
		t.plain(pr.Sprintf("The controller of your data (the operator of personal data) is")).plain(" ")
	case c.californian():
		c.lawSource(policy.CCPA, textWording) // Cal. Civ. Code 1798.140(d)
		t.plain(pr.Sprintf("The business responsible for your data is")).plain(" ")
	default:
		t.plain(pr.Sprintf("The controller of your data is")).plain(" ")
	}
	t.term(c.controllerName())
	if ctl.Registration != "" {
		t.plain(" (" + c.fragment(at("controller.registration", ""), ctl.Registration) + ")")
	}
	if ctl.Address != "" {
		t.plain(", ").plain(c.fragment(at("controller.address", ""), ctl.Address))
	}
	t.plain(".")
	if ctl.Email != "" || ctl.Phone != "" || ctl.Website != "" {
		t.plain(" ").plain(pr.Sprintf("Contact:")).plain(" ")
		c.reach(&t, "controller", policy.Contact{Email: ctl.Email, Phone: ctl.Phone, Website: ctl.Website})
		t.plain(".")
	}
	c.regionalControllers(&t)
	return t.t
}

// regionalControllers adds to t, the controller clause, the
// establishments that are the controller for the users of a region
// instead of the controller.
//
// An establishment declared once for each of several regions, as one
// company that is the controller for users in the European Union and in
// the United Kingdom, is named once, for all of them.
func (c *composer) regionalControllers(t *text) {
	for i, e := range c.p.Establishments {
		if e.ControllerFor == (language.Region{}) || e.Contact.Name == "" || sameEstablishmentBefore(c.p.Establishments, i) {
			continue
		}
		path := c.elem("establishments", "", i)
		c.fromAt(at(path, ".controller_for"))
		places := []string{c.place(e.ControllerFor)}
		for j := i + 1; j < len(c.p.Establishments); j++ {
			if o := c.p.Establishments[j]; sameEstablishment(o, e) && o.ControllerFor != (language.Region{}) {
				c.fromAt(at(c.elem("establishments", "", j), ".controller_for"))
				places = append(places, c.place(o.ControllerFor))
			}
		}
		t.sentence(c.pr.Sprintf("For users in %[1]s, the controller is %[2]s instead.", c.list(places), c.fragment(at(path, ".contact.name"), e.Contact.Name)))
	}
}

// sameEstablishment reports whether a and b are one establishment, the
// same company in the same place, declared once for each region whose
// users it is the controller for.
func sameEstablishment(a, b policy.Establishment) bool {
	return a.Region == b.Region && a.Contact == b.Contact
}

// sameEstablishmentBefore reports whether the establishment at i was
// declared before it, for the users of another region.
func sameEstablishmentBefore(list []policy.Establishment, i int) bool {
	for _, e := range list[:i] {
		if sameEstablishment(e, list[i]) {
			return true
		}
	}
	return false
}

// reach appends the ways to reach contact k, declared at path, separated
// by commas.
func (c *composer) reach(t *text, path string, k policy.Contact) {
	sep := ""
	if k.Email != "" {
		t.email(k.Email)
		sep = ", "
	}
	if k.Phone != "" {
		t.plain(sep).plain(k.Phone)
		sep = ", "
	}
	if k.Address != "" {
		t.plain(sep).plain(c.fragment(at(path, ".address"), k.Address))
		sep = ", "
	}
	if k.Website != "" {
		t.plain(sep).link(k.Website)
	}
}

// namesResponsibleRole reports whether name, the declared name of the
// person responsible for organising the processing, only names that role
// again, as in "the person responsible for organising the processing of
// personal data", so that the clause does not say it twice.
func namesResponsibleRole(name string) bool {
	name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name), "."))
	return strings.EqualFold(name, "the person responsible for organising the processing of personal data") ||
		strings.EqualFold(name, "лицо, ответственное за организацию обработки персональных данных")
}

// operatorRegister states the operator's entry in Roskomnadzor's register
// of operators, or its exemption from notifying (152-FZ Art. 22), in a
// document under 152-FZ.
func (c *composer) operatorRegister(sb *sectionBuilder) {
	r, pr := c.p.OperatorRegister, c.pr
	if !c.declares(policy.FZ152) || r.Number == "" && !r.Exempt {
		return
	}
	c.from("operator_register")
	c.law(policy.FZ152, "152fz.22")
	var t text
	if r.Number != "" {
		t.plain(pr.Sprintf("We are entered under number %s in the register of operators processing personal data, kept by Roskomnadzor.", r.Number))
		if r.Notified.Valid() {
			t.sentence(pr.Sprintf("We notified Roskomnadzor of our intention to process personal data on %s.", c.date(r.Notified)))
		}
	} else {
		t.plain(pr.Sprintf("We process personal data without notifying Roskomnadzor, as Art. 22(2) of Federal Law No. 152-FZ allows."))
	}
	sb.clause("register", t.t)
}

// sensitiveGrounds returns set without the grounds that cover no
// sensitive data under the policy's laws: where each law with grounds
// lists its own for sensitive data (the LGPD, Art. 11), a ground none of
// them lists, such as legitimate interests, covers only a purpose's other
// data, and the row of sensitive data does not name it. Under the GDPR
// special data rests on an Art. 6 ground as well, so set stays whole; it
// stays whole too where dropping would leave no ground, which Validate
// reports.
func (c *composer) sensitiveGrounds(set policy.BasisSet) policy.BasisSet {
	var only policy.BasisSet
	found := false
	for _, l := range c.p.Laws {
		if !l.HasGrounds() {
			continue
		}
		g, ok := l.SensitiveGrounds()
		if !ok {
			return set
		}
		only |= g
		found = true
	}
	if !found {
		return set
	}
	var kept policy.BasisSet
	for _, b := range set.Bases() {
		if only.Has(b) {
			kept = kept.With(b)
		}
	}
	if kept == 0 {
		return set
	}
	return kept
}

// onlySpecial reports whether every ground pu rests on is a condition for
// special categories, such as explicit consent, which then is the ground
// of all its data.
func onlySpecial(pu *policy.Purpose) bool {
	return !slices.ContainsFunc(pu.Bases, func(b policy.Basis) bool { return !b.Special() })
}
