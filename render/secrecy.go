// The duty of secrecy that binds those who process a category's data.

package render

import "github.com/gopolicy/policy"

// secrecySentences are the sentences that state each kind of secrecy
// (Category.Secrecy).
var secrecySentences = map[policy.SecrecyKind]string{
	policy.SecrecyMedical:        "Everyone who processes this data is bound by medical confidentiality.",
	policy.SecrecyBanking:        "This data is covered by banking secrecy, which we are bound to keep.",
	policy.SecrecyCommunications: "Everyone who processes this data is bound by the secrecy of communications.",
	policy.SecrecyLegal:          "Everyone who processes this data is bound by the professional secrecy of lawyers and notaries.",
	policy.SecrecyInsurance:      "Everyone who processes this data is bound by insurance secrecy.",
}

// secrecy appends to rest the duty of secrecy of cat, declared at path,
// and the laws that lay it down, each with its jurisdiction where the
// reader cannot take it for granted; nothing where no known kind is
// stated.
func (c *composer) secrecy(rest *sentenceRun, path string, cat *policy.Category) {
	s := &cat.Secrecy
	w, ok := secrecySentences[s.Kind]
	if !ok {
		return
	}
	c.fromAt(at(path, ".secrecy.kind"))
	rest.sentence(c.pr.Sprintf(w))
	acts := c.acts(path, ".secrecy.laws", s.Laws, c.jurisdictions() > 1)
	switch len(acts) {
	case 0:
	case 1:
		rest.sentence(c.pr.Sprintf("Law laying down the duty: %s.", acts[0]))
	default:
		rest.sentence(c.pr.Sprintf("Laws laying down the duty: %s.", c.nameList(acts)))
	}
}
