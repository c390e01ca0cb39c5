package policy_test

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
)

// TestEqualityCondition shows the condition of equality of opportunity or
// treatment of DPA 2018 Schedule 1 (Part 2, para. 8), on which
// universities and employers monitor the ethnicity, religion, health and
// sexual orientation of their students and staff: Validate accepts it for
// special categories, and reports it as the authority for data relating to
// criminal convictions and offences, which the paragraph does not cover.
func TestEqualityCondition(t *testing.T) {
	d := policy.DPAConditionEquality
	if part, para := d.Paragraph(); part != 2 || para != 8 {
		t.Errorf("Paragraph = %d, %d; want 2, 8", part, para)
	}
	if d.String() != "equality" || d.Name() != "equality of opportunity or treatment" {
		t.Errorf("String, Name = %q, %q", d.String(), d.Name())
	}
	var back policy.DPACondition
	if err := back.UnmarshalText([]byte("equality")); err != nil || back != d {
		t.Errorf("UnmarshalText(equality) = %v, %v; want %v", back, err, d)
	}

	p := lawPolicy()
	p.Purposes[0].SpecialCondition = d
	for _, f := range p.Validate() {
		if strings.HasSuffix(f.Path, ".special_condition") {
			t.Errorf("finding on the equality condition for special categories: %v", f)
		}
	}

	p = lawPolicy()
	criminal(policy.CriminalAuthority{Official: true, Condition: d})(p)
	var found bool
	for _, f := range p.Validate() {
		if f.Path == "purposes[purpose.p0].criminal.condition" {
			found = true
			if f.Rule != policy.RuleInvalidValue || f.Severity != policy.SeverityError || !strings.Contains(f.Message, "not data relating to criminal convictions") {
				t.Errorf("finding %v: want an invalid-value error saying the condition does not cover criminal-offence data", f)
			}
		}
	}
	if !found {
		t.Error("no finding on the equality condition as the authority for criminal-offence data")
	}
}

// TestInsuranceSecrecy shows the secrecy of insurers as a kind of secrecy:
// its stable identifier and name, and that Validate accepts it on a
// category with the law that lays it down.
func TestInsuranceSecrecy(t *testing.T) {
	k := policy.SecrecyInsurance
	if !k.Valid() || k.String() != "insurance" || k.Name() != "insurance secrecy" {
		t.Errorf("Valid, String, Name = %v, %q, %q", k.Valid(), k.String(), k.Name())
	}
	var back policy.SecrecyKind
	if err := back.UnmarshalText([]byte("insurance")); err != nil || back != k {
		t.Errorf("UnmarshalText(insurance) = %v, %v; want %v", back, err, k)
	}
	p := lawPolicy()
	p.Categories[0].Secrecy = policy.Secrecy{Kind: k, Laws: []policy.Obligation{{Act: "Strafgesetzbuch (StGB), § 203(1) no. 7", Region: regionDE}}}
	for _, f := range p.Validate() {
		if strings.Contains(f.Path, ".secrecy") {
			t.Errorf("finding on insurance secrecy: %v", f)
		}
	}
}
