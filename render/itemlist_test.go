package render

import (
	"testing"

	"golang.org/x/text/language"
)

// TestItemListConjunction checks that two items of a category, one of
// which holds "and" itself, are joined so that the reader sees where the
// first ends, while longer lists and Russian keep their usual form.
func TestItemListConjunction(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Items = []string{"date and place of birth", "citizenship"}
	expectText(t, readText(t, p, language.English), []string{": date and place of birth, as well as citizenship."},
		[]string{"date and place of birth and citizenship"})

	p.Categories[0].Items = []string{"name", "date and place of birth", "citizenship"}
	expectText(t, readText(t, p, language.English), []string{": name, date and place of birth, and citizenship."}, []string{"as well as"})

	// An item holding "and" earlier in the list is set off by commas.
	p.Categories[0].Items = []string{"browser and device type", "IP address", "citizenship"}
	expectText(t, readText(t, p, language.English), []string{": browser and device type, IP address and citizenship."}, nil)

	// Russian lists as it always does.
	p.Categories[0].Items = []string{"date and place of birth", "citizenship"}
	expectText(t, readText(t, p, language.Russian), nil, []string{"as well as"})

	p.Categories[0].Items = []string{"name", "citizenship"}
	expectText(t, readText(t, p, language.English), []string{": name and citizenship."}, []string{"as well as"})
}
