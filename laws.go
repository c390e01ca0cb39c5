package policy

import (
	"fmt"
	"slices"

	"golang.org/x/text/language"
)

// A Law is a data-protection law a service declares itself subject to.
// Everything the library knows about a law — its names, the regions it
// calls home, its citations of the legal grounds, its transfer regime, its
// supervisory authority, its rules and what it adds to the document — is
// declared once, in the law's own file, and read through the methods of
// Law and through [Requirements], [AdequacyDecisions] and [Basis.Citation].
//
// The law constants ([GDPR], [UKGDPR], [FZ152], [LGPD], [CCPA], [FADP],
// [USStates]) are numbered in the order [Laws] lists them; the numbers are
// not part of the JSON form, which uses [Law.String].
type Law uint8

// A lawDescriptor is everything the library knows about one law. Each law
// declares one in its own file (law_gdpr.go, law_fadp.go, ...) and
// registers it from that file's init function, so adding a law touches no
// other file. [TestLawDescriptorsComplete] fails for a descriptor that
// lacks a required field.
type lawDescriptor struct {
	law Law
	// key is the stable identifier used in JSON, such as "gdpr".
	key string
	// name is the short English name, such as "GDPR"; fullName the title,
	// such as "Regulation (EU) 2016/679 (General Data Protection
	// Regulation)". Both are source texts for translations.
	name, fullName string
	// home are the regions inside which sending data is no international
	// transfer under the law ("EU" stands for the Union as a whole).
	// Required: no law defaults to "everywhere is home".
	home []language.Region
	// cite gives, for each ground the law provides for, where it does so
	// in the law's own numbering. A ground absent from the map is not
	// cited under the law.
	cite map[Basis]string
	// specialCite gives, for grounds that are no special-category
	// condition elsewhere but that the law accepts for special or
	// sensitive data, where it does so (LGPD Art. 11(II)(a): a legal or
	// regulatory obligation).
	specialCite map[Basis]string
	// citeNote says why cite is empty or partial, where it is (the CCPA
	// lists no grounds; the FADP justifies processing only where it would
	// otherwise breach privacy). Required when cite is empty.
	citeNote string
	// noSpecialConditions, where not empty, says why a law with grounds
	// asks no condition of its own for special categories of data, such
	// as GDPR Art. 9(2) does (the FADP justifies processing sensitive
	// data as any other).
	noSpecialConditions string
	// transfers is the law's regime for international transfers, checked
	// by the law's transfer rule; nil when the library checks none, and
	// then noTransfers says why.
	transfers   *transferRegime
	noTransfers string
	// authority is where a data subject may complain.
	authority SupervisoryAuthority
	// rules are the law's rules in the order of its articles; the first is
	// the scope rule.
	rules []Requirement
	// statements are what the law adds to the document.
	statements []Statement
	// updateEvery is how often the law requires the policy to be updated,
	// where it sets an interval (the CCPA: 12 months); zero otherwise.
	updateEvery Period
	// deadline is how long the law gives to answer a data subject's
	// request.
	deadline ResponseDeadline
	// rights are the rights the law grants data subjects, in the order
	// of RightKind; RightsFor reads them.
	rights []RightKind
}

// lawRegistry holds the descriptors, indexed by Law (index 0, the zero
// Law, stays nil). It is filled by the init functions of the law files,
// before any code of a user of the package runs, and never changes
// afterwards.
var lawRegistry = []*lawDescriptor{nil}

// lawEnum is the enumeration of the registered laws' keys and names, kept
// in step with lawRegistry by registerLaw.
var lawEnum = enum{typ: "Law", key: []string{""}, names: []string{""}}

// registerLaw adds d to the registry. It panics when d's law or key is
// already registered: two law files claiming one number is a programming
// error that would otherwise silently drop a law.
func registerLaw(d *lawDescriptor) {
	i := int(d.law)
	if i == 0 {
		panic(fmt.Sprintf("policy: law %q registered with the zero Law", d.key))
	}
	for len(lawRegistry) <= i {
		lawRegistry = append(lawRegistry, nil)
		lawEnum.key = append(lawEnum.key, "")
		lawEnum.names = append(lawEnum.names, "")
	}
	if lawRegistry[i] != nil {
		panic(fmt.Sprintf("policy: laws %q and %q share the number %d", lawRegistry[i].key, d.key, i))
	}
	if slices.Contains(lawEnum.key[1:], d.key) {
		panic(fmt.Sprintf("policy: law key %q registered twice", d.key))
	}
	lawRegistry[i] = d
	lawEnum.key[i] = d.key
	lawEnum.names[i] = d.name
}

