package policytest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
)

// fakeT records failures instead of failing the real test.
type fakeT struct {
	testing.TB
	errors []string
	fatal  bool
}

func (f *fakeT) Helper() {}
func (f *fakeT) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}
func (f *fakeT) Fatalf(format string, args ...any) {
	f.Errorf(format, args...)
	f.fatal = true
}

func testPolicy() *policy.Policy {
	email := &policy.Category{ID: "account.email", Name: "Email", Sensitivity: policy.Personal,
		Sources: []policy.Source{policy.FromUser}, Retention: policy.WhileAccountActive(policy.Days(30))}
	card := &policy.Category{ID: "billing.card", Name: "Card", Sensitivity: policy.Personal,
		Sources: []policy.Source{policy.FromUser}, Retention: policy.Keep(policy.Years(5), policy.ContractEnd)}
	return &policy.Policy{
		Controller:   policy.Controller{Contact: policy.Contact{Name: "Shop", Email: "privacy@shop.example"}},
		Effective:    policy.MakeDate(2025, time.January, 1),
		Categories:   []*policy.Category{email, card},
		NotCollected: []policy.Exclusion{{ID: "billing.cvv", Name: "card security codes"}},
		Purposes: []*policy.Purpose{
			{ID: "orders", Name: "Orders", Categories: []*policy.Category{email, card}, Bases: []policy.Basis{policy.Contract}},
			{ID: "marketing", Name: "Newsletter", Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.Consent}, Withdraw: "unsubscribe"},
		},
	}
}

func TestAssertions(t *testing.T) {
	p := testPolicy()
	tests := []struct {
		name   string
		check  func(t testing.TB)
		errors []string // substrings, one per expected error; none means pass
	}{
		{"declares", func(t testing.TB) { Declares(t, p, "account.email") }, nil},
		{"declares missing", func(t testing.TB) { Declares(t, p, "account.phone") }, []string{
			`policy does not declare category "account.phone"`, `- 	"account.phone",`}},
		{"for", func(t testing.TB) { DeclaresFor(t, p, "account.email", "marketing") }, nil},
		{"for with ground", func(t testing.TB) { DeclaresFor(t, p, "billing.card", "orders", policy.Contract) }, nil},
		{"for wrong purpose", func(t testing.TB) { DeclaresFor(t, p, "billing.card", "marketing") }, []string{
			`purpose "marketing" does not use category "billing.card"`, `- 	"billing.card",`}},
		{"for unknown purpose", func(t testing.TB) { DeclaresFor(t, p, "account.email", "profiling") }, []string{
			`policy does not declare purpose "profiling"`, `"orders"`}},
		{"for wrong ground", func(t testing.TB) {
			DeclaresFor(t, p, "account.email", "marketing", policy.LegitimateInterests)
		}, []string{`purpose "marketing" does not rest on the grounds asserted`, `- 	"legitimate_interests",`}},
		{"retains", func(t testing.TB) { Retains(t, p, "billing.card", policy.Keep(policy.Years(5), policy.ContractEnd)) }, nil},
		{"retains differently", func(t testing.TB) { Retains(t, p, "billing.card", policy.Keep(policy.Years(3), policy.ContractEnd)) }, []string{
			`category "billing.card" has a different retention`, "- Years: 3,", "+ Years: 5,"}},
		{"retains undeclared", func(t testing.TB) { Retains(t, p, "x", policy.Indefinitely()) }, []string{`policy does not declare category "x"`}},
		{"excludes", func(t testing.TB) { Excludes(t, p, "billing.cvv") }, nil},
		{"excludes missing", func(t testing.TB) { Excludes(t, p, "biometrics") }, []string{
			`policy does not declare "biometrics" as not collected`, `- 	"biometrics",`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeT{}
			tt.check(f)
			if len(tt.errors) == 0 {
				if len(f.errors) != 0 {
					t.Fatalf("unexpected failure: %v", f.errors)
				}
				return
			}
			if len(f.errors) != 1 {
				t.Fatalf("got %d failures, want 1: %q", len(f.errors), f.errors)
			}
			// go-cmp varies its spacing on purpose; compare words.
			got := strings.Join(strings.Fields(f.errors[0]), " ")
			for _, want := range tt.errors {
				if !strings.Contains(got, strings.Join(strings.Fields(want), " ")) {
					t.Errorf("failure %q does not contain %q", f.errors[0], want)
				}
			}
		})
	}
}

