package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestDeletionSharedCopies checks that a deletion states, in English and
// Russian, that what the user sent to other people stays with them, and
// only when the policy declares it.
func TestDeletionSharedCopies(t *testing.T) {
	const (
		en = "What you sent or shared with other people stays with them."
		ru = "То, что вы отправили другим людям или чем поделились с ними, остаётся у них."
	)
	p := smallPolicy()
	p.Deletion = []policy.Deletion{{From: policy.EventAccountClosure, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(90)}}}}
	expectText(t, readText(t, p, language.English), nil, []string{en})
	expectText(t, readText(t, p, language.Russian), nil, []string{ru})

	p.Deletion[0].SharedCopies = true
	expectText(t, readText(t, p, language.English), []string{
		"After account closure, we remove your data. It is removed from our live systems within 90 days. " + en,
	}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru}, []string{"What you sent"})
}
