package policy

import "slices"

// A Deletion says how data is removed after an event, in stages, such as
// "deleted items stay in the trash for 30 days, are then removed from live
// systems within 30 days and from backups within 30 more". It adds to the
// retention of the categories it names: retention says how long data is
// kept, a deletion how its removal proceeds once it is due.
type Deletion struct {
	// From is the event that starts the deletion, such as
	// EventDeletionRequest or EventTrashed.
	From Event
	// Categories are the declared categories it applies to; empty means
	// all data.
	Categories []*Category
	// Stages are the stages of removal, in order. Each stage's Within is
	// counted from the end of the stage before it, the first stage's from
	// the event. Without stages the document says that the data is
	// removed, and what is kept (Kept), but not how soon; Validate warns.
	Stages []Stage
	// LegalHold reports that data under a legal hold is kept until the
	// hold ends, and the stages then run from EventLegalHoldEnd.
	LegalHold bool
	// SharedCopies reports that what the user sent or shared with other
	// people, such as messages in their chats or posts in a group, stays
	// with them: the deletion removes the service's copies of the user's
	// data, not the copies other people received.
	SharedCopies bool
	// Kept are the reasons for which some of the data outlives the
	// deletion, such as KeptLegalObligation for records a law requires
	// and KeptAbuse for what keeps a banned user from returning; empty
	// where the deletion removes everything it names.
	Kept []KeptReason
	// KeptFor is the longest time data kept for those reasons stays
	// after the event that starts the deletion; zero where the policy
	// does not say. It needs Kept.
	KeptFor Period
	// KeptRestricted reports that the data kept for those reasons is
	// restricted (blocked) rather than used: stored apart, processed for
	// nothing but the reason it is kept, and made available only to
	// courts and the authorities entitled to it, until it is removed.
	// This is the restriction of processing of GDPR Art. 18 where erasure
	// must wait, which some laws require in terms, such as Spain's
	// LOPDGDD art. 32 (bloqueo) or Germany's BDSG § 35(3) where a
	// retention period stands in the way of erasure. It needs Kept.
	KeptRestricted bool
	// Note adds a sentence.
	// Shape: one or more sentences, each ending with a stop.
	Note string
}

// Total returns the longest time the stages of d can take in all: the sum
// of their periods.
func (d Deletion) Total() Period {
	var t Period
	for _, s := range d.Stages {
		t.Years += s.Within.Years
		t.Months += s.Within.Months
		t.Days += s.Within.Days
		t.Hours += s.Within.Hours
	}
	return t
}

// A Stage is one stage of a [Deletion].
type Stage struct {
	// Removal is what happens at the end of the stage.
	Removal Removal
	// Within is the longest time the stage takes.
	Within Period
}

// A Removal is a step in the removal of data.
type Removal uint8

// Steps of removal, in the order they happen.
const (
	RemovalTrash      Removal = iota + 1 // Kept in a trash from which the user can restore it; then removed.
	RemovalLive                          // Removed from live systems.
	RemovalBackups                       // Removed from backups.
	RemovalAnonymised                    // Anonymised, so that it no longer relates to the user.
)

var removalEnum = enum{"Removal",
	[]string{"", "trash", "live", "backups", "anonymised"},
	[]string{"", "kept in the trash, where it can be restored", "removed from live systems", "removed from backups", "anonymised"}}

// Valid reports whether r is a defined removal.
func (r Removal) Valid() bool { return removalEnum.valid(uint8(r)) }

// Name returns the English name of r.
func (r Removal) Name() string { return removalEnum.name(uint8(r)) }

// String returns the stable identifier of r used in JSON.
func (r Removal) String() string { return removalEnum.str(uint8(r)) }

// MarshalText implements [encoding.TextMarshaler].
func (r Removal) MarshalText() ([]byte, error) { return removalEnum.marshal(uint8(r)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *Removal) UnmarshalText(b []byte) error {
	v, err := removalEnum.unmarshal(b)
	*r = Removal(v)
	return err
}

// A KeptReason is why some data outlives a [Deletion]: the statement,
// common in published policies, that "even after you delete your account
// we keep some information where the law requires it, to resolve
// disputes, to prevent fraud and to keep banned users from returning".
type KeptReason uint8

// Reasons data is kept after a deletion.
const (
	// KeptLegalObligation: a law requires the data to be kept, such as
	// accounting or anti-money-laundering records (GDPR Art. 17(3)(b)).
	KeptLegalObligation KeptReason = iota + 1
	// KeptLegalClaims: to resolve disputes and to establish, exercise or
	// defend legal claims (GDPR Art. 17(3)(e)).
	KeptLegalClaims
	// KeptFraud: to prevent and detect fraud.
	KeptFraud
	// KeptAbuse: to keep people who broke the service's rules, such as a
	// banned user, from returning under a new account.
	KeptAbuse
)

var keptReasonEnum = enum{"KeptReason",
	[]string{"", "legal_obligation", "legal_claims", "fraud", "abuse"},
	[]string{"", "where the law requires us to keep it", "to resolve disputes or defend legal claims", "to prevent fraud", "to keep users we have banned from returning"}}

// Valid reports whether r is a defined reason.
func (r KeptReason) Valid() bool { return keptReasonEnum.valid(uint8(r)) }

// Name returns the English name of r, a phrase that completes "we keep
// some data ...".
func (r KeptReason) Name() string { return keptReasonEnum.name(uint8(r)) }

// String returns the stable identifier of r used in JSON.
func (r KeptReason) String() string { return keptReasonEnum.str(uint8(r)) }

// MarshalText implements [encoding.TextMarshaler].
func (r KeptReason) MarshalText() ([]byte, error) { return keptReasonEnum.marshal(uint8(r)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *KeptReason) UnmarshalText(b []byte) error {
	v, err := keptReasonEnum.unmarshal(b)
	*r = KeptReason(v)
	return err
}

// Keeps reports whether d keeps some data for reason r.
func (d Deletion) Keeps(r KeptReason) bool { return slices.Contains(d.Kept, r) }
