// The laws that lay down a purpose's legal obligation or public task.

package render

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// acts returns the laws obs names, in the document's words, each
// followed by its jurisdiction where named is true; obs are declared at
// path+list ("purposes[x]" and ".obligations"), each element as
// list+"[j]". An unnamed law is left out.
func (c *composer) acts(path, list string, obs []policy.Obligation, named bool) []string {
	var acts []string
	for j, o := range obs {
		if o.Act == "" {
			continue
		}
		field := list + "[" + strconv.Itoa(j) + "]"
		s := c.fragment(at(path, field+".act"), o.Act)
		if named && o.Region != (language.Region{}) {
			s = c.withRegion(at(path, field+".region"), s, o.Region)
		}
		acts = append(acts, s)
	}
	return acts
}

// withRegion returns the name of act followed by its jurisdiction r,
// declared at l, in brackets ("Accounting Act (Finland)"). A name that
// ends in brackets of its own takes the jurisdiction inside them
// ("Gaming Act (Chapter 583; Malta)"), so that two brackets do not follow
// each other. Brackets that follow a number without a space cite a
// provision ("Art. 23(1)(8)") and are left as they are. An act whose
// name already names the jurisdiction, in any grammatical case ("Gaming
// Act (Chapter 583 of the Laws of Malta)", "Tax Code of the Russian
// Federation" for Russia, «Налогового кодекса Российской Федерации» for
// «Российская Федерация»), takes none.
func (c *composer) withRegion(l loc, act string, r language.Region) string {
	name := c.region(r)
	if mentionsPlace(act, name) {
		return act
	}
	c.fromAt(l)
	open := strings.LastIndexByte(act, '(')
	if !strings.HasSuffix(act, ")") || open < 1 || act[open-1] != ' ' || provisionLabel(act[open+1:len(act)-1]) {
		return act + " (" + name + ")"
	}
	return act[:len(act)-1] + "; " + name + ")"
}

