// Package policytest checks, in a service's own tests, that the code does
// what its privacy policy declares.
//
// Assertions such as [DeclaresFor] fail the test with a go-cmp diff of what
// the policy does declare. [CheckTags] walks the service's own types and
// fails for a field tagged with a category the policy does not declare:
//
//	type User struct {
//		Email string `privacy:"account.email"`
//	}
//
//	func TestTags(t *testing.T) {
//		policytest.CheckTags(t, privacy.Policy, User{})
//	}
//
// A field may name several categories, `privacy:"account.email,billing.card"`,
// and one tagged "-" holds no declared data; an unknown category comes with
// the closest declared one ("did you mean"). [CheckTagsStrict] also fails
// for every field that carries no tag, so no new field escapes the policy
// unnoticed.
//
// [CheckPublished] fails when the files a service publishes (those package
// generate writes, usually from a go:generate line) are missing, out of
// date or left over:
//
//	func TestPublished(t *testing.T) {
//		policytest.CheckPublished(t, "web", privacy.Policy, policytest.PublishOptions{
//			Languages: []language.Tag{language.English, language.Russian},
//			Translations: privacy.Translations(),
//		})
//	}
//
// [Golden] keeps a rendered policy under version control, so every change
// to it shows up as a diff in review.
package policytest

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
)

// Declares fails t unless p declares a category with ID category.
func Declares(t testing.TB, p *policy.Policy, category string) {
	t.Helper()
	if p.Category(category) != nil {
		return
	}
	got := policy.CategoryIDs(p.Categories)
	t.Errorf("policy does not declare category %q; declared categories (-want +got):\n%s",
		category, cmp.Diff(with(got, category), got))
}

// DeclaresFor fails t unless p declares the category for the purpose and,
// when grounds are given, the purpose rests on each of them.
func DeclaresFor(t testing.TB, p *policy.Policy, category, purpose string, grounds ...policy.Basis) {
	t.Helper()
	pu := p.Purpose(purpose)
	if pu == nil {
		got := policy.PurposeIDs(p.Purposes)
		t.Errorf("policy does not declare purpose %q; declared purposes (-want +got):\n%s",
			purpose, cmp.Diff(with(got, purpose), got))
		return
	}
	got := policy.CategoryIDs(pu.Categories)
	if !slices.Contains(got, category) {
		t.Errorf("purpose %q does not use category %q; its categories (-want +got):\n%s",
			purpose, category, cmp.Diff(with(got, category), got))
	}
	if len(grounds) == 0 {
		return
	}
	want := slices.Clone(pu.Bases)
	for _, b := range grounds {
		if !pu.HasBasis(b) {
			want = append(want, b)
		}
	}
	if len(want) != len(pu.Bases) {
		t.Errorf("purpose %q does not rest on the grounds asserted; its grounds (-want +got):\n%s",
			purpose, cmp.Diff(keys(want), keys(pu.Bases)))
	}
}

// Retains fails t unless p declares the category with exactly the given
// retention.
func Retains(t testing.TB, p *policy.Policy, category string, want policy.Retention) {
	t.Helper()
	c := p.Category(category)
	if c == nil {
		Declares(t, p, category)
		return
	}
	if diff := cmp.Diff(want, c.Retention); diff != "" {
		t.Errorf("category %q has a different retention (-want +got):\n%s", category, diff)
	}
}

// Excludes fails t unless p declares the data with ID id as not collected.
func Excludes(t testing.TB, p *policy.Policy, id string) {
	t.Helper()
	var got []string
	for _, e := range p.NotCollected {
		if e.ID == id {
			return
		}
		got = append(got, e.ID)
	}
	t.Errorf("policy does not declare %q as not collected; its exclusions (-want +got):\n%s",
		id, cmp.Diff(with(got, id), got))
}

func keys(bs []policy.Basis) []string {
	s := make([]string, len(bs))
	for i, b := range bs {
		s[i] = b.String()
	}
	return s
}

// with returns a copy of ids with id added at the end.
func with(ids []string, id string) []string {
	return append(slices.Clone(ids), id)
}
