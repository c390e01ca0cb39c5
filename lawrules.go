package policy

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// A Requirement is something a data-protection law requires a privacy policy to
// state. [Policy.Validate] checks the rules of every law in Policy.Laws.
// Rules are data: the coverage table in docs/coverage.md is generated from
// them.
type Requirement struct {
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

	check    func(c *lawCheck)
	scope    bool // runs also for a policy without personal data
	transfer bool // checks transfers under the law's transfer regime
}

// scopeRule returns the rule that says when a policy falls outside law:
// for a policy that declares no personal data it warns about what could
// still bring the service into scope; the law's other rules do not run.
func scopeRule(id Rule, law Law, article string) Requirement {
	return Requirement{ID: id, Law: law, Article: article, scope: true,
		Element: "scope: the law applies to personal data; a policy that declares none is checked only for what could still be personal data",
		check: func(c *lawCheck) {
			if c.p.CollectsPersonalData() {
				return
			}
			for i, cat := range c.p.Categories {
				if cat == nil {
					continue
				}
				if slices.Contains(cat.Sources, SourceUser) {
					c.add(SeverityWarning, elem("categories", cat.ID, i), "users may type personal data into %q although the policy declares none; say how such data is handled, or declare it", cat.ID)
				}
				if slices.Contains(cat.Sources, SourceAutomatic) {
					c.add(SeverityWarning, elem("categories", cat.ID, i), "data collected automatically (%q) often comes with IP addresses in server logs, which are personal data; confirm none is kept", cat.ID)
				}
			}
		}}
}

// lawCheck is the state of one rule's check.
type lawCheck struct {
	v *validator
	// p is the policy as the rule's law sees it: where some purposes
	// concern other regions' data subjects only, a copy without them
	// (see scoped).
	p *Policy
	// facts are the facts of each category, by index in
	// Policy.Categories, as the rule's law sees them: zero for a
	// category only purposes outside its reach use.
	facts []facts
	rule  *Requirement
}

// personal reports whether category i holds personal data the rule's
// law judges.
func (c *lawCheck) personal(i int) bool { return c.facts[i]&factPersonal != 0 }

func (c *lawCheck) add(sev Severity, path, format string, args ...any) {
	msg := fmt.Sprintf(format, args...) + " (" + citation(c.rule.Law, c.rule.Article) + ")"
	c.v.out = append(c.v.out, Finding{Path: path, Rule: c.rule.ID, Severity: sev, Message: msg})
}

// citation cites article of law in a finding's message: "GDPR Art.
// 13(1)(a)" for an article of the law itself, the article alone where it
// names its own act ("Directive 2002/58/EC (ePrivacy) Art. 5(3)", "Cal.
// Civ. Code 1798.130(a)(5)"), which the law's name before it would
// misattribute.
func citation(law Law, article string) string {
	if strings.HasPrefix(article, "Art") {
		return law.Name() + " " + article
	}
	return article
}

// laws runs the rules of each law p declares, once per law.
func (v *validator) laws() {
	v.ccpaNotice()
	v.usStatesNotice()
	v.transferTexts()
	v.privacyShield()
	var seen []Law
	for _, law := range v.p.Laws {
		if !law.Valid() || slices.Contains(seen, law) {
			continue
		}
		seen = append(seen, law)
		// A policy without personal data is outside every law's scope: only
		// the scope rule runs, with the warnings a reviewer still wants.
		inScope := v.p.CollectsPersonalData()
		base := lawCheck{v: v, p: v.p, facts: v.facts}
		if v.regional {
			base.p, base.facts = v.scoped(law)
		}
		rules := law.descriptor().rules
		for i := range rules {
			r := &rules[i]
			if r.check != nil && (inScope || r.scope) {
				c := base
				c.rule = r
				r.check(&c)
			}
		}
	}
}

