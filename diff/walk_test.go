package diff

import (
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
)

// BenchmarkWalk measures the comparison of two encodings of 1,000
// categories alone, without encoding the policies.
func BenchmarkWalk(b *testing.B) {
	before, after := gen.Policy(1000), gen.Policy(1000)
	after.Categories[500].Retention = policy.Keep(policy.Years(10), policy.EventCollection)
	after.Purposes[50].Bases = []policy.Basis{policy.BasisConsent}
	x, err := encode(before)
	if err != nil {
		b.Fatal(err)
	}
	y, err := encode(after)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(x) + len(y)))
	b.ReportAllocs()
	for b.Loop() {
		var d differ
		d.node("", "", x, y)
		if len(d.out) != 2 {
			b.Fatal(d.out)
		}
	}
}
