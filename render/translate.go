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
// the policy (names, items, descriptions, notes) that cat does not
// translate, each as a finding with the string's path and the rule
// [RuleMissingTranslation]. Strings are looked up by their text as it
// stands in the policy, the source text. A policy rendered in its own
// language needs no translations and gets no findings. Compose refuses to
// mix languages: it returns these findings as its error.
func CheckTranslations(p *policy.Policy, lang language.Tag, cat catalog.Catalog) policy.Findings {
	_, lang = printer(lang)
	if !needsTranslation(sourceLanguage(p), lang) {
		return nil
	}
	_, missing := translations(p, lang, cat)
	return missing
}

// translations looks up every string of p in cat for lang.
func translations(p *policy.Policy, lang language.Tag, cat catalog.Catalog) (map[string]string, policy.Findings) {
	tr := make(map[string]string)
	var missing policy.Findings
	userStrings(p, func(path, s string) {
		if _, done := tr[s]; done {
			return
		}
		if t, ok := lookup(cat, lang, s); ok {
			tr[s] = t
			return
		}
		missing = append(missing, policy.Finding{
			Path: path, Rule: RuleMissingTranslation, Severity: policy.Error,
			Message: "no " + lang.String() + " translation of " + strconv.Quote(s),
		})
	})
	return tr, missing
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

// userStrings calls fn with the path and text of every string of p that a
// reader sees and a translation must cover. Email addresses, phone numbers
// and URLs are not translated; postal addresses and registration numbers
// are, since a document gives them in its own language.
func userStrings(p *policy.Policy, fn func(path, s string)) {
	put := func(path, s string) {
		if s != "" {
			fn(path, s)
		}
	}
	list := func(path string, ss []string) {
		for i, s := range ss {
			put(path+"["+strconv.Itoa(i)+"]", s)
		}
	}
	put("title", p.Title)
	put("controller.name", p.Controller.Name)
	put("controller.address", p.Controller.Address)
	put("controller.registration", p.Controller.Registration)
	if p.DPO != nil {
		put("dpo.name", p.DPO.Name)
		put("dpo.address", p.DPO.Address)
	}
	for i, r := range p.Representatives {
		put("representatives["+strconv.Itoa(i)+"].contact.name", r.Contact.Name)
		put("representatives["+strconv.Itoa(i)+"].contact.address", r.Contact.Address)
	}
	list("scope", p.Scope)
	list("introduction", p.Introduction)
	retention := func(path string, r policy.Retention) {
		put(path+".retention.law", r.Law)
		put(path+".retention.note", r.Note)
	}
	for i, c := range p.Categories {
		if c == nil {
			continue
		}
		path := "categories[" + idOr(c.ID, i) + "]"
		put(path+".name", c.Name)
		list(path+".items", c.Items)
		put(path+".description", c.Description)
		put(path+".source_detail", c.SourceDetail)
		retention(path, c.Retention)
	}
	for i, e := range p.NotCollected {
		path := "not_collected[" + idOr(e.ID, i) + "]"
		put(path+".name", e.Name)
		put(path+".note", e.Note)
	}
	for i, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		path := "purposes[" + idOr(pu.ID, i) + "]"
		put(path+".name", pu.Name)
		put(path+".description", pu.Description)
		put(path+".interest", pu.Interest)
		put(path+".withdraw", pu.Withdraw)
		put(path+".automated", pu.Automated)
		retention(path, pu.Retention)
	}
	for i, r := range p.Recipients {
		if r == nil {
			continue
		}
		path := "recipients[" + idOr(r.ID, i) + "]"
		put(path+".name", r.Name)
		put(path+".purpose", r.Purpose)
	}
	for i, t := range p.Transfers {
		put("transfers["+strconv.Itoa(i)+"].note", t.Note)
	}
	for i, r := range p.Rights {
		put("rights["+strconv.Itoa(i)+"].how", r.How)
	}
	for i, m := range p.Security {
		put("security["+strconv.Itoa(i)+"].name", m.Name)
		put("security["+strconv.Itoa(i)+"].description", m.Description)
	}
	put("children.note", p.Children.Note)
	put("changes.note", p.Changes.Note)
	put("contact.name", p.Contact.Name)
	put("contact.address", p.Contact.Address)
}

func idOr(id string, i int) string {
	if id != "" && policy.ValidID(id) {
		return id
	}
	return strconv.Itoa(i)
}
