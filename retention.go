package policy

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A Period is a length of time in calendar units, as ISO 8601 writes it
// ("P3Y", "P1Y6M", "P30D"). Calendar units are what a policy promises: a year
// is a year, not 8,760 hours, so Period is not a [time.Duration].
type Period struct {
	Years, Months, Days int
}

// Years returns a Period of n years.
func Years(n int) Period { return Period{Years: n} }

// Months returns a Period of n months.
func Months(n int) Period { return Period{Months: n} }

// Days returns a Period of n days.
func Days(n int) Period { return Period{Days: n} }

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// Valid reports whether p is a positive period: no component negative and
// at least one positive.
func (p Period) Valid() bool {
	return p.Years >= 0 && p.Months >= 0 && p.Days >= 0 && !p.IsZero()
}

// String returns p in ISO 8601 form, such as "P1Y6M". The zero Period is
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
	return b.String()
}

// Longer reports whether p is certainly longer than q, counting a month as
// at least 28 and at most 31 days and a year as 365 or 366 days.
func (p Period) Longer(q Period) bool {
	return p.minDays() > q.maxDays()
}

func (p Period) minDays() int { return p.Years*365 + p.Months*28 + p.Days }
func (p Period) maxDays() int { return p.Years*366 + p.Months*31 + p.Days }

// inRange reports whether no component of p exceeds [MaxPeriodUnit].
func (p Period) inRange() bool {
	return p.Years <= MaxPeriodUnit && p.Months <= MaxPeriodUnit && p.Days <= MaxPeriodUnit
}

// ParsePeriod parses an ISO 8601 period of years, months, weeks and days,
// such as "P3Y", "P1Y6M" or "P2W". Weeks are kept as 7 days. Time
// components ("PT12H") are not accepted: retention is stated in calendar
// units. Each number, and the days after weeks are added, must be at most
// [MaxPeriodUnit], so that every period ParsePeriod returns is written back
// by [Period.String] in a form it accepts.
func ParsePeriod(s string) (Period, error) {
	var p Period
	rest, ok := strings.CutPrefix(s, "P")
	if !ok || rest == "" {
		return p, fmt.Errorf("invalid period %q: want ISO 8601 such as P3Y or P1Y6M", s)
	}
	if strings.ContainsRune(rest, 'T') {
		return p, fmt.Errorf("invalid period %q: time components (PT…) are not accepted; state retention in years, months, weeks or days", s)
	}
	last := -1 // order of the last unit seen: Y=0, M=1, W=2, D=3
	for rest != "" {
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 0 || i == len(rest) {
			return Period{}, fmt.Errorf("invalid period %q: want a number followed by Y, M, W or D", s)
		}
		n, err := strconv.Atoi(rest[:i])
		if err != nil || n > MaxPeriodUnit {
			return Period{}, fmt.Errorf("invalid period %q: number %q out of range (at most %d)", s, clip(rest[:i]), MaxPeriodUnit)
		}
		order := strings.IndexByte("YMWD", rest[i])
		if order < 0 {
			return Period{}, fmt.Errorf("invalid period %q: unknown unit %q (want Y, M, W or D; time units are not accepted)", s, rest[i])
		}
		if order <= last {
			return Period{}, fmt.Errorf("invalid period %q: units out of order or repeated", s)
		}
		last = order
		switch rest[i] {
		case 'Y':
			p.Years = n
		case 'M':
			p.Months = n
		case 'W':
			p.Days += 7 * n
		case 'D':
			p.Days += n
		}
		rest = rest[i+1:]
	}
	if p.Days > MaxPeriodUnit {
		return Period{}, fmt.Errorf("invalid period %q: %d days in all, more than %d", s, p.Days, MaxPeriodUnit)
	}
	return p, nil
}

// MarshalText implements [encoding.TextMarshaler]. It refuses a period
// that [ParsePeriod] would not read back: one with a negative component or
// a component over [MaxPeriodUnit].
func (p Period) MarshalText() ([]byte, error) {
	if p.Years < 0 || p.Months < 0 || p.Days < 0 {
		return nil, errors.New("policy: negative period " + p.String())
	}
	if !p.inRange() {
		return nil, fmt.Errorf("policy: period %s has a component over %d", p, MaxPeriodUnit)
	}
	return []byte(p.String()), nil
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
	// Law names the law that sets the period; used with RequiredByLaw,
	// such as "the Tax Code of the Russian Federation, Art. 23".
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
	[]string{"", "collection", "account closure", "the end of the contract", "withdrawal of consent", "the last activity", "achievement of the purpose", "your request to delete it", "cancellation of the subscription", "moving it to the trash", "the end of a legal hold", "expiry of consent", "the discovery of unlawful processing", "our liquidation"}}

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
