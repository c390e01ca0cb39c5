package render

import (
	"strconv"
	"strings"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Options controls how a policy is composed.
type Options struct {
	// Language is the language to write in. The zero Tag means the
	// policy's own Language, and English where that is unset too. A
	// language the library has no wording for falls back to the closest
	// supported one, as [language.Matcher] decides.
	Language language.Tag
	// Translations translates the policy's own strings (names, items,
	// descriptions, notes), keyed by their text in the policy, where the
	// document's language differs from the policy's. Build it with
	// [catalog.NewBuilder] and SetString.
	Translations catalog.Catalog
}

// Compose builds the document of p. It reads p and never modifies it; it
// does not validate p either, but states what p declares and leaves out
// what p leaves unset, so call [policy.Policy.Validate] first to learn what
// is missing. Nil declarations are skipped.
//
// Where the document's language differs from the policy's, every string of
// the policy must have a translation in opts.Translations; otherwise
// Compose returns the missing ones as [policy.Findings] (see
// [CheckTranslations]) rather than mix two languages in one document.
func Compose(p *policy.Policy, opts Options) (*Document, error) {
	tag := opts.Language
	if tag == language.Und {
		tag = p.Language
	}
	pr, lang := printer(tag)
	c := &composer{p: p, pr: pr, lang: lang, regions: display.Regions(lang), doc: &Document{Lang: lang}}
	if needsTranslation(sourceLanguage(p), lang) {
		tr, missing := translations(p, lang, opts.Translations)
		if len(missing) > 0 {
			return nil, missing
		}
		c.tr = tr
	}
	c.compose()
	return c.doc, nil
}

type composer struct {
	p       *policy.Policy
	pr      *message.Printer
	lang    language.Tag
	tr      map[string]string // translations of the policy's strings; nil for none
	regions display.Namer
	doc     *Document
	// Numbers of clauses that others refer to, by clause ID.
	numbers map[string]string
	// Section numbers by section ID, for references.
	sections map[string]string
	// The purposes using each category, and the recipients receiving it,
	// in declaration order: built once instead of searched per category.
	uses      map[*policy.Category][]*policy.Purpose
	receivers map[*policy.Category][]*policy.Recipient
	// Retention phrases already worded: many categories share one.
	phrases map[policy.Retention]string
}

// u returns the policy's string s in the document's language.
func (c *composer) u(s string) string {
	if t, ok := c.tr[s]; ok {
		return t
	}
	return s
}

// join translates and joins a list of the policy's strings.
func (c *composer) join(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = c.u(s)
	}
	return strings.Join(out, ", ")
}

// text builds a Text span by span, merging adjacent plain spans.
type text struct{ t Text }

func (b *text) add(kind SpanKind, s, href string) *text {
	if s == "" {
		return b
	}
	if kind == Plain && len(b.t) > 0 && b.t[len(b.t)-1].Kind == Plain {
		b.t[len(b.t)-1].Text += s
		return b
	}
	b.t = append(b.t, Span{Kind: kind, Text: s, Href: href})
	return b
}

func (b *text) plain(s string) *text { return b.add(Plain, s, "") }
func (b *text) term(s string) *text  { return b.add(Term, s, "") }
func (b *text) link(u string) *text  { return b.add(Link, u, u) }
func (b *text) email(a string) *text { return b.add(Email, a, "mailto:"+a) }
func (b *text) ref(s, id string) *text {
	return b.add(Ref, s, "#"+id)
}

// sentence appends s followed by a space, unless s is empty.
func (b *text) sentence(s string) *text {
	if s == "" {
		return b
	}
	if len(b.t) > 0 {
		b.plain(" ")
	}
	return b.plain(strings.TrimSpace(s))
}

func plain(s string) Text { return Text{{Kind: Plain, Text: s}} }

// sectionBuilder collects the clauses of one section.
type sectionBuilder struct {
	s *Section
}

func (c *composer) section(id, title string) *sectionBuilder {
	s := &Section{ID: id, Title: title}
	return &sectionBuilder{s: s}
}

// clause adds a clause whose ID is the section's ID and id, so that it is
// unique in the document.
func (sb *sectionBuilder) clause(id string, t Text, subs ...*Clause) *Clause {
	cl := &Clause{ID: sb.s.ID + "-" + id, Text: t, Clauses: subs}
	sb.s.Clauses = append(sb.s.Clauses, cl)
	return cl
}

