// Law-specific content of the document. What a law adds (its supervisory
// authority, its statements) comes from the law's descriptor in package
// policy; this file holds only how each language cites an article.

package render

import (
	"strings"

	"github.com/gopolicy/policy"
)

// citation writes an article reference the way the document's language
// cites that law: Russian cites 152-FZ as "п. 1 ч. 1 ст. 6" and other laws'
// articles as "подп. «a» п. 1 ст. 6".
func (c *composer) citation(law policy.Law, cite string) string {
	if base, _ := c.lang.Base(); base.String() != "ru" {
		return cite
	}
	rest, ok := strings.CutPrefix(cite, "Art. ")
	if !ok {
		return cite
	}
	if refs := strings.Split(rest, ", "); len(refs) > 1 {
		// "6(7), 31(1)" -> "п. 7 ст. 6, п. 1 ст. 31"
		for i, r := range refs {
			refs[i] = c.citation(law, "Art. "+r)
		}
		return strings.Join(refs, ", ")
	}
	parts := strings.FieldsFunc(rest, func(r rune) bool { return r == '(' || r == ')' })
	switch {
	case law == policy.FZ152 && len(parts) == 3:
		// "6(1)(1)" -> "п. 1 ч. 1 ст. 6"
		return "п. " + parts[2] + " ч. " + parts[1] + " ст. " + parts[0]
	case len(parts) == 3:
		// "6(1)(a)" -> "подп. «a» п. 1 ст. 6"
		return "подп. «" + parts[2] + "» п. " + parts[1] + " ст. " + parts[0]
	case law == policy.FZ152 && len(parts) == 2:
		// "14(3)" -> "ч. 3 ст. 14"
		return "ч. " + parts[1] + " ст. " + parts[0]
	case len(parts) == 2:
		// "6(1)" -> "п. 1 ст. 6"
		return "п. " + parts[1] + " ст. " + parts[0]
	}
	return "ст. " + rest
}

// statements returns, translated, the sentences the laws the policy
// declares add to the part of the document named by topic (see
// [policy.Law.Statements]). A law adds nothing to a policy that processes
// no personal data.
func (c *composer) statements(topic policy.Topic) []string {
	if !c.p.CollectsPersonalData() {
		return nil
	}
	var out []string
	for _, law := range c.p.Laws {
		for _, st := range law.Statements() {
			if st.Topic == topic {
				c.lawSource(law, textStatement)
				out = append(out, c.pr.Sprintf(st.Text))
			}
		}
	}
	return out
}
