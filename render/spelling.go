// American spelling of the library's English wording.

package render

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// The library's English wording is written in British spelling
// ("authorise", "behaviour", "licence"). A document asked for in American
// English (en-US) respells it word by word: the translation of each
// message, never the policy's own strings, which stay as the policy
// states them. Only spelling changes; the wording, the terms each law
// uses and the order of the words stay as they are, but for dates, which
// American English writes month first ("November 27, 2026").

// americanEnglish reports whether tag asks for American English: English
// with the region US stated (en-US), not merely inferred as it is for en.
func americanEnglish(tag language.Tag) bool {
	base, _ := tag.Base()
	if base.String() != "en" {
		return false
	}
	r, conf := tag.Region()
	return conf == language.Exact && r.String() == "US"
}

// americanWords maps each British spelling the library's English may use,
// in lower case, to its American spelling.
var americanWords = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 1024)
	// -ise verbs that American English writes -ize, with their
	// inflections and derived nouns. Verbs that are -ise in both
	// (advertise, exercise, comprise, supervise, promise) are not listed.
	for _, stem := range []string{
		"amort", "anonym", "apolog", "author", "capital", "categor", "central",
		"character", "civil", "critic", "custom", "decentral", "depersonal",
		"digit", "emphas", "familiar", "final", "formal", "global", "harmon",
		"hospital", "hypothes", "ideal", "immun", "initial", "item", "jeopard",
		"legal", "legitim", "local", "maxim", "mechan", "memor", "minim",
		"mobil", "modern", "monet", "neutral", "normal", "optim", "organ",
		"patron", "penal", "personal", "popular", "pressur", "priorit",
		"pseudonym", "public", "random", "real", "recogn", "regular", "sanit",
		"sensit", "social", "special", "stabil", "standard", "steril",
		"stigmat", "summar", "symbol", "sympath", "synchron", "systemat",
		"terror", "theor", "token", "trivial", "util", "victim", "visual",
	} {
		for _, prefix := range []string{"", "un", "re", "de", "non"} {
			for _, suffix := range []string{"e", "es", "ed", "ing", "ation", "ations", "ational", "er", "ers", "able"} {
				m[prefix+stem+"is"+suffix] = prefix + stem + "iz" + suffix
			}
		}
	}
	// -yse verbs. "analyses" is also the plural of "analysis", spelt
	// alike in both, so it is left as it is.
	for _, stem := range []string{"anal", "catal", "paral", "dial"} {
		for _, suffix := range []string{"e", "ed", "ing", "er", "ers"} {
			m[stem+"ys"+suffix] = stem + "yz" + suffix
		}
	}
	// -our words that American English writes -or.
	for _, stem := range []string{
		"armo", "behavio", "cando", "clamo", "colo", "endeavo", "favo",
		"flavo", "harbo", "hono", "humo", "labo", "neighbo", "odo", "rigo",
		"rumo", "savo", "splendo", "tumo", "valo", "vapo", "vigo",
	} {
		for _, suffix := range []string{"", "s", "ed", "ing", "al", "ally", "able", "ably", "ite", "ites", "hood", "hoods", "er", "ers", "less", "ful"} {
			m[stem+"ur"+suffix] = stem + "r" + suffix
			m["dis"+stem+"ur"+suffix] = "dis" + stem + "r" + suffix
			m["un"+stem+"ur"+suffix] = "un" + stem + "r" + suffix
		}
	}
	// -re words that American English writes -er.
	for _, stem := range []string{"cent", "met", "lit", "theat", "fib", "calib", "sab", "spect", "lust", "meag", "somb"} {
		m[stem+"re"], m[stem+"res"], m[stem+"red"] = stem+"er", stem+"ers", stem+"ered"
	}
	// Doubled consonants American English writes single, and single ones
	// it doubles.
	for _, stem := range []string{"cancel", "travel", "label", "model", "counsel", "signal", "total", "fuel", "level", "channel", "dial", "equal", "marshal", "tunnel", "jewel"} {
		for _, suffix := range []string{"ed", "ing", "er", "ers", "or", "ors"} {
			m[stem+"l"+suffix] = stem + suffix
		}
	}
	for british, american := range map[string]string{
		"fulfil": "fulfill", "fulfils": "fulfills", "fulfilment": "fulfillment", "fulfilments": "fulfillments",
		"enrol": "enroll", "enrols": "enrolls", "enrolment": "enrollment", "enrolments": "enrollments",
		"instalment": "installment", "instalments": "installments",
		"skilful": "skillful", "wilful": "willful", "wilfully": "willfully", "distil": "distill",
		"licence": "license", "licences": "licenses",
		"defence": "defense", "defences": "defenses",
		"offence": "offense", "offences": "offenses",
		"pretence":  "pretense",
		"programme": "program", "programmes": "programs",
		"catalogue": "catalog", "catalogues": "catalogs", "analogue": "analog",
		"judgement": "judgment", "judgements": "judgments",
		"acknowledgement": "acknowledgment", "acknowledgements": "acknowledgments",
		"ageing": "aging", "cheque": "check", "cheques": "checks",
		"grey": "gray", "whilst": "while", "amongst": "among",
		"sceptical": "skeptical", "aluminium": "aluminum", "tyre": "tire", "tyres": "tires",
		"mould": "mold", "plough": "plow", "draught": "draft", "jewellery": "jewelry",
		"practise": "practice", "practised": "practiced", "practises": "practices", "practising": "practicing",
		"manoeuvre": "maneuver", "manoeuvres": "maneuvers",
		"paediatric": "pediatric", "paediatrics": "pediatrics", "paediatrician": "pediatrician",
		"orthopaedic": "orthopedic", "orthopaedics": "orthopedics",
		"gynaecology": "gynecology", "gynaecological": "gynecological",
		"anaemia": "anemia", "anaesthesia": "anesthesia", "anaesthetic": "anesthetic",
		"haemophilia": "hemophilia", "haematology": "hematology", "leukaemia": "leukemia",
		"oestrogen": "estrogen", "foetus": "fetus", "foetal": "fetal", "diarrhoea": "diarrhea",
		"oesophagus": "esophagus", "encyclopaedia": "encyclopedia",
		"storey": "story", "storeys": "stories",
	} {
		m[british] = american
	}
	return m
})

