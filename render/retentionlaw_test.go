package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestRetentionRequiredByLaw checks that retention set by law reads well
// whether the law's name is singular or plural: the verb does not agree
// with it.
func TestRetentionRequiredByLaw(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Retention = policy.AsRequiredBy("the tax and accounting laws")
	expectText(t, readText(t, p, language.English), []string{"for as long as required by the tax and accounting laws, then deleted"},
		[]string{"laws requires"})
	expectText(t, readText(t, p, language.Russian), []string{"в течение срока, установленного законодательством (the tax and accounting laws)"}, nil)
}
