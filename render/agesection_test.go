package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestChildrenSectionTitle checks that the section on children is titled
// for age restrictions where the policy admits adults only and declares
// nothing else about children, and "Children" otherwise, in English and
// in Russian, while its ID, and so its anchor, stays "children".
func TestChildrenSectionTitle(t *testing.T) {
	const (
		enKids, ruKids   = "Children", "Дети"
		enAdult, ruAdult = "Age Restrictions", "Возрастные ограничения"
	)
	de := language.MustParseRegion("DE")
	for _, tt := range []struct {
		name     string
		children policy.Children
		en, ru   string
	}{
		{"minimum age 13", policy.Children{MinimumAge: 13}, enKids, ruKids},
		{"minimum age 17", policy.Children{MinimumAge: 17}, enKids, ruKids},
		{"minimum age 18", policy.Children{MinimumAge: 18}, enAdult, ruAdult},
		{"minimum age 19 with a note", policy.Children{MinimumAge: 19, Note: "A driver must have driven for a year."}, enAdult, ruAdult},
		{"adults, age checked", policy.Children{MinimumAge: 21, AgeChecks: []policy.AgeCheck{policy.AgeCheckDocument}}, enAdult, ruAdult},
		{"adults everywhere", policy.Children{MinimumAge: 18, ByRegion: []policy.AgeLimit{{Region: de, Age: 21}}}, enAdult, ruAdult},
		{"younger in a region", policy.Children{MinimumAge: 18, ByRegion: []policy.AgeLimit{{Region: de, Age: 16}}}, enKids, ruKids},
		{"minors with a parent's consent", policy.Children{MinimumAge: 18, ParentalConsent: true}, enKids, ruKids},
		{"minors through their school", policy.Children{MinimumAge: 18, SchoolConsent: true}, enKids, ruKids},
		{"age of consent", policy.Children{MinimumAge: 18, ConsentAge: 16}, enKids, ruKids},
		{"restrictions for minors", policy.Children{MinimumAge: 18, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoProfiling}}, enKids, ruKids},
		{"only a note", policy.Children{Note: "We do not knowingly collect data from children."}, enKids, ruKids},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Children = tt.children
			for _, c := range []struct {
				lang language.Tag
				want string
			}{{language.English, tt.en}, {language.Russian, tt.ru}} {
				opts := Options{Language: c.lang}
				if c.lang != language.English {
					opts.Translations = markedCatalog(t, p, c.lang, func(s string) string { return s }, "")
				}
				d := mustCompose(t, p, opts)
				var found bool
				for _, s := range d.Sections {
					if s.ID == "children" {
						found = true
						if s.Title != c.want {
							t.Errorf("%v: section children titled %q, want %q", c.lang, s.Title, c.want)
						}
					}
				}
				if !found {
					t.Errorf("%v: no section with the ID children", c.lang)
				}
			}
		})
	}
}
