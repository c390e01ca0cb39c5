package policy

// Limits on the values of a policy. [Policy.Validate] reports a value
// beyond them (rule [RuleOutOfRange], or [RuleInvalidID] for an ID) and the
// JSON reader refuses one, so that every policy that validates can be
// encoded and decoded again to the same policy, and arithmetic on its
// values cannot overflow.
//
//	value                           limit
//	Period.Years, .Months, .Days    0 to MaxPeriodUnit each (weeks count as 7 days)
//	Period.Hours                    0 to MaxPeriodHours
//	Children.MinimumAge             0 to MaxMinimumAge
//	Children.ByRegion[].Age         1 to MaxMinimumAge
//	Children.ConsentAge             0 to MaxMinimumAge
//	Purpose.MinimumAge              0 to MaxMinimumAge
//	Date.Year                       MinYear to MaxYear
//	declaration ID                  1 to MaxIDLength bytes (see ValidID)
//
// There is deliberately no limit on the number of declarations: a policy
// of 100,000 categories validates, composes and round-trips. The memory
// that decoding takes is bounded by the input instead. Decoder.MaxBytes
// ([DefaultMaxBytes]) bounds the input; Decoder.MaxExpansion
// ([DefaultMaxExpansion], 8) bounds the policy built from it: the decoder
// counts the memory of what it has built (struct sizes, string and slice
// bytes, the ID tables that resolve references) and stops, naming the
// element it was reading, once that exceeds MaxExpansion times the input
// read so far plus [ExpansionSlack] (1 MiB). So the peak heap of Decode
// stays within 10 times the input plus 1.5 MiB for every input it accepts
// or refuses (TestDecodePeakHeap tries a dense shape of every list up to
// DefaultMaxBytes). Policies as services write them take 1.0 to 1.5 times
// their JSON (the examples, and generated policies of 1,000 to 100,000
// categories), far inside the default; what reaches it is many
// declarations that state almost nothing, such as categories of an ID
// alone ({"id":"c1"}, 16 bytes of JSON for about 450 bytes of model),
// which are refused within the first 50 KB. A service that means to
// publish such a policy raises Decoder.MaxExpansion.
const (
	// MaxPeriodUnit is the largest number of years, months or days in a
	// Period, after weeks are turned into days.
	MaxPeriodUnit = 100000
	// MaxPeriodHours is the largest number of hours in a Period: as long
	// as MaxPeriodUnit days.
	MaxPeriodHours = 24 * MaxPeriodUnit
	// MaxMinimumAge is the largest Children.MinimumAge, and the largest
	// age of an AgeLimit, in years.
	MaxMinimumAge = 150
	// MinYear and MaxYear bound the year of a valid Date.
	MinYear, MaxYear = 1, 9999
	// MaxIDLength is the length of the longest valid ID, in bytes.
	MaxIDLength = 128
)
