package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestRecipientRoleAfterParenthesis checks the role of a recipient whose
// name ends in a parenthesis, such as a provider named with its product:
// stated in a sentence of its own rather than in a second parenthesis, in
// English and Russian, and in parentheses after any other name.
func TestRecipientRoleAfterParenthesis(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.UKGDPR}
	r := &policy.Recipient{ID: "plagiarism", Name: "our plagiarism detection provider (Turnitin)", Role: policy.RoleProcessor,
		Categories: p.Categories[:1]}
	p.Recipients = append(p.Recipients, r)
	p.Purposes[0].Recipients = append(p.Purposes[0].Recipients, r)
	expectText(t, readText(t, p, language.English), []string{"Our plagiarism detection provider (Turnitin). Role: processor. Data received:"}, []string{"(Turnitin) (processor)"})
	// readText keeps the policy's own strings as they are in Russian.
	expectText(t, readText(t, p, language.Russian), []string{"(Turnitin). Роль: лицо, осуществляющее обработку по поручению контролёра. "}, []string{"(Turnitin) ("})

	r.Name = "our plagiarism detection provider"
	expectText(t, readText(t, p, language.English), []string{"Our plagiarism detection provider (processor). Data received:"}, []string{"Role:"})
}
