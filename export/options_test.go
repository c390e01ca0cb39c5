package export_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gopolicy/policy/export"
	"github.com/gopolicy/policy/render"
)

// TestOptionsValidate: each option an export refuses is named, the same
// by Options.Validate and by the export itself.
func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		name string
		opts export.Options
		want string // "" for valid
	}{
		{"zero", export.Options{}, ""},
		{"all set", export.Options{
			Fides: export.FidesOptions{SystemKey: "shop-app.v2", Organization: "<acme>", DataSubjects: []string{"customer", "employee"}},
			Apple: export.AppleOptions{TrackingDomains: []string{"ads.example.com", "x-1.example", "localhost", "EXAMPLE.ORG"}},
		}, ""},
		{"system key", export.Options{Fides: export.FidesOptions{SystemKey: "shop app"}}, `fides: system key "shop app" is not a fides_key`},
		{"organization", export.Options{Fides: export.FidesOptions{Organization: "acme:eu"}}, `fides: organization "acme:eu" is not a fides_key`},
		{"subject", export.Options{Fides: export.FidesOptions{DataSubjects: []string{"customer", ""}}}, `fides: data subject "" is not a fides_key`},
		{"scheme", export.Options{Apple: export.AppleOptions{TrackingDomains: []string{"https://ads.example.com"}}}, `xcprivacy: tracking domain "https://ads.example.com" is not a host name`},
		{"path", export.Options{Apple: export.AppleOptions{TrackingDomains: []string{"ads.example.com/x"}}}, "xcprivacy: tracking domain"},
		{"empty label", export.Options{Apple: export.AppleOptions{TrackingDomains: []string{"ads..example.com"}}}, "xcprivacy: tracking domain"},
		{"leading hyphen", export.Options{Apple: export.AppleOptions{TrackingDomains: []string{"-ads.example.com"}}}, "xcprivacy: tracking domain"},
		{"trailing hyphen", export.Options{Apple: export.AppleOptions{TrackingDomains: []string{"ads-.example.com"}}}, "xcprivacy: tracking domain"},
		{"non-ASCII", export.Options{Apple: export.AppleOptions{TrackingDomains: []string{"реклама.example"}}}, "xcprivacy: tracking domain"},
		{"empty", export.Options{Apple: export.AppleOptions{TrackingDomains: []string{""}}}, "xcprivacy: tracking domain"},
		{"label of 64", export.Options{Apple: export.AppleOptions{TrackingDomains: []string{strings.Repeat("a", 64) + ".example"}}}, "xcprivacy: tracking domain"},
		{"name of 254", export.Options{Apple: export.AppleOptions{TrackingDomains: []string{strings.Repeat("a.", 126) + "ab"}}}, "xcprivacy: tracking domain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.opts.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
			} else if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %v, want %q", err, tt.want)
			}
			// Each export refuses what Validate refuses, and writes what
			// it accepts.
			for _, f := range export.FormatsWith(tt.opts) {
				werr := f.Write(new(bytes.Buffer), render.Input{Policy: shopPolicy()})
				refused := tt.want != "" && strings.HasPrefix(tt.want, f.Name+":")
				if refused != (werr != nil) {
					t.Errorf("%s: Write err = %v, want refused %t", f.Name, werr, refused)
				}
			}
		})
	}
}

// TestFidesOrganization: the organization key is written quoted, so a
// key YAML would read as another type (true, 123) stays a string.
func TestFidesOrganization(t *testing.T) {
	for org, want := range map[string]string{
		"":          `organization_fides_key: "default_organization"`,
		"true":      `organization_fides_key: "true"`,
		"acme_corp": `organization_fides_key: "acme_corp"`,
	} {
		var b bytes.Buffer
		if err := export.Fides(&b, shopPolicy(), export.FidesOptions{Organization: org}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "\n    "+want+"\n") {
			t.Errorf("Organization %q: output lacks %q:\n%s", org, want, b.String())
		}
	}
}
