package policy

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A Period is a length of time in calendar units, as ISO 8601 writes it
// ("P3Y", "P1Y6M", "P30D", "PT72H"). Calendar units are what a policy
// promises: a year is a year, not 8,760 hours, so Period is not a
// [time.Duration].
//
// Hours are for the short periods policies state in hours, such as a
// breach reported "within 72 hours" or logs "deleted within 25 hours";
// a period of hours alone is the usual use. Hours may follow the other
// units ("P1DT12H"), as in ISO 8601, and are kept as stated: 48 hours
// are not turned into 2 days, since the document should read as the
// service wrote it. Where a Period is compared or added to a date, a day
// counts as 24 hours (see [Period.Longer] and [Period.AddTo]).
type Period struct {
	Years, Months, Days int
	// Hours is a number of hours, after the days.
	Hours int
}

// Years returns a Period of n years.
func Years(n int) Period { return Period{Years: n} }

// Months returns a Period of n months.
func Months(n int) Period { return Period{Months: n} }

// Days returns a Period of n days.
func Days(n int) Period { return Period{Days: n} }

// Hours returns a Period of n hours, such as Hours(72) for the 72 hours
// within which GDPR Art. 33(1) has a breach reported. It stays a number
// of hours: Hours(48) is written "PT48H" and reads "48 hours", not
// "2 days".
func Hours(n int) Period { return Period{Hours: n} }

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// Valid reports whether p is a positive period: no component negative and
// at least one positive.
func (p Period) Valid() bool {
	return p.Years >= 0 && p.Months >= 0 && p.Days >= 0 && p.Hours >= 0 && !p.IsZero()
}

// String returns p in ISO 8601 form, such as "P1Y6M" or "PT72H"; hours
// follow the other units after a "T" ("P1DT12H"). The zero Period is
// "P0D".
func (p Period) String() string {
	if p.IsZero() {
		return "P0D"
	}
	var b strings.Builder
	b.WriteByte('P')
	for _, u := range [...]struct {
		n    int
		unit byte
	}{{p.Years, 'Y'}, {p.Months, 'M'}, {p.Days, 'D'}} {
		if u.n != 0 {
			b.WriteString(strconv.Itoa(u.n))
			b.WriteByte(u.unit)
		}
	}
	if p.Hours != 0 {
		b.WriteByte('T')
		b.WriteString(strconv.Itoa(p.Hours))
		b.WriteByte('H')
	}
	return b.String()
}

// Longer reports whether p is certainly longer than q, counting a month as
// at least 28 and at most 31 days, a year as 365 or 366 days and a day as
// 24 hours, so that Hours(25) is longer than Days(1) and Days(2) longer
// than Hours(47).
func (p Period) Longer(q Period) bool {
	return p.minHours() > q.maxHours()
}

// minHours and maxHours return the shortest and the longest length of p
// in hours. Within the limits of [MaxPeriodUnit] and [MaxPeriodHours]
// they are under 1e9, so neither they nor the sum of two of them
// overflows even a 32-bit int.
func (p Period) minHours() int { return (p.Years*365+p.Months*28+p.Days)*24 + p.Hours }
func (p Period) maxHours() int { return (p.Years*366+p.Months*31+p.Days)*24 + p.Hours }

// inRange reports whether no component of p exceeds its limit:
// [MaxPeriodUnit] years, months or days, [MaxPeriodHours] hours.
func (p Period) inRange() bool {
	return p.Years <= MaxPeriodUnit && p.Months <= MaxPeriodUnit && p.Days <= MaxPeriodUnit && p.Hours <= MaxPeriodHours
}

// ParsePeriod parses an ISO 8601 period of years, months, weeks, days and
// hours, such as "P3Y", "P1Y6M", "P2W", "PT72H" or "P1DT12H". Weeks are
// kept as 7 days. Of the time components only hours are accepted: a
// policy states no retention in minutes or seconds. Each number of years,
// months or days, and the days after weeks are added, must be at most
// [MaxPeriodUnit], and the hours at most [MaxPeriodHours], so that every
// period ParsePeriod returns is written back by [Period.String] in a form
// it accepts.
func ParsePeriod(s string) (Period, error) {
	var p Period
	rest, ok := strings.CutPrefix(s, "P")
	if !ok || rest == "" {
		return p, fmt.Errorf("invalid period %q: want ISO 8601 such as P3Y, P1Y6M or PT72H", s)
	}
	date, clock, timed := strings.Cut(rest, "T")
	if timed && clock == "" {
		return p, fmt.Errorf("invalid period %q: no time component after T (want hours, such as PT72H)", s)
	}
	last := -1 // order of the last unit seen: Y=0, M=1, W=2, D=3
	for date != "" {
		n, unit, tail, err := periodComponent(s, date, MaxPeriodUnit)
		if err != nil {
			return Period{}, err
		}
		order := strings.IndexByte("YMWD", unit)
		if order < 0 {
			return Period{}, fmt.Errorf("invalid period %q: unknown unit %q (want Y, M, W or D, or hours after T)", s, unit)
		}
		if order <= last {
			return Period{}, fmt.Errorf("invalid period %q: units out of order or repeated", s)
		}
		last = order
		switch unit {
		case 'Y':
			p.Years = n
		case 'M':
			p.Months = n
		case 'W':
			p.Days += 7 * n
		case 'D':
			p.Days += n
		}
		date = tail
	}
	if p.Days > MaxPeriodUnit {
		return Period{}, fmt.Errorf("invalid period %q: %d days in all, more than %d", s, p.Days, MaxPeriodUnit)
	}
	if timed {
		n, unit, tail, err := periodComponent(s, clock, MaxPeriodHours)
		switch {
		case err != nil:
			return Period{}, err
		case unit != 'H':
			return Period{}, fmt.Errorf("invalid period %q: unit %q after T is not accepted (want H; minutes and seconds are not stated in a policy)", s, unit)
		case tail != "":
			return Period{}, fmt.Errorf("invalid period %q: want nothing after the hours", s)
		}
		p.Hours = n
	}
	return p, nil
}