// finish numbers the section's clauses and adds it to the document, unless
// it is empty.
func (c *composer) finish(sb *sectionBuilder) {
	if len(sb.s.Clauses) == 0 && sb.s.Table == nil {
		return
	}
	n := strconv.Itoa(len(c.doc.Sections)+1) + "."
	sb.s.Number = n
	c.sections[sb.s.ID] = n
	number(sb.s.Clauses, n, c.numbers)
	c.doc.Sections = append(c.doc.Sections, sb.s)
}

func number(cs []*Clause, prefix string, out map[string]string) {
	for i, cl := range cs {
		cl.Number = prefix + strconv.Itoa(i+1) + "."
		if cl.ID != "" {
			out[cl.ID] = cl.Number
		}
		number(cl.Clauses, cl.Number, out)
	}
}

func (c *composer) compose() {
	p, pr := c.p, c.pr
	c.numbers = make(map[string]string)
	c.sections = make(map[string]string)
	c.uses = make(map[*policy.Category][]*policy.Purpose)
	for _, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		for _, cat := range pu.Categories {
			if l := c.uses[cat]; len(l) == 0 || l[len(l)-1] != pu {
				c.uses[cat] = append(l, pu)
			}
		}
	}
	c.receivers = make(map[*policy.Category][]*policy.Recipient)
	for _, r := range p.Recipients {
		if r == nil {
			continue
		}
		for _, cat := range r.Categories {
			if l := c.receivers[cat]; len(l) == 0 || l[len(l)-1] != r {
				c.receivers[cat] = append(l, r)
			}
		}
	}
	c.doc.Title = c.u(p.Title)
	if c.doc.Title == "" {
		c.doc.Title = pr.Sprintf("Privacy Policy")
	}
	c.doc.Contents = pr.Sprintf("Contents")
	c.meta()
	c.intro()

	// Sections are composed in reading order; a section that refers to a
	// later one (purposes name their legal grounds) is composed first and
	// gets its references resolved once all numbers are known.
	c.finish(c.general())
	c.finish(c.categories())
	purposes := c.purposes()
	grounds := c.grounds()
	c.finish(purposes)
	c.finish(grounds)
	c.finish(c.retention())
	c.finish(c.recipients())
	c.finish(c.transfers())
	c.finish(c.rights())
	c.finish(c.security())
	c.finish(c.children())
	c.finish(c.changes())
	c.finish(c.california())
	c.finish(c.contact())
	c.summary()
	c.resolveRefs()
}

// resolveRefs fills in the text of Ref spans, which were composed with the
// target's ID as placeholder text, now that every clause is numbered.
func (c *composer) resolveRefs() {
	var walk func(cs []*Clause)
	fix := func(t Text) {
		for i := range t {
			if t[i].Kind != Ref {
				continue
			}
			id := strings.TrimPrefix(t[i].Href, "#")
			if n, ok := c.numbers[id]; ok {
				t[i].Text = strings.TrimSuffix(n, ".")
			} else if n, ok := c.sections[id]; ok {
				t[i].Text = strings.TrimSuffix(n, ".")
			}
		}
	}
	walk = func(cs []*Clause) {
		for _, cl := range cs {
			fix(cl.Text)
			walk(cl.Clauses)
		}
	}
	for _, s := range c.doc.Sections {
		walk(s.Clauses)
	}
	for _, t := range c.doc.Intro {
		fix(t)
	}
	tables := []*Table{c.doc.Summary}
	for _, s := range c.doc.Sections {
		tables = append(tables, s.Table)
	}
	for _, tb := range tables {
		if tb == nil {
			continue
		}
		for _, row := range tb.Rows {
			for _, cell := range row {
				fix(cell)
			}
		}
	}
}

