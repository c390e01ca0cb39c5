package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gopolicy/policy/examples/shop/privacy"
	"github.com/gopolicy/policy/generate"
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

// TestGenerated runs the go:generate line in check mode: the published
// files in web/ must be exactly what the policy renders now.
func TestGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generator")
	}
	args := append(goGenerateLine(t), "-check")
	cmd := exec.Command(args[0], args[1:]...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s(run go generate ./examples/shop after changing the policy)", strings.Join(args, " "), err, out.String())
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
}
