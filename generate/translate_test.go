package generate_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/export"
	"github.com/gopolicy/policy/generate"
	"github.com/gopolicy/policy/internal/gen"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
)

// readMessages reads a translation file written by extract.
func readMessages(t *testing.T, name string) *render.MessageFile {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := render.ReadMessages(f)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func writeMessages(t *testing.T, name string, m *render.MessageFile) {
	t.Helper()
	var b bytes.Buffer
	if err := m.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestTranslationWorkflow extracts the strings of a policy, fills them in
// and publishes the policy in English and Russian, then changes the policy
// and extracts again.
func TestTranslationWorkflow(t *testing.T) {
	p := gen.Policy(10)
	dir := t.TempDir()
	file := filepath.Join(dir, "messages.ru.json")
	web := filepath.Join(dir, "web")

	// Without translations, render fails and says how to supply them.
	code, _, errs := run(p, "render", "-out", web, "-lang", "en,ru")
	if code != generate.ExitFailed || !strings.Contains(errs, "run extract -lang ru -out messages.ru.json, fill in each \"translation\"") {
		t.Errorf("render without translations = %d, %q", code, errs)
	}
	code, out, errs := run(p, "validate", "-lang", "en,ru")
	if code != generate.ExitFailed || !strings.Contains(out, render.RuleMissingTranslation.Error()) || !strings.Contains(errs, "run extract -lang ru") {
		t.Errorf("validate -lang en,ru without translations = %d, %q, %q", code, out, errs)
	}
	if n := strings.Count(out, "\n"); n != len(render.CheckTranslations(p, language.Russian, nil)) {
		t.Errorf("validate reported %d lines, want one per missing translation", n)
	}

	// extract to standard output and to a file give the same bytes.
	code, stdout, errs := run(p, "extract", "-lang", "ru")
	if code != generate.ExitOK {
		t.Fatalf("extract = %d: %s", code, errs)
	}
	if code, _, errs := run(p, "extract", "-lang", "ru", "-out", file); code != generate.ExitOK {
		t.Fatalf("extract -out = %d: %s", code, errs)
	}
	b, _ := os.ReadFile(file)
	if string(b) != stdout {
		t.Error("extract -out wrote other bytes than extract to standard output")
	}
	m := readMessages(t, file)
	want, err := render.Extract(p, language.Russian, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Messages, want.Messages) || len(m.Messages) == 0 {
		t.Errorf("extract wrote %d messages, want the %d of render.Extract", len(m.Messages), len(want.Messages))
	}
	if want := fmt.Sprintf("ru: %d strings, %[1]d to translate\n", len(m.Messages)); errs != want {
		t.Errorf("extract reported %q, want %q", errs, want)
	}

	// A file with translations left out is refused, naming them.
	code, _, errs = run(p, "render", "-out", web, "-lang", "en,ru", "-translations", file)
	if code != generate.ExitFailed || !strings.Contains(errs, "ru: message "+`"`+m.Messages[0].ID+`" has no translation`) {
		t.Errorf("render with an unfilled file = %d, %q", code, errs)
	}

	// Filled in (the controller's name kept as it is), it publishes both
	// languages, and check and validate accept it.
	for i, msg := range m.Messages {
		m.Messages[i].Translation = "ru " + msg.Message
		if msg.Position == "controller.name" {
			m.Messages[i].Translation = msg.Message
		}
	}
	writeMessages(t, file, m)
	if code, _, errs := run(p, "render", "-out", web, "-lang", "en,ru", "-translations", file); code != generate.ExitOK {
		t.Fatalf("render with translations = %d: %s", code, errs)
	}
	ru, err := os.ReadFile(filepath.Join(web, "privacy.ru.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ru), "ru "+p.Categories[0].Name) || !strings.Contains(string(ru), p.Controller.Name) {
		t.Errorf("privacy.ru.txt lacks the translated category name or the controller's name:\n%s", ru)
	}
	if code, out, errs := run(p, "check", "-out", web, "-lang", "en,ru", "-translations", file); code != generate.ExitOK {
		t.Errorf("check = %d: %s%s", code, out, errs)
	}
	if code, out, errs := run(p, "validate", "-lang", "en,ru", "-translations", file); code != generate.ExitOK || out != "" || errs != "" {
		t.Errorf("validate = %d: %q %q", code, out, errs)
	}

	// After a change, extracting again keeps the translations, adds the
	// new string and drops the old one.
	p.Categories[0].Name = "A renamed category"
	code, _, errs = run(p, "extract", "-lang", "ru", "-in", file, "-out", file)
	if code != generate.ExitOK || !strings.Contains(errs, "ru: ") || !strings.Contains(errs, ", 1 to translate; 1 no longer used, dropped") {
		t.Errorf("extract again = %d, %q", code, errs)
	}
	next := readMessages(t, file)
	if len(next.Messages) != len(m.Messages) {
		t.Errorf("%d messages after renaming one, want %d", len(next.Messages), len(m.Messages))
	}
	for _, msg := range next.Messages {
		if (msg.Translation == "") != (msg.ID == "A renamed category") {
			t.Errorf("after extracting again: %+v", msg)
		}
	}
	if code, out, _ := run(p, "check", "-out", web, "-lang", "en,ru", "-translations", file); code != generate.ExitFailed {
		t.Errorf("check after the change with an unfilled string = %d %q", code, out)
	}
}

func TestExtractErrors(t *testing.T) {
	p := gen.Policy(10)
	dir := t.TempDir()
	de := filepath.Join(dir, "de.json")
	os.WriteFile(de, []byte(`{"language": "de", "messages": []}`), 0o644)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"language": "ru", "messages": [], "extra": 1}`), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no language", []string{"extract"}, generate.ExitUsage, "-lang takes one language"},
		{"two languages", []string{"extract", "-lang", "ru,en"}, generate.ExitUsage, "-lang takes one language"},
		{"own language", []string{"extract", "-lang", "en-GB"}, generate.ExitUsage, "written in en and needs no translation"},
		{"no wording", []string{"extract", "-lang", "de"}, generate.ExitUsage, "no wording"},
		{"in missing", []string{"extract", "-lang", "ru", "-in", filepath.Join(dir, "none.json")}, generate.ExitIOError, "none.json"},
		{"in other language", []string{"extract", "-lang", "ru", "-in", de}, generate.ExitUsage, "the earlier file is in de, not ru"},
		{"in malformed", []string{"extract", "-lang", "ru", "-in", bad}, generate.ExitIOError, `bad.json: json: at /extra: unknown field`},
		{"extract help", []string{"extract", "-h"}, generate.ExitOK, ""},
		{"render translations missing", []string{"render", "-out", dir, "-translations", filepath.Join(dir, "none.json")}, generate.ExitIOError, "none.json"},
		{"validate translations malformed", []string{"validate", "-translations", bad}, generate.ExitIOError, `json: at /extra: unknown field`},
		{"validate bad language", []string{"validate", "-lang", "ja"}, generate.ExitUsage, "-lang: ja"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := run(p, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d, %q", code, errs, tt.code, tt.stderr)
			}
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("a failed command wrote files: %d entries", len(entries))
	}
}

// termsPolicy states a category and a purpose with the terms of every
// vocabulary, so every export can be written.
func termsPolicy() *policy.Policy {
	email := &policy.Category{
		ID: "account.email", Name: "Email address", Items: []string{"email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Days(30)),
		Terms: policy.Terms{Fides: []string{"user.contact.email"}, DPV: []string{"dpv-pd:EmailAddress"},
			Apple: []string{"NSPrivacyCollectedDataTypeEmailAddress"}, Play: []string{"PSL_EMAIL"}},
	}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Effective:  policy.MakeDate(2025, time.March, 1),
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{
			ID: "account", Name: "Running your account", Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.BasisContract},
			Terms: policy.Terms{Fides: []string{"essential.service"}, DPV: []string{"dpv:ServiceProvision"},
				Apple: []string{"NSPrivacyCollectedDataTypePurposeAppFunctionality"}, Play: []string{"PSL_APP_FUNCTIONALITY"}},
		}},
	}
}

// TestExportFormats publishes the exports through -formats, by name and
// by extension, and checks them.
func TestExportFormats(t *testing.T) {
	p := termsPolicy()
	if fs := p.Validate(); fs.Err() != nil {
		t.Fatal(fs)
	}
	dir := t.TempDir()
	if code, _, errs := run(p, "render", "-out", dir, "-formats", "json,fides,.xcprivacy,play.csv,dpv"); code != generate.ExitOK {
		t.Fatalf("render exports = %d: %s", code, errs)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"privacy.dpv.jsonld", "privacy.fides.yml", "privacy.json", "privacy.play.csv", "privacy.xcprivacy"}; !slices.Equal(names, want) {
		t.Errorf("files = %v, want %v", names, want)
	}
	for _, f := range export.Formats() {
		var want bytes.Buffer
		if err := f.Write(&want, render.Input{Policy: p}); err != nil {
			t.Fatal(err)
		}
		got, _ := os.ReadFile(filepath.Join(dir, "privacy"+f.Ext))
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("privacy%s differs from export %s", f.Ext, f.Name)
		}
	}
	if code, out, errs := run(p, "check", "-out", dir, "-formats", "json,fides,xcprivacy,play,dpv"); code != generate.ExitOK {
		t.Errorf("check = %d: %s%s", code, out, errs)
	}
	// The default set has no exports: check calls them unexpected.
	if code, out, _ := run(p, "check", "-out", dir); code != generate.ExitFailed || !strings.Contains(out, "privacy.fides.yml: unexpected") {
		t.Errorf("check with the default formats = %d %q", code, out)
	}
	// A policy without terms cannot be exported, and nothing is written.
	empty := t.TempDir()
	if code, _, errs := run(gen.Policy(10), "render", "-out", empty, "-formats", "html,fides"); code != generate.ExitFailed || !strings.Contains(errs, "vocab") {
		t.Errorf("export without terms = %d, %q", code, errs)
	}
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("a failed export wrote %d files", len(entries))
	}
}
