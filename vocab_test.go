package policy_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
)

func vocabPolicy(ct, pt policy.Terms) *policy.Policy {
	c := &policy.Category{ID: "account.email", Name: "Email", Sensitivity: policy.SensitivityPersonal, Terms: ct}
	n := &policy.Category{ID: "stats", Name: "Statistics", Sensitivity: policy.SensitivityNotPersonal}
	return &policy.Policy{
		Categories: []*policy.Category{c, n},
		Purposes: []*policy.Purpose{
			{ID: "account", Categories: []*policy.Category{c}, Terms: pt},
			{ID: "reporting", Categories: []*policy.Category{n}},
		},
	}
}

func TestCheckVocabulary(t *testing.T) {
	full := policy.Terms{Fides: []string{"user.contact.email"}, DPV: []string{"dpv-pd:EmailAddress"},
		Apple: []string{"NSPrivacyCollectedDataTypeEmailAddress"}, Play: []string{"PSL_EMAIL"}}
	fullP := policy.Terms{Fides: []string{"essential.service"}, DPV: []string{"dpv:ServiceProvision"},
		Apple: []string{"NSPrivacyCollectedDataTypePurposeAppFunctionality"}, Play: []string{"PSL_APP_FUNCTIONALITY"}}
	type f struct{ Path, Rule string }
	for _, tc := range []struct {
		name   string
		ct, pt policy.Terms
		vs     []policy.Vocabulary
		want   []f
	}{
		{"complete", full, fullP, policy.Vocabularies(), nil},
		{"missing apple", policy.Terms{Fides: full.Fides}, policy.Terms{Fides: fullP.Fides}, []policy.Vocabulary{policy.VocabularyFides, policy.VocabularyApple},
			[]f{{"categories[account.email].terms.apple", "vocab.missing"}, {"purposes[account].terms.apple", "vocab.missing"}}},
		{"nothing asked", policy.Terms{}, policy.Terms{}, nil, nil},
		{"unknown", policy.Terms{Fides: []string{"user.contact.emial"}}, policy.Terms{}, nil,
			[]f{{"categories[account.email].terms.fides[0]", "vocab.unknown"}}},
		{"wrong kind", policy.Terms{Play: []string{"PSL_ANALYTICS"}}, policy.Terms{DPV: []string{"dpv-pd:EmailAddress"}}, nil,
			[]f{{"categories[account.email].terms.play[0]", "vocab.unknown"}, {"purposes[account].terms.dpv[0]", "vocab.unknown"}}},
		{"duplicate", policy.Terms{Apple: []string{"NSPrivacyCollectedDataTypeName", "NSPrivacyCollectedDataTypeName"}}, policy.Terms{}, nil,
			[]f{{"categories[account.email].terms.apple[1]", "vocab.duplicate"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []f
			for _, fi := range policy.CheckVocabulary(vocabPolicy(tc.ct, tc.pt), tc.vs...) {
				got = append(got, f{fi.Path, string(fi.Rule)})
				if fi.Severity != policy.SeverityError || fi.Message == "" {
					t.Errorf("finding %v: want an error with a message", fi)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCheckVocabularyMessages(t *testing.T) {
	fs := policy.CheckVocabulary(vocabPolicy(policy.Terms{Fides: []string{"user.contact.emial"}, Play: []string{"PSL_ANALYTICS"}}, policy.Terms{}))
	msgs := fs.Error()
	for _, want := range []string{`did you mean "user.contact.email"?`, `"PSL_ANALYTICS" is a purpose term of the Google Play Data safety, not a data term`, "fideslang 3.1.4"} {
		if !strings.Contains(msgs, want) {
			t.Errorf("messages lack %q:\n%s", want, msgs)
		}
	}
	if fs := policy.CheckVocabulary(nil, policy.VocabularyFides); fs != nil {
		t.Errorf("nil policy: %v", fs)
	}
}

func TestVocabularyLists(t *testing.T) {
	for _, v := range policy.Vocabularies() {
		t.Run(v.String(), func(t *testing.T) {
			if v.Source() == "" || v.Name() == "" {
				t.Error("no source or name")
			}
			cats, purs := v.CategoryTerms(), v.PurposeTerms()
			if len(cats) < 5 || len(purs) < 5 {
				t.Fatalf("%d data terms, %d purpose terms", len(cats), len(purs))
			}
			for _, tm := range cats {
				if got, ok := v.CategoryTerm(tm.ID); !ok || got != tm {
					t.Errorf("CategoryTerm(%q) = %v, %v", tm.ID, got, ok)
				}
				if _, ok := v.PurposeTerm(tm.ID); ok {
					t.Errorf("%q is both a data and a purpose term", tm.ID)
				}
			}
			var back policy.Vocabulary
			if err := back.UnmarshalText([]byte(v.String())); err != nil || back != v {
				t.Errorf("UnmarshalText(%q) = %v, %v", v, back, err)
			}
		})
	}
	// Spot checks against the sources.
	for _, c := range []struct {
		v       policy.Vocabulary
		id      string
		purpose bool
		group   string
	}{
		{policy.VocabularyFides, "user.contact.email", false, ""},
		{policy.VocabularyFides, "essential.service.operations", true, ""},
		{policy.VocabularyDPV, "dpv-pd:EmailAddress", false, ""},
		{policy.VocabularyDPV, "dpv:ServiceProvision", true, ""},
		{policy.VocabularyApple, "NSPrivacyCollectedDataTypeEmailAddress", false, "Contact Info"},
		{policy.VocabularyApple, "NSPrivacyCollectedDataTypePurposeAppFunctionality", true, ""},
		{policy.VocabularyPlay, "PSL_EMAIL", false, "PSL_DATA_TYPES_PERSONAL"},
		{policy.VocabularyPlay, "PSL_APP_FUNCTIONALITY", true, ""},
	} {
		lookup := c.v.CategoryTerm
		if c.purpose {
			lookup = c.v.PurposeTerm
		}
		tm, ok := lookup(c.id)
		if !ok || tm.Group != c.group {
			t.Errorf("%s %q: %v, %v; want group %q", c.v, c.id, tm, ok, c.group)
		}
	}
	// fideslang 3.2.0 added keys the pinned 3.1.4 lacks.
	if _, ok := policy.VocabularyFides.CategoryTerm("user.biometrics"); ok {
		t.Error("user.biometrics (fideslang 3.2.0) is in the 3.1.4 list")
	}
}

func ExampleCheckVocabulary() {
	email := &policy.Category{
		ID: "account.email", Name: "Email address", Sensitivity: policy.SensitivityPersonal,
		Terms: policy.Terms{Fides: []string{"user.contact.emial"}},
	}
	p := &policy.Policy{
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{ID: "account", Categories: []*policy.Category{email},
			Terms: policy.Terms{Fides: []string{"essential.service"}}}},
	}
	for _, f := range policy.CheckVocabulary(p, policy.VocabularyFides, policy.VocabularyApple) {
		fmt.Println(f.Path, f.Rule)
	}
	// Output:
	// categories[account.email].terms.fides[0] vocab.unknown
	// categories[account.email].terms.apple vocab.missing
	// purposes[account].terms.apple vocab.missing
}

// Validate checks that every stated term exists, but asks for no mapping:
// which vocabularies need one depends on the exports a service makes.
func TestValidateChecksTerms(t *testing.T) {
	rules := func(fs policy.Findings) []string {
		var out []string
		for _, f := range fs {
			if strings.HasPrefix(string(f.Rule), "vocab.") {
				out = append(out, f.Path+" "+string(f.Rule))
			}
		}
		return out
	}
	ok := vocabPolicy(policy.Terms{Fides: []string{"user.contact.email"}}, policy.Terms{})
	if got := rules(ok.Validate()); len(got) != 0 {
		t.Errorf("known term, no mappings: %v", got)
	}
	bad := vocabPolicy(policy.Terms{Fides: []string{"user.contact.emial"}}, policy.Terms{})
	want := []string{"categories[account.email].terms.fides[0] vocab.unknown"}
	if diff := cmp.Diff(want, rules(bad.Validate())); diff != "" {
		t.Errorf("unknown term (-want +got):\n%s", diff)
	}
	// The decoded policy gets the same finding.
	var buf strings.Builder
	if err := policy.Encode(&buf, bad); err != nil {
		t.Fatal(err)
	}
	dec, err := policy.Decode(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, rules(dec.Validate())); diff != "" {
		t.Errorf("decoded policy (-want +got):\n%s", diff)
	}
}
