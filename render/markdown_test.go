package render

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	gmtext "github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// parseMarkdown renders d as Markdown and parses it with a CommonMark and
// GFM parser.
func parseMarkdown(t *testing.T, d *Document) (ast.Node, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	src := buf.Bytes()
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	return md.Parser().Parse(gmtext.NewReader(src)), src
}

// plainText returns the text of n's inline content, without markup or raw
// HTML.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(util.UnescapePunctuations(c.Segment.Value(src)))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

func TestMarkdownStructure(t *testing.T) {
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			checkMarkdownStructure(t, mustCompose(t, smallPolicy(), Options{Layout: l.layout}))
		})
	}
}

// checkMarkdownStructure checks that d's Markdown parses into its
// headings, its summary table and a paragraph for each clause. The
// summary refers to the purposes, section 3 in either layout of
// smallPolicy.
func checkMarkdownStructure(t *testing.T, d *Document) {
	t.Helper()
	root, src := parseMarkdown(t, d)
	var headings []string
	var table *east.Table
	var paragraphs []string
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		switch n := c.(type) {
		case *ast.Heading:
			headings = append(headings, strings.Repeat("#", n.Level)+" "+plainText(n, src))
		case *east.Table:
			table = n
		case *ast.Paragraph:
			paragraphs = append(paragraphs, plainText(n, src))
		}
	}
	want := []string{"# Privacy Policy", "## At a glance"}
	for _, s := range d.Sections {
		want = append(want, "## "+s.Number+" "+s.Title)
	}
	if strings.Join(headings, "\n") != strings.Join(want, "\n") {
		t.Errorf("headings:\n%s\nwant:\n%s", strings.Join(headings, "\n"), strings.Join(want, "\n"))
	}
	if table == nil {
		t.Fatal("no table")
	}
	var rows [][]string
	for r := table.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, plainText(c, src))
		}
		rows = append(rows, cells)
	}
	wantRows := [][]string{
		d.Summary.Header,
		{"Email", "3.1.1, 3.1.2", "consent (3.1.1, 3.1.2); performance of a contract (3.1.2)", "for 1 year and 6 months after collection, then deleted"},
	}
	if len(rows) != len(wantRows) {
		t.Fatalf("table rows = %q", rows)
	}
	for i := range rows {
		if strings.Join(rows[i], "|") != strings.Join(wantRows[i], "|") {
			t.Errorf("row %d = %q, want %q", i, rows[i], wantRows[i])
		}
	}
	// Every clause is a paragraph reading exactly as the document says.
	var clauses []string
	for _, s := range d.Sections {
		var walk func([]*Clause)
		walk = func(cs []*Clause) {
			for _, c := range cs {
				clauses = append(clauses, c.Number+" "+c.Text.String())
				walk(c.Clauses)
			}
		}
		walk(s.Clauses)
	}
	got := strings.Join(paragraphs, "\n")
	for _, c := range clauses {
		if !strings.Contains(got, c) {
			t.Errorf("no paragraph reads %q", c)
		}
	}
}

// TestMarkdownEscapes checks that text with Markdown and HTML syntax comes
// out of a Markdown parser as the same text, with no element of its own.
func TestMarkdownEscapes(t *testing.T) {
	for _, s := range []string{
		"*bold* _it_ `code` [link](http://x) <b>html</b> | pipe | ~~strike~~ \\ back",
		"# heading", "- item", "1. item", "> quote", "&amp; entity", "![img](x)", "line\nbreak",
	} {
		d := &Document{Title: "T", Intro: []Text{plain(s)}, Sections: []*Section{{ID: "s", Number: "1.", Title: s,
			Clauses: []*Clause{{ID: "c", Number: "1.1.", Text: Text{{Kind: Term, Text: s}, {Kind: Plain, Text: " " + s}}}}}}}
		root, src := parseMarkdown(t, d)
		want := strings.ReplaceAll(s, "\n", " ")
		for c := root.FirstChild().NextSibling(); c != nil; c = c.NextSibling() { // after the title
			switch c.(type) {
			case *ast.Heading, *ast.Paragraph:
			default:
				t.Errorf("%q made a %s block", s, c.Kind())
			}
			_ = ast.Walk(c, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				switch n := n.(type) {
				case *ast.Link, *ast.Image, *ast.CodeSpan, *ast.AutoLink:
					t.Errorf("%q made a %s", s, n.Kind())
				case *ast.RawHTML:
					if raw := string(n.Segments.Value(src)); !strings.HasPrefix(raw, "<a id=") && raw != "</a>" {
						t.Errorf("%q made raw HTML %q", s, raw)
					}
				}
				return ast.WalkContinue, nil
			})
			if txt := plainText(c, src); !strings.Contains(txt, want) {
				t.Errorf("%q reads %q", s, txt)
			}
		}
	}
}

// An introduction starting with a tab or spaces stays a paragraph, and a
// term with surrounding spaces is still bold: both came from text a
// decoded policy may hold, though Validate reports it.
func TestMarkdownWhitespace(t *testing.T) {
	d := &Document{Title: "T", Intro: []Text{plain("\tindented"), plain("    four spaces")}, Sections: []*Section{{ID: "s", Number: "1.", Title: "S",
		Clauses: []*Clause{{ID: "c", Number: "1.1.", Text: Text{{Kind: Term, Text: " Account data "}, {Kind: Plain, Text: "is kept."}}}}}}}
	root, src := parseMarkdown(t, d)
	var bold []string
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.CodeBlock:
			t.Errorf("indented text made a code block: %q", plainText(n, src))
		case *ast.Emphasis:
			if entering && n.Level == 2 {
				bold = append(bold, plainText(n, src))
			}
		}
		return ast.WalkContinue, nil
	})
	if !slices.Contains(bold, "Account data") {
		t.Errorf("bold spans = %q, want one reading %q", bold, "Account data")
	}
}
