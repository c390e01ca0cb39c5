package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerName returns a category's name for use mid-sentence, as
// [lowerFirst] does, except that a name whose first word the policy
// itself writes with a capital inside a name keeps its capital: a name
// that starts with the name of a brand or product, such as "Samsung
// account information" beside the controller "Samsung Electronics Co.,
// Ltd.", or "Bixby voice data" beside the purpose "Carrying out Bixby
// voice commands", reads "Samsung account information", not "samsung
// account information".
func (c *composer) lowerName(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	if c.properWords == nil {
		c.properWords = c.collectProperWords()
	}
	// The first word, then the first two, and so on: slices of s, so
	// that looking them up allocates nothing.
	end := 0
	for range maxProperPhrase {
		i := strings.IndexByte(s[end:], ' ')
		if i < 0 {
			end = len(s)
		} else {
			end += i
		}
		if c.properWords[trimWord(s[:end])] {
			return s
		}
		if end == len(s) {
			break
		}
		end++
	}
	return lowerFirst(s)
}

// maxProperPhrase is the most words of a proper name that
// collectProperWords records as one phrase, such as "Too Good To Go".
const maxProperPhrase = 4

// collectProperWords gathers the words that the names the policy
// declares (of its controller, categories and their items, purposes and
// recipients) write with a capital after their first word: words a
// name cannot have capitalised for starting a sentence, so proper
// names. A capitalised word that follows another capitalised word after
// the first is the tail of a longer proper name, such as "Delivery" in
// "Selling with Avito Delivery", and is not a proper name on its own; nor
// is a capitalised word joined to another by "and", "of", "for" or "&",
// which makes them one official name, such as "Health" and "Safety" in
// "the Health and Safety Executive". In the name of the controller or of
// a recipient, which starts with a capital only where it starts with a
// name ("Synchrony Bank, which issues the card"), a capitalised second
// word is that name's tail too, and "Bank" is not a proper name on its
// own. The map is never nil.
func (c *composer) collectProperWords() map[string]bool {
	words := make(map[string]bool)
	add := func(name string, named bool) {
		fields := strings.Fields(name)
		capital := make([]bool, len(fields))
		// upper marks the words that start with a capital, abbreviations
		// such as "H&M" and "BBC" too: a capitalised word after one is
		// the tail of a name, as "Membership" is in "H&M Membership".
		upper := make([]bool, len(fields))
		for i, w := range fields {
			w = trimWord(w)
			fields[i] = w
			r, n := utf8.DecodeRuneInString(w)
			// A capitalised word: an upper-case letter, then a
			// lower-case one, as in "Samsung", not an abbreviation.
			r2, _ := utf8.DecodeRuneInString(w[n:])
			capital[i] = unicode.IsUpper(r) && unicode.IsLower(r2)
			upper[i] = unicode.IsUpper(r)
		}
		joined := func(i, dir int) bool { // word i joined by a connector to a capitalised word
			j, k := i+dir, i+2*dir
			return k >= 0 && k < len(fields) && isConnector(fields[j]) && capital[k]
		}
		for i := 1; i < len(fields); i++ {
			if !capital[i] || upper[i-1] && (i > 1 || named) || joined(i, 1) || joined(i, -1) {
				continue
			}
			// The head of a longer proper name, such as "Online" in
			// "Online Banking", is a proper name only with its tail:
			// the phrase is recorded, not the word.
			j := i + 1
			for j < len(fields) && j < i+maxProperPhrase && capital[j] {
				j++
			}
			words[strings.Join(fields[i:j], " ")] = true
		}
	}
	p := c.p
	add(p.Controller.Name, true)
	for _, cat := range p.Categories {
		if cat == nil {
			continue
		}
		add(cat.Name, false)
		for _, it := range cat.Items {
			add(it, false)
		}
	}
	for _, pu := range p.Purposes {
		if pu != nil {
			add(pu.Name, false)
		}
	}
	for _, r := range p.Recipients {
		if r != nil {
			add(r.Name, true)
		}
	}
	return words
}

// trimWord returns w without the punctuation around it.
func trimWord(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// isConnector reports whether w joins the words of an official name, as
// "and" does in "the Driver and Vehicle Licensing Agency".
func isConnector(w string) bool {
	switch w {
	case "and", "of", "for", "&":
		return true
	}
	return false
}
