package render

import (
	"testing"

	"github.com/gopolicy/policy"

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

	// The first of two items ends in a clause of its own, which "and"
	// would seem to continue.
	p.Categories[0].Items = []string{"precise location from your device, if you allow it", "approximate location from your IP address"}
	expectText(t, readText(t, p, language.English), []string{": precise location from your device, if you allow it, as well as approximate location from your IP address."},
		[]string{"allow it and"})
}

// TestRussianNameList checks that Russian lists of category names show
// where a name holding «и» ends: two are joined by «, а также», more are
// separated by semicolons, as a Russian enumeration is.
func TestRussianNameList(t *testing.T) {
	p := smallPolicy()
	p.Language = language.Russian
	p.Categories[0].Name = "данные учётной записи"
	extra := *p.Categories[0]
	extra.ID, extra.Name = "support", "обращения в поддержку и переписка"
	p.Categories = append(p.Categories, &extra)
	p.Purposes[0].Categories = append(p.Purposes[0].Categories, &extra)
	expectText(t, readText(t, p, language.Russian), []string{"Используемые данные: данные учётной записи, а также обращения в поддержку и переписка."}, nil)

	third := extra
	third.ID, third.Name = "payments", "платёжные данные"
	p.Categories = append(p.Categories, &third)
	p.Purposes[0].Categories = []*policy.Category{p.Categories[0], &third, &extra}
	expectText(t, readText(t, p, language.Russian), []string{"Используемые данные: данные учётной записи; платёжные данные; обращения в поддержку и переписка."}, nil)
}
