// Composition: Compose, the composer's state and the order of sections.

package render

import (
	"strings"
	"unicode"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Options controls how a policy is composed.
type Options struct {
	// Language is the language to write in. The zero Tag means the
	// policy's own Language, and English where that is unset too. A
	// language the library has no wording for falls back to the closest
	// supported one, as [language.Matcher] decides. The library's English
	// is spelt the British way; American English (en-US, with the region
	// stated) respells it ("authorize", "behavior", "license") and writes
	// dates month first, while the policy's own strings stay as the
	// policy spells them.
	Language language.Tag
	// Translations translates the policy's own strings (names, items,
	// descriptions, notes), keyed by their text in the policy, where the
	// document's language differs from the policy's. Build it with
	// [catalog.NewBuilder] and SetString.
	Translations catalog.Catalog
	// Layout is the order in which the document states the policy: the
	// zero value, LayoutSections, topic by topic; LayoutCategories, one
	// section for each category of data.
	Layout Layout
}

// Compose builds the document of p. It reads p and never modifies it; it
// does not validate p either, but states what p declares and leaves out
// what p leaves unset, so call [policy.Policy.Validate] first to learn what
// is missing. Nil declarations are skipped.
//
// Where the document's language differs from the policy's, every string of
// the policy that the document states must have a translation in
// opts.Translations; otherwise Compose returns the missing ones as
// [policy.Findings] (see [CheckTranslations]) rather than mix two
// languages in one document.
func Compose(p *policy.Policy, opts Options) (*Document, error) {
	c := newComposer(p, opts)
	c.compose()
	if len(c.missing) > 0 {
		return nil, c.missing
	}
	return c.doc, nil
}

type composer struct {
	p       *policy.Policy
	pr      *wording
	lang    language.Tag
	regions display.Namer
	doc     *Document
	// The service's translations, and whether the policy's strings need
	// them; translated caches them by source text, and missing collects a
	// finding for each declaration path with no translation.
	catalog     catalog.Catalog
	translate   bool
	translated  map[string]string
	missing     policy.Findings
	missingText []string // the source text of each finding in missing
	reported    map[string]bool
	// What the composer knows of each category, by its position in the
	// policy's Categories, and the position of each category for those
	// reached through a reference (see [composer.categoryAt]).
	cats       []categoryState
	catIndex   map[*policy.Category]int
	catRepeats bool // some category is declared at two positions
	// catNext is the position after the category last looked up:
	// references list categories mostly in declaration order, so the
	// next look-up tries it before catIndex.
	catNext int
	// properWords are the words the policy's own names write with a
	// capital after their first word (see [composer.lowerName]), built
	// on first use.
	properWords map[string]bool
	// Declaration paths of purposes and recipients, such as
	// "purposes[news]", for strings reached through a reference.
	purposePaths   map[*policy.Purpose]string
	recipientPaths map[*policy.Recipient]string
	purposeRepeats bool // some purpose is declared at two positions
	// The sources recorded for the clauses composed so far; those from
	// mark on belong to the text being composed (see take).
	recorded []Source
	mark     int
	// Section numbers by section ID, and the numbers of the clauses of
	// declarations that texts refer to by clause ID, for references.
	sections map[string]string
	numbers  map[string]string
	// lawRegions is how many jurisdictions the laws the policy names
	// (its legal acts and its purposes' obligations) are of, counted up to
	// two by jurisdictions; 0 until first asked.
	lawRegions int
	// transferLeads holds, by index in the policy's Transfers, the index
	// of the transfer whose clause states it (see transferLead); nil
	// until first asked.
	transferLeads []int
	// transferMembers holds, by the index of a transfer whose clause
	// states others, the indices of those others; nil where none does.
	transferMembers map[int][]int
	// Retention phrases already worded: many categories share one.
	phrases map[policy.Retention]string
	// Chunks that clauses and the spans of kept texts are allocated
	// from, and the scratch builders of texts kept (see keep, scratch).
	clauses   []Clause
	spans     Text
	scratches [scratchBuilders]text
	// The order in which the document states the policy.
	layout Layout
	// The paths of the fields of purposes that many clauses and rows
	// state, built once per purpose.
	fields map[*policy.Purpose]*purposeFields
}

// A categoryState is what the composer knows of one category of the
// policy, built once instead of searched for each clause that states it.
type categoryState struct {
	// path is the category's declaration path, such as
	// "categories[account.email]".
	path string
	// lowered is its name as set mid-sentence (see lowerFirst), once
	// worded.
	lowered string
	// The purposes using the category, the recipients receiving it and
	// (for LayoutCategories) the positions in the policy's Transfers of
	// the transfers of it, in declaration order.
	uses      []*policy.Purpose
	receivers []*policy.Recipient
	transfers []int
}

// newComposer returns a composer of p in the language opts asks for.
func newComposer(p *policy.Policy, opts Options) *composer {
	tag := opts.Language
	if tag == language.Und {
		tag = p.Language
	}
	pr, lang := printer(tag)
	w, docLang := &wording{p: pr}, lang
	if lang == language.English && americanEnglish(tag) {
		// The wording is the library's English, respelt; what depends on
		// the language (the laws' wording, the regions' names) is the
		// same as in English.
		w = &wording{p: message.NewPrinter(language.AmericanEnglish, message.Catalog(libraryCatalog())), american: true}
		docLang = language.AmericanEnglish
	}
	return &composer{
		p: p, pr: w, lang: lang, regions: display.Regions(lang), doc: &Document{Language: docLang},
		catalog: opts.Translations, translate: needsTranslation(sourceLanguage(p), lang), layout: opts.Layout,
	}
}

// selfNoun returns the noun by which an English document titled title
// calls itself where it is not "Policy": "Notice" or "Statement", the
// first of the three words the title holds, in any case, as in "Privacy
// Notice", "Global Privacy Statement" or "Privacy notice for
// customers". A title holding none of them, or "Policy" first, gives "".
func selfNoun(title string) string {
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch {
		case strings.EqualFold(w, "Policy"):
			return ""
		case strings.EqualFold(w, "Notice"):
			return "Notice"
		case strings.EqualFold(w, "Statement"):
			return "Statement"
		}
	}
	return ""
}

