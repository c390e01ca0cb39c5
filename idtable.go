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
// needs about eight times that. Validate builds one only where an ID
// repeats (idHashes tells) or a reference must be found by ID.
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

// slot returns the position of the slot of id, or of the free slot where
// id would go, and id's tag, as it is stored in a slot.
func (t *idTable) slot(id string) (int, uint32) {
	h := maphash.String(t.seed, id)
	mask := t.mask()
	tag := uint32(h) &^ mask
	// The high bits of h choose the first slot, the low ones the tag.
	for i := int((h >> 32) * uint64(len(t.slots)) >> 32); ; {
		s := t.slots[i]
		if s == 0 || s&^mask == tag && t.key(int(s&mask-1)) == id {
			return i, tag
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
}

// mask returns the bits of a slot that hold the index plus one; a shift
// of 32 leaves no tag.
func (t *idTable) mask() uint32 { return uint32(1)<<t.shift - 1 }

// get returns the index of the declaration of id.
func (t *idTable) get(id string) (int, bool) {
	i, _ := t.slot(id)
	s := t.slots[i]
	return int(s&t.mask()) - 1, s != 0
}

// has reports whether an element declares id.
func (t *idTable) has(id string) bool {
	_, ok := t.get(id)
	return ok
}

// add records that element k declares id, unless an earlier one does; it
// returns the index of that earlier one and true, or k and false.
func (t *idTable) add(id string, k int) (int, bool) {
	i, tag := t.slot(id)
	if s := t.slots[i]; s != 0 {
		return int(s&t.mask()) - 1, true
	}
	t.slots[i] = tag | uint32(k+1)
	return k, false
}