// scoped returns the policy and the category facts as law sees them,
// where some purposes concern only data subjects in regions outside its
// home area (Purpose.Regions): a shallow copy of the policy whose
// Purposes hold nil in place of those purposes, so that every purpose
// keeps its index, and facts that are zero for each category only those
// purposes use. A category no purpose uses stays: the policy still states
// it to everyone.
func (v *validator) scoped(law Law) (*Policy, []facts) {
	p := v.p
	var out []bool // by index in p.Purposes: outside law's reach
	for i, pu := range p.Purposes {
		if pu != nil && !pu.AppliesUnder(law) {
			if out == nil {
				out = make([]bool, len(p.Purposes))
			}
			out[i] = true
		}
	}
	if out == nil {
		return p, v.facts
	}
	const inReach, outOfReach = 1, 2
	reach := make([]uint8, len(p.Categories))
	for i, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		mark := uint8(inReach)
		if out[i] {
			mark = outOfReach
		}
		for _, c := range pu.Categories {
			if k := v.find(c); k >= 0 {
				reach[k] |= mark
			}
		}
	}
	for _, r := range v.repeated {
		reach[r[0]] = reach[r[1]]
	}
	q := *p
	q.Purposes = slices.Clone(p.Purposes)
	for i := range out {
		if out[i] {
			q.Purposes[i] = nil
		}
	}
	fs := slices.Clone(v.facts)
	for k, r := range reach {
		if r == outOfReach {
			fs[k] = 0
		}
	}
	return &q, fs
}

// facts are what the law rules ask of each category, gathered in one pass
// over the categories so that each rule scans a compact slice instead of
// chasing every category's pointer again.
type facts uint16

const (
	factPersonal       facts = 1 << iota // holds personal data
	factElsewhere                        // comes from third parties, public sources or other users
	factNoItems                          // lists no items
	factNoSourceDetail                   // names no third party or public source
	factNoCCPA                           // maps to no CCPA category
	factNoSources                        // states no source
	factNotStoredInRU                    // does not store Russian users' data in Russia
	factSensitive                        // special category or sensitive personal information
	factSpecial                          // special category (GDPR Art. 9, 152-FZ Art. 10)
	factBiometric                        // biometric data
	factCriminal                         // data relating to criminal convictions and offences
	factPublic                           // becomes public (a valid Visibility other than by a link the person shares)
	factUSSensitive                      // sensitive, and not exempt from the CCPA and the US state laws (GovernedBy)
	factUSBiometric                      // biometric, and not exempt from the CCPA and the US state laws (GovernedBy)
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
	if c.SourceDetail == "" && (slices.Contains(c.Sources, SourceThirdParty) || slices.Contains(c.Sources, SourcePublic)) {
		f |= factNoSourceDetail
	}
	// Publicly available information is not personal information under
	// the CCPA (Cal. Civ. Code 1798.140(v)(2)), so a category taken only
	// from public sources needs no CCPA category; nor does data that never
	// leaves the consumer's device, which the business does not collect
	// (obtain, receive or gather, 1798.140(f)).
	// Nor does data a US federal law governs, which the CCPA exempts
	// (1798.145(d)-(f), 1798.146).
	if len(c.CCPA) == 0 && !onlyPublic(c.Sources) && c.OnDevice != OnDeviceOnly && c.GovernedBy == 0 {
		f |= factNoCCPA
	}
	if len(c.Sources) == 0 {
		f |= factNoSources
	}
	if !storedIn(c.Storage, russia) { // 152-FZ Art. 18(5)
		f |= factNotStoredInRU
	}
	if c.Sensitivity == SensitivitySpecial || c.Sensitivity == SensitivitySensitive {
		f |= factSensitive
		if c.GovernedBy == 0 {
			f |= factUSSensitive
		}
	}
	if c.Sensitivity == SensitivitySpecial {
		f |= factSpecial
	}
	if c.Biometric {
		f |= factBiometric
		if c.GovernedBy == 0 {
			f |= factUSBiometric
		}
	}
	if c.Criminal {
		f |= factCriminal
	}
	// Data the person shares by a link goes to whom the person chooses,
	// not to an indefinite circle the service publishes to.
	if c.Visibility.Valid() && c.Visibility != VisibilityLink {
		f |= factPublic
	}
	return f
}