// descriptor returns l's descriptor, or nil for an undefined Law.
func (l Law) descriptor() *lawDescriptor {
	if int(l) >= len(lawRegistry) {
		return nil
	}
	return lawRegistry[l]
}

// Laws returns every defined Law in a fixed order: GDPR, UK GDPR, 152-FZ,
// LGPD, CCPA, FADP, the US state privacy laws.
func Laws() []Law {
	var out []Law
	for _, d := range lawRegistry {
		if d != nil {
			out = append(out, d.law)
		}
	}
	return out
}

// Valid reports whether l is one of the defined laws.
func (l Law) Valid() bool { return l.descriptor() != nil }

// Name returns the short English name of the law, such as "GDPR".
// Renderers translate it; it is also the key for translations.
func (l Law) Name() string { return lawEnum.name(uint8(l)) }

// FullName returns the English title of the law, such as "Federal Act on
// Data Protection (FADP) of 25 September 2020", or "" for an undefined Law.
func (l Law) FullName() string {
	if d := l.descriptor(); d != nil {
		return d.fullName
	}
	return ""
}

// String returns the stable identifier of l used in JSON, such as "gdpr".
func (l Law) String() string { return lawEnum.str(uint8(l)) }

// MarshalText implements [encoding.TextMarshaler].
func (l Law) MarshalText() ([]byte, error) { return lawEnum.marshal(uint8(l)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (l *Law) UnmarshalText(b []byte) error {
	v, err := lawEnum.unmarshal(b)
	*l = Law(v)
	return err
}

// Home returns the regions inside which sending data is no international
// transfer under l, such as the EEA states and "EU" for the GDPR. The
// result is a copy.
func (l Law) Home() []language.Region {
	if d := l.descriptor(); d != nil {
		return slices.Clone(d.home)
	}
	return nil
}

// HasGrounds reports whether l makes processing rest on a legal ground
// ([Basis.Citation] cites one): every defined law but the CCPA, which
// asks a notice to say what is collected and why but rests processing on
// no ground. It reports false for an undefined Law.
func (l Law) HasGrounds() bool {
	d := l.descriptor()
	return d != nil && len(d.cite) > 0
}

// HasSpecialConditions reports whether l asks a condition for processing
// special categories of data beyond a ground, as GDPR Art. 9(2), 152-FZ
// Art. 10(2) and LGPD Art. 11 do: every law with grounds but the FADP,
// which justifies processing sensitive personal data as any other (Art.
// 30, 31) and asks only that consent to it be express (Art. 6(7)).
func (l Law) HasSpecialConditions() bool {
	d := l.descriptor()
	return l.HasGrounds() && d.noSpecialConditions == ""
}

// SensitiveGrounds returns the grounds on which l lets sensitive data be
// processed, where l lists them in place of its general grounds, so that
// a general ground it does not repeat covers no sensitive data: under the
// LGPD, the grounds of Art. 11 (specific and highlighted consent, and the
// grounds of Art. 7 that Art. 11(II) repeats, such as a legal obligation),
// and not legitimate interests, a contract or the protection of credit.
// ok is false for a law under which special data needs a general ground
// as well as a condition of its own (the GDPR: Art. 6 and Art. 9), for a
// law that lists no grounds, and for an undefined Law.
func (l Law) SensitiveGrounds() (grounds BasisSet, ok bool) {
	d := l.descriptor()
	if d == nil || len(d.specialCite) == 0 {
		return 0, false
	}
	for b := range Basis(64) {
		if _, cited := d.cite[b]; cited && b.Special() || d.specialCite[b] != "" {
			grounds = grounds.With(b)
		}
	}
	return grounds, true
}

// Domestic reports whether sending data to r stays inside the area l
// governs, so that it is no international transfer under l. It reports
// false for an undefined Law.
func (l Law) Domestic(r language.Region) bool {
	d := l.descriptor()
	return d != nil && slices.Contains(d.home, r)
}

// A SupervisoryAuthority is the authority to which a data subject may
// complain under a law.
type SupervisoryAuthority struct {
	// Name is the authority's English name, such as "the Information
	// Commissioner's Office (ICO)"; renderers translate it and it is also
	// the key for translations.
	Name string
	// URL is the authority's web site; empty where the law has one
	// authority per state and the document names the rule instead.
	URL string
}

// Authority returns the supervisory authority for complaints under l; the
// zero SupervisoryAuthority for an undefined Law.
func (l Law) Authority() SupervisoryAuthority {
	if d := l.descriptor(); d != nil {
		return d.authority
	}
	return SupervisoryAuthority{}
}

// A Statement is a sentence a law requires the document of a policy that
// declares the law and processes personal data to carry, such as 152-FZ's
// localisation statement.
type Statement struct {
	// Topic is the part of the document the sentence belongs to.
	Topic Topic
	// Text is the English sentence; renderers translate it, and it is also
	// the key for translations.
	Text string
}

// A Topic names a part of the policy document a [Statement] belongs to.
type Topic uint8

// Topics of statements.
const (
	// TopicStorage is where and how data is stored.
	TopicStorage Topic = iota + 1
)

// String returns the topic's identifier, such as "storage".
func (t Topic) String() string {
	switch t {
	case TopicStorage:
		return "storage"
	}
	return fmt.Sprintf("Topic(%d)", uint8(t))
}

// Statements returns what l adds to the document, in order. The result is
// a copy.
func (l Law) Statements() []Statement {
	if d := l.descriptor(); d != nil {
		return slices.Clone(d.statements)
	}
	return nil
}

// Requirements returns the rules of law, in the order of the law's articles, the
// scope rule first. The result is a copy.
func Requirements(law Law) []Requirement {
	if d := law.descriptor(); d != nil {
		return slices.Clone(d.rules)
	}
	return nil
}

// UpdateEvery returns how often l requires a privacy policy to be updated,
// such as 12 months under the CCPA (Cal. Civ. Code 1798.130(a)(5)), and
// false where l sets no interval.
func (l Law) UpdateEvery() (Period, bool) {
	if d := l.descriptor(); d != nil && d.updateEvery != (Period{}) {
		return d.updateEvery, true
	}
	return Period{}, false
}

// UpdateDue returns the last day by which p must be updated again under the
// laws it declares: its Updated date (or, where that is not stated, its
// Effective date) plus the shortest interval of [Law.UpdateEvery]. It
// reports false when no declared law sets an interval or p states neither
// date.
//
// [Policy.Validate] never reads the clock, so that a policy validates the
// same way on every day: it judges the interval against the policy's own
// Effective date (a version that takes effect more than the interval after
// it was last updated is stale on its first day). Whether a published
// policy has since become stale depends on today's date; check it where
// the clock belongs, such as a test of the service that compares UpdateDue
// with time.Now.
func (p *Policy) UpdateDue() (Date, bool) {
	last := p.Updated
	if last.IsZero() {
		last = p.Effective
	}
	if last.IsZero() {
		return Date{}, false
	}
	var due Date
	for _, law := range p.Laws {
		if every, ok := law.UpdateEvery(); ok {
			if d := every.AddTo(last); due.IsZero() || d.Before(due) {
				due = d
			}
		}
	}
	return due, !due.IsZero()
}

// A ResponseDeadline is how long a law gives a controller to answer a data
// subject's request, and by how much it may extend that time.
type ResponseDeadline struct {
	// Period is the time to answer, counted from receipt of the request.
	Period Period
	// WorkingDays reports whether Period and Extension count working days
	// (152-FZ) rather than calendar days.
	WorkingDays bool
	// Extension is how much longer the controller may take, telling the
	// data subject why; zero where the law allows no extension.
	Extension Period
	// Deferrable reports that the law sets no limit on a later answer
	// announced in time: the controller may answer after Period if,
	// within it, it tells the data subject when it will (FADP: DPO
	// Art. 18(2)).
	Deferrable bool
	// Article is the provision, such as "Art. 12(3)".
	Article string
}

// ResponseDeadline returns how long l gives to answer a data subject's
// request, and false for an undefined Law or a law for which the library
// records none.
func (l Law) ResponseDeadline() (ResponseDeadline, bool) {
	if d := l.descriptor(); d != nil && d.deadline.Article != "" {
		return d.deadline, true
	}
	return ResponseDeadline{}, false
}

// RightsFor returns the rights the given laws grant data subjects, each
// once and in the order of RightKind, as Right values with no How, for a
// policy to start from. Every right a law's rules can ask for is there,
// including those a rule asks for only in some cases (the right to opt out
// of sale, for a business that sells).
func RightsFor(laws ...Law) []Right {
	var kinds []RightKind
	for _, l := range laws {
		if d := l.descriptor(); d != nil {
			kinds = append(kinds, d.rights...)
		}
	}
	slices.Sort(kinds)
	kinds = slices.Compact(kinds)
	out := make([]Right, len(kinds))
	for i, k := range kinds {
		out[i] = Right{Kind: k}
	}
	return out
}
