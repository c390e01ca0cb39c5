package policy

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// An AdequacyDecision is a decision that a country, or an international
// organisation, protects personal data adequately, so that data may go
// there without further safeguards.
type AdequacyDecision struct {
	// Region is the country the decision is about; zero for an
	// international organisation.
	Region language.Region
	// Organisation is the international organisation the decision is
	// about, such as [OrganisationEPO]; zero for a country.
	Organisation Organisation
	// Since is the first day the decision applies, where the law dates
	// one.
	Since Date
	// Until is the last day the decision applies; zero where it does not
	// expire.
	Until Date
	// Scope limits the decision, such as "organisations subject to
	// PIPEDA"; empty where it covers the whole destination. A transfer on
	// a limited decision must say the recipient is within it
	// ([Transfer].WithinScope), or, where Certified, declare the
	// certification ([SafeguardDataPrivacyFramework]).
	Scope string
	// Certified reports that the decision covers only organisations
	// certified under the framework Scope names, such as the EU-US Data
	// Privacy Framework.
	Certified bool
	// Act names the decision, such as "Implementing Decision (EU)
	// 2026/179"; empty where the table does not record it.
	Act string
}

// InForce reports whether a applies on day d.
func (a AdequacyDecision) InForce(d Date) bool {
	return !d.Before(a.Since) && (a.Until.IsZero() || !d.After(a.Until))
}

// destination returns the key a is sorted and looked up by: the region,
// or the organisation's identifier after a '~' (which sorts after every
// region).
func (a AdequacyDecision) destination() string { return destinationKey(a.Region, a.Organisation) }

func destinationKey(r language.Region, o Organisation) string {
	if o != 0 {
		return "~" + o.String()
	}
	return r.String()
}

// AdequacyAsOf returns the oldest of the dates the laws' adequacy tables
// were last checked against their sources (the European Commission's, the
// UK Government's, Roskomnadzor's, the ANPD's and the Swiss Federal
// Council's lists); [AdequacyCheckedOn] gives each table's. Decisions after
// it may be unknown to the library.
func AdequacyAsOf() Date {
	var oldest Date
	for _, d := range lawRegistry {
		if d != nil && d.transfers != nil && (oldest.IsZero() || d.transfers.checked.Before(oldest)) {
			oldest = d.transfers.checked
		}
	}
	return oldest
}

// AdequacyCheckedOn returns the day law's adequacy table was last checked
// against its source; the zero Date for a law without a transfer regime.
func AdequacyCheckedOn(law Law) Date {
	if d := law.descriptor(); d != nil && d.transfers != nil {
		return d.transfers.checked
	}
	return Date{}
}

// AdequacyDecisions returns the decisions law treats as showing adequate
// protection, past and present, as of [AdequacyCheckedOn], sorted by
// destination (countries by region, then international organisations) and
// start; nil for a law without a transfer regime. The result is a copy.
func AdequacyDecisions(law Law) []AdequacyDecision {
	if d := law.descriptor(); d != nil && d.transfers != nil {
		return slices.Clone(d.transfers.adequacy)
	}
	return nil
}

// A transferRegime is how a law restricts transfers of personal data
// abroad: a dated table of adequacy decisions and the other safeguards it
// accepts.
type transferRegime struct {
	// checked is the day adequacy was last checked against its source.
	checked Date
	// adequacy is the law's table of decisions, sorted by destination and
	// start (use sortDecisions). A destination may have several, such as
	// a decision and its renewal.
	adequacy []AdequacyDecision
	// refuse says why the law does not accept safeguard s for a transfer
	// to dest by a policy in effect on day on, or "" where it does. It is
	// not asked about SafeguardAdequacy and SafeguardDataPrivacyFramework (looked up in
	// adequacy) nor the Privacy Shield.
	refuse func(s Safeguard, dest language.Region, on Date) string
	// privacyShield reports that the law accepted the EU-US Privacy
	// Shield until the Court of Justice invalidated it.
	privacyShield bool
	// check, if set, adds the law's own checks of transfer t (element i
	// of Policy.Transfers) by a policy in effect on day on, such as a
	// notification the law requires.
	check func(c *lawCheck, i int, t Transfer, on Date)
	// terms are the law's own words for its ground of adequacy, in which
	// findings about it are worded.
	terms adequacyTerms
}

