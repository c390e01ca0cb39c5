package diff_test

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy/diff"
)

// TestForwardsRequestsDropped checks that a version that no longer passes
// requests about customers' data on to the customers changes materially.
func TestForwardsRequestsDropped(t *testing.T) {
	before := base()
	before.CustomerData.ForwardsRequests = true
	r := compare(t, before, base())
	if len(r.Changes) != 1 || r.Changes[0].Path != "customer_data.forwards_requests" || r.Changes[0].Kind != diff.Removed ||
		!r.Changes[0].Material || !strings.Contains(r.Changes[0].Summary, "no longer passed on") {
		t.Errorf("changes = %+v; want a material removal at customer_data.forwards_requests", r.Changes)
	}
}
