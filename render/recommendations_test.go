package render

import (
	"testing"

	"golang.org/x/text/language"
)

// TestRecommendationRules checks that the address of the rules for
// applying recommendation technologies is stated, as a link, in the
// section on purposes of both layouts, in English and Russian, with its
// source, and that a policy without it says nothing of recommendations.
func TestRecommendationRules(t *testing.T) {
	const u = "https://acme.example/recommendations"
	p := smallPolicy()
	p.Links.Recommendations = u
	want := map[language.Tag]string{
		language.English: "The rules for applying the recommendation technologies with which we select the information shown to you are published at " + u + ".",
		language.Russian: "Правила применения рекомендательных технологий, с помощью которых мы подбираем предоставляемую вам информацию, размещены по адресу " + u + ".",
	}
	not := map[language.Tag]string{language.English: "recommendation", language.Russian: "рекомендательн"}
	for _, lang := range []language.Tag{language.English, language.Russian} {
		for _, layout := range []Layout{LayoutSections, LayoutCategories} {
			expectText(t, layoutText(t, p, lang, layout), []string{want[lang]}, nil)
			expectText(t, layoutText(t, smallPolicy(), lang, layout), nil, []string{not[lang]})
		}
	}
	d := mustCompose(t, p, Options{})
	if got := linkSections(d)[u]; got != "purposes" {
		t.Errorf("%s is linked in section %q, want %q", u, got, "purposes")
	}
	for _, s := range d.Sections {
		for _, cl := range s.Clauses {
			for _, sp := range cl.Text {
				if sp.Href == u && (len(cl.Sources) != 1 || cl.Sources[0].Path() != "links.recommendations") {
					t.Errorf("the clause linking %s has sources %v, want links.recommendations", u, cl.Sources)
				}
			}
		}
	}
}
