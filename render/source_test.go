package render

import (
	"bytes"
	"encoding/json"
	"golang.org/x/net/html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
	"golang.org/x/text/language"
)

// examplePolicies returns the example policies, decoded from their JSON
// goldens, by example name.
func examplePolicies(t *testing.T) map[string]*policy.Policy {
	t.Helper()
	files, err := filepath.Glob(filepath.FromSlash("../examples/*/testdata/policy.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 3 {
		t.Fatalf("found %d example policies, want at least 3: %v", len(files), files)
	}
	out := make(map[string]*policy.Policy)
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		p, err := policy.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[filepath.Base(filepath.Dir(filepath.Dir(name)))] = p
	}
	return out
}

// checkSources fails for each clause, table row, meta line or
// introduction paragraph of d that has no source, and for each source
// that names no declaration of p, a rule no law has, or a law p does not
// declare.
func checkSources(t *testing.T, p *policy.Policy, d *Document) {
	t.Helper()
	rules := make(map[policy.Rule]policy.Law)
	for _, law := range policy.Laws() {
		for _, r := range policy.Requirements(law) {
			rules[r.ID] = law
		}
	}
	check := func(where string, srcs []Source) {
		if len(srcs) == 0 {
			t.Errorf("%s has no source", where)
		}
		for _, s := range srcs {
			switch {
			case s.Path() != "":
				if s.Law.Valid() || s.Rule != "" {
					t.Errorf("%s: source %+v names both a path and a law", where, s)
				}
				if !validPath(p, s.Path()) {
					t.Errorf("%s: source %q is not a path of the policy", where, s.Path())
				}
			case s.Law.Valid():
				if !slices.Contains(p.Laws, s.Law) {
					t.Errorf("%s: source %v is a law the policy does not declare", where, s)
				}
				if law, ok := rules[s.Rule]; s.Rule != "" && (!ok || law != s.Law) {
					t.Errorf("%s: source %v names no rule of %s", where, s, s.Law)
				}
			case s.Rule != "":
				t.Errorf("%s: source %+v names a rule without its law", where, s)
			}
		}
	}
	if len(d.MetaSources) != len(d.Meta) {
		t.Errorf("%d meta lines, %d with sources", len(d.Meta), len(d.MetaSources))
	}
	for i, srcs := range d.MetaSources {
		check("meta line "+d.Meta[i].String(), srcs)
	}
	if len(d.IntroSources) != len(d.Intro) {
		t.Errorf("%d introduction paragraphs, %d with sources", len(d.Intro), len(d.IntroSources))
	}
	for i, srcs := range d.IntroSources {
		check("introduction paragraph "+d.Intro[i].String(), srcs)
	}
	tables := []*Table{d.Summary}
	var walk func(cs []*Clause)
	walk = func(cs []*Clause) {
		for _, cl := range cs {
			check("clause "+cl.Number+" "+cl.ID, cl.Sources)
			walk(cl.Clauses)
		}
	}
	for _, s := range d.Sections {
		walk(s.Clauses)
		tables = append(tables, s.Table)
	}
	for _, tb := range tables {
		if tb == nil {
			continue
		}
		if len(tb.Sources) != len(tb.Rows) {
			t.Errorf("table %s: %d rows, %d with sources", tb.ID, len(tb.Rows), len(tb.Sources))
		}
		for i, srcs := range tb.Sources {
			check("table "+tb.ID+" row "+tb.Rows[i][0].String(), srcs)
		}
	}
}

// validPath reports whether path starts with a top-level field of the
// policy's JSON and names a declared category, purpose or recipient, if
// it names one.
func validPath(p *policy.Policy, path string) bool {
	list := path
	if i := strings.IndexAny(path, ".["); i >= 0 {
		list = path[:i]
	}
	if !topLevel()[list] {
		return false
	}
	rest, indexed := strings.CutPrefix(path[len(list):], "[")
	if !indexed {
		return true
	}
	key, _, ok := strings.Cut(rest, "]")
	if !ok {
		return false
	}
	switch list {
	case "categories":
		return slices.ContainsFunc(p.Categories, func(c *policy.Category) bool { return c != nil && c.ID == key })
	case "purposes":
		return slices.ContainsFunc(p.Purposes, func(c *policy.Purpose) bool { return c != nil && c.ID == key })
	case "recipients":
		return slices.ContainsFunc(p.Recipients, func(c *policy.Recipient) bool { return c != nil && c.ID == key })
	}
	return true
}

