// Provenance: the sources each clause, row and paragraph records as it is
// composed.

package render

import (
	"strconv"

	"github.com/gopolicy/policy"
)

// The composer collects sources by construction: every string of the
// policy passes through u (or join, or names), which records its
// declaration path; what the policy declares as a value rather than a
// string (an enum, a date, an address) is recorded with from where it is
// stated; text a law requires with law, and the library's framing with
// library. Each clause, table row and paragraph then takes what was
// recorded since the previous one took its share (take), so a clause's
// sources are exactly the sources of the text built for it.

// A loc is the path of a declaration, held as the path of the declared
// element and the name of one of its fields (such as
// "categories[account.email]" and ".name"), so that composing a document
// records it without building the path: the field is a constant, and the
// element's path is built once (see [composer.path]).
type loc struct{ decl, field string }

// at returns the location of field (such as ".name", or "" for decl
// itself) of the declaration at path decl.
func at(decl, field string) loc { return loc{decl, field} }

// storageFields are the fields of the first storage locations of a
// category, so that stating them builds no path.
var storageFields = [...]string{".storage[0]", ".storage[1]", ".storage[2]", ".storage[3]"}

// storageField returns the field of a category's storage location i,
// such as ".storage[0]".
func storageField(i int) string {
	if i < len(storageFields) {
		return storageFields[i]
	}
	return ".storage[" + strconv.Itoa(i) + "]"
}

// sub returns the location of field (such as ".law") of the field at l.
func (l loc) sub(field string) loc { return loc{l.decl, l.field + field} }

// String returns the path of l.
func (l loc) String() string { return l.decl + l.field }

// from records that the text being composed states the declaration at
// path. A path recorded twice in a row is kept once.
func (c *composer) from(path string) { c.fromAt(loc{decl: path}) }

// fromAt records that the text being composed states the declaration at
// l, as from does.
func (c *composer) fromAt(l loc) {
	c.record(Source{decl: l.decl, field: l.field})
}

// law records that the text being composed is required by law, under
// its rule where one names it ("" otherwise).
func (c *composer) law(law policy.Law, rule policy.Rule) {
	c.record(Source{Law: law, Rule: rule})
}

// library records that the text being composed is the library's own
// framing, such as the sentence that opens a list.
func (c *composer) library() { c.record(Source{}) }

func (c *composer) record(s Source) {
	n := len(c.recorded)
	if n > c.mark && (c.recorded[n-1] == s || c.recorded[n-1].samePath(s)) {
		return
	}
	if n == cap(c.recorded) {
		// A new chunk, holding only what is not yet taken: the
		// chunks already taken stay with their clauses, never copied.
		open := n - c.mark
		chunk := make([]Source, open, max(min(2*cap(c.recorded), sourceChunk), 2*open, 64))
		copy(chunk, c.recorded[c.mark:])
		c.recorded, c.mark = chunk, 0
	}
	c.recorded = append(c.recorded, s)
}

// sourceChunk is the most sources the composer allocates at once, unless
// one clause needs more; chunks grow to it from 64, so that a short
// document allocates little.
const sourceChunk = 1024

// take returns the sources recorded since the last call and starts a new
// collection. The sources of many clauses share one chunk, capped per
// clause so that later records never overwrite them.
func (c *composer) take() []Source {
	if len(c.recorded) == c.mark {
		return nil
	}
	out := c.recorded[c.mark:len(c.recorded):len(c.recorded)]
	c.mark = len(c.recorded)
	return out
}

// drop discards the sources recorded since the last take, for text no
// clause holds (the document's title).
func (c *composer) drop() { c.recorded = c.recorded[:c.mark] }

