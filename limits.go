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
//
// There is deliberately no limit on the number of declarations: a policy
// of 100,000 categories validates, composes and round-trips. The memory
// that decoding takes is bounded by the size of the input instead
// ([DefaultMaxBytes], Decoder.MaxBytes), but per declaration rather than
// per byte: the model holds a whole Category (about 370 bytes before its
// strings) for each declared category however short its JSON is. For
// categories as services write them (the examples' policies repeated to
// 5,000 categories, and generated ones) the peak heap of Decode is 2.7 to
// 5 times the input; for the worst case, categories of nothing but an ID
// ({"id":"c1"}, 16 bytes), it is about 1.3 to 2.3 KiB a category, 80 to
// 155 times the input (TestDecodePeakHeap). A limit on the count that
// brought that case under 10 times the input would refuse policies of a
// few thousand real categories, and, being shared with Validate, would
// make large policies invalid; so the count is left to MaxBytes.
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