// summary builds the "at a glance" table: each category of data with the
// purposes that use it, their legal grounds, and its retention.
func (c *composer) summary() {
	p, pr := c.p, c.pr
	if !p.CollectsPersonalData() {
		return
	}
	tb := &Table{
		ID:     "summary",
		Title:  pr.Sprintf("At a glance"),
		Header: []string{pr.Sprintf("Data"), pr.Sprintf("Purposes"), pr.Sprintf("Legal grounds"), pr.Sprintf("Retention")},
	}
	for _, cat := range p.Categories {
		if cat == nil {
			continue
		}
		var purposes, grounds text
		var set policy.BasisSet
		for i, pu := range c.uses[cat] {
			if i > 0 {
				purposes.plain(", ")
			}
			purposes.ref(pu.ID, "purpose-"+pu.ID)
			for _, b := range pu.Bases {
				set = set.With(b)
			}
		}
		for i, b := range set.Bases() {
			if i > 0 {
				grounds.plain("; ")
			}
			grounds.plain(pr.Sprintf(b.Name()))
		}
		tb.Rows = append(tb.Rows, []Text{
			{{Kind: Term, Text: c.u(cat.Name)}},
			purposes.t,
			grounds.t,
			plain(c.retentionPhrase(cat.Retention)),
		})
	}
	c.doc.Summary = tb
}

func (c *composer) meta() {
	p, pr := c.p, c.pr
	if p.Version != "" {
		c.doc.Meta = append(c.doc.Meta, plain(pr.Sprintf("Version: %s", p.Version)))
	}
	if p.Effective.Valid() {
		c.doc.Meta = append(c.doc.Meta, plain(pr.Sprintf("Effective date: %s", c.date(p.Effective))))
	}
	if p.Updated.Valid() {
		c.doc.Meta = append(c.doc.Meta, plain(pr.Sprintf("Last updated: %s", c.date(p.Updated))))
	}
}

func (c *composer) date(d policy.Date) string {
	return c.pr.Sprintf("%[1]s %[2]s %[3]s", strconv.Itoa(d.Day), c.pr.Sprintf(d.Month.String()), strconv.Itoa(d.Year))
}

func (c *composer) controllerName() string {
	if n := c.p.Controller.Name; n != "" {
		return c.u(n)
	}
	return c.pr.Sprintf("the operator of this service")
}

func (c *composer) intro() {
	p, pr := c.p, c.pr
	if len(p.Introduction) > 0 {
		for _, s := range p.Introduction {
			c.doc.Intro = append(c.doc.Intro, plain(c.u(s)))
		}
		return
	}
	var t text
	if len(p.Scope) > 0 {
		t.plain(pr.Sprintf("This Privacy Policy explains how %s (“we”) processes information about the users of %s: what data we process, for what purposes, on what grounds, and how we protect it.", c.controllerName(), c.join(p.Scope)))
	} else {
		t.plain(pr.Sprintf("This Privacy Policy explains how %s (“we”) processes information about its users: what data we process, for what purposes, on what grounds, and how we protect it.", c.controllerName()))
	}
	c.doc.Intro = append(c.doc.Intro, t.t,
		plain(pr.Sprintf("By using our services, you confirm that you have read this Policy and understand the terms of processing it sets out.")))
}

func (c *composer) general() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("general", pr.Sprintf("General Provisions"))
	switch {
	case len(p.Scope) == 0:
	case p.CollectsPersonalData():
		sb.clause("scope", plain(pr.Sprintf("This Policy governs the processing of personal data and other information that we receive from the users of %s.", c.join(p.Scope))))
	default:
		sb.clause("scope", plain(pr.Sprintf("This Policy governs the processing of information that we receive from the users of %s.", c.join(p.Scope))))
	}
	sb.clause("controller", c.controllerText())
	if p.DPO != nil && !p.DPO.IsZero() {
		var t text
		t.plain(pr.Sprintf("Our data protection officer"))
		if p.DPO.Name != "" {
			t.plain(", ").plain(c.u(p.DPO.Name) + ",")
		}
		t.plain(" ").plain(pr.Sprintf("can be reached at")).plain(" ")
		c.reach(&t, *p.DPO)
		sb.clause("dpo", t.plain(".").t)
	}
	for i, r := range p.Representatives {
		var t text
		t.plain(pr.Sprintf("Our representative in %s is %s, reachable at", c.region(r.Region), c.u(r.Contact.Name))).plain(" ")
		c.reach(&t, r.Contact)
		sb.clause("representative-"+strconv.Itoa(i+1), t.plain(".").t)
	}
	if p.CollectsPersonalData() {
		sb.clause("definition", plain(pr.Sprintf("In this Policy, “personal data” means any information directly or indirectly related to an identified or identifiable natural person.")))
	}
	if len(p.Principles) > 0 {
		names := make([]string, 0, len(p.Principles))
		for _, pl := range p.Principles {
			if pl.Valid() {
				names = append(names, pr.Sprintf(pl.Name()))
			}
		}
		sb.clause("principles", plain(pr.Sprintf("We process data in accordance with the principles of %s.", strings.Join(names, ", "))))
	}
	if len(p.Security) > 0 {
		var t text
		t.plain(pr.Sprintf("We take the necessary legal, organisational and technical measures to protect data from unauthorised or accidental access, destruction, modification, blocking, copying, distribution and other unlawful actions (see section")).plain(" ").ref("security", "security").plain(").")
		sb.clause("protection", t.t)
	}
	return sb
}

