package render

import (
	"strconv"
	"strings"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// RuleMissingTranslation is the rule of a finding for a string of the
// policy that has no translation into the language a document is
// composed in.
const RuleMissingTranslation policy.Rule = "i18n.translation.missing"

// sourceLanguage returns the language p is written in: its Language, or
// English where that is unset.
func sourceLanguage(p *policy.Policy) language.Tag {
	if p.Language == language.Und {
		return language.English
	}
	return p.Language
}

// needsTranslation reports whether a document in lang must translate the
// strings of a policy written in src.
func needsTranslation(src, lang language.Tag) bool {
	sb, _ := src.Base()
	lb, _ := lang.Base()
	return sb != lb
}

// CheckTranslations reports, for a document of p in lang, every string of
// the policy (names, items, descriptions, notes) that the document states
// and cat does not translate, each as a finding with the string's
// declaration path and the rule [RuleMissingTranslation]. Strings are
// looked up by their text as it stands in the policy, the source text.
// lang is chosen as [Options.Language] is: the zero Tag means the policy's
// own language. A policy rendered in its own language needs no
// translations and gets no findings. Compose refuses to mix languages: it
// returns these findings as its error.
func CheckTranslations(p *policy.Policy, lang language.Tag, cat catalog.Catalog) policy.Findings {
	c := newComposer(p, Options{Language: lang, Translations: cat})
	if !c.translate {
		return nil
	}
	c.compose()
	return c.missing
}

// u returns the policy's string s, declared at l (such as
// "purposes[news]" and ".name"), in the document's language, and records l
// as a source of the text being composed (see [composer.from]). Every
// string of the policy that a document states goes through u: where the
// document needs a translation and the service's catalog has none, u
// records a finding for its path and returns s, which Compose then refuses to
// publish.
func (c *composer) u(l loc, s string) string {
	if s == "" {
		return s
	}
	c.fromAt(l)
	t, ok := c.translation(s)
	if !ok {
		c.miss(l.String(), s)
	}
	return t
}

// join translates the list of fragments ss, declared at l, and lists
// them as the document's language does ("a, b and c").
func (c *composer) join(l loc, ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return c.list(c.translateAll(l, ss))
}

// translateAll records l as a source and returns the fragments ss,
// declared at l, translated, each with its white space collapsed.
func (c *composer) translateAll(l loc, ss []string) []string {
	c.fromAt(l)
	out := make([]string, len(ss))
	for i, s := range ss {
		t, ok := c.translation(s)
		if !ok {
			c.miss(l.String()+"["+strconv.Itoa(i)+"]", s)
		}
		out[i] = squeeze(t)
	}
	return out
}

// translation returns the translation of the policy's string s, or s and
// false where the document needs one and the service's catalog has none.
func (c *composer) translation(s string) (string, bool) {
	if !c.translate || s == "" {
		return s, true
	}
	if t, ok := c.translated[s]; ok {
		return t, true
	}
	t, ok := lookup(c.catalog, c.doc.Language, s)
	if !ok {
		return s, false
	}
	if c.translated == nil {
		c.translated = make(map[string]string)
	}
	c.translated[s] = t
	return t, true
}

// miss records that s, declared at path, has no translation, once per
// path.
func (c *composer) miss(path, s string) {
	if c.reported[path] {
		return
	}
	if c.reported == nil {
		c.reported = make(map[string]bool)
	}
	c.reported[path] = true
	c.missing = append(c.missing, policy.Finding{
		Path: path, Rule: RuleMissingTranslation, Severity: policy.SeverityError,
		Message: "no " + c.lang.String() + " translation of " + strconv.Quote(s) +
			"; add it to Options.Translations (privacy extract -lang " + c.lang.String() + " lists the strings)",
	})
	c.missingText = append(c.missingText, s)
}

// path returns the declaration path of decl, a category, purpose or
// recipient of the policy, such as "categories[account.email]"; for one
// the policy references but does not declare, the path names it in list
// by id.
func (c *composer) path(decl any, list, id string) string {
	var p string
	var ok bool
	switch d := decl.(type) {
	case *policy.Category:
		if s := c.category(d); s != nil {
			p, ok = s.path, true
		}
	case *policy.Purpose:
		p, ok = c.purposePaths[d]
	case *policy.Recipient:
		p, ok = c.recipientPaths[d]
	}
	if ok {
		return p
	}
	return list + "[" + id + "]"
}

// elem returns the path of element i of list, named by id where that is
// a valid ID, as findings name it, such as "not_collected[card]" or
// "security[0]".
func (c *composer) elem(list, id string, i int) string {
	if id == "" || !policy.ValidID(id) {
		return list + "[" + strconv.Itoa(i) + "]"
	}
	return list + "[" + id + "]"
}

// capture is a catalog renderer (the interface of Context) that collects
// the rendered text.
type capture struct{ b strings.Builder }

// Render appends s to the captured text.
func (c *capture) Render(s string) { c.b.WriteString(s) }

// Arg returns no argument: the policy's strings are plain text.
func (c *capture) Arg(i int) any { return nil }

func lookup(cat catalog.Catalog, lang language.Tag, key string) (string, bool) {
	if cat == nil {
		return "", false
	}
	r := &capture{}
	if err := cat.Context(lang, r).Execute(key); err != nil {
		return "", false
	}
	return r.b.String(), true
}
