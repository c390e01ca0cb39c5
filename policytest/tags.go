package policytest

import (
	"fmt"
	"github.com/gopolicy/policy/internal/textdist"
	"reflect"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
)

// TagKey is the struct tag key that names the categories of data a field
// holds.
const TagKey = "privacy"

// A TagProblem is a struct field whose tag disagrees with the policy, or,
// in a strict scan, a field with no tag.
type TagProblem struct {
	// Path is the field, from the scanned type down, such as
	// "User.Billing.Card.Last4". Elements of slices, arrays and map values
	// appear as "[]", map keys as "[key]".
	Path string
	// Tag is the tag's value.
	Tag string
	// Problem says what is wrong.
	Problem string
	// Untagged reports that the field has no privacy tag at all, which only
	// [ScanTagsStrict] reports; Tag is then "".
	Untagged bool
}

// String formats p as "path: privacy:\"tag\": problem", or as
// "path: problem" for an untagged field, as CheckTags reports it.
func (p TagProblem) String() string {
	if p.Untagged {
		return fmt.Sprintf("%s: %s", p.Path, p.Problem)
	}
	return fmt.Sprintf("%s: privacy:%q: %s", p.Path, p.Tag, p.Problem)
}

// A tagged field found by the scanner.
type taggedField struct {
	path, tag string
}

// elemStruct returns the struct type that t holds through pointers,
// slices, arrays and map values, and whether there is one.
func elemStruct(t reflect.Type) (reflect.Type, bool) {
	for {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			t = t.Elem()
		case reflect.Struct:
			return t, true
		default:
			return nil, false
		}
	}
}

// structName names the type of a scanned value, as the first element of
// the paths below it.
func structName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Name() != "" {
		return t.Name()
	}
	return t.String()
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
		if t := reflect.TypeOf(v); t != nil {
			walk(t, structName(t))
		}
	}
	return out
}

// isContainer reports whether the struct type t is one whose fields the
// strict scan checks instead of a tag on the field holding it: it has an
// exported field or a tagged one. A struct of unexported fields alone,
// such as time.Time or netip.Addr, is a value, which needs a tag.
func isContainer(t reflect.Type) bool {
	for i := range t.NumField() {
		f := t.Field(i)
		if _, tagged := f.Tag.Lookup(TagKey); tagged || f.IsExported() {
			return true
		}
	}
	return false
}

// untagged walks the types of values as the strict scan does and returns
// the path of every field that needs a tag and has none, in the order of
// scan. It goes down only through untagged fields whose type holds a
// container struct (see isContainer), since a tag on a field declares the
// whole value, and from such a field into the struct keys of its maps;
// each struct type is walked once.
func untagged(values []any) []string {
	var out []string
	seen := make(map[reflect.Type]bool)
	var walk func(t reflect.Type, path string)
	walk = func(t reflect.Type, path string) {
		for {
			k := t.Kind()
			if k == reflect.Pointer {
				t = t.Elem()
				continue
			}
			if k == reflect.Map {
				walk(t.Key(), path+"[key]")
			}
			if k == reflect.Slice || k == reflect.Array || k == reflect.Map {
				t, path = t.Elem(), path+"[]"
				continue
			}
			break
		}
		if t.Kind() != reflect.Struct || !isContainer(t) || seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			fp := path + "." + f.Name
			if _, ok := f.Tag.Lookup(TagKey); ok || f.Name == "_" {
				continue
			}
			if st, ok := elemStruct(f.Type); ok && isContainer(st) {
				walk(f.Type, fp)
				continue
			}
			out = append(out, fp)
		}
	}
	for _, v := range values {
		if t := reflect.TypeOf(v); t != nil {
			walk(t, structName(t))
		}
	}
	return out
}

// tagIDs splits a tag into the category IDs it lists.
func tagIDs(tag string) []string {
	return strings.Split(tag, ",")
}

// Problem texts.
const (
	problemMalformed  = `malformed tag: want a category ID such as "account.email", several separated by commas, or "-"`
	problemUndeclared = "the policy declares no such category"
	problemExcluded   = "the policy declares this data as not collected"
	problemUntagged   = `no privacy tag: name the categories of data the field holds, or "-" if it holds none`
)

// tagChecker checks tags against one policy.
type tagChecker struct {
	p        *policy.Policy
	excluded map[string]bool
	declared []string // category IDs, in declaration order
}

func newTagChecker(p *policy.Policy) *tagChecker {
	c := &tagChecker{
		p:        p,
		excluded: make(map[string]bool, len(p.NotCollected)),
		declared: policy.CategoryIDs(p.Categories),
	}
	for _, e := range p.NotCollected {
		c.excluded[e.ID] = true
	}
	return c
}

