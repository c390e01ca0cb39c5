package policy

import (
	"fmt"
	"slices"
	"strconv"

	"golang.org/x/text/language"
)

// A LawRule is something a data-protection law requires a privacy policy to
// state. [Policy.Validate] checks the rules of every law in Policy.Laws.
// Rules are data: the coverage table in docs/coverage.md is generated from
// them.
type LawRule struct {
	// ID is the rule's stable identifier, such as "gdpr.13.1.c", and the
	// Rule of its findings.
	ID Rule
	// Law is the law the rule enforces.
	Law Law
	// Article is the provision, such as "Art. 13(1)(c)".
	Article string
	// Element is what the policy must state, in words.
	Element string
	// CoveredBy names the model rule that already enforces the element
	// for every policy, where one does; such a rule has no check of its
	// own and adds no second finding.
	CoveredBy Rule

	check func(c *lawCheck)
	scope bool // runs also for a policy without personal data
}

// scopeRule returns the rule that says when a policy falls outside law:
// for a policy that declares no personal data it warns about what could
// still bring the service into scope; the law's other rules do not run.
func scopeRule(id Rule, law Law, article string) LawRule {
	return LawRule{ID: id, Law: law, Article: article, scope: true,
		Element: "scope: the law applies to personal data; a policy that declares none is checked only for what could still be personal data",
		check: func(c *lawCheck) {
			if c.p.CollectsPersonalData() {
				return
			}
			for i, cat := range c.p.Categories {
				if cat == nil {
					continue
				}
				if slices.Contains(cat.Sources, FromUser) {
					c.add(Warning, elem("categories", cat.ID, i), "users may type personal data into %q although the policy declares none; say how such data is handled, or declare it", cat.ID)
				}
				if slices.Contains(cat.Sources, Automatic) {
					c.add(Warning, elem("categories", cat.ID, i), "data collected automatically (%q) often comes with IP addresses in server logs, which are personal data; confirm none is kept", cat.ID)
				}
			}
		}}
}

// Rules returns the rules of law, in the order of the law's articles.
func Rules(law Law) []LawRule {
	var out []LawRule
	for _, r := range lawRules {
		if r.Law == law {
			out = append(out, r)
		}
	}
	return out
}

// lawCheck is the state of one rule's check.
type lawCheck struct {
	v    *validator
	p    *Policy
	rule *LawRule
}

func (c *lawCheck) add(sev Severity, path, format string, args ...any) {
	msg := fmt.Sprintf(format, args...) + fmt.Sprintf(" (%s %s)", c.rule.Law.Name(), c.rule.Article)
	c.v.out = append(c.v.out, Finding{Path: path, Rule: c.rule.ID, Severity: sev, Message: msg})
}

// laws runs the rules of each law p declares, once per law.
func (v *validator) laws() {
	var seen []Law
	for _, law := range v.p.Laws {
		if !law.Valid() || slices.Contains(seen, law) {
			continue
		}
		seen = append(seen, law)
		// A policy without personal data is outside every law's scope: only
		// the scope rule runs, with the warnings a reviewer still wants.
		inScope := v.p.CollectsPersonalData()
		for i := range lawRules {
			r := &lawRules[i]
			if r.Law == law && r.check != nil && (inScope || r.scope) {
				r.check(&lawCheck{v: v, p: v.p, rule: r})
			}
		}
	}
}

// facts are what the law rules ask of each category, gathered in one pass
// over the categories so that each rule scans a compact slice instead of
// chasing every category's pointer again.
type facts uint8

const (
	factPersonal       facts = 1 << iota // holds personal data
	factElsewhere                        // comes from third parties or public sources
	factNoItems                          // lists no items
	factNoSourceDetail                   // names no third party or public source
	factNoCCPA                           // maps to no CCPA category
	factNoSources                        // states no source
	factNotStoredInRU                    // does not store Russian users' data in Russia
	factSensitive                        // special category or sensitive personal information
)

func categoryFacts(c *Category) facts {
	var f facts
	if c.Personal() {
		f |= factPersonal
	}
	if fromElsewhere(c) {
		f |= factElsewhere
	}
	if len(c.Items) == 0 {
		f |= factNoItems
	}
	if c.SourceDetail == "" {
		f |= factNoSourceDetail
	}
	if len(c.CCPA) == 0 {
		f |= factNoCCPA
	}
	if len(c.Sources) == 0 {
		f |= factNoSources
	}
	if !storedIn(c.Storage, russia) {
		f |= factNotStoredInRU
	}
	if c.Sensitivity == Special || c.Sensitivity == Sensitive {
		f |= factSensitive
	}
	return f
}

