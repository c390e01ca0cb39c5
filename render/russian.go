package render

import (
	"slices"
	"strings"
)

// russianList joins items as Russian lists them, with «и» before the
// last ("a, b и c"), or «или» where or is true. Where an item holds a comma of
// its own, semicolons separate the items; an enumeration set off by
// semicolons takes no «и» before its last item ("a; b, c; d"), as
// Russian legal drafting writes it, while alternatives keep «или»
// ("a; b, c; или d"), which carries the meaning. Commas inside brackets
// or «quotes» do not count, so 152-FZ's list of actions reads as the law
// writes it: "сбор, ..., уточнение (обновление, изменение), ... и
// уничтожение".
func russianList(items []string, or bool) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	conj := " и "
	if or {
		conj = " или "
	}
	semicolons := false
	for _, it := range items {
		if hasOpenComma(it) {
			semicolons = true
			break
		}
	}
	head := items[:len(items)-1]
	last := items[len(items)-1]
	if or && !semicolons && slices.ContainsFunc(items, func(it string) bool { return strings.Contains(it, " или ") }) {
		// An item that is itself two alternatives («приостановить платёж
		// или перевод») takes «либо» for the last alternative of the
		// list, so that the alternatives do not run together.
		conj = " либо "
	}
	// One of the last two items that holds «и» itself («имя и телефон
	// получателя») would run into the other with «и» between them: the
	// last is then joined by «, а также», as commas already part the
	// others.
	holdsAnd := !or && slices.ContainsFunc(items[len(items)-2:], func(it string) bool { return strings.Contains(it, " и ") })
	switch {
	case !semicolons && holdsAnd:
		return strings.Join(head, ", ") + ", а также " + last
	case !semicolons:
		return strings.Join(head, ", ") + conj + last
	case !or:
		return strings.Join(items, "; ")
	case len(items) == 2:
		return head[0] + conj + last
	default:
		return strings.Join(head, "; ") + ";" + conj + last
	}
}

// hasOpenComma reports whether s holds a comma outside brackets and
// «quotes».
func hasOpenComma(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[', '«':
			depth++
		case ')', ']', '»':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

// russianRegionNames are the Russian names of regions where a legal text
// writes them otherwise than the CLDR names do: the full official name of
// Russia, and the abbreviation the genitive «США» (see russianGenitive)
// also uses.
var russianRegionNames = map[string]string{
	"RU": "Российская Федерация",
	"US": "США",
}
