// Law-specific content of the document: the supervisory authorities, the
// citation grammar of each language, and the statements a single law
// requires.

package render

import (
	"strings"

	"github.com/gopolicy/policy"
)

// citation writes an article reference the way the document's language
// cites that law: Russian cites 152-FZ as "п. 1 ч. 1 ст. 6" and other laws'
// articles as "ст. 6(1)(a)".
func (c *composer) citation(law policy.Law, cite string) string {
	if base, _ := c.lang.Base(); base.String() != "ru" {
		return cite
	}
	rest, ok := strings.CutPrefix(cite, "Art. ")
	if !ok {
		return cite
	}
	if law == policy.FZ152 {
		// "6(1)(1)" -> "п. 1 ч. 1 ст. 6"
		parts := strings.FieldsFunc(rest, func(r rune) bool { return r == '(' || r == ')' })
		if len(parts) == 3 {
			return "п. " + parts[2] + " ч. " + parts[1] + " ст. " + parts[0]
		}
	}
	return "ст. " + rest
}

// authority names each law's supervisory authority for complaints.
var authority = map[policy.Law]struct{ name, url string }{
	policy.GDPR:   {"the data protection supervisory authority of the EU member state where you live or work, or where the alleged infringement took place", ""},
	policy.UKGDPR: {"the Information Commissioner's Office (ICO)", "https://ico.org.uk"},
	policy.FZ152:  {"the Federal Service for Supervision of Communications, Information Technology and Mass Media (Roskomnadzor)", "https://rkn.gov.ru"},
	policy.LGPD:   {"the National Data Protection Authority (ANPD)", "https://www.gov.br/anpd"},
	policy.CCPA:   {"the California Privacy Protection Agency", "https://cppa.ca.gov"},
}

// localisation states where the data of the country's citizens is kept,
// for a law that requires it to stay there: 152-FZ Art. 18(5). It is empty
// for a policy that no such law applies to.
func (c *composer) localisation() string {
	if !c.p.Subject(policy.FZ152) || !c.p.CollectsPersonalData() {
		return ""
	}
	return c.pr.Sprintf("In accordance with Art. 18(5) of Federal Law No. 152-FZ, the personal data of citizens of the Russian Federation is recorded, systematised, accumulated, stored, clarified and retrieved using databases located in the Russian Federation.")
}
