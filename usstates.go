package policy

// A USStatesNotice holds what the US state comprehensive privacy laws
// ([USStates]) ask a privacy notice to state beyond the rest of the model.
// The rest comes from the declarations every law reads: the categories
// of personal data and their purposes, the recipients (a third party's
// categories are the categories of personal data shared with it), the
// rights (Policy.Rights, with [RightOptOutOfSale],
// [RightOptOutOfTargetedAdvertising] and [RightOptOutOfProfiling]), the
// time to answer a request (Policy.Requests) and the contact.
type USStatesNotice struct {
	// Sells says whether the controller sells personal data to third
	// parties, as these laws define a sale: an exchange for monetary
	// consideration (Virginia, Utah and Iowa; from memory, not verified) or
	// for monetary or other valuable consideration (most others). It is
	// asked apart from CCPANotice.Sold, which says whether personal
	// information was sold in the preceding 12 months under the CCPA's
	// own definition. Where Yes, the notice discloses the sale and how to
	// opt out (Va. Code § 59.1-578(D)).
	Sells Answer
	// TargetedAdvertising says whether the controller processes personal
	// data for targeted advertising: displaying advertisements selected
	// from personal data obtained from the consumer's activities over time
	// and across nonaffiliated websites or online applications (Va. Code
	// § 59.1-575). It differs from the CCPA's sharing for cross-context
	// behavioral advertising (CCPANotice.Shared), which is a disclosure
	// to a third party; targeting on the controller's own services from
	// data obtained elsewhere is targeted advertising too. Where Yes, the
	// notice discloses it and how to opt out (§ 59.1-578(D)).
	TargetedAdvertising Answer
	// Appeal is how a consumer appeals the controller's refusal to act on
	// a request; the notice must say how (§ 59.1-578(C)(3)).
	Appeal Appeal
}

// IsZero reports whether n states nothing.
func (n USStatesNotice) IsZero() bool {
	return n.Sells == 0 && n.TargetedAdvertising == 0 && n.Appeal == (Appeal{})
}

// An Appeal is the process by which a consumer appeals the controller's
// refusal to act on a request to exercise a right, which the US state
// privacy laws require a controller to establish, make conspicuously
// available and describe in its privacy notice (Va. Code § 59.1-577(C),
// 59.1-578(C)(3)). Utah's UCPA requires no appeal.
type Appeal struct {
	// How says how to appeal, such as "by replying to our answer with the
	// word APPEAL" or "with the appeal form in the privacy centre".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	How string
	// URL is the address of the appeal form or page, where there is one.
	URL string
	// Deadline is the controller's own time to answer an appeal in
	// writing, counted from its receipt; zero means not stated. The laws
	// allow at most 60 days (Virginia, Connecticut and most) or 45
	// (Colorado, which allows a further 60 where reasonably necessary).
	Deadline Period
	// AttorneyGeneral states that, where the controller denies an appeal,
	// it tells the consumer how to contact the Attorney General to submit
	// a complaint (an online mechanism where one is available), as the
	// laws require (§ 59.1-577(C)).
	AttorneyGeneral bool
}

// IsZero reports whether a states nothing.
func (a Appeal) IsZero() bool { return a == (Appeal{}) }
