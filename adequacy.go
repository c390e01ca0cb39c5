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

// adequacyAsOf is the date the tables below were last checked against
// their sources.
var adequacyAsOf = MakeDate(2026, time.January, 1)

// AdequacyAsOf returns the date the adequacy tables were last checked
// against the European Commission's, the UK Government's and
// Roskomnadzor's lists. Decisions after it are not known to the library.
func AdequacyAsOf() Date { return adequacyAsOf }

func region(s string) language.Region { return language.MustParseRegion(s) }

func regions(list string) []language.Region {
	var out []language.Region
	for _, s := range strings.Fields(list) {
		out = append(out, region(s))
	}
	return out
}

// The European Economic Area: transfers within it are not transfers to
// third countries under the GDPR.
var eea = regions("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO")

// The European Commission's adequacy decisions (GDPR Art. 45, and those
// under Directive 95/46/EC kept in force by Art. 45(9)).
var euAdequacy = []AdequacyDecision{
	{region("AD"), MakeDate(2010, time.October, 19), ""},
	{region("AR"), MakeDate(2003, time.June, 30), ""},
	{region("CA"), MakeDate(2001, time.December, 20), "organisations subject to PIPEDA"},
	{region("CH"), MakeDate(2000, time.July, 26), ""},
	{region("FO"), MakeDate(2010, time.March, 5), ""},
	{region("GB"), MakeDate(2021, time.June, 28), ""},
	{region("GG"), MakeDate(2003, time.November, 21), ""},
	{region("IL"), MakeDate(2011, time.January, 31), ""},
	{region("IM"), MakeDate(2004, time.April, 28), ""},
	{region("JE"), MakeDate(2008, time.May, 8), ""},
	{region("JP"), MakeDate(2019, time.January, 23), ""},
	{region("KR"), MakeDate(2021, time.December, 17), ""},
	{region("NZ"), MakeDate(2012, time.December, 19), ""},
	{region("US"), MakeDate(2023, time.July, 10), "organisations certified under the EU-US Data Privacy Framework"},
	{region("UY"), MakeDate(2012, time.August, 21), ""},
}

// The UK's adequacy regulations ("data bridges", UK GDPR Art. 45 and the
// transitional provisions of the Data Protection Act 2018, Sch. 21).
var ukAdequacy = func() []AdequacyDecision {
	var out []AdequacyDecision
	for _, r := range eea {
		out = append(out, AdequacyDecision{r, MakeDate(2021, time.January, 1), ""})
	}
	for _, s := range strings.Fields("AD AR CA CH FO GG GI IL IM JE JP NZ UY") {
		out = append(out, AdequacyDecision{region(s), MakeDate(2021, time.January, 1), ""})
	}
	out = append(out,
		AdequacyDecision{region("KR"), MakeDate(2022, time.December, 19), ""},
		AdequacyDecision{region("US"), MakeDate(2023, time.October, 12), "organisations certified under the UK Extension to the Data Privacy Framework"},
	)
	slices.SortFunc(out, func(a, b AdequacyDecision) int { return strings.Compare(a.Region.String(), b.Region.String()) })
	return out
}()

// 152-FZ Art. 12(1): states party to Council of Europe Convention 108, and
// the states Roskomnadzor lists as ensuring adequate protection.
var fz152Adequacy = func() []AdequacyDecision {
	var out []AdequacyDecision
	for _, s := range strings.Fields(`AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE
		IS LI NO GB CH AD MC SM AL AM AZ BA GE MD ME MK RS TR UA AR CV MU MX MA SN TN UY`) {
		out = append(out, AdequacyDecision{Region: region(s), Scope: "party to Convention 108"})
	}
	for _, s := range strings.Fields("AU CA IL JP KR KZ MN MY NZ PE SG") {
		out = append(out, AdequacyDecision{Region: region(s), Scope: "listed by Roskomnadzor"})
	}
	slices.SortFunc(out, func(a, b AdequacyDecision) int { return strings.Compare(a.Region.String(), b.Region.String()) })
	return out
}()

// AdequacyDecisions returns the countries law treats as protecting data
// adequately, as of [AdequacyAsOf]. The result is a copy.
func AdequacyDecisions(law Law) []AdequacyDecision {
	switch law {
	case GDPR:
		return slices.Clone(euAdequacy)
	case UKGDPR:
		return slices.Clone(ukAdequacy)
	case FZ152:
		return slices.Clone(fz152Adequacy)
	}
	return nil
}

// adequacyFor returns law's decision for r.
func adequacyFor(law Law, r language.Region) (AdequacyDecision, bool) {
	var list []AdequacyDecision
	switch law {
	case GDPR:
		list = euAdequacy
	case UKGDPR:
		list = ukAdequacy
	case FZ152:
		list = fz152Adequacy
	}
	for _, a := range list {
		if a.Region == r {
			return a, true
		}
	}
	return AdequacyDecision{}, false
}

// home reports whether r is inside the area law governs, so that sending
// data there is no international transfer.
func home(law Law, r language.Region) bool {
	switch law {
	case GDPR:
		return slices.Contains(eea, r) || r.String() == "EU"
	case UKGDPR:
		return r.String() == "GB"
	case FZ152:
		return r.String() == "RU"
	case LGPD:
		return r.String() == "BR"
	}
	return true
}

// privacyShieldEnd is the day the Court of Justice invalidated the EU-US
// Privacy Shield (judgment of 16 July 2020, C-311/18, "Schrems II").
var privacyShieldEnd = MakeDate(2020, time.July, 16)
