package policy

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// unfuzzedFields are the model fields, as Type.Field, that fuzzPolicy
// may leave zero for every seed of FuzzValidRoundTrip, each with the
// reason. Every other field of a struct type reachable from Policy must
// be set by the test policy or by an operation of fuzzPolicy that a seed
// runs, so that a field added to the model is fuzzed through Validate,
// Encode and Decode from the day it is added.
var unfuzzedFields = map[string]string{}

// modelFields returns the exported fields, as Type.Field, of every struct
// type of this package reachable from t.
func modelFields(t reflect.Type) []string {
	var out []string
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(t.Elem())
		case reflect.Struct:
			if seen[t] || t.PkgPath() != reflect.TypeFor[Policy]().PkgPath() {
				return
			}
			seen[t] = true
			for i := range t.NumField() {
				f := t.Field(i)
				if f.IsExported() {
					out = append(out, t.Name()+"."+f.Name)
					walk(f.Type)
				}
			}
		}
	}
	walk(t)
	slices.Sort(out)
	return out
}

// setFields adds to set every field, as Type.Field, that holds a value
// other than its zero value somewhere in v.
func setFields(v reflect.Value, set map[string]bool) {
	seen := map[any]bool{}
	pkg := reflect.TypeFor[Policy]().PkgPath()
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Interface()] {
				return
			}
			seen[v.Interface()] = true
			walk(v.Elem())
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			t := v.Type()
			if t.PkgPath() != pkg {
				return
			}
			for i := range t.NumField() {
				if f := t.Field(i); f.IsExported() && !v.Field(i).IsZero() {
					set[t.Name()+"."+f.Name] = true
					walk(v.Field(i))
				}
			}
		}
	}
	walk(v)
}

// TestFuzzPolicyCoverage fails when a field of the model is zero in every
// policy that fuzzPolicy builds from the seeds of FuzzValidRoundTrip,
// unless unfuzzedFields gives a reason: a new field must be given an
// operation in fuzzPolicy and a seed that runs it.
func TestFuzzPolicyCoverage(t *testing.T) {
	set := map[string]bool{}
	for _, seed := range roundTripSeeds {
		fp := fuzzPolicy{seed.ops, seed.s}
		setFields(reflect.ValueOf(fp.policy()), set)
	}
	var missing []string
	for _, f := range modelFields(reflect.TypeFor[Policy]()) {
		_, excluded := unfuzzedFields[f]
		switch {
		case !set[f] && !excluded:
			missing = append(missing, f)
		case set[f] && excluded:
			t.Errorf("%s is listed in unfuzzedFields but a seed sets it; drop it from the list", f)
		}
	}
	if len(missing) > 0 {
		t.Errorf("fuzzPolicy leaves %d model fields zero for every seed of FuzzValidRoundTrip; set them in an operation and add a seed that runs it, or list them in unfuzzedFields with the reason:\n\t%s",
			len(missing), strings.Join(missing, "\n\t"))
	}
}
