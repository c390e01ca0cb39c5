package render

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// TextOptions controls [WriteText].
type TextOptions struct {
	// Width is the column at which lines wrap; 0 means 80 and a negative
	// value turns wrapping off. Wide characters count as two columns.
	// A word longer than the width, such as a long URL, is never broken.
	Width int
}

// WriteText writes d as plain UTF-8 text: the title, the meta lines, the
// introduction, then each section with its numbered clauses. Continuation
// lines of a clause are indented under its text, so numbers stand out:
//
//	2.1.1. Account data: email address, username,
//	       country, interface language.
func WriteText(w io.Writer, d *Document, opts TextOptions) error {
	width := opts.Width
	if width == 0 {
		width = 80
	}
	tw := textWriter{w: bufio.NewWriter(w), width: width}
	tw.para("", d.Title)
	tw.line(strings.Repeat("=", columns(d.Title)))
	if len(d.Meta) > 0 {
		tw.blank()
		for _, m := range d.Meta {
			tw.para("", m.String())
		}
	}
	for _, t := range d.Intro {
		tw.blank()
		tw.para("", t.String())
	}
	if tb := d.Summary; tb != nil && len(tb.Rows) > 0 {
		tw.blank()
		tw.para("", tb.Title)
		tw.table(tb)
	}
	for _, s := range d.Sections {
		tw.blank()
		tw.para(s.Number+" ", s.Title)
		tw.clauses(s.Clauses)
		if s.Table != nil && len(s.Table.Rows) > 0 {
			tw.blank()
			tw.para("", s.Table.Title+":")
			tw.table(s.Table)
		}
	}
	return tw.flush()
}

// table writes each row as a list item: the first cell, then each other
// cell after its column heading.
func (tw *textWriter) table(tb *Table) {
	for _, row := range tb.Rows {
		var b strings.Builder
		for i, cell := range row {
			switch {
			case i == 0:
				b.WriteString(cell.String())
				b.WriteString(".")
			case i < len(tb.Header):
				b.WriteString(" ")
				b.WriteString(tb.Header[i])
				b.WriteString(": ")
				b.WriteString(cell.String())
				b.WriteString(".")
			}
		}
		tw.blank()
		tw.para("- ", b.String())
	}
}

type textWriter struct {
	w     *bufio.Writer
	width int
	err   error
}

func (tw *textWriter) clauses(cs []*Clause) {
	for _, c := range cs {
		tw.blank()
		tw.para(c.Number+" ", c.Text.String())
		tw.clauses(c.Clauses)
	}
}

func (tw *textWriter) blank() { tw.line("") }

func (tw *textWriter) line(s string) {
	if tw.err != nil {
		return
	}
	if _, err := tw.w.WriteString(s); err != nil {
		tw.err = err
		return
	}
	tw.err = tw.w.WriteByte('\n')
}

// para writes prefix and text, wrapped, with continuation lines indented
// by the prefix's width.
func (tw *textWriter) para(prefix, text string) {
	indent := strings.Repeat(" ", columns(prefix))
	words := strings.Fields(text)
	if tw.width < 0 || len(words) == 0 {
		tw.line(strings.TrimRight(prefix+strings.Join(words, " "), " "))
		return
	}
	var b strings.Builder
	b.WriteString(prefix)
	col := columns(prefix)
	start := true // at the start of a line, after the prefix or indent
	for _, word := range words {
		wc := columns(word)
		if !start && col+1+wc > tw.width {
			tw.line(b.String())
			b.Reset()
			b.WriteString(indent)
			col = len(indent)
			start = true
		}
		if !start {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += wc
		start = false
	}
	tw.line(b.String())
}

func (tw *textWriter) flush() error {
	if tw.err != nil {
		return tw.err
	}
	return tw.w.Flush()
}

// columns returns the display width of s: two columns for wide and
// full-width characters, one for others.
func columns(s string) int {
	n := 0
	for i := 0; i < len(s); {
		p, size := width.LookupString(s[i:])
		if size == 0 {
			_, size = utf8.DecodeRuneInString(s[i:])
		}
		switch p.Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
		i += size
	}
	return n
}
