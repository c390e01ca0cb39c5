package policy_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestUKAdequacyEEA shows that the UK GDPR accepts adequacy for a transfer
// from the UK to the EU as a whole, as it does for each EEA state: the
// transitional provisions of the Data Protection Act 2018 (Sch. 21, para.
// 5) deem the EEA states and the Union's institutions adequate. A state
// outside that list still needs another safeguard.
func TestUKAdequacyEEA(t *testing.T) {
	r := language.MustParseRegion
	for _, tt := range []struct {
		destination language.Region
		want        bool // whether ukgdpr.13.1.f reports the transfer
	}{
		{r("EU"), false},
		{r("DE"), false},
		{r("NO"), false},
		{r("CN"), true},
	} {
		t.Run(tt.destination.String(), func(t *testing.T) {
			p := lawPolicy()
			effective(p, policy.MakeDate(2026, 6, 1))
			p.Transfers = append(p.Transfers, policy.Transfer{
				Origin: r("GB"), Destination: tt.destination, Categories: p.Transfers[0].Categories, Safeguard: policy.SafeguardAdequacy,
			})
			path := "transfers[" + strconv.Itoa(len(p.Transfers)-1) + "].safeguard"
			var got bool
			for _, f := range p.Validate() {
				if f.Rule == "ukgdpr.13.1.f" && f.Path == path {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("ukgdpr.13.1.f finding at %s: got %v, want %v", path, got, tt.want)
			}
		})
	}
}

// TestPortabilityOnlyOnConsentOrContract shows that the rights rule of the
// GDPR and the UK GDPR asks for the right to data portability only where
// some purpose rests on consent, explicit consent or a contract (Art.
// 20(1)(a)): a public authority that relies on its public task alone
// need not state it.
func TestPortabilityOnlyOnConsentOrContract(t *testing.T) {
	for _, tt := range []struct {
		name  string
		basis policy.Basis
		want  bool // whether 13.2.b reports the missing right
	}{
		{"public task", policy.BasisPublicTask, false},
		{"legal obligation", policy.BasisLegalObligation, false},
		{"contract", policy.BasisContract, true},
		{"consent", policy.BasisConsent, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := lawPolicy()
			p.Laws = []policy.Law{policy.GDPR, policy.UKGDPR}
			for _, pu := range p.Purposes {
				pu.Bases = []policy.Basis{policy.BasisPublicTask}
				pu.Obligations = []policy.Obligation{{Act: "Data Protection Act 2018, s. 8", Region: language.MustParseRegion("GB")}}
			}
			p.Purposes[0].Bases = []policy.Basis{tt.basis}
			p.Rights = slices.DeleteFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightPortability })
			for _, rule := range []policy.Rule{"gdpr.13.2.b", "ukgdpr.13.2.b"} {
				var got bool
				for _, f := range p.Validate() {
					if f.Rule == rule && strings.Contains(f.Message, "machine-readable") {
						got = true
					}
				}
				if got != tt.want {
					t.Errorf("%s finding on the missing right to portability: got %v, want %v", rule, got, tt.want)
				}
			}
		})
	}
}

// TestSpecialConditionValue shows that Validate accepts a condition of
// Part 1 or Part 2 of DPA 2018 Schedule 1 for special categories, and
// reports one of Part 3, which serves only criminal-offence data, and an
// unknown one.
func TestSpecialConditionValue(t *testing.T) {
	for _, tt := range []struct {
		condition policy.DPACondition
		want      string // part of the finding's message; empty for none
	}{
		{0, ""},
		{policy.DPAConditionEmployment, ""},
		{policy.DPAConditionStatutory, ""},
		{policy.DPAConditionFraud, ""},
		{policy.DPAConditionConsent, "serves only data relating to criminal convictions"},
		{policy.DPAConditionLegalClaims, "serves only data relating to criminal convictions"},
		{policy.DPACondition(99), "not a known condition"},
	} {
		t.Run(tt.condition.String(), func(t *testing.T) {
			p := lawPolicy()
			p.Purposes[0].SpecialCondition = tt.condition
			var got string
			for _, f := range p.Validate() {
				if strings.HasSuffix(f.Path, ".special_condition") {
					if f.Rule != policy.RuleInvalidValue || f.Severity != policy.SeverityError {
						t.Errorf("finding %v: want an invalid-value error", f)
					}
					got = f.Message
				}
			}
			if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("special_condition finding = %q, want one containing %q", got, tt.want)
			}
		})
	}
}
