package policy

import (
	"hash/maphash"
	"math/bits"
)

// An idTable finds the declarations of one list by ID: it maps each ID to
// the index of its first declaration in the list. It stores no strings:
// a slot is one 32-bit word holding the index plus one in its low bits
// and a tag of the ID's hash in the bits the index leaves free, and the
// table reads an ID through key only when the tags match. A policy of
// 100,000 categories so needs a table of 800 KB, where a map[string]int
// needs about eight times that; Validate looks up every category's ID
// once.
type idTable struct {
	seed  maphash.Seed
	slots []uint32
	shift uint               // the bits of a slot that hold the index plus one
	key   func(k int) string // the ID of element k of the list
}

// newIDTable returns a table for up to n IDs, read through key. A list
// in memory holds fewer than 1<<32 declarations.
func newIDTable(n int, key func(k int) string) *idTable {
	// A load of at most 1/2 keeps the probe sequences short.
	return &idTable{
		seed:  maphash.MakeSeed(),
		slots: make([]uint32, max(2*n, 8)),
		shift: uint(bits.Len(uint(n))),
		key:   key,
	}
}

// hash returns the hash of id that chooses its slot and tag.
func (t *idTable) hash(id string) uint64 { return maphash.String(t.seed, id) }

// first returns the position of the first slot an ID of hash h may take.
// The high bits of h choose it; the low ones make the tag.
func (t *idTable) first(h uint64) int { return int((h >> 32) * uint64(len(t.slots)) >> 32) }

// slot returns the position of the slot of the ID id of hash h, or of
// the free slot where id would go, and id's tag, as it is stored in a
// slot.
func (t *idTable) slot(id string, h uint64) (int, uint32) {
	mask := uint32(1)<<t.shift - 1 // a shift of 32 leaves no tag
	tag := uint32(h) &^ mask
	for i := t.first(h); ; {
		s := t.slots[i]
		if s == 0 || s&^mask == tag && t.key(int(s&mask-1)) == id {
			return i, tag
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
}

// get returns the index of the declaration of id.
func (t *idTable) get(id string) (int, bool) {
	i, _ := t.slot(id, t.hash(id))
	s := t.slots[i]
	return int(s&(uint32(1)<<t.shift-1)) - 1, s != 0
}

// has reports whether an element declares id.
func (t *idTable) has(id string) bool {
	_, ok := t.get(id)
	return ok
}

// add records that element k declares id, of hash h, unless an earlier
// one does; it returns the index of that earlier one and true, or k and
// false.
func (t *idTable) add(id string, h uint64, k int) (int, bool) {
	i, tag := t.slot(id, h)
	if s := t.slots[i]; s != 0 {
		return int(s&(uint32(1)<<t.shift-1)) - 1, true
	}
	t.slots[i] = tag | uint32(k+1)
	return k, false
}
