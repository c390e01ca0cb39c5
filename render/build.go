// The document machinery: building spans, clauses and sections,
// numbering them and resolving cross-references.

package render

import (
	"strconv"
	"strings"
)

// Kinds of declaration anchors: the part of an anchor before
// anchorSeparator.
const (
	kindCategory         = "category"
	kindPurpose          = "purpose"
	kindBasis            = "basis"
	kindRetention        = "retention"
	kindPurposeRetention = "retention-purpose"
	kindRecipient        = "recipient"
	kindTransfer         = "transfer"
	kindRight            = "right"
	kindMeasure          = "measure"
	kindAuthority        = "authority"
	kindRepresentative   = "representative"
)

// anchorSeparator joins an anchor's kind and key. Declaration IDs may not
// contain it (they are dot paths of lowercase letters, digits, '.', '_'
// and '-', see [policy.ValidID]); it is valid in an HTML id and in a URL
// fragment.
const anchorSeparator = ":"

// anchor returns the ID of the clause stating a declaration: its kind,
// such as kindPurpose, and its key (a declaration ID, an enum's key, or a
// 1-based position for declarations without an ID) joined by
// anchorSeparator, such as "purpose:news". Kinds are distinct and hold no
// separator, and the anchors the library names itself (sections, their
// fixed clauses such as "retention-list", tables) hold none either, so
// two declarations share an anchor only if they share kind and ID, and
// none shares one with the library's.
func anchor(kind, key string) string { return kind + anchorSeparator + key }

// text builds a Text span by span, merging adjacent plain spans.
type text struct{ t Text }

// The composer's scratch builders (see [composer.scratch]), one for each
// function that builds a text for every category.
const (
	scratchCategory  = iota // categoryText
	scratchRetention        // a category's retention clause
	scratchPurposes         // a summary row's purposes
	scratchGrounds          // a summary row's legal grounds
	scratchBuilders
)

