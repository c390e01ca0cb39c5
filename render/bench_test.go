package render_test

import (
	"io"
	"testing"

	"github.com/gopolicy/policy/internal/gen"
	"github.com/gopolicy/policy/render"
)

func BenchmarkText1000(b *testing.B) {
	p := gen.Policy(1000)
	b.ReportAllocs()
	for b.Loop() {
		doc, err := render.Compose(p, render.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := render.WriteText(io.Discard, doc, render.TextOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
