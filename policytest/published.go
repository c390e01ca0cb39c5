package policytest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/generate"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// PublishOptions says which files [CheckPublished] expects, as the flags
// of the generator's render command do (see package generate).
type PublishOptions struct {
	// Languages are the languages published, as -lang. Empty means the
	// policy's own language, or English where it states none.
	Languages []language.Tag
	// Translations translates the policy's own strings into the languages
	// other than its own, as the catalog given to generate.Main does. It
	// may be nil.
	Translations catalog.Catalog
	// Formats names the formats published, each by name or extension as
	// -formats does ("text", "html", "md"). Empty means every format of
	// render.Formats.
	Formats []string
	// Width is the column at which plain text wraps, as -width: 0 means
	// 80 and a negative value turns wrapping off.
	Width int
}

// publishedPrefix begins the name of every file the generator writes.
const publishedPrefix = "privacy."

// CheckPublished fails t unless the files in dir are the policy p as the
// generator publishes it now: every file that generate's render command
// writes for the languages and formats of opts (named as it names them:
// privacy.LANG.EXT for each language and localised format, privacy.json)
// must be in dir with exactly the bytes it would write, and dir must hold
// no other file whose name begins with "privacy.". It reports each
// missing, changed or extra file as one error; for a changed file the
// error shows the first line that differs. A policy with errors fails
// too, since the generator writes nothing for it.
//
// Like [Golden], CheckPublished writes the files it expects instead of
// comparing when the test binary's boolean -update flag is set; it
// removes no file, so an extra one still fails the test.
func CheckPublished(t testing.TB, dir string, p *policy.Policy, opts PublishOptions) {
	t.Helper()
	files, err := expectedFiles(p, opts)
	if err != nil {
		t.Fatalf("CheckPublished: %v", err)
		return
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	if updating() {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatalf("CheckPublished: %v", err)
			return
		}
		for _, name := range names {
			if err := os.WriteFile(filepath.Join(dir, name), files[name], 0o644); err != nil {
				t.Fatalf("CheckPublished: %v", err)
				return
			}
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("CheckPublished: reading the published files: %v (run the generator, such as go generate, to write them)", err)
		return
	}
	const hint = "run the generator (go generate) to update it"
	for _, name := range names {
		path := filepath.Join(dir, name)
		have, err := os.ReadFile(path)
		switch {
		case errors.Is(err, os.ErrNotExist):
			t.Errorf("%s: missing; %s", path, hint)
		case err != nil:
			t.Errorf("%s: %v", path, err)
		case !bytes.Equal(have, files[name]):
			t.Errorf("%s: differs from the policy; %s\n%s", path, hint, firstDifference(files[name], have))
		}
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, publishedPrefix) || files[name] != nil {
			continue
		}
		t.Errorf("%s: not a file the generator writes for languages %s and formats %s; remove it, or publish that language or format",
			filepath.Join(dir, name), langList(opts, p), formatList(opts))
	}
}

// expectedFiles returns the files the generator writes for p with opts.
func expectedFiles(p *policy.Policy, opts PublishOptions) (map[string][]byte, error) {
	var formats []render.Format
	for _, name := range opts.Formats {
		f, ok := render.LookupFormat(name)
		if !ok {
			return nil, fmt.Errorf("unknown format %q in PublishOptions.Formats", name)
		}
		formats = append(formats, f)
	}
	if err := p.Validate().Err(); err != nil {
		return nil, fmt.Errorf("the policy has errors, so the generator writes nothing:\n%v", err)
	}
	return generate.Outputs(p, opts.Translations, languages(opts, p), formats, opts.Width)
}

// languages returns the languages of opts, or the generator's default
// for p: its own language, else English.
func languages(opts PublishOptions, p *policy.Policy) []language.Tag {
	if len(opts.Languages) > 0 {
		return opts.Languages
	}
	if p.Language != language.Und {
		return []language.Tag{p.Language}
	}
	return []language.Tag{language.English}
}

func langList(opts PublishOptions, p *policy.Policy) string {
	var s []string
	for _, tag := range languages(opts, p) {
		s = append(s, tag.String())
	}
	return strings.Join(s, ",")
}

func formatList(opts PublishOptions) string {
	if len(opts.Formats) == 0 {
		return "(all)"
	}
	return strings.Join(opts.Formats, ",")
}

// firstDifference describes the first line at which have differs from
// want, as "line N (-want +got):" followed by the two lines, quoted; a
// long line is cut to the part around its first difference.
func firstDifference(want, have []byte) string {
	wl, hl := bytes.SplitAfter(want, []byte("\n")), bytes.SplitAfter(have, []byte("\n"))
	i := 0
	for i < len(wl) && i < len(hl) && bytes.Equal(wl[i], hl[i]) {
		i++
	}
	line := func(lines [][]byte, other [][]byte) string {
		if i >= len(lines) || len(lines[i]) == 0 {
			return "(end of file)"
		}
		var o []byte
		if i < len(other) {
			o = other[i]
		}
		return excerpt(lines[i], commonPrefix(lines[i], o))
	}
	return fmt.Sprintf("line %d (-want +got):\n- %s\n+ %s", i+1, line(wl, hl), line(hl, wl))
}

// commonPrefix returns the length in bytes of the longest common prefix
// of a and b that ends on a rune boundary of a.
func commonPrefix(a, b []byte) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[n]) {
		n--
	}
	return n
}

// excerptContext is how many bytes excerpt keeps on each side of the
// first difference, about.
const excerptContext = 40

// excerpt quotes line, cut to about excerptContext bytes on either side
// of the byte offset at (which is on a rune boundary), marking each cut
// with "…".
func excerpt(line []byte, at int) string {
	start, end := 0, len(line)
	if at > excerptContext {
		start = at - excerptContext
		for start < at && !utf8.RuneStart(line[start]) {
			start++
		}
	}
	if end-at > excerptContext {
		end = at + excerptContext
		for end > at && end < len(line) && !utf8.RuneStart(line[end]) {
			end--
		}
	}
	s := strconv.Quote(string(line[start:end]))
	if start > 0 {
		s = "…" + s
	}
	if end < len(line) {
		s += "…"
	}
	return s
}
