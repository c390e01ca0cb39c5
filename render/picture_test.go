package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/golden"
	"golang.org/x/net/html"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// pictureUpdate reports whether the test run rewrites golden files: the
// package declares the -update flag once, in update_test.go.
func pictureUpdate(t *testing.T) bool {
	t.Helper()
	f := flag.Lookup("update")
	if f == nil {
		t.Fatal("the package declares no -update flag")
	}
	return f.Value.(flag.Getter).Get().(bool)
}

// picturePolicy declares data of each kind a label tells apart, and flows
// of each kind a diagram draws: category to purpose, purpose to recipient,
// category straight to a recipient that serves no declared purpose,
// recipient to its country, and a transfer without a declared recipient.
func picturePolicy() *policy.Policy {
	email := &policy.Category{ID: "account.email", Name: "Contact details", Sensitivity: policy.SensitivityPersonal,
		Linked: true, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30))}
	adID := &policy.Category{ID: "device.ad_id", Name: "Advertising identifier", Sensitivity: policy.SensitivityPersonal,
		Linked: true, Tracking: true, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Period{Months: 13}, policy.EventCollection)}
	usage := &policy.Category{ID: "usage", Name: "Product interaction", Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Period{Months: 6}, policy.EventCollection)}
	crashes := &policy.Category{ID: "diagnostics.crash", Name: "Crash logs", Sensitivity: policy.SensitivityNotPersonal,
		Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Period{Days: 90}, policy.EventCollection)}
	payments := &policy.Recipient{ID: "payments", Name: "Payments provider", Role: policy.RoleProcessor, Country: language.MustParseRegion("IE")}
	ads := &policy.Recipient{ID: "ads", Name: "Advertising network", Role: policy.RoleThirdParty, Country: language.MustParseRegion("US"),
		Categories: []*policy.Category{adID}}
	host := &policy.Recipient{ID: "hosting", Name: "Cloud hosting", Role: policy.RoleProcessor, Country: language.MustParseRegion("DE")}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Effective:  policy.MakeDate(2025, time.March, 1),
		Categories: []*policy.Category{email, adID, usage, crashes},
		Purposes: []*policy.Purpose{
			{ID: "account", Name: "Running your account", Categories: []*policy.Category{email, usage},
				Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments, host}},
			{ID: "ads", Name: "Personalised advertising", Categories: []*policy.Category{adID, usage},
				Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the settings"},
			{ID: "stability", Name: "Fixing crashes", Categories: []*policy.Category{crashes},
				Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "a working app", Recipients: []*policy.Recipient{host}},
		},
		Recipients: []*policy.Recipient{payments, ads, host},
		Transfers: []policy.Transfer{
			{Destination: language.MustParseRegion("US"), Recipient: ads, Safeguard: policy.SafeguardStandardClauses},
			{Destination: language.MustParseRegion("IN"), Categories: []*policy.Category{crashes, nil}, Safeguard: policy.SafeguardStandardClauses},
		},
		Laws: []policy.Law{policy.GDPR},
	}
}

