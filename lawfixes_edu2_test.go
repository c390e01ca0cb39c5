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

// TestFurtherDPAConditions shows four more conditions of DPA 2018
// Schedule 1, on which health services, regulated firms, gambling operators and
// sports bodies rely: their paragraphs and identifiers, that Validate
// accepts each for special categories, and that the condition of economic
// well-being, which serves only data concerning health, is reported as the
// authority for data relating to criminal convictions and offences while
// the other two are accepted for it.
func TestFurtherDPAConditions(t *testing.T) {
	for _, tt := range []struct {
		d          policy.DPACondition
		key        string
		part, para int
		criminal   bool // may authorise criminal-offence data
	}{
		{policy.DPAConditionMoneyLaundering, "money_laundering", 2, 15, true},
		{policy.DPAConditionEconomicWellBeing, "economic_well_being", 2, 19, false},
		{policy.DPAConditionSportStandards, "sport_standards", 2, 28, true},
		{policy.DPAConditionHealthCare, "health_care", 1, 2, true},
	} {
		if part, para := tt.d.Paragraph(); part != tt.part || para != tt.para {
			t.Errorf("%s: Paragraph = %d, %d; want %d, %d", tt.key, part, para, tt.part, tt.para)
		}
		var back policy.DPACondition
		if err := back.UnmarshalText([]byte(tt.key)); err != nil || back != tt.d || tt.d.String() != tt.key || tt.d.Name() == "" {
			t.Errorf("%s: UnmarshalText = %v, %v; String %q, Name %q", tt.key, back, err, tt.d.String(), tt.d.Name())
		}

		p := lawPolicy()
		p.Purposes[0].SpecialCondition = tt.d
		for _, f := range p.Validate() {
			if strings.HasSuffix(f.Path, ".special_condition") {
				t.Errorf("%s: finding on the condition for special categories: %v", tt.key, f)
			}
		}

		p = lawPolicy()
		criminal(policy.CriminalAuthority{Official: true, Condition: tt.d})(p)
		var found bool
		for _, f := range p.Validate() {
			found = found || f.Path == "purposes[purpose.p0].criminal.condition" && f.Rule == policy.RuleInvalidValue
		}
		if found == tt.criminal {
			t.Errorf("%s: finding on it as the authority for criminal-offence data = %v, want %v", tt.key, found, !tt.criminal)
		}
	}
}
