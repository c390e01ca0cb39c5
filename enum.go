package policy

import (
	"fmt"
	"strings"
)

// enum describes a small enumerated type: index i holds the stable JSON key
// and the English name of value i. Index 0 is the zero value, "not stated",
// and has empty strings.
type enum struct {
	typ   string // Go type name, for error messages
	key   []string
	names []string
}

func (e *enum) valid(v uint8) bool { return v > 0 && int(v) < len(e.key) }

func (e *enum) name(v uint8) string {
	if !e.valid(v) {
		return ""
	}
	return e.names[v]
}

func (e *enum) str(v uint8) string {
	if !e.valid(v) {
		return fmt.Sprintf("%s(%d)", e.typ, v)
	}
	return e.key[v]
}

func (e *enum) marshal(v uint8) ([]byte, error) {
	if !e.valid(v) {
		return nil, fmt.Errorf("policy: invalid %s %d", e.typ, v)
	}
	return []byte(e.key[v]), nil
}

func (e *enum) unmarshal(text []byte) (uint8, error) {
	for i := 1; i < len(e.key); i++ {
		if e.key[i] == string(text) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("unknown %s %q (want one of %s)", typeWords(e.typ), text, strings.Join(e.key[1:], ", "))
}

// typeWords returns the Go type name typ as the words it is made of, for
// a message: "KeptReason" is "kept reason", and an abbreviation keeps its
// capitals ("CCPACategory" is "CCPA category").
func typeWords(typ string) string {
	var words []string
	start := 0
	for i := 1; i < len(typ); i++ {
		upper := isUpper(typ[i])
		// A word starts at a capital after a small letter ("tR"), or at
		// the last capital of an abbreviation followed by a small
		// letter ("AC" in "CCPACategory").
		if upper && (!isUpper(typ[i-1]) || i+1 < len(typ) && !isUpper(typ[i+1])) {
			words = append(words, typ[start:i])
			start = i
		}
	}
	words = append(words, typ[start:])
	for i, w := range words {
		if len(w) < 2 || !isUpper(w[1]) { // not an abbreviation
			words[i] = strings.ToLower(w)
		}
	}
	return strings.Join(words, " ")
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }
