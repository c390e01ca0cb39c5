package main

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy/render"
)

// russianOf reads the Russian translations of the aiservice example, the
// map literal named russian in its translations.go, so that this test
// fills in a translation file with the words the Go-declared example uses.
func russianOf(t *testing.T, file string) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "russian" || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.CompositeLit)
		if !ok {
			t.Fatalf("%s: russian is not a map literal", file)
		}
		for _, e := range lit.Elts {
			kv := e.(*ast.KeyValueExpr)
			k, err1 := strconv.Unquote(kv.Key.(*ast.BasicLit).Value)
			v, err2 := strconv.Unquote(kv.Value.(*ast.BasicLit).Value)
			if err1 != nil || err2 != nil {
				t.Fatalf("%s: %v %v", file, err1, err2)
			}
			out[k] = v
		}
		return false
	})
	if len(out) < 50 {
		t.Fatalf("%s: found %d translations; the map was not read", file, len(out))
	}
	return out
}

// TestTranslateJSONPolicy publishes a JSON-declared policy in English and
// Russian by the command line alone: extract the strings to translate,
// fill the file in, render. The documents equal those of the Go-declared
// example with the same translations.
func TestTranslateJSONPolicy(t *testing.T) {
	example := filepath.Join("..", "..", "examples", "aiservice")
	policyFile := filepath.Join(example, "testdata", "policy.json")
	dir := t.TempDir()
	file := filepath.Join(dir, "messages.ru.json")
	web := filepath.Join(dir, "web")
	cli := func(args ...string) {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := runMain(args, &stdout, &stderr); code != 0 {
			t.Fatalf("privacy %q = %d: %s", args, code, stderr.String())
		}
	}

	var stdout, stderr bytes.Buffer
	if code := runMain([]string{"render", "-policy", policyFile, "-out", web, "-lang", "en,ru"}, &stdout, &stderr); code != 1 ||
		!bytes.Contains(stderr.Bytes(), []byte("run extract -lang ru")) {
		t.Fatalf("render in Russian without translations = %d: %s", code, stderr.String())
	}

	cli("extract", "-policy", policyFile, "-lang", "ru", "-out", file)
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	m, err := render.ReadMessages(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	russian := russianOf(t, filepath.Join(example, "translations.go"))
	for i, msg := range m.Messages {
		tr, ok := russian[msg.ID]
		if !ok {
			t.Errorf("extract asks for %q (at %s), which the Go example does not translate", msg.ID, msg.Position)
		}
		m.Messages[i].Translation = tr
	}
	t.Logf("%d strings to translate, %d translations in the Go example", len(m.Messages), len(russian))
	var b bytes.Buffer
	if err := m.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	cli("render", "-policy", policyFile, "-out", web, "-lang", "en,ru", "-translations", file)
	cli("check", "-policy", policyFile, "-out", web, "-lang", "en,ru", "-translations", file)
	cli("validate", "-policy", policyFile, "-lang", "en,ru", "-translations", file)
	for _, lang := range []string{"en", "ru"} {
		for _, format := range render.Formats() {
			if !format.Localized {
				continue
			}
			want, err := os.ReadFile(filepath.Join(example, "testdata", "policy."+lang+format.Ext))
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(web, "privacy."+lang+format.Ext))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("privacy.%s%s differs from the Go-declared example's (-example +json):\n%s", lang, format.Ext, diff)
			}
		}
	}
}
