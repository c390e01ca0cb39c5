package policy

// CCPAMetrics are the metrics a business that handles the personal
// information of 10,000,000 or more consumers a year discloses by 1 July
// of every year for the previous calendar year (Cal. Code Regs. tit. 11,
// 7102(a)(1)): for each kind of request, how many it received, complied
// with in whole or in part, and denied, and the median or mean number of
// days within which it substantively responded.
type CCPAMetrics struct {
	// Year is the calendar year counted.
	Year int
	// Mean reports that the Days of each kind are means; false means
	// medians.
	Mean bool
	// Delete, Correct, Know, OptOut and Limit are the requests to delete,
	// to correct, to know, to opt out of sale or sharing, and to limit
	// the use of sensitive personal information (7102(a)(1)(A)-(E)).
	Delete, Correct, Know, OptOut, Limit CCPARequestCounts
}

// CCPARequestCounts are the metrics of one kind of request.
type CCPARequestCounts struct {
	// Received, Complied and Denied count the requests received, those
	// complied with in whole or in part, and those denied.
	Received, Complied, Denied int
	// Days is the median (or, where CCPAMetrics.Mean says so, the mean)
	// number of days within which the business substantively responded,
	// rounded to whole days (7102(a)(1)(F)).
	Days int
}

// A CCPARequestKind is one kind of request counted in [CCPAMetrics], with
// its counts.
type CCPARequestKind struct {
	// Key is the kind's identifier in JSON, such as "opt_out".
	Key string
	// Name is its English name, such as "Requests to know"; renderers
	// translate it, and it is also the key for translations.
	Name string
	// Counts are the kind's metrics.
	Counts CCPARequestCounts
}

// Kinds returns the kinds of request m counts, in the order of
// Cal. Code Regs. tit. 11, 7102(a)(1)(A)-(E): delete, correct, know, opt
// out, limit.
func (m CCPAMetrics) Kinds() []CCPARequestKind {
	return []CCPARequestKind{
		{"delete", "Requests to delete", m.Delete},
		{"correct", "Requests to correct", m.Correct},
		{"know", "Requests to know", m.Know},
		{"opt_out", "Requests to opt out of sale or sharing", m.OptOut},
		{"limit", "Requests to limit the use of sensitive personal information", m.Limit},
	}
}
