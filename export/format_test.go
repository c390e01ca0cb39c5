package export_test

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/export"
	"github.com/gopolicy/policy/render"
)

// TestFormats checks the registry entries: unique names and extensions,
// also against the library's own formats, valid media types, none
// localized.
func TestFormats(t *testing.T) {
	fs := export.Formats()
	if len(fs) != 4 {
		t.Fatalf("%d formats, want 4 (fides, xcprivacy, play, dpv)", len(fs))
	}
	names, exts := map[string]bool{}, map[string]bool{}
	for _, f := range render.Formats() {
		names[f.Name], exts[f.Ext] = true, true
	}
	for _, f := range fs {
		if f.Name == "" || !strings.HasPrefix(f.Ext, ".") || f.Write == nil {
			t.Errorf("format %+v: want a name, an extension with its dot and a write function", f)
		}
		if names[f.Name] || exts[f.Ext] {
			t.Errorf("format %s (%s): name or extension taken", f.Name, f.Ext)
		}
		names[f.Name], exts[f.Ext] = true, true
		if _, _, err := mime.ParseMediaType(f.MediaType); err != nil {
			t.Errorf("format %s: media type %q: %v", f.Name, f.MediaType, err)
		}
		if f.Localized {
			t.Errorf("format %s is localized; exports are written once from the policy", f.Name)
		}
		if _, ok := render.LookupFormat(f.Name); ok {
			t.Errorf("format %s is among render's default formats", f.Name)
		}
	}
}

// TestFormatsWrite writes every example policy through the registry
// entries and compares with the golden files of TestGolden, which are
// named NAME+Ext.
func TestFormatsWrite(t *testing.T) {
	for _, pc := range policies {
		p := pc.p()
		opts := export.Options{
			Apple: export.AppleOptions{TrackingDomains: trackingDomains(p)},
			Play:  export.PlayOptions{EncryptedInTransit: true},
		}
		for _, f := range export.FormatsWith(opts) {
			t.Run(pc.name+f.Ext, func(t *testing.T) {
				var b bytes.Buffer
				if err := f.Write(&b, render.Input{Policy: p}); err != nil {
					t.Fatal(err)
				}
				want, err := os.ReadFile(filepath.Join("testdata", pc.name+f.Ext))
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(string(want), b.String()); diff != "" {
					t.Errorf("(-golden +format):\n%s", diff)
				}
			})
		}
	}
}

// TestFormatsOptions: Formats writes with zero options, FormatsWith with
// the ones given.
func TestFormatsOptions(t *testing.T) {
	const row = "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT,,"
	for _, tc := range []struct {
		formats []render.Format
		want    string
	}{
		{export.Formats(), row + "false,"},
		{export.FormatsWith(export.Options{Play: export.PlayOptions{EncryptedInTransit: true}}), row + "true,"},
	} {
		var b bytes.Buffer
		if err := tc.formats[2].Write(&b, render.Input{Policy: shopPolicy()}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tc.want) {
			t.Errorf("Play CSV lacks %q:\n%s", tc.want, b.String())
		}
	}
	var b bytes.Buffer
	key := export.FormatsWith(export.Options{Fides: export.FidesOptions{SystemKey: "my_system"}})[0]
	if err := key.Write(&b, render.Input{Policy: shopPolicy()}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `fides_key: "my_system"`) {
		t.Errorf("Fides system key not used:\n%s", b.String())
	}
}

// TestFormatsNeedTerms: written through the registry, an export still
// refuses a policy without its terms.
func TestFormatsNeedTerms(t *testing.T) {
	p := shopPolicy()
	p.Categories[0].Terms = policy.Terms{}
	for _, f := range export.Formats() {
		if err := f.Write(new(bytes.Buffer), render.Input{Policy: p}); !errors.Is(err, policy.RuleVocabMissing) {
			t.Errorf("%s: err = %v, want %s", f.Name, err, policy.RuleVocabMissing)
		}
	}
}

func ExampleFormats() {
	for _, f := range export.Formats() {
		fmt.Printf("%-9s privacy%-12s %s\n", f.Name, f.Ext, f.MediaType)
	}
	// Output:
	// fides     privacy.fides.yml   application/yaml
	// xcprivacy privacy.xcprivacy   application/x-plist
	// play      privacy.play.csv    text/csv; charset=utf-8
	// dpv       privacy.dpv.jsonld  application/ld+json
}
