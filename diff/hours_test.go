package diff_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/diff"
)

// TestComparePeriodsInHours checks that a period stated in hours compares
// with one in days, a day counting as 24 hours: retention or a deadline
// that grows from hours to days is material, one that only restates the
// same length, or shrinks, is not.
func TestComparePeriodsInHours(t *testing.T) {
	retention := func(n policy.Period) func(*policy.Policy) {
		return func(p *policy.Policy) { p.Categories[0].Retention = policy.Keep(n, policy.EventCollection) }
	}
	breach := func(n policy.Period) func(*policy.Policy) {
		return func(p *policy.Policy) { p.Security[1].Breach.Authority = n }
	}
	deadline := func(n policy.Period) func(*policy.Policy) {
		return func(p *policy.Policy) { p.Requests.Deadline = n }
	}
	for _, tt := range []struct {
		name        string
		old, next   func(*policy.Policy)
		path        string
		material    bool
		summaryPart string
	}{
		{"retention from hours to days", retention(policy.Hours(25)), retention(policy.Days(2)),
			"categories[category.c0].retention", true, "kept longer"},
		{"retention from days to more hours", retention(policy.Days(1)), retention(policy.Hours(25)),
			"categories[category.c0].retention", true, "kept longer"},
		{"retention from hours to the same days", retention(policy.Hours(48)), retention(policy.Days(2)),
			"categories[category.c0].retention", false, "retention changed"},
		{"retention from days to fewer hours", retention(policy.Days(2)), retention(policy.Hours(36)),
			"categories[category.c0].retention", false, "retention changed"},
		{"retention from hours to days and hours", retention(policy.Hours(24)), retention(policy.Period{Days: 1, Hours: 1}),
			"categories[category.c0].retention", true, "kept longer"},
		{"breach from hours to days", breach(policy.Hours(72)), breach(policy.Days(4)),
			"security[1].breach.authority", true, "the authority is told of a breach later"},
		{"breach from days to the same hours", breach(policy.Days(3)), breach(policy.Hours(72)),
			"security[1].breach.authority", false, "time to notify the authority of a breach changed"},
		{"deadline from hours to a month", deadline(policy.Hours(72)), deadline(policy.Months(1)),
			"requests.deadline", true, "answered later"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			old, next := base(), base()
			tt.old(old)
			tt.next(next)
			r := compare(t, old, next)
			i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == tt.path && c.Kind == diff.Changed })
			if i < 0 {
				t.Fatalf("no change at %s: %+v", tt.path, r.Changes)
			}
			if got := r.Changes[i]; got.Material != tt.material || !strings.Contains(got.Summary, tt.summaryPart) {
				t.Errorf("change = %+v; want material %v, summary with %q", got, tt.material, tt.summaryPart)
			}
		})
	}
}
