package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
)

func TestRun(t *testing.T) {
	policyFile := filepath.Join("..", "..", "examples", "aiservice", "testdata", "policy.json")
	shop := filepath.Join("..", "..", "examples", "shop", "testdata", "policy.json")
	dir := t.TempDir()
	tests := []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{nil, 2, "", "usage"},
		{[]string{"render"}, 2, "", "-policy FILE.json is required"},
		{[]string{"render", "-policy", "/nonexistent.json"}, 3, "", "nonexistent.json"},
		{[]string{"validate", "-policy", policyFile}, 0, "", ""},
		{[]string{"render", "-policy=" + policyFile, "-out", dir, "-formats", "text"}, 0, "", ""},
		{[]string{"check", "-out", dir, "-formats", "text", "--policy", policyFile}, 0, "", ""},
		{[]string{"diff", policyFile, policyFile}, 0, "no changes", ""},
		{[]string{"diff", shop, policyFile, "-format", "json"}, 1, `"material": true`, "changes.unannounced"},
		{[]string{"diff", policyFile}, 2, "", "usage"},
		{[]string{"diff", policyFile, policyFile, "-x"}, 2, "", "unexpected"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(tt.args, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("privacy %q = %d, %q, %q; want %d, %q, %q", tt.args, code, stdout.String(), stderr.String(), tt.code, tt.stdout, tt.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "privacy.en.txt")); err != nil {
		t.Error(err)
	}
}

func TestCommandLine(t *testing.T) {
	policyFile := filepath.Join("..", "..", "examples", "aiservice", "testdata", "policy.json")
	dir := t.TempDir()
	// dense declares 20,000 categories of nothing but an ID, which take
	// more memory for their size than the default limit allows.
	var b strings.Builder
	b.WriteString(`{"categories": [`)
	for i := range 20000 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id": "c%d"}`, i)
	}
	b.WriteString("]}")
	dense := filepath.Join(t.TempDir(), "dense.json")
	if err := os.WriteFile(dense, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"help", []string{"-h"}, 0, "privacy diff OLD.json NEW.json", ""},
		{"command help without -policy", []string{"render", "-h"}, 0, "-max-bytes N", ""},
		{"command help lists its flags", []string{"check", "--help"}, 0, "-formats", ""},
		{"help before reading", []string{"validate", "-policy", "/nonexistent.json", "-h"}, 0, "usage: privacy validate", ""},
		{"diff help", []string{"diff", "-h"}, 0, "usage: privacy diff", ""},
		{"extract help", []string{"extract", "-h"}, 0, "-in", ""},
		{"extract without -lang", []string{"extract", "-policy", policyFile}, 2, "", "-lang takes one language"},
		{"extract to standard output", []string{"extract", "-policy", policyFile, "-lang", "ru"}, 0, `"language": "ru"`, "ru: 112 strings, 112 to translate"},
		{"render with a missing translation file", []string{"render", "-policy", policyFile, "-out", dir, "-translations", "/nonexistent.json"}, 3, "", "nonexistent.json"},
		{"unknown command", []string{"publish"}, 2, "", `unknown command "publish"`},
		{"validate extra argument", []string{"validate", "-policy", policyFile, "extra"}, 2, "", `unexpected arguments ["extra"]`},
		{"validate unknown flag", []string{"validate", "-policy", policyFile, "-strict"}, 2, "", "flag provided but not defined: -strict"},
		{"check=false", []string{"check", "-policy", policyFile, "-out", dir, "-check=false"}, 2, "", "use render"},
		{"language without wording", []string{"render", "-policy", policyFile, "-out", dir, "-lang", "de"}, 2, "", "-lang: de: the library has no wording"},
		{"max-bytes too small", []string{"validate", "-policy", policyFile, "-max-bytes", "100"}, 3, "", "more than the limit of 100; raise it with -max-bytes"},
		{"max-bytes", []string{"validate", "-max-bytes=1000000", "-policy", policyFile}, 0, "", ""},
		{"max-bytes not a number", []string{"validate", "-policy", policyFile, "-max-bytes", "4MiB"}, 2, "", `-max-bytes "4MiB": want a positive number of bytes`},
		{"max-bytes without value", []string{"validate", "-policy", policyFile, "-max-bytes"}, 2, "", "flag needs an argument: -max-bytes"},
		{"diff max-bytes", []string{"diff", policyFile, policyFile, "-max-bytes", "100"}, 3, "", "raise it with -max-bytes"},
		{"max-expansion exceeded", []string{"validate", "-policy", dense}, 3, "", "over the limit of 8 times the input plus 1048576 bytes; declarations this short are unusual in a policy: raise it with -max-expansion"},
		{"max-expansion raised", []string{"validate", "-policy", dense, "-max-expansion", "64"}, 1, "categories[c0].name: category \"c0\" has no name", ""},
		{"diff max-expansion", []string{"diff", dense, policyFile, "-max-expansion=64"}, 1, "", ""},
		{"max-expansion not a number", []string{"validate", "-policy", dense, "-max-expansion", "8x"}, 2, "", `-max-expansion "8x": want a positive number of times the file's size`},
		{"max-expansion zero", []string{"validate", "-policy", dense, "-max-expansion", "0"}, 2, "", `-max-expansion "0"`},
		{"command help names max-expansion", []string{"validate", "-h"}, 0, "-max-expansion N", ""},
		{"diff bad format", []string{"diff", policyFile, policyFile, "-format", "xml"}, 2, "", `-format "xml"`},
		{"diff format=json", []string{"diff", "-format=json", policyFile, policyFile}, 0, `"changes": []`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runMain(tt.args, &stdout, &stderr)
			if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("privacy %q = %d, %q, %q; want %d, %q, %q", tt.args, code, stdout.String(), stderr.String(), tt.code, tt.stdout, tt.stderr)
			}
			// A failing run names its exit code last, which go run hides.
			if want := fmt.Sprintf("exit code %d: ", code); code != 0 && !strings.Contains(lastLine(stderr.String()), want) {
				t.Errorf("last line of stderr %q, want %q", lastLine(stderr.String()), want)
			}
			if code == 0 && strings.Contains(stderr.String(), "exit code") {
				t.Errorf("a successful run explains its exit code: %q", stderr.String())
			}
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a refused command wrote %d files", len(entries))
	}
}

func lastLine(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// TestMaxBytes reads a policy larger than the default limit of 4 MiB.
func TestMaxBytes(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 5 MB policy")
	}
	p := gen.Policy(8000)
	var buf bytes.Buffer
	if err := policy.Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	if buf.Len() <= policy.DefaultMaxBytes {
		t.Fatalf("the policy has %d bytes, no more than the default limit", buf.Len())
	}
	file := filepath.Join(t.TempDir(), "large.json")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"validate", "-policy", file}, &stdout, &stderr); code != 3 || !strings.Contains(stderr.String(), "raise it with -max-bytes") {
		t.Errorf("validate a large file = %d %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"validate", "-policy", file, "-max-bytes", strconv.Itoa(buf.Len())}, &stdout, &stderr); code != 0 {
		t.Errorf("validate with -max-bytes = %d %q", code, stderr.String())
	}
}
