// The picture of a policy: a privacy label and a data-flow diagram,
// composed from the policy and written into an HTML page as lists and
// inline SVG.

package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// A Picture is a policy drawn for readers who would rather look than
// read. Its label sorts the categories of data as app stores' privacy
// labels do: the data used to track the reader, the data linked to the
// reader and the data not linked to the reader, each with the purposes it
// serves. Its diagram shows how data flows from categories to purposes,
// recipients and countries.
//
// Build a picture with [ComposePicture] and write it into a page with
// [HTMLOptions].Picture. Like a [Document], a picture holds final,
// localised text; writing it looks at no policy.
type Picture struct {
	// Lang is the language of the text.
	Lang language.Tag
	// Label is the privacy label.
	Label Label
	// Flow is the data-flow diagram.
	Flow Flow
}

// A Label is a privacy label: the categories of data grouped by how they
// relate to the reader.
type Label struct {
	// Title is the label's heading, such as "Privacy label".
	Title string
	// Groups are the groups that hold at least one category, in the
	// order of their Linkage.
	Groups []LabelGroup
	// None is what the label says when the policy declares no category of
	// data, such as "No data is collected."; it is "" otherwise.
	None string
}

// Linkage says how a group of a [Label] relates its data to the reader.
type Linkage uint8

// Groups of a label, in the order a label shows them. A category used to
// track the reader is in LinkageTracking and, as on app stores' labels,
// also in LinkageLinked or LinkageNotLinked.
const (
	// LinkageTracking holds the categories with Tracking set.
	LinkageTracking Linkage = iota + 1
	// LinkageLinked holds the categories of personal data with Linked set.
	LinkageLinked
	// LinkageNotLinked holds the other categories: personal data not
	// linked to the reader's identity, and data that is not personal.
	LinkageNotLinked
)

// String returns the stable name of k, used as its HTML class: "tracking",
// "linked" or "not-linked".
func (k Linkage) String() string {
	switch k {
	case LinkageTracking:
		return "tracking"
	case LinkageLinked:
		return "linked"
	case LinkageNotLinked:
		return "not-linked"
	}
	return "linkage(" + strconv.Itoa(int(k)) + ")"
}

// A LabelGroup is one group of a [Label].
type LabelGroup struct {
	// Linkage says which group this is.
	Linkage Linkage
	// Title is the group's heading, such as "Data linked to you".
	Title string
	// Note is a sentence introducing the group's entries.
	Note string
	// Entries are the group's categories, in the order the policy
	// declares them.
	Entries []LabelEntry
}

// A LabelEntry is one category of data on a [Label].
type LabelEntry struct {
	// ID is the anchor of the document's clause on the category, such as
	// "category:account.email", which the entry links to.
	ID string
	// Name is the category's name.
	Name string
	// Purposes are the names of the purposes that use the category, in
	// the order the policy declares them.
	Purposes []string
}

// Columns of a [Flow], by index into Flow.Columns.
const (
	FlowData       = iota // categories of data
	FlowPurposes          // purposes
	FlowRecipients        // recipients
	FlowCountries         // countries where recipients are or data is transferred to
	flowColumns
)

// A Flow is a data-flow diagram: boxes in columns, and arrows from left to
// right between them.
type Flow struct {
	// Title names the diagram, such as "Where your data goes".
	Title string
	// Desc describes what the diagram shows, for readers who cannot see
	// it.
	Desc string
	// ListTitle is the heading of the diagram's text equivalent, a list
	// of every box with the boxes it leads to.
	ListTitle string
	// Columns are the four columns, indexed by FlowData, FlowPurposes,
	// FlowRecipients and FlowCountries. A column may be empty; the
	// drawing leaves empty columns out. A flow whose data column is empty
	// is not drawn.
	Columns [flowColumns]FlowColumn
	// Edges are the arrows, each from a box to a box of a later column,
	// without duplicates, ordered by their source box and then by their
	// target box.
	Edges []FlowEdge
}

// A FlowColumn is a titled column of boxes of a [Flow].
type FlowColumn struct {
	// Title is the column's heading, such as "Purposes".
	Title string
	// Nodes are the labels of its boxes, top to bottom.
	Nodes []string
}

// A FlowNode names a box of a [Flow]: its column and its index in the
// column's Nodes.
type FlowNode struct{ Column, Index int }