// periodComponent reads one component of the period s, a number of at
// most limit followed by a unit, from the start of rest, and returns the
// number, the unit and what follows.
func periodComponent(s, rest string, limit int) (n int, unit byte, tail string, err error) {
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 || i == len(rest) {
		return 0, 0, "", fmt.Errorf("invalid period %q: want a number followed by Y, M, W or D, or by H after T", s)
	}
	n, err = strconv.Atoi(rest[:i])
	if err != nil || n > limit {
		return 0, 0, "", fmt.Errorf("invalid period %q: number %q out of range (at most %d)", s, clip(rest[:i]), limit)
	}
	return n, rest[i], rest[i+1:], nil
}

// MarshalText implements [encoding.TextMarshaler]. It refuses a period
// that [ParsePeriod] would not read back: one with a negative component, a
// number of years, months or days over [MaxPeriodUnit], or hours over
// [MaxPeriodHours].
func (p Period) MarshalText() ([]byte, error) {
	if p.Years < 0 || p.Months < 0 || p.Days < 0 || p.Hours < 0 {
		return nil, errors.New("policy: negative period " + p.String())
	}
	if !p.inRange() {
		return nil, fmt.Errorf("policy: period %s %s", p, p.overLimit())
	}
	return []byte(p.String()), nil
}

