package diff

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// wholeAncestor returns the nearest proper ancestor of pattern p whose rule
// compares it as a whole, or "".
func wholeAncestor(p string) string {
	for i := len(p) - 1; i > 0; i-- {
		if p[i] != '.' {
			continue
		}
		if r, ok := rules[p[:i]]; ok && r.whole {
			return p[:i]
		}
	}
	return ""
}

// TestRulesCoverSchema fails when a field of the encoding has no entry in
// the materiality table, so that a new field cannot be forgotten: add it
// to rules in rules.go with its class.
func TestRulesCoverSchema(t *testing.T) {
	paths := SchemaPaths(t)
	if len(paths) < 100 {
		t.Fatalf("only %d schema paths: %v", len(paths), paths)
	}
	for _, p := range paths {
		_, ok := rules[p]
		whole := wholeAncestor(p)
		switch {
		case !ok && whole == "":
			t.Errorf("%s: no entry in the materiality table (rules in rules.go)", p)
		case ok && whole != "":
			t.Errorf("%s: entry never used, %s is compared as a whole", p, whole)
		}
	}
	for p, r := range rules {
		if !slices.Contains(paths, p) {
			t.Errorf("%s: entry for a path the encoding does not have", p)
		}
		if r.whole && r.key != nil {
			t.Errorf("%s: a list element cannot be compared as a whole", p)
		}
		if strings.HasSuffix(p, "[]") != (r.key != nil) {
			t.Errorf("%s: a list of objects needs key fields, and only a list has them", p)
		}
		for _, k := range r.key {
			if kr, ok := rules[p+"."+k]; !ok || !kr.ident {
				t.Errorf("%s: key field %s is not marked ident", p, k)
			}
		}
		if r.ident {
			i := strings.LastIndexByte(p, '.')
			if parent := rules[p[:i]]; !slices.Contains(parent.key, p[i+1:]) {
				t.Errorf("%s: marked ident but not a key of %s", p, p[:i])
			}
			if r.judge != nil {
				t.Errorf("%s: a key field is never compared, its judge is unused", p)
			}
		}
	}
}

// TestNoGoCmp keeps go-cmp, which is made for tests, out of the package.
func TestNoGoCmp(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if strings.Contains(imp.Path.Value, "github.com/google/go-cmp") {
				t.Errorf("%s imports %s", name, imp.Path.Value)
			}
		}
	}
}

// TestWaitsLonger checks the judge of a waiting period: one that appears
// or grows restricts the user, one that goes away or shrinks does not.
func TestWaitsLonger(t *testing.T) {
	judge := waitsLonger("waits longer")
	for _, tt := range []struct {
		kind      Kind
		old, next string
		want      bool
	}{
		{Added, "", `"P30D"`, true},
		{Removed, `"P30D"`, "", false},
		{Changed, `"P30D"`, `"P2M"`, true},
		{Changed, `"P30D"`, `"P10D"`, false},
		{Changed, `"P1M"`, `"P30D"`, false}, // not certainly longer
	} {
		var old, next []byte
		if tt.old != "" {
			old = []byte(tt.old)
		}
		if tt.next != "" {
			next = []byte(tt.next)
		}
		if got, _ := judge(tt.kind, old, next); got != tt.want {
			t.Errorf("waitsLonger(%v, %s, %s) = %v, want %v", tt.kind, tt.old, tt.next, got, tt.want)
		}
	}
}
