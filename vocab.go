package policy

import (
	"embed"
	"fmt"
	"github.com/gopolicy/policy/internal/textdist"
	"slices"
	"strings"
	"sync"
)

// A Vocabulary is a standard list of terms for kinds of data and purposes
// of processing that other tools and app stores understand. Categories and
// purposes link to its terms through [Terms], and the exports in package
// export write those terms.
//
// Each vocabulary's term lists ship with the library under vocab/; each
// file says where its list came from and its version, and
// [Vocabulary.Source] says it in one line.
type Vocabulary uint8

// The vocabularies the library knows.
const (
	// VocabularyFides is the Fides taxonomy (fideslang): data category keys
	// such as "user.contact.email" and data use keys such as
	// "essential.service.operations".
	VocabularyFides Vocabulary = iota + 1
	// VocabularyDPV is the W3C Data Privacy Vocabulary: personal data
	// concepts such as "dpv-pd:EmailAddress" and purposes such as
	// "dpv:ServiceProvision".
	VocabularyDPV
	// VocabularyApple is Apple's privacy manifest: collected data types
	// such as "NSPrivacyCollectedDataTypeEmailAddress" and purposes such as
	// "NSPrivacyCollectedDataTypePurposeAppFunctionality".
	VocabularyApple
	// VocabularyPlay is Google Play's Data safety form: data types such as
	// "PSL_EMAIL" and purposes such as "PSL_APP_FUNCTIONALITY".
	VocabularyPlay
)

var vocabularyEnum = enum{"Vocabulary",
	[]string{"", "fides", "dpv", "apple", "play"},
	[]string{"", "Fides taxonomy", "W3C Data Privacy Vocabulary", "Apple privacy manifest", "Google Play Data safety"}}

// Vocabularies returns every defined Vocabulary in declaration order.
func Vocabularies() []Vocabulary {
	return []Vocabulary{VocabularyFides, VocabularyDPV, VocabularyApple, VocabularyPlay}
}

// Valid reports whether v is a defined vocabulary.
func (v Vocabulary) Valid() bool { return vocabularyEnum.valid(uint8(v)) }

// Name returns the English name of v, such as "Fides taxonomy".
func (v Vocabulary) Name() string { return vocabularyEnum.name(uint8(v)) }

// String returns the stable identifier of v, such as "fides".
func (v Vocabulary) String() string { return vocabularyEnum.str(uint8(v)) }

