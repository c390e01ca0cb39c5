package policy

import (
	"fmt"
	"testing"
)

// TestIDTable checks idTable against a map: the first declaration of each
// ID is found, a later one is reported with the index of the first, and
// an ID never added is not found, at sizes around powers of two (where
// the index takes one more bit of a slot) and with no tag bits at all,
// where every probe compares the IDs.
func TestIDTable(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 8, 9, 255, 256, 257, 1000} {
		for _, noTags := range []bool{false, true} {
			t.Run(fmt.Sprintf("n=%d/noTags=%v", n, noTags), func(t *testing.T) {
				// Every third element repeats the ID of an earlier one.
				ids := make([]string, n)
				for k := range ids {
					if k%3 == 2 {
						ids[k] = ids[k/2]
					} else {
						ids[k] = fmt.Sprintf("category.c%d", k)
					}
				}
				tab := newIDTable(n, func(k int) string { return ids[k] })
				if noTags {
					tab.shift = 32
				}
				first := map[string]int{}
				for k, id := range ids {
					got, dup := tab.add(id, k)
					want, wantDup := first[id]
					if !wantDup {
						want = k
						first[id] = k
					}
					if got != want || dup != wantDup {
						t.Fatalf("add(%q, %d) = %d, %v; want %d, %v", id, k, got, dup, want, wantDup)
					}
				}
				for id, want := range first {
					if got, ok := tab.get(id); !ok || got != want {
						t.Errorf("get(%q) = %d, %v; want %d, true", id, got, ok, want)
					}
				}
				for _, id := range []string{"", "category.c", "category.c1000000", "other"} {
					if k, ok := tab.get(id); ok {
						t.Errorf("get(%q) = %d, true for an ID never added", id, k)
					}
					if tab.has(id) {
						t.Errorf("has(%q) for an ID never added", id)
					}
				}
			})
		}
	}
}

// BenchmarkIDTable adds the IDs of a generated policy's categories to a
// table, the work Validate does for each category.
func BenchmarkIDTable(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("ids=%d", n), func(b *testing.B) {
			ids := make([]string, n)
			for k := range ids {
				ids[k] = fmt.Sprintf("category.c%d", k)
			}
			for b.Loop() {
				tab := newIDTable(n, func(k int) string { return ids[k] })
				for k, id := range ids {
					if _, dup := tab.add(id, k); dup {
						b.Fatal("duplicate", id)
					}
				}
			}
		})
	}
}

// TestIDHashes checks idHashes.repeats against a map on lists with and
// without a repeated ID, at sizes of one part and of many, and with the
// hashes forced equal, where every pair of elements is compared.
func TestIDHashes(t *testing.T) {
	for _, n := range []int{0, 1, 2, 10, 255, 256, 257, 1000, 20000} {
		for _, repeat := range []int{-1, 0, n / 2, n - 1} {
			if repeat >= n || (repeat >= 0 && n < 2) {
				continue
			}
			t.Run(fmt.Sprintf("n=%d/repeat=%d", n, repeat), func(t *testing.T) {
				ids := make([]string, n)
				for k := range ids {
					ids[k] = fmt.Sprintf("category.c%d", k)
				}
				if repeat >= 0 {
					// The last element repeats element repeat (or the
					// first repeats the last, for repeat n-1).
					if repeat == n-1 {
						ids[0] = ids[n-1]
					} else {
						ids[n-1] = ids[repeat]
					}
				}
				for _, equal := range []bool{false, true} {
					if equal && n > 1000 {
						continue // quadratic
					}
					s := newIDHashes(n)
					for k, id := range ids {
						if k%7 == 3 && repeat < 0 {
							continue // an element without an ID
						}
						s.add(k, id)
						if equal {
							s.hashes[k] = 1
						}
					}
					if got, want := s.repeats(func(k int) string { return ids[k] }), repeat >= 0; got != want {
						t.Errorf("equal=%v: repeats() = %v, want %v", equal, got, want)
					}
				}
			})
		}
	}
}