func (c *composer) controllerText() Text {
	p, pr := c.p, c.pr
	ctl := p.Controller
	var t text
	t.plain(pr.Sprintf("The controller of your data (the operator of personal data) is")).plain(" ").term(c.controllerName())
	if ctl.Registration != "" {
		t.plain(" (" + c.u(ctl.Registration) + ")")
	}
	if ctl.Address != "" {
		t.plain(", ").plain(c.u(ctl.Address))
	}
	t.plain(".")
	if ctl.Email != "" || ctl.Phone != "" || ctl.Website != "" {
		t.plain(" ").plain(pr.Sprintf("Contact:")).plain(" ")
		c.reach(&t, policy.Contact{Email: ctl.Email, Phone: ctl.Phone, Website: ctl.Website})
		t.plain(".")
	}
	return t.t
}

// reach appends the ways to reach contact k, separated by commas.
func (c *composer) reach(t *text, k policy.Contact) {
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
		t.plain(sep).plain(c.u(k.Address))
		sep = ", "
	}
	if k.Website != "" {
		t.plain(sep).link(k.Website)
	}
}

func (c *composer) region(r language.Region) string {
	if n := c.regions.Name(r); n != "" {
		return n
	}
	return r.String()
}

func (c *composer) categories() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("categories", pr.Sprintf("Categories of Processed Data"))
	var items []*Clause
	for _, cat := range p.Categories {
		if cat != nil {
			items = append(items, &Clause{ID: "category-" + cat.ID, Text: c.categoryText(cat)})
		}
	}
	if !p.CollectsPersonalData() {
		sb.clause("no-personal-data", plain(pr.Sprintf("We do not collect your personal data: we do not request or store information that allows us to identify you.")))
		if len(items) > 0 {
			sb.clause("non-personal", plain(pr.Sprintf("The data we collect does not relate, directly or indirectly, to an identified or identifiable natural person and does not identify you, so none of it is personal data. It includes:")), items...)
		}
	} else if len(items) > 0 {
		sb.clause("list", plain(pr.Sprintf("We may process the following categories of data:")), items...)
	}
	var general []string
	for _, e := range p.NotCollected {
		if e.Category == nil && e.Name != "" {
			s := c.u(e.Name)
			if e.Note != "" {
				s += " (" + c.u(e.Note) + ")"
			}
			general = append(general, s)
		}
	}
	if len(general) > 0 {
		sb.clause("not-collected", plain(pr.Sprintf("We do not collect: %s.", strings.Join(general, "; "))))
	}
	var storage text
	for _, st := range p.Storage {
		if st.Subjects == (language.Region{}) {
			storage.sentence(pr.Sprintf("Unless stated otherwise above, the data is stored in %s.", c.region(st.Location)))
		} else {
			storage.sentence(pr.Sprintf("Unless stated otherwise above, data of users in %s is stored in %s.", c.region(st.Subjects), c.region(st.Location)))
		}
	}
	if p.Subject(policy.FZ152) && p.CollectsPersonalData() {
		storage.sentence(pr.Sprintf("In accordance with Art. 18(5) of Federal Law No. 152-FZ, the personal data of citizens of the Russian Federation is recorded, systematised, accumulated, stored, clarified and retrieved using databases located in the Russian Federation."))
	}
	if len(storage.t) > 0 {
		sb.clause("storage", storage.t)
	}
	return sb
}