// onlyPublic reports whether sources names public sources and nothing
// else.
func onlyPublic(sources []Source) bool {
	return len(sources) > 0 && !slices.ContainsFunc(sources, func(s Source) bool { return s != SourcePublic })
}

// A basisSet is a set of valid legal grounds.
type basisSet uint64

func basesOf(bs []Basis) basisSet {
	var s basisSet
	for _, b := range bs {
		s |= basisSet(0).with(b)
	}
	return s
}

// with returns s with b, unless b is not a valid ground.
func (s basisSet) with(b Basis) basisSet {
	if b.Valid() && b < 64 {
		s |= 1 << b
	}
	return s
}

func (s basisSet) has(b Basis) bool { return b < 64 && s&(1<<b) != 0 }

// rests reports whether purpose i rests on any of the grounds bs, from
// the grounds that references gathered for each purpose.
func (c *lawCheck) rests(i int, bs ...Basis) bool {
	for _, b := range bs {
		if c.v.purposeBases[i].has(b) {
			return true
		}
	}
	return false
}

// uses reports whether purpose i uses a category with any of the facts in
// want, from the facts that references gathered for each purpose.
func (c *lawCheck) uses(i int, want facts) bool { return c.v.purposeFacts[i]&want != 0 }

// each calls fn for every personal-data category that has all the facts
// in want.
func (c *lawCheck) each(want facts, fn func(i int, cat *Category)) {
	want |= factPersonal
	for i, f := range c.facts {
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
		if pu != nil && (pu.HasBasis(BasisConsent) || pu.HasBasis(BasisExplicitConsent)) {
			return true
		}
	}
	return false
}

// portable reports whether the right to data portability applies to some
// purpose: it covers only processing on consent, explicit consent or a
// contract (GDPR and UK GDPR Art. 20(1)(a)), so a controller that relies
// on other grounds alone, such as a public authority on its public task,
// need not state it.
func portable(c *lawCheck) bool {
	for i, pu := range c.p.Purposes {
		if pu != nil && c.rests(i, BasisConsent, BasisExplicitConsent, BasisContract) {
			return true
		}
	}
	return false
}

// requireRights adds a finding for each of kinds p does not list.
func requireRights(c *lawCheck, kinds ...RightKind) {
	for _, k := range kinds {
		if !hasRight(c.p, k) {
			c.add(SeverityError, "rights", "the policy does not state the right %s", k.Name())
		}
	}
}

// groundsCited checks that every purpose using personal data rests on a
// ground the rule's law cites; special says whether to look at the grounds
// for special categories instead.
func groundsCited(c *lawCheck, special bool) {
	law := c.rule.Law
	var recognised basisSet // the grounds that count
	for b := range Basis(64) {
		_, cited := b.Citation(law)
		if cited && (!special || b.Special()) || special && law.descriptor().specialCite[b] != "" {
			recognised = recognised.with(b)
		}
	}
	for i, pu := range c.p.Purposes {
		if pu == nil {
			continue
		}
		want := factPersonal
		if special {
			want = factSensitive
		}
		if !c.uses(i, want) || len(pu.Bases) == 0 {
			continue // no personal data, or basis.missing already says so
		}
		if c.v.purposeBases[i]&recognised == 0 {
			what := "a legal ground"
			if special {
				what = "a ground for special or sensitive data"
			}
			c.add(SeverityError, elem("purposes", pu.ID, i)+".bases", "purpose %q rests on no %s that %s recognises", pu.ID, what, law.Name())
		}
	}
}

