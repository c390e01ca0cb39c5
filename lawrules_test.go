package policy_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
)

// lawPolicy returns a policy that declares every law and validates clean
// under all of them; each case below changes one thing in it.
func lawPolicy() *policy.Policy { return gen.Policy(40) }

type lawCase struct {
	name       string
	fail, pass func(p *policy.Policy)
	path       string // of the first finding of the rule
	severity   policy.Severity
	message    string // a substring of its message, where it matters
}

func removeRight(p *policy.Policy, k policy.RightKind) {
	var out []policy.Right
	for _, r := range p.Rights {
		if r.Kind != k {
			out = append(out, r)
		}
	}
	p.Rights = out
}

// lawCaseSets holds, for each law, the function returning its rules'
// cases; each law_<key>_test.go adds its own from init.
var lawCaseSets = map[policy.Law]func() map[policy.Rule][]lawCase{}

// lawCases returns the cases of every law's rules.
func lawCases() map[policy.Rule][]lawCase {
	cases := map[policy.Rule][]lawCase{}
	for _, set := range lawCaseSets {
		for id, cs := range set() {
			cases[id] = append(cases[id], cs...)
		}
	}
	return cases
}

// explicit makes the first purpose rest also on explicit consent.
func explicit(p *policy.Policy) {
	p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisExplicitConsent)
	p.Purposes[0].Withdraw = "in settings"
}

// TestLawRules runs a failing and a passing case for every law rule that
// has a check of its own. The coverage table in docs/coverage.md names these
// subtests.
func TestLawRules(t *testing.T) {
	if fs := lawPolicy().Validate(); len(fs) != 0 {
		t.Fatalf("the base policy has findings:\n%v", fs)
	}
	cases := lawCases()
	for _, law := range policy.Laws() {
		for _, r := range policy.Requirements(law) {
			if r.CoveredBy != "" || strings.HasPrefix(r.Element, "scope:") {
				continue // covered by a model rule, or a scope rule (TestOutOfScope)
			}
			for _, tc := range cases[r.ID] {
				t.Run(string(r.ID)+"/"+strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
					p := lawPolicy()
					tc.fail(p)
					fs := p.Validate()
					var got *policy.Finding
					for i := range fs {
						if fs[i].Rule == r.ID {
							got = &fs[i]
							break
						}
					}
					if got == nil {
						t.Fatalf("no %s finding; got:\n%v", r.ID, fs)
					}
					if got.Path != tc.path || got.Severity != tc.severity || !strings.Contains(got.Message, tc.message) || !strings.Contains(got.Message, r.Article) {
						t.Errorf("finding = %+v; want path %q, severity %v, message with %q and %q", *got, tc.path, tc.severity, tc.message, r.Article)
					}
					if !errors.Is(fs, r.ID) {
						t.Errorf("errors.Is(findings, %s) = false", r.ID)
					}
					p = lawPolicy()
					tc.pass(p)
					for _, f := range p.Validate() {
						if f.Rule == r.ID {
							t.Errorf("passing variant: %v", f)
						}
					}
				})
			}
		}
	}
}

// TestLawRulesComplete fails for a law rule without test cases and for a
// rule covered by a model rule that does not exist.
func TestLawRulesComplete(t *testing.T) {
	cases := lawCases()
	for _, law := range policy.Laws() {
		rules := policy.Requirements(law)
		if len(rules) == 0 {
			t.Errorf("%s has no rules", law)
		}
		for _, r := range rules {
			if r.Law != law || r.Article == "" || r.Element == "" {
				t.Errorf("rule %+v is incomplete", r)
			}
			if r.CoveredBy != "" {
				if !strings.Contains(string(readFile(t, "validate.go")), `Rule = "`+string(r.CoveredBy)+`"`) {
					t.Errorf("%s is covered by %s, which is not a model rule", r.ID, r.CoveredBy)
				}
				continue
			}
			if len(cases[r.ID]) == 0 && !strings.HasPrefix(r.Element, "scope:") {
				t.Errorf("rule %s has no test case", r.ID)
			}
		}
	}
	for id := range cases {
		found := false
		for _, law := range policy.Laws() {
			for _, r := range policy.Requirements(law) {
				found = found || r.ID == id
			}
		}
		if !found {
			t.Errorf("test cases for %s, which is no rule", id)
		}
	}
}

// TestOutOfScope shows that a policy without personal data is out of the
// scope of every law's personal-data rules, and gets the warnings a lawyer
// would still want: no errors.
func TestOutOfScope(t *testing.T) {
	lang := &policy.Category{ID: "lang", Name: "Browser language", Sensitivity: policy.SensitivityNotPersonal, Sources: []policy.Source{policy.SourceAutomatic}}
	chat := &policy.Category{ID: "chat", Name: "Chat messages", Sensitivity: policy.SensitivityNotPersonal, Sources: []policy.Source{policy.SourceUser}}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Site", Email: "hi@site.example"}},
		Effective:  policy.MakeDate(2025, 1, 1),
		URL:        "https://site.example/privacy",
		Laws:       policy.Laws(),
		Categories: []*policy.Category{lang, chat},
		Purposes:   []*policy.Purpose{{ID: "ui", Name: "Showing the site in your language", Categories: []*policy.Category{lang, chat}}},
	}
	fs := p.Validate()
	if err := fs.Err(); err != nil {
		t.Errorf("errors for a policy without personal data:\n%v", err)
	}
	got := map[policy.Rule]int{}
	for _, f := range fs {
		got[f.Rule]++
	}
	want := map[policy.Rule]int{} // two warnings from each law's scope rule
	for _, law := range policy.Laws() {
		want[policy.Requirements(law)[0].ID] = 2
	}
	if len(got) != len(want) {
		t.Errorf("findings = %v", fs)
	}
	for r, n := range want {
		if got[r] != n {
			t.Errorf("%d %s warnings, want %d: %v", got[r], r, n, fs)
		}
	}
}

// TestScopeRulesQuietInScope checks the scope rules say nothing about a
// policy with personal data.
func TestScopeRulesQuietInScope(t *testing.T) {
	for _, f := range lawPolicy().Validate() {
		t.Errorf("unexpected finding %v", f)
	}
}