// american returns s, English wording of the library's, in American
// spelling: each word americanWords lists is replaced, keeping its
// capitals ("Authorised" gives "Authorized", "LICENCE" gives "LICENSE").
func american(s string) string {
	words := americanWords()
	var b strings.Builder
	last := 0 // s[:last] is written to b, or to nothing while b is empty
	for i := 0; i < len(s); {
		if !asciiLetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && asciiLetter(s[j]) {
			j++
		}
		// A word that runs on into a letter outside ASCII is not an
		// English word; punctuation such as “ ” ends one.
		if r, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && unicode.IsLetter(r) {
			i = j
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && unicode.IsLetter(r) {
			i = j
			continue
		}
		if to, ok := words[lowerASCII(s[i:j])]; ok {
			if b.Len() == 0 {
				b.Grow(len(s) + 8)
			}
			b.WriteString(s[last:i])
			b.WriteString(matchCase(to, s[i:j]))
			last = j
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// lowerASCII returns w, ASCII letters, in lower case, allocating only
// where w has capitals.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// matchCase returns to, a lower-case word, with the capitals of from: all
// of them where from is all capitals (of more than one letter), the first
// where from starts with one.
func matchCase(to, from string) string {
	if len(from) > 1 && strings.ToUpper(from) == from {
		return strings.ToUpper(to)
	}
	if 'A' <= from[0] && from[0] <= 'Z' {
		return string(to[0]-'a'+'A') + to[1:]
	}
	return to
}
