package policy

import (
	"hash/maphash"
	"math/bits"
)

// idHashes proves that the IDs of a list are unique without a table of
// them read at random. It keeps a 32-bit hash of each ID, written in list
// order, and looks for repeats only once the list is read: it splits the
// hashes by their high bits into parts of a few hundred (two passes over
// the hashes, in order) and checks each part with a small table that
// stays in the processor's first-level cache, comparing IDs only where
// two hashes are equal. A policy of 100,000 categories so reads 400 KB of
// hashes in order, where a table of the IDs (idTable) takes one trip to
// memory an ID: such a table no longer fits in the cache once the
// categories stream past.
type idHashes struct {
	seed   maphash.Seed
	hashes []uint32 // the hash of each element's ID, 0 for none
}

// newIDHashes returns the hashes of a list of n IDs.
func newIDHashes(n int) *idHashes {
	return &idHashes{seed: maphash.MakeSeed(), hashes: make([]uint32, n)}
}

// add records id as the ID of element k.
func (s *idHashes) add(k int, id string) {
	s.hashes[k] = uint32(maphash.String(s.seed, id)) | 1 // never 0, which means no ID
}

// partSize is the number of hashes repeats checks together, with a table
// of twice as many slots (4 KB).
const partSize = 256

// repeats reports whether two elements were added with the same ID, which
// key gives by index.
func (s *idHashes) repeats(key func(k int) string) bool {
	n := len(s.hashes)
	// Parts: a power of two, so that a part is a range of high bits.
	logParts := bits.Len(uint(n / partSize))
	parts := 1 << logParts
	shift := 32 - logParts // 32 for one part: a uint32 shifted by 32 is 0
	part := func(h uint32) int { return int(h >> shift) }
	// Count the elements of each part, then place (hash, index) pairs
	// part by part.
	start := make([]int32, parts+1)
	for _, h := range s.hashes {
		if h != 0 {
			start[part(h)+1]++
		}
	}
	for i := 1; i <= parts; i++ {
		start[i] += start[i-1]
	}
	pairs := make([]uint64, start[parts])
	next := append([]int32(nil), start[:parts]...)
	for k, h := range s.hashes {
		if h != 0 {
			b := part(h)
			pairs[next[b]] = uint64(h)<<32 | uint64(k)
			next[b]++
		}
	}
	// Check each part with an open-addressing table of its pairs, keyed
	// by the hash's low bits.
	var table []uint64
	for b := range parts {
		ps := pairs[start[b]:start[b+1]]
		size := 1 << max(bits.Len(uint(2*len(ps))), 3)
		if cap(table) < size {
			table = make([]uint64, size)
		}
		table = table[:size]
		clear(table)
		mask := uint32(size - 1)
		for _, pk := range ps {
			h := uint32(pk >> 32)
			for i := h & mask; ; i = (i + 1) & mask {
				t := table[i]
				if t == 0 {
					table[i] = pk
					break
				}
				if uint32(t>>32) == h && key(int(uint32(t))) == key(int(uint32(pk))) {
					return true
				}
			}
		}
	}
	return false
}
