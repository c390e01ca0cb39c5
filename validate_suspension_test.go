package policy

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSuspensionContest checks, law by law, what a blocking or suspension
// must say about how it is contested: under the GDPR and the UK GDPR a
// decision an automated system takes needs a route to contest it and a
// person to review the objection (Art. 22(3)); under 152-FZ a route to
// object (Art. 16(3)); otherwise a blocking without a route is only
// warned about, and not at all where a law forbids telling the person of
// the report behind it (Purpose.TippingOff).
func TestSuspensionContest(t *testing.T) {
	base := Suspension{Targets: []SuspensionTarget{SuspensionTargetAccount}, Grounds: []SuspensionGround{SuspensionGroundFraud}}
	with := func(f func(*Suspension)) Suspension {
		s := base
		f(&s)
		return s
	}
	automated := func(s *Suspension) { s.Automated = AnswerYes }
	for _, tt := range []struct {
		name       string
		laws       []Law
		s          Suspension
		want       []string // "severity path" of each suspension.contest finding
		tippingOff bool
	}{
		{"person decides, no route", []Law{GDPR}, base, []string{"warning .contest"}, false},
		{"person decides, route", []Law{GDPR}, with(func(s *Suspension) { s.Contest = "by writing to support" }), nil, false},
		{"GDPR automated, nothing", []Law{GDPR}, with(automated), []string{"error .contest", "error .human_review"}, false},
		{"GDPR automated, route only", []Law{GDPR}, with(func(s *Suspension) { automated(s); s.ContestURL = "https://example.com/appeal" }),
			[]string{"error .human_review"}, false},
		{"GDPR automated, route and review", []Law{GDPR}, with(func(s *Suspension) { automated(s); s.Contest = "in the app"; s.HumanReview = true }), nil, false},
		{"UK GDPR automated, review only", []Law{UKGDPR}, with(func(s *Suspension) { automated(s); s.HumanReview = true }), []string{"error .contest"}, false},
		{"152-FZ automated, route", []Law{FZ152}, with(func(s *Suspension) { automated(s); s.Contest = "by calling the bank" }), nil, false},
		{"152-FZ automated, nothing", []Law{FZ152}, with(automated), []string{"error .contest"}, false},
		{"CCPA automated, nothing", []Law{CCPA}, with(automated), []string{"warning .contest"}, false},
		{"person decides, no route, report not to be told", []Law{CCPA}, base, nil, true},
		{"GDPR automated, report not to be told", []Law{GDPR}, with(automated), []string{"error .contest", "error .human_review"}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := testPolicy()
			p.Laws = tt.laws
			p.Purposes[2].Suspension = tt.s
			if tt.tippingOff {
				p.Purposes[2].TippingOff = []Obligation{{Act: "31 U.S.C. 5318(g)(2)", Region: region("US")}}
			}
			var got []string
			for _, f := range p.Validate() {
				if f.Rule == RuleSuspensionContest {
					got = append(got, f.Severity.String()+" "+f.Path[len("purposes[fraud].suspension"):])
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSuspensionValues checks the values of a suspension: duplicates, a
// negative or oversized time to contest and an invalid form address.
func TestSuspensionValues(t *testing.T) {
	p := testPolicy()
	p.Purposes[2].Suspension = Suspension{
		Targets: []SuspensionTarget{SuspensionTargetCard, SuspensionTargetCard}, Grounds: []SuspensionGround{SuspensionGroundFraud, 77},
		Automated: 3, ContestURL: "appeal.html", ContestWithin: Days(-1),
	}
	var got []string
	for _, f := range p.Validate() {
		got = append(got, string(f.Rule)+" "+f.Path)
	}
	const at = "purposes[fraud].suspension"
	for _, want := range []string{
		"list.duplicate " + at + ".targets[1]",
		"value.invalid " + at + ".grounds[1]",
		"value.invalid " + at + ".automated",
		"value.invalid " + at + ".contest_within",
		"url.invalid " + at + ".contest_url",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no finding %q in %v", want, got)
		}
	}
}