// provisionLabel reports whether s, the content of a bracket, labels a
// provision, as "2" does in "art. 130(1) and (2)": a number, with a
// letter after it or not, a letter or a roman numeral, not a
// parenthetical of the act's own, such as its abbreviation "(BDSG)".
func provisionLabel(s string) bool {
	if s == "" {
		return false
	}
	digits := strings.TrimLeft(s, "0123456789")
	switch {
	case len(digits) < len(s):
		return len(digits) <= 1 && strings.IndexFunc(digits, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
	case len(s) == 1:
		return s[0] >= 'a' && s[0] <= 'z'
	}
	return strings.Trim(s, "ivxlc") == ""
}

// mentionsPlace reports whether act holds the words of name, a place,
// one after another, each word of name matched by its stem: the word
// without its last two letters where it has six or more, without its
// last letter where it has five, whole where it is shorter; words of
// three letters or fewer ("the", "of") are not compared, unless name has
// no other ("UK"), when they are compared whole. The stems let
// a declined name match: «Российской Федерации» holds «Российская
// Федерация», "Russian" holds "Russia".
func mentionsPlace(act, name string) bool {
	var stems []string
	for _, w := range strings.FieldsFunc(name, notLetter) {
		n := utf8.RuneCountInString(w)
		switch {
		case n <= 3:
			continue
		case n >= 6:
			w = string([]rune(w)[:n-2])
		case n == 5:
			w = string([]rune(w)[:n-1])
		}
		stems = append(stems, strings.ToLower(w))
	}
	if len(stems) == 0 {
		for _, w := range strings.FieldsFunc(name, notLetter) {
			stems = append(stems, strings.ToLower(w))
		}
		if len(stems) == 0 {
			return false
		}
	}
	words := strings.FieldsFunc(strings.ToLower(act), notLetter)
	for i := range words {
		if i+len(stems) > len(words) {
			break
		}
		// The words of act that follow one another, short ones aside.
		k, ok := i, true
		for _, st := range stems {
			for k < len(words) && utf8.RuneCountInString(words[k]) <= 3 && k > i {
				k++
			}
			if k >= len(words) || !strings.HasPrefix(words[k], st) {
				ok = false
				break
			}
			k++
		}
		if ok {
			return true
		}
	}
	return false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// legalActs states the laws and other acts the processing as a whole
// rests on (Policy.LegalActs), each with its jurisdiction where the laws
// the policy names are of more than one.
func (c *composer) legalActs(sb *sectionBuilder) {
	p, pr := c.p, c.pr
	var items []*Clause
	for j, o := range p.LegalActs {
		if o.Act == "" {
			continue
		}
		path := "legal_acts[" + strconv.Itoa(j) + "]"
		s := capitaliseName(c.fragment(at(path, ".act"), o.Act))
		if o.Region != (language.Region{}) && c.jurisdictions() > 1 {
			s = c.withRegion(at(path, ".region"), s, o.Region)
		}
		if !strings.HasSuffix(s, ".") {
			s += "."
		}
		items = append(items, c.item("", plain(s)))
	}
	if len(items) > 0 {
		c.library()
		sb.clause("acts", plain(pr.Sprintf("We process personal data on the basis of the following laws and other acts:")), items...)
	}
}

// jurisdictions returns 1 where every law the policy names (its legal
// acts, the laws laying down its purposes' obligations or requiring
// consent to them, and its categories' duties of secrecy) is of one
// jurisdiction, whose law every declared law with grounds accepts (a
// policy under 152-FZ alone naming Russian laws), or none is named; and 2
// otherwise: a document names an act's jurisdiction only where the
// reader cannot take it for granted, as where a Russian law grounds a
// purpose under 152-FZ but not under the GDPR.
func (c *composer) jurisdictions() int {
	if c.lawRegions != 0 {
		return c.lawRegions
	}
	c.lawRegions = 1
	var first language.Region
	see := func(os []policy.Obligation) {
		for _, o := range os {
			switch {
			case o.Region == (language.Region{}) || o.Region == first:
			case first == (language.Region{}):
				first = o.Region
			default:
				c.lawRegions = 2
			}
		}
	}
	see(c.p.LegalActs)
	for _, pu := range c.p.Purposes {
		if pu != nil && c.lawRegions == 1 {
			see(pu.Obligations)
			see(pu.ConsentRequiredBy)
			see(pu.ConsentExemptBy)
			see(pu.TippingOff)
		}
	}
	for _, cat := range c.p.Categories {
		if cat != nil && c.lawRegions == 1 {
			see(cat.Secrecy.Laws)
		}
	}
	for _, law := range c.p.Laws {
		if first != (language.Region{}) && law.HasGrounds() && !law.Domestic(first) {
			c.lawRegions = 2
		}
	}
	return c.lawRegions
}

// obligationsOf appends to t the laws that lay down the legal obligation,
// or the task in the public interest, that pu, declared at path, rests on
// (Purpose.Obligations), each with the jurisdiction whose law it is, so
// that a reader sees which law a ground of GDPR Art. 6(1)(c) or (e)
// relies on (Art. 6(3)).
func (c *composer) obligationsOf(t *text, path string, pu *policy.Purpose) {
	acts := c.acts(path, ".obligations", pu.Obligations, c.jurisdictions() > 1)
	pr := c.pr
	task := pu.HasBasis(policy.BasisPublicTask) && !pu.HasBasis(policy.BasisLegalObligation)
	switch {
	case len(acts) == 0:
	case task && len(acts) == 1:
		t.sentence(pr.Sprintf("Law laying down the task: %s.", acts[0]))
	case task:
		t.sentence(pr.Sprintf("Laws laying down the task: %s.", c.nameList(acts)))
	case len(acts) == 1:
		t.sentence(pr.Sprintf("Law imposing the obligation: %s.", acts[0]))
	default:
		t.sentence(pr.Sprintf("Laws imposing the obligation: %s.", c.nameList(acts)))
	}
}

// consentLawsOf appends to t the laws other than the data-protection
// law that require consent to pu, declared at path
// (Purpose.ConsentRequiredBy), each with the jurisdiction whose law it is
// where the reader cannot take it for granted, so that a reader sees why
// the purpose asks for consent; only for a purpose that rests on
// consent, as Validate requires.
func (c *composer) consentLawsOf(t *text, path string, pu *policy.Purpose) {
	if len(pu.ConsentRequiredBy) == 0 || !pu.RestsOnConsent() {
		return
	}
	acts := c.acts(path, ".consent_required_by", pu.ConsentRequiredBy, c.jurisdictions() > 1)
	switch len(acts) {
	case 0:
	case 1:
		// The act's name follows a colon, so that it needs no article
		// ("the Telephone Consumer Protection Act").
		t.sentence(c.pr.Sprintf("We ask for your consent because the law requires it: %s.", acts[0]))
	default:
		t.sentence(c.pr.Sprintf("We ask for your consent because these laws require it: %s.", c.nameList(acts)))
	}
}

// consentExemptionOf appends to t the laws other than the data-protection
// law that let pu, declared at path, go ahead without consent
// (Purpose.ConsentExemptBy), with the person's right to refuse that such
// laws attach; only for a purpose that does not rest on consent and
// allows an opt-out, as Validate requires. It reports whether it stated
// anything.
func (c *composer) consentExemptionOf(t *text, path string, pu *policy.Purpose) bool {
	if len(pu.ConsentExemptBy) == 0 || pu.RestsOnConsent() || !pu.OptOut {
		return false
	}
	acts := c.acts(path, ".consent_exempt_by", pu.ConsentExemptBy, c.jurisdictions() > 1)
	if len(acts) == 0 {
		return false
	}
	c.fromAt(at(path, ".opt_out"))
	switch len(acts) {
	case 1:
		t.sentence(capitalise(c.pr.Sprintf("%s allows this without your consent; you can refuse it at any time, free of charge, and we remind you of this each time we contact you.", acts[0])))
	default:
		t.sentence(c.pr.Sprintf("These laws allow this without your consent: %s; you can refuse it at any time, free of charge, and we remind you of this each time we contact you.", c.nameList(acts)))
	}
	if how := pu.OptOutHow; how != "" {
		t.sentence(c.pr.Sprintf("How to refuse it: %s.", c.fragment(at(path, ".opt_out_how"), how)))
	}
	return true
}

// criminalOf appends to t what allows pu, declared at path, to process
// data relating to criminal convictions and offences
// (Purpose.Criminal): official authority, the laws that authorise it,
// each with its jurisdiction where the reader cannot take it for
// granted, and the condition of DPA 2018 Schedule 1 it meets.
func (c *composer) criminalOf(t *text, path string, pu *policy.Purpose) {
	a, pr := &pu.Criminal, c.pr
	if a.Official {
		c.fromAt(at(path, ".criminal.official"))
		t.sentence(pr.Sprintf("We process data relating to criminal convictions and offences for this purpose under the control of official authority."))
	}
	var acts []string
	if len(a.Laws) > 0 { // criminalRegions reads every purpose: only where needed
		acts = c.acts(path, ".criminal.laws", a.Laws, c.jurisdictions() > 1 || c.criminalRegions())
	}
	switch len(acts) {
	case 0:
	case 1:
		t.sentence(pr.Sprintf("Law authorising the processing of data relating to criminal convictions and offences: %s.", acts[0]))
	default:
		t.sentence(pr.Sprintf("Laws authorising the processing of data relating to criminal convictions and offences: %s.", c.nameList(acts)))
	}
	if d := a.Condition; d.Valid() {
		c.fromAt(at(path, ".criminal.condition"))
		part, para := d.Paragraph()
		t.sentence(pr.Sprintf("Condition for processing data relating to criminal convictions and offences in the United Kingdom: %s (Data Protection Act 2018, Schedule 1, Part %d, paragraph %d).",
			pr.Sprintf(d.Name()), part, para))
	}
}

// specialConditionOf appends to t the condition of DPA 2018 Schedule 1 on
// which pu, declared at path, processes special categories of personal
// data under the UK GDPR (Purpose.SpecialCondition).
func (c *composer) specialConditionOf(t *text, path string, pu *policy.Purpose) {
	d := pu.SpecialCondition
	if !d.Valid() {
		return
	}
	c.fromAt(at(path, ".special_condition"))
	part, para := d.Paragraph()
	t.sentence(c.pr.Sprintf("Condition for processing special categories of personal data in the United Kingdom: %s (Data Protection Act 2018, Schedule 1, Part %d, paragraph %d).",
		c.pr.Sprintf(d.Name()), part, para))
}

// criminalRegions reports whether the laws the purposes name as
// authorising the processing of criminal-offence data are of more than
// one jurisdiction, so that each is named with its own.
func (c *composer) criminalRegions() bool {
	var first language.Region
	for _, pu := range c.p.Purposes {
		if pu == nil {
			continue
		}
		for _, o := range pu.Criminal.Laws {
			switch {
			case o.Region == (language.Region{}) || o.Region == first:
			case first == (language.Region{}):
				first = o.Region
			default:
				return true
			}
		}
	}
	return false
}

// tippingOffOf appends to t that the law forbids telling the person of
// a report about them made for pu, declared at path (Purpose.TippingOff),
// so that an answer to an access request leaves it out, and the laws
// that forbid it, each with the jurisdiction whose law it is where the
// reader cannot take it for granted.
func (c *composer) tippingOffOf(t *text, path string, pu *policy.Purpose) {
	acts := c.acts(path, ".tipping_off", pu.TippingOff, c.jurisdictions() > 1)
	if len(acts) == 0 {
		return
	}
	pr := c.pr
	t.sentence(pr.Sprintf("The law forbids us to tell you that we have reported a suspicion about you to the authorities or that an investigation is under way, and an answer to your request for access to your data leaves this out."))
	if len(acts) == 1 {
		t.sentence(pr.Sprintf("Law that forbids it: %s.", acts[0]))
	} else {
		t.sentence(pr.Sprintf("Laws that forbid it: %s.", c.nameList(acts)))
	}
}
