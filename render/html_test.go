package render

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/language"
)

// allowed lists the elements WriteHTML emits and, for each, the attributes
// it may carry. Anything else in a parsed page came from policy text.
var allowed = map[string][]string{
	"html": {"lang"}, "head": nil, "body": nil, "meta": {"charset", "name", "content"},
	"title": nil, "style": nil, "article": {"class", "lang"}, "header": nil, "h1": nil,
	"h2": {"id"}, "p": {"class"}, "span": {"class"}, "strong": nil, "a": {"href"},
	"nav": {"aria-labelledby"}, "ol": nil, "li": nil, "section": {"id", "class"},
	"div": {"class", "id"}, "table": {"id"}, "thead": nil, "tbody": nil, "tr": nil,
	"th": {"scope"}, "td": nil, "caption": nil,
}

// hostile returns a policy whose every string is s, including IDs, URL
// and email.
func hostile(s string) *policy.Policy {
	cat := &policy.Category{ID: s, Name: s, Items: []string{s, s}, Description: s, Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: s,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: s, Note: s}}
	rec := &policy.Recipient{ID: s, Name: s, Role: policy.RoleProcessor, Categories: []*policy.Category{cat}, Purpose: s}
	return &policy.Policy{
		Title:        s,
		Controller:   policy.Controller{Contact: policy.Contact{Name: s, Email: s, Phone: s, Address: s, Website: s}, Registration: s},
		DPO:          &policy.Contact{Name: s, Email: s},
		Version:      s,
		Effective:    policy.MakeDate(2025, time.January, 1),
		URL:          s,
		Scope:        []string{s},
		Introduction: []string{s},
		Principles:   []policy.Principle{policy.PrincipleLawfulness},
		Categories:   []*policy.Category{cat},
		NotCollected: []policy.Exclusion{{ID: s, Name: s, Note: s}, {ID: s, Name: s, Category: cat}},
		Purposes: []*policy.Purpose{{ID: s, Name: s, Description: s, Categories: []*policy.Category{cat},
			Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisConsent}, Interest: s, Withdraw: s, Automated: s,
			Recipients: []*policy.Recipient{rec}, Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Days(1), From: policy.EventCollection, Note: s}}},
		Recipients: []*policy.Recipient{rec},
		Transfers:  []policy.Transfer{{Destination: language.MustParseRegion("US"), Recipient: rec, Categories: []*policy.Category{cat}, Safeguard: policy.SafeguardStandardClauses, Note: s}},
		Rights:     []policy.Right{{Kind: policy.RightAccess, How: s}},
		Security:   []policy.Measure{{Name: s, Description: s}},
		Children:   policy.Children{MinimumAge: 16, Note: s},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, Note: s},
		Contact:    policy.Contact{Name: s, Email: s, Address: s, Website: s},
	}
}

