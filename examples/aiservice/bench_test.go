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
		if err := render.WriteText(io.Discard, render.Compose(Policy, render.Options{}), render.TextOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