// item returns a clause with id and text t, which holds the sources
// recorded since the last clause took its own. Clauses are allocated in
// chunks, as sources are: a document of many categories has a few
// clauses for each, which the document keeps as long as any of them.
func (c *composer) item(id string, t Text, subs ...*Clause) *Clause {
	if len(c.clauses) == cap(c.clauses) {
		c.clauses = make([]Clause, 0, min(max(2*cap(c.clauses), 16), clauseChunk))
	}
	c.clauses = append(c.clauses, Clause{ID: id, Text: t, Sources: c.take(), Clauses: subs})
	return &c.clauses[len(c.clauses)-1]
}

// clauseChunk is the most clauses the composer allocates at once; chunks
// grow to it from 16.
const clauseChunk = 256

// keep returns a copy of t in the composer's chunk of spans, capped so
// that later texts never overwrite it, for texts built in a scratch
// builder (see [composer.scratch]). It returns nil where t is empty.
func (c *composer) keep(t Text) Text {
	if len(t) == 0 {
		return nil
	}
	if len(c.spans)+len(t) > cap(c.spans) {
		c.spans = make(Text, 0, max(min(2*cap(c.spans), spanChunk), len(t), 32))
	}
	n := len(c.spans)
	c.spans = append(c.spans, t...)
	return c.spans[n:len(c.spans):len(c.spans)]
}

// spanChunk is the most spans the composer allocates at once for kept
// texts, unless one text needs more.
const spanChunk = 1024

// scratch returns the composer's scratch builder i, emptied, for a text
// that [composer.keep] then copies: texts built for every category reuse
// its spans instead of allocating their own. Each of the builders is used
// by one function at a time, which keeps what it built before it builds
// the next.
func (c *composer) scratch(i int) *text {
	b := &c.scratches[i]
	clear(b.t)
	b.t = b.t[:0]
	return b
}

// lawRules names, for each kind of text a law adds to the document, the
// rule of each law that requires it. TestLawRulesExist checks that each
// rule is one of the law's.
var lawRules = map[lawText]map[policy.Law]policy.Rule{
	textAuthority: {
		policy.GDPR: "gdpr.13.2.d", policy.UKGDPR: "ukgdpr.13.2.d",
	},
	textStatement: {policy.FZ152: "152fz.18.5"},
	textCitation: {
		policy.GDPR: "gdpr.13.1.c", policy.UKGDPR: "ukgdpr.13.1.c", policy.FZ152: "152fz.6.1", policy.LGPD: "lgpd.7",
	},
	textCCPA:           {policy.CCPA: "ccpa.110.c.1"},
	textCCPASale:       {policy.CCPA: "ccpa.135"},
	textCCPAIncentives: {policy.CCPA: "ccpa.7016"},
	textJointRights:    {policy.GDPR: "gdpr.26.2", policy.UKGDPR: "ukgdpr.26.2"},
}

// A lawText is a kind of text a law adds to the document.
type lawText uint8

const (
	textAuthority      lawText = iota // the supervisory authority to complain to
	textStatement                     // a statement of the law's (policy.Law.Statements)
	textCitation                      // the article a legal ground rests on
	textCCPA                          // the notice to California residents
	textCCPASale                      // the right to opt out of sale or sharing
	textCCPAIncentives                // the notice of financial incentive
	textWording                       // wording the law prescribes, such as 152-FZ's list of unlawful actions
	textJointRights                   // the rights the user may exercise against each joint controller
)

// lawSource records that law requires the text being composed, as text
// of kind k.
func (c *composer) lawSource(law policy.Law, k lawText) {
	c.law(law, lawRules[k][law])
}

// purposeFields are the paths of the fields of a purpose that the
// clauses and rows of many categories state.
type purposeFields struct{ categories, bases string }

// purposeFields returns the paths of pu's fields, built once.
func (c *composer) purposeFields(pu *policy.Purpose) *purposeFields {
	if f, ok := c.fields[pu]; ok {
		return f
	}
	if c.fields == nil {
		c.fields = make(map[*policy.Purpose]*purposeFields)
	}
	path := c.path(pu, "purposes", pu.ID)
	f := &purposeFields{categories: path + ".categories", bases: path + ".bases"}
	c.fields[pu] = f
	return f
}
