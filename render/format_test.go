package render_test

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/render"
)

// TestFormats checks the registry: names and extensions unique, a valid
// media type, and each Write giving the same bytes as the writer it
// stands for.
func TestFormats(t *testing.T) {
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Effective:  policy.MakeDate(2025, time.March, 1),
	}
	doc, err := render.Compose(p, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	direct := map[string]func(*bytes.Buffer) error{
		"html":          func(b *bytes.Buffer) error { return render.WriteHTML(b, doc, render.HTMLOptions{}) },
		"html-fragment": func(b *bytes.Buffer) error { return render.WriteHTML(b, doc, render.HTMLOptions{Fragment: true}) },
		"markdown":      func(b *bytes.Buffer) error { return render.WriteMarkdown(b, doc) },
		"text":          func(b *bytes.Buffer) error { return render.WriteText(b, doc, render.TextOptions{Width: 20}) },
		"json":          func(b *bytes.Buffer) error { return policy.Encode(b, p) },
	}
	names, exts := map[string]bool{}, map[string]bool{}
	var order []string
	for _, f := range render.Formats() {
		order = append(order, f.Name)
		if names[f.Name] || exts[f.Ext] {
			t.Errorf("%s: name or extension %q used twice", f.Name, f.Ext)
		}
		names[f.Name], exts[f.Ext] = true, true
		if !strings.HasPrefix(f.Ext, ".") {
			t.Errorf("%s: extension %q does not start with a dot", f.Name, f.Ext)
		}
		if _, _, err := mime.ParseMediaType(f.MediaType); err != nil {
			t.Errorf("%s: media type %q: %v", f.Name, f.MediaType, err)
		}
		in := render.Input{Policy: p, Width: 20}
		if f.Localized {
			in.Document = doc
		}
		var got, want bytes.Buffer
		if err := f.Write(&got, in); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		write, ok := direct[f.Name]
		if !ok {
			t.Errorf("format %q has no case in this test", f.Name)
			continue
		}
		if err := write(&want); err != nil {
			t.Fatal(err)
		}
		if got.Len() == 0 || !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: Write gave %d bytes that differ from the writer's %d", f.Name, got.Len(), want.Len())
		}
	}
	if got, want := strings.Join(order, " "), "html html-fragment markdown text json"; got != want {
		t.Errorf("Formats() order = %s, want %s", got, want)
	}
	// Each call gives a fresh slice.
	fs := render.Formats()
	fs[0].Name = "changed"
	if render.Formats()[0].Name != "html" {
		t.Error("changing the slice Formats returned changed the registry")
	}
}

func TestLookupFormat(t *testing.T) {
	tests := []struct{ in, want string }{
		{"html", "html"}, {".html", "html"},
		{"html-fragment", "html-fragment"}, {"fragment.html", "html-fragment"}, {".fragment.html", "html-fragment"},
		{"markdown", "markdown"}, {"md", "markdown"}, {".md", "markdown"},
		{"text", "text"}, {"txt", "text"},
		{"json", "json"}, {".json", "json"},
		{"pdf", ""}, {"", ""}, {".", ""}, {"HTML", ""},
	}
	for _, tt := range tests {
		f, ok := render.LookupFormat(tt.in)
		if ok != (tt.want != "") || f.Name != tt.want {
			t.Errorf("LookupFormat(%q) = %q, %v; want %q", tt.in, f.Name, ok, tt.want)
		}
	}
}

func ExampleFormats() {
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Effective:  policy.MakeDate(2025, time.March, 1),
	}
	doc, err := render.Compose(p, render.Options{})
	if err != nil {
		panic(err)
	}
	for _, f := range render.Formats() {
		in := render.Input{Policy: p}
		if f.Localized {
			in.Document = doc
		}
		var b bytes.Buffer
		if err := f.Write(&b, in); err != nil {
			panic(err)
		}
		name := "privacy" + f.Ext
		if f.Localized {
			name = "privacy." + doc.Language.String() + f.Ext
		}
		first, _, _ := strings.Cut(b.String(), "\n")
		fmt.Printf("%-24s %-31s %s\n", name, f.MediaType, first)
	}
	// Output:
	// privacy.en.html          text/html; charset=utf-8        <!DOCTYPE html>
	// privacy.en.fragment.html text/html; charset=utf-8        <article class="privacy-policy" lang="en">
	// privacy.en.md            text/markdown; charset=utf-8    # Privacy Policy
	// privacy.en.txt           text/plain; charset=utf-8       Privacy Policy
	// privacy.json             application/json; charset=utf-8 {
}
