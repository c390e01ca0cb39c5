package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
