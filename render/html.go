package render

import (
	"bufio"
	"io"
	"strings"
)

// HTMLOptions controls [WriteHTML].
type HTMLOptions struct {
	// Fragment writes only the <article> element, for embedding in a
	// site's own layout. Otherwise WriteHTML writes a complete page with a
	// small embedded stylesheet and no script or external resource.
	Fragment bool
	// Picture, if set, is written after the at-a-glance table: the
	// privacy label and the data-flow diagram of [ComposePicture],
	// which must be in the document's language.
	Picture *Picture
	// Sources writes, on each clause, table row, meta line and
	// introduction paragraph, a data-source attribute listing where its
	// text comes from (see [Clause.Sources]), separated by spaces, such
	// as data-source="purposes[news].name purposes[news].bases", so that
	// a reviewer can trace each line to the declaration that says it.
	// Readers see no difference; the page's stylesheet or a browser's
	// inspector shows the attributes.
	Sources bool
}

// WriteHTML writes d as HTML5: one <article> holding a header with the
// title and meta lines, the introduction, the at-a-glance table, a table
// of contents in <nav>, and a <section> for each section with its numbered
// clauses. Sections and clauses carry their stable IDs as anchors.
//
// Every string from the document is escaped for its context; links whose
// scheme is not http, https or mailto, and references that are not
// fragment links, are written as text. No string of the policy can produce
// an element or attribute of its own.
func WriteHTML(w io.Writer, d *Document, opts HTMLOptions) error {
	if err := checkPicture(d, opts.Picture); err != nil {
		return err
	}
	hw := htmlWriter{w: bufio.NewWriter(w), sources: opts.Sources}
	if !opts.Fragment {
		hw.raw("<!DOCTYPE html>\n<html lang=\"")
		hw.text(d.Language.String())
		hw.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
		hw.text(d.Title)
		hw.raw("</title>\n<style>\n")
		hw.raw(stylesheet)
		if opts.Picture != nil {
			hw.raw(pictureStylesheet)
		}
		hw.raw("</style>\n</head>\n<body>\n")
	}
	hw.raw("<article class=\"privacy-policy\" lang=\"")
	hw.text(d.Language.String())
	hw.raw("\">\n<header>\n<h1>")
	hw.text(d.Title)
	hw.raw("</h1>\n")
	for i, m := range d.Meta {
		hw.raw("<p class=\"meta\"")
		hw.sourceAttr(d.MetaSources, i)
		hw.raw(">")
		hw.spans(m)
		hw.raw("</p>\n")
	}
	hw.raw("</header>\n")
	for i, t := range d.Intro {
		hw.raw("<p")
		hw.sourceAttr(d.IntroSources, i)
		hw.raw(">")
		hw.spans(t)
		hw.raw("</p>\n")
	}
	if d.Summary != nil && len(d.Summary.Rows) > 0 {
		hw.raw("<section id=\"")
		hw.text(d.Summary.ID)
		hw.raw("\" class=\"summary\">\n<h2>")
		hw.text(d.Summary.Title)
		hw.raw("</h2>\n")
		hw.table(d.Summary, false)
		hw.raw("</section>\n")
	}
	if opts.Picture != nil {
		hw.picture(opts.Picture)
	}
	if len(d.Sections) > 0 {
		hw.raw("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">")
		hw.text(d.Contents)
		hw.raw("</h2>\n<ol>\n")
		for _, s := range d.Sections {
			// The list numbers the entries as the sections are
			// numbered (1, 2, ...), so the entry holds the title only.
			// A section named by a declaration whose ID is not valid
			// (Compose does not validate) gets no link.
			if !safeHref(Ref, "#"+s.ID) {
				hw.raw("<li>")
				hw.text(s.Title)
				hw.raw("</li>\n")
				continue
			}
			hw.raw("<li><a href=\"#")
			hw.text(s.ID)
			hw.raw("\">")
			hw.text(s.Title)
			hw.raw("</a></li>\n")
		}
		hw.raw("</ol>\n</nav>\n")
	}
	for _, s := range d.Sections {
		hw.raw("<section id=\"")
		hw.text(s.ID)
		hw.raw("\">\n<h2>")
		hw.text(s.Number)
		hw.raw(" ")
		hw.text(s.Title)
		hw.raw("</h2>\n")
		hw.clauses(s.Clauses)
		if s.Table != nil && len(s.Table.Rows) > 0 {
			hw.table(s.Table, true)
		}
		hw.raw("</section>\n")
	}
	hw.raw("</article>\n")
	if !opts.Fragment {
		hw.raw("</body>\n</html>\n")
	}
	return hw.flush()
}

// stylesheet is the page's embedded style: readable measure, clause
// numbers set off, a compact summary table, print-friendly.
const stylesheet = `body{margin:0;background:#fff;color:#1a1a1a;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.privacy-policy{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem}
.privacy-policy h1{font-size:2rem;line-height:1.2;margin:0 0 .5rem}
.privacy-policy h2{font-size:1.3rem;margin:2.2rem 0 .6rem}
.privacy-policy .meta{margin:0;color:#555}
.privacy-policy .clause{margin:.6rem 0}
.privacy-policy .clause .clause{margin-left:1.25rem}
.privacy-policy .num{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.35em}
.privacy-policy table{border-collapse:collapse;width:100%;font-size:.9rem}
.privacy-policy th,.privacy-policy td{border:1px solid #ccc;padding:.4rem .5rem;text-align:left;vertical-align:top}
.privacy-policy thead th{background:#f3f3f3}
.privacy-policy nav ol{padding-left:1.25rem}
.privacy-policy a{color:#0b57d0}
@media print{.privacy-policy nav{display:none}.privacy-policy a{color:inherit}}
`

type htmlWriter struct {
	w       *bufio.Writer
	err     error
	sources bool // write data-source attributes
}

// sourceAttr writes the data-source attribute of element i of srcs, if
// the writer writes sources and the element has any.
func (hw *htmlWriter) sourceAttr(srcs [][]Source, i int) {
	if i < len(srcs) {
		hw.sourceList(srcs[i])
	}
}

// sourceList writes the data-source attribute listing srcs, if the
// writer writes sources and srcs is not empty.
func (hw *htmlWriter) sourceList(srcs []Source) {
	if !hw.sources || len(srcs) == 0 {
		return
	}
	hw.raw(" data-source=\"")
	for i, s := range srcs {
		if i > 0 {
			hw.raw(" ")
		}
		if s.decl != "" {
			// The path in its two parts, not joined.
			hw.text(s.decl)
			hw.text(s.field)
		} else {
			hw.text(s.String())
		}
	}
	hw.raw("\"")
}

func (hw *htmlWriter) raw(s string) {
	if hw.err == nil {
		_, hw.err = hw.w.WriteString(s)
	}
}

// htmlEscaper escapes text for element content and for quoted attribute
// values alike.
var htmlEscaper = strings.NewReplacer(
	`&`, "&amp;",
	`<`, "&lt;",
	`>`, "&gt;",
	`"`, "&#34;",
	`'`, "&#39;",
	"\u0000", "\uFFFD",
)

func (hw *htmlWriter) text(s string) {
	if hw.err == nil {
		_, hw.err = htmlEscaper.WriteString(hw.w, s)
	}
}

func (hw *htmlWriter) clauses(cs []*Clause) {
	for _, c := range cs {
		hw.raw("<div class=\"clause\" id=\"")
		hw.text(c.ID)
		hw.raw("\"")
		hw.sourceList(c.Sources)
		hw.raw(">\n<p><span class=\"num\">")
		hw.text(c.Number)
		hw.raw("</span>")
		hw.spans(c.Text)
		hw.raw("</p>\n")
		hw.clauses(c.Clauses)
		hw.raw("</div>\n")
	}
}

func (hw *htmlWriter) spans(t Text) {
	for _, s := range t {
		switch s.Kind {
		case Term:
			hw.raw("<strong>")
			hw.text(s.Text)
			hw.raw("</strong>")
		case Link, Email, Ref:
			if !safeHref(s.Kind, s.Href) {
				hw.text(s.Text)
				continue
			}
			hw.raw("<a href=\"")
			hw.text(s.Href)
			hw.raw("\">")
			hw.text(s.Text)
			hw.raw("</a>")
		default:
			hw.text(s.Text)
		}
	}
}

// safeHref reports whether href may be written as a link target for a
// span of kind k: web addresses must be http or https, email links mailto,
// references fragment links.
func safeHref(k SpanKind, href string) bool {
	lower := strings.ToLower(href)
	switch k {
	case Link:
		return strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://")
	case Email:
		return strings.HasPrefix(lower, "mailto:") && !strings.ContainsAny(href, " \t\r\n")
	case Ref:
		return strings.HasPrefix(href, "#") && len(href) > 1 && !strings.ContainsAny(href, " \t\r\n")
	}
	return false
}

// table writes tb; with caption set, its title is the table's caption and
// its ID the table's.
func (hw *htmlWriter) table(tb *Table, caption bool) {
	if caption {
		hw.raw("<table id=\"")
		hw.text(tb.ID)
		hw.raw("\">\n<caption>")
		hw.text(tb.Title)
		hw.raw("</caption>\n<thead>\n<tr>")
	} else {
		hw.raw("<table>\n<thead>\n<tr>")
	}
	for _, h := range tb.Header {
		hw.raw("<th scope=\"col\">")
		hw.text(h)
		hw.raw("</th>")
	}
	hw.raw("</tr>\n</thead>\n<tbody>\n")
	for r, row := range tb.Rows {
		hw.raw("<tr")
		hw.sourceAttr(tb.Sources, r)
		hw.raw(">")
		for i, cell := range row {
			if i == 0 {
				hw.raw("<th scope=\"row\">")
				hw.spans(cell)
				hw.raw("</th>")
				continue
			}
			hw.raw("<td>")
			hw.spans(cell)
			hw.raw("</td>")
		}
		hw.raw("</tr>\n")
	}
	hw.raw("</tbody>\n</table>\n")
}

func (hw *htmlWriter) flush() error {
	if hw.err != nil {
		return hw.err
	}
	return hw.w.Flush()
}
