package render

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// FuzzRender decodes arbitrary JSON into a policy and, where it decodes,
// composes and writes it in every format: whatever a policy holds, valid
// or not, rendering must not panic and HTML must stay well-formed.
func FuzzRender(f *testing.F) {
	for _, name := range []string{"../testdata/policy.json", "../examples/aiservice/testdata/policy.json", "../examples/clipai/testdata/policy.json", "../examples/saas/testdata/policy.json"} {
		if b, err := os.ReadFile(filepath.FromSlash(name)); err == nil {
			f.Add(b)
		}
	}
	// Criminal-offence data with its authority, high-risk profiling and
	// every law whose wording states them.
	p := criminalPolicy(policy.CriminalAuthority{Official: true, Condition: policy.DPAConditionSafeguarding,
		Laws: []policy.Obligation{{Act: "Police Act 1997, s. 113", Region: language.MustParseRegion("GB")}}})
	p.Laws = []policy.Law{policy.GDPR, policy.UKGDPR, policy.LGPD, policy.FADP}
	p.Purposes[len(p.Purposes)-1].HighRiskProfiling = true
	var criminal bytes.Buffer
	if err := policy.Encode(&criminal, p); err != nil {
		f.Fatal(err)
	}
	f.Add(criminal.Bytes())
	f.Add([]byte(`{"categories": [{"id": "a", "sensitivity": "special", "retention": {"rule": "period", "period": "P99999Y"}}], "purposes": [{"id": "p", "categories": ["a"], "bases": ["fraud_prevention"]}], "laws": ["ccpa", "152-fz"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := policy.Decoder{MaxBytes: 1 << 16}.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, tag := range []language.Tag{language.English, language.Russian} {
			d, err := Compose(p, Options{Language: tag})
			if err != nil {
				continue // a missing translation is reported, not rendered
			}
			if err := WriteText(io.Discard, d, TextOptions{}); err != nil {
				t.Fatal(err)
			}
			if err := WriteMarkdown(io.Discard, d); err != nil {
				t.Fatal(err)
			}
			var page bytes.Buffer
			if err := WriteHTML(&page, d, HTMLOptions{}); err != nil {
				t.Fatal(err)
			}
			checkHTML(t, page.Bytes(), false, "")
		}
	})
}
