package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gopolicy/policy/examples/shop/privacy"
	"github.com/gopolicy/policy/generate"
	"github.com/gopolicy/policy/policytest"
	"golang.org/x/text/language"
)

// goGenerateLine returns the arguments of the go:generate line in main.go.
func goGenerateLine(t *testing.T) []string {
	t.Helper()
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(src), "\n") {
		if rest, ok := strings.CutPrefix(line, "//go:generate "); ok {
			return strings.Fields(rest)
		}
	}
	t.Fatal("main.go has no go:generate line")
	return nil
}

// published is what the go:generate line in main.go publishes in web/.
var published = policytest.PublishOptions{
	Languages: []language.Tag{language.English},
	Formats:   []string{"text", "html", "json"},
}

// TestGenerated fails when the published files in web/ are not exactly
// what the policy renders now, or web/ holds one the generator no longer
// writes (run go generate ./examples/shop after changing the policy).
func TestGenerated(t *testing.T) {
	policytest.CheckPublished(t, "web", privacy.Policy, published)
}

// TestGenerateLine keeps published in step with the go:generate line.
func TestGenerateLine(t *testing.T) {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	out := fs.String("out", ".", "")
	langs := fs.String("lang", "", "")
	formats := fs.String("formats", "", "")
	line := goGenerateLine(t)
	i := slices.Index(line, "render")
	if i < 0 {
		t.Fatalf("the go:generate line %q runs no render command", line)
	}
	if err := fs.Parse(line[i+1:]); err != nil {
		t.Fatal(err)
	}
	var wantLangs []string
	for _, tag := range published.Languages {
		wantLangs = append(wantLangs, tag.String())
	}
	if *out != "web" || *langs != strings.Join(wantLangs, ",") || *formats != strings.Join(published.Formats, ",") {
		t.Errorf("the go:generate line publishes -out %s -lang %s -formats %s; TestGenerated checks web, %s and %s",
			*out, *langs, *formats, wantLangs, published.Formats)
	}
}

// TestCheckFailsOnEdit edits a copy of a published file by hand and shows
// that check mode fails and names it.
func TestCheckFailsOnEdit(t *testing.T) {
	line := goGenerateLine(t)
	i := 0
	for i < len(line) && line[i] != "render" {
		i++
	}
	flags := line[i+1:] // the generator's flags, as go generate passes them
	dir := t.TempDir()
	for j := range flags {
		if flags[j] == "-out" {
			flags[j+1] = dir
		}
	}
	var stdout, stderr bytes.Buffer
	if code := generate.Run(privacy.Policy, nil, append([]string{"render"}, flags...), &stdout, &stderr); code != generate.ExitOK {
		t.Fatalf("render: %d %s", code, stderr.String())
	}
	if code := generate.Run(privacy.Policy, nil, append([]string{"check"}, flags...), &stdout, &stderr); code != generate.ExitOK {
		t.Fatalf("check right after render: %d %s%s", code, stdout.String(), stderr.String())
	}
	edited := filepath.Join(dir, "privacy.en.txt")
	b, _ := os.ReadFile(edited)
	if err := os.WriteFile(edited, bytes.Replace(b, []byte("6 years"), []byte("1 year"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	if code := generate.Run(privacy.Policy, nil, append([]string{"check"}, flags...), &stdout, &stderr); code != generate.ExitFailed {
		t.Fatalf("check after a hand edit = %d, want %d", code, generate.ExitFailed)
	}
	if want := edited + ": differs from the policy; run go generate\n"; stdout.String() != want {
		t.Errorf("check reported %q, want %q", stdout.String(), want)
	}

	// CheckPublished, as TestGenerated runs it, fails on the same edit and
	// shows the line; it compares under go test -update too, which would
	// otherwise have it rewrite the file.
	defer func(v bool) { *update = v }(*update)
	*update = false
	ft := &fakeT{}
	policytest.CheckPublished(ft, dir, privacy.Policy, published)
	if len(ft.errors) != 1 || !strings.HasPrefix(ft.errors[0], edited+": differs from the policy") ||
		!strings.Contains(ft.errors[0], "6 years") || !strings.Contains(ft.errors[0], "1 year") {
		t.Errorf("CheckPublished reported %q, want one failure for %s with the changed line", ft.errors, edited)
	}
}
