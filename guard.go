package policy

import (
	"fmt"
	"hash/maphash"
	"math/bits"
	"strings"
)

// A Guard answers, on a hot path, whether the policy declares a category of
// data for a purpose, and on which legal grounds. Build it once with
// [NewGuard] at start-up; a lookup is one map access, allocates nothing, and
// is safe for concurrent use. The Guard is a snapshot: later changes to the
// policy do not reach it.
//
//	if !guard.Permits("contact.email", "marketing") {
//		return errNotDeclared
//	}
type Guard struct {
	// An open-addressing hash table of declared (category, purpose) pairs,
	// at most half full, probed linearly. A dedicated table hashes the two
	// IDs with hash/maphash and compares them in place, about twice as fast
	// as a Go map keyed by a struct of two strings.
	seed  maphash.Seed
	slots []guardSlot
	mask  uint64

	categories map[string]bool
	purposes   map[string]bool
}

type guardSlot struct {
	category, purpose string
	set               BasisSet // 0 marks an empty slot
}

func (g *Guard) hash(category, purpose string) uint64 {
	h := maphash.String(g.seed, category)
	return h ^ (maphash.String(g.seed, purpose) * 0x9e3779b97f4a7c15)
}

func (g *Guard) lookup(category, purpose string) BasisSet {
	for i := g.hash(category, purpose) & g.mask; ; i = (i + 1) & g.mask {
		s := &g.slots[i]
		if s.set == 0 || (s.category == category && s.purpose == purpose) {
			return s.set
		}
	}
}

// insert adds set to the pair's grounds.
func (g *Guard) insert(category, purpose string, set BasisSet) {
	for i := g.hash(category, purpose) & g.mask; ; i = (i + 1) & g.mask {
		s := &g.slots[i]
		if s.set == 0 {
			*s = guardSlot{category, purpose, set}
			return
		}
		if s.category == category && s.purpose == purpose {
			s.set |= set
			return
		}
	}
}

// NewGuard builds a Guard from p. It refuses a policy with validation
// errors, returning them as [Findings]: a guard over an inconsistent policy
// would answer questions the policy does not settle.
func NewGuard(p *Policy) (*Guard, error) {
	if err := p.Validate().Err(); err != nil {
		return nil, err
	}
	pairs := 0
	for _, pu := range p.Purposes {
		pairs += len(pu.Categories)
	}
	size := 8
	for size < 2*pairs {
		size *= 2
	}
	g := &Guard{
		seed:       maphash.MakeSeed(),
		slots:      make([]guardSlot, size),
		mask:       uint64(size - 1),
		categories: make(map[string]bool, len(p.Categories)),
		purposes:   make(map[string]bool, len(p.Purposes)),
	}
	for _, c := range p.Categories {
		g.categories[c.ID] = true
	}
	for _, pu := range p.Purposes {
		g.purposes[pu.ID] = true
		var set BasisSet
		for _, b := range pu.Bases {
			set = set.With(b)
		}
		for _, c := range pu.Categories {
			// A category without personal data needs no ground; it is
			// still declared for the purpose.
			g.insert(c.ID, pu.ID, set|declaredBit)
		}
	}
	return g, nil
}

// Permits reports whether the policy declares the category with ID
// category for the purpose with ID purpose.
func (g *Guard) Permits(category, purpose string) bool {
	return g.lookup(category, purpose) != 0
}

// Grounds returns the legal grounds the policy states for processing the
// category for the purpose, and whether it declares that use at all. A
// declared use of non-personal data may have no grounds.
func (g *Guard) Grounds(category, purpose string) (BasisSet, bool) {
	s := g.lookup(category, purpose)
	return s &^ declaredBit, s != 0
}

// Declares reports whether the policy declares a category with this ID.
func (g *Guard) Declares(category string) bool { return g.categories[category] }

// HasPurpose reports whether the policy declares a purpose with this ID.
func (g *Guard) HasPurpose(purpose string) bool { return g.purposes[purpose] }

// A BasisSet is a set of legal grounds. The zero value is empty.
type BasisSet uint32

// declaredBit marks a declared (category, purpose) pair in a Guard; Basis
// values never reach bit 31.
const declaredBit BasisSet = 1 << 31

// With returns s with b added. Undefined grounds are ignored.
func (s BasisSet) With(b Basis) BasisSet {
	if !b.Valid() {
		return s
	}
	return s | 1<<b
}

// Has reports whether s contains b.
func (s BasisSet) Has(b Basis) bool { return b.Valid() && s&(1<<b) != 0 }

// Len returns the number of grounds in s.
func (s BasisSet) Len() int { return bits.OnesCount32(uint32(s &^ declaredBit)) }

// Bases returns the grounds in s in canonical order.
func (s BasisSet) Bases() []Basis {
	var out []Basis
	for _, b := range Bases() {
		if s.Has(b) {
			out = append(out, b)
		}
	}
	return out
}

// String lists the grounds' keys, such as "{consent, contract}".
func (s BasisSet) String() string {
	return fmt.Sprintf("{%s}", strings.Join(strings.Split(keysOf(s.Bases()), ", "), ", "))
}