// MarshalText implements [encoding.TextMarshaler].
func (v Vocabulary) MarshalText() ([]byte, error) { return vocabularyEnum.marshal(uint8(v)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (v *Vocabulary) UnmarshalText(b []byte) error {
	n, err := vocabularyEnum.unmarshal(b)
	*v = Vocabulary(n)
	return err
}

// Source says where the library's term lists for v came from and their
// version, such as "fideslang 3.1.4 default taxonomy".
func (v Vocabulary) Source() string {
	switch v {
	case VocabularyFides:
		return "fideslang 3.1.4 default taxonomy (data categories, data uses)"
	case VocabularyDPV:
		return "W3C Data Privacy Vocabulary 2.0 (dpv-pd personal data, dpv purposes; a subset)"
	case VocabularyApple:
		return "Apple privacy manifest keys, \"Describing data use in privacy manifests\" (2026)"
	case VocabularyPlay:
		return "Google Play Console Data safety CSV template (2025-2026)"
	}
	return ""
}

// A Term is one entry of a vocabulary's term list.
type Term struct {
	// ID is the term as it appears in [Terms] and in exports, such as
	// "user.contact.email" or "dpv-pd:EmailAddress".
	ID string
	// Group is the term's group where the vocabulary has one: Play's data
	// type question ("PSL_DATA_TYPES_PERSONAL") or Apple's label group
	// ("Contact Info"); empty otherwise.
	Group string
	// Label is the vocabulary's own English label, where its list gives one.
	Label string
}

// CategoryTerms returns the terms of v that describe kinds of data, in the
// order of the vocabulary's list. The slice is a copy.
func (v Vocabulary) CategoryTerms() []Term { return slices.Clone(vocabTables().of(v).categories) }

// PurposeTerms returns the terms of v that describe purposes of
// processing, in the order of the vocabulary's list. The slice is a copy.
func (v Vocabulary) PurposeTerms() []Term { return slices.Clone(vocabTables().of(v).purposes) }

// CategoryTerm returns the data term of v with the given ID.
func (v Vocabulary) CategoryTerm(id string) (Term, bool) {
	return vocabTables().of(v).lookup(id, false)
}

// PurposeTerm returns the purpose term of v with the given ID.
func (v Vocabulary) PurposeTerm(id string) (Term, bool) {
	return vocabTables().of(v).lookup(id, true)
}

// Terms links a category or a purpose to the terms of standard
// vocabularies. On a [Category] each field lists data terms (Fides data
// categories, DPV personal data concepts, Apple data types, Play data
// types); on a [Purpose], purpose terms (Fides data uses, DPV purposes,
// Apple purposes, Play purposes). The zero Terms links to nothing.
type Terms struct {
	// Fides lists Fides taxonomy keys, such as "user.contact.email" or
	// "essential.service".
	Fides []string
	// DPV lists DPV concepts as compact IRIs, such as "dpv-pd:EmailAddress"
	// or "dpv:ServiceProvision".
	DPV []string
	// Apple lists Apple privacy manifest keys, such as
	// "NSPrivacyCollectedDataTypeEmailAddress".
	Apple []string
	// Play lists Google Play Data safety response IDs, such as "PSL_EMAIL".
	Play []string
}

// Of returns the terms t lists for vocabulary v.
func (t Terms) Of(v Vocabulary) []string {
	switch v {
	case VocabularyFides:
		return t.Fides
	case VocabularyDPV:
		return t.DPV
	case VocabularyApple:
		return t.Apple
	case VocabularyPlay:
		return t.Play
	}
	return nil
}

// IsZero reports whether t links to no term.
func (t Terms) IsZero() bool {
	return len(t.Fides) == 0 && len(t.DPV) == 0 && len(t.Apple) == 0 && len(t.Play) == 0
}

// Vocabulary rules, reported by [CheckVocabulary].
const (
	// RuleVocabMissing: a category of personal data, or a purpose that
	// uses one, has no term of a vocabulary an export needs.
	RuleVocabMissing Rule = "vocab.missing"
	// RuleVocabUnknown: a term is not in the vocabulary's list, or is a
	// purpose term on a category or a data term on a purpose.
	RuleVocabUnknown Rule = "vocab.unknown"
	// RuleVocabDuplicate: a term is listed twice for the same declaration.
	RuleVocabDuplicate Rule = "vocab.duplicate"
)

// CheckVocabulary reports, for each vocabulary in vs, every category of
// personal data and every purpose that uses one but has no term of that
// vocabulary (the export to it would leave them out), and every term that
// the vocabulary does not define. With no vs it checks the terms of every
// vocabulary but reports no missing ones. Terms of vocabularies not in vs
// are checked too: an unknown term is an error wherever it is.
//
// Paths name JSON fields as [Policy.Validate] does, such as
// "categories[account.email].terms.apple[0]".
func CheckVocabulary(p *Policy, vs ...Vocabulary) Findings {
	return checkVocabulary(p, vs, nil)
}

// checkVocabulary is CheckVocabulary. With visit, which Validate gives
// with no vocabularies, it looks only at the categories visit marks as
// stating terms: only they can have a finding.
func checkVocabulary(p *Policy, vs []Vocabulary, visit []visits) Findings {
	var fs Findings
	if p == nil {
		return fs
	}
	add := func(path string, rule Rule, format string, args ...any) {
		fs = append(fs, Finding{Path: path, Rule: rule, Severity: SeverityError, Message: fmt.Sprintf(format, args...)})
	}
	check := func(basePath func() string, t Terms, purpose, needed bool) {
		if t.IsZero() && (!needed || len(vs) == 0) {
			return // nothing stated, nothing asked: no path to build
		}
		base := basePath()
		kind, other := "data", "purpose"
		if purpose {
			kind, other = "purpose", "data"
		}
		for _, v := range Vocabularies() {
			terms := t.Of(v)
			field := base + ".terms." + v.String()
			if len(terms) == 0 && needed && slices.Contains(vs, v) {
				add(field, RuleVocabMissing, "no %s term of the %s: the %s export leaves this out; add one (see policy.%s.%sTerms)",
					kind, v.Name(), v.String(), goName(v), capital(kind))
			}
			seen := make(map[string]bool, len(terms))
			for i, id := range terms {
				path := fmt.Sprintf("%s[%d]", field, i)
				if seen[id] {
					add(path, RuleVocabDuplicate, "%q is listed twice", id)
					continue
				}
				seen[id] = true
				if _, ok := vocabTables().of(v).lookup(id, purpose); ok {
					continue
				}
				if _, ok := vocabTables().of(v).lookup(id, !purpose); ok {
					add(path, RuleVocabUnknown, "%q is a %s term of the %s, not a %s term", id, other, v.Name(), kind)
					continue
				}
				msg := fmt.Sprintf("%q is not a %s term of the %s (%s)", id, kind, v.Name(), v.Source())
				if s := vocabTables().of(v).suggest(id, purpose); s != "" {
					msg += fmt.Sprintf("; did you mean %q?", s)
				}
				add(path, RuleVocabUnknown, "%s", msg)
			}
		}
	}
	for i, c := range p.Categories {
		if c == nil || visit != nil && visit[i]&visitTerms == 0 {
			continue
		}
		check(func() string { return declPath("categories", c.ID, i) }, c.Terms, false, c.Personal())
	}
	for i, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		needed := len(vs) > 0 && slices.ContainsFunc(pu.Categories, (*Category).Personal)
		check(func() string { return declPath("purposes", pu.ID, i) }, pu.Terms, true, needed)
	}
	return fs
}

func declPath(field, id string, i int) string {
	if id != "" {
		return field + "[" + id + "]"
	}
	return fmt.Sprintf("%s[%d]", field, i)
}

func goName(v Vocabulary) string {
	switch v {
	case VocabularyFides:
		return "VocabularyFides"
	case VocabularyDPV:
		return "VocabularyDPV"
	case VocabularyApple:
		return "VocabularyApple"
	case VocabularyPlay:
		return "VocabularyPlay"
	}
	return v.String()
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

//go:embed vocab/*.txt
var vocabFiles embed.FS

type termList struct {
	categories, purposes []Term
	catIndex, purIndex   map[string]int
}

func (l *termList) lookup(id string, purpose bool) (Term, bool) {
	if l == nil {
		return Term{}, false
	}
	idx, list := l.catIndex, l.categories
	if purpose {
		idx, list = l.purIndex, l.purposes
	}
	i, ok := idx[id]
	if !ok {
		return Term{}, false
	}
	return list[i], true
}

// suggest returns the known term closest to id by edit distance, if it is
// close enough to be a likely misspelling.
func (l *termList) suggest(id string, purpose bool) string {
	if l == nil {
		return ""
	}
	list := l.categories
	if purpose {
		list = l.purposes
	}
	best, bestD := "", len(id)/3+1
	for _, t := range list {
		if d := textdist.Distance(strings.ToLower(id), strings.ToLower(t.ID)); d < bestD {
			best, bestD = t.ID, d
		}
	}
	return best
}

type vocabSet [5]*termList

func (s *vocabSet) of(v Vocabulary) *termList {
	if !v.Valid() {
		return nil
	}
	return s[v]
}

// vocabTables parses the embedded term lists once; they never change.
var vocabTables = sync.OnceValue(func() *vocabSet {
	var s vocabSet
	s[VocabularyFides] = loadTerms("fides_data_categories.txt", "", "fides_data_uses.txt", "")
	s[VocabularyDPV] = loadTerms("dpv_personal_data.txt", "dpv-pd:", "dpv_purposes.txt", "dpv:")
	s[VocabularyApple] = loadTerms("apple_data_types.txt", "", "apple_purposes.txt", "")
	s[VocabularyPlay] = loadTerms("play_data_types.txt", "", "play_purposes.txt", "")
	return &s
})

func loadTerms(catFile, catPrefix, purFile, purPrefix string) *termList {
	l := &termList{}
	l.categories, l.catIndex = parseTerms(catFile, catPrefix, true)
	l.purposes, l.purIndex = parseTerms(purFile, purPrefix, false)
	return l
}

// parseTerms reads one embedded list: a term a line, tab-separated fields
// after it (the group, where grouped, then the label), "#" comments. The
// files are part of the library, so a malformed one is a programming error.
func parseTerms(name, prefix string, grouped bool) ([]Term, map[string]int) {
	data, err := vocabFiles.ReadFile("vocab/" + name)
	if err != nil {
		panic("policy: missing vocabulary file " + name)
	}
	var terms []Term
	index := make(map[string]int)
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		t := Term{ID: prefix + f[0]}
		switch {
		case grouped && len(f) == 3: // id, group, label (Play)
			t.Group, t.Label = f[1], f[2]
		case len(f) == 2: // id, label; Apple's data types carry a group
			if grouped && prefix == "" && strings.HasPrefix(f[0], "NSPrivacy") {
				t.Group = f[1]
			} else {
				t.Label = f[1]
			}
		}
		if _, dup := index[t.ID]; dup {
			panic("policy: duplicate term " + t.ID + " in " + name)
		}
		index[t.ID] = len(terms)
		terms = append(terms, t)
	}
	return terms, index
}
