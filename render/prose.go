// Prose: lists, places, the shape of the policy's free text, law-specific
// wording and the final pass that tidies stops and marks up links.

package render

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The policy's free text comes in two shapes, and the document normalises
// each before stating it (see [Compose]):
//
//   - A fragment (names, items, a recipient's purpose, a legitimate
//     interest, how to withdraw consent or exercise a right, addresses) is
//     set inside one of the library's sentences; its whitespace is
//     collapsed and its case kept.
//   - A sentence (descriptions and notes, measures, introduction
//     paragraphs) stands on its own; its whitespace is collapsed, its first
//     letter capitalised and a full stop added where it ends without one.
//
// After composition, a stop that would follow another one ("Ltd..") is
// dropped, and http(s) URLs and email addresses inside the policy's free
// text become Link and Email spans.

// fragment returns the fragment s, declared at l, translated and with
// its whitespace collapsed.
func (c *composer) fragment(l loc, s string) string { return squeeze(c.u(l, s)) }

// sentenceOf returns the sentence s, declared at l, translated, with
// its whitespace collapsed, capitalised and ended with a stop. It is ""
// where s is.
func (c *composer) sentenceOf(l loc, s string) string {
	s = squeeze(c.u(l, s))
	if s == "" {
		return ""
	}
	s = capitalise(s)
	if !endsSentence(s) {
		s += "."
	}
	return s
}

// squeeze collapses runs of white space in s to one space and trims it.
func squeeze(s string) string {
	clean := true
	prev := true // at start: leading space is unclean
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'
		if sp && (prev || s[i] != ' ') {
			clean = false
			break
		}
		prev = sp
	}
	if clean && (s == "" || s[len(s)-1] != ' ') {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// endsSentence reports whether s ends with a full stop, question or
// exclamation mark, possibly followed by a closing quote or bracket.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "”»)\"'’⟧")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// list joins items the way the document's language lists them: commas,
// and the conjunction before the last ("a, b and c"). Where an item holds
// a comma, semicolons separate the items so that the reader can tell them
// apart ("a; b, c; and d"); two items need only the conjunction ("b, c
// and d") unless one of them is a list itself, when ", as well as " joins
// them ("b, c and d, as well as e"). Russian lists follow russianList.
func (c *composer) list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	if c.russian() {
		return russianList(items, false)
	}
	and := c.pr.Sprintf(" and ")
	sep := ", "
	if semicolons(items, and) {
		if len(items) == 2 {
			// "a, b and c; and d" reads better as "a, b and c, as
			// well as d".
			return items[0] + ", as well as " + items[1]
		}
		sep, and = "; ", ";"+and
	}
	return strings.Join(items[:len(items)-1], sep) + and + items[len(items)-1]
}

// actionList joins things the reader is told to do ("turn on two-step
// verification", "do not answer messages that ask for your password,
// code or card details") as list does, except that two of them, one
// holding a comma, are joined by ", and ": ", as well as" joins nouns,
// not what one is told to do; and where one of the two holds ", and" of
// its own ("do not answer such messages, and report them to us"), by a
// semicolon, so that no sentence runs on with a second ", and".
func (c *composer) actionList(items []string) string {
	and := c.pr.Sprintf(" and ")
	if len(items) == 2 && !c.russian() && semicolons(items, and) {
		if slices.ContainsFunc(items, func(it string) bool { return strings.Contains(it, ","+and) }) {
			return items[0] + "; " + items[1]
		}
		return items[0] + ", and " + items[1]
	}
	return c.list(items)
}

