package diff_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/diff"
	"github.com/gopolicy/policy/internal/gen"
	"github.com/gopolicy/policy/internal/golden"
	"golang.org/x/text/language"
)

func base() *policy.Policy {
	p := gen.Policy(20) // purposes p0 (contract), p1 (legal obligation)
	p.Purposes[1].Bases = []policy.Basis{policy.Consent}
	p.Purposes[1].Withdraw = "in settings"
	p.Purposes[1].OptOut = true
	return p
}

func TestCompareSelf(t *testing.T) {
	if r := diff.Compare(base(), base()); !r.Empty() {
		t.Errorf("diff of a policy with itself: %+v", r.Changes)
	}
}

func TestCompareClasses(t *testing.T) {
	tests := []struct {
		name     string
		change   func(p *policy.Policy)
		path     string
		kind     diff.Kind
		material bool
		summary  string
	}{
		// Material.
		{"new purpose", func(p *policy.Policy) {
			p.Purposes = append(p.Purposes, &policy.Purpose{ID: "ads", Name: "Advertising", Categories: p.Categories[:1], Bases: []policy.Basis{policy.Consent}})
		}, "purposes[ads]", diff.Added, true, `new purpose "Advertising"`},
		{"new category", func(p *policy.Policy) {
			p.Categories = append(p.Categories, &policy.Category{ID: "geo", Name: "Location"})
		}, "categories[geo]", diff.Added, true, `new category "Location"`},
		{"new recipient", func(p *policy.Policy) {
			p.Recipients = append(p.Recipients, &policy.Recipient{ID: "ads.network", Name: "Ad network"})
		}, "recipients[ads.network]", diff.Added, true, "new recipient"},
		{"new transfer", func(p *policy.Policy) {
			p.Transfers = append(p.Transfers, policy.Transfer{Destination: language.MustParseRegion("US"), Safeguard: policy.StandardClauses})
		}, "transfers[US]", diff.Added, true, "new transfer"},
		{"longer retention", func(p *policy.Policy) {
			p.Categories[0].Retention = policy.Keep(policy.Years(10), policy.Collection)
		}, "categories[category.c0]", diff.Changed, true, "kept longer"},
		{"away from consent", func(p *policy.Policy) {
			p.Purposes[1].Bases = []policy.Basis{policy.LegitimateInterests}
		}, "purposes[purpose.p1]", diff.Changed, true, "no longer rests on consent"},
		{"purpose uses more data", func(p *policy.Policy) {
			p.Purposes[0].Categories = append(p.Purposes[0].Categories, p.Categories[15])
		}, "purposes[purpose.p0]", diff.Changed, true, "uses more data: category.c15"},
		{"collects more", func(p *policy.Policy) {
			p.Categories[2].Items = append(p.Categories[2].Items, "date of birth")
		}, "categories[category.c2]", diff.Changed, true, "collects more: date of birth"},
		{"more sensitive", func(p *policy.Policy) { p.Categories[2].Sensitivity = policy.Special },
			"categories[category.c2]", diff.Changed, true, "now special category"},
		{"recipient gets more", func(p *policy.Policy) {
			p.Recipients[0].Categories = append(p.Recipients[0].Categories, p.Categories[19])
		}, "recipients[recipient.r0]", diff.Changed, true, "receives more data: category.c19"},
		{"opt-out removed", func(p *policy.Policy) { p.Purposes[1].OptOut = false },
			"purposes[purpose.p1]", diff.Changed, true, "can no longer opt out"},
		{"right removed", func(p *policy.Policy) { p.Rights = p.Rights[1:] },
			"rights", diff.Removed, true, "no longer states the right to access"},
		{"new controller", func(p *policy.Policy) { p.Controller.Name = "Acquirer Inc" },
			"controller.name", diff.Changed, true, `now "Acquirer Inc"`},
		// Editorial.
		{"renamed category", func(p *policy.Policy) { p.Categories[0].Name = "Your first data" },
			"categories[category.c0]", diff.Changed, false, "wording or details changed"},
		{"shorter retention", func(p *policy.Policy) { p.Categories[1].Retention = policy.Keep(policy.Months(1), policy.Collection) },
			"categories[category.c1]", diff.Changed, false, "wording"},
		{"purpose reworded", func(p *policy.Policy) { p.Purposes[0].Description = "Now explained." },
			"purposes[purpose.p0]", diff.Changed, false, "wording"},
		{"category removed", func(p *policy.Policy) {
			p.Categories = p.Categories[:19]
			p.Purposes[1].Categories = p.Purposes[1].Categories[:9]
			p.Recipients[1].Categories = p.Recipients[1].Categories[:9]
			p.Transfers[1].Categories = p.Transfers[1].Categories[:9]
		}, "categories[category.c19]", diff.Removed, false, "removed"},
		{"new right", func(p *policy.Policy) { p.Rights = append(p.Rights, policy.Right{Kind: policy.NoAutomatedDecision}) },
			"rights", diff.Added, false, "now states the right"},
		{"how to exercise", func(p *policy.Policy) { p.Rights[0].How = "in settings" },
			"rights", diff.Changed, false, "how to exercise"},
		{"intro", func(p *policy.Policy) { p.Introduction = []string{"Hello."} },
			"introduction", diff.Changed, false, "wording"},
		{"contact", func(p *policy.Policy) { p.Contact.Email = "questions@generated.example" },
			"contact", diff.Changed, false, "wording"},
		{"controller address", func(p *policy.Policy) { p.Controller.Address = "New street 1" },
			"controller", diff.Changed, false, "contact details changed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			after := base()
			tt.change(after)
			r := diff.Compare(base(), after)
			var got *diff.Change
			for i := range r.Changes {
				if r.Changes[i].Path == tt.path {
					got = &r.Changes[i]
				}
			}
			if got == nil {
				t.Fatalf("no change at %s: %+v", tt.path, r.Changes)
			}
			if got.Kind != tt.kind || got.Material != tt.material || !strings.Contains(got.Summary, tt.summary) {
				t.Errorf("change = %+v; want %s, material %v, summary with %q", *got, tt.kind, tt.material, tt.summary)
			}
			if r.Material() != tt.material {
				t.Errorf("Report.Material() = %v", r.Material())
			}
			if got.Kind == diff.Changed && got.Detail == "" && tt.path != "controller.name" && tt.path != "rights" {
				t.Errorf("no detail for a changed declaration")
			}
		})
	}
}

