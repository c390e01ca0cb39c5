package policy

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// texts checks every string of the policy except IDs (which ValidID
// checks) for invalid UTF-8, control characters, bidirectional controls
// and surrounding white space: see the Rule constants for why.
func (v *validator) texts() {
	p := v.p
	root := textAt{"", func() string { return "" }}
	v.text(root, "title", p.Title)
	v.contactText(func() string { return "controller" }, p.Controller.Contact)
	v.text(root, "controller.registration", p.Controller.Registration)
	v.text(root, "operator_register.number", p.OperatorRegister.Number) // 152-FZ Art. 22
	if p.DPO != nil {
		v.contactText(func() string { return "dpo" }, *p.DPO)
	}
	if p.Responsible != nil {
		v.contactText(func() string { return "responsible" }, *p.Responsible)
	}
	for i, r := range p.Representatives {
		v.contactText(func() string { return index("representatives", i) + ".contact" }, r.Contact)
	}
	v.text(root, "version", p.Version)
	for i, e := range p.Establishments {
		v.contactText(func() string { return index("establishments", i) + ".contact" }, e.Contact)
	}
	v.text(root, "url", p.URL)
	v.textList(root, "scope", p.Scope)
	v.noticeTexts()
	v.suspensionTexts()
	v.textList(root, "introduction", p.Introduction)
	for i, vs := range v.visit {
		if vs&visitText != 0 {
			v.categoryTexts(i, p.Categories[i])
		}
	}
	for i, in := range p.Incentives {
		path := textAt{"incentives", func() string { return elem("incentives", in.ID, i) + "." }}
		v.text(path, "name", in.Name)
		v.text(path, "summary", in.Summary)
		v.text(path, "opt_in", in.OptIn)
		v.text(path, "withdraw", in.Withdraw)
		v.text(path, "value", in.Value)
	}
	for i, e := range p.NotCollected {
		path := textAt{"not_collected", func() string { return elem("not_collected", e.ID, i) + "." }}
		v.text(path, "name", e.Name)
		v.text(path, "note", e.Note)
	}
	for i, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		path := textAt{"purposes", func() string { return elem("purposes", pu.ID, i) + "." }}
		v.text(path, "name", pu.Name)
		v.text(path, "description", pu.Description)
		v.text(path, "interest", pu.Interest)
		v.text(path, "withdraw", pu.Withdraw)
		v.text(path, "opt_out_how", pu.OptOutHow)
		v.retentionText(path, pu.Retention)
		v.text(path, "required", pu.Required)
		v.text(path, "automated", pu.Automated)
		v.termsText(path, pu.Terms)
	}
	for i, r := range p.Recipients {
		if r == nil {
			continue
		}
		path := textAt{"recipients", func() string { return elem("recipients", r.ID, i) + "." }}
		v.text(path, "name", r.Name)
		v.text(path, "purpose", r.Purpose)
		v.text(path, "notice_url", r.NoticeURL)
		v.text(path, "arrangement", r.Arrangement)
	}
	for i, t := range p.Transfers {
		v.text(textAt{"transfers", func() string { return index("transfers", i) + "." }}, "note", t.Note)
	}
	for i, d := range p.Disclosures {
		path := textAt{"disclosures", func() string { return index("disclosures", i) + "." }}
		v.text(path, "report_url", d.ReportURL)
		v.text(path, "note", d.Note)
	}
	for i, d := range p.Deletion {
		v.text(textAt{"deletion", func() string { return index("deletion", i) + "." }}, "note", d.Note)
	}
	for i, c := range p.Cookies {
		path := textAt{"cookies", func() string { return elem("cookies", c.ID, i) + "." }}
		v.text(path, "name", c.Name)
		v.text(path, "provider_name", c.ProviderName)
		v.text(path, "note", c.Note)
	}
	for i, r := range p.Rights {
		v.text(textAt{"rights", func() string { return index("rights", i) + "." }}, "how", r.How)
	}
	v.text(root, "requests.verification_detail", p.Requests.VerificationDetail)
	v.text(root, "requests.without_account", p.Requests.WithoutAccount)
	for i, r := range p.Redress {
		v.contactText(func() string { return index("redress", i) + ".contact" }, r.Contact)
	}
	v.text(root, "ccpa.opt_out_url", p.CCPA.OptOutURL)
	v.textList(root, "ccpa.request_methods", p.CCPA.RequestMethods)
	for i, m := range p.Security {
		path := textAt{"security", func() string { return index("security", i) + "." }}
		v.text(path, "name", m.Name)
		v.text(path, "description", m.Description)
	}
	v.text(root, "links.subprocessors", p.Links.Subprocessors)
	v.text(root, "links.security", p.Links.Security)
	v.text(root, "links.cookie_settings", p.Links.CookieSettings)
	v.text(root, "links.request_form", p.Links.RequestForm)
	v.text(root, "links.vendors", p.Links.Vendors)
	v.text(root, "links.recommendations", p.Links.Recommendations)
	v.text(root, "children.note", p.Children.Note)
	v.text(root, "children.parent_requests", p.Children.ParentRequests)
	v.text(root, "children.scope", p.Children.Scope)
	v.text(root, "changes.history_url", p.Changes.HistoryURL)
	v.text(root, "changes.note", p.Changes.Note)
	v.contactText(func() string { return "contact" }, p.Contact)
}