// adequacyTerms are a law's own words for the ground on which data goes to
// a destination that protects it adequately: an adequacy decision of the
// European Commission (GDPR Art. 45), adequacy regulations (UK GDPR, DPA
// 2018 s. 17A), an entry on the Federal Council's list of states with
// adequate protection (FADP Art. 16(1), Annex 1 to the Data Protection
// Ordinance) or on the list approved by Roskomnadzor (152-FZ Art. 12(2)).
type adequacyTerms struct {
	// one names the ground for one destination, %s, without an article,
	// such as "adequacy decision of the European Commission for %s".
	one string
	// plural reports that one is a plural ("adequacy regulations").
	plural bool
	// cite is where the law provides for the ground, such as "GDPR Art.
	// 45".
	cite string
	// list names the law's whole table, such as "the European
	// Commission's adequacy decisions".
	list string
}

// the returns the ground for destination dest with the definite article.
func (a adequacyTerms) the(dest string) string { return "the " + fmt.Sprintf(a.one, dest) }

// without names the ground as the GDPR's Art. 49(1)(a) does, after
// "without": "an adequacy decision", or the law's own term for it, such
// as the UK's "adequacy regulations".
func (a adequacyTerms) without() string {
	ground, _, _ := strings.Cut(a.one, " for %s")
	ground, _, _ = strings.Cut(ground, " of the ")
	if a.plural {
		return ground
	}
	return "an " + ground
}

// verb returns the form of a verb that agrees with the ground: singular or
// plural.
func (a adequacyTerms) verb(singular, plural string) string {
	if a.plural {
		return plural
	}
	return singular
}

// none says that destination dest has no ground, citing the law and, where
// it is not zero, the day the library's table was checked.
func (a adequacyTerms) none(dest string, checked Date) string {
	s := a.verb("there is no ", "there are no ") + fmt.Sprintf(a.one, dest) + " (" + a.cite
	if !checked.IsZero() {
		s += "; checked on " + checked.String()
	}
	return s + ")"
}

// decisionsFor returns the regime's decisions for a destination, oldest
// first.
func (t *transferRegime) decisionsFor(r language.Region, o Organisation) []AdequacyDecision {
	key := destinationKey(r, o)
	i, _ := slices.BinarySearchFunc(t.adequacy, key, func(a AdequacyDecision, k string) int {
		return strings.Compare(a.destination(), k)
	})
	j := i
	for j < len(t.adequacy) && t.adequacy[j].destination() == key {
		j++
	}
	return t.adequacy[i:j]
}

// decision returns the regime's decision for a destination in force on
// day on, preferring the one that started last.
func (t *transferRegime) decision(r language.Region, o Organisation, on Date) (AdequacyDecision, bool) {
	ds := t.decisionsFor(r, o)
	for i := len(ds) - 1; i >= 0; i-- {
		if ds[i].InForce(on) {
			return ds[i], true
		}
	}
	return AdequacyDecision{}, false
}

// sortDecisions sorts ds by destination and start, as
// transferRegime.adequacy must be.
func sortDecisions(ds []AdequacyDecision) []AdequacyDecision {
	slices.SortFunc(ds, compareDecisions)
	return ds
}

func compareDecisions(a, b AdequacyDecision) int {
	if c := strings.Compare(a.destination(), b.destination()); c != 0 {
		return c
	}
	switch {
	case a.Since.Before(b.Since):
		return -1
	case a.Since.After(b.Since):
		return 1
	}
	return 0
}

// decisions returns a decision dated since with scope for each region in
// list, a space-separated list of ISO 3166 codes.
func decisions(list string, since Date, scope string) []AdequacyDecision {
	var out []AdequacyDecision
	for _, r := range regions(list) {
		out = append(out, AdequacyDecision{Region: r, Since: since, Scope: scope})
	}
	return out
}

func region(s string) language.Region { return language.MustParseRegion(s) }

func regions(list string) []language.Region {
	var out []language.Region
	for _, s := range strings.Fields(list) {
		out = append(out, region(s))
	}
	return out
}

// eeaStates are the states of the European Economic Area: the EU member
// states, Iceland, Liechtenstein and Norway.
const eeaStates = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO"