// russia is the region of 152-FZ's localisation rule.
var russia = region("RU")

// each calls fn for every personal-data category that has all the facts
// in want.
func (c *lawCheck) each(want facts, fn func(i int, cat *Category)) {
	want |= factPersonal
	for i, f := range c.v.facts {
		if f&want == want {
			fn(i, c.p.Categories[i])
		}
	}
}

func hasRight(p *Policy, k RightKind) bool {
	for _, r := range p.Rights {
		if r.Kind == k {
			return true
		}
	}
	return false
}

func usesConsent(p *Policy) bool {
	for _, pu := range p.Purposes {
		if pu != nil && (pu.HasBasis(Consent) || pu.HasBasis(ExplicitConsent)) {
			return true
		}
	}
	return false
}

// requireRights adds a finding for each of kinds p does not list.
func requireRights(c *lawCheck, kinds ...RightKind) {
	for _, k := range kinds {
		if !hasRight(c.p, k) {
			c.add(Error, "rights", "the policy does not state the right %s", k.Name())
		}
	}
}

// groundsCited checks that every purpose using personal data rests on a
// ground law recognises; special says whether to look at the grounds for
// special categories instead.
func groundsCited(c *lawCheck, law Law, special bool) {
	for i, pu := range c.p.Purposes {
		if pu == nil {
			continue
		}
		uses := false
		for _, cat := range pu.Categories {
			if special {
				uses = uses || (cat != nil && (cat.Sensitivity == Special || cat.Sensitivity == Sensitive))
			} else {
				uses = uses || cat.Personal()
			}
		}
		if !uses || len(pu.Bases) == 0 {
			continue // no personal data, or basis.missing already says so
		}
		ok := false
		for _, b := range pu.Bases {
			cite, has := b.Citation(law)
			if has && (!special || b.Special() || law == LGPD && len(cite) > 7 && cite[:7] == "Art. 11") {
				ok = true
			}
		}
		if !ok {
			what := "a legal ground"
			if special {
				what = "a ground for special or sensitive data"
			}
			c.add(Error, elem("purposes", pu.ID, i)+".bases", "purpose %q rests on no %s that %s recognises", pu.ID, what, law.Name())
		}
	}
}

// transfers checks that each transfer abroad has a safeguard law
// recognises, and that each recipient abroad is covered by a transfer.
func transfers(c *lawCheck, law Law) {
	p := c.p
	covered := map[language.Region]bool{}
	for i, t := range p.Transfers {
		if !t.AppliesUnder(law) || !regionOK(t.Destination) || home(law, t.Destination) {
			continue
		}
		covered[t.Destination] = true
		path := func() string { return "transfers[" + strconv.Itoa(i) + "].safeguard" }
		dest := t.Destination.String()
		switch s := t.Safeguard; {
		case s == 0:
			// transfer.safeguard.missing says so.
		case s == PrivacyShield:
			c.add(Error, path(), "the EU-US Privacy Shield was invalidated by the Court of Justice on %s (C-311/18, Schrems II) and is no safeguard; use the Data Privacy Framework for certified recipients or standard contractual clauses", privacyShieldEnd)
		case s == Adequacy:
			if _, ok := adequacyFor(law, t.Destination); !ok {
				c.add(Error, path(), "%s has no adequacy decision under %s (as of %s); state another safeguard", dest, law.Name(), adequacyAsOf)
			}
		case law == FZ152 && s != ExplicitConsentTransfer && s != ContractNecessity:
			c.add(Error, path(), "152-FZ does not recognise %s; to a country without adequate protection, data goes only with the data subject's written consent or to perform a contract with them", s.Name())
		case s == DataPrivacyFramework && dest != "US":
			c.add(Error, path(), "the Data Privacy Framework covers certified recipients in the United States only, not %s", dest)
		case s == StandardClauses && law == UKGDPR:
			c.add(Error, path(), "EU standard contractual clauses need the UK Addendum for transfers under the UK GDPR; declare uk_transfer_agreement")
		case s == UKTransferAgreement && law != UKGDPR:
			c.add(Error, path(), "the UK International Data Transfer Agreement is a safeguard under the UK GDPR only")
		}
	}
	for i, r := range p.Recipients {
		if r == nil || r.Country == (language.Region{}) || !regionOK(r.Country) || home(law, r.Country) || r.Country == p.Controller.Country {
			continue
		}
		if !covered[r.Country] {
			c.add(Error, elem("recipients", r.ID, i)+".country", "recipient %q is in %s, but no transfer to %s is declared with a safeguard under %s", r.ID, r.Country, r.Country, law.Name())
		}
	}
}
