package render_test

import (
	"bufio"
	"bytes"
	"io"
	"testing"

	"github.com/gopolicy/policy/internal/gen"
	"github.com/gopolicy/policy/render"
)

// BenchmarkWriteText measures WriteText on a composed document of 1,000
// categories, against a baseline in the same run: writing the same lines
// through a bufio.Writer, the I/O floor any text writer pays.
func BenchmarkWriteText(b *testing.B) {
	doc, err := render.Compose(gen.Policy(1000), render.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var out bytes.Buffer
	if err := render.WriteText(&out, doc, render.TextOptions{}); err != nil {
		b.Fatal(err)
	}
	lines := bytes.SplitAfter(out.Bytes(), []byte("\n"))
	b.Run("writer=WriteText", func(b *testing.B) {
		b.SetBytes(int64(out.Len()))
		b.ReportAllocs()
		for b.Loop() {
			if err := render.WriteText(io.Discard, doc, render.TextOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("writer=bufio", func(b *testing.B) {
		b.SetBytes(int64(out.Len()))
		b.ReportAllocs()
		for b.Loop() {
			w := bufio.NewWriter(io.Discard)
			for _, l := range lines {
				if _, err := w.Write(l); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.Flush(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