// checkHTML parses out and fails t for any element or attribute WriteHTML
// does not emit, any link target of another scheme, and for payload not
// surviving as text.
func checkHTML(t *testing.T, out []byte, fragment bool, payload string) {
	t.Helper()
	var root *html.Node
	var err error
	if fragment {
		var nodes []*html.Node
		nodes, err = html.ParseFragment(bytes.NewReader(out), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
		root = &html.Node{Type: html.DocumentNode}
		for _, n := range nodes {
			root.AppendChild(n)
		}
	} else {
		root, err = html.Parse(bytes.NewReader(out))
	}
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	var text strings.Builder
	for n := range root.Descendants() {
		switch n.Type {
		case html.TextNode:
			text.WriteString(n.Data)
		case html.ElementNode:
			attrs, ok := allowed[n.Data]
			if !ok {
				t.Fatalf("element <%s> in output:\n%s", n.Data, out)
			}
			for _, a := range n.Attr {
				if !contains(attrs, a.Key) || a.Namespace != "" {
					t.Fatalf("attribute %s on <%s> in output:\n%s", a.Key, n.Data, out)
				}
				if a.Key == "href" && !safeHref(Link, a.Val) && !safeHref(Email, a.Val) && !safeHref(Ref, a.Val) {
					t.Fatalf("link target %q in output", a.Val)
				}
			}
		}
	}
	if payload != "" && !strings.Contains(text.String(), strings.TrimSpace(strings.ReplaceAll(payload, "\x00", "\uFFFD"))) {
		t.Errorf("payload %q lost from the text", payload)
	}
}

func renderHTML(t *testing.T, p *policy.Policy, fragment bool) []byte {
	t.Helper()
	return renderHTMLLayout(t, p, fragment, LayoutSections)
}

// layouts are the layouts the structure tests check, by name.
var layouts = []struct {
	name   string
	layout Layout
}{{"sections", LayoutSections}, {"categories", LayoutCategories}}

func renderHTMLLayout(t *testing.T, p *policy.Policy, fragment bool, layout Layout) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, mustCompose(t, p, Options{Layout: layout}), HTMLOptions{Fragment: fragment}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestHTMLEscapes(t *testing.T) {
	for _, payload := range []string{
		`<script>alert(1)</script>`,
		`"><img src=x onerror=alert(1)>`,
		`' onmouseover='alert(1)`,
		`javascript:alert(1)`,
		`</article></body><body onload=alert(1)>`,
		`<!-- comment --><![CDATA[x]]>`,
		`&lt;b&gt; &amp; &#60;`,
		`<style>*{display:none}</style>`,
		`mailto:x@example.com?body=<b>`,
	} {
		for _, fragment := range []bool{false, true} {
			for _, l := range layouts {
				checkHTML(t, renderHTMLLayout(t, hostile(payload), fragment, l.layout), fragment, payload)
			}
		}
	}
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{"<b>x</b>", `"'><svg onload=1>`, "https://example.com/\"><x>", "\x00<"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fragment := range []bool{false, true} {
			checkHTML(t, renderHTML(t, hostile(s), fragment), fragment, "")
		}
	})
}

func TestHTMLStructure(t *testing.T) {
	for _, tt := range []struct {
		layout   Layout
		headings []string
		anchors  []string
	}{
		{LayoutSections, []string{"h1 Privacy Policy", "h2 At a glance", "h2 Contents", "h2 1. General Provisions",
			"h2 2. Categories of Processed Data", "h2 3. Purposes of Data Processing", "h2 4. Legal Grounds for Data Processing",
			"h2 5. Data Retention", "h2 6. Changes to this Policy", "h2 7. Contact"},
			[]string{"purpose:news", "basis:consent", "category:email", "categories-list", "summary"}},
		{LayoutCategories, []string{"h1 Privacy Policy", "h2 At a glance", "h2 Contents", "h2 1. General Provisions",
			"h2 2. Email", "h2 3. Purposes of Data Processing", "h2 4. Legal Grounds for Data Processing",
			"h2 5. Changes to this Policy", "h2 6. Contact"},
			[]string{"purpose:news", "basis:consent", "category:email", "category:email/what", "category:email/purposes",
				"category:email/purpose:news", "category:email/retention", "summary"}},
	} {
		checkHTMLStructure(t, tt.layout, tt.headings, tt.anchors)
	}
}

func checkHTMLStructure(t *testing.T, layout Layout, want, anchors []string) {
	t.Helper()
	out := renderHTMLLayout(t, smallPolicy(), false, layout)
	root, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var headings, ids []string
	articles := 0
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "h1", "h2":
			headings = append(headings, n.Data+" "+textOf(n))
		case "article":
			articles++
		}
		for _, a := range n.Attr {
			if a.Key == "id" {
				ids = append(ids, a.Val)
			}
		}
	}
	if strings.Join(headings, "|") != strings.Join(want, "|") {
		t.Errorf("layout %d: headings = %q", layout, headings)
	}
	if articles != 1 {
		t.Errorf("%d articles", articles)
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Errorf("duplicate id %q", id)
		}
		seen[id] = true
	}
	for _, id := range anchors {
		if !seen[id] {
			t.Errorf("no anchor %q", id)
		}
	}
	if !bytes.HasPrefix(out, []byte("<!DOCTYPE html>\n<html lang=\"en\">")) {
		t.Errorf("page starts %q", out[:40])
	}
	if frag := renderHTMLLayout(t, smallPolicy(), true, layout); !bytes.HasPrefix(frag, []byte("<article")) || bytes.Contains(frag, []byte("<style")) {
		t.Errorf("fragment is not just the article: %.60q", frag)
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// TestHTMLUniqueIDs renders a policy under every law, with every section
// the library composes, and checks that no anchor is used twice.
func TestHTMLUniqueIDs(t *testing.T) {
	p := gen.Policy(30)
	p.CCPA.Sold, p.CCPA.OptOutURL = policy.AnswerYes, "https://generated.example/opt-out"
	p.Security = []policy.Measure{{Name: "Encryption"}}
	p.NotCollected = []policy.Exclusion{{ID: "biometrics", Name: "biometric data"}}
	p.Representatives = []policy.Representative{{Region: language.MustParseRegion("DE"), Contact: policy.Contact{Name: "Rep", Email: "rep@example.com"}}}
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) { checkUniqueIDs(t, renderHTMLLayout(t, p, false, l.layout)) })
	}
}

