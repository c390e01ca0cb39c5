package policytest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/generate"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// russian translates the strings of testPolicy into Russian.
func russian(t *testing.T) catalog.Catalog {
	t.Helper()
	b := catalog.NewBuilder()
	for en, ru := range map[string]string{
		"Shop": "Магазин", "Email": "Электронная почта", "Card": "Карта",
		"Orders": "Заказы", "Newsletter": "Рассылка", "unsubscribe": "отписаться",
		"card security codes": "коды безопасности карт",
	} {
		if err := b.SetString(language.Russian, en, ru); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// russianPolicy is testPolicy written in Russian: the generator's default
// language is then Russian.
func russianPolicy() *policy.Policy {
	p := testPolicy()
	p.Language = language.Russian
	p.Controller.Name = "Магазин"
	return p
}

// generated says how a test publishes its files: with the generator's
// render command line (generate.Run), as a service does.
type generated struct {
	p     *policy.Policy // nil means testPolicy
	tr    bool           // with the Russian translations
	flags []string       // the render command's flags besides -out
}

// publish writes the files of g into a new directory and returns it.
func publish(t *testing.T, g generated) string {
	t.Helper()
	p := g.p
	if p == nil {
		p = testPolicy()
	}
	var tr catalog.Catalog
	if g.tr {
		tr = russian(t)
	}
	dir := t.TempDir()
	args := append([]string{"render", "-out", dir}, g.flags...)
	var stdout, stderr strings.Builder
	if code := generate.Run(p, tr, args, &stdout, &stderr); code != generate.ExitOK {
		t.Fatalf("generate %q: exit %d: %s", args, code, stderr.String())
	}
	return dir
}

func TestCheckPublished(t *testing.T) {
	defer func(v bool) { *update = v }(*update)
	*update = false // these tests compare, under go test -update too

	en, ru := language.English, language.Russian
	write := func(name, content string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	remove := func(name string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				t.Fatal(err)
			}
		}
	}
	tests := []struct {
		name  string
		gen   generated
		edit  func(t *testing.T, dir string) // after publishing
		p     *policy.Policy                 // checked; nil means testPolicy
		opts  PublishOptions                 // Translations is set where gen.tr is
		want  [][]string                     // substrings of each error; none means pass
		fatal bool
	}{
		{name: "all formats, default language", gen: generated{}},
		{name: "languages given", gen: generated{flags: []string{"-lang", "en"}}, opts: PublishOptions{Languages: []language.Tag{en}}},
		{name: "two languages", gen: generated{tr: true, flags: []string{"-lang", "en,ru"}},
			opts: PublishOptions{Languages: []language.Tag{en, ru}}},
		{name: "policy's own language", gen: generated{p: russianPolicy()}, p: russianPolicy()},
		{name: "formats by name", gen: generated{flags: []string{"-formats", "text,json"}},
			opts: PublishOptions{Formats: []string{"text", "json"}}},
		{name: "formats by extension", gen: generated{flags: []string{"-formats", "markdown,html-fragment"}},
			opts: PublishOptions{Formats: []string{"md", ".fragment.html"}}},
		{name: "width", gen: generated{flags: []string{"-width", "40"}}, opts: PublishOptions{Width: 40}},
		{name: "no wrapping", gen: generated{flags: []string{"-width", "-1"}}, opts: PublishOptions{Width: -1}},
		{name: "other files are not the generator's", gen: generated{},
			edit: func(t *testing.T, dir string) {
				write("index.html", "<p>home</p>")(t, dir)
				write("privacy", "no extension")(t, dir)
				if err := os.Mkdir(filepath.Join(dir, "privacy.d"), 0o755); err != nil {
					t.Fatal(err)
				}
			}},

		{name: "missing", gen: generated{}, edit: remove("privacy.en.md"),
			want: [][]string{{"privacy.en.md: missing; run the generator (go generate) to update it"}}},
		{name: "changed", gen: generated{},
			edit: func(t *testing.T, dir string) {
				path := filepath.Join(dir, "privacy.en.txt")
				b, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				write("privacy.en.txt", strings.Replace(string(b), "Newsletter", "Weekly letter", 1))(t, dir)
			},
			want: [][]string{{"privacy.en.txt: differs from the policy; run the generator (go generate) to update it\nline ",
				" (-want +got):\n- ", "Newsletter", "\n+ ", "Weekly letter"}}},
		{name: "published at another width", gen: generated{flags: []string{"-width", "40"}},
			want: [][]string{{"privacy.en.txt: differs from the policy", "line "}}},
		{name: "extra language", gen: generated{flags: []string{"-lang", "en"}}, edit: write("privacy.de.txt", "Datenschutz"),
			want: [][]string{{"privacy.de.txt: not a file the generator writes for languages en and formats (all); remove it, or publish that language or format"}}},
		{name: "language no longer published", gen: generated{tr: true, flags: []string{"-lang", "en,ru", "-formats", "text,md"}},
			opts: PublishOptions{Formats: []string{"text", "md"}},
			want: [][]string{
				{"privacy.ru.md: not a file the generator writes for languages en and formats text,md"},
				{"privacy.ru.txt: not a file"},
			}},
		{name: "format added", gen: generated{flags: []string{"-formats", "text"}},
			want: [][]string{
				{"privacy.en.fragment.html: missing"}, {"privacy.en.html: missing"}, {"privacy.en.md: missing"}, {"privacy.json: missing"},
			}},
		{name: "missing, changed and extra, in order", gen: generated{flags: []string{"-formats", "text,json"}},
			opts: PublishOptions{Formats: []string{"json", "text"}},
			edit: func(t *testing.T, dir string) {
				remove("privacy.json")(t, dir)
				write("privacy.en.txt", "")(t, dir)
				write("privacy.en.html", "<p>old</p>\n")(t, dir)
			},
			want: [][]string{
				{"privacy.en.txt: differs", "line 1 (-want +got):\n- ", "\n+ (end of file)"},
				{"privacy.json: missing"},
				{"privacy.en.html: not a file the generator writes for languages en and formats json,text"},
			}},
		{name: "policy changed", gen: generated{}, p: func() *policy.Policy {
			p := testPolicy()
			p.Effective = policy.MakeDate(2026, time.January, 1)
			return p
		}(), want: [][]string{
			{"privacy.en.fragment.html: differs"}, {"privacy.en.html: differs"}, {"privacy.en.md: differs"},
			{"privacy.en.txt: differs"}, {"privacy.json: differs", `- "  \"effective\": \"2026-01-01\",\n"`, `+ "  \"effective\": \"2025-01-01\",\n"`},
		}},

		{name: "unknown format", gen: generated{}, opts: PublishOptions{Formats: []string{"text", "pdf"}}, fatal: true,
			want: [][]string{{`CheckPublished: unknown format "pdf" in PublishOptions.Formats`}}},
		{name: "missing translation", gen: generated{}, opts: PublishOptions{Languages: []language.Tag{en, ru}}, fatal: true,
			want: [][]string{{"CheckPublished: ru: ", "i18n.translation.missing"}}},
		{name: "invalid policy", gen: generated{}, p: func() *policy.Policy {
			p := testPolicy()
			p.Purposes[0].Bases = nil
			return p
		}(), fatal: true, want: [][]string{{"CheckPublished: the policy has errors, so the generator writes nothing:\n", "purposes[orders]"}}},
		{name: "no directory", gen: generated{}, edit: func(t *testing.T, dir string) {
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
		}, fatal: true, want: [][]string{{"CheckPublished: reading the published files: ", "run the generator"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := publish(t, tt.gen)
			if tt.edit != nil {
				tt.edit(t, dir)
			}
			p := tt.p
			if p == nil {
				p = testPolicy()
			}
			opts := tt.opts
			if tt.gen.tr {
				opts.Translations = russian(t)
			}
			f := &fakeT{}
			CheckPublished(f, dir, p, opts)
			if f.fatal != tt.fatal {
				t.Errorf("fatal = %v, want %v", f.fatal, tt.fatal)
			}
			if len(f.errors) != len(tt.want) {
				t.Fatalf("got %d failures, want %d:\n%s", len(f.errors), len(tt.want), strings.Join(f.errors, "\n"))
			}
			for i, subs := range tt.want {
				for _, sub := range subs {
					if !strings.Contains(f.errors[i], sub) {
						t.Errorf("failure %d:\n%s\ndoes not contain %q", i, f.errors[i], sub)
					}
				}
				if strings.HasPrefix(subs[0], "privacy.") && !strings.HasPrefix(f.errors[i], filepath.Join(dir, subs[0][:strings.Index(subs[0], ":")])) {
					t.Errorf("failure %d does not begin with the file's path in %s: %s", i, dir, f.errors[i])
				}
			}
		})
	}
}

// TestCheckPublishedUpdate checks that under -update CheckPublished
// writes the files, as the generator does, and still reports extra ones.
func TestCheckPublishedUpdate(t *testing.T) {
	defer func(v bool) { *update = v }(*update)
	*update = true

	want := publish(t, generated{flags: []string{"-lang", "en,ru", "-formats", "text,html"}, tr: true})
	dir := filepath.Join(t.TempDir(), "web")
	f := &fakeT{}
	opts := PublishOptions{Languages: []language.Tag{language.English, language.Russian}, Formats: []string{"text", "html"}, Translations: russian(t)}
	CheckPublished(f, dir, testPolicy(), opts)
	if len(f.errors) != 0 {
		t.Errorf("update into a new directory: failures %q", f.errors)
	}
	if diff := cmp.Diff(readDir(t, want), readDir(t, dir)); diff != "" {
		t.Errorf("files written (-generator +CheckPublished):\n%s", diff)
	}

	if err := os.WriteFile(filepath.Join(dir, "privacy.de.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "privacy.ru.txt"), []byte("edited"), 0o644); err != nil {
		t.Fatal(err)
	}
	f = &fakeT{}
	CheckPublished(f, dir, testPolicy(), opts)
	if len(f.errors) != 1 || !strings.Contains(f.errors[0], "privacy.de.txt: not a file the generator writes") {
		t.Errorf("update with an extra file: failures %q", f.errors)
	}
	if diff := cmp.Diff(readDir(t, want), readDir(t, dir)); !strings.Contains(diff, "privacy.de.txt") || strings.Contains(diff, "privacy.ru.txt") {
		t.Errorf("update did not rewrite the edited file or removed the extra one (-generator +CheckPublished):\n%s", diff)
	}
}

// readDir returns the files of dir by name.
func readDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(b)
	}
	return out
}

func TestFirstDifference(t *testing.T) {
	long := func(c string, n int) string { return strings.Repeat(c, n) }
	tests := []struct {
		name, want, have string
		diff             string
	}{
		{"changed line", "a\nb\nc\n", "a\nB\nc\n", "line 2 (-want +got):\n- \"b\\n\"\n+ \"B\\n\""},
		{"first line", "a\n", "b\n", "line 1 (-want +got):\n- \"a\\n\"\n+ \"b\\n\""},
		{"shorter", "a\nb\n", "a\n", "line 2 (-want +got):\n- \"b\\n\"\n+ (end of file)"},
		{"longer", "a\n", "a\nb\n", "line 2 (-want +got):\n- (end of file)\n+ \"b\\n\""},
		{"empty", "a\n", "", "line 1 (-want +got):\n- \"a\\n\"\n+ (end of file)"},
		{"no final newline", "a\n", "a", "line 1 (-want +got):\n- \"a\\n\"\n+ \"a\""},
		{"carriage return", "a\nb\n", "a\r\nb\r\n", "line 1 (-want +got):\n- \"a\\n\"\n+ \"a\\r\\n\""},
		{"non-ASCII", "данные\n", "даные\n", "line 1 (-want +got):\n- \"данные\\n\"\n+ \"даные\\n\""},
		{"long line cut on both sides",
			long("x", 100) + "1" + long("y", 100) + "\n", long("x", 100) + "2" + long("y", 100) + "\n",
			"line 1 (-want +got):\n- …\"" + long("x", 40) + "1" + long("y", 39) + "\"…\n+ …\"" + long("x", 40) + "2" + long("y", 39) + "\"…"},
		{"long line cut at the end", "1" + long("y", 100), "2" + long("y", 100),
			"line 1 (-want +got):\n- \"1" + long("y", 39) + "\"…\n+ \"2" + long("y", 39) + "\"…"},
		{"long line cut at the start", long("x", 100) + "1", long("x", 100) + "2",
			"line 1 (-want +got):\n- …\"" + long("x", 40) + "1\"\n+ …\"" + long("x", 40) + "2\""},
		// Cuts fall on rune boundaries.
		{"long non-ASCII line", "ж" + long("д", 50) + "а" + long("д", 50), "ж" + long("д", 50) + "б" + long("д", 50),
			"line 1 (-want +got):\n- …\"" + long("д", 20) + "а" + long("д", 19) + "\"…\n+ …\"" + long("д", 20) + "б" + long("д", 19) + "\"…"},
		{"three-byte runes, a difference inside a rune", long("€", 30) + "é" + long("€", 30), long("€", 30) + "è" + long("€", 30),
			"line 1 (-want +got):\n- …\"" + long("€", 13) + "é" + long("€", 12) + "\"…\n+ …\"" + long("€", 13) + "è" + long("€", 12) + "\"…"},
		{"difference inside a rune", "я", "ё", "line 1 (-want +got):\n- \"я\"\n+ \"ё\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := firstDifference([]byte(tt.want), []byte(tt.have)); got != tt.diff {
				t.Errorf("firstDifference:\n%s\nwant\n%s", got, tt.diff)
			}
		})
	}
}