// A FlowEdge is an arrow of a [Flow].
type FlowEdge struct{ From, To FlowNode }

// ComposePicture builds the picture of p in the language opts asks for,
// as [Compose] builds its document: it reads p and never modifies it,
// skips nil declarations, and fails with the missing translations as
// [policy.Findings] where the picture's language differs from the
// policy's and opts.Translations lacks a string it states. Write it with
// the document composed with the same opts, through [HTMLOptions].
//
// The diagram's boxes are, in the order the policy declares them: the
// categories; the purposes; the recipients; and the countries where the
// recipients are located or to which data is transferred (or the country
// the data subject's choice determines, such as the country they travel
// to), in the order they first appear in Recipients and then Transfers. Its arrows lead from
// each category to the purposes that use it, from each purpose to the
// recipients that receive data for it, from a category to each recipient
// that receives it for no declared purpose, from a recipient to its
// location and to the destinations of its transfers, and from a category
// to the destination of a transfer that names no declared recipient.
func ComposePicture(p *policy.Policy, opts Options) (*Picture, error) {
	c := newComposer(p, opts)
	c.indexDeclarations()
	pic := &Picture{Lang: c.doc.Language}
	pic.Label = c.label()
	pic.Flow = c.flow()
	if len(c.missing) > 0 {
		return nil, c.missing
	}
	return pic, nil
}

func (c *composer) categoryName(cat *policy.Category) string {
	return c.fragment(at(c.path(cat, "categories", cat.ID), ".name"), cat.Name)
}

func (c *composer) purposeName(pu *policy.Purpose) string {
	return c.fragment(at(c.path(pu, "purposes", pu.ID), ".name"), pu.Name)
}

// recipientName names r in a box of the diagram, capitalised as the
// boxes of categories and purposes are.
func (c *composer) recipientName(r *policy.Recipient) string {
	return capitaliseName(c.fragment(at(c.path(r, "recipients", r.ID), ".name"), r.Name))
}

func (c *composer) label() Label {
	pr := c.pr
	l := Label{Title: pr.Sprintf("Privacy label")}
	groups := []LabelGroup{
		{Linkage: LinkageTracking, Title: pr.Sprintf("Data used to track you"),
			Note: pr.Sprintf("The following data may be used to track you across apps and websites owned by other companies:")},
		{Linkage: LinkageLinked, Title: pr.Sprintf("Data linked to you"),
			Note: pr.Sprintf("The following data is collected and linked to your identity:")},
		{Linkage: LinkageNotLinked, Title: pr.Sprintf("Data not linked to you"),
			Note: pr.Sprintf("The following data is collected but not linked to your identity:")},
	}
	declared := false
	for i, cat := range c.p.Categories {
		if cat == nil {
			continue
		}
		declared = true
		e := LabelEntry{ID: anchor(kindCategory, cat.ID), Name: c.categoryName(cat)}
		for _, pu := range c.categoryAt(i).uses {
			e.Purposes = append(e.Purposes, c.purposeName(pu))
		}
		if cat.Tracking {
			groups[0].Entries = append(groups[0].Entries, e)
		}
		if cat.Linked && cat.Personal() {
			groups[1].Entries = append(groups[1].Entries, e)
		} else {
			groups[2].Entries = append(groups[2].Entries, e)
		}
	}
	for _, g := range groups {
		if len(g.Entries) > 0 {
			l.Groups = append(l.Groups, g)
		}
	}
	if !declared {
		l.None = pr.Sprintf("No data is collected.")
	}
	return l
}

