package policy

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
	// the event.
	Stages []Stage
	// LegalHold reports that data under a legal hold is kept until the
	// hold ends, and the stages then run from EventLegalHoldEnd.
	LegalHold bool
	// SharedCopies reports that what the user sent or shared with other
	// people, such as messages in their chats or posts in a group, stays
	// with them: the deletion removes the service's copies of the user's
	// data, not the copies other people received.
	SharedCopies bool
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
