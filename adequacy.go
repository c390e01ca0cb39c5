package policy

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// An AdequacyDecision is a decision that a country protects personal data
// adequately, so that data may go there without further safeguards.
type AdequacyDecision struct {
	Region language.Region
	// Since is the date of the decision, where the law dates one.
	Since Date
	// Scope limits the decision, such as "certified organisations only".
	Scope string
}

// adequacyAsOf is the date the laws' adequacy tables were last checked
// against their sources.
var adequacyAsOf = MakeDate(2026, time.January, 1)

// AdequacyAsOf returns the date the adequacy tables were last checked
// against the European Commission's, the UK Government's, Roskomnadzor's
// and the Swiss Federal Council's lists. Decisions after it are not known
// to the library.
func AdequacyAsOf() Date { return adequacyAsOf }

// AdequacyDecisions returns the countries law treats as protecting data
// adequately, as of [AdequacyAsOf], sorted by region; nil for a law
// without a transfer regime. The result is a copy.
func AdequacyDecisions(law Law) []AdequacyDecision {
	if d := law.descriptor(); d != nil && d.transfers != nil {
		return slices.Clone(d.transfers.adequacy)
	}
	return nil
}

// A transferRegime is how a law restricts transfers of personal data
// abroad: a table of adequate countries and the other safeguards it
// accepts.
type transferRegime struct {
	// adequacy is the law's table of adequate countries, sorted by region
	// (use sortDecisions).
	adequacy []AdequacyDecision
	// refuse says why the law does not accept safeguard s for a transfer
	// to dest, or "" where it does. It is not asked about Adequacy (looked
	// up in adequacy) nor the Privacy Shield (no safeguard under any law).
	refuse func(s Safeguard, dest language.Region) string
}

// decision returns the regime's adequacy decision for r.
func (t *transferRegime) decision(r language.Region) (AdequacyDecision, bool) {
	i, ok := slices.BinarySearchFunc(t.adequacy, r.String(), func(a AdequacyDecision, r string) int {
		return strings.Compare(a.Region.String(), r)
	})
	if !ok {
		return AdequacyDecision{}, false
	}
	return t.adequacy[i], true
}

// sortDecisions sorts ds by region, as transferRegime.adequacy must be.
func sortDecisions(ds []AdequacyDecision) []AdequacyDecision {
	slices.SortFunc(ds, func(a, b AdequacyDecision) int { return strings.Compare(a.Region.String(), b.Region.String()) })
	return ds
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

// Refusals shared by several transfer regimes.

// dpfOutsideUS refuses the Data Privacy Framework for a destination other
// than the United States.
func dpfOutsideUS(s Safeguard, dest language.Region) string {
	if s == DataPrivacyFramework && dest.String() != "US" {
		return "the Data Privacy Framework covers certified recipients in the United States only, not " + dest.String()
	}
	return ""
}

// ukOnly refuses the UK International Data Transfer Agreement, a
// safeguard under the UK GDPR only.
func ukOnly(s Safeguard) string {
	if s == UKTransferAgreement {
		return "the UK International Data Transfer Agreement is a safeguard under the UK GDPR only"
	}
	return ""
}
