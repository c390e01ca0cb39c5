package diff_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/diff"
)

// TestCompareArrangement checks that the arrangement between joint
// controllers is material when it changes or is dropped, since it decides
// whom the user deals with, and editorial when first stated.
func TestCompareArrangement(t *testing.T) {
	with := func(s string) *policy.Policy {
		p := base()
		p.Recipients[0].Role, p.Recipients[0].Arrangement = policy.RoleJointController, s
		return p
	}
	const (
		ours   = "We answer your requests; the partner keeps the records."
		theirs = "The partner answers your requests; we keep the records."
	)
	for _, tt := range []struct {
		name          string
		before, after *policy.Policy
		kind          diff.Kind
		material      bool
		summary       string
	}{
		{"stated", with(""), with(ours), diff.Added, false, "arrangement between the joint controllers added"},
		{"changed", with(ours), with(theirs), diff.Changed, true, "another division of responsibilities between the joint controllers"},
		{"dropped", with(ours), with(""), diff.Removed, true, "another division of responsibilities between the joint controllers"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := compare(t, tt.before, tt.after)
			const path = "recipients[recipient.r0].arrangement"
			i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == path })
			if i < 0 {
				t.Fatalf("no change at %s: %+v", path, r.Changes)
			}
			if c := r.Changes[i]; c.Kind != tt.kind || c.Material != tt.material || !strings.Contains(c.Summary, tt.summary) {
				t.Errorf("change = %+v; want %s, material %v, summary with %q", c, tt.kind, tt.material, tt.summary)
			}
			if r.Material() != tt.material {
				t.Errorf("Report.Material() = %v, want %v", r.Material(), tt.material)
			}
		})
	}
}
