package policy_test

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/cputime"
	"github.com/gopolicy/policy/internal/gen"
)

func TestGeneratedPolicyIsValid(t *testing.T) {
	for _, n := range []int{1, 10, 1000} {
		if fs := gen.Policy(n).Validate(); len(fs) != 0 {
			t.Errorf("gen.Policy(%d) findings: %v", n, fs)
		}
	}
}

// BenchmarkValidate validates generated policies that declare every law,
// at growing sizes, to show that validation grows linearly. The largest
// size is skipped with -short.
func BenchmarkValidate(b *testing.B) {
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
				if fs := p.Validate(); len(fs) != 0 {
					b.Fatal(fs)
				}
			}
			// On a busy machine the wall time counts waiting for a CPU;
			// the CPU time, the collector's work on other threads
			// included, does not.
			if cpu1, ok1 := cputime.Used(); ok && ok1 {
				b.ReportMetric(float64((cpu1-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
			}
		})
	}
}

func BenchmarkDecode1000(b *testing.B) {
	var buf bytes.Buffer
	if err := policy.Encode(&buf, gen.Policy(1000)); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := policy.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func largePolicy() *policy.Policy { return gen.Policy(50) }

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// BenchmarkValidateCold is BenchmarkValidate with the policy out of the
// processor's caches, as when a service validates a policy once: each
// iteration validates the next of enough copies of it to fill 100,000
// categories (about 60 MB, more than any cache holds), so that every size
// is read from memory, where BenchmarkValidate reads 1,000 and 10,000
// categories from cache and 100,000 from memory. The ratio between its
// sizes is that of the work; BenchmarkValidate's also has the memory
// hierarchy in it.
func BenchmarkValidateCold(b *testing.B) {
	const total = 100000
	for _, n := range []int{1000, 10000, 100000} {
		if n > 10000 && testing.Short() {
			continue
		}
		b.Run(fmt.Sprintf("categories=%d", n), func(b *testing.B) {
			copies := make([]*policy.Policy, total/n)
			for i := range copies {
				copies[i] = gen.Policy(n)
			}
			b.ReportAllocs()
			cpu0, ok := cputime.Used()
			i := 0
			for b.Loop() {
				if fs := copies[i%len(copies)].Validate(); len(fs) != 0 {
					b.Fatal(fs)
				}
				i++
			}
			if cpu1, ok1 := cputime.Used(); ok && ok1 {
				b.ReportMetric(float64((cpu1-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
			}
		})
	}
}