// topLevel returns the top-level fields of the policy's JSON, read once
// from its schema, so that a new field needs no entry here.
var topLevel = sync.OnceValue(func() map[string]bool {
	var schema struct {
		Properties map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(policy.JSONSchema(), &schema); err != nil {
		panic(err)
	}
	out := make(map[string]bool, len(schema.Properties))
	for k := range schema.Properties {
		out[k] = true
	}
	return out
})

// TestSources composes every example policy, the full policy and a
// generated policy of 1,000 categories under every law, in English and
// Russian, and fails for each part of the document without a source.
func TestSources(t *testing.T) {
	policies := examplePolicies(t)
	policies["full"] = fullPolicy()
	policies["generated"] = gen.Policy(1000)
	for name, p := range policies {
		for _, lang := range []language.Tag{language.English, language.Russian} {
			for _, l := range layouts {
				t.Run(name+"/"+lang.String()+"/"+l.name, func(t *testing.T) {
					cat := markedCatalog(t, p, lang, pseudo, "")
					d, err := Compose(p, Options{Language: lang, Translations: cat, Layout: l.layout})
					if err != nil {
						t.Fatal(err)
					}
					checkSources(t, p, d)
				})
			}
		}
	}
}

// TestHTMLSources writes pages with sources, including a source that
// holds markup (the path of a recipient the policy references but does
// not declare, named by its ID), and checks that every clause carries a
// data-source attribute, that the markup stays in the attribute's value,
// and that the page without sources differs from the page with them only
// by those attributes: the default output is the page as it was.
func TestHTMLSources(t *testing.T) {
	for _, payload := range []string{`"><script>alert(1)</script>`, `' onclick='x`, "&amp; <b>"} {
		p := hostile(payload)
		p.Transfers = append(p.Transfers, policy.Transfer{Destination: language.MustParseRegion("US"),
			Recipient: &policy.Recipient{ID: payload, Name: "Undeclared"}, Safeguard: policy.SafeguardStandardClauses})
		d := mustCompose(t, p, Options{})
		for _, fragment := range []bool{false, true} {
			var plainPage, withSources bytes.Buffer
			if err := WriteHTML(&plainPage, d, HTMLOptions{Fragment: fragment}); err != nil {
				t.Fatal(err)
			}
			if err := WriteHTML(&withSources, d, HTMLOptions{Fragment: fragment, Sources: true}); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(plainPage.Bytes(), []byte("data-source")) {
				t.Errorf("the default page has data-source attributes")
			}
			stripped := dataSource.ReplaceAll(withSources.Bytes(), nil)
			if !bytes.Equal(stripped, plainPage.Bytes()) {
				t.Errorf("the page with sources differs from the default by more than its attributes:\n%s", withSources.Bytes())
			}
			root, err := html.Parse(bytes.NewReader(withSources.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			clauses, found := 0, false
			for n := range root.Descendants() {
				if n.Type != html.ElementNode {
					continue
				}
				var src, class string
				for _, a := range n.Attr {
					switch a.Key {
					case "data-source":
						src = a.Val
					case "class":
						class = a.Val
					}
					if a.Key != "data-source" && !contains(allowed[n.Data], a.Key) {
						t.Fatalf("attribute %s on <%s> in output:\n%s", a.Key, n.Data, withSources.Bytes())
					}
				}
				if _, ok := allowed[n.Data]; !ok {
					t.Fatalf("element <%s> in output:\n%s", n.Data, withSources.Bytes())
				}
				if class == "clause" {
					clauses++
					if src == "" {
						t.Errorf("clause %s has no data-source", attr(n, "id"))
					}
				}
				if strings.Contains(src, "recipients["+payload+"].name") {
					found = true
				}
			}
			if clauses < 20 {
				t.Errorf("only %d clauses", clauses)
			}
			if !found {
				t.Errorf("no data-source holds the undeclared recipient's path with %q:\n%s", payload, withSources.Bytes())
			}
		}
	}
}

// dataSource matches a data-source attribute as WriteHTML writes it.
var dataSource = regexp.MustCompile(` data-source="[^"]*"`)

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
