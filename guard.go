package policy

import (
	"fmt"
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
	grounds    map[guardKey]BasisSet
	categories map[string]bool
	purposes   map[string]bool
}

// guardKey is a (category, purpose) pair. A Go map keyed by it answers in
// about 15 ns on the benchmark machine; a hand-written open-addressing
// table over hash/maphash was measured no faster, so the map stays.
type guardKey struct{ category, purpose string }

// NewGuard builds a Guard from p. It refuses a policy with validation
// errors, returning them as [Findings]: a guard over an inconsistent policy
// would answer questions the policy does not settle.
func NewGuard(p *Policy) (*Guard, error) {
	if err := p.Validate().Err(); err != nil {
		return nil, err
	}
	g := &Guard{
		grounds:    make(map[guardKey]BasisSet),
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
			g.grounds[guardKey{c.ID, pu.ID}] |= set | declaredBit
		}
	}
	return g, nil
}

// Permits reports whether the policy declares the category with ID
// category for the purpose with ID purpose.
func (g *Guard) Permits(category, purpose string) bool {
	return g.grounds[guardKey{category, purpose}] != 0
}

// Grounds returns the legal grounds the policy states for processing the
// category for the purpose, and whether it declares that use at all. A
// declared use of non-personal data may have no grounds.
func (g *Guard) Grounds(category, purpose string) (BasisSet, bool) {
	s := g.grounds[guardKey{category, purpose}]
	return s &^ declaredBit, s != 0
}

// HasCategory reports whether the policy declares a category with this ID.
func (g *Guard) HasCategory(category string) bool { return g.categories[category] }

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