func TestCheck(t *testing.T) {
	before := base()
	before.Version = "1"
	after := base()
	after.Version = "1"
	after.Purposes[1].Bases = []policy.Basis{policy.LegitimateInterests}
	fs := diff.Check(before, after)
	if len(fs) != 1 || fs[0].Rule != diff.RuleUnannounced || fs[0].Path != "purposes[purpose.p1]" ||
		!strings.Contains(fs[0].Message, `the version is still "1"`) || !strings.Contains(fs[0].Message, "not after the previous one") {
		t.Fatalf("Check = %v", fs)
	}
	after.Version = "2"
	after.Effective = policy.MakeDate(2025, time.June, 1)
	if fs := diff.Check(before, after); fs != nil {
		t.Errorf("Check of an announced change = %v", fs)
	}
	editorial := base()
	editorial.Categories[0].Name = "Renamed"
	if fs := diff.Check(before, editorial); fs != nil {
		t.Errorf("Check of an editorial change = %v", fs)
	}
}

func TestOutput(t *testing.T) {
	after := base()
	after.Categories[0].Retention = policy.Keep(policy.Years(10), policy.Collection)
	after.Categories[1].Name = "Renamed"
	after.Purposes = append(after.Purposes, &policy.Purpose{ID: "ads", Name: "Advertising", Categories: after.Categories[:1], Bases: []policy.Basis{policy.Consent}})
	r := diff.Compare(base(), after)
	var text, js bytes.Buffer
	if err := r.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "report.txt", text.Bytes(), *update)
	golden.Check(t, "report.json", js.Bytes(), *update)
	// Stable across runs: go-cmp's own report is not, ours must be.
	for range 20 {
		var again bytes.Buffer
		_ = diff.Compare(base(), after).WriteJSON(&again)
		if !bytes.Equal(again.Bytes(), js.Bytes()) {
			t.Fatal("JSON report differs between runs")
		}
	}
	var empty bytes.Buffer
	_ = diff.Compare(base(), base()).WriteJSON(&empty)
	if strings.TrimSpace(empty.String()) != "{\n  \"changes\": []\n}" {
		t.Errorf("empty report = %q", empty.String())
	}
}

func BenchmarkCompare1000(b *testing.B) {
	before, after := gen.Policy(1000), gen.Policy(1000)
	after.Categories[500].Retention = policy.Keep(policy.Years(10), policy.Collection)
	after.Purposes[50].Bases = []policy.Basis{policy.Consent}
	b.ReportAllocs()
	for b.Loop() {
		if r := diff.Compare(before, after); len(r.Changes) != 2 {
			b.Fatal(r.Changes)
		}
	}
}