// transferRule returns the rule that checks transfers under law's
// transfer regime (the descriptor's transfers): each transfer abroad that
// the law governs ([Policy.TransferLaws]: a transfer that states its
// origin is judged under the laws of that origin) needs a safeguard the
// law recognises, and each recipient abroad a transfer.
func transferRule(id Rule, law Law, article, element string) Requirement {
	return Requirement{ID: id, Law: law, Article: article, Element: element, transfer: true, check: transfers}
}

// transfers is the check of a transfer rule. Transfers are judged by the
// law of the day the policy takes effect (judgedOn): a decision not yet
// adopted or already expired on that day does not count.
func transfers(c *lawCheck) {
	p, law := c.p, c.rule.Law
	regime := law.descriptor().transfers
	on := judgedOn(p, regime)
	if stale := Years(1).AddTo(regime.checked); on.After(stale) {
		c.add(SeverityWarning, "effective", "this version of the library records %s as they stood on %s, more than a year before %s, the day this policy is judged on; later changes are not known to it", regime.terms.list, regime.checked, on)
	}
	covered := map[language.Region]bool{}
	var last language.Region // the destination recorded last, as most repeat
	for i, t := range p.Transfers {
		if !p.governs(law, t) {
			continue
		}
		if t.Organisation == 0 && t.ChosenDestination == 0 && t.Destination != last {
			covered[t.Destination] = true
			last = t.Destination
		}
		// Paths are built only for a finding, so a valid policy costs no
		// allocation per transfer.
		path := func() string { return "transfers[" + strconv.Itoa(i) + "].safeguard" }
		switch s := t.Safeguard; {
		case s == 0:
			// transfer.safeguard.missing says so.
		case t.ChosenDestination != 0 && !s.independent():
			// transfer.destination.chosen says so: no safeguard that
			// depends on the destination holds for an unknown one.
		case s == SafeguardPrivacyShield:
			if !regime.privacyShield || on.Before(privacyShieldStart) || !on.Before(privacyShieldEnd) {
				c.add(SeverityError, path(), "%s", privacyShieldMessage())
			}
		case s == SafeguardAdequacy:
			adequate(c, regime, t, path, on)
		case s == SafeguardDataPrivacyFramework:
			if why := dpfOutsideUS(s, t.Destination); why != "" {
				c.add(SeverityError, path(), "%s", why)
				break
			}
			certified(c, regime, path, on)
		default:
			if why := regime.refuse(s, t.Destination, on); why != "" {
				c.add(SeverityError, path(), "%s", why)
			}
		}
		if regime.check != nil {
			regime.check(c, i, t, on)
		}
	}
	var outside map[*Recipient]bool // built on the first recipient that needs it
	for i, r := range p.Recipients {
		if r == nil || r.Country == (language.Region{}) || !regionOK(r.Country) || law.Domestic(r.Country) || r.Country == p.Controller.Country {
			continue
		}
		if covered[r.Country] {
			continue
		}
		if outside == nil {
			outside = c.v.p.outsideOf(law)
		}
		if !outside[r] {
			c.add(SeverityError, elem("recipients", r.ID, i)+".country", "recipient %q is in %s, but no transfer to %s is declared with a safeguard under %s", r.ID, r.Country, r.Country, law.Name())
		}
	}
}

// outsideOf returns the recipients that receive no data of the people
// law protects: every purpose that names one concerns only the data
// subjects of regions outside law's area (Purpose.Regions), such as a
// local partner that runs a service for the people of its own country
// alone, and no cookie or transfer names it. The map is never nil.
func (p *Policy) outsideOf(law Law) map[*Recipient]bool {
	out := make(map[*Recipient]bool)
	for _, pu := range p.Purposes {
		if pu != nil && len(pu.Regions) > 0 && !pu.AppliesUnder(law) {
			for _, r := range pu.Recipients {
				out[r] = true
			}
		}
	}
	// A recipient that a purpose under law, a cookie or a transfer names
	// receives such data.
	for _, pu := range p.Purposes {
		if pu != nil && (len(pu.Regions) == 0 || pu.AppliesUnder(law)) {
			for _, r := range pu.Recipients {
				delete(out, r)
			}
		}
	}
	for _, ck := range p.Cookies {
		delete(out, ck.Provider)
	}
	for _, t := range p.Transfers {
		delete(out, t.Recipient)
	}
	return out
}

