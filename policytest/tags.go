package policytest

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
)

// TagKey is the struct tag key that names the category of data a field
// holds.
const TagKey = "privacy"

// A TagProblem is a struct tag that disagrees with the policy.
type TagProblem struct {
	// Path is the field, from the scanned type down, such as
	// "User.Billing.Card.Last4". Elements of slices, arrays and map values
	// appear as "[]", map keys as "[key]".
	Path string
	// Tag is the tag's value.
	Tag string
	// Problem says what is wrong.
	Problem string
}

// String formats p as "path: privacy:\"tag\": problem", as CheckTags
// reports it.
func (p TagProblem) String() string {
	return fmt.Sprintf("%s: privacy:%q: %s", p.Path, p.Tag, p.Problem)
}

// A tagged field found by the scanner.
type taggedField struct {
	path, tag string
}

// scan walks the types of values and returns every tagged field, in a
// stable order: fields in declaration order, depth first. Each named type
// is walked once, so recursive types terminate.
func scan(values []any) []taggedField {
	var out []taggedField
	seen := make(map[reflect.Type]bool)
	var walk func(t reflect.Type, path string)
	walk = func(t reflect.Type, path string) {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		switch t.Kind() {
		case reflect.Slice, reflect.Array:
			walk(t.Elem(), path+"[]")
			return
		case reflect.Map:
			walk(t.Key(), path+"[key]")
			walk(t.Elem(), path+"[]")
			return
		case reflect.Struct:
		default:
			return
		}
		if seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			fp := path + "." + f.Name
			if tag, ok := f.Tag.Lookup(TagKey); ok {
				out = append(out, taggedField{fp, tag})
			}
			walk(f.Type, fp)
		}
	}
	for _, v := range values {
		t := reflect.TypeOf(v)
		if t == nil {
			continue
		}
		base := t
		for base.Kind() == reflect.Pointer {
			base = base.Elem()
		}
		name := base.Name()
		if name == "" {
			name = base.String()
		}
		walk(t, name)
	}
	return out
}

// ScanTags walks the types of values (the values themselves are not read)
// through nested and embedded structs, pointers, slices, arrays and maps,
// and returns a problem for every `privacy` tag that is malformed, names a
// category p does not declare, or names data p declares as not collected.
// A tag of "-" marks a field as deliberately holding no declared data.
func ScanTags(p *policy.Policy, values ...any) []TagProblem {
	excluded := make(map[string]bool, len(p.NotCollected))
	for _, e := range p.NotCollected {
		excluded[e.ID] = true
	}
	var problems []TagProblem
	for _, f := range scan(values) {
		id := strings.TrimSpace(f.tag)
		switch {
		case f.tag == "-":
		case id != f.tag || !policy.ValidID(id):
			problems = append(problems, TagProblem{f.path, f.tag, `malformed tag: want one category ID such as "account.email", or "-"`})
		case excluded[id]:
			problems = append(problems, TagProblem{f.path, f.tag, "the policy declares this data as not collected"})
		case p.Category(id) == nil:
			problems = append(problems, TagProblem{f.path, f.tag, "the policy declares no such category"})
		}
	}
	return problems
}

// CheckTags fails t for every problem [ScanTags] finds, one error a
// problem, naming the field path.
func CheckTags(t testing.TB, p *policy.Policy, values ...any) {
	t.Helper()
	for _, pr := range ScanTags(p, values...) {
		t.Errorf("%s", pr)
	}
}

// Uncarried returns the IDs of the personal-data categories p declares that
// no tagged field of the types of values carries, in declaration order: the
// policy may declare more than the code holds.
func Uncarried(p *policy.Policy, values ...any) []string {
	carried := make(map[string]bool)
	for _, f := range scan(values) {
		carried[f.tag] = true
	}
	var out []string
	for _, c := range p.Categories {
		if c.Personal() && !carried[c.ID] {
			out = append(out, c.ID)
		}
	}
	return out
}

// CheckCarried fails t if a personal-data category that p declares is
// carried by no tagged field of the types of values. Use it where the
// scanned types are all the service stores, so that the policy declares no
// more than the code holds.
func CheckCarried(t testing.TB, p *policy.Policy, values ...any) {
	t.Helper()
	if ids := Uncarried(p, values...); len(ids) > 0 {
		t.Errorf("the policy declares categories no tagged field carries: %s", strings.Join(ids, ", "))
	}
}
