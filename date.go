package policy

import (
	"fmt"
	"time"
)

// A Date is a civil date, such as the day a policy takes effect. It has no
// time of day and no time zone: a policy "effective 1 March 2025" is so
// everywhere.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// MakeDate returns the Date of year, month and day.
func MakeDate(year int, month time.Month, day int) Date {
	return Date{Year: year, Month: month, Day: day}
}

// IsZero reports whether d is the zero Date, meaning "not stated".
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether d names a real day of the Gregorian calendar
// between years [MinYear] and [MaxYear].
func (d Date) Valid() bool {
	if d.Year < MinYear || d.Year > MaxYear || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Month, d.Year)
}

// daysIn returns the number of days of month m of year y in the
// proleptic Gregorian calendar, as package time counts them; it is asked
// for every date of a policy, where normalising through time.Date would
// cost several times more.
func daysIn(m time.Month, y int) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// In returns the start of d in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// After reports whether d is after e.
func (d Date) After(e Date) bool { return e.Before(d) }

// String returns d in ISO 8601 form, "2006-01-02".
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// ParseDate parses an ISO 8601 calendar date such as "2025-03-01".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("invalid date %q: want YYYY-MM-DD", s)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// MarshalText implements [encoding.TextMarshaler].
func (d Date) MarshalText() ([]byte, error) {
	if !d.Valid() {
		return nil, fmt.Errorf("policy: invalid date %s", d)
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// AddTo returns the date p after d. A Date has no time of day, so it is
// counted from the start of d and hours are rounded up to whole days of
// 24 hours: Hours(24) after 1 March is 2 March, Hours(25) after it is
// 3 March, the first day that starts when the period has passed.
func (p Period) AddTo(d Date) Date {
	days := p.Days + p.Hours/24
	if p.Hours%24 > 0 {
		days++
	}
	t := d.In(time.UTC).AddDate(p.Years, p.Months, days)
	return Date{t.Year(), t.Month(), t.Day()}
}
