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
			_, err := fmt.Fprintf(w, "%s (%s)\n", in.Document.Title, in.Document.Language)
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

// TestCommandLine covers the flags and arguments of every command, and
// that a command refused for its usage writes nothing.
func TestCommandLine(t *testing.T) {
	p := gen.Policy(10)
	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr string // substrings
		files          []string
	}{
		{"validate", []string{"validate"}, generate.ExitOK, "", "", nil},
		{"validate unknown flag", []string{"validate", "-strict"}, generate.ExitUsage, "", "flag provided but not defined: -strict", nil},
		{"validate extra argument", []string{"validate", "policy.json"}, generate.ExitUsage, "", `validate: unexpected arguments ["policy.json"]`, nil},
		{"validate help", []string{"validate", "-h"}, generate.ExitOK, "usage: validate", "", nil},
		{"render help", []string{"render", "-h"}, generate.ExitOK, "-formats", "", nil},
		{"check help", []string{"check", "-help"}, generate.ExitOK, "usage: check", "", nil},
		{"diff help", []string{"diff", "-h"}, generate.ExitOK, "-old", "", nil},
		{"help", []string{"-h"}, generate.ExitOK, "usage: COMMAND", "", nil},
		{"check=false", []string{"check", "-check=false"}, generate.ExitUsage, "", "check: -check=false would write files; use render", nil},
		{"check=true", []string{"check", "-check=true"}, generate.ExitFailed, "privacy.json: missing", "", nil},
		{"language without wording", []string{"render", "-lang", "de"}, generate.ExitUsage, "", "-lang: de: the library has no wording in this language (it would write en)", nil},
		{"language without wording among others", []string{"render", "-lang", "en,ja"}, generate.ExitUsage, "", "-lang: ja: the library has no wording", nil},
		{"two tags, one language", []string{"render", "-lang", "en,en-GB"}, generate.ExitUsage, "", "-lang: en and en-GB both write privacy.en.*", nil},
		{"regional tag", []string{"render", "-lang", "en-GB", "-formats", "text"}, generate.ExitOK, "", "", []string{"privacy.en.txt"}},
		{"american english", []string{"render", "-lang", "en,en-US", "-formats", "text"}, generate.ExitOK, "", "", []string{"privacy.en-US.txt", "privacy.en.txt"}},
		{"render", []string{"render", "-formats", "json"}, generate.ExitOK, "", "", []string{"privacy.json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			args := tt.args
			if args[0] == "render" || args[0] == "check" {
				args = append(slices.Clone(args), "-out", dir)
			}
			code, out, errs := run(p, args...)
			if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, %q, %q", code, out, errs, tt.code, tt.stdout, tt.stderr)
			}
			entries, _ := os.ReadDir(dir)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if !slices.Equal(names, tt.files) {
				t.Errorf("files written: %v, want %v", names, tt.files)
			}
		})
	}
}

// TestCheckUnexpected shows that check fails on privacy.* files that the
// policy no longer produces, and that render names them.
func TestCheckUnexpected(t *testing.T) {
	p := gen.Policy(10)
	tests := []struct {
		name  string
		files []string // left in the directory
	}{
		{"a language dropped", []string{"privacy.de.txt"}},
		{"another language dropped", []string{"privacy.ru.html", "privacy.ru.md"}},
		{"a format dropped", []string{"privacy.en.pdf"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if code, _, errs := run(p, "render", "-out", dir); code != generate.ExitOK || errs != "" {
				t.Fatalf("render = %d %q", code, errs)
			}
			if code, out, _ := run(p, "check", "-out", dir); code != generate.ExitOK || out != "" {
				t.Fatalf("check of a current directory = %d %q", code, out)
			}
			for _, name := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte("stale\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			// Other files are not the generator's.
			if err := os.WriteFile(filepath.Join(dir, "index.html"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
			var want strings.Builder
			for _, name := range tt.files {
				fmt.Fprintf(&want, "%s: unexpected: not produced from the policy (a language or format no longer published?); remove it\n", filepath.Join(dir, name))
			}
			if code, out, _ := run(p, "check", "-out", dir); code != generate.ExitFailed || out != want.String() {
				t.Errorf("check = %d %q, want 1 %q", code, out, want.String())
			}
			code, _, errs := run(p, "render", "-out", dir)
			if code != generate.ExitOK {
				t.Errorf("render = %d", code)
			}
			for _, name := range tt.files {
				if !strings.Contains(errs, filepath.Join(dir, name)+": not produced from the policy any more; left in place, remove it") {
					t.Errorf("render does not name %s: %q", name, errs)
				}
			}
		})
	}
}

// TestCheckStates covers each state check reports for an expected file.
func TestCheckStates(t *testing.T) {
	p := gen.Policy(10)
	dir := t.TempDir()
	if code, _, errs := run(p, "render", "-out", dir, "-formats", "text,json"); code != generate.ExitOK {
		t.Fatalf("render = %d %q", code, errs)
	}
	os.Remove(filepath.Join(dir, "privacy.json"))
	txt := filepath.Join(dir, "privacy.en.txt")
	b, _ := os.ReadFile(txt)
	os.WriteFile(txt, b[:len(b)/2], 0o644)
	want := filepath.Join(dir, "privacy.en.txt") + ": differs from the policy; run go generate\n" +
		filepath.Join(dir, "privacy.json") + ": missing\n"
	if code, out, _ := run(p, "check", "-out", dir, "-formats", "text,json"); code != generate.ExitFailed || out != want {
		t.Errorf("check = %d %q, want 1 %q", code, out, want)
	}
	// A link to a file with the right contents is reported all the same,
	// and render refuses to write through it.
	good := filepath.Join(t.TempDir(), "good.txt")
	os.WriteFile(good, b, 0o644)
	os.Remove(txt)
	if err := os.Symlink(good, txt); err != nil {
		t.Skip(err)
	}
	if code, out, _ := run(p, "check", "-out", dir, "-formats", "text"); code != generate.ExitFailed || !strings.Contains(out, txt+": not a regular file") {
		t.Errorf("check with a link = %d %q", code, out)
	}
	if code, _, errs := run(p, "render", "-out", dir, "-formats", "text"); code != generate.ExitIOError || !strings.Contains(errs, txt+" is a symbolic link") {
		t.Errorf("render over a link = %d %q", code, errs)
	}
}
