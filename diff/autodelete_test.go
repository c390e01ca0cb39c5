package diff_test

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/diff"
)

// TestAutoDeleteMateriality checks that withdrawing a period the user
// could choose for automatic deletion is material, naming it, and that
// offering another one, or the same lengths written alike, is not.
func TestAutoDeleteMateriality(t *testing.T) {
	offered := []policy.Period{policy.Months(3), policy.Months(18), policy.Months(36)}
	tests := []struct {
		name     string
		after    []policy.Period
		kind     diff.Kind
		material bool
		summary  string
	}{
		{"one withdrawn", []policy.Period{policy.Months(3), policy.Months(36)}, diff.Changed, true, "no longer lets you choose automatic deletion after: P18M"},
		{"all withdrawn", nil, diff.Removed, true, "no longer lets you choose automatic deletion after: P3M, P18M, P36M"},
		{"one replaced", []policy.Period{policy.Months(3), policy.Months(24), policy.Months(36)}, diff.Changed, true, "after: P18M"},
		{"one more", []policy.Period{policy.Months(3), policy.Months(18), policy.Months(36), policy.Years(5)}, diff.Changed, false, "periods for automatic deletion changed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, after := base(), base()
			before.Categories[1].AutoDelete = offered
			after.Categories[1].AutoDelete = tt.after
			r := compare(t, before, after)
			if len(r.Changes) != 1 {
				t.Fatalf("changes = %+v, want one at categories[category.c1].auto_delete", r.Changes)
			}
			c := r.Changes[0]
			if c.Path != "categories[category.c1].auto_delete" || c.Kind != tt.kind || c.Material != tt.material || !strings.Contains(c.Summary, tt.summary) {
				t.Errorf("change = %+v; want %s, material %v, summary with %q", c, tt.kind, tt.material, tt.summary)
			}
		})
	}
}
