package policy_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
)

func TestGeneratedPolicyIsValid(t *testing.T) {
	for _, n := range []int{1, 10, 1000} {
		if fs := gen.Policy(n).Validate(); len(fs) != 0 {
			t.Errorf("gen.Policy(%d) findings: %v", n, fs)
		}
	}
}

func BenchmarkValidate1000(b *testing.B) {
	p := gen.Policy(1000)
	b.ReportAllocs()
	for b.Loop() {
		p.Validate()
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
