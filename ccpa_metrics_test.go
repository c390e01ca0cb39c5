package policy_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
)

// TestCCPAMetricsRoundTrip checks that the request metrics, the statement
// on consumers under 16 and its opt-in process survive JSON unchanged.
func TestCCPAMetricsRoundTrip(t *testing.T) {
	p := lawPolicy()
	p.CCPA.LargeVolume, p.CCPA.MetricsURL = true, "https://generated.example/metrics"
	p.CCPA.Under16, p.CCPA.OptInProcess = policy.AnswerYes, "A parent signs our consent form."
	p.CCPA.Metrics = &policy.CCPAMetrics{Year: 2023, Mean: true,
		Delete: policy.CCPARequestCounts{Received: 5, Complied: 4, Denied: 1, Days: 10},
		Limit:  policy.CCPARequestCounts{Received: 2, Complied: 2, Days: 3}}
	b, err := p.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"large_volume":true`, `"metrics":{"year":2023,"mean":true,"delete":{"received":5,"complied":4,"denied":1,"days":10},"limit":{"received":2,"complied":2,"days":3}}`, `"under_16":"yes"`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("encoding lacks %s", want)
		}
	}
	q, err := policy.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(q.CCPA.Metrics, p.CCPA.Metrics) || q.CCPA.Under16 != p.CCPA.Under16 ||
		q.CCPA.OptInProcess != p.CCPA.OptInProcess || q.CCPA.MetricsURL != p.CCPA.MetricsURL || !q.CCPA.LargeVolume {
		t.Errorf("CCPA notice after a round trip = %+v, want %+v", q.CCPA, p.CCPA)
	}
	if _, err := policy.Decode(strings.NewReader(strings.Replace(string(b), `"days":10`, `"hours":10`, 1))); err == nil {
		t.Error("Decode accepted an unknown field of the metrics")
	}
}

// TestCCPAMetricsValues checks the numbers of the metrics and the answer
// on consumers under 16 against what a published policy can hold.
func TestCCPAMetricsValues(t *testing.T) {
	p := lawPolicy()
	p.CCPA.Under16 = 7
	p.CCPA.OptInProcess = "no stop"
	p.CCPA.Metrics = &policy.CCPAMetrics{Year: 10000, Know: policy.CCPARequestCounts{Received: -1, Days: 1 << 40}}
	got := map[string]bool{}
	for _, f := range p.Validate() {
		if strings.HasPrefix(f.Path, "ccpa.") && f.Rule != policy.RuleCCPA_7102 {
			got[f.Path+" "+string(f.Rule)] = true
		}
	}
	want := map[string]bool{
		"ccpa.under_16 " + string(policy.RuleInvalidValue):            true,
		"ccpa.opt_in_process " + string(policy.RuleSentenceStop):      true,
		"ccpa.metrics.year " + string(policy.RuleOutOfRange):          true,
		"ccpa.metrics.know.received " + string(policy.RuleOutOfRange): true,
		"ccpa.metrics.know.days " + string(policy.RuleOutOfRange):     true,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}
