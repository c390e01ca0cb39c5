// Package export writes a policy in the formats other privacy tools and app
// stores read, each from the one declaration: a Fides system with privacy
// declarations ([Fides], and [ImportFides] for the reverse), Apple's
// privacy manifest ([Apple]), Google Play's Data safety CSV ([Play]) and
// the W3C Data Privacy Vocabulary as JSON-LD ([DPV]).
//
// Each export reads the vocabulary terms on the policy's categories and
// purposes ([policy.Terms]) and refuses a policy whose terms are unknown
// or missing for that export: run [policy.CheckVocabulary] first to see
// every such finding at once. Every export is deterministic: the same
// policy gives the same bytes.
package export

import (
	"fmt"

	"github.com/gopolicy/policy"
)

// check returns the vocabulary findings that stop an export to v.
func check(p *policy.Policy, v policy.Vocabulary) error {
	if p == nil {
		return fmt.Errorf("export: nil policy")
	}
	if err := policy.CheckVocabulary(p, v).Err(); err != nil {
		return fmt.Errorf("export %s: %w", v, err)
	}
	return nil
}

// uniq appends the elements of add not yet in dst, keeping order.
func uniq(dst []string, add ...string) []string {
	for _, s := range add {
		found := false
		for _, d := range dst {
			if d == s {
				found = true
				break
			}
		}
		if !found {
			dst = append(dst, s)
		}
	}
	return dst
}

// purposesUsing returns the purposes of p that use c, in declaration order.
func purposesUsing(p *policy.Policy, c *policy.Category) []*policy.Purpose {
	var out []*policy.Purpose
	for _, pu := range p.Purposes {
		if pu != nil && pu.Uses(c) {
			out = append(out, pu)
		}
	}
	return out
}

// order sorts terms into the order of the vocabulary's list.
func order(terms []string, list []policy.Term) []string {
	out := make([]string, 0, len(terms))
	for _, t := range list {
		for _, s := range terms {
			if s == t.ID {
				out = append(out, s)
				break
			}
		}
	}
	return out
}