func (c *composer) flow() Flow {
	p, pr := c.p, c.pr
	f := Flow{
		Title:     pr.Sprintf("Where your data goes"),
		Desc:      pr.Sprintf("A diagram in columns: each category of data leads to the purposes it is used for, each purpose to the recipients that receive data for it, and each recipient to the countries where it is located or to which data is transferred."),
		ListTitle: pr.Sprintf("The diagram as a list"),
	}
	f.Columns[FlowData].Title = pr.Sprintf("Data")
	f.Columns[FlowPurposes].Title = pr.Sprintf("Purposes")
	f.Columns[FlowRecipients].Title = pr.Sprintf("Recipients")
	f.Columns[FlowCountries].Title = pr.Sprintf("Countries")

	// Boxes, and each declaration's box.
	cats := map[*policy.Category]int{}
	purposes := map[*policy.Purpose]int{}
	recipients := map[*policy.Recipient]int{}
	countries := map[language.Region]int{}
	add := func(col int, name string) int {
		f.Columns[col].Nodes = append(f.Columns[col].Nodes, name)
		return len(f.Columns[col].Nodes) - 1
	}
	for _, cat := range p.Categories {
		if cat != nil {
			if _, dup := cats[cat]; !dup {
				cats[cat] = add(FlowData, c.categoryName(cat))
			}
		}
	}
	for _, pu := range p.Purposes {
		if pu != nil {
			if _, dup := purposes[pu]; !dup {
				purposes[pu] = add(FlowPurposes, c.purposeName(pu))
			}
		}
	}
	for _, r := range p.Recipients {
		if r != nil {
			if _, dup := recipients[r]; !dup {
				recipients[r] = add(FlowRecipients, c.recipientName(r))
			}
		}
	}
	country := func(r language.Region) (int, bool) {
		if r == (language.Region{}) {
			return 0, false
		}
		if i, ok := countries[r]; ok {
			return i, true
		}
		countries[r] = add(FlowCountries, c.region(r))
		return countries[r], true
	}
	for _, r := range p.Recipients {
		if r != nil {
			country(r.Country)
		}
	}
	chosen := map[policy.ChosenDestination]int{}
	destination := func(tr policy.Transfer) (int, bool) {
		d := tr.ChosenDestination
		if !d.Valid() {
			return country(tr.Destination)
		}
		if i, ok := chosen[d]; ok {
			return i, true
		}
		chosen[d] = add(FlowCountries, capitalise(c.pr.Sprintf(d.Name())))
		return chosen[d], true
	}
	for _, tr := range p.Transfers {
		destination(tr)
	}

	// Arrows.
	seen := map[FlowEdge]bool{}
	edge := func(fromCol, from, toCol, to int) {
		e := FlowEdge{FlowNode{fromCol, from}, FlowNode{toCol, to}}
		if !seen[e] {
			seen[e] = true
			f.Edges = append(f.Edges, e)
		}
	}
	reached := map[*policy.Recipient]bool{}
	for _, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		for _, cat := range pu.Categories {
			if i, ok := cats[cat]; ok {
				edge(FlowData, i, FlowPurposes, purposes[pu])
			}
		}
		for _, r := range pu.Recipients {
			if i, ok := recipients[r]; ok {
				edge(FlowPurposes, purposes[pu], FlowRecipients, i)
				reached[r] = true
			}
		}
	}
	for _, r := range p.Recipients {
		if r == nil {
			continue
		}
		if !reached[r] {
			for _, cat := range r.Categories {
				if i, ok := cats[cat]; ok {
					edge(FlowData, i, FlowRecipients, recipients[r])
				}
			}
		}
		if i, ok := country(r.Country); ok {
			edge(FlowRecipients, recipients[r], FlowCountries, i)
		}
	}
	for _, tr := range p.Transfers {
		to, ok := destination(tr)
		if !ok {
			continue
		}
		if r, ok := recipients[tr.Recipient]; ok {
			edge(FlowRecipients, r, FlowCountries, to)
			continue
		}
		for _, cat := range tr.Categories {
			if i, ok := cats[cat]; ok {
				edge(FlowData, i, FlowCountries, to)
			}
		}
	}
	sortEdges(f.Edges)
	return f
}

// sortEdges orders edges by source box, then target box.
func sortEdges(es []FlowEdge) {
	node := func(a, b FlowNode) int {
		return cmp.Or(cmp.Compare(a.Column, b.Column), cmp.Compare(a.Index, b.Index))
	}
	slices.SortFunc(es, func(a, b FlowEdge) int { return cmp.Or(node(a.From, b.From), node(a.To, b.To)) })
}

// checkPicture reports whether pic may be written into the page of d.
func checkPicture(d *Document, pic *Picture) error {
	if pic != nil && pic.Lang != d.Language {
		return fmt.Errorf("render: the picture is in %s but the document in %s; compose both with the same Options", pic.Lang, d.Language)
	}
	return nil
}