func (b *text) add(kind SpanKind, s, href string) *text {
	if s == "" {
		return b
	}
	if kind == Plain && len(b.t) > 0 && b.t[len(b.t)-1].Kind == Plain {
		b.t[len(b.t)-1].Text += s
		return b
	}
	if b.t == nil {
		// Most texts hold one or two spans (a term and what follows
		// it): start with room for two, which the rest outgrow once.
		b.t = make(Text, 0, 2)
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

// refTo adds a reference to the clause anchor(kind, key) with the
// placeholder text s.
func (b *text) refTo(s, kind, key string) *text {
	return b.add(Ref, s, "#"+kind+anchorSeparator+key)
}

// sentence appends s followed by a space, unless s is empty.
func (b *text) sentence(s string) *text {
	if s == "" {
		return b
	}
	s = strings.TrimSpace(s)
	if len(b.t) == 0 {
		return b.plain(s)
	}
	// The space and s in one concatenation, not two.
	if last := &b.t[len(b.t)-1]; last.Kind == Plain {
		last.Text = last.Text + " " + s
		return b
	}
	return b.plain(" " + s)
}

// A sentenceRun builds plain text that starts with a stop or another
// non-empty string and goes on sentence by sentence, in one string
// rather than a concatenation for each sentence.
type sentenceRun struct{ strings.Builder }

// sentence appends s after a space, unless s is empty, as text.sentence
// appends it to plain text.
func (b *sentenceRun) sentence(s string) {
	if s == "" {
		return
	}
	b.WriteByte(' ')
	b.WriteString(strings.TrimSpace(s))
}

func plain(s string) Text { return Text{{Kind: Plain, Text: s}} }

// sectionBuilder collects the clauses of one section.
type sectionBuilder struct {
	c *composer
	s *Section
	// sep joins the section's ID and a clause's ID: "-" for the
	// library's sections, whose IDs hold no anchorSeparator, and
	// clauseSeparator for the sections of a declaration, whose IDs may
	// hold "-".
	sep string
}

// clauseSeparator joins the anchor of a section stating one declaration,
// such as "category:account.email", and the name of one of its clauses:
// "category:account.email/purposes". Declaration IDs cannot hold it, so no
// such anchor is another's.
const clauseSeparator = "/"

func (c *composer) section(id, title string) *sectionBuilder {
	c.drop() // the title is the library's or was recorded by its caller
	s := &Section{ID: id, Title: title}
	return &sectionBuilder{c: c, s: s, sep: "-"}
}

// clause adds a clause whose ID is the section's ID and id, so that it is
// unique in the document. It holds the sources recorded since the last
// clause took its own.
func (sb *sectionBuilder) clause(id string, t Text, subs ...*Clause) *Clause {
	cl := sb.c.item(sb.s.ID+sb.sep+id, t, subs...)
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
	c.number(sb.s.Clauses, n)
	c.doc.Sections = append(c.doc.Sections, sb.s)
}

// number numbers the clauses cs under prefix, and records the numbers of
// those that other texts refer to (see referable).
func (c *composer) number(cs []*Clause, prefix string) {
	// The numbers of all of cs in one string, which each Number is a
	// part of, rather than a string for each.
	size := 0
	for i := range cs {
		size += len(prefix) + digits(i+1) + 1
	}
	var b strings.Builder
	b.Grow(size)
	var buf [20]byte
	for i := range cs {
		b.WriteString(prefix)
		b.Write(strconv.AppendInt(buf[:0], int64(i+1), 10))
		b.WriteByte('.')
	}
	all := b.String()
	end := 0
	for i, cl := range cs {
		start := end
		end += len(prefix) + digits(i+1) + 1
		cl.Number = all[start:end]
		if referable(cl.ID) {
			c.numbers[cl.ID] = cl.Number
		}
		c.number(cl.Clauses, cl.Number)
	}
}

// digits returns the number of decimal digits of n > 0.
func digits(n int) int {
	d := 1
	for ; n >= 10; n /= 10 {
		d++
	}
	return d
}

// referable reports whether id is the anchor of a declaration that other
// texts refer to by number: a purpose, a recipient, a transfer or a legal
// ground.
func referable(id string) bool {
	kind, _, ok := strings.Cut(id, anchorSeparator)
	return ok && (kind == kindPurpose || kind == kindRecipient || kind == kindTransfer || kind == kindBasis)
}

// finishTexts gives every text of the document its final form: it fills
// in the text of Ref spans, which were composed with the target's ID as
// placeholder text, now that every clause is numbered, and tidies each
// text (see tidy). It walks the texts once: a text is tidied as the walk
// meets it, once its references are resolved. References to the clauses
// of declarations are resolved at once (see composer.number); for any
// other, it looks up the number of only the clauses referred to, so that
// a document of many clauses builds no index of them all, and tidies the
// text then.
func (c *composer) finishTexts() {
	d := c.doc
	var pending []*Text                // texts holding a Ref span not yet resolved
	targets := make(map[string]string) // clause ID -> number, once found
	visit := func(t *Text) {
		resolved := true
		for i := range *t {
			sp := &(*t)[i]
			if sp.Kind != Ref {
				continue
			}
			id := strings.TrimPrefix(sp.Href, "#")
			if n, ok := c.numbers[id]; ok {
				sp.Text = strings.TrimSuffix(n, ".")
			} else {
				resolved = false
				targets[id] = ""
			}
		}
		if resolved {
			*t = tidy(*t)
		} else {
			pending = append(pending, t)
		}
	}
	for i := range d.Meta {
		d.Meta[i] = tidy(d.Meta[i])
	}
	for i := range d.Intro {
		visit(&d.Intro[i])
	}
	var walk func(cs []*Clause)
	walk = func(cs []*Clause) {
		for _, cl := range cs {
			visit(&cl.Text)
			walk(cl.Clauses)
		}
	}
	visitTable := func(tb *Table) {
		if tb == nil {
			return
		}
		for _, row := range tb.Rows {
			for j := range row {
				visit(&row[j])
			}
		}
	}
	visitTable(d.Summary)
	for _, s := range d.Sections {
		walk(s.Clauses)
		visitTable(s.Table)
	}
	if len(pending) == 0 {
		return
	}
	// The last clause with an ID gives its number, as each section's
	// clauses are numbered in order.
	var number func(cs []*Clause)
	number = func(cs []*Clause) {
		for _, cl := range cs {
			if _, ok := targets[cl.ID]; ok && cl.ID != "" {
				targets[cl.ID] = cl.Number
			}
			number(cl.Clauses)
		}
	}
	for _, s := range d.Sections {
		number(s.Clauses)
	}
	for _, t := range pending {
		for i := range *t {
			sp := &(*t)[i]
			if sp.Kind != Ref {
				continue
			}
			id := strings.TrimPrefix(sp.Href, "#")
			if n, ok := c.numbers[id]; ok {
				sp.Text = strings.TrimSuffix(n, ".")
			} else if n := targets[id]; n != "" {
				sp.Text = strings.TrimSuffix(n, ".")
			} else if n, ok := c.sections[id]; ok {
				sp.Text = strings.TrimSuffix(n, ".")
			}
		}
		*t = tidy(*t)
	}
}
