package policy_test

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// Laws that authorise criminal-record checks of drivers, as a purpose
// would name them.
var (
	checksDE = policy.Obligation{Act: "Personenbeförderungsgesetz (PBefG), § 13", Region: language.MustParseRegion("DE")}
	checksGB = policy.Obligation{Act: "Local Government (Miscellaneous Provisions) Act 1976, s. 51", Region: language.MustParseRegion("GB")}
	checksRU = policy.Obligation{Act: "Labour Code of the Russian Federation, Art. 65", Region: language.MustParseRegion("RU")}
)

// regionOf parses an ISO 3166 region code a test states.
func regionOf(s string) language.Region { return language.MustParseRegion(s) }

// criminal marks the first category as data relating to criminal
// convictions and offences and gives the first purpose, which uses it,
// the authority a.
func criminal(a policy.CriminalAuthority) func(p *policy.Policy) {
	return func(p *policy.Policy) {
		p.Categories[0].Criminal = true
		p.Purposes[0].Criminal = a
	}
}

// criminalCases are the cases of the rules on criminal-offence data
// (GDPR Art. 10, UK GDPR Art. 10 with DPA 2018 Sch. 1, 152-FZ Art. 10(3)).
func criminalCases() map[policy.Rule][]lawCase {
	const path = "purposes[purpose.p0].criminal"
	return map[policy.Rule][]lawCase{
		"gdpr.10": {
			{"no authority", criminal(policy.CriminalAuthority{}), criminal(policy.CriminalAuthority{Official: true}),
				path, policy.SeverityError, "official authority"},
			{"law of a third country", criminal(policy.CriminalAuthority{Laws: []policy.Obligation{checksGB}}),
				criminal(policy.CriminalAuthority{Laws: []policy.Obligation{checksGB, checksDE}}), path, policy.SeverityError, "Union law"},
			// A Schedule 1 condition is the UK's authorisation, not the Union's.
			{"UK condition only", criminal(policy.CriminalAuthority{Condition: policy.DPAConditionSafeguarding}),
				criminal(policy.CriminalAuthority{Condition: policy.DPAConditionSafeguarding, Laws: []policy.Obligation{checksDE}}), path, policy.SeverityError, "criminal.laws"},
			// A purpose limited to data subjects outside the Union
			// (Purpose.Regions) is not the GDPR's to judge.
			{"purpose for a member state's data subjects", func(p *policy.Policy) {
				criminal(policy.CriminalAuthority{})(p)
				p.Purposes[0].Regions = []language.Region{regionOf("US"), regionOf("DE")}
			}, func(p *policy.Policy) {
				criminal(policy.CriminalAuthority{})(p)
				p.Purposes[0].Regions = []language.Region{regionOf("US")}
			}, path, policy.SeverityError, "official authority"},
		},
		"ukgdpr.10": {
			// Under the DPA 2018 authorisation by law is a Schedule 1
			// condition (s. 10(5)); naming a UK act is not enough.
			{"law without a condition", criminal(policy.CriminalAuthority{Laws: []policy.Obligation{checksGB}}),
				criminal(policy.CriminalAuthority{Laws: []policy.Obligation{checksGB}, Condition: policy.DPAConditionSafeguarding}), path, policy.SeverityError, "Schedule 1"},
			{"official authority", criminal(policy.CriminalAuthority{}), criminal(policy.CriminalAuthority{Official: true}), path, policy.SeverityError, "criminal.condition"},
			{"consent condition without consent", func(p *policy.Policy) {
				criminal(policy.CriminalAuthority{Condition: policy.DPAConditionConsent})(p)
				p.Purposes[0].Bases = []policy.Basis{policy.BasisContract}
			}, func(p *policy.Policy) {
				criminal(policy.CriminalAuthority{Condition: policy.DPAConditionConsent})(p)
				p.Purposes[0].Bases = []policy.Basis{policy.BasisContract, policy.BasisConsent}
				p.Purposes[0].Withdraw = "in settings"
			}, path + ".condition", policy.SeverityError, "para. 29"},
			{"purpose for the UK's data subjects", func(p *policy.Policy) {
				criminal(policy.CriminalAuthority{Laws: []policy.Obligation{checksDE}})(p)
				p.Purposes[0].Regions = []language.Region{regionOf("GB")}
			}, func(p *policy.Policy) {
				criminal(policy.CriminalAuthority{Laws: []policy.Obligation{checksDE}})(p)
				p.Purposes[0].Regions = []language.Region{regionOf("EU")}
			}, path, policy.SeverityError, "Schedule 1"},
		},
		"152fz.10.3": {
			{"law of another country", criminal(policy.CriminalAuthority{Laws: []policy.Obligation{checksDE}, Condition: policy.DPAConditionSafeguarding}),
				criminal(policy.CriminalAuthority{Laws: []policy.Obligation{checksDE, checksRU}}), path, policy.SeverityError, "federal law"},
			{"state body", criminal(policy.CriminalAuthority{}), criminal(policy.CriminalAuthority{Official: true}), path, policy.SeverityError, "state or municipal body"},
			{"purpose for Russia's data subjects", func(p *policy.Policy) {
				criminal(policy.CriminalAuthority{Laws: []policy.Obligation{checksDE}})(p)
				p.Purposes[0].Regions = []language.Region{regionOf("DE"), regionOf("RU")}
			}, func(p *policy.Policy) {
				criminal(policy.CriminalAuthority{Laws: []policy.Obligation{checksDE}})(p)
				p.Purposes[0].Regions = []language.Region{regionOf("DE")}
			}, path, policy.SeverityError, "federal law"},
		},
	}
}

