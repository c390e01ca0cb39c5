package generate_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/generate"
	"github.com/gopolicy/policy/internal/gen"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
)

func run(p *policy.Policy, args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := generate.Run(p, nil, args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestRender(t *testing.T) {
	dir := t.TempDir()
	p := gen.Policy(10)
	if code, _, errs := run(p, "render", "-out", dir); code != generate.ExitOK {
		t.Fatalf("render = %d: %s", code, errs)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"privacy.en.fragment.html", "privacy.en.html", "privacy.en.md", "privacy.en.txt", "privacy.json"}
	if !slices.Equal(names, want) {
		t.Errorf("files = %v, want %v", names, want)
	}
	// The JSON written decodes to the same policy.
	b, _ := os.ReadFile(filepath.Join(dir, "privacy.json"))
	if _, err := policy.Decode(bytes.NewReader(b)); err != nil {
		t.Errorf("privacy.json: %v", err)
	}
	if code, out, _ := run(p, "check", "-out", dir); code != generate.ExitOK || out != "" {
		t.Errorf("check = %d %q", code, out)
	}
	os.Remove(filepath.Join(dir, "privacy.en.md"))
	if code, out, _ := run(p, "render", "-check", "-out", dir); code != generate.ExitFailed || !strings.Contains(out, "privacy.en.md: missing") {
		t.Errorf("check with a file missing = %d %q", code, out)
	}
}

func TestRunErrors(t *testing.T) {
	valid := gen.Policy(10)
	invalid := gen.Policy(10)
	invalid.Purposes[0].Bases = nil
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"categories": [{"id": "a", "sensitivity": "secret"}]}`), 0o644)
	tests := []struct {
		name   string
		p      *policy.Policy
		args   []string
		code   int
		stderr string
	}{
		{"no command", valid, nil, generate.ExitUsage, "usage"},
		{"unknown command", valid, []string{"publish"}, generate.ExitUsage, `unknown command "publish"`},
		{"unknown flag", valid, []string{"render", "-colour"}, generate.ExitUsage, "flag provided but not defined"},
		{"bad language", valid, []string{"render", "-lang", "en,!!"}, generate.ExitUsage, "-lang"},
		{"bad format", valid, []string{"render", "-formats", "pdf"}, generate.ExitUsage, `unknown format "pdf": want html, html-fragment, markdown, text, json`},
		{"extra args", valid, []string{"render", "x"}, generate.ExitUsage, "unexpected arguments"},
		{"invalid policy", invalid, []string{"render", "-out", t.TempDir()}, generate.ExitFailed, "basis.missing"},
		{"untranslated", valid, []string{"render", "-out", t.TempDir(), "-lang", "ru"}, generate.ExitFailed, "no ru translation"},
		{"validate invalid", invalid, []string{"validate"}, generate.ExitFailed, ""},
		{"diff without old", valid, []string{"diff"}, generate.ExitUsage, "usage: diff"},
		{"diff missing file", valid, []string{"diff", "-old", "/nonexistent.json"}, generate.ExitIOError, "nonexistent.json"},
		{"diff bad json", valid, []string{"diff", "-old", bad}, generate.ExitIOError, "bad.json: policy json: categories[0].sensitivity: unknown sensitivity"},
		{"unwritable", valid, []string{"render", "-out", "/proc/forbidden"}, generate.ExitIOError, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := run(tt.p, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tt.code, tt.stderr)
			}
		})
	}
}

func TestDiffMode(t *testing.T) {
	dir := t.TempDir()
	old := gen.Policy(10)
	old.Version = "1"
	var buf bytes.Buffer
	policy.Encode(&buf, old)
	oldFile := filepath.Join(dir, "old.json")
	os.WriteFile(oldFile, buf.Bytes(), 0o644)

	same := gen.Policy(10)
	same.Version = "1"
	if code, out, _ := run(same, "diff", "-old", oldFile); code != generate.ExitOK || out != "no changes\n" {
		t.Errorf("diff with itself = %d %q", code, out)
	}
	editorial := gen.Policy(10)
	editorial.Version = "1"
	editorial.Categories[0].Name = "Renamed"
	if code, out, _ := run(editorial, "diff", "-old", oldFile); code != generate.ExitOK || !strings.HasPrefix(out, "editorial changed categories[category.c0]") {
		t.Errorf("editorial diff = %d %q", code, out)
	}
	material := gen.Policy(10)
	material.Version = "1"
	material.Categories[0].Retention = policy.Indefinitely()
	code, out, errs := run(material, "diff", "-old", oldFile, "-format", "json")
	if code != generate.ExitFailed || !strings.Contains(out, `"material": true`) || !strings.Contains(errs, "changes.unannounced") {
		t.Errorf("material diff = %d %q %q", code, out, errs)
	}
}

func ExampleRun() {
	dir, _ := os.MkdirTemp("", "privacy")
	defer os.RemoveAll(dir)
	p := gen.Policy(10)
	code := generate.Run(p, nil, []string{"render", "-out", dir, "-formats", "text,json"}, os.Stdout, os.Stderr)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name())
	}
	fmt.Println("exit", code)
	// Output:
	// privacy.en.txt
	// privacy.json
	// exit 0
}

// TestOutputsFormats shows that a format added to the list, localized or
// not, reaches the generated files with no other change, and that a
// format's write error names the file.
func TestOutputsFormats(t *testing.T) {
	p := gen.Policy(10)
	title := render.Format{
		Name: "title", Ext: ".title", MediaType: "text/plain; charset=utf-8", Localized: true,
		Write: func(w io.Writer, in render.Input) error {
			_, err := fmt.Fprintf(w, "%s (%s)\n", in.Document.Title, in.Document.Lang)
			return err
		},
	}
	ids := render.Format{
		Name: "ids", Ext: ".ids", MediaType: "text/plain; charset=utf-8",
		Write: func(w io.Writer, in render.Input) error {
			if in.Document != nil {
				return errors.New("a format that is not localized got a document")
			}
			_, err := fmt.Fprintln(w, strings.Join(policy.CategoryIDs(in.Policy.Categories), " "))
			return err
		},
	}
	files, err := generate.Outputs(p, nil, []language.Tag{language.English}, append(render.Formats(), title, ids), 80)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	want := []string{"privacy.en.fragment.html", "privacy.en.html", "privacy.en.md", "privacy.en.title", "privacy.en.txt", "privacy.ids", "privacy.json"}
	if !slices.Equal(names, want) {
		t.Errorf("files = %v, want %v", names, want)
	}
	if got := string(files["privacy.en.title"]); got != "Privacy Policy (en)\n" {
		t.Errorf("privacy.en.title = %q", got)
	}
	if got, want := string(files["privacy.ids"]), strings.Join(policy.CategoryIDs(p.Categories), " ")+"\n"; got != want || len(want) < 10 {
		t.Errorf("privacy.ids = %q, want %q", got, want)
	}

	broken := render.Format{Name: "broken", Ext: ".broken", Localized: true,
		Write: func(io.Writer, render.Input) error { return errors.New("disk full") }}
	if _, err := generate.Outputs(p, nil, []language.Tag{language.English}, []render.Format{broken}, 80); err == nil || err.Error() != "privacy.en.broken: disk full" {
		t.Errorf("Outputs with a failing format: %v", err)
	}
	// Only formats that are not localized: no document is composed, so a
	// language without translations is no error.
	files, err = generate.Outputs(p, nil, []language.Tag{language.Russian}, []render.Format{ids}, 80)
	if err != nil || len(files) != 1 {
		t.Errorf("Outputs(ids) in Russian = %d files, %v", len(files), err)
	}
}

func TestFormatsFlag(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := run(gen.Policy(10), "render", "-out", dir, "-formats", "md, html-fragment,.json"); code != generate.ExitOK {
		t.Fatalf("render = %d: %s", code, errs)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"privacy.en.fragment.html", "privacy.en.md", "privacy.json"}; !slices.Equal(names, want) {
		t.Errorf("files = %v, want %v", names, want)
	}
}
