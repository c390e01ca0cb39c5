package main

import (
	"io"
	"testing"

	"github.com/gopolicy/policy/render"
)

func BenchmarkValidate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Policy.Validate()
	}
}

func BenchmarkText(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		doc, err := render.Compose(Policy, render.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := render.WriteText(io.Discard, doc, render.TextOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