// semicolons reports whether an English list of items joined by the
// conjunction conj (" and ", " or ") needs semicolons between its items:
// where an item holds a comma, unless the list has two items, not both
// holding a comma ("Bank Secrecy Act, 31 U.S.C. 5311 and OFAC rules, 31
// CFR Chapter V" would read as three), and neither holds a list of its
// own (a comma, then the conjunction: "card type, last digits and expiry
// date"), so that the conjunction alone tells them apart.
func semicolons(items []string, conj string) bool {
	comma := func(it string) bool { return strings.Contains(it, ",") }
	if !slices.ContainsFunc(items, comma) {
		return false
	}
	if len(items) == 2 && comma(items[0]) && comma(items[1]) {
		return true
	}
	return len(items) > 2 || slices.ContainsFunc(items, func(it string) bool {
		i := strings.Index(it, ",")
		return i >= 0 && strings.LastIndex(it, conj) > i
	})
}

// lawTitle names law as a sentence refers to it: in English, a law known
// by its abbreviation takes the article ("under the GDPR", "under the UK
// GDPR") and one known by its title does not ("under Federal Law No.
// 152-FZ"); in Russian, the name is the catalog's.
func (c *composer) lawTitle(law policy.Law) string {
	name := c.pr.Sprintf(law.Name())
	if c.russian() {
		return name
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if last != "" && strings.ToUpper(last) == last && strings.IndexFunc(last, unicode.IsDigit) < 0 {
		return "the " + name
	}
	return name
}

// lowerFirst returns a name with its first letter in lower case, for use
// mid-sentence, unless the name starts with an abbreviation ("IP
// address"), with a proper name of two or more capitalised words ("Gift
// Aid declarations", "Direct Debit instructions"), with a name written
// with a capital inside its first word ("PayPal.Me profile", "LinkedIn
// data"), with the name of a language or nationality, which English
// always capitalises ("English test results", "Russian passport
// details"), or with a letter that has no case. A first word that is a
// determiner ("Your Too Good To Go account") or a compound of common
// words ("On-board Wi-Fi") starts no proper name, and a second word
// that is a technical term written with capitals inside it ("WiFi",
// "Wi-Fi", "ID") makes no proper name of the first ("Inflight WiFi").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	first, rest, _ := strings.Cut(s, " ")
	if properAdjectives[first] || foreignName(first) {
		return s
	}
	if determiners[first] || commonCompound(first) {
		return string(unicode.ToLower(r)) + s[n:]
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) || unicode.IsDigit(r2) {
		return s
	}
	word := s[n:]
	if i := strings.IndexByte(word, ' '); i >= 0 {
		word = word[:i]
	}
	if strings.IndexFunc(word, unicode.IsUpper) >= 0 {
		return s
	}
	if second, _, _ := strings.Cut(rest, " "); titleCase(second) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// determiners are the words that start a name only because it starts a
// sentence: no proper name of a category begins with them.
var determiners = map[string]bool{"A": true, "An": true, "The": true, "Your": true, "Our": true, "My": true, "Their": true,
	"This": true, "These": true, "Those": true, "Any": true, "All": true, "Each": true, "Other": true}

// commonCompound reports whether word is a compound of common words
// joined by hyphens, capitalised only at its start ("On-board",
// "In-store", "Third-party"), unlike a hyphenated proper name
// ("Rolls-Royce", "Wi-Fi").
func commonCompound(word string) bool {
	parts := strings.Split(word, "-")
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts[1:] {
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// titleCase reports whether word is written as a capitalised word: a
// capital, then lower-case letters only ("Aid", "Debit"), as the words
// of a proper name are, not an abbreviation or a term with capitals
// inside it ("ID", "WiFi", "Wi-Fi").
func titleCase(word string) bool {
	word = strings.TrimRight(word, ",.;:)’'")
	r, n := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) || n == len(word) {
		return false
	}
	return strings.IndexFunc(word[n:], func(r rune) bool { return !unicode.IsLower(r) && r != '’' && r != '\'' }) < 0
}

// foreignName reports whether word, written in the Latin script, has a
// letter beyond English's own, as names of places and brands from other
// languages have ("Småland", "Zürich", "Škoda"), which keep their capital
// however they are used; a few loanwords English writes with an accent
// are common nouns, and do not count.
func foreignName(word string) bool {
	if englishLoanwords[strings.ToLower(word)] {
		return false
	}
	var ascii, accented bool
	for _, r := range word {
		switch {
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			ascii = true
		case unicode.Is(unicode.Latin, r):
			accented = true
		}
	}
	return ascii && accented
}

// englishLoanwords are words English writes with an accent that are not
// names.
var englishLoanwords = map[string]bool{
	"café": true, "cafés": true, "résumé": true, "résumés": true, "naïve": true, "rôle": true, "élite": true, "fiancé": true,
}

// properAdjectives are names of languages and nationalities that can
// start the name of a category or recipient and keep their capital
// mid-sentence.
var properAdjectives = map[string]bool{
	"American": true, "Arabic": true, "Brazilian": true, "British": true, "Canadian": true, "Chinese": true,
	"Dutch": true, "English": true, "European": true, "French": true, "German": true, "Indian": true,
	"Irish": true, "Italian": true, "Japanese": true, "Korean": true, "Polish": true, "Portuguese": true,
	"Russian": true, "Spanish": true, "Swiss": true, "Turkish": true, "Ukrainian": true,
}

// place names r as it follows a preposition of place: in English with the
// article some names take ("in the United States"), in Russian in the
// genitive that «на территории» and «из» take ("Российской Федерации",
// "страны «Бразилия»").
func (c *composer) place(r language.Region) string {
	name := c.region(r)
	if c.russian() {
		if g, ok := russianGenitive[r.String()]; ok {
			return g
		}
		return "страны «" + name + "»"
	}
	if theRegions[r.String()] || strings.HasSuffix(name, " Islands") || strings.HasSuffix(name, " Republic") ||
		strings.HasSuffix(name, " States") || strings.HasSuffix(name, " Kingdom") || strings.HasSuffix(name, " Union") ||
		strings.HasSuffix(name, " Emirates") {
		return "the " + name
	}
	return name
}

// theRegions are the regions whose English name takes "the" and does not
// end in a word that says so.
var theRegions = map[string]bool{
	"NL": true, "PH": true, "BS": true, "GM": true, "MV": true, "VA": true,
}

// russianGenitive holds the genitive of the names of regions a policy
// commonly states, as «на территории …» takes them; other regions are
// named «страны «…»».
var russianGenitive = map[string]string{
	"RU": "Российской Федерации", "US": "США", "EU": "Европейского союза", "GB": "Великобритании",
	"DE": "Германии", "FR": "Франции", "NL": "Нидерландов", "IE": "Ирландии", "FI": "Финляндии",
	"SE": "Швеции", "PL": "Польши", "IT": "Италии", "ES": "Испании", "CH": "Швейцарии",
	"KZ": "Казахстана", "BY": "Беларуси", "AM": "Армении", "UZ": "Узбекистана", "KG": "Киргизии",
	"GE": "Грузии", "RS": "Сербии", "TR": "Турции", "AE": "ОАЭ", "IL": "Израиля", "CN": "Китая",
	"JP": "Японии", "IN": "Индии", "SG": "Сингапура", "CA": "Канады", "BR": "Бразилии",
	// The other states of the European Economic Area.
	"AT": "Австрии", "BE": "Бельгии", "BG": "Болгарии", "HR": "Хорватии", "CY": "Кипра", "CZ": "Чехии",
	"DK": "Дании", "EE": "Эстонии", "GR": "Греции", "HU": "Венгрии", "LV": "Латвии", "LT": "Литвы",
	"LU": "Люксембурга", "MT": "Мальты", "PT": "Португалии", "RO": "Румынии", "SK": "Словакии",
	"SI": "Словении", "NO": "Норвегии", "IS": "Исландии", "LI": "Лихтенштейна",
	// Others that policies name as destinations.
	"UA": "Украины", "MD": "Молдовы", "AZ": "Азербайджана", "TJ": "Таджикистана", "AU": "Австралии",
	"NZ": "Новой Зеландии", "KR": "Республики Корея", "HK": "Гонконга", "TW": "Тайваня", "PH": "Филиппин",
	"VN": "Вьетнама", "ID": "Индонезии", "TH": "Таиланда", "MY": "Малайзии", "MX": "Мексики",
	"AR": "Аргентины", "CO": "Колумбии", "CL": "Чили", "UY": "Уругвая", "ZA": "ЮАР", "EG": "Египта",
	"SA": "Саудовской Аравии", "QA": "Катара",
}

// russian reports whether the document is in Russian.
func (c *composer) russian() bool {
	b, _ := c.lang.Base()
	return b.String() == "ru"
}

// word returns the library's wording of key, an English phrase without
// arguments, in the document's language, with the wording a declared law
// prescribes where it has its own (such as «уничтожение» for «удаление»
// under 152-FZ), and under the LGPD alone the LGPD's own terms (see
// lgpdAloneWording); under both 152-FZ and the GDPR or the UK GDPR, the
// wording that serves readers under each (see mixedWording).
func (c *composer) word(key string) string {
	if s, ok := c.mixedWording(key); ok {
		return c.pr.own(s)
	}
	if len(c.p.Laws) == 1 && c.p.Laws[0] == policy.LGPD {
		if s, ok := lgpdAloneWording[c.lang][key]; ok {
			return c.pr.own(s)
		}
	}
	if c.groundless() {
		if s, ok := groundlessWording[c.lang][key]; ok {
			return c.pr.own(s)
		}
	}
	for _, law := range c.p.Laws {
		if s, ok := lawWording[law][c.lang][key]; ok {
			return c.pr.own(s)
		}
	}
	return c.pr.Sprintf(key)
}

// groundlessWording holds, per language, the wording of a document under
// laws without legal grounds alone (the CCPA and the US state laws),
// where the library's general wording names a ground's terms: such laws
// know no special categories and no explicit consent, but sensitive
// personal information (Cal. Civ. Code 1798.140(ae)) and sensitive data
// (Va. Code 59.1-575), processed with the consumer's consent.
var groundlessWording = map[language.Tag]map[string]string{
	language.English: {
		"your explicit consent to the processing of special categories of your personal data": "your consent to the processing of your sensitive personal information",
		"explicit consent": "consent",
	},
	language.Russian: {
		"your explicit consent to the processing of special categories of your personal data": "ваше согласие на обработку ваших чувствительных персональных данных",
		"explicit consent": "согласие",
	},
}

// declares reports whether the policy declares law.
func (c *composer) declares(law policy.Law) bool { return contains(c.p.Laws, law) }

// groundless reports whether the policy declares laws and none of them
// rests processing on legal grounds (the CCPA alone): the document then
// speaks of no grounds, of a "business" rather than a controller, and
// defines personal data as California law does.
func (c *composer) groundless() bool {
	return len(c.p.Laws) > 0 && !slices.ContainsFunc(c.p.Laws, policy.Law.HasGrounds)
}

// californian reports whether the document speaks California law's
// terms: the CCPA is declared and no law that rests processing on legal
// grounds, so the controller is a "business" and a processor a "service
// provider" (Cal. Civ. Code 1798.140(d), (ag)).
func (c *composer) californian() bool { return c.groundless() && c.declares(policy.CCPA) }

// restsOnConsent reports whether a purpose of the policy rests on consent.
func (c *composer) restsOnConsent() bool {
	return slices.ContainsFunc(c.p.Purposes, func(pu *policy.Purpose) bool {
		return pu != nil && slices.ContainsFunc(pu.Bases, policy.Basis.IsConsent)
	})
}

// tidy returns t with doubled stops dropped and links marked up. It
// returns t itself, unchanged, where there is nothing to do.
func tidy(t Text) Text {
	dirty := false
	for i, s := range t {
		if s.Kind == Plain && (strings.Contains(s.Text, "..") || hasLink(s.Text)) ||
			i > 0 && strings.HasPrefix(s.Text, ".") && strings.HasSuffix(t[i-1].Text, ".") {
			dirty = true
			break
		}
	}
	if !dirty {
		return t
	}
	out := make(Text, 0, len(t)+2)
	for i, s := range t {
		if s.Kind != Plain {
			out = append(out, s)
			continue
		}
		txt := s.Text
		if i > 0 && strings.HasPrefix(txt, ".") && !strings.HasPrefix(txt, "..") && strings.HasSuffix(t[i-1].Text, ".") {
			txt = txt[1:]
		}
		txt = dropDoubleStops(txt)
		out = appendLinked(out, txt)
	}
	return out
}

// dropDoubleStops replaces ".." with "." except in an ellipsis "...".
func dropDoubleStops(s string) string {
	if !strings.Contains(s, "..") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			j := i
			for j < len(s) && s[j] == '.' {
				j++
			}
			if j-i >= 3 {
				b.WriteString(s[i:j])
			} else {
				b.WriteByte('.')
			}
			i = j - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// hasLink reports whether s may hold a URL or an email address.
func hasLink(s string) bool {
	return strings.Contains(s, "http://") || strings.Contains(s, "https://") || strings.IndexByte(s, '@') > 0
}

// appendLinked appends the plain text s to t, as Link spans for the http(s)
// URLs and Email spans for the email addresses in it and Plain spans for
// the rest.
func appendLinked(t Text, s string) Text {
	for s != "" {
		start, end, kind := findLink(s)
		if start < 0 {
			return appendPlain(t, s)
		}
		t = appendPlain(t, s[:start])
		target := s[start:end]
		href := target
		if kind == Email {
			href = "mailto:" + target
		}
		t = append(t, Span{Kind: kind, Text: target, Href: href})
		s = s[end:]
	}
	return t
}

func appendPlain(t Text, s string) Text {
	if s == "" {
		return t
	}
	if n := len(t); n > 0 && t[n-1].Kind == Plain {
		t[n-1].Text += s
		return t
	}
	return append(t, Span{Kind: Plain, Text: s})
}

// findLink returns the bounds and kind of the first URL or email address
// in s, or -1.
func findLink(s string) (start, end int, kind SpanKind) {
	u := firstIndex(s, "https://", "http://")
	e := -1
	if at := strings.IndexByte(s, '@'); at > 0 {
		i := at
		for i > 0 && isEmailLocal(s[i-1]) {
			i--
		}
		j := at + 1
		for j < len(s) && isHostChar(s[j]) {
			j++
		}
		j = trimTrail(s, at+1, j)
		if i < at && strings.Contains(s[at+1:j], ".") && !strings.HasPrefix(s[at+1:j], ".") {
			e, end = i, j
		}
	}
	if u >= 0 && (e < 0 || u < e) {
		j := u
		for j < len(s) && s[j] > ' ' && !strings.ContainsRune("<>\"«»“”", rune(s[j])) {
			j++
		}
		j = trimTrail(s, u, j)
		if j > u+len("https://") {
			return u, j, Link
		}
		return -1, -1, Plain
	}
	if e >= 0 {
		return e, end, Email
	}
	return -1, -1, Plain
}

func firstIndex(s string, subs ...string) int {
	best := -1
	for _, sub := range subs {
		if i := strings.Index(s, sub); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// trimTrail moves end back over punctuation that ends the sentence rather
// than the address.
func trimTrail(s string, start, end int) int {
	for end > start && strings.IndexByte(".,;:!?)", s[end-1]) >= 0 {
		end--
	}
	return end
}

func isEmailLocal(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || strings.IndexByte("._%+-", b) >= 0
}

func isHostChar(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '.' || b == '-'
}
