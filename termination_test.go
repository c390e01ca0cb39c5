package policy

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestValidateTerminationAndRequestValues checks the values of the events
// on which processing ends and of what a request must contain and when it
// may be repeated: each case reports its rule at its path, and the valid
// declaration beside it reports nothing there.
func TestValidateTerminationAndRequestValues(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(p *Policy)
		path   string
		rule   Rule
	}{
		{"undefined event", func(p *Policy) { p.Termination = []Event{EventPurposeAchieved, Event(200)} }, "termination[1]", RuleInvalidValue},
		{"zero event", func(p *Policy) { p.Termination = []Event{0} }, "termination[0]", RuleInvalidValue},
		{"collection", func(p *Policy) { p.Termination = []Event{EventCollection} }, "termination[0]", RuleInvalidValue},
		{"event twice", func(p *Policy) { p.Termination = []Event{EventLiquidation, EventConsentExpiry, EventLiquidation} }, "termination[2]", RuleDuplicateEntry},
		{"undefined detail", func(p *Policy) { p.Requests.Contents = []RequestDetail{RequestDetail(9)} }, "requests.contents[0]", RuleInvalidValue},
		{"detail twice", func(p *Policy) {
			p.Requests.Contents = []RequestDetail{RequestDetailSignature, RequestDetailSignature}
		}, "requests.contents[1]", RuleDuplicateEntry},
		{"negative repeat", func(p *Policy) { p.Requests.RepeatAfter = Days(-30) }, "requests.repeat_after", RuleInvalidValue},
		{"repeat out of range", func(p *Policy) { p.Requests.RepeatAfter = Days(MaxPeriodUnit + 1) }, "requests.repeat_after", RuleOutOfRange},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := testPolicy()
			tt.change(p)
			fs := p.Validate()
			if !slices.ContainsFunc(fs, func(f Finding) bool { return f.Path == tt.path && f.Rule == tt.rule && f.Severity == SeverityError }) {
				t.Errorf("no %s error at %s; findings:\n%v", tt.rule, tt.path, fs)
			}
		})
	}
	p := testPolicy()
	p.Termination = []Event{EventPurposeAchieved, EventConsentExpiry, EventConsentWithdrawal, EventUnlawfulProcessing, EventLiquidation}
	p.Requests.Contents = []RequestDetail{RequestDetailIdentityDocument, RequestDetailRelationship, RequestDetailSignature, RequestDetailElectronicSignature}
	p.Requests.RepeatAfter = Days(30)
	for _, f := range p.Validate() {
		if strings.HasPrefix(f.Path, "termination") || strings.HasPrefix(f.Path, "requests.") {
			t.Errorf("valid declaration reported: %v", f)
		}
	}
}

// TestTerminationRoundTrip checks that the events on which processing
// ends and the contents of a request survive Encode and Decode, under
// their documented JSON names.
func TestTerminationRoundTrip(t *testing.T) {
	p := testPolicy()
	p.Termination = []Event{EventPurposeAchieved, EventUnlawfulProcessing, EventLiquidation}
	p.Requests.Contents = []RequestDetail{RequestDetailIdentityDocument, RequestDetailElectronicSignature}
	p.Requests.RepeatAfter = Days(30)
	b := encode(t, p)
	for _, want := range []string{
		`"termination": [`, `"unlawful_processing"`, `"liquidation"`,
		`"contents": [`, `"identity_document"`, `"electronic_signature"`, `"repeat_after": "P30D"`,
	} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("encoding lacks %s:\n%s", want, b)
		}
	}
	q, err := Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(q.Termination, p.Termination) || !slices.Equal(q.Requests.Contents, p.Requests.Contents) || q.Requests.RepeatAfter != p.Requests.RepeatAfter {
		t.Errorf("decoded termination %v, contents %v, repeat %v", q.Termination, q.Requests.Contents, q.Requests.RepeatAfter)
	}
	if c := encode(t, q); !bytes.Equal(b, c) {
		t.Errorf("re-encoding differs")
	}
	if _, err := Decode(bytes.NewReader([]byte(`{"termination": ["liquidation"], "requests": {"contents": ["signature"], "repeat_after": "P30D"}}`))); err != nil {
		t.Errorf("Decode of known values: %v", err)
	}
	for _, bad := range []string{`{"termination": ["ended"]}`, `{"requests": {"contents": ["passport"]}}`, `{"requests": {"repeat_after": "30 days"}}`} {
		if _, err := Decode(bytes.NewReader([]byte(bad))); err == nil {
			t.Errorf("Decode(%s) accepted an unknown value", bad)
		}
	}
}