func (c *composer) categoryText(cat *policy.Category) Text {
	pr := c.pr
	var t text
	t.term(c.u(cat.Name))
	if len(cat.Items) > 0 {
		t.plain(": ").plain(c.join(cat.Items))
	}
	t.plain(".")
	t.sentence(c.u(cat.Description))
	switch cat.Sensitivity {
	case policy.Special:
		t.sentence(pr.Sprintf("This is a special category of personal data."))
	case policy.Sensitive:
		t.sentence(pr.Sprintf("This is sensitive personal information."))
	}
	if src := c.sources(cat); src != "" {
		t.sentence(pr.Sprintf("Source: %s.", src))
	}
	for _, st := range cat.Storage {
		if st.Subjects == (language.Region{}) {
			t.sentence(pr.Sprintf("The data is stored in %s.", c.region(st.Location)))
		} else {
			t.sentence(pr.Sprintf("Data of users in %s is stored in %s.", c.region(st.Subjects), c.region(st.Location)))
		}
	}
	for _, e := range c.p.NotCollected {
		if e.Category == cat && e.Name != "" {
			t.sentence(pr.Sprintf("We do not collect or store %s.", c.u(e.Name)))
			t.sentence(c.u(e.Note))
		}
	}
	return t.t
}

func (c *composer) sources(cat *policy.Category) string {
	var s []string
	for _, src := range cat.Sources {
		if !src.Valid() {
			continue
		}
		name := c.pr.Sprintf(src.Name())
		if (src == policy.FromThirdParty || src == policy.FromPublicSource) && cat.SourceDetail != "" {
			name += " (" + c.u(cat.SourceDetail) + ")"
		}
		s = append(s, name)
	}
	return strings.Join(s, "; ")
}

func (c *composer) names(cats []*policy.Category) string {
	var s []string
	for _, cat := range cats {
		if cat != nil {
			s = append(s, c.u(cat.Name))
		}
	}
	return strings.Join(s, ", ")
}

func (c *composer) purposes() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("purposes", pr.Sprintf("Purposes of Data Processing"))
	var items []*Clause
	for _, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		var t text
		t.term(c.u(pu.Name)).plain(".")
		t.sentence(c.u(pu.Description))
		if names := c.names(pu.Categories); names != "" {
			t.sentence(pr.Sprintf("Data used: %s.", names))
		}
		var valid []policy.Basis
		for _, b := range pu.Bases {
			if b.Valid() {
				valid = append(valid, b)
			}
		}
		if len(valid) > 0 {
			if len(valid) == 1 {
				t.plain(" ").plain(pr.Sprintf("Legal ground:")).plain(" ")
			} else {
				t.plain(" ").plain(pr.Sprintf("Legal grounds:")).plain(" ")
			}
			for i, b := range valid {
				if i > 0 {
					t.plain("; ")
				}
				t.plain(pr.Sprintf(b.Name())).plain(" (").ref(b.String(), "basis-"+b.String()).plain(")")
			}
			t.plain(".")
		}
		if pu.Interest != "" {
			t.sentence(pr.Sprintf("Our legitimate interest: %s.", c.u(pu.Interest)))
		}
		if pu.Withdraw != "" {
			t.sentence(pr.Sprintf("You can withdraw your consent at any time: %s.", c.u(pu.Withdraw)))
		}
		if pu.OptOut {
			t.sentence(pr.Sprintf("You can object to this processing or opt out of it at any time."))
		}
		if pu.Required != "" {
			t.sentence(pr.Sprintf("Providing the data: %s.", c.u(pu.Required)))
		}
		if pu.Automated != "" {
			t.sentence(pr.Sprintf("Automated decision-making: %s.", c.u(pu.Automated)))
		}
		items = append(items, &Clause{ID: "purpose-" + pu.ID, Text: t.t})
	}
	if len(items) > 0 {
		sb.clause("list", plain(pr.Sprintf("We process data for the following purposes:")), items...)
	}
	if p.NoAutomatedDecisions {
		sb.clause("automated", plain(pr.Sprintf("We do not make decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you.")))
	}
	return sb
}