// pictureStylesheet styles the picture in a complete page. The diagram
// carries its own presentation attributes, so that a fragment embedded
// without this style draws the same.
const pictureStylesheet = `.privacy-policy .privacy-label{border:2px solid #1a1a1a;border-radius:.5rem;padding:0 1rem .5rem;margin-top:2rem}
.privacy-policy .privacy-label h2{margin-top:.8rem}
.privacy-policy .privacy-label h3{font-size:1.05rem;margin:1rem 0 .2rem;padding-top:.6rem;border-top:1px solid #ccc}
.privacy-policy .privacy-label p{margin:.2rem 0;color:#555;font-size:.9rem}
.privacy-policy .privacy-label ul{list-style:none;padding:0;margin:.3rem 0}
.privacy-policy .privacy-label li{margin:.25rem 0}
.privacy-policy .privacy-label li ul{display:inline;margin:0}
.privacy-policy .privacy-label li li{display:inline;margin:0;color:#555;font-size:.9rem}
.privacy-policy .privacy-label li li::before{content:" · "}
.privacy-policy .privacy-label li li:first-child::before{content:" — "}
.privacy-policy .data-flow .diagram{overflow-x:auto}
.privacy-policy .data-flow svg{max-width:100%;height:auto}
.privacy-policy .data-flow dd{margin-left:1.25rem}
`

// picture writes pic: the label, then the diagram, each a section.
func (hw *htmlWriter) picture(pic *Picture) {
	l := &pic.Label
	hw.raw("<section id=\"label\" class=\"privacy-label\">\n<h2>")
	hw.text(l.Title)
	hw.raw("</h2>\n")
	if l.None != "" {
		hw.raw("<p>")
		hw.text(l.None)
		hw.raw("</p>\n")
	}
	for _, g := range l.Groups {
		hw.raw("<section class=\"")
		hw.text(g.Linkage.String())
		hw.raw("\">\n<h3>")
		hw.text(g.Title)
		hw.raw("</h3>\n<p>")
		hw.text(g.Note)
		hw.raw("</p>\n<ul>\n")
		for _, e := range g.Entries {
			// The name links to the category's clause where its ID
			// makes a fragment link, as a Ref span does.
			if href := "#" + e.ID; safeHref(Ref, href) {
				hw.raw("<li><a href=\"")
				hw.text(href)
				hw.raw("\">")
				hw.text(e.Name)
				hw.raw("</a>")
			} else {
				hw.raw("<li>")
				hw.text(e.Name)
			}
			if len(e.Purposes) > 0 {
				hw.raw("<ul>")
				for _, pu := range e.Purposes {
					hw.raw("<li>")
					hw.text(pu)
					hw.raw("</li>")
				}
				hw.raw("</ul>")
			}
			hw.raw("</li>\n")
		}
		hw.raw("</ul>\n</section>\n")
	}
	hw.raw("</section>\n")
	if len(pic.Flow.Columns[FlowData].Nodes) > 0 {
		hw.flow(&pic.Flow)
	}
}

// flow writes f as a section holding the diagram, as inline SVG, and its
// text equivalent.
func (hw *htmlWriter) flow(f *Flow) {
	hw.raw("<section id=\"flow\" class=\"data-flow\">\n<h2>")
	hw.text(f.Title)
	hw.raw("</h2>\n<div class=\"diagram\">\n")
	hw.svg(f, layoutFlow(f))
	hw.raw("</div>\n<details>\n<summary>")
	hw.text(f.ListTitle)
	hw.raw("</summary>\n<dl>\n")
	for col := range f.Columns {
		for i, name := range f.Columns[col].Nodes {
			from := FlowNode{col, i}
			first := true
			for j := 0; j < len(f.Edges); {
				if f.Edges[j].From != from {
					j++
					continue
				}
				if first {
					hw.raw("<dt>")
					hw.text(name)
					hw.raw("</dt>\n")
					first = false
				}
				// The arrows to one column, in one line.
				to := f.Edges[j].To.Column
				hw.raw("<dd>")
				hw.text(f.Columns[to].Title)
				hw.raw(": ")
				sep := ""
				for ; j < len(f.Edges) && f.Edges[j].From == from && f.Edges[j].To.Column == to; j++ {
					hw.raw(sep)
					hw.text(f.Columns[to].Nodes[f.Edges[j].To.Index])
					sep = ", "
				}
				hw.raw("</dd>\n")
			}
		}
	}
	hw.raw("</dl>\n</details>\n</section>\n")
}

