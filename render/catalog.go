package render

import (
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// The library's own wording is written in the code in English and looked
// up through a message catalog keyed by that English text, so a language
// is added by adding its entries here. Entries that only need the English
// key as written are not listed; entries with plural forms are.

// supported lists the languages the catalog has, the first being the
// fallback.
var supported = []language.Tag{language.English}

var matcher = sync.OnceValue(func() language.Matcher { return language.NewMatcher(supported) })

var libraryCatalog = sync.OnceValue(func() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	set := func(tag language.Tag, key string, msg catalog.Message) {
		if err := b.Set(tag, key, msg); err != nil {
			panic("render: bad catalog entry " + key + ": " + err.Error()) // a bug in this file, not user input
		}
	}
	en := language.English
	set(en, "%d years", plural.Selectf(1, "%d", "one", "%d year", "other", "%d years"))
	set(en, "%d months", plural.Selectf(1, "%d", "one", "%d month", "other", "%d months"))
	set(en, "%d days", plural.Selectf(1, "%d", "one", "%d day", "other", "%d days"))
	return b
})

// printer returns a printer of the library's wording in the supported
// language that best matches tag.
func printer(tag language.Tag) (*message.Printer, language.Tag) {
	_, i, _ := matcher().Match(tag)
	lang := supported[i]
	return message.NewPrinter(lang, message.Catalog(libraryCatalog())), lang
}