// groundText is the statement of each legal ground in the grounds section.
var groundText = map[policy.Basis]string{
	policy.Consent:                   "your consent to the processing of your personal data",
	policy.Contract:                  "the need to conclude, perform or terminate a contract with you",
	policy.LegalObligation:           "the need to fulfil obligations imposed on us by law",
	policy.VitalInterests:            "the need to protect your vital interests or those of another person",
	policy.PublicTask:                "the need to perform a task carried out in the public interest",
	policy.LegitimateInterests:       "the need to pursue our legitimate interests or those of third parties, provided that this does not override your rights and freedoms",
	policy.ExplicitConsent:           "your explicit consent to the processing of special categories of your personal data",
	policy.EmploymentLaw:             "obligations and rights in employment, social security and social protection law",
	policy.VitalInterestsIncapable:   "the protection of the vital interests of a person physically or legally incapable of giving consent",
	policy.NotForProfitBody:          "the legitimate activities of a not-for-profit body with regard to its members",
	policy.MadePublic:                "data you have manifestly made public",
	policy.LegalClaims:               "the establishment, exercise or defence of legal claims",
	policy.SubstantialPublicInterest: "reasons of substantial public interest on the basis of law",
	policy.HealthCare:                "preventive or occupational medicine and the provision of health care",
	policy.PublicHealth:              "reasons of public interest in the area of public health",
	policy.ArchivingResearch:         "archiving in the public interest, scientific or historical research, or statistics",
	policy.ResearchBody:              "the need to carry out studies by a research body",
	policy.ExerciseOfRights:          "the need to exercise rights in judicial, administrative or arbitration proceedings",
	policy.HealthProtection:          "the need to protect health, by health professionals or health authorities",
	policy.CreditProtection:          "the need to protect credit",
	policy.FraudPrevention:           "the need to prevent fraud and protect your security",
}

func (c *composer) grounds() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("grounds", pr.Sprintf("Legal Grounds for Data Processing"))
	used := make(map[policy.Basis][]*policy.Purpose)
	for _, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		for _, b := range pu.Bases {
			if b.Valid() && !contains(used[b], pu) {
				used[b] = append(used[b], pu)
			}
		}
	}
	var items []*Clause
	for _, b := range policy.Bases() {
		pus := used[b]
		if len(pus) == 0 {
			continue
		}
		var t text
		t.plain(capitalise(pr.Sprintf(groundText[b])))
		var cites []string
		for _, law := range p.Laws {
			if cite, ok := b.Citation(law); ok {
				cites = append(cites, pr.Sprintf("%[1]s %[2]s", pr.Sprintf(law.Name()), c.citation(law, cite)))
			}
		}
		if len(cites) > 0 {
			t.plain(" (" + strings.Join(cites, "; ") + ")")
		}
		t.plain(". ").plain(pr.Sprintf("Purposes:")).plain(" ")
		for i, pu := range pus {
			if i > 0 {
				t.plain(", ")
			}
			t.ref(pu.ID, "purpose-"+pu.ID)
		}
		t.plain(".")
		items = append(items, &Clause{ID: "basis-" + b.String(), Text: t.t})
	}
	if len(items) > 0 {
		sb.clause("list", plain(pr.Sprintf("We process personal data on one or more of the following legal grounds:")), items...)
	}
	return sb
}

// citation writes an article reference the way the document's language
// cites that law: Russian cites 152-FZ as "п. 1 ч. 1 ст. 6" and other laws'
// articles as "ст. 6(1)(a)".
func (c *composer) citation(law policy.Law, cite string) string {
	if base, _ := c.lang.Base(); base.String() != "ru" {
		return cite
	}
	rest, ok := strings.CutPrefix(cite, "Art. ")
	if !ok {
		return cite
	}
	if law == policy.FZ152 {
		// "6(1)(1)" -> "п. 1 ч. 1 ст. 6"
		parts := strings.FieldsFunc(rest, func(r rune) bool { return r == '(' || r == ')' })
		if len(parts) == 3 {
			return "п. " + parts[2] + " ч. " + parts[1] + " ст. " + parts[0]
		}
	}
	return "ст. " + rest
}

func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func (c *composer) retention() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("retention", pr.Sprintf("Data Retention"))
	var items []*Clause
	for _, cat := range p.Categories {
		if cat == nil || cat.Retention.IsZero() {
			continue
		}
		var t text
		t.term(c.u(cat.Name)).plain(": ").plain(c.retentionPhrase(cat.Retention)).plain(".")
		t.sentence(c.u(cat.Retention.Note))
		items = append(items, &Clause{ID: "retention-" + cat.ID, Text: t.t})
	}
	for _, pu := range p.Purposes {
		if pu == nil || pu.Retention.IsZero() {
			continue
		}
		var t text
		t.plain(pr.Sprintf("Data processed for the purpose")).plain(" ").term(c.u(pu.Name)).plain(": ").plain(c.retentionPhrase(pu.Retention)).plain(".")
		t.sentence(c.u(pu.Retention.Note))
		items = append(items, &Clause{ID: "retention-purpose-" + pu.ID, Text: t.t})
	}
	if len(items) > 0 {
		sb.clause("list", plain(pr.Sprintf("We keep data no longer than the purposes of processing require:")), items...)
		sb.clause("end", plain(pr.Sprintf("When a retention period ends, or when you withdraw consent on which processing rests and no other ground applies, we delete the data or anonymise it so that it can no longer be linked to you.")))
	}
	return sb
}

