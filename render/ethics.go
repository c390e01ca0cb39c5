package render

import "github.com/gopolicy/policy"

// ethicsApprovalText states that the research pu, declared at path,
// carries out follows a protocol an independent ethics committee has
// approved and oversees.
func (c *composer) ethicsApprovalText(t *text, path string, pu *policy.Purpose) {
	if !pu.EthicsApproval {
		return
	}
	c.fromAt(at(path, ".ethics_approval"))
	t.sentence(c.pr.Sprintf("The research follows a protocol that an independent research ethics committee or institutional review board has reviewed and approved, and that it oversees."))
}
