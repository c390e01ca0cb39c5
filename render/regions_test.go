package render

import (
	"testing"

	"golang.org/x/text/language"
)

// TestPurposeRegions: a purpose limited to some regions' data subjects
// says so, in the document's language, and a purpose for everyone says
// nothing of regions.
func TestPurposeRegions(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Regions = []language.Region{language.MustParseRegion("US"), language.MustParseRegion("CA")}
	expectText(t, readText(t, p, language.English), []string{"This purpose concerns only people in the United States and Canada."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Эта цель касается только лиц, находящихся на территории США и Канады."}, []string{"United States"})

	p.Purposes[0].Regions = nil
	expectText(t, readText(t, p, language.English), nil, []string{"concerns only"})
}