// privacyShieldEnd is the day the Court of Justice invalidated the EU-US
// Privacy Shield (judgment of 16 July 2020, C-311/18, "Schrems II").
var privacyShieldEnd = MakeDate(2020, time.July, 16)

// privacyShieldStart is the day the Commission's Privacy Shield decision
// (Implementing Decision (EU) 2016/1250) was adopted.
var privacyShieldStart = MakeDate(2016, time.July, 12)

// RulePrivacyShield reports a transfer on the EU-US Privacy Shield that no
// declared law's transfer rule judges (none is declared, or none that
// restricts transfers): the Court of Justice invalidated the Privacy
// Shield on 16 July 2020, so it is no safeguard under any law.
const RulePrivacyShield Rule = "transfer.privacy_shield"

// privacyShieldMessage says why the Privacy Shield is no safeguard.
func privacyShieldMessage() string {
	return fmt.Sprintf("the EU-US Privacy Shield was invalidated by the Court of Justice on %s (C-311/18, Schrems II) and is no safeguard; use the Data Privacy Framework for certified recipients or standard contractual clauses", privacyShieldEnd)
}

// judgedOn returns the day a policy's transfers are judged on: the day it
// takes effect, or else the day it was last updated, or else the day
// regime's table was checked (today's law, as far as the library knows
// it).
func judgedOn(p *Policy, regime *transferRegime) Date {
	switch {
	case p.Effective.Valid():
		return p.Effective
	case p.Updated.Valid():
		return p.Updated
	}
	return regime.checked
}

// Refusals shared by several transfer regimes.

// dpfOutsideUS refuses the Data Privacy Framework for a destination other
// than the United States.
func dpfOutsideUS(s Safeguard, dest language.Region) string {
	if s == SafeguardDataPrivacyFramework && dest.String() != "US" {
		return "the Data Privacy Framework covers certified recipients in the United States only, not " + dest.String()
	}
	return ""
}

// ukOnly refuses the UK International Data Transfer Agreement, a
// safeguard under the UK GDPR only, and the ANPD's clauses, a safeguard
// under the LGPD only.
func ukOnly(s Safeguard) string {
	switch s {
	case SafeguardUKTransferAgreement:
		return "the UK International Data Transfer Agreement is a safeguard under the UK GDPR only"
	case SafeguardANPDClauses:
		return "the ANPD's standard contractual clauses are a safeguard under the LGPD only"
	}
	return ""
}

// TransferLaws returns the laws p declares whose transfer regime governs
// t, in the order p declares them: the laws t applies under
// ([Transfer.AppliesUnder]) that restrict transfers abroad, for which t's
// destination is abroad (or an international organisation), narrowed,
// where t states its origin and one of those laws calls it home, to the
// laws of that origin, whether or not the destination is abroad for them.
// A transfer from Switzerland on [SafeguardAdequacy] is thus governed by
// the FADP alone, and its ground is the Federal Council's list of states
// (FADP Art. 16(1), Annex 1 to the Data Protection Ordinance), not an
// adequacy decision of the European Commission; a transfer from the EU
// is governed by the GDPR and not by the UK GDPR, and one from the EU to
// Germany by neither. A transfer from a place no such law calls home
// (an onward transfer from a third country) is governed by all of them.
// The law rules judge each transfer under these laws alone.
func (p *Policy) TransferLaws(t Transfer) []Law {
	var out []Law
	for _, law := range p.Laws {
		if !slices.Contains(out, law) && p.governs(law, t) {
			out = append(out, law)
		}
	}
	return out
}

// governs reports whether law is among [Policy.TransferLaws] of t. It
// allocates nothing, so the law rules ask it for each transfer.
func (p *Policy) governs(law Law, t Transfer) bool {
	d := law.descriptor()
	if d == nil || d.transfers == nil || !addresses(law, t) {
		return false
	}
	if t.Origin == (language.Region{}) || slices.Contains(d.home, t.Origin) {
		return true
	}
	for _, other := range p.Laws {
		if od := other.descriptor(); od != nil && od.transfers != nil && t.AppliesUnder(other) && slices.Contains(od.home, t.Origin) {
			return false // the origin's own law governs t, or finds it no transfer
		}
	}
	return true
}