func checkUniqueIDs(t *testing.T, out []byte) {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for n := range root.Descendants() {
		for _, a := range n.Attr {
			if a.Key != "id" {
				continue
			}
			if seen[a.Val] {
				t.Errorf("duplicate id %q", a.Val)
			}
			seen[a.Val] = true
		}
	}
	if !seen["california"] || !seen["california-table"] || !seen["rights-authorities"] {
		t.Errorf("the law sections are missing: %v", seen)
	}
}

// TestAnchorsUnique renders policies whose declaration IDs spell the
// anchors of other declarations and of the library's own clauses under
// the old hyphen-joined scheme, and checks that every id in the page is
// unique and every fragment link has a target.
func TestAnchorsUnique(t *testing.T) {
	collide := func() *policy.Policy {
		p := fullPolicy()
		p.Laws = append(p.Laws, policy.FZ152)
		keep := policy.Keep(policy.Period{Years: 1}, policy.EventCollection)
		var cats []*policy.Category
		for _, id := range []string{"purpose-news", "list", "end", "purpose-list", "email"} {
			cats = append(cats, &policy.Category{ID: id, Name: "Data " + id, Sensitivity: policy.SensitivityPersonal,
				Sources: []policy.Source{policy.SourceUser}, Retention: keep})
		}
		p.Categories = append(p.Categories, cats...)
		for _, id := range []string{"news", "list", "end"} {
			p.Purposes = append(p.Purposes, &policy.Purpose{ID: "x", Name: "Purpose " + id, Categories: cats,
				Bases: []policy.Basis{policy.BasisContract}, Retention: keep})
			p.Purposes[len(p.Purposes)-1].ID = id
		}
		p.Purposes[0].ID = "email" // the category "email" and the purpose "email"
		p.Recipients = append(p.Recipients, &policy.Recipient{ID: "list", Name: "List", Role: policy.RoleProcessor, Categories: cats})
		return p
	}()
	// The IDs are valid and distinct per kind: the model's rules (without
	// the laws' rules on what to state) accept them.
	model := *collide
	model.Laws = nil
	if fs := model.Validate(); fs.Err() != nil {
		t.Fatalf("the policy does not validate, so the test proves less than it says:\n%v", fs)
	}
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) { checkAnchors(t, renderHTMLLayout(t, collide, false, l.layout), l.layout) })
	}
}

// checkAnchors checks that every id in out is unique and every fragment
// link has a target.
func checkAnchors(t *testing.T, out []byte, layout Layout) {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int{}
	var hrefs []string
	for n := range root.Descendants() {
		for _, a := range n.Attr {
			switch {
			case a.Key == "id":
				ids[a.Val]++
			case a.Key == "href" && strings.HasPrefix(a.Val, "#"):
				hrefs = append(hrefs, a.Val[1:])
			}
		}
	}
	if len(ids) < 40 {
		t.Fatalf("only %d ids in the page", len(ids))
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q appears %d times", id, n)
		}
	}
	for _, h := range hrefs {
		if ids[h] == 0 {
			t.Errorf("link to #%s, which no element has", h)
		}
	}
	want := []string{"retention:purpose-news", "retention-purpose:news", "retention-list", "retention:list", "purpose:email", "category:email"}
	if layout == LayoutCategories {
		want = []string{"retention-purpose:news", "retention-list", "purpose:email", "category:email", "category:purpose-news",
			"category:email/retention", "category:list/purposes", "category:email/purpose:news", "category:account.email/purpose:email"}
	}
	for _, id := range want {
		if ids[id] != 1 {
			t.Errorf("no anchor %q", id)
		}
	}
}
