package policy

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// stringFields returns a setter for every string field and string list
// element of the policy p, except IDs, found by walking p's declarations
// by reflection (each pointer once), so that a new field cannot escape the
// text rules unnoticed.
func stringFields(p *Policy) map[string]func(string) {
	out := map[string]func(string){}
	seen := map[any]bool{}
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Interface()] {
				return
			}
			seen[v.Interface()] = true
			walk(path, v.Elem())
		case reflect.Struct:
			t := v.Type()
			if !strings.HasPrefix(t.PkgPath(), "github.com/gopolicy/policy") {
				return // language.Tag, language.Region
			}
			for i := range t.NumField() {
				f := t.Field(i)
				if f.IsExported() && f.Name != "ID" {
					walk(path+"."+f.Name, v.Field(i))
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(path+"["+itoa(i)+"]", v.Index(i))
			}
		case reflect.String:
			out[path] = func(s string) { v.SetString(s) }
		}
	}
	walk("", reflect.ValueOf(p))
	return out
}

func TestValidateTextEveryField(t *testing.T) {
	n := len(stringFields(testPolicy()))
	if n < 40 {
		t.Fatalf("found %d string fields in the test policy; the walk is broken", n)
	}
	for _, bad := range []struct {
		s    string
		rule Rule
	}{
		{"a\x1b[2Jb", RuleControlChar},
		{"a\u202eb", RuleBidiControl},
		{"a\xffb", RuleInvalidUTF8},
		{"ab ", RuleSurroundingSpace},
	} {
		for field := range stringFields(testPolicy()) {
			expectOneFinding(t, testPolicy(), field, bad.s, bad.rule)
		}
	}
}

// expectOneFinding sets the string field of p to s and fails unless
// Validate reports exactly one finding of rule.
func expectOneFinding(t *testing.T, p *Policy, field, s string, rule Rule) {
	t.Helper()
	stringFields(p)[field](s)
	var got []Finding
	for _, f := range p.Validate() {
		if f.Rule == rule {
			got = append(got, f)
		}
	}
	if len(got) != 1 {
		t.Errorf("%s = %q: %d %s findings, want 1: %v", field, s, len(got), rule, got)
	}
}

// TestTextLanguage checks which strings of a policy whose language is
// written in another script are taken for text in another language.
func TestTextLanguage(t *testing.T) {
	p := &Policy{
		Controller:   Controller{Contact: Contact{Name: "ООО «Пример»", Email: "privacy@example.ru"}},
		Effective:    MakeDate(2025, time.March, 1),
		Introduction: []string{"Настоящая политика описывает обработку данных.", "We process data with care."},
		Categories: []*Category{{ID: "contacts", Name: "контактные данные", Items: []string{"e-mail", "IP address", "данные Google Analytics", "the pages you visit"},
			Sensitivity: SensitivityPersonal, Sources: []Source{SourceUser}, Retention: Keep(Years(1), EventCollection)}},
	}
	p.Purposes = []*Purpose{{ID: "support", Name: "поддержка", Categories: p.Categories, Bases: []Basis{BasisContract}}}
	paths := func(lang language.Tag) []string {
		p.Language = lang
		var out []string
		for _, f := range p.Validate() {
			if f.Rule == RuleTextLanguage {
				out = append(out, f.Path)
			}
		}
		return out
	}
	want := []string{"introduction[1]", "categories[contacts].items[3]"}
	if got := paths(language.Russian); !slices.Equal(got, want) {
		t.Errorf("ru: findings at %v, want %v", got, want)
	}
	if got := paths(language.MustParse("sr-Cyrl")); !slices.Equal(got, want) {
		t.Errorf("sr-Cyrl: findings at %v, want %v", got, want)
	}
	for _, lang := range []language.Tag{language.English, language.German, language.Und, language.MustParse("sr")} {
		if got := paths(lang); len(got) != 0 {
			t.Errorf("%v: findings at %v, want none", lang, got)
		}
	}
}

// TestEndsWithAbbreviation checks which final stops belong to an
// abbreviation, and so end no sentence a fragment would wrongly hold.
func TestEndsWithAbbreviation(t *testing.T) {
	for s, want := range map[string]bool{
		"Realize Crédito, Financiamento e Investimento S.A.": true,
		"Trenitalia S.p.A.":                          true,
		"Förderverein e.V.":                          true,
		"Paystream Inc.":                             true,
		"Acme Ltd.":                                  true,
		"the website of Acme Brasil Ltda.":           true,
		"the app.":                                   false,
		"our website at shop.example.":               false,
		"accounts of the U.S.":                       true,
		"customers who pay.":                         false,
		"version 2.1.":                               false,
		"the sellers you buy from, such as Acme Co.": true,
	} {
		if got := endsWithAbbreviation(s); got != want {
			t.Errorf("endsWithAbbreviation(%q) = %v, want %v", s, got, want)
		}
	}
	// A fragment that ends with a legal form draws no warning; one that
	// ends a sentence does.
	stops := func(p *Policy) (out Findings) {
		for _, f := range p.Validate() {
			if f.Rule == RuleFragmentStop {
				out = append(out, f)
			}
		}
		return out
	}
	p := testPolicy()
	p.Scope = []string{"the website of Trenitalia S.p.A."}
	if fs := stops(p); len(fs) != 0 {
		t.Errorf("a fragment ending in S.p.A. draws %v", fs)
	}
	p.Scope = []string{"the website."}
	if fs := stops(p); len(fs) != 1 {
		t.Errorf("a fragment ending in a stop draws %v, want one warning", fs)
	}
}
