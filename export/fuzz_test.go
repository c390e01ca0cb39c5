package export_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/gopolicy/policy/export"
)

// FuzzImportFides reads arbitrary input as a Fides system: it must never
// panic, and whatever it accepts must export back to a Fides system that
// imports again to the same declarations.
func FuzzImportFides(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.fides.yml"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("system:\n- fides_key: x\n  privacy_declarations: []\n"))
	f.Add([]byte("&a [*a, *a]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := export.ImportFides(bytes.NewReader(data))
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := export.Fides(&out, p, export.FidesOptions{}); err != nil {
			return // an imported skeleton may lack what an export needs
		}
		q, err := export.ImportFides(bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatalf("re-import of our own export failed: %v\n%s", err, out.Bytes())
		}
		if len(q.Categories) != len(p.Categories) || len(q.Purposes) != len(p.Purposes) {
			t.Fatalf("round trip changed the declarations: %d/%d categories, %d/%d purposes",
				len(p.Categories), len(q.Categories), len(p.Purposes), len(q.Purposes))
		}
	})
}
