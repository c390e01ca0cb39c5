package policy_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

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

// TestDecodePeakHeap measures the heap that Decode holds at its peak, for
// inputs of realistic categories (the examples' policies, with their
// categories repeated up to thousands, and generated policies) and for
// the worst case, categories that state nothing but an ID. The peak for
// a realistic input must stay within 10 times its size. The worst case
// is bounded per declaration rather than per byte, as the model holds a
// whole Category for each (see limits.go).
func TestDecodePeakHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes inputs of several megabytes")
	}
	type input struct {
		name      string
		data      []byte
		realistic bool
	}
	var inputs []input
	for _, ex := range []string{"saas", "shop", "aiservice"} {
		p, err := policy.Decode(bytes.NewReader(readFile(t, "examples/"+ex+"/testdata/policy.json")))
		if err != nil {
			t.Fatal(err)
		}
		cats := p.Categories
		for k := 1; len(p.Categories) < 5000; k++ {
			for _, c := range cats {
				c2 := *c
				c2.ID = fmt.Sprintf("%s.copy%d", c.ID, k)
				p.Categories = append(p.Categories, &c2)
			}
		}
		inputs = append(inputs, input{fmt.Sprintf("%s×%d", ex, len(p.Categories)/len(cats)), encode(t, p), true})
	}
	for _, n := range []int{1000, 10000} {
		inputs = append(inputs, input{fmt.Sprintf("generated/categories=%d", n), encode(t, gen.Policy(n)), true})
	}
	for _, n := range []int{10000, 250000} {
		var b bytes.Buffer
		b.WriteString(`{"categories": [`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"id":"c%d"}`, i)
		}
		b.WriteString(`]}`)
		inputs = append(inputs, input{fmt.Sprintf("id only/categories=%d", n), b.Bytes(), false})
	}
	for _, in := range inputs {
		var p *policy.Policy
		var err error
		peak, total := peakHeap(func() { p, err = policy.Decoder{MaxBytes: 1 << 30}.Decode(bytes.NewReader(in.data)) })
		if err != nil {
			t.Fatalf("%s: %v", in.name, err)
		}
		ratio := float64(peak) / float64(len(in.data))
		perCat := float64(peak) / float64(len(p.Categories))
		t.Logf("%-28s %9d bytes, %6d categories: peak heap %5.1fx the input (%4.0f bytes a category), allocated %5.1fx",
			in.name, len(in.data), len(p.Categories), ratio, perCat, float64(total)/float64(len(in.data)))
		if in.realistic && ratio > 10 {
			t.Errorf("%s: peak heap %d bytes, %.1fx the input of %d, want at most 10x", in.name, peak, ratio, len(in.data))
		}
		if !in.realistic && perCat > maxHeapPerCategory {
			t.Errorf("%s: peak heap %.0f bytes a category, want at most %d", in.name, perCat, maxHeapPerCategory)
		}
	}
}

// maxHeapPerCategory bounds the peak heap of decoding one category
// that states only its ID: the Category value and the wire value it is
// read into, with the slices that hold them.
const maxHeapPerCategory = 3072

func encode(t *testing.T, p *policy.Policy) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := policy.Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// peakHeap returns the most heap in use, above that in use before, that
// sampling every millisecond saw while f ran, and the bytes f allocated.
func peakHeap(f func()) (peak, total uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var most atomic.Uint64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&m)
			most.Store(max(most.Load(), m.HeapInuse))
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	f()
	runtime.ReadMemStats(&after)
	close(done)
	<-sampled
	p := max(most.Load(), after.HeapInuse)
	return p - min(p, before.HeapInuse), after.TotalAlloc - before.TotalAlloc
}
