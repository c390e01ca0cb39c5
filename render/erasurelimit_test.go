package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestErasureExceptKeptByLaw checks that the right to erasure says it
// does not reach data the law requires the controller to keep, where a
// category is kept as a law requires or a purpose rests on a legal
// obligation, in English and Russian, and only then.
func TestErasureExceptKeptByLaw(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	p.Rights = []policy.Right{{Kind: policy.RightErasure}}
	except := "To have your data erased, except data the law requires us to keep."
	expectText(t, readText(t, p, language.English), []string{"To have your data erased."}, []string{except})

	p.Categories[0].Retention = policy.AsRequiredBy("the Commercial Code")
	expectText(t, readText(t, p, language.English), []string{except}, nil)
	expectText(t, readText(t, p, language.Russian), []string{", за исключением данных, которые мы обязаны хранить по закону."}, nil)
	d := mustCompose(t, p, Options{})
	found := false
	for _, s := range d.Sections {
		for _, cl := range s.Clauses {
			for _, sub := range cl.Clauses {
				if sub.ID != anchor(kindRight, policy.RightErasure.String()) {
					continue
				}
				for _, src := range sub.Sources {
					found = found || src.Path() == "categories[email].retention"
				}
			}
		}
	}
	if !found {
		t.Error("the right to erasure does not take the category's retention as a source")
	}

	p = smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	p.Rights = []policy.Right{{Kind: policy.RightErasure}}
	p.Purposes[1].Bases = []policy.Basis{policy.BasisLegalObligation}
	p.Purposes[1].Obligations = []policy.Obligation{{Act: "the Accounting Act", Region: language.MustParseRegion("DE")}}
	expectText(t, readText(t, p, language.English), []string{except}, nil)
}
