package render_test

import (
	"fmt"
	"testing"

	"github.com/gopolicy/policy/internal/cputime"
	"github.com/gopolicy/policy/internal/gen"
	"github.com/gopolicy/policy/render"
)

// BenchmarkComposeScale composes generated policies that declare every
// law at growing sizes; the time per category should stay flat (Compose
// is linear in the size of the policy).
func BenchmarkComposeScale(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		if n > 10000 && testing.Short() {
			continue
		}
		b.Run(fmt.Sprintf("categories=%d", n), func(b *testing.B) {
			// Generated here, so that a run of one size builds no
			// policy of the others.
			p := gen.Policy(n)
			b.ReportAllocs()
			cpu0, ok := cputime.Used()
			for b.Loop() {
				if _, err := render.Compose(p, render.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/category")
			// On a busy machine the wall time counts waiting for a CPU;
			// the CPU time, the collector's work on other threads
			// included, does not.
			if cpu1, ok1 := cputime.Used(); ok && ok1 {
				b.ReportMetric(float64((cpu1-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
			}
		})
	}
}