// TestCriminalNotPersonal: data that is not personal is outside the
// laws, whatever its Criminal flag says.
func TestCriminalNotPersonal(t *testing.T) {
	p := lawPolicy()
	criminal(policy.CriminalAuthority{})(p)
	p.Categories[0].Sensitivity = policy.SensitivityNotPersonal
	for _, f := range p.Validate() {
		switch f.Rule {
		case policy.RuleGDPR_10, policy.RuleUKGDPR_10, policy.RuleFZ152_10_3:
			t.Errorf("finding on data that is not personal: %v", f)
		}
	}
}

// TestCriminalAuthorityValues checks what Validate asks of a purpose's
// authority under every law: a known condition, and named laws with a
// country.
func TestCriminalAuthorityValues(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    policy.CriminalAuthority
		rule policy.Rule
		path string
	}{
		{"unknown condition", policy.CriminalAuthority{Official: true, Condition: 99}, policy.RuleInvalidValue, "purposes[purpose.p0].criminal.condition"},
		{"law without a name", policy.CriminalAuthority{Official: true, Laws: []policy.Obligation{{Region: checksDE.Region}}}, policy.RuleMissingName, "purposes[purpose.p0].criminal.laws[0].act"},
		{"law without a country", policy.CriminalAuthority{Official: true, Laws: []policy.Obligation{{Act: checksDE.Act}}}, policy.RuleInvalidRegion, "purposes[purpose.p0].criminal.laws[0].region"},
		{"law in two lines", policy.CriminalAuthority{Official: true, Laws: []policy.Obligation{{Act: "Act\n1976", Region: checksGB.Region}}}, policy.RuleControlChar, "purposes[purpose.p0].criminal.laws[0].act"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := lawPolicy()
			criminal(tc.a)(p)
			fs := p.Validate()
			if !errors.Is(fs, tc.rule) {
				t.Fatalf("no %s finding; got:\n%v", tc.rule, fs)
			}
			for _, f := range fs {
				if f.Rule == tc.rule && f.Path != tc.path {
					t.Errorf("%s at %s; want %s", f.Rule, f.Path, tc.path)
				}
			}
		})
	}
}

// TestCriminalClass: an exclusion of criminal-offence data contradicts
// a category of it, unless the category is an exception.
func TestCriminalClass(t *testing.T) {
	c := &policy.Category{ID: "checks", Criminal: true}
	if !policy.DataClassCriminal.Has(c) || policy.DataClassBiometric.Has(c) {
		t.Errorf("DataClassCriminal.Has = %v, DataClassBiometric.Has = %v; want true, false", policy.DataClassCriminal.Has(c), policy.DataClassBiometric.Has(c))
	}
	if part, para := policy.DPAConditionUnlawfulActs.Paragraph(); part != 2 || para != 10 {
		t.Errorf("Paragraph = %d, %d; want 2, 10", part, para)
	}
	if part, para := policy.DPACondition(99).Paragraph(); part != 0 || para != 0 {
		t.Errorf("Paragraph of an undefined condition = %d, %d; want zeros", part, para)
	}
}

// TestCriminalJSON: the flag and the authority round-trip through the
// canonical encoding, under the names the schema documents, and an
// unknown field of the authority is refused with its path.
func TestCriminalJSON(t *testing.T) {
	p := lawPolicy()
	a := policy.CriminalAuthority{Laws: []policy.Obligation{checksGB, checksDE}, Condition: policy.DPAConditionSafeguarding}
	criminal(a)(p)
	b, err := p.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"criminal":true`, `"condition":"safeguarding"`, `"act":"Personenbeförderungsgesetz (PBefG), § 13"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("encoding lacks %s", want)
		}
	}
	q, err := policy.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !q.Categories[0].Criminal || !reflect.DeepEqual(q.Purposes[0].Criminal, a) {
		t.Errorf("decoded criminal = %v, %+v; want true, %+v", q.Categories[0].Criminal, q.Purposes[0].Criminal, a)
	}
	bad := strings.Replace(string(b), `"condition":"safeguarding"`, `"condition":"safeguarding","schedule":1`, 1)
	if _, err := policy.Decode(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "criminal") || !strings.Contains(err.Error(), "schedule") {
		t.Errorf("Decode with an unknown field = %v; want an error naming purposes[].criminal.schedule", err)
	}
}