// A wording is the library's wording in the document's language: a
// [message.Printer] that words each message once for each string it is
// given. Most messages are the same every time (" and ", "Purposes",
// "Source: %s." with the same source) and a document of many categories
// asks for them for each, while a message.Printer allocates for each
// call.
type wording struct {
	p     *message.Printer
	words map[wordingKey]string
	// self, where not nil, rewrites the library's English messages so
	// that the document calls itself what its title calls it, "this
	// Notice" instead of "this Policy" (see selfNoun).
	self *strings.Replacer
	// selfRu, where not nil, rewrites the library's Russian translations
	// likewise, «настоящее Уведомление» instead of «настоящая Политика»
	// (see russianSelf); dict holds those translations.
	selfRu *strings.Replacer
	dict   map[string]string
	// american respells the library's English in American spelling
	// (see american); spelt remembers each format so respelt.
	american bool
	spelt    map[string]string
}

// A wordingKey is a message key and its one string argument, if any.
type wordingKey struct {
	key, arg string
	hasArg   bool
}

// maxWords bounds the messages a wording remembers: beyond it, a message
// with a string argument is worded every time, so that arguments that
// are all different (names, say) do not fill memory.
const maxWords = 4096

// Sprintf formats according to the format string key, translated into
// the printer's language, as message.Printer.Sprintf does.
func (w *wording) Sprintf(key string, args ...any) string {
	if w.selfRu != nil {
		// The translation rewritten is the format: a printer formats a
		// message it has no translation for as it stands.
		if f, ok := w.dict[key]; ok && strings.Contains(f, "Политик") {
			return w.cached(key, w.selfRu.Replace(f), args)
		}
	}
	if w.american {
		if _, plural := pluralKeys[key]; !plural {
			// The format is respelt, never the arguments, which hold
			// the policy's own strings. A key with plural forms is
			// looked up in the catalog, which has its American forms.
			if f, ok := w.spelt[key]; ok {
				return w.cached(key, f, args)
			}
			f := w.own(key)
			if w.spelt == nil {
				w.spelt = make(map[string]string)
			}
			w.spelt[key] = f
			return w.cached(key, f, args)
		}
	}
	return w.cached(key, w.own(key), args)
}

// own returns s, a message of the library's own, worded or a key, as the
// document calls itself (see wording.self and wording.selfRu).
func (w *wording) own(s string) string {
	if w.self != nil && strings.Contains(s, "Policy") {
		s = w.self.Replace(s)
	}
	if w.american {
		return american(s)
	}
	if w.self != nil {
		return s
	}
	if w.selfRu != nil && strings.Contains(s, "Политик") {
		return w.selfRu.Replace(s)
	}
	return s
}

