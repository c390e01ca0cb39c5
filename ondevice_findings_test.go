package policy_test

import (
	"slices"
	"testing"
	"time"

	"github.com/gopolicy/policy"
)

// TestOnDeviceNeedsNoRetentionOrCCPACategory checks that data which never
// leaves the user's device needs neither a retention period (the service
// never stores it) nor a CCPA category (the business never collects it),
// while the same data sent to the service needs both.
func TestOnDeviceNeedsNoRetentionOrCCPACategory(t *testing.T) {
	for _, tc := range []struct {
		name     string
		onDevice policy.OnDevice
		want     bool // whether both findings are reported
	}{
		{"sent to the service", 0, true},
		{"kept on the device until shared", policy.OnDeviceUntilShared, true},
		{"never leaves the device", policy.OnDeviceOnly, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checks := &policy.Category{ID: "checks", Name: "Threat Protection checks", Items: []string{"addresses of websites visited"},
				Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, OnDevice: tc.onDevice}
			p := &policy.Policy{
				Controller: policy.Controller{Contact: policy.Contact{Name: "Example VPN S.A.", Email: "privacy@vpn.example"}},
				Effective:  policy.MakeDate(2024, time.May, 1),
				Laws:       []policy.Law{policy.GDPR, policy.CCPA},
				Categories: []*policy.Category{checks},
				Purposes: []*policy.Purpose{{ID: "threat", Name: "Blocking malicious websites", Categories: []*policy.Category{checks},
					Bases: []policy.Basis{policy.BasisContract}, Required: "the checks run only if you turn Threat Protection on"}},
			}
			var got []string
			for _, f := range p.Validate() {
				if f.Rule == policy.RuleMissingRetention || f.Rule == policy.RuleCCPA_110_c_1 {
					got = append(got, f.Path)
				}
			}
			want := []string{"categories[checks].retention", "categories[checks].ccpa"}
			if !tc.want {
				want = nil
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("findings at %q, want %q", got, want)
			}
		})
	}
}
