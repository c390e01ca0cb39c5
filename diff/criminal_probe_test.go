package diff_test

import (
	"slices"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/diff"
	"golang.org/x/text/language"
)

// TestCompareCriminal classes changes of criminal-offence data, its
// authority, high-risk profiling and the exclusion of criminal-offence
// data between two versions that both start from before: what widens the
// processing or leaves it resting on less authority is material, what
// names more or narrows it is editorial.
func TestCompareCriminal(t *testing.T) {
	de := policy.Obligation{Act: "Personenbeförderungsgesetz, § 13", Region: language.MustParseRegion("DE")}
	gb := policy.Obligation{Act: "Police Act 1997, s. 113", Region: language.MustParseRegion("GB")}
	authority := func(a policy.CriminalAuthority) func(p *policy.Policy) {
		return func(p *policy.Policy) { p.Categories[1].Criminal = true; p.Purposes[1].Criminal = a }
	}
	for _, tt := range []struct {
		name          string
		before, after func(p *policy.Policy)
		path          string
		kind          diff.Kind
		material      bool
	}{
		{"category newly criminal", nil, func(p *policy.Policy) { p.Categories[1].Criminal = true },
			"categories[category.c1].criminal", diff.Added, true},
		{"category no longer criminal", func(p *policy.Policy) { p.Categories[1].Criminal = true }, func(p *policy.Policy) { p.Categories[1].Criminal = false },
			"categories[category.c1].criminal", diff.Removed, false},
		{"authority named", func(p *policy.Policy) { p.Categories[1].Criminal = true }, authority(policy.CriminalAuthority{Official: true}),
			"purposes[purpose.p1].criminal", diff.Added, false},
		{"authority dropped", authority(policy.CriminalAuthority{Official: true, Laws: []policy.Obligation{de}}), authority(policy.CriminalAuthority{}),
			"purposes[purpose.p1].criminal", diff.Removed, true},
		{"official authority dropped, a law kept", authority(policy.CriminalAuthority{Official: true, Laws: []policy.Obligation{de}}),
			authority(policy.CriminalAuthority{Laws: []policy.Obligation{de}}),
			"purposes[purpose.p1].criminal.official", diff.Removed, true},
		{"official authority added", authority(policy.CriminalAuthority{Laws: []policy.Obligation{de}}),
			authority(policy.CriminalAuthority{Official: true, Laws: []policy.Obligation{de}}),
			"purposes[purpose.p1].criminal.official", diff.Added, false},
		{"a law dropped, official authority kept", authority(policy.CriminalAuthority{Official: true, Laws: []policy.Obligation{de, gb}}),
			authority(policy.CriminalAuthority{Official: true, Laws: []policy.Obligation{gb}}),
			"purposes[purpose.p1].criminal.laws[0]", diff.Removed, true},
		{"a law added", authority(policy.CriminalAuthority{Laws: []policy.Obligation{de}}),
			authority(policy.CriminalAuthority{Laws: []policy.Obligation{de, gb}}),
			"purposes[purpose.p1].criminal.laws[1]", diff.Added, false},
		{"condition named", authority(policy.CriminalAuthority{Laws: []policy.Obligation{gb}}),
			authority(policy.CriminalAuthority{Laws: []policy.Obligation{gb}, Condition: policy.DPAConditionSafeguarding}),
			"purposes[purpose.p1].criminal.condition", diff.Added, false},
		{"another condition", authority(policy.CriminalAuthority{Condition: policy.DPAConditionSafeguarding}),
			authority(policy.CriminalAuthority{Condition: policy.DPAConditionConsent}),
			"purposes[purpose.p1].criminal.condition", diff.Changed, true},
		{"condition dropped, a law kept", authority(policy.CriminalAuthority{Laws: []policy.Obligation{gb}, Condition: policy.DPAConditionSafeguarding}),
			authority(policy.CriminalAuthority{Laws: []policy.Obligation{gb}}),
			"purposes[purpose.p1].criminal.condition", diff.Removed, true},
		{"high-risk profiling added", nil, func(p *policy.Policy) { p.Purposes[1].HighRiskProfiling = true },
			"purposes[purpose.p1].high_risk_profiling", diff.Added, true},
		{"high-risk profiling dropped", func(p *policy.Policy) { p.Purposes[1].HighRiskProfiling = true }, func(p *policy.Policy) { p.Purposes[1].HighRiskProfiling = false },
			"purposes[purpose.p1].high_risk_profiling", diff.Removed, false},
		{"criminal-offence data excluded", nil, func(p *policy.Policy) { p.NotCollected[0].Class = policy.DataClassCriminal },
			"not_collected[card].class", diff.Added, false},
		{"criminal-offence data no longer excluded", func(p *policy.Policy) { p.NotCollected[0].Class = policy.DataClassCriminal },
			func(p *policy.Policy) { p.NotCollected[0].Class = 0 },
			"not_collected[card].class", diff.Removed, true},
		{"another class excluded instead of criminal-offence data", func(p *policy.Policy) { p.NotCollected[0].Class = policy.DataClassCriminal },
			func(p *policy.Policy) { p.NotCollected[0].Class = policy.DataClassBiometric },
			"not_collected[card].class", diff.Changed, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			old, new := base(), base()
			if tt.before != nil {
				tt.before(old)
				tt.before(new)
			}
			tt.after(new)
			r := compare(t, old, new)
			i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == tt.path && c.Kind == tt.kind })
			if i < 0 {
				t.Fatalf("no %s change at %s: %+v", tt.kind, tt.path, r.Changes)
			}
			if got := r.Changes[i]; got.Material != tt.material {
				t.Errorf("change = %+v; want material %v", got, tt.material)
			}
			if len(r.Changes) == 1 && r.Material() != tt.material {
				t.Errorf("Report.Material() = %v; changes %+v", r.Material(), r.Changes)
			}
		})
	}
}