// categoryTexts checks the strings of category c, element i of
// Policy.Categories.
func (v *validator) categoryTexts(i int, c *Category) {
	path := textAt{"categories", func() string { return elem("categories", c.ID, i) + "." }}
	v.text(path, "name", c.Name)
	v.textList(path, "items", c.Items)
	v.text(path, "description", c.Description)
	v.text(path, "source_detail", c.SourceDetail)
	v.retentionText(path, c.Retention)
	v.termsText(path, c.Terms)
}

func (v *validator) contactText(base func() string, c Contact) {
	path := textAt{"contact", func() string { return base() + "." }}
	v.text(path, "name", c.Name)
	v.text(path, "email", c.Email)
	v.text(path, "phone", c.Phone)
	v.text(path, "address", c.Address)
	v.text(path, "website", c.Website)
}

func (v *validator) retentionText(base textAt, r Retention) {
	v.text(base, "retention.law", r.Law)
	v.text(base, "retention.criteria", r.Criteria)
	v.text(base, "retention.note", r.Note)
}

// termsText checks the vocabulary terms at base()+"terms".
func (v *validator) termsText(base textAt, t Terms) {
	if t.IsZero() {
		return
	}
	for _, voc := range Vocabularies() {
		v.textList(base, "terms."+voc.String(), t.Of(voc))
	}
}

func (v *validator) textList(base textAt, field string, ss []string) {
	shape := shapeOf(base.kind, field)
	for j, s := range ss {
		if !plainText(s) {
			v.textFindings(base.path()+index(field, j), s)
		}
		if shape != shapeFree {
			v.shape(shape, func() string { return base.path() + index(field, j) }, s)
		}
	}
}

// text checks s, the string at base.path()+field.
func (v *validator) text(base textAt, field, s string) {
	if s == "" {
		return
	}
	if !plainText(s) {
		v.textFindings(base.path()+field, s)
	}
	if shape := shapeOf(base.kind, field); shape != shapeFree {
		v.shape(shape, func() string { return base.path() + field }, s)
	}
}

// A script is the script a policy's language is written in, where it is
// not the Latin script.
type script struct {
	name   string // its English name, such as "Cyrillic"
	lang   language.Tag
	tables []*unicode.RangeTable
}

// scripts are the scripts other than Latin whose letters languageOf
// looks for, by ISO 15924 code.
var scripts = map[string]struct {
	name   string
	tables []*unicode.RangeTable
}{
	"Cyrl": {"Cyrillic", []*unicode.RangeTable{unicode.Cyrillic}},
	"Grek": {"Greek", []*unicode.RangeTable{unicode.Greek}},
	"Arab": {"Arabic", []*unicode.RangeTable{unicode.Arabic}},
	"Hebr": {"Hebrew", []*unicode.RangeTable{unicode.Hebrew}},
	"Armn": {"Armenian", []*unicode.RangeTable{unicode.Armenian}},
	"Geor": {"Georgian", []*unicode.RangeTable{unicode.Georgian}},
	"Deva": {"Devanagari", []*unicode.RangeTable{unicode.Devanagari}},
	"Thai": {"Thai", []*unicode.RangeTable{unicode.Thai}},
	"Hans": {"Han", []*unicode.RangeTable{unicode.Han}},
	"Hant": {"Han", []*unicode.RangeTable{unicode.Han}},
	"Jpan": {"Japanese", []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana}},
	"Kore": {"Korean", []*unicode.RangeTable{unicode.Hangul, unicode.Han}},
}

