package policy

import (
	"fmt"
	"slices"
	"testing"
)

// TestCategoryReferenceResolution covers how a reference finds its
// declaration: in order, out of order, a value listed twice, another value
// with a declared ID, and categories without an ID, where the validator
// falls back to finding the value by pointer.
func TestCategoryReferenceResolution(t *testing.T) {
	type want struct {
		rule Rule
		path string
	}
	tests := []struct {
		name   string
		change func(p *Policy)
		want   []want // findings of these rules, in order; others are ignored
	}{
		{"declaration order", func(p *Policy) {}, nil},
		{"reverse order", func(p *Policy) {
			slices.Reverse(p.Purposes[0].Categories)
			slices.Reverse(p.Recipients[0].Categories)
		}, nil},
		{"value listed twice", func(p *Policy) {
			p.Categories = append(p.Categories, p.Categories[0])
		}, []want{{RuleDuplicateID, "categories[3].id"}}},
		{"another value with a declared ID", func(p *Policy) {
			c := *p.Categories[0]
			p.Purposes[0].Categories[0] = &c
		}, []want{{RuleUndeclaredCategory, "purposes[account].categories[0]"}}},
		{"another value with a duplicated ID is found by pointer", func(p *Policy) {
			c := *p.Categories[0]
			p.Categories = append(p.Categories, &c)
			p.Purposes[0].Categories[0] = &c
		}, []want{{RuleDuplicateID, "categories[3].id"}}},
		{"categories without an ID", func(p *Policy) {
			for _, c := range p.Categories {
				c.ID = ""
			}
		}, []want{{RuleMissingID, "categories[0].id"}, {RuleMissingID, "categories[1].id"}, {RuleMissingID, "categories[2].id"}}},
		{"undeclared value without an ID", func(p *Policy) {
			p.Categories[2].ID = ""
			p.Purposes[0].Categories = append(p.Purposes[0].Categories, &Category{Name: "ghost"})
		}, []want{{RuleMissingID, "categories[2].id"}, {RuleUndeclaredCategory, "purposes[account].categories[2]"}}},
		{"a repeated ID after a missing one", func(p *Policy) {
			p.Categories[0].ID = ""
			p.Categories[2].ID = p.Categories[1].ID
		}, []want{{RuleMissingID, "categories[0].id"}, {RuleDuplicateID, "categories[2].id"}}},
		{"a repeated ID is reported in the order of the declarations", func(p *Policy) {
			c := &Category{ID: p.Categories[0].ID, Name: "again"}
			p.Categories = append(p.Categories, c, &Category{Name: "no ID"})
		}, []want{{RuleDuplicateID, "categories[3].id"}, {RuleMissingID, "categories[4].id"},
			{RuleUnusedCategory, "categories[account.email]"}, {RuleUnusedCategory, "categories[4]"}}},
		{"nil reference", func(p *Policy) {
			p.Purposes[1].Categories = append(p.Purposes[1].Categories, nil)
		}, []want{{RuleNil, "purposes[marketing].categories[1]"}}},
	}
	rules := []Rule{RuleDuplicateID, RuleUndeclaredCategory, RuleMissingID, RuleNil, RuleUnusedCategory}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPolicy()
			tt.change(p)
			var got []want
			for _, f := range p.Validate() {
				if slices.Contains(rules, f.Rule) {
					got = append(got, want{f.Rule, f.Path})
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("findings = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBasisSetHoldsEveryBasis guards the validator's set of grounds, a
// 64-bit word: every ground must fit, or the rules reading the set would
// not see it.
func TestBasisSetHoldsEveryBasis(t *testing.T) {
	for _, b := range Bases() {
		if s := basesOf([]Basis{b}); !s.has(b) || s != basisSet(1)<<b {
			t.Errorf("basis %s (%d) does not fit in a basisSet", b, b)
		}
	}
	if s := basesOf([]Basis{0, 200}); s != 0 {
		t.Errorf("invalid grounds give the set %b, want none", s)
	}
}

// TestLawsFitInAWord guards the validator's per-purpose set of laws under
// which an obligation is domestic, a 64-bit word.
func TestLawsFitInAWord(t *testing.T) {
	for _, l := range Laws() {
		if l >= 64 {
			t.Errorf("law %s is %d; the validator's set of laws holds 0 to 63", l.Name(), l)
		}
	}
}