// pictureRussian translates every string of picturePolicy that a
// document in Russian states; long, wide Cyrillic names test the layout.
func pictureRussian(t testing.TB) catalog.Catalog {
	t.Helper()
	b := catalog.NewBuilder()
	for en, ru := range map[string]string{
		"Example Ltd":              "ООО «Пример»",
		"Contact details":          "Контактные данные",
		"Advertising identifier":   "Рекламный идентификатор",
		"Product interaction":      "Взаимодействие с продуктом",
		"Crash logs":               "Журналы сбоев",
		"Running your account":     "Обслуживание вашей учётной записи",
		"Personalised advertising": "Персонализированная реклама",
		"Fixing crashes":           "Устранение сбоев",
		"in the settings":          "в настройках",
		"a working app":            "работоспособность приложения",
		"Payments provider":        "Платёжный провайдер",
		"Advertising network":      "Рекламная сеть",
		"Cloud hosting":            "Облачный хостинг",
	} {
		if err := b.SetString(language.Russian, en, ru); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// picturePage renders the page of p in lang with its picture.
func picturePage(t testing.TB, p *policy.Policy, lang language.Tag, tr catalog.Catalog) []byte {
	t.Helper()
	opts := Options{Language: lang, Translations: tr}
	d, err := Compose(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	pic, err := ComposePicture(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, d, HTMLOptions{Picture: pic}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPictureGolden(t *testing.T) {
	p := picturePolicy()
	golden.Check(t, "picture/policy.en.html", picturePage(t, p, language.English, nil), pictureUpdate(t))
	golden.Check(t, "picture/policy.ru.html", picturePage(t, p, language.Russian, pictureRussian(t)), pictureUpdate(t))
}

func TestComposePicture(t *testing.T) {
	pic, err := ComposePicture(picturePolicy(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantLabel := Label{
		Title: "Privacy label",
		Groups: []LabelGroup{
			{Linkage: LinkageTracking, Title: "Data used to track you",
				Note: "The following data may be used to track you across apps and websites owned by other companies:",
				Entries: []LabelEntry{
					{ID: "category:device.ad_id", Name: "Advertising identifier", Purposes: []string{"Personalised advertising"}},
				}},
			{Linkage: LinkageLinked, Title: "Data linked to you",
				Note: "The following data is collected and linked to your identity:",
				Entries: []LabelEntry{
					{ID: "category:account.email", Name: "Contact details", Purposes: []string{"Running your account"}},
					{ID: "category:device.ad_id", Name: "Advertising identifier", Purposes: []string{"Personalised advertising"}},
				}},
			{Linkage: LinkageNotLinked, Title: "Data not linked to you",
				Note: "The following data is collected but not linked to your identity:",
				Entries: []LabelEntry{
					{ID: "category:usage", Name: "Product interaction", Purposes: []string{"Running your account", "Personalised advertising"}},
					{ID: "category:diagnostics.crash", Name: "Crash logs", Purposes: []string{"Fixing crashes"}},
				}},
		},
	}
	if diff := cmp.Diff(wantLabel, pic.Label); diff != "" {
		t.Errorf("label (-want +got):\n%s", diff)
	}
	var columns [4][]string
	for i, c := range pic.Flow.Columns {
		columns[i] = c.Nodes
	}
	wantColumns := [4][]string{
		{"Contact details", "Advertising identifier", "Product interaction", "Crash logs"},
		{"Running your account", "Personalised advertising", "Fixing crashes"},
		{"Payments provider", "Advertising network", "Cloud hosting"},
		// Recipients' locations first, then transfers' destinations.
		{"Ireland", "United States", "Germany", "India"},
	}
	if diff := cmp.Diff(wantColumns, columns); diff != "" {
		t.Errorf("columns (-want +got):\n%s", diff)
	}
	e := func(fc, fi, tc, ti int) FlowEdge { return FlowEdge{FlowNode{fc, fi}, FlowNode{tc, ti}} }
	wantEdges := []FlowEdge{
		e(FlowData, 0, FlowPurposes, 0),   // contact details: account
		e(FlowData, 1, FlowPurposes, 1),   // advertising identifier: ads
		e(FlowData, 1, FlowRecipients, 1), // ... to the ad network, which serves no declared purpose
		e(FlowData, 2, FlowPurposes, 0),   // product interaction: account, ads
		e(FlowData, 2, FlowPurposes, 1),
		e(FlowData, 3, FlowPurposes, 2),        // crash logs: stability
		e(FlowData, 3, FlowCountries, 3),       // ... transferred to India with no recipient
		e(FlowPurposes, 0, FlowRecipients, 0),  // account: payments, hosting
		e(FlowPurposes, 0, FlowRecipients, 2),  //
		e(FlowPurposes, 2, FlowRecipients, 2),  // stability: hosting
		e(FlowRecipients, 0, FlowCountries, 0), // payments: Ireland
		e(FlowRecipients, 1, FlowCountries, 1), // ad network: United States, once, located and transferred there
		e(FlowRecipients, 2, FlowCountries, 2), // hosting: Germany
	}
	if diff := cmp.Diff(wantEdges, pic.Flow.Edges); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}

	ru, err := ComposePicture(picturePolicy(), Options{Language: language.Russian, Translations: pictureRussian(t)})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ru.Label.Groups[1].Title, "Данные, связанные с вами"; got != want {
		t.Errorf("Russian group title = %q, want %q", got, want)
	}
	if got, want := ru.Flow.Columns[FlowCountries].Nodes[3], "Индия"; got != want {
		t.Errorf("Russian country = %q, want %q", got, want)
	}
	if diff := cmp.Diff(pic.Flow.Edges, ru.Flow.Edges); diff != "" {
		t.Errorf("the Russian picture draws other arrows (-en +ru):\n%s", diff)
	}
}

func TestComposePictureEmpty(t *testing.T) {
	p := smallPolicy()
	p.Categories, p.Purposes = nil, nil
	pic, err := ComposePicture(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pic.Label.None != "No data is collected." || len(pic.Label.Groups) != 0 {
		t.Errorf("label of a policy without data = %+v", pic.Label)
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, mustCompose(t, p, Options{}), HTMLOptions{Picture: pic}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "<p>No data is collected.</p>") || strings.Contains(buf.String(), "<svg") {
		t.Errorf("a policy without data should have a label saying so and no diagram:\n%s", buf.String())
	}
	// Nil declarations and references to undeclared ones are skipped.
	p = picturePolicy()
	stray := &policy.Category{ID: "stray", Name: "Stray"}
	p.Categories = append(p.Categories, nil)
	p.Purposes = append(p.Purposes, nil, &policy.Purpose{ID: "x", Name: "X", Categories: []*policy.Category{stray, nil},
		Recipients: []*policy.Recipient{nil, {ID: "ghost"}}})
	p.Recipients = append(p.Recipients, nil)
	p.Transfers = append(p.Transfers, policy.Transfer{Destination: language.MustParseRegion("BR"), Recipient: &policy.Recipient{ID: "ghost"}})
	pic, err = ComposePicture(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(pic.Flow.Columns[FlowData].Nodes); n != 4 {
		t.Errorf("data column has %d boxes, want the 4 declared", n)
	}
	for _, e := range pic.Flow.Edges {
		if e.From.Column >= e.To.Column || e.To.Index >= len(pic.Flow.Columns[e.To.Column].Nodes) || e.From.Index >= len(pic.Flow.Columns[e.From.Column].Nodes) {
			t.Errorf("edge %v does not lead right between boxes", e)
		}
	}
}

func TestComposePictureMissingTranslation(t *testing.T) {
	_, err := ComposePicture(picturePolicy(), Options{Language: language.Russian})
	var findings policy.Findings
	if !errors.As(err, &findings) {
		t.Fatalf("err = %v, want findings", err)
	}
	var paths []string
	for _, f := range findings {
		if f.Rule != RuleMissingTranslation {
			t.Errorf("finding %v has rule %s", f, f.Rule)
		}
		paths = append(paths, f.Path)
	}
	for _, want := range []string{"categories[account.email].name", "purposes[account].name", "recipients[payments].name"} {
		if !slices.Contains(paths, want) {
			t.Errorf("no finding for %s; got %v", want, paths)
		}
	}
}

func TestWriteHTMLPictureOptIn(t *testing.T) {
	p := picturePolicy()
	d := mustCompose(t, p, Options{})
	var plain bytes.Buffer
	if err := WriteHTML(&plain, d, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"<svg", "privacy-label", "data-flow"} {
		if strings.Contains(plain.String(), s) {
			t.Errorf("a page without Picture holds %q", s)
		}
	}
	ru, err := ComposePicture(p, Options{Language: language.Russian, Translations: pictureRussian(t)})
	if err != nil {
		t.Fatal(err)
	}
	err = WriteHTML(io.Discard, d, HTMLOptions{Picture: ru})
	if err == nil || !strings.Contains(err.Error(), "picture is in ru but the document in en") {
		t.Errorf("a Russian picture in an English page: err = %v", err)
	}
	// In a fragment, the picture is inside the article and needs no
	// stylesheet: the diagram carries its own presentation.
	pic, err := ComposePicture(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var frag bytes.Buffer
	if err := WriteHTML(&frag, d, HTMLOptions{Fragment: true, Picture: pic}); err != nil {
		t.Fatal(err)
	}
	if s := frag.String(); !strings.Contains(s, "<svg") || strings.Contains(s, "<style") || !strings.HasPrefix(s, "<article") {
		t.Errorf("fragment with picture:\n%s", s)
	}
}

// parsePage parses a page and returns its root.
func picParse(t testing.TB, page []byte) *html.Node {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func picAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// find returns the descendants of n that are elements named name.
func picFind(n *html.Node, name string) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.Data == name {
			out = append(out, d)
		}
	}
	return out
}

func picText(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

func picByID(root *html.Node, id string) *html.Node {
	for d := range root.Descendants() {
		if d.Type == html.ElementNode && picAttr(d, "id") == id {
			return d
		}
	}
	return nil
}

// TestPictureStructure reads the page as a browser's parser does: the
// label is headed groups of lists, the diagram an SVG image labelled by
// its own title and description, with a box for every node, an arrow
// for every edge, every label whole in its box, and a list saying the
// same.
func TestPictureStructure(t *testing.T) {
	for _, tc := range []struct {
		lang language.Tag
		tr   catalog.Catalog
	}{{language.English, nil}, {language.Russian, pictureRussian(t)}} {
		t.Run(tc.lang.String(), func(t *testing.T) {
			p := picturePolicy()
			pic, err := ComposePicture(p, Options{Language: tc.lang, Translations: tc.tr})
			if err != nil {
				t.Fatal(err)
			}
			root := picParse(t, picturePage(t, p, tc.lang, tc.tr))

			label := picByID(root, "label")
			if label == nil || label.Data != "section" {
				t.Fatal("no <section id=label>")
			}
			if h := picFind(label, "h2"); len(h) != 1 || picText(h[0]) != pic.Label.Title {
				t.Errorf("label heading = %v", h)
			}
			groups := picFind(label, "h3")
			if len(groups) != len(pic.Label.Groups) {
				t.Fatalf("%d group headings, want %d", len(groups), len(pic.Label.Groups))
			}
			for i, h := range groups {
				g := pic.Label.Groups[i]
				sec := h.Parent
				if picText(h) != g.Title || picAttr(sec, "class") != g.Linkage.String() {
					t.Errorf("group %d: heading %q in section class %q", i, picText(h), picAttr(sec, "class"))
				}
				var entries []string
				for _, a := range picFind(sec, "a") {
					entries = append(entries, picText(a)+" "+picAttr(a, "href"))
					if picByID(root, strings.TrimPrefix(picAttr(a, "href"), "#")) == nil {
						t.Errorf("label link %s has no target in the page", picAttr(a, "href"))
					}
				}
				var want []string
				for _, e := range g.Entries {
					want = append(want, e.Name+" #"+e.ID)
				}
				if diff := cmp.Diff(want, entries); diff != "" {
					t.Errorf("group %s entries (-want +got):\n%s", g.Linkage, diff)
				}
			}

			svgs := picFind(root, "svg")
			if len(svgs) != 1 {
				t.Fatalf("%d <svg> elements, want 1", len(svgs))
			}
			svg := svgs[0]
			if svg.Namespace != "svg" || picAttr(svg, "role") != "img" {
				t.Errorf("<svg> namespace %q role %q", svg.Namespace, picAttr(svg, "role"))
			}
			names := strings.Fields(picAttr(svg, "aria-labelledby"))
			if len(names) != 2 {
				t.Fatalf("aria-labelledby = %q", picAttr(svg, "aria-labelledby"))
			}
			for i, want := range []struct{ elem, text string }{{"title", pic.Flow.Title}, {"desc", pic.Flow.Desc}} {
				n := picByID(svg, names[i])
				if n == nil || n.Data != want.elem || n.Parent != svg || picText(n) != want.text {
					t.Errorf("aria-labelledby names %q, want the svg's <%s> %q", names[i], want.elem, want.text)
				}
			}
			for _, n := range picFind(root, "title") {
				if n.Namespace == "svg" && picByID(root, picAttr(n, "id")) != n {
					t.Errorf("id %q is not unique", picAttr(n, "id"))
				}
			}

			var nodes []string
			for _, c := range pic.Flow.Columns {
				nodes = append(nodes, c.Nodes...)
			}
			rects := picFind(svg, "rect")
			if len(rects) != len(nodes) {
				t.Fatalf("%d boxes, want %d", len(rects), len(nodes))
			}
			for i, r := range rects {
				text := r.NextSibling
				for text != nil && text.Type != html.ElementNode {
					text = text.NextSibling
				}
				if text == nil || text.Data != "text" {
					t.Fatalf("box %d has no text", i)
				}
				var lines []string
				w, _ := strconv.Atoi(picAttr(r, "width"))
				x, _ := strconv.Atoi(picAttr(r, "x"))
				for _, ts := range picFind(text, "tspan") {
					lines = append(lines, picText(ts))
					if tx, _ := strconv.Atoi(picAttr(ts, "x")); tx != x+flowPadX || textWidth(picText(ts), flowFont) > w-2*flowPadX {
						t.Errorf("line %q (estimated %dpx) overflows its box of %dpx", picText(ts), textWidth(picText(ts), flowFont), w)
					}
				}
				if got := strings.Join(lines, " "); got != nodes[i] {
					t.Errorf("box %d reads %q, want %q", i, got, nodes[i])
				}
			}
			var arrows int
			for _, g := range picFind(svg, "g") {
				if picAttr(g, "marker-end") != "" {
					arrows = len(picFind(g, "path"))
				}
			}
			if arrows != len(pic.Flow.Edges) {
				t.Errorf("%d arrows, want %d", arrows, len(pic.Flow.Edges))
			}

			// The list states every arrow: each source as a term, its
			// targets by column.
			flow := picByID(root, "flow")
			dl := picFind(flow, "dl")
			if len(dl) != 1 || dl[0].Parent.Data != "details" {
				t.Fatal("the diagram has no list in <details>")
			}
			var got []string
			source := ""
			for c := dl[0].FirstChild; c != nil; c = c.NextSibling {
				switch c.Data {
				case "dt":
					source = picText(c)
				case "dd":
					col, targets, _ := strings.Cut(picText(c), ": ")
					for _, tg := range strings.Split(targets, ", ") {
						got = append(got, source+" → "+col+" "+tg)
					}
				}
			}
			var want []string
			for _, e := range pic.Flow.Edges {
				want = append(want, pic.Flow.Columns[e.From.Column].Nodes[e.From.Index]+" → "+
					pic.Flow.Columns[e.To.Column].Title+" "+pic.Flow.Columns[e.To.Column].Nodes[e.To.Index])
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("the list and the arrows differ (-arrows +list):\n%s", diff)
			}
		})
	}
}

// TestLayoutFlow checks the layout's geometry on labels that are long,
// wide (Cyrillic capitals), one unbreakable word, or empty: every line
// fits its box, wrapping keeps every rune, boxes in a column do not
// overlap, and columns leave room for the arrows.
func TestLayoutFlow(t *testing.T) {
	long := strings.Repeat("Персональные данные пользователя ", 12)
	word := strings.Repeat("Щ", 60)
	f := &Flow{}
	f.Columns[FlowData] = FlowColumn{Title: "ДАННЫЕ", Nodes: []string{"", "a", long, word, "ЖЖЖЖ ШШШШ ЩЩЩЩ ЮЮЮЮ ФФФФ", "数据处理的目的和法律依据"}}
	f.Columns[FlowCountries] = FlowColumn{Title: "Страны", Nodes: []string{"Соединенные Штаты"}}
	lay := layoutFlow(f)
	if lay.colW[FlowPurposes] != 0 || lay.colW[FlowRecipients] != 0 {
		t.Errorf("empty columns drawn: widths %v", lay.colW)
	}
	if lay.colX[FlowCountries] < lay.colX[FlowData]+lay.colW[FlowData]+flowGutter {
		t.Errorf("columns overlap: %v %v", lay.colX, lay.colW)
	}
	if lay.colW[FlowData] > flowHardInner+2*flowPadX {
		t.Errorf("a long word widened the column to %d, past the limit", lay.colW[FlowData])
	}
	for col, boxes := range lay.boxes {
		bottom := 0
		for i, b := range boxes {
			if b.y < bottom+flowGap && i > 0 || b.y+b.h > lay.height-flowMargin || b.x+b.w > lay.width-flowMargin {
				t.Errorf("column %d box %d at %+v lies outside the drawing or on another", col, i, b)
			}
			bottom = b.y + b.h
			for _, l := range b.lines {
				if w := textWidth(l, flowFont); w > b.w-2*flowPadX {
					t.Errorf("line %q is %dpx, box %dpx", l, w, b.w)
				}
			}
			label := f.Columns[col].Nodes[i]
			if got := strings.Join(strings.Fields(strings.Join(b.lines, " ")), ""); got != strings.Join(strings.Fields(label), "") {
				t.Errorf("wrapping %q lost text: %q", label, b.lines)
			}
			if b.h != len(b.lines)*flowLine+2*flowPadY {
				t.Errorf("box %d is %dpx high for %d lines", i, b.h, len(b.lines))
			}
		}
	}
	if n := len(lay.boxes[FlowData][3].lines); n < 2 {
		t.Errorf("a 60-rune word beyond the widest column was not broken: %d lines", n)
	}
}

func TestRuneWidth(t *testing.T) {
	for _, tc := range []struct {
		a, b string // a is estimated narrower than b
	}{
		{"i", "a"}, {"a", "m"}, {"a", "A"}, {"а", "ж"}, {"а", "А"}, {"a", "数"}, {"e\u0301", "ee"},
	} {
		if textWidth(tc.a, 100) >= textWidth(tc.b, 100) {
			t.Errorf("%q estimated %d, not narrower than %q at %d", tc.a, textWidth(tc.a, 100), tc.b, textWidth(tc.b, 100))
		}
	}
}

// TestPictureDeterministic renders the picture's page many times, at
// once and under one and eight threads: the bytes never change. The
// golden files hold them across runs.
func TestPictureDeterministic(t *testing.T) {
	p, tr := picturePolicy(), pictureRussian(t)
	want := picturePage(t, p, language.Russian, tr)
	for _, procs := range []int{1, 8} {
		prev := runtime.GOMAXPROCS(procs)
		var wg sync.WaitGroup
		outs := make([][]byte, 50)
		for i := range outs {
			wg.Go(func() { outs[i] = picturePage(t, p, language.Russian, tr) })
		}
		wg.Wait()
		runtime.GOMAXPROCS(prev)
		for i, got := range outs {
			if !bytes.Equal(got, want) {
				t.Fatalf("GOMAXPROCS %d: render %d differs", procs, i)
			}
		}
	}
	// The diagram keeps the order of declaration: reversed categories
	// are drawn reversed.
	p.Categories = slices.Clone(p.Categories)
	slices.Reverse(p.Categories)
	pic, err := ComposePicture(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := pic.Flow.Columns[FlowData].Nodes; got[0] != "Crash logs" || got[3] != "Contact details" {
		t.Errorf("data column = %v, want the declared order", got)
	}
}

// pictureAllowed lists the elements the picture adds to a page, with
// their attributes: the label's and the list's HTML, and the diagram's
// SVG.
var pictureAllowed = map[string][]string{
	"h3": nil, "ul": nil, "details": nil, "summary": nil, "dl": nil, "dt": nil, "dd": nil,
	"svg":    {"xmlns", "role", "aria-labelledby", "width", "height", "viewBox", "font-family", "font-size"},
	"desc":   {"id"},
	"defs":   nil,
	"marker": {"id", "viewBox", "refX", "refY", "markerWidth", "markerHeight", "orient"},
	"path":   {"d", "fill"},
	"g":      {"fill", "stroke", "stroke-width", "marker-end"},
	"text":   {"x", "y", "font-size", "font-weight", "fill"},
	"tspan":  {"x", "y"},
	"rect":   {"x", "y", "width", "height", "rx", "fill", "stroke"},
}

// checkPicturePage fails t unless page holds only the elements and
// attributes the writer writes, with links only to safe targets, and the
// text payload, where set, intact.
func checkPicturePage(t *testing.T, page []byte, payload string) {
	t.Helper()
	root := picParse(t, page)
	var text strings.Builder
	for n := range root.Descendants() {
		switch n.Type {
		case html.TextNode:
			text.WriteString(n.Data)
		case html.ElementNode:
			attrs, ok := allowed[n.Data]
			if extra, ok2 := pictureAllowed[n.Data]; ok2 {
				attrs, ok = append(slices.Clone(attrs), extra...), true
			}
			if n.Data == "title" && n.Namespace == "svg" {
				attrs = []string{"id"}
			}
			if !ok {
				t.Fatalf("element <%s> in output:\n%s", n.Data, page)
			}
			for _, a := range n.Attr {
				if !slices.Contains(attrs, a.Key) || a.Namespace != "" {
					t.Fatalf("attribute %s on <%s> in output:\n%s", a.Key, n.Data, page)
				}
				if a.Key == "href" && !safeHref(Ref, a.Val) {
					t.Fatalf("link target %q in output", a.Val)
				}
			}
		}
	}
	if payload != "" && !strings.Contains(text.String(), strings.TrimSpace(strings.ReplaceAll(payload, "\x00", "\uFFFD"))) {
		t.Errorf("payload %q lost from the text", payload)
	}
}

// hostilePicture returns a policy whose every name and ID in the picture
// is s.
func hostilePicture(s string) *policy.Policy {
	cat := &policy.Category{ID: s, Name: s, Sensitivity: policy.SensitivityPersonal, Linked: true, Tracking: true}
	other := &policy.Category{ID: s + "2", Name: s, Sensitivity: policy.SensitivityNotPersonal}
	rec := &policy.Recipient{ID: s, Name: s, Country: language.MustParseRegion("US"), Categories: []*policy.Category{other}}
	return &policy.Policy{
		Categories: []*policy.Category{cat, other},
		Purposes:   []*policy.Purpose{{ID: s, Name: s, Categories: []*policy.Category{cat}, Recipients: []*policy.Recipient{rec}}},
		Recipients: []*policy.Recipient{rec, {ID: s + "3", Name: s, Categories: []*policy.Category{other}}},
		Transfers:  []policy.Transfer{{Destination: language.MustParseRegion("BR"), Categories: []*policy.Category{other}}},
	}
}

func TestPictureEscapes(t *testing.T) {
	for _, payload := range []string{
		`<script>alert(1)</script>`,
		`</text><script>alert(1)</script><text>`,
		`</svg><img src=x onerror=alert(1)>`,
		`" onload="alert(1)`,
		`' onclick='alert(1)`,
		`"/><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject>`,
		`<![CDATA[</tspan><a xlink:href="javascript:alert(1)">x</a>]]>`,
		`<!-- --><style>*{display:none}</style>`,
		`&lt;b&gt; &amp; &#60; url(#flow-arrow)`,
		"Nul\x00byte",             // capitalised, as the recipients' boxes write it
		`"><svg/onload=alert(1)>`, // no white space: the label links to it
	} {
		t.Run("", func(t *testing.T) {
			p := hostilePicture(payload)
			page := picturePage(t, p, language.English, nil)
			checkPicturePage(t, page, payload)
			root := picParse(t, page)
			svg := picFind(root, "svg")
			if len(svg) != 1 {
				t.Fatalf("%d <svg> elements", len(svg))
			}
			// The boxes of categories, purposes and recipients read the
			// payload whole: two categories, a purpose, two recipients.
			want := strings.Join(strings.Fields(strings.ReplaceAll(payload, "\x00", "\uFFFD")), "")
			n := 0
			for _, txt := range picFind(svg[0], "text") {
				if strings.Join(strings.Fields(picText(txt)), "") == want {
					n++
				}
			}
			if n != 5 {
				t.Errorf("%d boxes read the payload whole, want 5", n)
			}
		})
	}
}

// FuzzPicture writes the picture of a policy named by arbitrary strings:
// the page must parse to the writer's own elements and attributes, and
// the layout must keep every line inside its box.
func FuzzPicture(f *testing.F) {
	f.Add("Contact details", "Running your account")
	f.Add(`</text><script>x</script>`, "Персонализированная реклама")
	f.Add(strings.Repeat("Щ", 100), "\x00\u200b\u0301")
	f.Fuzz(func(t *testing.T, a, b string) {
		p := hostilePicture(a)
		p.Purposes[0].Name = b
		pic, err := ComposePicture(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var page bytes.Buffer
		if err := WriteHTML(&page, mustCompose(t, p, Options{}), HTMLOptions{Picture: pic}); err != nil {
			t.Fatal(err)
		}
		checkPicturePage(t, page.Bytes(), "")
		lay := layoutFlow(&pic.Flow)
		for _, boxes := range lay.boxes {
			for _, bx := range boxes {
				for _, l := range bx.lines {
					if textWidth(l, flowFont) > bx.w-2*flowPadX {
						t.Fatalf("line %q overflows a box %dpx wide", l, bx.w)
					}
				}
			}
		}
	})
}

// pictureTool returns the path of an external checker, or skips the test
// where it is missing, except under CI, which must run every check.
func pictureTool(t *testing.T, env, fallback string) string {
	t.Helper()
	path := os.Getenv(env)
	if path == "" {
		path = fallback
	}
	if p, err := exec.LookPath(path); err == nil {
		return p
	}
	if _, err := os.Stat(path); err == nil {
		return path
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s not found (set %s); .ci/run installs it", path, env)
	}
	t.Skipf("%s not found (set %s, or run .ci/run, which installs it)", path, env)
	return ""
}

// picturePages writes the pages with a picture to a directory: the
// golden English and Russian pages, and a page of long, wide names.
func picturePages(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	stress := picturePolicy()
	stress.Language = language.Russian
	for i, cat := range stress.Categories {
		cat.Name = strings.Repeat("Обезличенные сведения о ЖЖЖЖ ШШШШ ЩЩЩЩ ", i+1)
	}
	stress.Purposes[0].Name = strings.Repeat("Щ", 40)
	stress.Recipients[1].Name = "WWWWWWWW MMMMMMMM mmmmmmmm wwwwwwww @@@@%%%%"
	pages := map[string][]byte{
		"en.html":     picturePage(t, picturePolicy(), language.English, nil),
		"ru.html":     picturePage(t, picturePolicy(), language.Russian, pictureRussian(t)),
		"stress.html": picturePage(t, stress, language.Russian, nil),
	}
	var out []string
	for _, name := range []string{"en.html", "ru.html", "stress.html"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, pages[name], 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, path)
	}
	return out
}

// TestPictureNuHTMLChecker runs the Nu HTML Checker (vnu.jar) over pages
// with a picture and fails on any error it reports.
func TestPictureNuHTMLChecker(t *testing.T) {
	java := pictureTool(t, "JAVA", "java")
	jar := pictureTool(t, "VNU_JAR", "vnu.jar")
	files := picturePages(t)
	var stderr bytes.Buffer
	cmd := exec.Command(java, append([]string{"-jar", jar, "--errors-only", "--format", "json"}, files...)...)
	cmd.Stderr = &stderr // vnu writes its report to standard error
	runErr := cmd.Run()
	var report struct {
		Messages []struct {
			Type, Message, URL string
			LastLine           int
		}
	}
	if err := json.Unmarshal(stderr.Bytes(), &report); err != nil {
		t.Fatalf("vnu: %v; output: %s", runErr, stderr.String())
	}
	for _, m := range report.Messages {
		t.Errorf("%s:%d: %s: %s", m.URL, m.LastLine, m.Type, m.Message)
	}
	if runErr != nil && len(report.Messages) == 0 {
		t.Errorf("vnu failed: %v", runErr)
	}
}

// chromiumFlags are the flags of a headless, offline Chromium with its
// profile in dir.
func chromiumFlags(dir string) []string {
	return []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--window-size=1024,3200"}
}

// measureScript, added to a copy of a page, measures in the browser each
// box of the diagram and the heading of each column, and writes into the
// body's data-overflow attribute those whose text runs outside its box
// or column, and into data-boxes the number of boxes measured.
const measureScript = `<script>
const out = [];
let boxes = 0;
for (const g of document.querySelectorAll("svg g")) {
  const rects = g.querySelectorAll("rect");
  if (rects.length === 0) continue;
  const col = rects[0].getBBox();
  const head = g.querySelector("text").getBBox();
  if (head.x + head.width > col.x + col.width) out.push("heading " + g.querySelector("text").textContent);
  for (const r of rects) {
    boxes++;
    const b = r.getBBox(), t = r.nextElementSibling.getBBox();
    if (t.x < b.x || t.x + t.width > b.x + b.width || t.y < b.y || t.y + t.height > b.y + b.height + 1)
      out.push(r.nextElementSibling.textContent + ": text " + Math.ceil(t.width) + "x" + Math.ceil(t.height) + ", box " + b.width + "x" + b.height);
  }
}
document.body.setAttribute("data-overflow", JSON.stringify(out));
document.body.setAttribute("data-boxes", boxes);
</script>
`

// TestPictureChromium opens pages with a picture in headless Chromium.
// The browser must lay out every box's text inside the box, as measured
// by the browser itself; and a screenshot must decode, must not be of one
// colour, and must show the diagram's boxes in their colours.
func TestPictureChromium(t *testing.T) {
	chromium := pictureTool(t, "CHROMIUM", "chromium")
	for _, page := range picturePages(t) {
		t.Run(filepath.Base(page), func(t *testing.T) {
			dir := t.TempDir()
			src, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			measured := filepath.Join(dir, "measured.html")
			if err := os.WriteFile(measured, bytes.Replace(src, []byte("</body>"), []byte(measureScript+"</body>"), 1), 0o644); err != nil {
				t.Fatal(err)
			}
			dom, err := exec.Command(chromium, append(chromiumFlags(dir), "--dump-dom", "file://"+measured)...).Output()
			if err != nil {
				t.Fatalf("chromium --dump-dom: %v", err)
			}
			body := picFind(picParse(t, dom), "body")
			if len(body) != 1 || picAttr(body[0], "data-boxes") == "" {
				t.Fatalf("the measuring script did not run:\n%.2000s", dom)
			}
			if n, _ := strconv.Atoi(picAttr(body[0], "data-boxes")); n != len(picFind(picParse(t, src), "rect")) {
				t.Errorf("measured %d boxes of %d", n, len(picFind(picParse(t, src), "rect")))
			}
			var overflow []string
			if err := json.Unmarshal([]byte(picAttr(body[0], "data-overflow")), &overflow); err != nil {
				t.Fatal(err)
			}
			for _, o := range overflow {
				t.Errorf("text runs outside its box in Chromium: %s", o)
			}

			shot := filepath.Join(dir, "shot.png")
			if out, err := exec.Command(chromium, append(chromiumFlags(dir), "--screenshot="+shot, "file://"+page)...).CombinedOutput(); err != nil {
				t.Fatalf("chromium --screenshot: %v\n%s", err, out)
			}
			f, err := os.Open(shot)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			img, err := png.Decode(f)
			if err != nil {
				t.Fatalf("the screenshot does not decode: %v", err)
			}
			colours := map[color.RGBA]int{}
			b := img.Bounds()
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					colours[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
				}
			}
			if len(colours) < 2 {
				t.Fatalf("the screenshot is of one colour")
			}
			// The inside of every box is painted in its column's fill.
			for col, fill := range flowColours {
				c := parseHex(t, fill[0])
				if n := colours[c]; n < 2000 {
					t.Errorf("column %d's fill %s covers %d pixels of the screenshot; the diagram is not drawn", col, fill[0], n)
				}
			}
			if ink := inkedShare(img); ink < 0.01 {
				t.Errorf("screenshot is blank: %.4f of pixels are not background", ink)
			}
		})
	}
}

func parseHex(t *testing.T, s string) color.RGBA {
	t.Helper()
	v, err := strconv.ParseUint(strings.TrimPrefix(s, "#"), 16, 32)
	if err != nil {
		t.Fatal(err)
	}
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// inkedShare returns the share of pixels that differ from the top-left
// one.
func inkedShare(img image.Image) float64 {
	b := img.Bounds()
	bg := color.RGBAModel.Convert(img.At(b.Min.X, b.Min.Y))
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if color.RGBAModel.Convert(img.At(x, y)) != bg {
				n++
			}
		}
	}
	return float64(n) / float64(b.Dx()*b.Dy())
}
