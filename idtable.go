package policy

import "hash/maphash"

// An idTable finds the declarations of one list by ID: it maps each ID to
// the index of its first declaration in the list. It stores no strings,
// only a tag of each ID's hash and the index, 8 bytes a slot, and reads
// an ID through key only when the tags match. A policy of 100,000
// categories so needs a table of about 1 MB, which the processor's cache
// keeps, where a map[string]int needs four times that; Validate looks up
// every category's ID once.
type idTable struct {
	seed  maphash.Seed
	slots []idSlot
	key   func(k int) string // the ID of element k of the list
}

// An idSlot holds a tag of an ID's hash and the index of its declaration
// plus one; a zero slot is free.
type idSlot struct{ tag, at uint32 }

// newIDTable returns a table for up to n IDs, read through key. A list
// in memory holds fewer than 1<<32 declarations.
func newIDTable(n int, key func(k int) string) *idTable {
	// A load of at most 1/2 keeps the probe sequences short.
	return &idTable{seed: maphash.MakeSeed(), slots: make([]idSlot, max(2*n, 8)), key: key}
}

// slot returns the position of the slot of id, or of the free slot where
// id would go, and id's tag.
func (t *idTable) slot(id string) (int, uint32) {
	h := maphash.String(t.seed, id)
	tag := uint32(h)
	// The high bits choose the first slot, the low ones are the tag.
	i := int((h >> 32) * uint64(len(t.slots)) >> 32)
	for {
		s := t.slots[i]
		if s.at == 0 || s.tag == tag && t.key(int(s.at-1)) == id {
			return i, tag
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
}

// get returns the index of the declaration of id.
func (t *idTable) get(id string) (int, bool) {
	i, _ := t.slot(id)
	at := t.slots[i].at
	return int(at) - 1, at != 0
}

// add records that element k declares id, unless an earlier one does; it
// returns the index of that earlier one and true, or k and false.
func (t *idTable) add(id string, k int) (int, bool) {
	i, tag := t.slot(id)
	if at := t.slots[i].at; at != 0 {
		return int(at) - 1, true
	}
	t.slots[i] = idSlot{tag: tag, at: uint32(k) + 1}
	return k, false
}
