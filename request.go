package policy

// Requests says how the service handles requests to exercise a right:
// how it verifies the requester, whether agents may ask on someone's
// behalf, how soon it answers, and how people without an account ask.
type Requests struct {
	// Verification are the ways the requester's identity is verified.
	Verification []Verification
	// VerificationDetail adds what the ways leave open, such as which
	// data points are matched.
	// Shape: one or more sentences, each ending with a stop.
	VerificationDetail string
	// Agents says whether an authorised agent may make a request on
	// someone's behalf, with their signed permission (Cal. Code Regs.
	// tit. 11, 7063); zero means not stated.
	Agents Answer
	// Deadline is the service's own time to answer a request; the laws
	// set their own maximums.
	Deadline Period
	// Extension is how much longer the answer may take where a request
	// is complex or requests are many, after the requester is told why.
	Extension Period
	// WorkingDays reports that Deadline and Extension count working days,
	// Monday to Friday, as 152-FZ counts its own ("10 working days"); both
	// are then stated in days only.
	WorkingDays bool
	// WithoutAccount says how people without an account, or whose data
	// the service received from its customers, make a request, such as
	// "by writing to privacy@example.com".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	WithoutAccount string
}

// IsZero reports whether r states nothing.
func (r Requests) IsZero() bool {
	return len(r.Verification) == 0 && r.VerificationDetail == "" && r.Agents == 0 &&
		r.Deadline.IsZero() && r.Extension.IsZero() && !r.WorkingDays && r.WithoutAccount == ""
}

// A Verification is a way of verifying who makes a request.
type Verification uint8

// Ways of verifying a requester.
const (
	VerificationSignedIn   Verification = iota + 1 // The request is made while signed in to the account.
	VerificationEmail                              // The requester confirms from the email address on record.
	VerificationDataPoints                         // Data points the requester gives are matched against those the service holds.
	VerificationDocument                           // The requester shows an identity document.
)

var verificationEnum = enum{"Verification",
	[]string{"", "signed_in", "email", "data_points", "document"},
	[]string{"",
		"by asking you to sign in to your account",
		"by a confirmation from the email address we have on record",
		"by matching information you give us against information we hold",
		"by an identity document"}}

// Valid reports whether x is a defined verification.
func (x Verification) Valid() bool { return verificationEnum.valid(uint8(x)) }

// Name returns the English name of x.
func (x Verification) Name() string { return verificationEnum.name(uint8(x)) }

// String returns the stable identifier of x used in JSON.
func (x Verification) String() string { return verificationEnum.str(uint8(x)) }

// MarshalText implements [encoding.TextMarshaler].
func (x Verification) MarshalText() ([]byte, error) { return verificationEnum.marshal(uint8(x)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (x *Verification) UnmarshalText(b []byte) error {
	v, err := verificationEnum.unmarshal(b)
	*x = Verification(v)
	return err
}
