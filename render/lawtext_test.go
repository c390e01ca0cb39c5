package render

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// documentText joins the titles and clause texts of d.
func documentText(d *Document) string {
	var all []string
	var walk func([]*Clause)
	walk = func(cs []*Clause) {
		for _, c := range cs {
			all = append(all, c.Text.String())
			walk(c.Clauses)
		}
	}
	for _, s := range d.Sections {
		all = append(all, s.Title)
		walk(s.Clauses)
	}
	return strings.Join(all, "\n")
}

// TestLawContentFromDescriptors checks that what each law adds to the
// document (its supervisory authority and its statements) comes from the
// law's descriptor, in every supported language, only under that law, and
// only for a policy that processes personal data.
func TestLawContentFromDescriptors(t *testing.T) {
	for _, law := range policy.Laws() {
		for _, lang := range []language.Tag{language.English, language.Russian} {
			t.Run(law.String()+"/"+lang.String(), func(t *testing.T) {
				p := smallPolicy()
				p.Laws = []policy.Law{law}
				opts := Options{Language: lang}
				if lang != language.English {
					opts.Translations = russianCatalog(t, p, "")
				}
				d := mustCompose(t, p, opts)
				text := documentText(d)
				pr, _ := printer(lang)
				want := law.Authority()
				if want.Name == "" {
					t.Fatalf("%v has no authority", law)
				}
				if name := capitalise(pr.Sprintf(want.Name)); !strings.Contains(text, name) {
					t.Errorf("document lacks the authority %q", name)
				}
				if want.URL != "" && !strings.Contains(text, want.URL) {
					t.Errorf("document lacks the authority's URL %q", want.URL)
				}
				for _, st := range law.Statements() {
					if s := pr.Sprintf(st.Text); !strings.Contains(text, s) {
						t.Errorf("document lacks the statement %q", s)
					}
				}
				// Another law's content does not appear.
				for _, other := range policy.Laws() {
					if other == law {
						continue
					}
					for _, st := range other.Statements() {
						if s := pr.Sprintf(st.Text); strings.Contains(text, s) {
							t.Errorf("document under %v carries %v's statement %q", law, other, s)
						}
					}
				}
			})
		}
	}
}
