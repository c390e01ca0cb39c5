package policy_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
)

// The JSON benchmarks run Decode and Encode beside their baseline:
// encoding/json decoding the same document into the wire types (the
// equivalent typed structs, without strictness or reference resolution),
// and encoding/json encoding those types with the same indentation.

var jsonSizes = []int{1000, 10000}

func benchDoc(b *testing.B, n int) []byte {
	b.Helper()
	var buf bytes.Buffer
	if err := policy.Encode(&buf, gen.Policy(n)); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

func BenchmarkJSONDecode(b *testing.B) {
	for _, n := range jsonSizes {
		data := benchDoc(b, n)
		b.Run(fmt.Sprintf("categories=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			d := policy.Decoder{MaxBytes: 1 << 30}
			for b.Loop() {
				if _, err := d.Decode(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("categories=%d/baseline=encoding_json", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				var w policy.WireForBench
				if err := json.Unmarshal(data, &w); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkJSONEncode(b *testing.B) {
	for _, n := range jsonSizes {
		p := gen.Policy(n)
		var buf bytes.Buffer
		b.Run(fmt.Sprintf("categories=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				if err := policy.Encode(&buf, p); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
		w := policy.ToWireForBench(p)
		b.Run(fmt.Sprintf("categories=%d/baseline=encoding_json", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				enc := json.NewEncoder(&buf)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				if err := enc.Encode(w); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}
