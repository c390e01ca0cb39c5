package policy

import (
	"testing"
	"time"
)

// TestAdequacyDecisionAt checks that a transfer is judged by the decision
// in force on the day asked about: the UK's 2021 decision, its renewal,
// and neither after the renewal expires.
func TestAdequacyDecisionAt(t *testing.T) {
	regime := GDPR.descriptor().transfers
	gb := region("GB")
	for _, tc := range []struct {
		on    Date
		since Date // zero: no decision in force
	}{
		{MakeDate(2021, time.June, 27), Date{}},
		{MakeDate(2021, time.June, 28), MakeDate(2021, time.June, 28)},
		{MakeDate(2025, time.December, 18), MakeDate(2021, time.June, 28)},
		{MakeDate(2025, time.December, 19), MakeDate(2025, time.December, 19)},
		{MakeDate(2031, time.December, 27), MakeDate(2025, time.December, 19)},
		{MakeDate(2031, time.December, 28), Date{}},
	} {
		d, ok := regime.decision(gb, 0, tc.on)
		if ok != !tc.since.IsZero() || d.Since != tc.since {
			t.Errorf("decision(GB, %s) = %v from %s; want %v from %s", tc.on, ok, d.Since, !tc.since.IsZero(), tc.since)
		}
	}
	if n := len(regime.decisionsFor(gb, 0)); n != 2 {
		t.Errorf("%d decisions for GB, want 2", n)
	}
	if _, ok := regime.decision(region("DE"), OrganisationEPO, MakeDate(2026, time.January, 1)); !ok {
		t.Error("no decision for the European Patent Organisation")
	}
	if _, ok := regime.decision(region("DE"), 0, MakeDate(2026, time.January, 1)); ok {
		t.Error("a decision for DE, a home state")
	}
}

// TestAddWorkingDays checks the count of Roskomnadzor's review period.
func TestAddWorkingDays(t *testing.T) {
	for _, tc := range []struct{ from, want Date }{
		{MakeDate(2026, time.January, 16), MakeDate(2026, time.January, 30)}, // Friday
		{MakeDate(2026, time.January, 17), MakeDate(2026, time.January, 30)}, // Saturday
		{MakeDate(2026, time.January, 20), MakeDate(2026, time.February, 3)}, // Tuesday
	} {
		if got := addWorkingDays(tc.from, 10); got != tc.want {
			t.Errorf("addWorkingDays(%s, 10) = %s, want %s", tc.from, got, tc.want)
		}
	}
}

// TestAdequacyAsOf checks that AdequacyAsOf is the oldest table's date.
func TestAdequacyAsOf(t *testing.T) {
	asOf := AdequacyAsOf()
	for _, law := range Laws() {
		if c := AdequacyCheckedOn(law); !c.IsZero() && c.Before(asOf) {
			t.Errorf("%s was checked on %s, before AdequacyAsOf %s", law, c, asOf)
		}
	}
	if AdequacyCheckedOn(CCPA) != (Date{}) {
		t.Error("the CCPA has a checked adequacy table")
	}
}
