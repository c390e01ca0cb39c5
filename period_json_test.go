package policy_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
)

// TestPeriodHoursJSON checks that periods in hours are published as ISO
// 8601 strings the schema accepts, and read back by the strict decoder to
// the same policy; and that the decoder refuses hours beyond the limit.
func TestPeriodHoursJSON(t *testing.T) {
	p := gen.Policy(3)
	p.Categories[0].Retention = policy.Keep(policy.Hours(25), policy.EventCollection)
	p.Categories[1].Retention = policy.Keep(policy.Period{Days: 1, Hours: 12}, policy.EventCollection)
	p.Categories[2].AutoDelete = []policy.Period{policy.Hours(24), policy.Days(3)}
	p.Categories[2].Retention = policy.Keep(policy.Hours(policy.MaxPeriodHours), policy.EventCollection)
	p.Security = append(p.Security, policy.Measure{Kind: policy.MeasureBreachNotification,
		Breach: policy.BreachNotice{Authority: policy.Hours(24), Results: policy.Hours(72)}})
	p.Requests.Deadline = policy.Hours(72)
	if err := p.Validate().Err(); err != nil {
		t.Fatalf("the policy does not validate: %v", err)
	}
	var b bytes.Buffer
	if err := policy.Encode(&b, p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"PT25H"`, `"P1DT12H"`, `"PT24H"`, `"PT72H"`, `"PT2400000H"`} {
		if !bytes.Contains(b.Bytes(), []byte(want)) {
			t.Errorf("the encoding lacks %s", want)
		}
	}
	var doc any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if err := compileSchema(t).Validate(doc); err != nil {
		t.Errorf("the encoding does not validate against the schema: %v", err)
	}
	q, err := policy.Decode(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p.Categories[1].Retention, q.Categories[1].Retention); diff != "" {
		t.Errorf("retention changed in the round trip (-want +got):\n%s", diff)
	}
	var again bytes.Buffer
	if err := policy.Encode(&again, q); err != nil || !bytes.Equal(b.Bytes(), again.Bytes()) {
		t.Errorf("Encode(Decode(Encode(p))) differs from Encode(p) (err %v)", err)
	}

	over := bytes.Replace(b.Bytes(), []byte(`"PT2400000H"`), []byte(`"PT2400001H"`), 1)
	_, err = policy.Decode(bytes.NewReader(over))
	var de *policy.DecodeError
	if !errors.As(err, &de) || !strings.Contains(de.Path, "categories[2].retention") {
		t.Errorf("Decode of hours over the limit: %v, want a DecodeError at categories[2].retention", err)
	}
	for _, tt := range []struct {
		deadline string
		ok       bool
	}{{"PT1H", true}, {"P1DT1H", true}, {"PT1H30M", false}, {"PT", false}, {"P1DT", false}, {"P1H", false}} {
		err := compileSchema(t).Validate(map[string]any{"requests": map[string]any{"deadline": tt.deadline}})
		if (err == nil) != tt.ok {
			t.Errorf("schema on deadline %q: %v, want ok=%v", tt.deadline, err, tt.ok)
		}
	}
}