// retentionPhrase states r, such as "for 3 years after collection, then
// deleted".
func (c *composer) retentionPhrase(r policy.Retention) string {
	if s, ok := c.phrases[r]; ok {
		return s
	}
	s := c.wordRetention(r)
	if c.phrases == nil {
		c.phrases = make(map[policy.Retention]string)
	}
	c.phrases[r] = s
	return s
}

func (c *composer) wordRetention(r policy.Retention) string {
	pr := c.pr
	var s string
	switch r.Rule {
	case policy.KeepFor:
		s = pr.Sprintf("for %s after %s", c.period(r.Period), pr.Sprintf(r.From.Name()))
	case policy.WhileActive:
		if r.Period.Valid() {
			s = pr.Sprintf("while your account is active and for %s after it is closed", c.period(r.Period))
		} else {
			s = pr.Sprintf("while your account is active")
		}
	case policy.RequiredByLaw:
		s = pr.Sprintf("for as long as %s requires", c.u(r.Law))
	case policy.Indefinite:
		s = pr.Sprintf("without a time limit")
	default:
		return pr.Sprintf("not stated")
	}
	if r.Rule == policy.Indefinite {
		return s
	}
	if r.Anonymise {
		return s + pr.Sprintf(", then anonymised")
	}
	return s + pr.Sprintf(", then deleted")
}

// period states p in words, such as "1 year and 6 months".
func (c *composer) period(p policy.Period) string {
	var parts []string
	if p.Years != 0 {
		parts = append(parts, c.pr.Sprintf("%d years", p.Years))
	}
	if p.Months != 0 {
		parts = append(parts, c.pr.Sprintf("%d months", p.Months))
	}
	if p.Days != 0 || len(parts) == 0 {
		parts = append(parts, c.pr.Sprintf("%d days", p.Days))
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + c.pr.Sprintf(" and ") + parts[len(parts)-1]
}

func (c *composer) recipients() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("recipients", pr.Sprintf("Recipients of Data"))
	var items []*Clause
	for _, r := range p.Recipients {
		if r == nil {
			continue
		}
		var t text
		t.term(c.u(r.Name))
		if r.Role.Valid() {
			t.plain(" (" + pr.Sprintf(r.Role.Name()) + ")")
		}
		t.plain(".")
		if names := c.names(r.Categories); names != "" {
			t.sentence(pr.Sprintf("Data received: %s.", names))
		}
		if r.Purpose != "" {
			t.sentence(pr.Sprintf("Purpose: %s.", c.u(r.Purpose)))
		}
		if r.Country != (language.Region{}) {
			t.sentence(pr.Sprintf("Location: %s.", c.region(r.Country)))
		}
		items = append(items, &Clause{ID: "recipient-" + r.ID, Text: t.t})
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
			t.plain(pr.Sprintf("%s, transferred to %s", names, c.u(tr.Recipient.Name)))
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
		t.sentence(c.u(tr.Note))
		items = append(items, &Clause{ID: "transfer-" + strconv.Itoa(i+1), Text: t.t})
	}
	if len(items) > 0 {
		sb.clause("list", plain(pr.Sprintf("We transfer data to other countries as follows:")), items...)
	}
	return sb
}

func (c *composer) rights() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("rights", pr.Sprintf("Your Rights"))
	var items []*Clause
	for _, r := range p.Rights {
		if !r.Kind.Valid() {
			continue
		}
		var t text
		t.plain(capitalise(pr.Sprintf(r.Kind.Name()))).plain(".")
		if r.How != "" {
			t.sentence(pr.Sprintf("How: %s.", c.u(r.How)))
		}
		items = append(items, &Clause{ID: "right-" + r.Kind.String(), Text: t.t})
	}
	if len(items) > 0 {
		sb.clause("list", plain(pr.Sprintf("You have the right:")), items...)
		var t text
		t.plain(pr.Sprintf("To exercise a right, contact us as described in section")).plain(" ").ref("contact", "contact").plain(". ")
		t.plain(pr.Sprintf("We may ask you to confirm your identity before acting on a request."))
		sb.clause("exercise", t.t)
	}
	var authorities []*Clause
	for _, law := range p.Laws {
		if a, ok := authority[law]; ok && p.CollectsPersonalData() {
			var t text
			t.plain(capitalise(pr.Sprintf(a.name)))
			if a.url != "" {
				t.plain(", ").link(a.url)
			}
			t.plain(".")
			authorities = append(authorities, &Clause{ID: "authority-" + law.String(), Text: t.t})
		}
	}
	if len(authorities) > 0 {
		sb.clause("authorities", plain(pr.Sprintf("You may lodge a complaint with the supervisory authority:")), authorities...)
	}
	return sb
}