// check returns the problems of the tag of field f: one for a malformed
// tag, else one for each category it lists that is undeclared, excluded
// or listed twice.
func (c *tagChecker) check(f taggedField) []TagProblem {
	if f.tag == "-" {
		return nil
	}
	ids := tagIDs(f.tag)
	problem := func(s string) TagProblem { return TagProblem{Path: f.path, Tag: f.tag, Problem: s} }
	for _, id := range ids {
		switch {
		case id == "-":
			return []TagProblem{problem(`malformed tag: "-" marks a field that holds no declared data and stands alone`)}
		case policy.ValidID(id):
			continue
		case len(ids) == 1:
			return []TagProblem{problem(problemMalformed + c.suggest(id))}
		default:
			return []TagProblem{problem(fmt.Sprintf("malformed tag: %q is not a category ID%s; want IDs such as %q separated by commas",
				id, c.suggest(id), "account.email"))}
		}
	}
	var out []TagProblem
	listed := make(map[string]bool, len(ids))
	for _, id := range ids {
		var s string
		switch {
		case listed[id]:
			out = append(out, problem(fmt.Sprintf("category %q is listed twice", id)))
			continue
		case c.excluded[id]:
			s = problemExcluded
		case c.p.Category(id) == nil:
			s = problemUndeclared + c.suggest(id)
		}
		listed[id] = true
		if s == "" {
			continue
		}
		if len(ids) > 1 {
			s = fmt.Sprintf("category %q: %s", id, s)
		}
		out = append(out, problem(s))
	}
	return out
}

// suggest returns `; did you mean "ID"?` naming the declared category
// closest to id, compared without regard to case, or "" when none is
// close: within a third of id's length and at most three edits.
func (c *tagChecker) suggest(id string) string {
	if len(id) > 2*policy.MaxIDLength {
		return ""
	}
	low := strings.ToLower(id)
	limit := min(3, max(1, len([]rune(low))/3))
	best, bestDist := "", limit+1
	for _, d := range c.declared {
		if dist := textdist.Distance(low, d); dist < bestDist {
			best, bestDist = d, dist
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", best)
}

// ScanTags walks the types of values (the values themselves are not read)
// through nested and embedded structs, pointers, slices, arrays and maps,
// and returns a problem for every `privacy` tag that is malformed, names a
// category p does not declare, names data p declares as not collected, or
// names a category twice. A tag names one category, `privacy:"account.email"`,
// or several separated by commas without spaces,
// `privacy:"account.email,billing.card"`; a tag of "-" marks a field as
// deliberately holding no declared data. A problem with an unknown or
// malformed category suggests the closest category p declares, if one is
// close. Untagged fields are not problems; see [ScanTagsStrict].
func ScanTags(p *policy.Policy, values ...any) []TagProblem {
	c := newTagChecker(p)
	var problems []TagProblem
	for _, f := range scan(values) {
		problems = append(problems, c.check(f)...)
	}
	return problems
}

// ScanTagsStrict is [ScanTags] that also requires every field to carry a
// tag, and returns a problem (with Untagged set) for each field that has
// none, after the problems of the tags. Blank (_) fields need no tag, and
// neither does a field whose type is, directly or through pointers,
// slices, arrays and map values, a struct with an exported or tagged
// field: its own fields are checked instead. A struct of unexported
// fields alone, such as time.Time, is a value and needs a tag like any
// other. A tag on a field declares the whole value, so the fields beneath
// a tagged field need none (the tags they do carry are still checked).
// Fields such as a mutex are marked `privacy:"-"`.
func ScanTagsStrict(p *policy.Policy, values ...any) []TagProblem {
	problems := ScanTags(p, values...)
	for _, path := range untagged(values) {
		problems = append(problems, TagProblem{Path: path, Problem: problemUntagged, Untagged: true})
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

// CheckTagsStrict fails t for every problem [ScanTagsStrict] finds, one
// error a problem: beside the problems CheckTags reports, every field that
// has no tag and is not a struct whose fields are checked instead. Use it
// where every field of the scanned types should say whether it holds
// personal data.
func CheckTagsStrict(t testing.TB, p *policy.Policy, values ...any) {
	t.Helper()
	for _, pr := range ScanTagsStrict(p, values...) {
		t.Errorf("%s", pr)
	}
}

// Uncarried returns the IDs of the personal-data categories p declares that
// no tagged field of the types of values carries, in declaration order: the
// policy may declare more than the code holds.
func Uncarried(p *policy.Policy, values ...any) []string {
	carried := make(map[string]bool)
	for _, f := range scan(values) {
		for _, id := range tagIDs(f.tag) {
			carried[id] = true
		}
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