// overLimit says which component of p is over its limit, for a message
// such as "period P200000D has a component over 100000".
func (p Period) overLimit() string {
	if p.Years > MaxPeriodUnit || p.Months > MaxPeriodUnit || p.Days > MaxPeriodUnit {
		return "has a component over " + strconv.Itoa(MaxPeriodUnit)
	}
	return "has more than " + strconv.Itoa(MaxPeriodHours) + " hours"
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (p *Period) UnmarshalText(b []byte) error {
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// A Retention says how long data is kept and what happens to it then. Its
// zero value means "not stated". Build one with [Keep], [WhileAccountActive],
// [AsRequiredBy] or [Indefinitely], or write the struct out.
type Retention struct {
	Kind RetentionKind
	// Period is how long data is kept after From; used with KeepFor.
	Period Period
	// From is the event the period is counted from; used with KeepFor.
	From Event
	// Law names the law that sets the period: required with
	// RequiredByLaw, such as "the Tax Code of the Russian Federation, Art.
	// 23", and, with any other rule, the law that sets its period, such
	// as "the Anti-Money Laundering Act, s. 8" for a period of five years,
	// which the document states after it. It is named as the law is
	// cited, as Obligation.Act is: a translation, or a policy written in
	// another language, gives it in that language's citation form (in
	// Russian, the nominative: «Налоговый кодекс Российской Федерации,
	// ст. 23»).
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Law string
	// Criteria are the criteria used to determine the period, which GDPR
	// Art. 13(2)(a) accepts in place of a period, such as "as long as
	// the data is needed to resolve a dispute"; required with
	// RetentionRuleCriteria, and may explain any other rule.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Criteria string
	// Anonymise reports that at the end of the period the data is
	// anonymised rather than deleted.
	Anonymise bool
	// LegalHold reports that data subject to a legal hold, such as for a
	// pending lawsuit or investigation, is kept until the hold ends.
	LegalHold bool
	// Note adds a sentence.
	// Shape: one or more sentences, each ending with a stop.
	Note string
}

// IsZero reports whether r states nothing.
func (r Retention) IsZero() bool { return r == Retention{} }

// Keep returns a Retention of period p counted from event from.
func Keep(p Period, from Event) Retention {
	return Retention{Kind: RetentionKeepFor, Period: p, From: from}
}

// Until returns a Retention that ends when the event happens, with no
// period after it, as in "until the message is delivered" or "until your
// request is answered": Keep with the zero Period. The event cannot be
// EventCollection; data that is not kept at all is better stated as an
// [Exclusion].
func Until(e Event) Retention { return Keep(Period{}, e) }

// WhileAccountActive returns a Retention for as long as the user's account
// exists, followed by period p (which may be zero) after its closure.
func WhileAccountActive(p Period) Retention {
	return Retention{Kind: RetentionWhileActive, Period: p, From: EventAccountClosure}
}

// AsRequiredBy returns a Retention for the period the named law requires.
func AsRequiredBy(law string) Retention {
	return Retention{Kind: RetentionRequiredByLaw, Law: law}
}

// ByCriteria returns a Retention stated by the criteria used to determine
// its period (GDPR Art. 13(2)(a)).
func ByCriteria(criteria string) Retention {
	return Retention{Kind: RetentionCriteria, Criteria: criteria}
}

// Indefinitely returns a Retention without end. The validator warns about
// it: most laws require a period or the criteria for one.
func Indefinitely() Retention { return Retention{Kind: RetentionIndefinite} }

// ThenAnonymise returns a copy of r whose data is anonymised, rather than
// deleted, at the end of the period.
func (r Retention) ThenAnonymise() Retention {
	r.Anonymise = true
	return r
}

// A RetentionKind says which kind of retention statement a [Retention] is.
type RetentionKind uint8

// Kinds of retention statement.
const (
	RetentionKeepFor       RetentionKind = iota + 1 // A Period counted From an event; the zero Period means until the event.
	RetentionWhileActive                            // While the account is active, and Period after its closure.
	RetentionRequiredByLaw                          // As long as the named Law requires.
	RetentionIndefinite                             // Without end, stated explicitly.
	RetentionCriteria                               // As long as the stated Criteria determine.
)

var retentionRuleEnum = enum{"RetentionKind",
	[]string{"", "period", "while_active", "required_by_law", "indefinite", "criteria"},
	[]string{"", "for a period", "while the account is active", "as long as the law requires", "indefinitely", "as long as the criteria determine"}}

// Valid reports whether r is a defined rule.
func (r RetentionKind) Valid() bool { return retentionRuleEnum.valid(uint8(r)) }

// String returns the stable identifier of r used in JSON.
func (r RetentionKind) String() string { return retentionRuleEnum.str(uint8(r)) }

// MarshalText implements [encoding.TextMarshaler].
func (r RetentionKind) MarshalText() ([]byte, error) { return retentionRuleEnum.marshal(uint8(r)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *RetentionKind) UnmarshalText(b []byte) error {
	v, err := retentionRuleEnum.unmarshal(b)
	*r = RetentionKind(v)
	return err
}

// An Event is what a retention period or a deletion is counted from, or
// what ends the processing of personal data ([Policy.Termination]).
type Event uint8

// Events a retention period is counted from, or on which processing ends.
const (
	EventCollection         Event = iota + 1 // When the data is collected.
	EventAccountClosure                      // When the user's account is closed.
	EventContractEnd                         // When the contract with the user ends.
	EventConsentWithdrawal                   // When the user withdraws consent.
	EventLastActivity                        // The user's last activity in the service.
	EventPurposeAchieved                     // When the purpose of processing is achieved.
	EventDeletionRequest                     // When the user asks for the data to be deleted, or deletes it.
	EventCancellation                        // When the user cancels the subscription.
	EventTrashed                             // When the user moves an item to the trash.
	EventLegalHoldEnd                        // When a legal hold on the data ends.
	EventConsentExpiry                       // When the period for which consent was given expires.
	EventUnlawfulProcessing                  // When processing is found to be unlawful (152-FZ Art. 21(3)).
	EventLiquidation                         // When the controller (the operator) is liquidated.
)

var eventEnum = enum{"Event",
	[]string{"", "collection", "account_closure", "contract_end", "consent_withdrawal", "last_activity", "purpose_achieved", "deletion_request", "cancellation", "trashed", "legal_hold_end", "consent_expiry", "unlawful_processing", "liquidation"},
	[]string{"", "collection", "account closure", "the end of the contract", "withdrawal of consent", "the last activity", "the achievement of the purpose", "your request for deletion", "cancellation of the subscription", "moving it to the trash", "the end of a legal hold", "expiry of consent", "the discovery of unlawful processing", "our liquidation"}}

// Valid reports whether e is a defined event.
func (e Event) Valid() bool { return eventEnum.valid(uint8(e)) }

// Name returns the English name of e.
func (e Event) Name() string { return eventEnum.name(uint8(e)) }

// String returns the stable identifier of e used in JSON.
func (e Event) String() string { return eventEnum.str(uint8(e)) }

// MarshalText implements [encoding.TextMarshaler].
func (e Event) MarshalText() ([]byte, error) { return eventEnum.marshal(uint8(e)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (e *Event) UnmarshalText(b []byte) error {
	v, err := eventEnum.unmarshal(b)
	*e = Event(v)
	return err
}
