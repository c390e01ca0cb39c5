package render

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
)

// referencesPolicy declares what references can do beyond listing each
// category once and in order: categories referenced out of declaration
// order, twice in a row and twice apart, a category and a purpose declared
// at two positions, a nil declaration, a category the policy references
// but does not declare, and a purpose that states a ground twice.
func referencesPolicy() *policy.Policy {
	keep := policy.Keep(policy.Years(1), policy.EventCollection)
	cat := func(id, name string) *policy.Category {
		return &policy.Category{ID: id, Name: name, Items: []string{"item"}, Sensitivity: policy.SensitivityPersonal,
			Sources: []policy.Source{policy.SourceUser}, Retention: keep, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	}
	a, b, cc, d := cat("a", "Alpha"), cat("b", "Beta"), cat("c", "Gamma"), cat("", "Delta")
	undeclared := cat("u", "Undeclared")
	r1 := &policy.Recipient{ID: "r1", Name: "Host", Role: policy.RoleProcessor, Categories: []*policy.Category{cc, a, a, cc}}
	r2 := &policy.Recipient{ID: "r2", Name: "Mailer", Role: policy.RoleProcessor, Categories: []*policy.Category{d, undeclared, b}}
	p1 := &policy.Purpose{ID: "p1", Name: "First", Categories: []*policy.Category{cc, b, a, a, cc},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisConsent}, Withdraw: "in the settings"}
	p2 := &policy.Purpose{ID: "p2", Name: "Second", Categories: []*policy.Category{d, nil, undeclared, a},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisConsent}, Withdraw: "in the settings"}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Acme", Email: "privacy@acme.example"}},
		Effective:  policy.MakeDate(2025, time.January, 2),
		Laws:       []policy.Law{policy.GDPR, policy.CCPA},
		Categories: []*policy.Category{a, b, nil, cc, a, d},
		Purposes:   []*policy.Purpose{p1, nil, p2, p1},
		Recipients: []*policy.Recipient{r1, nil, r2},
		Transfers:  []policy.Transfer{{Recipient: r1, Categories: []*policy.Category{cc, a}, Safeguard: policy.SafeguardStandardClauses}},
	}
}

// TestComposeReferences composes referencesPolicy in both layouts and
// compares the text, with every clause's and row's sources, with
// testdata/references.*.txt.
func TestComposeReferences(t *testing.T) {
	for _, layout := range []Layout{LayoutSections, LayoutCategories} {
		name := fmt.Sprintf("references.%d.txt", layout)
		t.Run(name, func(t *testing.T) {
			composedGolden(t, name, mustCompose(t, referencesPolicy(), Options{Layout: layout}))
		})
	}
}

// writeSources writes the sources of every clause and table row of d, a
// line each.
func writeSources(buf *bytes.Buffer, d *Document) {
	line := func(id string, ss []Source) {
		var parts []string
		for _, s := range ss {
			parts = append(parts, s.String())
		}
		fmt.Fprintf(buf, "%s: %s\n", id, strings.Join(parts, ", "))
	}
	var walk func(cs []*Clause)
	walk = func(cs []*Clause) {
		for _, cl := range cs {
			line(cl.Number+" "+cl.ID, cl.Sources)
			walk(cl.Clauses)
		}
	}
	table := func(tb *Table) {
		if tb == nil {
			return
		}
		for i, ss := range tb.Sources {
			line(fmt.Sprintf("%s row %d", tb.ID, i+1), ss)
		}
	}
	table(d.Summary)
	for _, s := range d.Sections {
		walk(s.Clauses)
		table(s.Table)
	}
}

// composedGolden compares the text of d, followed by the sources of each
// clause, with the golden file testdata/name, or writes it with -update.
func composedGolden(t *testing.T, name string, d *Document) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteText(&buf, d, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	buf.WriteString("\nSources\n")
	writeSources(&buf, d)
	golden := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if got := buf.String(); got != string(want) {
		t.Errorf("composed text differs from %s; got:\n%s", golden, got)
	}
}