// russianSelf returns the replacer that makes the library's Russian call a
// document titled title by the neuter noun its title uses, «Уведомление»
// or «Заявление», where the title, Russian or English, is a notice or a
// statement rather than a policy; nil otherwise. The forms follow the
// case of each phrase the translations use: «настоящей Политике» is
// prepositional («в настоящей Политике») except after «противоречит»,
// where it is dative.
func russianSelf(title string) *strings.Replacer {
	var nom, gen, dat, ins, prep string
	lower := strings.ToLower(title)
	switch {
	case strings.Contains(lower, "политик"):
		return nil
	case strings.Contains(lower, "уведомлени") || selfNoun(title) == "Notice":
		nom, gen, dat, ins, prep = "Уведомление", "Уведомления", "Уведомлению", "Уведомлением", "Уведомлении"
	case strings.Contains(lower, "заявлени") || selfNoun(title) == "Statement":
		nom, gen, dat, ins, prep = "Заявление", "Заявления", "Заявлению", "Заявлением", "Заявлении"
	default:
		return nil
	}
	return strings.NewReplacer(
		"Настоящая Политика", "Настоящее "+nom,
		"Настоящую Политику", "Настоящее "+nom,
		"настоящую Политику", "настоящее "+nom,
		"настоящей Политикой", "настоящим "+ins,
		"противоречит настоящей Политике", "противоречит настоящему "+dat,
		"настоящей Политике", "настоящем "+prep,
		"настоящей Политики", "настоящего "+gen,
		"Политики и история её изменений", gen+" и история его изменений",
		"Политики", gen,
	)
}

// cached formats format, the message key or its rewriting, remembered
// under key as Sprintf describes.
func (w *wording) cached(key, format string, args []any) string {
	var k wordingKey
	switch len(args) {
	case 0:
		k = wordingKey{key: key}
	case 1:
		arg, ok := args[0].(string)
		if !ok {
			return w.p.Sprintf(format, args...)
		}
		k = wordingKey{key: key, arg: arg, hasArg: true}
	default:
		return w.p.Sprintf(format, args...)
	}
	if s, ok := w.words[k]; ok {
		return s
	}
	s := w.p.Sprintf(format, args...)
	if w.words == nil {
		w.words = make(map[wordingKey]string)
	}
	if !k.hasArg || len(w.words) < maxWords {
		w.words[k] = s
	}
	return s
}

func (c *composer) compose() {
	p, pr := c.p, c.pr
	c.sections = make(map[string]string)
	c.numbers = make(map[string]string)
	c.indexDeclarations()
	byCategory(c, p.Recipients, func(r *policy.Recipient) []*policy.Category { return r.Categories },
		func(st *categoryState, rs []*policy.Recipient) { st.receivers = rs })
	c.doc.Title = capitaliseName(c.fragment(at("title", ""), p.Title))
	if c.doc.Title == "" {
		c.doc.Title = c.word("Privacy Policy")
	}
	switch base, _ := c.lang.Base(); base.String() {
	case "ru":
		if r := russianSelf(c.doc.Title); r != nil {
			c.pr.selfRu, c.pr.dict = r, dictionaries[language.Russian]
		}
	case "en":
		if n := selfNoun(c.doc.Title); n != "" {
			c.pr.self = strings.NewReplacer("this Privacy Policy", "this Privacy "+n, "This Privacy Policy", "This Privacy "+n,
				"this Policy", "this "+n, "This Policy", "This "+n)
		}
	}
	c.drop() // the title belongs to no clause
	c.doc.Contents = pr.Sprintf("Contents")
	c.meta()
	c.intro()

	// Sections are composed in reading order; a section that refers to a
	// later one (purposes name their legal grounds) is composed first and
	// gets its references resolved once all numbers are known.
	if c.layout == LayoutCategories {
		c.composeByCategory()
	} else {
		c.composeBySection()
	}
	c.finish(c.recipients())
	c.finish(c.transfers())
	c.finish(c.cookies())
	c.finish(c.rights())
	c.finish(c.security())
	c.finish(c.children())
	c.finish(c.changes())
	c.finish(c.california())
	c.finish(c.glba())
	c.finish(c.contact())
	c.summary()
	c.finishTexts()
}

// composeBySection composes the sections of [LayoutSections] up to the
// recipients.
func (c *composer) composeBySection() {
	c.finish(c.general())
	c.finish(c.categories())
	purposes := c.purposes()
	grounds := c.grounds()
	c.finish(purposes)
	c.finish(grounds)
	c.finish(c.retention())
}

