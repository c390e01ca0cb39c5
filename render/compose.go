// Composition: Compose, the composer's state and the order of sections.

package render

import (
	"strings"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Options controls how a policy is composed.
type Options struct {
	// Language is the language to write in. The zero Tag means the
	// policy's own Language, and English where that is unset too. A
	// language the library has no wording for falls back to the closest
	// supported one, as [language.Matcher] decides.
	Language language.Tag
	// Translations translates the policy's own strings (names, items,
	// descriptions, notes), keyed by their text in the policy, where the
	// document's language differs from the policy's. Build it with
	// [catalog.NewBuilder] and SetString.
	Translations catalog.Catalog
}

// Compose builds the document of p. It reads p and never modifies it; it
// does not validate p either, but states what p declares and leaves out
// what p leaves unset, so call [policy.Policy.Validate] first to learn what
// is missing. Nil declarations are skipped.
//
// Where the document's language differs from the policy's, every string of
// the policy must have a translation in opts.Translations; otherwise
// Compose returns the missing ones as [policy.Findings] (see
// [CheckTranslations]) rather than mix two languages in one document.
func Compose(p *policy.Policy, opts Options) (*Document, error) {
	tag := opts.Language
	if tag == language.Und {
		tag = p.Language
	}
	pr, lang := printer(tag)
	c := &composer{p: p, pr: pr, lang: lang, regions: display.Regions(lang), doc: &Document{Lang: lang}}
	if needsTranslation(sourceLanguage(p), lang) {
		tr, missing := translations(p, lang, opts.Translations)
		if len(missing) > 0 {
			return nil, missing
		}
		c.tr = tr
	}
	c.compose()
	return c.doc, nil
}

type composer struct {
	p       *policy.Policy
	pr      *message.Printer
	lang    language.Tag
	tr      map[string]string // translations of the policy's strings; nil for none
	regions display.Namer
	doc     *Document
	// Numbers of clauses that others refer to, by clause ID.
	numbers map[string]string
	// Section numbers by section ID, for references.
	sections map[string]string
	// The purposes using each category, and the recipients receiving it,
	// in declaration order: built once instead of searched per category.
	uses      map[*policy.Category][]*policy.Purpose
	receivers map[*policy.Category][]*policy.Recipient
	// Retention phrases already worded: many categories share one.
	phrases map[policy.Retention]string
}

// u returns the policy's string s in the document's language.
func (c *composer) u(s string) string {
	if t, ok := c.tr[s]; ok {
		return t
	}
	return s
}

// join translates and joins a list of the policy's strings.
func (c *composer) join(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = c.u(s)
	}
	return strings.Join(out, ", ")
}

func (c *composer) compose() {
	p, pr := c.p, c.pr
	c.numbers = make(map[string]string)
	c.sections = make(map[string]string)
	c.uses = make(map[*policy.Category][]*policy.Purpose)
	for _, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		for _, cat := range pu.Categories {
			if l := c.uses[cat]; len(l) == 0 || l[len(l)-1] != pu {
				c.uses[cat] = append(l, pu)
			}
		}
	}
	c.receivers = make(map[*policy.Category][]*policy.Recipient)
	for _, r := range p.Recipients {
		if r == nil {
			continue
		}
		for _, cat := range r.Categories {
			if l := c.receivers[cat]; len(l) == 0 || l[len(l)-1] != r {
				c.receivers[cat] = append(l, r)
			}
		}
	}
	c.doc.Title = c.u(p.Title)
	if c.doc.Title == "" {
		c.doc.Title = pr.Sprintf("Privacy Policy")
	}
	c.doc.Contents = pr.Sprintf("Contents")
	c.meta()
	c.intro()

	// Sections are composed in reading order; a section that refers to a
	// later one (purposes name their legal grounds) is composed first and
	// gets its references resolved once all numbers are known.
	c.finish(c.general())
	c.finish(c.categories())
	purposes := c.purposes()
	grounds := c.grounds()
	c.finish(purposes)
	c.finish(grounds)
	c.finish(c.retention())
	c.finish(c.recipients())
	c.finish(c.transfers())
	c.finish(c.rights())
	c.finish(c.security())
	c.finish(c.children())
	c.finish(c.changes())
	c.finish(c.california())
	c.finish(c.contact())
	c.summary()
	c.resolveRefs()
}