// authority names each law's supervisory authority for complaints.
var authority = map[policy.Law]struct{ name, url string }{
	policy.GDPR:   {"the data protection supervisory authority of the EU member state where you live or work, or where the alleged infringement took place", ""},
	policy.UKGDPR: {"the Information Commissioner's Office (ICO)", "https://ico.org.uk"},
	policy.FZ152:  {"the Federal Service for Supervision of Communications, Information Technology and Mass Media (Roskomnadzor)", "https://rkn.gov.ru"},
	policy.LGPD:   {"the National Data Protection Authority (ANPD)", "https://www.gov.br/anpd"},
	policy.CCPA:   {"the California Privacy Protection Agency", "https://cppa.ca.gov"},
}

func (c *composer) security() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("security", pr.Sprintf("Data Protection"))
	if len(p.Security) == 0 {
		return sb
	}
	var items []*Clause
	for i, m := range p.Security {
		var t text
		if m.Name != "" {
			t.term(c.u(m.Name))
			if m.Description != "" {
				t.plain(": ")
			} else {
				t.plain(".")
			}
		}
		t.plain(c.u(m.Description))
		items = append(items, &Clause{ID: "measure-" + strconv.Itoa(i+1), Text: t.t})
	}
	sb.clause("list", plain(pr.Sprintf("We protect the data we hold from unauthorised access, disclosure and loss with the following measures:")), items...)
	return sb
}

func (c *composer) children() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("children", pr.Sprintf("Children"))
	if p.Children.MinimumAge > 0 {
		var t text
		t.plain(pr.Sprintf("Our services are not intended for persons under %d years of age.", p.Children.MinimumAge))
		t.sentence(c.u(p.Children.Note))
		sb.clause("age", t.t)
	} else if p.Children.Note != "" {
		sb.clause("note", plain(c.u(p.Children.Note)))
	}
	return sb
}

func (c *composer) changes() *sectionBuilder {
	p, pr := c.p, c.pr
	ch := p.Changes
	sb := c.section("changes", pr.Sprintf("Changes to this Policy"))
	var t text
	if len(ch.Notify) == 0 {
		t.plain(pr.Sprintf("We may change this Policy unilaterally without prior notice to you."))
	} else {
		var ways []string
		for _, n := range ch.Notify {
			if n.Valid() {
				ways = append(ways, pr.Sprintf(n.Name()))
			}
		}
		if ch.Notice.Valid() {
			t.plain(pr.Sprintf("We may change this Policy. We announce changes %s at least %s before they take effect.", strings.Join(ways, pr.Sprintf(" and ")), c.period(ch.Notice)))
		} else {
			t.plain(pr.Sprintf("We may change this Policy. We announce changes %s.", strings.Join(ways, pr.Sprintf(" and "))))
		}
	}
	if ch.Notice.Valid() {
		t.sentence(pr.Sprintf("A new version takes effect on the date it states, no earlier than %s after it is announced.", c.period(ch.Notice)))
	} else {
		t.sentence(pr.Sprintf("A new version takes effect when it is posted, unless the new version provides otherwise."))
	}
	t.sentence(c.u(ch.Note))
	sb.clause("how", t.t)
	if p.URL != "" {
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
	k := p.Contact
	if k.IsZero() {
		k = p.Controller.Contact
		k.Name = ""
	}
	if k.Email == "" && k.Phone == "" && k.Address == "" && k.Website == "" {
		return sb
	}
	var t text
	t.plain(pr.Sprintf("For any questions about this Policy or the processing of your data, contact us"))
	if k.Name != "" {
		t.plain(" (" + c.u(k.Name) + ")")
	}
	t.plain(": ")
	c.reach(&t, k)
	t.plain(".")
	sb.clause("questions", t.t)
	return sb
}