// scriptOf returns the script of lang where it is surely not the Latin
// script, or nil: Serbian, written in both, is checked only where its tag
// names the script.
func scriptOf(lang language.Tag) *script {
	sc, conf := lang.Script()
	if conf < language.High {
		return nil
	}
	s, ok := scripts[sc.String()]
	if !ok {
		return nil
	}
	return &script{name: s.name, lang: lang, tables: s.tables}
}

// latinWordsAlone is how many words in Latin letters a sentence or
// phrase without a letter of the policy's script may hold before it is
// taken for text in another language: names such as "Google Analytics"
// are two.
const latinWordsAlone = 3

// languageOf warns where s, a sentence or phrase of a policy whose
// language is written in v.script, holds no letter of that script but
// words in Latin letters: a document in the policy's language would set
// it, untranslated, among sentences in that language.
func (v *validator) languageOf(shape textShape, path func() string, s string) {
	words, inWord := 0, false
	for _, r := range s {
		if unicode.In(r, v.script.tables...) {
			return
		}
		latin := unicode.Is(unicode.Latin, r)
		if latin && !inWord {
			words++
		}
		inWord = latin || inWord && (r == '-' || r == '\'')
	}
	if words < latinWordsAlone {
		return
	}
	what := "sentence"
	if shape == shapeFragment {
		what = "phrase"
	}
	v.add(SeverityWarning, RuleTextLanguage, path(), "%q is a %s in Latin letters only, but the policy's language (%s) is written in %s letters, so a document would mix languages; write it in that language, or declare the language the policy's strings are written in and translate them when rendering",
		clip(s), what, v.script.lang, v.script.name)
}

// A textAt locates the strings of one declaration: kind is its place in
// the policy without element selectors ("categories", "" for the policy
// itself), the kind shapeOf takes; path builds its path, with a final '.'
// where it is not the root, only when a finding needs it.
type textAt struct {
	kind string
	path func() string
}

// companyForms are abbreviations of legal forms that end a company's
// name with their own stop and hold no other, such as "Acme Inc.".
var companyForms = []string{"Inc.", "Ltd.", "Co.", "Corp.", "Ltda.", "Cia.", "Ltée.", "Pty.", "Bhd.", "Plc."}