// Metrics of the diagram, in CSS pixels.
const (
	flowFont      = 13  // font size of box labels
	flowTitleFont = 14  // font size of column headings
	flowLine      = 17  // line height
	flowPadX      = 8   // padding inside a box, left and right
	flowPadY      = 6   // padding inside a box, top and bottom
	flowGap       = 8   // vertical space between boxes
	flowGutter    = 56  // horizontal space between columns, for arrows
	flowMargin    = 8   // space around the drawing
	flowHeader    = 28  // height of the column headings' row
	flowMinInner  = 96  // narrowest text width of a column
	flowMaxInner  = 184 // widest text width a label is wrapped to
	flowHardInner = 320 // widest a column grows for one long word
)

// A flowBox is a laid-out box: its rectangle and its wrapped lines.
type flowBox struct {
	x, y, w, h int
	lines      []string
}

// A flowLayout places the diagram's boxes, column by column (empty
// columns have none), and gives the size of the drawing.
type flowLayout struct {
	width, height int
	// colX and colW are each column's left edge and width; colW is 0 for
	// a column not drawn.
	colX, colW [flowColumns]int
	boxes      [flowColumns][]flowBox
}

// layoutFlow lays f out in integer pixels, from its text alone, so the
// same flow always gives the same drawing. Text widths are estimated per
// rune (see runeWidth), generously, so that labels stay inside their boxes
// in common sans-serif fonts; a label wider than a column is wrapped at
// spaces, and a column widens for a word that does not fit.
func layoutFlow(f *Flow) flowLayout {
	var lay flowLayout
	x := flowMargin
	tallest := 0
	var heights [flowColumns]int
	for col := range f.Columns {
		nodes := f.Columns[col].Nodes
		if len(nodes) == 0 {
			continue
		}
		inner := max(flowMinInner, textWidth(f.Columns[col].Title, flowTitleFont*1.1))
		for _, n := range nodes {
			inner = max(inner, min(textWidth(n, flowFont), flowMaxInner))
			for _, w := range strings.Fields(n) {
				inner = max(inner, min(textWidth(w, flowFont), flowHardInner))
			}
		}
		lay.colX[col], lay.colW[col] = x, inner+2*flowPadX
		x += lay.colW[col] + flowGutter
		y := 0
		for i, n := range nodes {
			if i > 0 {
				y += flowGap
			}
			lines := wrap(n, inner, flowFont)
			h := len(lines)*flowLine + 2*flowPadY
			lay.boxes[col] = append(lay.boxes[col], flowBox{x: lay.colX[col], y: y, w: lay.colW[col], h: h, lines: lines})
			y += h
		}
		heights[col] = y
		tallest = max(tallest, y)
	}
	// Shorter columns are centred beside the tallest.
	for col := range lay.boxes {
		off := flowMargin + flowHeader + (tallest-heights[col])/2
		for i := range lay.boxes[col] {
			lay.boxes[col][i].y += off
		}
	}
	lay.width = x - flowGutter + flowMargin
	lay.height = flowMargin + flowHeader + tallest + flowMargin
	return lay
}

// Colours of each column's boxes: fill, then stroke.
var flowColours = [flowColumns][2]string{
	FlowData:       {"#fff4ce", "#b06000"},
	FlowPurposes:   {"#e8f0fe", "#1a56c4"},
	FlowRecipients: {"#f3e8fd", "#8430ce"},
	FlowCountries:  {"#e6f4ea", "#137333"},
}

