// Wording shared by the sections: lists, dates, periods, regions and
// capitalisation.

package render

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func (c *composer) date(d policy.Date) string {
	if c.pr.american {
		// Month first, as American English writes dates; no other
		// language has this form, so it is not a message.
		return c.pr.Sprintf(d.Month.String()) + " " + strconv.Itoa(d.Day) + ", " + strconv.Itoa(d.Year)
	}
	return c.pr.Sprintf("%[1]s %[2]s %[3]s", strconv.Itoa(d.Day), c.pr.Sprintf(d.Month.String()), strconv.Itoa(d.Year))
}

func (c *composer) region(r language.Region) string {
	if c.russian() {
		if n, ok := russianRegionNames[r.String()]; ok {
			return n
		}
	}
	if n := c.regions.Name(r); n != "" {
		return n
	}
	return r.String()
}

// names lists the names of cats for use mid-sentence: in lower case
// where they do not start with an abbreviation, "and" before the last.
// It records l, the declaration of the list (such as
// "purposes[news]" and ".categories"), as the source, unless l is zero.
func (c *composer) names(l loc, cats []*policy.Category) string {
	return c.namesOf(l, cats, nil)
}

// namesOf lists the names of cats as names does; states, where not nil,
// holds the state of each category of cats, so that none is looked up.
func (c *composer) namesOf(l loc, cats []*policy.Category, states []*categoryState) string {
	if l.decl != "" && len(cats) > 0 {
		c.fromAt(l)
	}
	s := make([]string, 0, len(cats))
	for i, cat := range cats {
		if cat == nil || cat.Name == "" {
			continue
		}
		var st *categoryState
		if states != nil {
			st = states[i]
		} else {
			st = c.category(cat)
		}
		t, ok := c.translation(cat.Name)
		if !ok {
			path := "categories[" + cat.ID + "]"
			if st != nil {
				path = st.path
			}
			c.miss(path+".name", cat.Name)
		}
		// Lists of categories name each category many times: its name
		// is lowered once.
		if st == nil {
			s = append(s, c.lowerName(squeeze(t)))
			continue
		}
		if st.lowered == "" {
			st.lowered = c.lowerName(squeeze(t))
		}
		s = append(s, st.lowered)
	}
	return c.nameList(s)
}

// nameList lists the names of categories as [composer.list] does, except
// that, where a name holds the conjunction itself ("listings and
// profile", «платёжные и финансовые данные»), the reader is shown where
// each name ends: a list of more than two names separates them with
// semicolons (in Russian without «и» before the last, as russianList
// sets out an enumeration), and two names are joined by ", as well as "
// («, а также »).
func (c *composer) nameList(names []string) string {
	and := c.pr.Sprintf(" and ")
	if c.russian() {
		and = " и "
	}
	if len(names) < 2 || !slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, and) }) {
		return c.list(names)
	}
	switch {
	case len(names) == 2 && c.russian():
		return names[0] + ", а также " + names[1]
	case len(names) == 2:
		return names[0] + ", as well as " + names[1]
	case c.russian():
		return strings.Join(names, "; ")
	}
	return strings.Join(names[:len(names)-1], "; ") + ";" + and + names[len(names)-1]
}

// itemList lists the items of a category as [composer.list] does, except
// where, in English, one of the last two items holds the conjunction
// itself ("date and place of birth"), so that "and" alone would not show
// where the items end: two items are then joined by ", as well as " and
// a longer list takes a comma before its conjunction ("name, date and
// place of birth, and citizenship"). The same ", as well as " joins two
// items the first of which holds a comma. Commas elsewhere in the list
// already separate the items; a list that needs semicolons has them.
func (c *composer) itemList(items []string) string {
	n := len(items)
	and := c.pr.Sprintf(" and ")
	holds := func(it string) bool { return strings.Contains(it, and) }
	// The first of two items holding a comma may end in a clause of its
	// own ("precise location, if you allow it"), which "and" would seem
	// to continue.
	if n == 2 && !c.russian() && strings.Contains(items[0], ",") && !semicolons(items, and) {
		return items[0] + ", as well as " + items[1]
	}
	if n < 2 || c.russian() || !slices.ContainsFunc(items[n-2:], holds) || semicolons(items, and) {
		return c.list(items)
	}
	if n == 2 {
		return items[0] + ", as well as " + items[1]
	}
	return strings.Join(items[:n-1], ", ") + "," + and + items[n-1]
}

// capitalise returns s with its first letter in upper case. A first
// byte that is not valid UTF-8 stays as it is.
func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return strings.ToUpper(string(r)) + s[size:]
}

// capitaliseName returns name, which starts a list item, with its first
// letter in upper case, unless its first word is written as a brand is,
// with a capital after its first letter ("eBay", "easyJet"), a digit
// ("bet365"), or a dot or slash inside it, as a domain or a brand's line
// ("bol.com", "idealista/hipotecas"): a kind of recipient is written in
// lower case to read well inside a sentence ("transferred to payment
// service providers"), and is capitalised where it starts an item.
func capitaliseName(name string) string {
	r, n := utf8.DecodeRuneInString(name)
	if !unicode.IsLower(r) {
		return name
	}
	word, _, _ := strings.Cut(name[n:], " ")
	if strings.IndexFunc(word, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '/' }) >= 0 ||
		strings.Contains(strings.TrimRight(word, ".,;:"), ".") {
		return name
	}
	return capitalise(name)
}

// period states p in words, such as "1 year and 6 months", "25 hours"
// or "1 day and 12 hours"; hours stay hours, as the policy states them.
func (c *composer) period(p policy.Period) string {
	var parts []string
	if p.Years != 0 {
		parts = append(parts, c.pr.Sprintf("%d years", p.Years))
	}
	if p.Months != 0 {
		parts = append(parts, c.pr.Sprintf("%d months", p.Months))
	}
	if p.Days != 0 || len(parts) == 0 && p.Hours == 0 {
		parts = append(parts, c.pr.Sprintf("%d days", p.Days))
	}
	if p.Hours != 0 {
		parts = append(parts, c.pr.Sprintf("%d hours", p.Hours))
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + c.pr.Sprintf(" and ") + parts[len(parts)-1]
}

// contains reports whether list holds v.
func contains[T comparable](list []T, v T) bool { return slices.Contains(list, v) }
