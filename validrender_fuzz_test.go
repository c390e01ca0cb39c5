package policy_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/render"
	"golang.org/x/net/html"
	"golang.org/x/text/language"
)

// FuzzValidRender checks that every policy that validates without errors
// renders: Compose in the policy's own language succeeds in both layouts,
// with the picture, and every writer writes the document; HTML parses to
// no script, no event handler and no script link, whatever the policy's
// strings hold. It builds policies as FuzzValidRoundTrip does.
func FuzzValidRender(f *testing.F) {
	ops, s := policy.RoundTripSeeds()
	for i := range ops {
		f.Add(ops[i], s[i])
	}
	f.Fuzz(func(t *testing.T, ops []byte, s string) {
		if len(ops) > 256 {
			return
		}
		p := policy.BuildFuzzPolicy(ops, s)
		if p.Validate().Err() != nil {
			return
		}
		if b, _ := p.Language.Base(); p.Language != language.Und && b != enBase && b != ruBase {
			// The library has no wording in the policy's language, so
			// the document is in English and needs the policy's strings
			// translated: Compose refuses to mix languages, with
			// findings that say which strings, never a panic.
			_, err := render.Compose(p, render.Options{})
			var fs policy.Findings
			if !errors.As(err, &fs) && err != nil {
				t.Fatalf("Compose of a policy in %v: %v, want translation findings", p.Language, err)
			}
			for _, f := range fs {
				if f.Rule != render.RuleMissingTranslation {
					t.Fatalf("Compose of a policy in %v: %v, want only missing translations", p.Language, f)
				}
			}
			return
		}
		for _, layout := range []render.Layout{render.LayoutSections, render.LayoutCategories} {
			d, err := render.Compose(p, render.Options{Layout: layout})
			if err != nil {
				t.Fatalf("Compose of a valid policy in its own language (layout %v): %v", layout, err)
			}
			if err := render.WriteText(io.Discard, d, render.TextOptions{}); err != nil {
				t.Fatalf("WriteText: %v", err)
			}
			if err := render.WriteMarkdown(io.Discard, d); err != nil {
				t.Fatalf("WriteMarkdown: %v", err)
			}
			pic, err := render.ComposePicture(p, render.Options{Layout: layout})
			if err != nil {
				t.Fatalf("ComposePicture of a valid policy: %v", err)
			}
			var page bytes.Buffer
			if err := render.WriteHTML(&page, d, render.HTMLOptions{Picture: pic, Sources: true}); err != nil {
				t.Fatalf("WriteHTML: %v", err)
			}
			checkNoScript(t, page.Bytes())
		}
		// Russian needs the service's translations unless the policy is
		// written in Russian; a missing one is an error, never a panic.
		if d, err := render.Compose(p, render.Options{Language: language.Russian}); err == nil {
			if err := render.WriteText(io.Discard, d, render.TextOptions{}); err != nil {
				t.Fatalf("WriteText (ru): %v", err)
			}
		}
	})
}

var (
	enBase, _ = language.English.Base()
	ruBase, _ = language.Russian.Base()
)

// checkNoScript fails if the HTML page holds a script or style element
// beyond the page's own stylesheet, an event handler attribute or a
// javascript: link.
func checkNoScript(t *testing.T, page []byte) {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("HTML does not parse: %v", err)
	}
	styles := 0
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script", "iframe", "object", "embed", "form", "base":
			t.Fatalf("element <%s> in the page:\n%s", n.Data, page)
		case "style":
			if styles++; styles > 1 {
				t.Fatalf("a second <style> element in the page:\n%s", page)
			}
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Fatalf("event handler %s on <%s> in the page:\n%s", a.Key, n.Data, page)
			}
			if (a.Key == "href" || a.Key == "src") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
				t.Fatalf("script link %q on <%s> in the page:\n%s", a.Val, n.Data, page)
			}
		}
	}
}
