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