// addresses reports whether t is an international transfer under law: it
// applies under law and goes to an international organisation, to a
// valid country outside law's home area, or to whichever country the
// data subject's choice determines, which may be outside it.
func addresses(law Law, t Transfer) bool {
	if !t.AppliesUnder(law) {
		return false
	}
	if t.ChosenDestination != 0 {
		return t.ChosenDestination.Valid()
	}
	if t.Organisation != 0 {
		return t.Organisation.Valid()
	}
	return regionOK(t.Destination) && !law.Domestic(t.Destination)
}

// destinationName names t's destination in a message.
func destinationName(t Transfer) string {
	if t.ChosenDestination != 0 {
		return "the country the data subject's choice determines (chosen_destination " + t.ChosenDestination.String() + ")"
	}
	if t.Organisation != 0 {
		return t.Organisation.Name()
	}
	return t.Destination.String()
}

// adequate checks a transfer on Adequacy against regime's table on day on.
// Findings name the ground in the law's own terms (regime.terms).
func adequate(c *lawCheck, regime *transferRegime, t Transfer, path func() string, on Date) {
	terms, dest := regime.terms, destinationName(t)
	d, ok := regime.decision(t.Destination, t.Organisation, on)
	if !ok {
		ds := regime.decisionsFor(t.Destination, t.Organisation)
		switch {
		case len(ds) == 0:
			c.add(SeverityError, path(), "%s; state another safeguard", terms.none(dest, regime.checked))
		case on.Before(ds[0].Since):
			c.add(SeverityError, path(), "%s %s from %s, after %s, the day this policy takes effect; state another safeguard", terms.the(dest), terms.verb("applies", "apply"), ds[0].Since, on)
		default:
			c.add(SeverityError, path(), "%s expired on %s, before %s, the day this policy takes effect; state another safeguard", terms.the(dest), ds[len(ds)-1].Until, on)
		}
		return
	}
	switch {
	case d.Certified:
		c.add(SeverityError, path(), "%s %s only %s; declare data_privacy_framework for a certified recipient, or another safeguard", terms.the(dest), terms.verb("covers", "cover"), d.Scope)
	case d.Scope != "" && !t.WithinScope:
		c.add(SeverityError, path(), "%s %s only %s; say the recipient is one (within_scope) or state another safeguard", terms.the(dest), terms.verb("covers", "cover"), d.Scope)
	}
}

// certified checks a transfer on the Data Privacy Framework to the United
// States: the law must have a decision for certified organisations there,
// in force on day on.
func certified(c *lawCheck, regime *transferRegime, path func() string, on Date) {
	law := c.rule.Law
	var dpf []AdequacyDecision
	for _, d := range regime.decisionsFor(region("US"), 0) {
		if d.Certified {
			dpf = append(dpf, d)
		}
	}
	for _, d := range dpf {
		if d.InForce(on) {
			return
		}
	}
	if len(dpf) == 0 {
		c.add(SeverityError, path(), "%s; state a safeguard %s recognises", regime.terms.none("organisations in the United States certified under the Data Privacy Framework", regime.checked), law.Name())
		return
	}
	c.add(SeverityError, path(), "under %s the Data Privacy Framework (%s) applies from %s; it is no safeguard for a policy in effect on %s", law.Name(), dpf[0].Scope, dpf[0].Since, on)
}

