package policy_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
)

func TestGuard(t *testing.T) {
	p := gen.Policy(30) // purpose.p0 uses c0-c9 on contract, p1 c10-c19 on legal obligation
	g, err := policy.NewGuard(p)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		category, purpose string
		permits           bool
		grounds           []policy.Basis
	}{
		{"category.c0", "purpose.p0", true, []policy.Basis{policy.BasisContract}},
		{"category.c19", "purpose.p1", true, []policy.Basis{policy.BasisLegalObligation}},
		{"category.c0", "purpose.p1", false, nil},
		{"category.c99", "purpose.p0", false, nil},
		{"category.c0", "nope", false, nil},
		{"", "", false, nil},
	}
	for _, tt := range tests {
		if got := g.Permits(tt.category, tt.purpose); got != tt.permits {
			t.Errorf("Permits(%q, %q) = %v, want %v", tt.category, tt.purpose, got, tt.permits)
		}
		set, ok := g.Grounds(tt.category, tt.purpose)
		if ok != tt.permits || fmt.Sprint(set.Bases()) != fmt.Sprint(tt.grounds) {
			t.Errorf("Grounds(%q, %q) = %v, %v; want %v, %v", tt.category, tt.purpose, set, ok, tt.grounds, tt.permits)
		}
	}
	if !g.HasCategory("category.c29") || g.HasCategory("category.c30") || !g.HasPurpose("purpose.p2") || g.HasPurpose("purpose.p3") {
		t.Error("Declares or HasPurpose gives a wrong answer")
	}
	// The guard is a snapshot.
	p.Purposes[0].Categories = nil
	if !g.Permits("category.c0", "purpose.p0") {
		t.Error("a change to the policy reached the guard")
	}
}

func TestGuardNonPersonal(t *testing.T) {
	stats := &policy.Category{ID: "stats", Name: "Stats", Sensitivity: policy.SensitivityNotPersonal}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "X", Email: "x@example.com"}},
		Effective:  policy.MakeDate(2025, 1, 1),
		Categories: []*policy.Category{stats},
		Purposes:   []*policy.Purpose{{ID: "ops", Name: "Operations", Categories: []*policy.Category{stats}}},
	}
	g, err := policy.NewGuard(p)
	if err != nil {
		t.Fatal(err)
	}
	set, ok := g.Grounds("stats", "ops")
	if !ok || set.Len() != 0 || !g.Permits("stats", "ops") {
		t.Errorf("non-personal use: Grounds = %v, %v; want declared with no grounds", set, ok)
	}
}

func TestNewGuardRefusesInvalidPolicy(t *testing.T) {
	p := gen.Policy(10)
	p.Purposes[0].Bases = nil
	g, err := policy.NewGuard(p)
	if g != nil || !errors.Is(err, policy.RuleMissingBasis) {
		t.Errorf("NewGuard = %v, %v; want nil and a %s finding", g, err, policy.RuleMissingBasis)
	}
}

func TestGuardConcurrent(t *testing.T) {
	g, err := policy.NewGuard(gen.Policy(100))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 1000 {
				c := fmt.Sprintf("category.c%d", (i*j)%100)
				p := fmt.Sprintf("purpose.p%d", ((i*j)%100)/10)
				if !g.Permits(c, p) {
					t.Errorf("Permits(%s, %s) = false", c, p)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestBasisSet(t *testing.T) {
	var s policy.BasisSet
	s = s.With(policy.BasisContract).With(policy.BasisConsent).With(0).With(99)
	if s.Len() != 2 || !s.Has(policy.BasisConsent) || s.Has(policy.BasisLegalObligation) || s.Has(0) {
		t.Errorf("set = %v", s)
	}
	if got := s.String(); got != "{consent, contract}" {
		t.Errorf("String = %q", got)
	}
}

func ExampleGuard() {
	email := &policy.Category{ID: "contact.email", Name: "Email address", Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{})}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Effective:  policy.MakeDate(2025, 1, 1),
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{
			{ID: "account", Name: "Account", Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.BasisContract}},
			{ID: "marketing", Name: "Newsletter", Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "unsubscribe link"},
		},
	}
	guard, err := policy.NewGuard(p) // once, at start-up
	if err != nil {
		panic(err)
	}
	fmt.Println(guard.Permits("contact.email", "marketing"))
	fmt.Println(guard.Permits("contact.email", "profiling"))
	grounds, _ := guard.Grounds("contact.email", "marketing")
	fmt.Println(grounds)
	// Output:
	// true
	// false
	// {consent}
}

func BenchmarkPermits(b *testing.B) {
	for _, size := range []struct{ categories, purposes int }{{60, 6}, {10000, 100}} {
		p := gen.Sized(size.categories, size.purposes)
		g, err := policy.NewGuard(p)
		if err != nil {
			b.Fatal(err)
		}
		pu := p.Purposes[len(p.Purposes)/2]
		cat, pur := pu.Categories[len(pu.Categories)/2].ID, pu.ID
		other := p.Purposes[0].ID
		name := fmt.Sprintf("categories=%d/purposes=%d", len(p.Categories), len(p.Purposes))
		b.Run(name+"/hit", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if !g.Permits(cat, pur) {
					b.Fatal("wrong answer")
				}
			}
		})
		b.Run(name+"/miss", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if g.Permits(cat, other) {
					b.Fatal("wrong answer")
				}
			}
		})
	}
}