// endsWithAbbreviation reports whether s, which ends with a stop, ends
// with an abbreviation whose stop that is, so that the stop ends no
// sentence: a legal form such as "Inc.", or a word with stops inside it,
// such as "S.A.", "S.p.A." or "e.V.", the form of many companies' names
// ("Realize Crédito, Financiamento e Investimento S.A.").
func endsWithAbbreviation(s string) bool {
	last := s[strings.LastIndexAny(s, " \u00a0")+1:]
	if slices.Contains(companyForms, last) {
		return true
	}
	inner := strings.TrimSuffix(last, ".")
	// One letter or two between the stops, as abbreviations have; a
	// sentence ending in "example.com." or "version 2.1." is no
	// abbreviation.
	parts := strings.Split(inner, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if n := utf8.RuneCountInString(p); n == 0 || n > 2 || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
}

// A textShape is the documented shape of a free-text field, which the
// renderer relies on.
type textShape uint8

const (
	// shapeFree is a string that has no shape to check: names, addresses,
	// identifiers, URLs and vocabulary terms (a name may end with an
	// abbreviation's stop, as "Acme Ltd." does).
	shapeFree textShape = iota
	// shapeSentence is one or more sentences standing on their own,
	// ending with a stop.
	shapeSentence
	// shapeFragment is a phrase the document sets inside its own
	// sentence: no final stop, lower case unless it starts with a name.
	shapeFragment
)

// shapeOf gives the shape of every free-text field, by the kind of its
// declaration and its field name (as in its path). The field documents
// the same shape; a field missing here has none. The names of
// organisations (recipients, cookie providers, contacts) are written as
// their owners write them, so "Paystream, Inc." keeps its stop. It is a
// switch rather than a map, as it is asked for every string of a policy:
// a map would hash both strings each time.
func shapeOf(kind, field string) textShape {
	switch kind {
	case "":
		switch field {
		case "title", "controller.registration", "scope", "requests.without_account", "ccpa.request_methods", "us_states.appeal.how", "glba.limit_how", "glba.joint_accounts", "children.parent_requests", "children.scope", "customer_data.customers", "customer_data.data":
			return shapeFragment
		case "introduction", "requests.verification_detail", "children.note", "changes.note":
			return shapeSentence
		}
	case "ccpa":
		switch field {
		case "opt_in_process":
			return shapeSentence
		}
	case "categories":
		switch field {
		case "name", "items", "source_detail", "retention.law", "retention.criteria":
			return shapeFragment
		case "description", "retention.note":
			return shapeSentence
		}
	case "incentives":
		switch field {
		case "summary", "value":
			return shapeSentence
		case "opt_in", "withdraw":
			return shapeFragment
		}
	case "not_collected":
		switch field {
		case "name":
			return shapeFragment
		case "note":
			return shapeSentence
		}
	case "purposes":
		switch field {
		case "name", "interest", "withdraw", "opt_out_how", "required", "automated", "retention.law", "retention.criteria", "paid_alternative.offer", "suspension.contest":
			return shapeFragment
		case "description", "retention.note":
			return shapeSentence
		}
	case "recipients":
		switch field {
		case "purpose":
			return shapeFragment
		case "arrangement":
			return shapeSentence
		}
	case "transfers":
		switch field {
		case "note":
			return shapeSentence
		case "risks":
			return shapeFragment
		}
	case "disclosures":
		switch field {
		case "note":
			return shapeSentence
		}
	case "deletion":
		switch field {
		case "note":
			return shapeSentence
		}
	case "cookies":
		switch field {
		case "name":
			return shapeFragment
		case "note":
			return shapeSentence
		}
	case "rights":
		switch field {
		case "how":
			return shapeFragment
		}
	case "security":
		switch field {
		case "name":
			return shapeFragment
		case "description":
			return shapeSentence
		}
	case "other_notices":
		switch field {
		case "covers":
			return shapeFragment
		}
	}
	return shapeFree
}

// shape warns where s, the string at path(), does not have the shape its
// field documents, or, in a policy whose language is written in another
// script, where it is written in Latin letters only (see languageOf).
func (v *validator) shape(shape textShape, path func() string, s string) {
	if v.script != nil {
		v.languageOf(shape, path, s)
	}
	switch shape {
	case shapeSentence:
		if !endsSentence(s) {
			v.add(SeverityWarning, RuleSentenceStop, path(), "%q is a sentence but does not end with a full stop, question or exclamation mark", clip(s))
		}
	case shapeFragment:
		if t := strings.TrimRight(s, " "); strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") && !endsWithAbbreviation(t) {
			v.add(SeverityWarning, RuleFragmentStop, path(), "%q is a fragment, set inside the document's own sentence, but ends with a full stop; leave the stop out", clip(s))
		}
	}
}

// endsSentence reports whether s ends with a full stop, question or
// exclamation mark or an ellipsis, possibly followed by closing quotes or
// brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ”»)]\"'’")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// plainText reports whether s is empty or printable ASCII without
// surrounding spaces: the common case, which needs no closer look.
func plainText(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// textFindings reports each text rule that s, found at path, breaks, at
// the first byte that breaks it.
func (v *validator) textFindings(path, s string) {
	badUTF8, control, bidi := -1, -1, -1
	var controlRune, bidiRune rune
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			if badUTF8 < 0 {
				badUTF8 = i
			}
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			if control < 0 {
				control, controlRune = i, r
			}
		case bidiControl(r):
			if bidi < 0 {
				bidi, bidiRune = i, r
			}
		}
		i += size
	}
	if badUTF8 >= 0 {
		v.add(SeverityError, RuleInvalidUTF8, path, "byte %d is not valid UTF-8; strings must be UTF-8 text", badUTF8)
	}
	if control >= 0 {
		v.add(SeverityError, RuleControlChar, path, "holds the control character %U at byte %d; a string is one line of text, without newlines, tabs or escape sequences", controlRune, control)
	}
	if bidi >= 0 {
		v.add(SeverityError, RuleBidiControl, path, "holds the bidirectional control %U at byte %d, which reorders the text a reader sees", bidiRune, bidi)
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(first) || unicode.IsSpace(last) {
		v.add(SeverityError, RuleSurroundingSpace, path, "starts or ends with white space; remove it")
	}
}

// bidiControl reports whether r is a bidirectional formatting character:
// an embedding, override or isolate (U+202A-U+202E, U+2066-U+2069) or a
// directional mark (U+200E, U+200F, U+061C).
func bidiControl(r rune) bool {
	switch {
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return r == '\u200e' || r == '\u200f' || r == '\u061c'
}

// clip shortens s for a message: a value of any length, such as a
// 100,000-byte ID, is quoted by its first 40 bytes and its length.
func clip(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

func itoa(i int) string { return strconv.Itoa(i) }
