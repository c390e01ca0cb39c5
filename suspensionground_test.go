package policy_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/gopolicy/policy"
)

// TestSuspensionGroundSafetyReport checks the ground for deactivating an
// account on other users' reports of unsafe conduct: its text form, its
// English name, and that a policy declaring it validates and round-trips
// through JSON.
func TestSuspensionGroundSafetyReport(t *testing.T) {
	g := policy.SuspensionGroundSafetyReport
	if !g.Valid() {
		t.Fatal("SuspensionGroundSafetyReport is not valid")
	}
	if got := g.String(); got != "safety_report" {
		t.Errorf("String() = %q, want %q", got, "safety_report")
	}
	if got := g.Name(); got != "unsafe conduct reported by other users" {
		t.Errorf("Name() = %q", got)
	}
	var back policy.SuspensionGround
	if err := back.UnmarshalText([]byte("safety_report")); err != nil || back != g {
		t.Errorf("UnmarshalText(safety_report) = %v, %v", back, err)
	}
	if g+1 != policy.SuspensionGroundUnderage {
		t.Errorf("%d follows SuspensionGroundSafetyReport; a test of it is missing", g+1)
	}

	data := &policy.Category{ID: "trips", Name: "Trip data", Items: []string{"routes", "ratings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Ride Ltd", Email: "privacy@ride.example"}},
		Categories: []*policy.Category{data},
		Purposes: []*policy.Purpose{{ID: "safety", Name: "Keeping riders and drivers safe", Categories: []*policy.Category{data},
			Bases: []policy.Basis{policy.BasisContract},
			Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
				Grounds: []policy.SuspensionGround{g}, Automated: policy.AnswerNo, Contest: "by writing to support"}}},
	}
	for _, f := range p.Validate() {
		if f.Severity == policy.SeverityError {
			t.Errorf("finding: %v", f)
		}
	}
	var buf bytes.Buffer
	if err := policy.Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"safety_report"`)) {
		t.Errorf("the JSON does not name the ground safety_report:\n%s", buf.Bytes())
	}
	q, err := policy.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Purpose("safety").Suspension.Grounds; !slices.Equal(got, []policy.SuspensionGround{g}) {
		t.Errorf("decoded grounds %v, want [%v]", got, g)
	}
}
