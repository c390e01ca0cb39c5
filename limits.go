package policy

// Limits on the values of a policy. [Policy.Validate] reports a value
// beyond them (rule [RuleOutOfRange], or [RuleInvalidID] for an ID) and the
// JSON reader refuses one, so that every policy that validates can be
// encoded and decoded again to the same policy, and arithmetic on its
// values cannot overflow.
//
//	value                           limit
//	Period.Years, .Months, .Days    0 to MaxPeriodUnit each (weeks count as 7 days)
//	Children.MinimumAge             0 to MaxMinimumAge
//	Date.Year                       MinYear to MaxYear
//	declaration ID                  1 to MaxIDLength bytes (see ValidID)
const (
	// MaxPeriodUnit is the largest number of years, months or days in a
	// Period, after weeks are turned into days.
	MaxPeriodUnit = 100000
	// MaxMinimumAge is the largest Children.MinimumAge, in years.
	MaxMinimumAge = 150
	// MinYear and MaxYear bound the year of a valid Date.
	MinYear, MaxYear = 1, 9999
	// MaxIDLength is the length of the longest valid ID, in bytes.
	MaxIDLength = 128
)
