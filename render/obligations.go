// The laws that lay down a purpose's legal obligation or public task.

package render

import (
	"strconv"
	"strings"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// legalActs states the laws and other acts the processing as a whole
// rests on (Policy.LegalActs), each with its jurisdiction where the acts
// name more than one.
func (c *composer) legalActs(sb *sectionBuilder) {
	p, pr := c.p, c.pr
	var regions []language.Region
	for _, o := range p.LegalActs {
		if o.Region != (language.Region{}) && !contains(regions, o.Region) {
			regions = append(regions, o.Region)
		}
	}
	var items []*Clause
	for j, o := range p.LegalActs {
		if o.Act == "" {
			continue
		}
		path := "legal_acts[" + strconv.Itoa(j) + "]"
		s := capitaliseName(c.fragment(at(path, ".act"), o.Act))
		if len(regions) > 1 && o.Region != (language.Region{}) {
			c.fromAt(at(path, ".region"))
			s += " (" + c.region(o.Region) + ")"
		}
		if !strings.HasSuffix(s, ".") {
			s += "."
		}
		items = append(items, c.item("", plain(s)))
	}
	if len(items) > 0 {
		c.library()
		sb.clause("acts", plain(pr.Sprintf("We process personal data on the basis of the following laws and other acts:")), items...)
	}
}

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