// indexDeclarations builds the composer's declaration paths and the
// purposes using each category, for Compose and ComposePicture alike.
func (c *composer) indexDeclarations() {
	p := c.p
	c.cats = make([]categoryState, len(p.Categories))
	c.catIndex = make(map[*policy.Category]int, len(p.Categories))
	for i, cat := range p.Categories {
		if cat == nil {
			continue
		}
		if _, ok := c.catIndex[cat]; ok {
			c.catRepeats = true
		}
		// A category declared twice is known by its last position.
		c.catIndex[cat] = i
		c.cats[i].path = c.elem("categories", cat.ID, i)
	}
	c.purposePaths = make(map[*policy.Purpose]string, len(p.Purposes))
	purposes := 0
	for i, pu := range p.Purposes {
		if pu != nil {
			purposes++
			c.purposePaths[pu] = c.elem("purposes", pu.ID, i)
		}
	}
	c.purposeRepeats = len(c.purposePaths) < purposes
	c.recipientPaths = make(map[*policy.Recipient]string, len(p.Recipients))
	for i, r := range p.Recipients {
		if r != nil {
			c.recipientPaths[r] = c.elem("recipients", r.ID, i)
		}
	}
	byCategory(c, p.Purposes, func(pu *policy.Purpose) []*policy.Category { return pu.Categories },
		func(st *categoryState, pus []*policy.Purpose) { st.uses = pus })
}

// byCategory gives each category of the policy, through set, the
// declarations of decls that reference it (through catsOf), in
// declaration order; a declaration that references a category twice in a
// row is listed once, and a category no declaration references gets nil.
// The lists share one array, rather than each growing its own, which for
// a policy of many categories would be many small allocations.
func byCategory[D comparable](c *composer, decls []D, catsOf func(D) []*policy.Category, set func(*categoryState, []D)) {
	var zero D
	n := len(c.cats)
	// last holds, for each position, 1 + the position in decls of the
	// declaration listed last; found, the position of each reference in
	// the order they are met, -1 where it is not listed.
	last := make([]int32, n)
	start := make([]int32, n+1)
	found := make([]int32, 0, n) // most policies reference each category about once
	for j, d := range decls {
		if d == zero {
			continue
		}
		for _, cat := range catsOf(d) {
			i := c.categoryIndex(cat)
			if i < 0 || last[i] != 0 && decls[last[i]-1] == d {
				found = append(found, -1)
				continue
			}
			last[i] = int32(j + 1)
			start[i+1]++
			found = append(found, int32(i))
		}
	}
	for i := range n {
		start[i+1] += start[i]
	}
	all := make([]D, start[n])
	next := last // from here on, where the next declaration of each position goes
	copy(next, start)
	k := 0
	for _, d := range decls {
		if d == zero {
			continue
		}
		for range catsOf(d) {
			if i := found[k]; i >= 0 {
				all[next[i]] = d
				next[i]++
			}
			k++
		}
	}
	for i := range n {
		if a, b := start[i], start[i+1]; a < b {
			set(&c.cats[i], all[a:b:b])
		}
	}
}

// category returns the state of cat, or nil where the policy does not
// declare it. It tries the position after the category it found last
// before it looks cat up: a policy's references mostly list categories in
// the order they are declared, and at 100,000 categories a look-up in
// catIndex is a cache miss, where the next position is at hand.
func (c *composer) category(cat *policy.Category) *categoryState {
	if i := c.categoryIndex(cat); i >= 0 {
		return &c.cats[i]
	}
	return nil
}

// categoryIndex returns the position of cat in the policy's Categories
// (the last, where it is declared twice), or -1 where the policy does not
// declare it, as [composer.category] finds it.
func (c *composer) categoryIndex(cat *policy.Category) int {
	if i := c.catNext; !c.catRepeats && i < len(c.p.Categories) && c.p.Categories[i] == cat && cat != nil {
		c.catNext = i + 1
		return i
	}
	if i, ok := c.catIndex[cat]; ok {
		c.catNext = i + 1
		return i
	}
	return -1
}

// categoryAt returns the state of the category at position i of the
// policy's Categories, which must not be nil. Loops over the categories
// call it rather than [composer.category], so that they look nothing up
// unless a category is declared twice.
func (c *composer) categoryAt(i int) *categoryState {
	if c.catRepeats {
		return c.category(c.p.Categories[i])
	}
	return &c.cats[i]
}
