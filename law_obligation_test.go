package policy_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// Laws a purpose may name for its legal obligation, one per jurisdiction.
var (
	accountingRU = policy.Obligation{Act: "Federal Law No. 402-FZ “On Accounting”, Art. 29", Region: language.MustParseRegion("RU")}
	accountingDE = policy.Obligation{Act: "Handelsgesetzbuch (HGB), § 257", Region: language.MustParseRegion("DE")}
	accountingEU = policy.Obligation{Act: "Council Directive 2006/112/EC, Art. 244", Region: language.MustParseRegion("EU")}
	accountingGB = policy.Obligation{Act: "Companies Act 2006, s. 388", Region: language.MustParseRegion("GB")}
	accountingBR = policy.Obligation{Act: "Código Tributário Nacional, Art. 195", Region: language.MustParseRegion("BR")}
	accountingCH = policy.Obligation{Act: "Code of Obligations, Art. 958f", Region: language.MustParseRegion("CH")}
)

// obliged makes the second purpose of the law test policy, which rests on
// a legal obligation, name os as the laws laying it down.
func obliged(os ...policy.Obligation) func(p *policy.Policy) {
	return func(p *policy.Policy) { p.Purposes[1].Obligations = os }
}

// obligationCases are the cases of law's obligation rule: own names a law
// of law's area, foreign one of another.
func obligationCases(own, foreign policy.Obligation, sev policy.Severity) []lawCase {
	task := func(os ...policy.Obligation) func(p *policy.Policy) {
		return func(p *policy.Policy) {
			p.Purposes[0].Bases = []policy.Basis{policy.BasisPublicTask}
			p.Purposes[0].Obligations = os
		}
	}
	return []lawCase{
		{"no law named", obliged(), obliged(own), "purposes[purpose.p1].obligations", sev, "does not name the law that lays it down"},
		{"foreign law only", obliged(foreign), obliged(foreign, own), "purposes[purpose.p1].obligations", sev, foreign.Act + " is the law of " + foreign.Region.String()},
		{"public task without its law", task(), task(own), "purposes[purpose.p0].obligations", sev, "performance of a task in the public interest"},
		{"foreign law and no other ground", obliged(foreign), func(p *policy.Policy) {
			obliged(foreign)(p)
			p.Purposes[1].Bases = append(p.Purposes[1].Bases, policy.BasisLegitimateInterests)
		}, "purposes[purpose.p1].obligations", sev, "accepts only"},
	}
}

func TestPurposeRestsOn(t *testing.T) {
	tests := []struct {
		name string
		pu   *policy.Purpose
		b    policy.Basis
		law  policy.Law
		want bool
	}{
		{"nil purpose", nil, policy.BasisContract, policy.GDPR, false},
		{"ground not stated", &policy.Purpose{Bases: []policy.Basis{policy.BasisContract}}, policy.BasisConsent, policy.GDPR, false},
		{"ground the law does not cite", &policy.Purpose{Bases: []policy.Basis{policy.BasisCreditProtection}}, policy.BasisCreditProtection, policy.GDPR, false},
		{"contract", &policy.Purpose{Bases: []policy.Basis{policy.BasisContract}}, policy.BasisContract, policy.GDPR, true},
		{"obligation without its law", &policy.Purpose{Bases: []policy.Basis{policy.BasisLegalObligation}}, policy.BasisLegalObligation, policy.GDPR, true},
		{"Russian law under the GDPR", &policy.Purpose{Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{accountingRU}}, policy.BasisLegalObligation, policy.GDPR, false},
		{"Russian law under 152-FZ", &policy.Purpose{Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{accountingRU}}, policy.BasisLegalObligation, policy.FZ152, true},
		{"Union law under the GDPR", &policy.Purpose{Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{accountingRU, accountingEU}}, policy.BasisLegalObligation, policy.GDPR, true},
		{"member-state law under the GDPR", &policy.Purpose{Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{accountingDE}}, policy.BasisPublicTask, policy.GDPR, true},
		{"member-state law under the UK GDPR", &policy.Purpose{Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{accountingDE}}, policy.BasisPublicTask, policy.UKGDPR, false},
		{"obligations do not restrict other grounds", &policy.Purpose{Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{accountingRU}}, policy.BasisLegitimateInterests, policy.GDPR, true},
	}
	for _, tt := range tests {
		if got := tt.pu.RestsOn(tt.b, tt.law); got != tt.want {
			t.Errorf("%s: RestsOn(%s, %s) = %v, want %v", tt.name, tt.b, tt.law, got, tt.want)
		}
	}
}

// TestObligationFields checks that each obligation names its act and a
// valid region, and that obligations round-trip through JSON.
func TestObligationFields(t *testing.T) {
	p := lawPolicy()
	p.Purposes[1].Obligations = []policy.Obligation{{Region: language.MustParseRegion("DE")}, {Act: "Accounting Act "}, accountingRU}
	got := map[string]policy.Rule{}
	for _, f := range p.Validate() {
		if strings.Contains(f.Path, ".obligations[") {
			got[f.Path] = f.Rule
		}
	}
	want := map[string]policy.Rule{
		"purposes[purpose.p1].obligations[0].act":    policy.RuleMissingName,
		"purposes[purpose.p1].obligations[1].act":    policy.RuleSurroundingSpace,
		"purposes[purpose.p1].obligations[1].region": policy.RuleInvalidRegion,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings on obligations (-want +got):\n%s", diff)
	}

	p = lawPolicy()
	p.Purposes[1].Obligations = []policy.Obligation{accountingRU, accountingEU}
	b, err := p.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"obligations":[`) || !strings.Contains(string(b), `"region":"EU"`) {
		t.Errorf("encoding lacks the obligations:\n%s", b)
	}
	q, err := policy.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Purposes[1].Obligations; !slices.Equal(got, p.Purposes[1].Obligations) {
		t.Errorf("obligations after a round trip = %v, want %v", got, p.Purposes[1].Obligations)
	}
	bad := strings.Replace(string(b), `"region":"EU"`, `"region":"eu"`, 1)
	if _, err := policy.Decode(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "obligations[1].region") {
		t.Errorf("Decode of a lowercase region = %v, want an error at obligations[1].region", err)
	}
}
