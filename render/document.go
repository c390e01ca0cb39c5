// Package render composes a [policy.Policy] into a [Document] and writes the
// document in reader-facing formats.
//
// Composition happens once: [Compose] decides the sections, their order, the
// numbering of clauses (1., 1.1., 1.1.1.) and every word of the library's
// own wording, in the requested language. Writers such as [WriteText] only
// walk the document and lay it out, so every format says the same thing
// under the same numbers.
package render

import (
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// A Document is a policy composed into titled sections of numbered clauses,
// in one language. Its text is final; writers only lay it out.
type Document struct {
	// Language is the language of the text: one the library has wording
	// for (en, ru), or en-US for its English in American spelling.
	Language language.Tag
	// Title is the document's title, such as "Privacy Policy".
	Title string
	// Meta holds lines shown under the title: version, dates, address.
	Meta []Text
	// MetaSources holds the sources of each line of Meta.
	MetaSources [][]Source
	// Intro holds paragraphs before the first section.
	Intro []Text
	// IntroSources holds the sources of each paragraph of Intro.
	IntroSources [][]Source
	// Summary is the short, layered notice shown before the sections: one
	// row for each category of data, with the purposes it serves, their
	// legal grounds and its retention. It is nil for a policy without
	// personal data.
	Summary *Table
	// Sections are the numbered sections, in order.
	Sections []*Section
	// Contents is the title of a table of contents, for writers that show
	// one, such as "Contents".
	Contents string
}

// A Section is a numbered, titled part of a document.
type Section struct {
	// ID is a stable anchor such as "purposes". It is derived from what
	// the section holds, never from its wording, so links survive edits.
	ID string
	// Number is the section's number with its final dot, such as "3.".
	Number string
	// Title is the section's title, such as "Purposes of Data Processing".
	Title string
	// Clauses are the section's numbered clauses.
	Clauses []*Clause
	// Table, if set, follows the clauses, such as the CCPA's table of
	// categories of personal information.
	Table *Table
}

// A Clause is a numbered paragraph, which may hold numbered sub-clauses.
type Clause struct {
	// ID is a stable anchor such as "purpose:marketing", derived from the
	// declaration the clause states.
	ID string
	// Number is the clause's full number with its final dot, such as
	// "3.1.8.".
	Number string
	// Text is the clause's text.
	Text Text
	// Sources say where the clause's text comes from, in the order it
	// states them: the declarations it states, the laws that require it,
	// or the library's own wording. Every clause Compose writes has at
	// least one.
	Sources []Source
	// Clauses are its sub-clauses.
	Clauses []*Clause
}

// A Source says where a part of a document comes from, so that a reviewer
// can trace each clause to the line of the policy that said it. It is one
// of three kinds:
//
//   - a declaration of the policy: Path returns its path, in the form
//     findings use, such as "purposes[marketing].withdraw" or
//     "categories[account.email]";
//   - text a law requires whatever the policy declares: Law is set, and
//     Rule where one of the law's rules (see [policy.Requirements]) names the
//     requirement, such as "152fz.18.5";
//   - the library's own framing text, such as the sentence that opens a
//     list: the zero Source.
type Source struct {
	// The declaration's path is decl followed by field, such as
	// "categories[account.email]" and ".name": Compose records the
	// path of each string it states, and joins the two only when the
	// path is read.
	decl, field string
	// Law is the law that requires the text.
	Law policy.Law
	// Rule is the law's rule that requires the text, if one names it.
	Rule policy.Rule
}

// Path returns the path of the declaration s states, such as
// "purposes[marketing].withdraw", or "" where s is not a declaration.
func (s Source) Path() string {
	if s.field == "" {
		return s.decl
	}
	return s.decl + s.field
}

// String returns the source as a reviewer reads it: the path of a
// declaration, the rule of a law (or the law's key where no rule names
// the text), or "library" for the library's own wording.
func (s Source) String() string {
	switch {
	case s.decl != "":
		return s.Path()
	case s.Rule != "":
		return string(s.Rule)
	case s.Law.Valid():
		return s.Law.String()
	}
	return "library"
}

// samePath reports whether s and o are declarations with the same path,
// however each splits it.
func (s Source) samePath(o Source) bool {
	if len(s.decl)+len(s.field) != len(o.decl)+len(o.field) || s.decl == "" {
		return false
	}
	if len(s.decl) > len(o.decl) {
		s, o = o, s
	}
	// o.decl = s.decl + rest, and s.field = rest + o.field.
	n := len(s.decl)
	rest := o.decl[n:]
	return o.decl[:n] == s.decl && len(s.field) >= len(rest) && s.field[:len(rest)] == rest && s.field[len(rest):] == o.field
}

// IsLibrary reports whether s is the library's own wording.
func (s Source) IsLibrary() bool { return s == Source{} }

// Text is a run of spans that reads as one paragraph.
type Text []Span

// String returns the text without markup.
func (t Text) String() string {
	n := 0
	for _, s := range t {
		n += len(s.Text)
	}
	b := make([]byte, 0, n)
	for _, s := range t {
		b = append(b, s.Text...)
	}
	return string(b)
}

// A Span is a piece of text with one role.
type Span struct {
	Kind SpanKind
	Text string
	// Href is the target of a Link, Email or Ref span: an absolute URL, a
	// "mailto:" URL, or "#" and the ID of a section or clause.
	Href string
}

// A SpanKind is the role of a span of text.
type SpanKind uint8

// Roles of spans.
const (
	Plain SpanKind = iota // Ordinary text.
	Term                  // A term the clause defines or is about, such as a category's name.
	Link                  // A web address.
	Email                 // An email address.
	Ref                   // A reference to another section or clause of the document.
)

// A Table is a titled table of text cells.
type Table struct {
	// ID is a stable anchor, such as "summary".
	ID string
	// Title is the table's title, such as "At a glance".
	Title string
	// Header holds the column headings.
	Header []string
	// SingularHeader, where not nil, holds the headings of the columns
	// for a cell that states one item ("Purpose", where Header says
	// "Purposes"), which a layout that repeats the headings in each row
	// uses for the cells Singular marks.
	SingularHeader []string
	// Singular marks, for each row of Rows, the cells that state one
	// item: bit i for column i. It is nil or as long as Rows.
	Singular []uint64
	// Rows hold the cells, one Text per column.
	Rows [][]Text
	// Sources holds the sources of each row of Rows.
	Sources [][]Source
}

// heading returns the heading of column i for row r: the singular one
// where the row's cell states one item.
func (tb *Table) heading(r, i int) string {
	if r < len(tb.Singular) && i < 64 && tb.Singular[r]&(1<<i) != 0 && i < len(tb.SingularHeader) {
		return tb.SingularHeader[i]
	}
	return tb.Header[i]
}