// privacyShield reports each transfer on the Privacy Shield that no
// declared law's transfer rule judges.
func (v *validator) privacyShield() {
	for i, t := range v.p.Transfers {
		if t.Safeguard != SafeguardPrivacyShield {
			continue
		}
		judged := false
		for _, law := range v.p.Laws {
			if v.p.governs(law, t) {
				judged = true
			}
		}
		if !judged {
			v.add(SeverityError, RulePrivacyShield, "transfers["+strconv.Itoa(i)+"].safeguard", "%s", privacyShieldMessage())
		}
	}
}

// identified reports whether the controller is named and reachable.
func identified(c Controller) bool { return c.Name != "" && (c.Email != "" || c.Address != "") }

// ruleFor returns a constructor of law's rules whose IDs start with prefix.
func ruleFor(law Law, prefix string) func(id, article, element string, check func(*lawCheck)) Requirement {
	return func(id, article, element string, check func(*lawCheck)) Requirement {
		return Requirement{ID: Rule(prefix + "." + id), Law: law, Article: article, Element: element, check: check}
	}
}

// fromElsewhere reports whether a category's data comes from other
// sources than the data subject (GDPR Art. 14).
func fromElsewhere(c *Category) bool {
	return slices.ContainsFunc(c.Sources, func(s Source) bool {
		return s == SourceThirdParty || s == SourcePublic || s == SourceOtherUsers
	})
}

// storedIn reports whether ss stores data of users in r (or of all users)
// in r.
func storedIn(ss []Storage, r language.Region) bool {
	for _, s := range ss {
		if s.Location == r && (s.Subjects == r || s.Subjects == (language.Region{})) {
			return true
		}
	}
	return false
}

// requireBasisFor checks that purposes using a category with any of the
// facts in want rest on explicit (written) consent, or, where byLaw is
// true, on a legal obligation or public task under a law of the rule's
// own jurisdiction (a domestic obligation), which may provide for the
// processing without consent; why says so in the message.
func requireBasisFor(c *lawCheck, want facts, kind string, byLaw bool, why string) {
	law := c.rule.Law
	for i, pu := range c.p.Purposes {
		if pu == nil || !c.uses(i, want) || c.rests(i, BasisExplicitConsent) {
			continue
		}
		if byLaw && law < 64 && c.v.purposeDomestic[i]&(1<<law) != 0 && c.rests(i, BasisLegalObligation, BasisPublicTask) {
			continue
		}
		for _, cat := range pu.Categories {
			if cat != nil && categoryFacts(cat)&want != 0 {
				c.add(SeverityError, elem("purposes", pu.ID, i)+".bases", "purpose %q uses %s data (%q) without written consent (explicit_consent)%s", pu.ID, kind, cat.ID, why)
				break
			}
		}
	}
}

// deadlineRule returns the rule that a deadline the policy states for
// answering requests (Requests.Deadline, and with it Requests.Extension)
// is no longer than the one law gives ([Law.ResponseDeadline]); article
// is the deadline's provision.
func deadlineRule(id Rule, law Law, article string) Requirement {
	return Requirement{ID: id, Law: law, Article: article, check: responseDeadline,
		Element: "a time to answer requests the policy states (requests.deadline, requests.extension) no longer than the law's; " +
			"a period is reported when it is longer whatever the day a request arrives: a month counts as 28 to 31 days and a year as 365 or 366 " +
			"(so 30 days against one month passes, 32 days does not); working days (the law's, or the policy's with requests.working_days) count Monday to Friday without public holidays, " +
			"so 10 working days are at least 10 and at most 14 calendar days"}
}

