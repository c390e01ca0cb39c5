// The laws that lay down a purpose's legal obligation or public task.

package render

import (
	"strconv"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// obligationsOf appends to t the laws that lay down the legal obligation,
// or the task in the public interest, that pu, declared at path, rests on
// (Purpose.Obligations), each with the jurisdiction whose law it is, so
// that a reader sees which law a ground of GDPR Art. 6(1)(c) or (e)
// relies on (Art. 6(3)).
func (c *composer) obligationsOf(t *text, path string, pu *policy.Purpose) {
	var acts []string
	for j, o := range pu.Obligations {
		if o.Act == "" {
			continue
		}
		field := ".obligations[" + strconv.Itoa(j) + "]"
		s := c.fragment(at(path, field+".act"), o.Act)
		if o.Region != (language.Region{}) {
			c.fromAt(at(path, field+".region"))
			s += " (" + c.region(o.Region) + ")"
		}
		acts = append(acts, s)
	}
	pr := c.pr
	task := pu.HasBasis(policy.BasisPublicTask) && !pu.HasBasis(policy.BasisLegalObligation)
	switch {
	case len(acts) == 0:
	case task && len(acts) == 1:
		t.sentence(pr.Sprintf("Law laying down the task: %s.", acts[0]))
	case task:
		t.sentence(pr.Sprintf("Laws laying down the task: %s.", c.list(acts)))
	case len(acts) == 1:
		t.sentence(pr.Sprintf("Law imposing the obligation: %s.", acts[0]))
	default:
		t.sentence(pr.Sprintf("Laws imposing the obligation: %s.", c.list(acts)))
	}
}