type Card struct {
	Number string `privacy:"billing.card"`
	CVV    string `privacy:"billing.cvv"`
}

type Billing struct {
	Card  *Card
	Cards []Card
}

type Node struct {
	Email string `privacy:"account.email"`
	Next  *Node
	Kids  map[string]*Node
}

type Base struct {
	Phone string `privacy:"account.phone"`
}

type User struct {
	Base
	Email   string `privacy:"account.email"`
	Billing Billing
	Notes   string `privacy:"-"`
	Bad     string `privacy:"Account Email"`
	Blank   string `privacy:""`
	Tree    *Node
	Index   map[Key][2]*Card
}

type Key struct {
	Email string `privacy:"account.mail"`
}

func TestScanTags(t *testing.T) {
	got := ScanTags(testPolicy(), &User{})
	want := []TagProblem{
		{"User.Base.Phone", "account.phone", "the policy declares no such category"},
		{"User.Billing.Card.CVV", "billing.cvv", "the policy declares this data as not collected"},
		{"User.Bad", "Account Email", `malformed tag: want one category ID such as "account.email", or "-"`},
		{"User.Blank", "", `malformed tag: want one category ID such as "account.email", or "-"`},
		{"User.Index[key].Email", "account.mail", "the policy declares no such category"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ScanTags (-want +got):\n%s", diff)
	}
	// A recursive type alone terminates and is clean.
	if got := ScanTags(testPolicy(), Node{}); len(got) != 0 {
		t.Errorf("ScanTags(Node) = %v", got)
	}
	if got := ScanTags(testPolicy(), nil, 42, "x", []int{1}); len(got) != 0 {
		t.Errorf("ScanTags of untagged values = %v", got)
	}
}

func TestCheckTags(t *testing.T) {
	f := &fakeT{}
	CheckTags(f, testPolicy(), Card{})
	if len(f.errors) != 1 || f.errors[0] != `Card.CVV: privacy:"billing.cvv": the policy declares this data as not collected` {
		t.Errorf("CheckTags failures = %q", f.errors)
	}
	f = &fakeT{}
	CheckTags(f, testPolicy(), Node{})
	if len(f.errors) != 0 {
		t.Errorf("CheckTags(Node) failures = %q", f.errors)
	}
}

func TestCarried(t *testing.T) {
	p := testPolicy()
	if got := Uncarried(p, Node{}); !cmp.Equal(got, []string{"billing.card"}) {
		t.Errorf("Uncarried(Node) = %v", got)
	}
	f := &fakeT{}
	CheckCarried(f, p, Node{})
	if len(f.errors) != 1 || !strings.Contains(f.errors[0], "billing.card") {
		t.Errorf("CheckCarried failures = %q", f.errors)
	}
	f = &fakeT{}
	CheckCarried(f, p, Node{}, Card{})
	if len(f.errors) != 0 {
		t.Errorf("CheckCarried failures = %q", f.errors)
	}
}

func TestGolden(t *testing.T) {
	// The test sets -update itself; under go test -update it starts from
	// comparing all the same.
	defer func(v bool) { *update = v }(*update)
	*update = false
	dir := t.TempDir()
	path := filepath.Join(dir, "privacy.txt")
	if err := os.WriteFile(path, []byte("line one\nline two\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := &fakeT{}
	Golden(f, path, []byte("line one\nline two\n"))
	if len(f.errors) != 0 {
		t.Errorf("equal content failed: %q", f.errors)
	}
	Golden(f, path, []byte("line one\nline 2\n"))
	if len(f.errors) != 1 || !strings.Contains(f.errors[0], `-want +got`) || !strings.Contains(f.errors[0], "line 2") {
		t.Errorf("changed content: failures = %q", f.errors)
	}
	f = &fakeT{}
	Golden(f, filepath.Join(dir, "missing.txt"), []byte("x"))
	if !f.fatal || !strings.Contains(f.errors[0], "-update") {
		t.Errorf("missing file: failures = %q", f.errors)
	}

	*update = true
	f = &fakeT{}
	Golden(f, filepath.Join(dir, "new", "privacy.txt"), []byte("fresh\n"))
	if b, err := os.ReadFile(filepath.Join(dir, "new", "privacy.txt")); err != nil || string(b) != "fresh\n" || len(f.errors) != 0 {
		t.Errorf("update: file %q, %v; failures %q", b, err, f.errors)
	}
}