// svg writes the diagram of f laid out as lay: arrows first, so that
// boxes are drawn over any arrow that passes behind a column, then each
// column's heading and boxes. Every label is escaped.
func (hw *htmlWriter) svg(f *Flow, lay flowLayout) {
	w, h := strconv.Itoa(lay.width), strconv.Itoa(lay.height)
	hw.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"flow-title flow-desc\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"" + strconv.Itoa(flowFont) + "\">\n<title id=\"flow-title\">")
	hw.text(f.Title)
	hw.raw("</title>\n<desc id=\"flow-desc\">")
	hw.text(f.Desc)
	hw.raw("</desc>\n<defs><marker id=\"flow-arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0L8 4L0 8z\" fill=\"#80868b\"/></marker></defs>\n")
	hw.raw("<g fill=\"none\" stroke=\"#80868b\" stroke-width=\"1.25\" marker-end=\"url(#flow-arrow)\">\n")
	for _, e := range f.Edges {
		a, b := lay.boxes[e.From.Column][e.From.Index], lay.boxes[e.To.Column][e.To.Index]
		x1, y1 := a.x+a.w, a.y+a.h/2
		x2, y2 := b.x-1, b.y+b.h/2
		bend := (x2 - x1) / 2
		hw.raw("<path d=\"M" + itoa(x1) + " " + itoa(y1) + "C" + itoa(x1+bend) + " " + itoa(y1) + " " + itoa(x2-bend) + " " + itoa(y2) + " " + itoa(x2) + " " + itoa(y2) + "\"/>\n")
	}
	hw.raw("</g>\n")
	for col := range f.Columns {
		if lay.colW[col] == 0 {
			continue
		}
		hw.raw("<g>\n<text x=\"" + itoa(lay.colX[col]) + "\" y=\"" + itoa(flowMargin+flowTitleFont+4) + "\" font-size=\"" + itoa(flowTitleFont) + "\" font-weight=\"bold\" fill=\"#1a1a1a\">")
		hw.text(f.Columns[col].Title)
		hw.raw("</text>\n")
		for _, b := range lay.boxes[col] {
			hw.raw("<rect x=\"" + itoa(b.x) + "\" y=\"" + itoa(b.y) + "\" width=\"" + itoa(b.w) + "\" height=\"" + itoa(b.h) + "\" rx=\"4\" fill=\"" + flowColours[col][0] + "\" stroke=\"" + flowColours[col][1] + "\"/>\n<text fill=\"#1a1a1a\">")
			for i, line := range b.lines {
				// The baseline sits 4 pixels above the bottom of
				// its line, below the descenders' room.
				hw.raw("<tspan x=\"" + itoa(b.x+flowPadX) + "\" y=\"" + itoa(b.y+flowPadY+(i+1)*flowLine-4) + "\">")
				hw.text(line)
				hw.raw("</tspan>")
			}
			hw.raw("</text>\n")
		}
		hw.raw("</g>\n")
	}
	hw.raw("</svg>\n")
}

func itoa(i int) string { return strconv.Itoa(i) }

// wrap breaks s into lines no wider than inner pixels at font size size,
// at spaces; a word wider than a line is broken between runes.
func wrap(s string, inner, size int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		// Widths are measured on whole lines, as the layout measures
		// whole labels, so rounding never splits a label that fits.
		if line != "" && textWidth(line+" "+word, size) <= inner {
			line += " " + word
			continue
		}
		if line != "" {
			lines = append(lines, line)
		}
		for textWidth(word, size) > inner {
			head, rest := breakWord(word, inner, size)
			lines = append(lines, head)
			word = rest
		}
		line = word
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// breakWord splits word after the most runes, at least one, that fit in
// inner pixels.
func breakWord(word string, inner, size int) (head, rest string) {
	w := 0.0
	for i, r := range word {
		w += runeWidth(r) * float64(size)
		if i > 0 && int(math.Ceil(w)) > inner {
			return word[:i], word[i:]
		}
	}
	_, n := utf8.DecodeRuneInString(word)
	return word[:n], word[n:]
}

// textWidth estimates the width of s in pixels at font size size.
func textWidth[S int | float64](s string, size S) int {
	w := 0.0
	for _, r := range s {
		w += runeWidth(r)
	}
	return int(math.Ceil(w * float64(size)))
}

// runeWidth estimates the advance of r in ems in a common sans-serif
// font, rounded up from DejaVu Sans, one of the widest: narrow Latin
// letters and punctuation, average lower- and upper-case Latin and
// Cyrillic letters and digits, the widest letters of each script, and
// full-width characters.
func runeWidth(r rune) float64 {
	switch {
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || r == '\u200b':
		return 0
	case r == ' ':
		return 0.33
	case strings.ContainsRune("iljfrtI.,;:!'|()[]{}", r):
		return 0.42
	case strings.ContainsRune("mwMW@%", r):
		return 1.0
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return 0.64
	case r >= 'A' && r <= 'Z':
		return 0.78
	case strings.ContainsRune("жмшщыюфЖМШЩЫЮФ", r):
		return 1.08
	case r >= 'а' && r <= 'я', r == 'ё':
		return 0.68
	case r >= 'А' && r <= 'Я', r == 'Ё':
		return 0.82
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 1.0
	}
	return 0.8
}