// responseDeadline is the check of a deadline rule.
func responseDeadline(c *lawCheck) {
	r := c.p.Requests
	d, ok := c.rule.Law.ResponseDeadline()
	if !ok || !r.Deadline.Valid() {
		return // no deadline stated, or an invalid one (invalid_value says so)
	}
	law := c.rule.Law.Name()
	if exceeds(r.Deadline, r.WorkingDays, d.Period, d.WorkingDays) {
		c.add(SeverityError, "requests.deadline", "the policy answers requests within %s, longer than the %s %s gives", periodWords(r.Deadline, r.WorkingDays), periodWords(d.Period, d.WorkingDays), law)
		return
	}
	if !r.Extension.Valid() {
		return
	}
	if d.Extension.IsZero() {
		c.add(SeverityError, "requests.extension", "the policy may extend its time to answer by %s, but %s allows no extension of its %s", periodWords(r.Extension, r.WorkingDays), law, periodWords(d.Period, d.WorkingDays))
		return
	}
	total, limit := sumPeriods(r.Deadline, r.Extension), sumPeriods(d.Period, d.Extension)
	if exceeds(total, r.WorkingDays, limit, d.WorkingDays) {
		c.add(SeverityError, "requests.extension", "the policy may take %s in all to answer, longer than the %s %s allows with its extension", periodWords(total, r.WorkingDays), periodWords(limit, d.WorkingDays), law)
	}
}

// breachRule returns the rule that the times a policy states for telling
// the supervisory authority of a personal data breach (security[].breach)
// are no longer than the law's: authority, the time within which the
// authority is told of the breach; results, where the law sets one, the
// time within which it is told the results of the investigation; working
// says the law counts its days as working days.
func breachRule(id Rule, law Law, article string, authority, results Period, working bool) Requirement {
	element := "a time to tell the supervisory authority of a personal data breach that the policy states (security[].breach.authority) no longer than " + periodWords(authority, working)
	if !results.IsZero() {
		element += ", and a time to tell it the results of the investigation (security[].breach.results) no longer than " + periodWords(results, working)
	}
	return Requirement{ID: id, Law: law, Article: article, Element: element, check: func(c *lawCheck) {
		for i, m := range c.p.Security {
			b := m.Breach
			if b.Authority.Valid() && exceeds(b.Authority, false, authority, working) {
				c.add(SeverityError, index("security", i)+".breach.authority", "the policy tells the supervisory authority of a breach within %s, longer than the %s the law allows",
					periodWords(b.Authority, false), periodWords(authority, working))
			}
			if !results.IsZero() && b.Results.Valid() && exceeds(b.Results, false, results, working) {
				c.add(SeverityError, index("security", i)+".breach.results", "the policy tells the supervisory authority the results of investigating a breach within %s, longer than the %s the law allows",
					periodWords(b.Results, false), periodWords(results, working))
			}
		}
	}}
}

// exceeds reports whether the policy's period p is longer than the law's
// period l whatever the day a request arrives: a month counts as at least
// 28 and at most 31 days, a year as 365 or 366 days, a day as 24 hours,
// and p exceeds l only if its shortest length is longer than l's longest.
// A period longer on some days only, such as 30 days against one month
// (received on 31 January), is accepted; 72 hours are within 3 days, 73
// are not. A period that counts working days (pWorking, lWorking) counts
// days from Monday to Friday: n working days are at least
// n + 2*floor((n-1)/5) calendar days (received on a Monday) and at most
// n + 2*ceil(n/5) (14 for 10, received on a Friday); two such periods
// compare by their days. Public holidays lengthen a working-day period
// and the library has no calendar of them, so a period within the law
// only around a holiday is still reported.
func exceeds(p Period, pWorking bool, l Period, lWorking bool) bool {
	if pWorking && lWorking {
		return p.Days*24+p.Hours > l.Days*24+l.Hours
	}
	shortest, limit := p.minHours(), l.maxHours()
	if pWorking {
		shortest = (p.Days+2*((p.Days-1)/5))*24 + p.Hours
	}
	if lWorking {
		limit = (l.Days+2*((l.Days+4)/5))*24 + l.Hours
	}
	return shortest > limit
}

// sumPeriods returns p and q added unit by unit.
func sumPeriods(p, q Period) Period {
	return Period{Years: p.Years + q.Years, Months: p.Months + q.Months, Days: p.Days + q.Days, Hours: p.Hours + q.Hours}
}

