package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestOnDeviceOnlyAsDeclared checks that data declared never to leave the
// device is neither called collected nor given a retention the policy
// does not state ("not stated"): the service never holds it.
func TestOnDeviceOnlyAsDeclared(t *testing.T) {
	for _, tc := range []struct {
		name      string
		onDevice  policy.OnDevice
		want, not []string
		wantRU    []string
	}{
		{"never leaves the device", policy.OnDeviceOnly,
			[]string{"Source: gathered automatically on your device.", "Retention: not kept by us: it stays on your device."},
			[]string{"collected automatically", "Retention: not stated"},
			[]string{"Источник: автоматическое получение на вашем устройстве.", "нами не хранятся: данные не покидают ваше устройство"}},
		{"stays until shared", policy.OnDeviceUntilShared,
			[]string{"Source: collected automatically.", "Retention: not stated."},
			[]string{"on your device.", "not kept by us"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := smallPolicy()
			checks := &policy.Category{ID: "checks", Name: "Link checks", Items: []string{"addresses of websites visited"},
				Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, OnDevice: tc.onDevice}
			p.Categories = append(p.Categories, checks)
			p.Purposes = append(p.Purposes, &policy.Purpose{ID: "protect", Name: "Blocking malicious websites",
				Categories: []*policy.Category{checks}, Bases: []policy.Basis{policy.BasisContract}})
			expectText(t, readText(t, p, language.English), tc.want, tc.not)
			if tc.wantRU != nil {
				expectText(t, readText(t, p, language.Russian), tc.wantRU, nil)
			}
		})
	}
}

// TestCookieKindCapitalised checks that a row of the cookie table named
// by a kind of cookies, written in lower case to be set inside a
// sentence, starts with a capital as a list item does, while a cookie's
// own name keeps its case.
func TestCookieKindCapitalised(t *testing.T) {
	p := smallPolicy()
	news := p.Purposes[0]
	p.Cookies = []policy.Cookie{
		{ID: "kind", Name: "necessary website cookies", Party: policy.PartyFirst, Purpose: news, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
		{ID: "own", Name: "_ga_*", Party: policy.PartyFirst, Purpose: news, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
		{ID: "brand", Name: "eBay session cookie", Party: policy.PartyFirst, Purpose: news, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
	}
	expectText(t, readText(t, p, language.English),
		[]string{"- Necessary website cookies. Set by:", "- _ga_*. Set by:", "- eBay session cookie. Set by:"},
		[]string{"- necessary website cookies"})
}
