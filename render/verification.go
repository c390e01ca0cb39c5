// What the declared laws provide on verifying who makes a request, where
// the policy declares no way of its own: a clause of the rights section.

package render

import (
	"slices"
	"strings"

	"github.com/gopolicy/policy"
)

// A verificationRule is a law's provision on verifying the person who
// makes a request, and the sentence that states it.
type verificationRule struct {
	law     policy.Law
	article string
	// sentence is the catalog key of the statement, with the law's names
	// as %[1]s and its citations as %[2]s.
	sentence string
}

// Sentences stating what a law provides on verification.
const (
	// GDPR and UK GDPR Art. 12(6): a permission, where there are
	// reasonable doubts.
	verifyMay = "Under %[1]s (%[2]s), where we have reasonable doubts about the identity of the person making a request, we may ask for additional information to confirm it."
	// FADP: DPO Art. 16(5): a duty to identify the data subject.
	verifyIdentify = "Under %[1]s (%[2]s), we take appropriate measures to identify the person making a request."
	// CCPA: Cal. Code Regs. tit. 11, § 7060: a duty to verify requests
	// to know, delete and correct, and none for opting out or limiting.
	verifyMust = "Under %[1]s (%[2]s), we verify that the person making a request to know, delete or correct personal information is the consumer it concerns; a request to opt out or to limit the use of sensitive personal information needs no verification."
)

// verificationRules are the laws whose provisions make a statement on
// verification true of every policy that declares them. 152-FZ is not
// among them: Art. 14(3) lays down what a request contains (the details
// of an identity document and a signature), which the requests clause
// states from Requests.Contents; it does not let the operator ask for
// more. A law without an entry adds nothing, so that the document states
// no practice the policy does not declare.
var verificationRules = []verificationRule{
	{policy.GDPR, "Art. 12(6)", verifyMay},
	{policy.UKGDPR, "Art. 12(6)", verifyMay},
	{policy.FADP, "DPO Art. 16(5)", verifyIdentify},
	{policy.CCPA, "Cal. Code Regs. tit. 11, § 7060", verifyMust},
}

// verificationByLaw adds to t, for each declared law in verificationRules
// and in the order of Policy.Laws, what it provides on verifying the
// person who makes a request; laws that provide the same are named in one
// sentence.
func (c *composer) verificationByLaw(t *text) {
	if !c.p.CollectsPersonalData() {
		return
	}
	type group struct {
		sentence     string
		names, cites []string
	}
	var groups []group
	for _, law := range c.p.Laws {
		i := slices.IndexFunc(verificationRules, func(r verificationRule) bool { return r.law == law })
		if i < 0 {
			continue
		}
		r := verificationRules[i]
		c.law(law, "")
		j := slices.IndexFunc(groups, func(g group) bool { return g.sentence == r.sentence })
		if j < 0 {
			groups = append(groups, group{sentence: r.sentence})
			j = len(groups) - 1
		}
		g := &groups[j]
		if name := c.lawTitle(law); !slices.Contains(g.names, name) {
			g.names = append(g.names, name)
		}
		if cite := c.citations(law, r.article); !slices.Contains(g.cites, cite) {
			g.cites = append(g.cites, cite)
		}
	}
	for _, g := range groups {
		t.plain(" ").plain(c.pr.Sprintf(g.sentence, c.list(g.names), strings.Join(g.cites, "; ")))
	}
}
