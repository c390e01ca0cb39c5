package policy

// A UserDuty is what a policy asks of its users about the data they give,
// such as "you are responsible for the accuracy of the data you give us",
// as published policies, Russian ones above all, state it (see
// [Policy.UserDuties]). It allocates no duty of the controller's: the
// controller stays bound to keep the data accurate (GDPR Art. 5(1)(d),
// 152-FZ Art. 5(5)), and the document says it corrects what it is told.
type UserDuty uint8

// Duties of users.
const (
	// UserDutyAccuracy: the user gives accurate data about themselves
	// and says when it changes.
	UserDutyAccuracy UserDuty = iota + 1
	// UserDutyOthersInformed: a user who gives data about other people,
	// such as passengers, contacts or the users of a line, must be
	// entitled to give it and tell them of it and of the policy (GDPR
	// Art. 14 is the service's, but it relies on the user to pass it on).
	UserDutyOthersInformed
)

var userDutyEnum = enum{"UserDuty",
	[]string{"", "accuracy", "others_informed"},
	[]string{"", "accuracy of the data you give us", "informing the people whose data you give us"}}

// Valid reports whether d is a defined duty.
func (d UserDuty) Valid() bool { return userDutyEnum.valid(uint8(d)) }

// Name returns the English name of d.
func (d UserDuty) Name() string { return userDutyEnum.name(uint8(d)) }

// String returns the stable identifier of d used in JSON.
func (d UserDuty) String() string { return userDutyEnum.str(uint8(d)) }

// MarshalText implements [encoding.TextMarshaler].
func (d UserDuty) MarshalText() ([]byte, error) { return userDutyEnum.marshal(uint8(d)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *UserDuty) UnmarshalText(b []byte) error {
	v, err := userDutyEnum.unmarshal(b)
	*d = UserDuty(v)
	return err
}
