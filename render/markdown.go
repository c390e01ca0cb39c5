package render

import (
	"bufio"
	"io"
	"strings"
)

// WriteMarkdown writes d as CommonMark with a GitHub Flavored Markdown
// table for the at-a-glance summary. Each section heading and clause
// starts with an empty <a id="..."></a> anchor holding its stable ID, so
// links survive edits to wording (heading-text anchors would not).
// Clauses are paragraphs starting with their bold number. Text from the
// document is escaped so that it cannot form Markdown or HTML syntax.
func WriteMarkdown(w io.Writer, d *Document) error {
	mw := mdWriter{w: bufio.NewWriter(w)}
	mw.raw("# ")
	mw.text(d.Title, true)
	mw.raw("\n")
	if len(d.Meta) > 0 {
		mw.raw("\n")
		for i, m := range d.Meta {
			mw.spans(m, i == 0)
			if i < len(d.Meta)-1 {
				mw.raw("\\") // hard line break
			}
			mw.raw("\n")
		}
	}
	for _, t := range d.Intro {
		mw.raw("\n")
		mw.spans(t, true)
		mw.raw("\n")
	}
	if tb := d.Summary; tb != nil && len(tb.Rows) > 0 {
		mw.raw("\n## ")
		mw.anchor(tb.ID)
		mw.text(tb.Title, false)
		mw.raw("\n")
		mw.table(tb)
	}
	for _, s := range d.Sections {
		mw.raw("\n## ")
		mw.anchor(s.ID)
		mw.text(s.Number+" "+s.Title, false)
		mw.raw("\n")
		mw.clauses(s.Clauses)
		if tb := s.Table; tb != nil && len(tb.Rows) > 0 {
			mw.raw("\n")
			mw.anchor(tb.ID)
			mw.raw("**")
			mw.text(tb.Title, false)
			mw.raw("**\n")
			mw.table(tb)
		}
	}
	return mw.flush()
}

// table writes tb as a GFM table, preceded by a blank line.
func (mw *mdWriter) table(tb *Table) {
	mw.raw("\n|")
	for _, h := range tb.Header {
		mw.raw(" ")
		mw.text(h, false)
		mw.raw(" |")
	}
	mw.raw("\n|")
	for range tb.Header {
		mw.raw(" --- |")
	}
	mw.raw("\n")
	for _, row := range tb.Rows {
		mw.raw("|")
		for _, cell := range row {
			mw.raw(" ")
			mw.spans(cell, false)
			mw.raw(" |")
		}
		mw.raw("\n")
	}
}

type mdWriter struct {
	w   *bufio.Writer
	err error
}

func (mw *mdWriter) raw(s string) {
	if mw.err == nil {
		_, mw.err = mw.w.WriteString(s)
	}
}

func (mw *mdWriter) anchor(id string) {
	mw.raw("<a id=\"")
	mw.raw(htmlEscaper.Replace(id))
	mw.raw("\"></a>")
}

func (mw *mdWriter) clauses(cs []*Clause) {
	for _, c := range cs {
		mw.raw("\n")
		mw.anchor(c.ID)
		mw.raw("**")
		mw.text(c.Number, false)
		mw.raw("** ")
		mw.spans(c.Text, false)
		mw.raw("\n")
		mw.clauses(c.Clauses)
	}
}

func (mw *mdWriter) spans(t Text, lineStart bool) {
	for i, s := range t {
		start := lineStart && i == 0
		switch s.Kind {
		case Term:
			// Emphasis cannot open or close next to white space, so a
			// term with surrounding spaces keeps them outside the markers.
			inner := strings.TrimSpace(s.Text)
			if inner == "" {
				mw.text(s.Text, start)
				continue
			}
			lead, trail := s.Text[:strings.Index(s.Text, inner)], s.Text[strings.Index(s.Text, inner)+len(inner):]
			mw.text(lead, start)
			mw.raw("**")
			mw.text(inner, false)
			mw.raw("**")
			mw.text(trail, false)
		case Link, Email, Ref:
			if !safeHref(s.Kind, s.Href) {
				mw.text(s.Text, start)
				continue
			}
			mw.raw("[")
			mw.text(s.Text, false)
			mw.raw("](<")
			mw.raw(mdURLEscaper.Replace(s.Href))
			mw.raw(">)")
		default:
			mw.text(s.Text, start)
		}
	}
}

// mdEscaper backslash-escapes the ASCII punctuation that can start
// Markdown syntax anywhere in a line, and turns line breaks into spaces so
// that text cannot start a block of its own.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `!`, `\!`, `|`, `\|`, `~`, `\~`, `&`, `\&`,
	"\r\n", " ", "\n", " ", "\r", " ",
)

// mdURLEscaper escapes a link destination written in angle brackets.
var mdURLEscaper = strings.NewReplacer(`<`, "%3C", `>`, "%3E", `\`, "%5C", "\n", "", "\r", "", " ", "%20")

// text writes s escaped. At the start of a line it also escapes what
// would open a block there: a heading, list item, quote or thematic break.
func (mw *mdWriter) text(s string, lineStart bool) {
	if lineStart {
		// Leading spaces or tabs could make an indented code block.
		s = strings.TrimLeft(s, " \t")
		if s != "" {
			switch s[0] {
			case '#', '+', '-', '=', '>':
				mw.raw(`\`)
			default:
				// "1." or "1)" at the start would begin an ordered list.
				j := 0
				for j < len(s) && j < 9 && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				if j > 0 && j < len(s) && (s[j] == '.' || s[j] == ')') {
					mw.raw(s[:j])
					mw.raw(`\`)
					s = s[j:]
				}
			}
		}
	}
	if mw.err == nil {
		_, mw.err = mdEscaper.WriteString(mw.w, s)
	}
}

func (mw *mdWriter) flush() error {
	if mw.err != nil {
		return mw.err
	}
	return mw.w.Flush()
}
