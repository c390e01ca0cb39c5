package policy_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strings"
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

// realisticInputs returns the policies of the repository as JSON: the
// examples', the test data's, the examples' with their categories
// repeated to 5,000, and generated ones of 1,000 to 100,000 categories
// (the largest only without -short).
func realisticInputs(t *testing.T) []namedInput {
	t.Helper()
	var inputs []namedInput
	for _, name := range []string{
		"examples/saas/testdata/policy.json", "examples/shop/testdata/policy.json",
		"examples/aiservice/testdata/policy.json", "examples/clipai/testdata/policy.json",
		"testdata/policy.json", "privacyvet/testdata/policy.json",
	} {
		inputs = append(inputs, namedInput{name, readFile(t, name)})
	}
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
		inputs = append(inputs, namedInput{fmt.Sprintf("%s×%d", ex, len(p.Categories)/len(cats)), encode(t, p)})
	}
	sizes := []int{1000, 10000}
	if !testing.Short() {
		sizes = append(sizes, 100000)
	}
	for _, n := range sizes {
		inputs = append(inputs, namedInput{fmt.Sprintf("generated/categories=%d", n), encode(t, gen.Policy(n))})
	}
	return inputs
}

type namedInput struct {
	name string
	data []byte
}

// TestDecodeRealisticWithinBudget checks that the repository's policies,
// of every size, decode with the default Decoder.MaxExpansion, and that
// the memory they take stays far inside it: at most half the default
// times the input.
func TestDecodeRealisticWithinBudget(t *testing.T) {
	for _, in := range realisticInputs(t) {
		t.Run(in.name, func(t *testing.T) {
			p, built, err := policy.DecodeCounting(policy.Decoder{MaxBytes: 1 << 30}, bytes.NewReader(in.data))
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			ratio := float64(built) / float64(len(in.data))
			t.Logf("%9d bytes, %6d categories: the model takes %.2fx the input", len(in.data), len(p.Categories), ratio)
			if ratio > policy.DefaultMaxExpansion/2 {
				t.Errorf("the model takes %d bytes, %.2fx the input of %d, want at most %dx", built, ratio, len(in.data), policy.DefaultMaxExpansion/2)
			}
		})
	}
}

// denseShapes returns, for each list of the model, an input of about size
// bytes that fills the list with elements as short as JSON allows: the
// shapes whose model is largest for their size.
func denseShapes(size int) map[string][]byte {
	list := func(prefix, suffix string, elem func(i int) string) []byte {
		var b bytes.Buffer
		b.WriteString(prefix)
		for i := 0; b.Len() < size-len(suffix)-64; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(elem(i))
		}
		b.WriteString(suffix)
		return b.Bytes()
	}
	id := func(i int) string { return fmt.Sprintf(`{"id":"d%d"}`, i) }
	empty := func(int) string { return "{}" }
	emptyString := func(int) string { return `""` }
	shapes := map[string][]byte{
		"categories of an id":    list(`{"categories":[`, `]}`, id),
		"purposes of an id":      list(`{"purposes":[`, `]}`, id),
		"recipients of an id":    list(`{"recipients":[`, `]}`, id),
		"cookies of an id":       list(`{"cookies":[`, `]}`, id),
		"not_collected of an id": list(`{"not_collected":[`, `]}`, id),
		"incentives of an id":    list(`{"incentives":[`, `]}`, id),
		"category items":         list(`{"categories":[{"id":"a","items":[`, `]}]}`, emptyString),
		"category sources":       list(`{"categories":[{"id":"a","sources":[`, `]}]}`, func(int) string { return `"user"` }),
		"category storage":       list(`{"categories":[{"id":"a","storage":[`, `]}]}`, empty),
		"category terms":         list(`{"categories":[{"id":"a","terms":{"dpv":[`, `]}}]}`, emptyString),
		"purpose references":     list(`{"categories":[{"id":"a"}],"purposes":[{"id":"p","categories":[`, `]}]}`, func(int) string { return `"a"` }),
		"purpose obligations":    list(`{"purposes":[{"id":"p","obligations":[`, `]}]}`, empty),
		"scope":                  list(`{"scope":[`, `]}`, emptyString),
		"laws":                   list(`{"laws":[`, `]}`, func(int) string { return `"gdpr"` }),
		"deletion stages":        list(`{"deletion":[{"stages":[`, `]}]}`, empty),
	}
	for _, field := range []string{"transfers", "deletion", "rights", "redress", "security", "disclosures", "establishments", "representatives", "storage"} {
		shapes["empty "+field] = list(`{"`+field+`":[`, `]}`, empty)
	}
	return shapes
}

// peakSlack is the heap beyond 10 times the input that Decode may hold at
// its peak (limits.go): ExpansionSlack and the decoder's own buffers.
const peakSlack = policy.ExpansionSlack + 512<<10

// TestDecodePeakHeap measures the heap that Decode holds at its peak, for
// the realistic inputs and for each dense shape at sizes up to the default
// MaxBytes, and checks that it stays within 10 times the input plus
// peakSlack: a dense input either fits its budget or is refused early.
func TestDecodePeakHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes inputs of several megabytes")
	}
	type input struct {
		namedInput
		dense bool
	}
	var inputs []input
	for _, in := range realisticInputs(t) {
		inputs = append(inputs, input{in, false})
	}
	for _, size := range []int{16 << 10, 256 << 10, policy.DefaultMaxBytes} {
		for name, data := range denseShapes(size) {
			inputs = append(inputs, input{namedInput{fmt.Sprintf("%s/%dKiB", name, size>>10), data}, true})
		}
	}
	slices.SortStableFunc(inputs, func(a, b input) int { return strings.Compare(a.name, b.name) })
	for _, in := range inputs {
		var err error
		peak, total := peakHeap(func() { _, err = policy.Decoder{MaxBytes: 1 << 30}.Decode(bytes.NewReader(in.data)) })
		outcome := "decoded"
		if err != nil {
			if !in.dense || !strings.Contains(err.Error(), "Decoder.MaxExpansion") {
				t.Errorf("%s: %v", in.name, err)
				continue
			}
			outcome = "refused"
		}
		ratio := float64(peak) / float64(len(in.data))
		t.Logf("%-36s %8d bytes: %s, peak heap %6.2fx the input (%8d bytes), allocated %6.2fx",
			in.name, len(in.data), outcome, ratio, peak, float64(total)/float64(len(in.data)))
		if peak > 10*uint64(len(in.data))+peakSlack {
			t.Errorf("%s: peak heap %d bytes for an input of %d, want at most 10 times it plus %d", in.name, peak, len(in.data), peakSlack)
		}
	}
}

// TestDecodeDenseShapesWithinLimit checks that each dense shape decodes
// once Decoder.MaxExpansion is raised far enough, and measures how far:
// the model's size against the input's.
func TestDecodeDenseShapesWithinLimit(t *testing.T) {
	for name, data := range denseShapes(256 << 10) {
		t.Run(name, func(t *testing.T) {
			_, built, err := policy.DecodeCounting(policy.Decoder{MaxExpansion: 1000}, bytes.NewReader(data))
			if err != nil {
				t.Fatalf("Decode with MaxExpansion 1000: %v", err)
			}
			t.Logf("the model takes %.1fx the input", float64(built)/float64(len(data)))
		})
	}
}

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