// periodWords returns p in English words, such as "1 month and 15 days"
// or "72 hours"; working says its days are working days.
func periodWords(p Period, working bool) string {
	day := "day"
	if working {
		day = "working day"
	}
	var parts []string
	for _, u := range [...]struct {
		n    int
		unit string
	}{{p.Years, "year"}, {p.Months, "month"}, {p.Days, day}, {p.Hours, "hour"}} {
		switch {
		case u.n == 1:
			parts = append(parts, "1 "+u.unit)
		case u.n > 1:
			parts = append(parts, strconv.Itoa(u.n)+" "+u.unit+"s")
		}
	}
	if len(parts) == 0 {
		return "0 days"
	}
	return strings.Join(parts, " and ")
}

// obligationRule returns the rule that a purpose resting on a legal
// obligation or a task in the public interest, where law cites that
// ground, names the law laying it down (Purpose.Obligations), and that one
// of the laws it names is law's own: an obligation whose region is
// within law's area ([Law.Domestic]), unless the purpose rests on another
// ground law cites ([Purpose.RestsOn]). whose says in words whose law that
// is, such as "Union or member-state law"; sev is the severity of a
// finding, a warning where law accepts a foreign obligation on other
// terms. An obligation under another law is no finding when one under
// law's own is named too: a purpose governed by several laws names the
// obligation under each.
func obligationRule(id Rule, law Law, article, whose string, sev Severity) Requirement {
	return Requirement{ID: id, Law: law, Article: article,
		Element: "for a legal obligation or a task in the public interest, the law laying it down (purposes[].obligations), which must be " + whose + "; a purpose naming only another jurisdiction's law needs another ground under this law",
		check:   func(c *lawCheck) { obligationsUnder(c, whose, sev) }}
}

// obligationsUnder is the check of an obligation rule.
func obligationsUnder(c *lawCheck, whose string, sev Severity) {
	law := c.rule.Law
	for i, pu := range c.p.Purposes {
		if pu == nil || !c.uses(i, factPersonal) || !c.rests(i, BasisLegalObligation, BasisPublicTask) {
			continue
		}
		cited := func(b Basis) bool {
			_, ok := b.Citation(law)
			return ok && c.rests(i, b)
		}
		if !cited(BasisLegalObligation) && !cited(BasisPublicTask) {
			continue
		}
		if law < 64 && c.v.purposeDomestic[i]&(1<<law) != 0 {
			continue // an obligation under law's own
		}
		// A finding follows; only now are its words built.
		var grounds []string
		for _, b := range [...]Basis{BasisLegalObligation, BasisPublicTask} {
			if cite, ok := b.Citation(law); ok && pu.HasBasis(b) {
				grounds = append(grounds, b.Name()+" ("+cite+")")
			}
		}
		ground := strings.Join(grounds, " and ")
		path := elem("purposes", pu.ID, i) + ".obligations"
		if len(pu.Obligations) == 0 {
			c.add(sev, path, "purpose %q rests on %s but does not name the law that lays it down (obligations); %s accepts only %s", pu.ID, ground, law.Name(), whose)
			continue
		}
		// The obligation holds under other laws only; under law the
		// purpose may still rest on another ground, such as legitimate
		// interests in complying with a foreign law, and the document
		// cites the obligation only under the laws it holds under.
		if slices.ContainsFunc(pu.Bases, func(b Basis) bool {
			return b != BasisLegalObligation && b != BasisPublicTask && pu.RestsOn(b, law)
		}) {
			continue
		}
		foreign := make([]string, len(pu.Obligations))
		for j, o := range pu.Obligations {
			foreign[j] = fmt.Sprintf("%s is the law of %s", o.Act, o.Region)
		}
		c.add(sev, path, "purpose %q rests on %s, which %s accepts only under %s; %s", pu.ID, ground, law.Name(), whose, strings.Join(foreign, "; "))
	}
}
