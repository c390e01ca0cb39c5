package generate_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gopolicy/policy/generate"
	"github.com/gopolicy/policy/internal/gen"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
)

// TestPicture: render -picture writes the label and the diagram into the
// HTML page of each language, translated with the -translations files,
// as render.ComposePicture and render.WriteHTML write them.
func TestPicture(t *testing.T) {
	p := gen.Policy(4)
	dir := t.TempDir()
	file := filepath.Join(dir, "messages.ru.json")
	if code, _, errs := run(p, "extract", "-lang", "ru", "-out", file); code != generate.ExitOK {
		t.Fatalf("extract = %d: %s", code, errs)
	}
	m := readMessages(t, file)
	for i := range m.Messages {
		m.Messages[i].Translation = "RU " + m.Messages[i].Message
	}
	writeMessages(t, file, m)
	tr, err := render.TranslationCatalog(m)
	if err != nil {
		t.Fatal(err)
	}

	web := filepath.Join(dir, "web")
	if code, _, errs := run(p, "render", "-out", web, "-lang", "en,ru", "-formats", "html,markdown", "-picture", "-translations", file); code != generate.ExitOK {
		t.Fatalf("render -picture = %d: %s", code, errs)
	}
	for _, tag := range []language.Tag{language.English, language.Russian} {
		opts := render.Options{Language: tag, Translations: tr}
		doc, err := render.Compose(p, opts)
		if err != nil {
			t.Fatal(err)
		}
		pic, err := render.ComposePicture(p, opts)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := render.WriteHTML(&want, doc, render.HTMLOptions{Picture: pic}); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(web, "privacy."+tag.String()+".html"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("privacy.%s.html differs from the page with the picture", tag)
		}
		if !strings.Contains(string(got), "<svg") || (tag == language.Russian && !strings.Contains(string(got), "RU ")) {
			t.Errorf("privacy.%s.html lacks the diagram or its translation", tag)
		}
	}
	// Other formats are written as without -picture.
	md, err := os.ReadFile(filepath.Join(web, "privacy.en.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := render.Compose(p, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := render.WriteMarkdown(&want, doc); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(md, want.Bytes()) {
		t.Error("-picture changed the Markdown")
	}
	// check finds the pages stale without -picture.
	code, out, _ := run(p, "check", "-out", web, "-lang", "en,ru", "-formats", "html,markdown", "-translations", file)
	if code != generate.ExitFailed || strings.Count(out, "differs from the policy") != 2 {
		t.Errorf("check without -picture = %d:\n%s", code, out)
	}
}
