// Package exampletest holds the checks every example policy passes: golden
// files of its renders, a JSON round trip, and the facts of the published
// policy it reproduces.
package exampletest

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/examples/internal/cli"
	"github.com/gopolicy/policy/internal/golden"
	"github.com/gopolicy/policy/render"
)

// Check runs the example program's renders of p against the golden files
// policy.txt and policy.json, checks that the JSON decodes to a policy that
// validates and renders exactly as p does, and that the text states every
// fact in facts (whitespace-insensitive).
func Check(t *testing.T, p *policy.Policy, facts []string) {
	t.Helper()
	outputs := map[string][]byte{}
	for name, args := range map[string][]string{
		"policy.txt":  nil,
		"policy.json": {"-format", "json"},
	} {
		var stdout, stderr bytes.Buffer
		if code := cli.Run(p, args, &stdout, &stderr); code != 0 {
			t.Fatalf("example %v exited %d: %s", args, code, stderr.String())
		}
		golden.Check(t, name, stdout.Bytes())
		outputs[name] = stdout.Bytes()
	}

	decoded, err := policy.Decode(bytes.NewReader(outputs["policy.json"]))
	if err != nil {
		t.Fatalf("the example's JSON does not decode: %v", err)
	}
	if diff := cmp.Diff(p.Validate(), decoded.Validate()); diff != "" {
		t.Errorf("findings of the decoded policy differ (-go +json):\n%s", diff)
	}
	var text bytes.Buffer
	doc, err := render.Compose(decoded, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := render.WriteText(&text, doc, render.TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(outputs["policy.txt"]), text.String()); diff != "" {
		t.Errorf("the decoded policy renders differently (-go +json):\n%s", diff)
	}

	flat := strings.Join(strings.Fields(string(outputs["policy.txt"])), " ")
	for _, f := range facts {
		if !strings.Contains(flat, f) {
			t.Errorf("the rendered policy does not state %q", f)
		}
	}
}
