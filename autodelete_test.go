package policy

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAutoDeleteValidate checks the periods a user can choose for the
// automatic deletion of a category's data: each positive, within
// MaxPeriodUnit and listed once.
func TestAutoDeleteValidate(t *testing.T) {
	tests := []struct {
		name     string
		periods  []Period
		rule     Rule
		path     string
		severity Severity
	}{
		{"zero", []Period{Months(3), {}}, RuleInvalidRetention, "categories[account.email].auto_delete[1]", SeverityError},
		{"negative", []Period{Months(-3)}, RuleInvalidRetention, "categories[account.email].auto_delete[0]", SeverityError},
		{"mixed sign", []Period{{Years: 1, Months: -6}}, RuleInvalidRetention, "categories[account.email].auto_delete[0]", SeverityError},
		{"out of range", []Period{Months(3), Days(MaxPeriodUnit + 1)}, RuleOutOfRange, "categories[account.email].auto_delete[1]", SeverityError},
		{"duplicate", []Period{Months(3), Months(18), Months(3)}, RuleDuplicateEntry, "categories[account.email].auto_delete[2]", SeverityError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPolicy()
			p.Categories[0].AutoDelete = tt.periods
			fs := p.Validate()
			var got []Finding
			for _, f := range fs {
				if strings.Contains(f.Path, ".auto_delete") {
					got = append(got, f)
				}
			}
			if len(got) != 1 || got[0].Rule != tt.rule || got[0].Path != tt.path || got[0].Severity != tt.severity || got[0].Message == "" {
				t.Fatalf("auto_delete findings = %v, want one %s %v at %s", got, tt.severity, tt.rule, tt.path)
			}
			if !errors.Is(fs, tt.rule) {
				t.Errorf("errors.Is(findings, %s) = false", tt.rule)
			}
		})
	}

	// Periods the JSON form holds, in any order, with equal lengths
	// written differently (18 months, 1 year and 6 months), validate.
	p := testPolicy()
	want := p.Validate()
	p.Categories[0].AutoDelete = []Period{Months(36), Months(3), Months(18), {Years: 1, Months: 6}, Days(MaxPeriodUnit)}
	if diff := cmp.Diff(want, p.Validate()); diff != "" {
		t.Errorf("valid periods changed the findings (-without +with):\n%s", diff)
	}
}

// TestAutoDeleteJSON checks that the periods are written as ISO 8601
// strings under auto_delete, read back to the same policy, and that the
// reader refuses what Validate refuses for the JSON form.
func TestAutoDeleteJSON(t *testing.T) {
	p := testPolicy()
	p.Categories[0].AutoDelete = []Period{Months(3), Months(18), Years(3)}
	b := encode(t, p)
	if compact := strings.Join(strings.Fields(string(b)), ""); !strings.Contains(compact, `"auto_delete":["P3M","P18M","P3Y"]`) {
		t.Errorf("encoding lacks auto_delete:\n%s", b)
	}
	q, err := Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p.Categories[0].AutoDelete, q.Categories[0].AutoDelete); diff != "" {
		t.Errorf("round trip changed auto_delete (-want +got):\n%s", diff)
	}
	if c := q.Categories[1]; c.AutoDelete != nil {
		t.Errorf("a category without auto_delete decodes with %v", c.AutoDelete)
	}

	for _, bad := range []string{`"P-3M"`, `"P100001M"`, `"PT3M"`, `"PT2400001H"`, `3`} {
		in := bytes.Replace(b, []byte(`"P18M"`), []byte(bad), 1)
		_, err := Decode(bytes.NewReader(in))
		var de *DecodeError
		if !errors.As(err, &de) || !strings.Contains(de.Path, "auto_delete[1]") {
			t.Errorf("auto_delete [%s]: err = %v, want a DecodeError at auto_delete[1]", bad, err)
		}
	}

	p.Categories[0].AutoDelete = []Period{Days(-1)}
	if err := Encode(new(bytes.Buffer), p); err == nil {
		t.Errorf("Encode wrote a negative auto_delete period")
	}
}
