package main

import (
	"testing"

	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
)

// BenchmarkComposeRussian measures composing the policy in Russian, where
// every string of the policy is looked up in its translations.
func BenchmarkComposeRussian(b *testing.B) {
	b.ReportAllocs()
	opts := render.Options{Language: language.Russian, Translations: Translations()}
	for b.Loop() {
		if _, err := render.Compose(Policy, opts); err != nil {
			b.Fatal(err)
		}
	}
}
