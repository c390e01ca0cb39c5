package policytest

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
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
	email := &policy.Category{ID: "account.email", Name: "Email", Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30))}
	card := &policy.Category{ID: "billing.card", Name: "Card", Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	return &policy.Policy{
		Controller:   policy.Controller{Contact: policy.Contact{Name: "Shop", Email: "privacy@shop.example"}},
		Effective:    policy.MakeDate(2025, time.January, 1),
		Categories:   []*policy.Category{email, card},
		NotCollected: []policy.Exclusion{{ID: "billing.cvv", Name: "card security codes"}},
		Purposes: []*policy.Purpose{
			{ID: "orders", Name: "Orders", Categories: []*policy.Category{email, card}, Bases: []policy.Basis{policy.BasisContract}},
			{ID: "marketing", Name: "Newsletter", Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "unsubscribe"},
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
		{"for with ground", func(t testing.TB) { DeclaresFor(t, p, "billing.card", "orders", policy.BasisContract) }, nil},
		{"for wrong purpose", func(t testing.TB) { DeclaresFor(t, p, "billing.card", "marketing") }, []string{
			`purpose "marketing" does not use category "billing.card"`, `- 	"billing.card",`}},
		{"for unknown purpose", func(t testing.TB) { DeclaresFor(t, p, "account.email", "profiling") }, []string{
			`policy does not declare purpose "profiling"`, `"orders"`}},
		{"for wrong ground", func(t testing.TB) {
			DeclaresFor(t, p, "account.email", "marketing", policy.BasisLegitimateInterests)
		}, []string{`purpose "marketing" does not rest on the grounds asserted`, `- 	"legitimate_interests",`}},
		{"retains", func(t testing.TB) {
			Retains(t, p, "billing.card", policy.Keep(policy.Years(5), policy.EventContractEnd))
		}, nil},
		{"retains differently", func(t testing.TB) {
			Retains(t, p, "billing.card", policy.Keep(policy.Years(3), policy.EventContractEnd))
		}, []string{
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
		{Path: "User.Base.Phone", Tag: "account.phone", Problem: "the policy declares no such category"},
		{Path: "User.Billing.Card.CVV", Tag: "billing.cvv", Problem: "the policy declares this data as not collected"},
		{Path: "User.Bad", Tag: "Account Email", Problem: problemMalformed + `; did you mean "account.email"?`},
		{Path: "User.Blank", Tag: "", Problem: problemMalformed},
		{Path: "User.Index[key].Email", Tag: "account.mail", Problem: `the policy declares no such category; did you mean "account.email"?`},
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

// TestTagForms checks each form a tag can take, alone on a field, against
// testPolicy: one category, several, "-", and the malformed ones.
func TestTagForms(t *testing.T) {
	const multiMalformed = `; want IDs such as "account.email" separated by commas`
	tests := []struct {
		tag  string
		want []string // problems; none means the tag is good
	}{
		{"account.email", nil},
		{"-", nil},
		{"account.email,billing.card", nil},
		{"billing.card,account.email", nil},
		{"account.email,billing.cvv", []string{`category "billing.cvv": the policy declares this data as not collected`}},
		{"account.phone,billing.cards", []string{
			`category "account.phone": the policy declares no such category`,
			`category "billing.cards": the policy declares no such category; did you mean "billing.card"?`,
		}},
		{"account.email,account.email", []string{`category "account.email" is listed twice`}},
		{"account.email,billing.card,account.email", []string{`category "account.email" is listed twice`}},
		{"billing.cvv,billing.cvv", []string{
			`category "billing.cvv": the policy declares this data as not collected`,
			`category "billing.cvv" is listed twice`,
		}},
		{"account.email, billing.card", []string{`malformed tag: " billing.card" is not a category ID; did you mean "billing.card"?` + multiMalformed}},
		{"account.email,", []string{`malformed tag: "" is not a category ID` + multiMalformed}},
		{",", []string{`malformed tag: "" is not a category ID` + multiMalformed}},
		{"account.email,-", []string{`malformed tag: "-" marks a field that holds no declared data and stands alone`}},
		{"-,account.email", []string{`malformed tag: "-" marks a field that holds no declared data and stands alone`}},
		{"--", []string{problemMalformed}},
		{"account.email;billing.card", []string{problemMalformed}},
		{" account.email", []string{problemMalformed + `; did you mean "account.email"?`}},
		{"Account.Email", []string{problemMalformed + `; did you mean "account.email"?`}},
		{"email", []string{problemUndeclared}},
		{"acount.email", []string{problemUndeclared + `; did you mean "account.email"?`}},
		{"acct.email", []string{problemUndeclared + `; did you mean "account.email"?`}},
		{"billing", []string{problemUndeclared}},
		{"billing.cvc", []string{problemUndeclared + `; did you mean "billing.card"?`}},
		{"account.phone", []string{problemUndeclared}},
	}
	for _, tt := range tests {
		t.Run(tt.tag, func(t *testing.T) {
			typ := reflect.StructOf([]reflect.StructField{{
				Name: "F", Type: reflect.TypeFor[string](), Tag: reflect.StructTag(TagKey + ":" + strconv.Quote(tt.tag)),
			}})
			var got []string
			for _, pr := range ScanTags(testPolicy(), reflect.New(typ).Elem().Interface()) {
				if pr.Tag != tt.tag || pr.Untagged {
					t.Errorf("problem %+v: want Tag %q", pr, tt.tag)
				}
				got = append(got, pr.Problem)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// Types for the strict scan.
type (
	strictAccount struct {
		ID      int64                    `privacy:"-"`
		Email   string                   `privacy:"account.email"`
		Created time.Time                // a struct of unexported fields: a value
		Cards   []*strictCard            // a container: its fields are checked
		ByName  map[string]strictCard    // map values are checked, as seen once
		Owner   *strictAccount           // recursive
		Home    url.URL                  `privacy:"-"` // tagged: nothing beneath is required
		Raw     any                      // an interface is a value
		Hook    func()                   // so is a func
		Counts  map[strictKey]int        // values of a basic type: needs a tag
		Index   map[strictKey]strictCard // a container: keys and values are checked
		Nums    []int
		//lint:ignore U1000 the scanner reads it by reflection
		mu sync.Mutex
		_  [4]byte
		strictEmbedded
	}
	strictCard struct {
		Token  string `privacy:"billing.card"`
		Expiry string
	}
	strictKey struct {
		Region string
	}
	strictEmbedded struct {
		Note string
	}
	//lint:ignore U1000 the scanner reads the fields by reflection
	strictPrivate struct {
		email string `privacy:"account.email"` // tagged: a container though unexported
		phone string
	}
	strictTagged struct {
		Card strictCard `privacy:"billing.card"` // declares the whole card
	}
)

func TestScanTagsStrict(t *testing.T) {
	untagged := func(path string) TagProblem {
		return TagProblem{Path: path, Problem: problemUntagged, Untagged: true}
	}
	tests := []struct {
		name   string
		values []any
		want   []TagProblem
	}{
		{"account", []any{strictAccount{}}, []TagProblem{
			untagged("strictAccount.Created"),
			untagged("strictAccount.Cards[].Expiry"),
			untagged("strictAccount.Raw"),
			untagged("strictAccount.Hook"),
			untagged("strictAccount.Counts"),
			untagged("strictAccount.Index[key].Region"),
			untagged("strictAccount.Nums"),
			untagged("strictAccount.mu"),
			untagged("strictAccount.strictEmbedded.Note"),
		}},
		{"pointer to slice", []any{&[]strictCard{}}, []TagProblem{untagged("[]policytest.strictCard[].Expiry")}},
		{"tag problems first", []any{&User{}, strictCard{}}, append(ScanTags(testPolicy(), &User{}),
			untagged("strictCard.Expiry"),
		)},
		{"unexported but tagged", []any{strictPrivate{}}, []TagProblem{untagged("strictPrivate.phone")}},
		{"tagged container", []any{strictTagged{}}, nil},
		{"fully tagged", []any{Node{}, strictTagged{}}, nil},
		{"values", []any{nil, 42, "x", time.Time{}, []int{1}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScanTagsStrict(testPolicy(), tt.values...)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ScanTagsStrict (-want +got):\n%s", diff)
			}
		})
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
	type both struct {
		F string `privacy:"account.email,billing.card"`
	}
	if got := Uncarried(p, both{}); len(got) != 0 {
		t.Errorf("Uncarried of a field tagged with both categories = %v", got)
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
