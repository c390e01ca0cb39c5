package policy

import (
	"reflect"
	"strings"
	"testing"
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
			p := testPolicy()
			stringFields(p)[field](bad.s)
			var got []Finding
			for _, f := range p.Validate() {
				if f.Rule == bad.rule {
					got = append(got, f)
				}
			}
			if len(got) != 1 {
				t.Errorf("%s = %q: %d %s findings, want 1: %v", field, bad.s, len(got), bad.rule, got)
			}
		}
	}
}
