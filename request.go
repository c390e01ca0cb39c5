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
	// Contents are the details a request must contain, such as the
	// requester's identity document and signature (152-FZ Art. 14(3)).
	Contents []RequestDetail
	// RepeatAfter is the time after a first request before the same
	// information may be asked for again, unless the requester gives
	// reasons, such as not having received it in full (152-FZ
	// Art. 14(4)-(5): 30 days, unless a federal law or the contract with
	// the data subject sets a shorter period).
	RepeatAfter Period
}

// IsZero reports whether r states nothing.
func (r Requests) IsZero() bool {
	return len(r.Verification) == 0 && r.VerificationDetail == "" && r.Agents == 0 &&
		r.Deadline.IsZero() && r.Extension.IsZero() && !r.WorkingDays && r.WithoutAccount == "" &&
		len(r.Contents) == 0 && r.RepeatAfter.IsZero()
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
		"by asking for an identity document"}}

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

// A RequestDetail is a detail a request must contain, or a form it may
// take, as 152-FZ Art. 14(3) lists them.
type RequestDetail uint8

// Details of a request.
const (
	RequestDetailIdentityDocument    RequestDetail = iota + 1 // The number, date of issue and issuer of the identity document of the data subject or their representative.
	RequestDetailRelationship                                 // Details confirming the data subject's relationship with the controller, such as the number and date of the contract.
	RequestDetailSignature                                    // The signature of the data subject or their representative.
	RequestDetailElectronicSignature                          // The request may be an electronic document signed with an electronic signature.
)

var requestDetailEnum = enum{"RequestDetail",
	[]string{"", "identity_document", "relationship", "signature", "electronic_signature"},
	[]string{"",
		"the identity document of the data subject or their representative",
		"details confirming the relationship with the controller",
		"the signature of the data subject or their representative",
		"an electronic signature"}}

// Valid reports whether d is a defined detail.
func (d RequestDetail) Valid() bool { return requestDetailEnum.valid(uint8(d)) }

// Name returns the English name of d.
func (d RequestDetail) Name() string { return requestDetailEnum.name(uint8(d)) }

// String returns the stable identifier of d used in JSON.
func (d RequestDetail) String() string { return requestDetailEnum.str(uint8(d)) }

// MarshalText implements [encoding.TextMarshaler].
func (d RequestDetail) MarshalText() ([]byte, error) { return requestDetailEnum.marshal(uint8(d)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *RequestDetail) UnmarshalText(b []byte) error {
	v, err := requestDetailEnum.unmarshal(b)
	*d = RequestDetail(v)
	return err
}
