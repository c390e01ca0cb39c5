package policytest_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/policytest"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
)

// printT stands in for the *testing.T of a real test and prints each
// failure, so the examples show what a test would report.
type printT struct{ testing.TB }

func (printT) Helper()                           {}
func (printT) Errorf(format string, args ...any) { fmt.Printf("FAIL: "+format+"\n", args...) }
func (printT) Fatalf(format string, args ...any) { fmt.Printf("FATAL: "+format+"\n", args...) }

var t = printT{}

var shopPolicy = func() *policy.Policy {
	email := &policy.Category{ID: "account.email", Name: "Email", Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30))}
	return &policy.Policy{
		Controller:   policy.Controller{Contact: policy.Contact{Name: "Shop", Email: "privacy@shop.example"}},
		Effective:    policy.MakeDate(2025, time.January, 1),
		Categories:   []*policy.Category{email},
		NotCollected: []policy.Exclusion{{ID: "payment.cvv", Name: "card security codes"}},
		Purposes: []*policy.Purpose{
			{ID: "marketing", Name: "Newsletter", Categories: []*policy.Category{email},
				Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "unsubscribe link"},
		},
	}
}()

// Assertions pass silently; a failing one prints the policy's declarations
// as a go-cmp diff.
func ExampleDeclaresFor() {
	policytest.DeclaresFor(t, shopPolicy, "account.email", "marketing", policy.BasisConsent)
	// Output:
}

func ExampleDeclares() {
	policytest.Declares(t, shopPolicy, "account.email")
	// Output:
}

func ExampleRetains() {
	policytest.Retains(t, shopPolicy, "account.email", policy.WhileAccountActive(policy.Days(30)))
	// Output:
}

func ExampleExcludes() {
	policytest.Excludes(t, shopPolicy, "payment.cvv")
	// Output:
}

func ExampleCheckTags() {
	type Card struct {
		CVV string `privacy:"payment.cvv"`
	}
	type User struct {
		Email string `privacy:"account.email"`
		Phone string `privacy:"account.phone"`
		Cards []Card
	}
	policytest.CheckTags(t, shopPolicy, User{})
	// Output:
	// FAIL: User.Phone: privacy:"account.phone": the policy declares no such category
	// FAIL: User.Cards[].CVV: privacy:"payment.cvv": the policy declares this data as not collected
}

func ExampleScanTags() {
	type Profile struct {
		Email string `privacy:"Email"`
	}
	for _, p := range policytest.ScanTags(shopPolicy, &Profile{}) {
		fmt.Println(p.Path, p.Problem)
	}
	// Output:
	// Profile.Email malformed tag: want a category ID such as "account.email", several separated by commas, or "-"
}

// A field may hold several categories, named in one tag and separated by
// commas. A category the policy does not declare comes with the closest
// one it does, when one is close.
func ExampleCheckTags_severalCategories() {
	type Newsletter struct {
		To      string `privacy:"account.email,marketing.prefs"`
		ReplyTo string `privacy:"acount.email"`
	}
	policytest.CheckTags(t, shopPolicy, Newsletter{})
	// Output:
	// FAIL: Newsletter.To: privacy:"account.email,marketing.prefs": category "marketing.prefs": the policy declares no such category
	// FAIL: Newsletter.ReplyTo: privacy:"acount.email": the policy declares no such category; did you mean "account.email"?
}

// In strict mode every field says what it holds: a category, or "-" for
// none. A field holding a struct needs no tag of its own, since the
// struct's fields are checked instead.
func ExampleCheckTagsStrict() {
	type Address struct {
		City string `privacy:"-"`
		Zip  string
	}
	type Account struct {
		ID      int64  `privacy:"-"`
		Email   string `privacy:"account.email"`
		Created time.Time
		Address *Address
	}
	policytest.CheckTagsStrict(t, shopPolicy, Account{})
	// Output:
	// FAIL: Account.Created: no privacy tag: name the categories of data the field holds, or "-" if it holds none
	// FAIL: Account.Address.Zip: no privacy tag: name the categories of data the field holds, or "-" if it holds none
}

func ExampleCheckCarried() {
	type Visit struct {
		Page string `privacy:"-"`
	}
	policytest.CheckCarried(t, shopPolicy, Visit{})
	fmt.Println(policytest.Uncarried(shopPolicy, Visit{}))
	// Output:
	// FAIL: the policy declares categories no tagged field carries: account.email
	// [account.email]
}

func ExampleGolden() {
	dir, err := os.MkdirTemp("", "policytest")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "privacy.txt")

	var doc bytes.Buffer
	d, err := render.Compose(shopPolicy, render.Options{})
	if err != nil {
		panic(err)
	}
	if err := render.WriteText(&doc, d, render.TextOptions{}); err != nil {
		panic(err)
	}
	// In a real test the file is committed under testdata and written by
	// running the test with -update (see Golden).
	if err := os.WriteFile(path, doc.Bytes(), 0o644); err != nil {
		panic(err)
	}
	policytest.Golden(t, path, doc.Bytes())
	// Output:
}

// testdata/web holds shopPolicy as the generator publishes it with
//
//	//go:generate go run ./cmd/privacygen render -out testdata/web -lang en -formats text,json
//
// CheckPublished renders the policy as that command would and fails for
// each file that is missing, differs (showing the first line that does)
// or is left over from a language or format no longer published.
func ExampleCheckPublished() {
	policytest.CheckPublished(t, "testdata/web", shopPolicy, policytest.PublishOptions{
		Languages: []language.Tag{language.English},
		Formats:   []string{"text", "json"},
	})
	// Output:
}
