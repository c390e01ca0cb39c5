package policy

import (
	"hash/maphash"
	"math/bits"
)

// An idFilter proves that the IDs of a list are unique without a table of
// them. It keeps two bits of a 16-bit-per-ID bit set for each ID and a
// 32-bit hash of each; an ID whose two bits are both set already may
// repeat an earlier one, and only such candidates, usually a few in a
// hundred, are compared with the IDs that share their bits. A policy of
// 100,000 categories so needs a bit set of 200 KB, which stays in the
// processor's cache while its categories stream past, where a table of
// the IDs (idTable) is four times that and is read at random.
type idFilter struct {
	seed   maphash.Seed
	set    []uint64 // the bit set
	shift  uint     // 32 minus the number of bits of a position in set
	hashes []uint32 // the hash of each element's ID, 0 for none
	cands  []uint32 // the hashes of the candidates
}

// newIDFilter returns a filter for a list of n IDs.
func newIDFilter(n int) *idFilter {
	// 16 bits an ID, at least 64, a power of two.
	logBits := max(bits.Len(uint(n)), 2) + 4
	logBits = min(logBits, 32)
	return &idFilter{
		seed:   maphash.MakeSeed(),
		set:    make([]uint64, 1<<logBits/64),
		shift:  uint(32 - logBits),
		hashes: make([]uint32, n),
	}
}

// positions returns the two bits of an ID of hash h.
func (f *idFilter) positions(h uint32) (uint32, uint32) {
	return h >> f.shift, (h * 0x9e3779b9) >> f.shift
}

// add records id as the ID of element k.
func (f *idFilter) add(k int, id string) {
	h := uint32(maphash.String(f.seed, id)) | 1 // never 0, which means no ID
	f.hashes[k] = h
	a, b := f.positions(h)
	wa, ma := &f.set[a/64], uint64(1)<<(a%64)
	wb, mb := &f.set[b/64], uint64(1)<<(b%64)
	if *wa&ma != 0 && *wb&mb != 0 {
		f.cands = append(f.cands, h)
	}
	*wa |= ma
	*wb |= mb
}

// repeats reports whether two elements were added with the same ID, which
// key gives by index.
func (f *idFilter) repeats(key func(k int) string) bool {
	if len(f.cands) == 0 {
		return false
	}
	// An ID that repeats an earlier one is a candidate, and the earlier
	// one has the candidate's hash, so the first bit of each candidate
	// picks out every element that may share its ID.
	clear(f.set)
	for _, h := range f.cands {
		a, _ := f.positions(h)
		f.set[a/64] |= 1 << (a % 64)
	}
	seen := make(map[string]struct{}, 2*len(f.cands))
	for k, h := range f.hashes {
		if h == 0 {
			continue
		}
		if a, _ := f.positions(h); f.set[a/64]&(1<<(a%64)) == 0 {
			continue
		}
		id := key(k)
		if _, ok := seen[id]; ok {
			return true
		}
		seen[id] = struct{}{}
	}
	return false
}
