// Package exampletest holds the checks every example policy passes: golden
// files of its renders in every format and language, byte-identical
// output across repeated and concurrent renders, a JSON round trip, and
// the facts of the published policy it reproduces.
package exampletest

import (
	"bytes"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/examples/internal/cli"
	"github.com/gopolicy/policy/internal/golden"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// Check renders p (translated by tr) in every format of render.Formats for
// each language in langs and compares each with its golden file
// testdata/policy.LANG.EXT, and the formats that do not depend on the
// language (JSON) with testdata/policy.EXT; with update set it rewrites
// the golden files instead. It renders the localized formats in the
// layered layout ([render.LayoutCategories]) too, compared with
// testdata/policy.LANG.categories.EXT. It checks that 100 renders, under
// GOMAXPROCS 1 and 8, give the same bytes; that the JSON decodes to a
// policy that validates and renders as p does; and that the English text
// states every fact in facts (compared with white space folded).
func Check(t *testing.T, update bool, p *policy.Policy, tr catalog.Catalog, langs []string, facts []string) {
	t.Helper()
	run := func(args ...string) []byte {
		var stdout, stderr bytes.Buffer
		if code := cli.Run(p, tr, args, &stdout, &stderr); code != 0 {
			t.Fatalf("example %v exited %d: %s", args, code, stderr.String())
		}
		return stdout.Bytes()
	}
	outputs := map[string][]byte{}
	for _, f := range render.Formats() {
		variants := langs
		if !f.Localized {
			variants = []string{""} // written once, from the policy
		}
		for _, lang := range variants {
			args, name := []string{"-format", f.Name}, "policy"+f.Ext
			if lang != "" {
				args, name = append(args, "-lang", lang), "policy."+lang+f.Ext
			}
			got := run(args...)
			golden.Check(t, name, got, update)
			outputs[name] = got
			deterministic(t, name, got, func() []byte { return run(args...) })
			if f.Localized {
				name := "policy." + lang + ".categories" + f.Ext
				layered := func() []byte { return layout(t, p, tr, lang, f, render.LayoutCategories) }
				got := layered()
				golden.Check(t, name, got, update)
				deterministic(t, name, got, layered)
			}
		}
	}

	jsonOut := outputs["policy.json"]
	decoded, err := policy.Decode(bytes.NewReader(jsonOut))
	if err != nil {
		t.Fatalf("the example's JSON does not decode: %v", err)
	}
	if diff := cmp.Diff(p.Validate(), decoded.Validate()); diff != "" {
		t.Errorf("findings of the decoded policy differ (-go +json):\n%s", diff)
	}
	var stdout, stderr bytes.Buffer
	if code := cli.Run(decoded, tr, []string{"-lang", langs[0]}, &stdout, &stderr); code != 0 {
		t.Fatalf("rendering the decoded policy: %s", stderr.String())
	}
	if diff := cmp.Diff(string(outputs["policy."+langs[0]+".txt"]), stdout.String()); diff != "" {
		t.Errorf("the decoded policy renders differently (-go +json):\n%s", diff)
	}

	flat := strings.Join(strings.Fields(string(outputs["policy.en.txt"])), " ")
	for _, f := range facts {
		if !strings.Contains(flat, f) {
			t.Errorf("the rendered policy does not state %q", f)
		}
	}
}

// layout writes p, translated by tr, in language lang, format f and
// layout l, as the example programs write it in the default layout.
func layout(t *testing.T, p *policy.Policy, tr catalog.Catalog, lang string, f render.Format, l render.Layout) []byte {
	t.Helper()
	doc, err := render.Compose(p, render.Options{Language: language.Make(lang), Translations: tr, Layout: l})
	if err != nil {
		t.Errorf("composing the %s %s layout: %v", lang, f.Name, err)
		return nil
	}
	var out bytes.Buffer
	if err := f.Write(&out, render.Input{Policy: p, Document: doc, Width: 80}); err != nil {
		t.Errorf("writing the %s %s layout: %v", lang, f.Name, err)
	}
	return out.Bytes()
}

// deterministic renders 100 times under GOMAXPROCS 1 and 100 times under
// 8, concurrently, and fails unless every render equals want.
func deterministic(t *testing.T, name string, want []byte, render func() []byte) {
	t.Helper()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 8} {
		runtime.GOMAXPROCS(procs)
		var wg sync.WaitGroup
		var mu sync.Mutex
		differ := 0
		for range 100 {
			wg.Go(func() {
				if !bytes.Equal(render(), want) {
					mu.Lock()
					differ++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if differ > 0 {
			t.Errorf("%s: %d of 100 renders with GOMAXPROCS=%d differ", name, differ, procs)
		}
	}
}
