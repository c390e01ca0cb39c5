package policy

// A Suspension states that, in pursuing a purpose, the service may block
// or suspend something of the person's, such as an account, a card or a
// payment, on grounds such as suspected fraud, and how the person contests
// the decision: a bank that suspends a transfer it suspects was made
// without the customer's consent (Russian Federal Law No. 161-FZ “On the
// National Payment System”, Art. 8(5.1)-(5.3)), a delivery service that
// blocks an account used for fraud, a platform that deactivates a
// driver's account and lets the driver ask for human review. The zero
// value states none.
//
// Where a person's account or payment is blocked solely by automated
// means, the decision has a legal or similarly significant effect: GDPR
// Art. 22(3) (and the UK GDPR's) asks for human intervention and a way to
// contest it, 152-FZ Art. 16(3) for a way to object; Validate checks that
// a Suspension decided by an automated system under those laws says how
// the person contests it and, under the GDPR, that a person reviews the
// objection.
type Suspension struct {
	// Targets are what may be blocked or suspended; at least one is
	// required where the Suspension states anything.
	Targets []SuspensionTarget
	// Grounds are why; at least one is required where the Suspension
	// states anything.
	Grounds []SuspensionGround
	// Automated says whether an automated system takes the decision
	// without a person reviewing it first (AnswerYes) or a person takes
	// it (AnswerNo); zero means not stated.
	Automated Answer
	// Contest says how the person contests the decision, such as "by
	// calling the bank or in the app".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Contest string
	// ContestURL is where the form to contest the decision is published.
	ContestURL string
	// ContestWithin is how long after being told of the decision the
	// person has to contest it; zero means no time limit is stated.
	ContestWithin Period
	// HumanReview reports that a person, not an automated system, decides
	// on the objection (GDPR Art. 22(3): the right to obtain human
	// intervention).
	HumanReview bool
	// Reasons reports that the person is told of the decision and why, in
	// a statement of reasons: the facts and grounds it rests on, whether
	// an automated system took or helped it, and how to contest it, as an
	// online platform must state when it removes content or suspends an
	// account (Digital Services Act Art. 17).
	Reasons bool
	// OutOfCourt reports that a person not satisfied with the answer to
	// their objection may take the dispute to a certified out-of-court
	// dispute settlement body (Digital Services Act Art. 21). It needs a
	// way to contest the decision (Contest or ContestURL).
	OutOfCourt bool
}

// IsZero reports whether s states nothing.
func (s Suspension) IsZero() bool {
	return len(s.Targets) == 0 && len(s.Grounds) == 0 && s.Automated == 0 && s.Contest == "" &&
		s.ContestURL == "" && s.ContestWithin.IsZero() && !s.HumanReview && !s.Reasons && !s.OutOfCourt
}

// Contestable reports whether s says how the person contests the
// decision: in words or with a form.
func (s Suspension) Contestable() bool { return s.Contest != "" || s.ContestURL != "" }

// A SuspensionTarget is what a [Suspension] may block, suspend or cancel.
type SuspensionTarget uint8

// What may be blocked or suspended.
const (
	SuspensionTargetAccount      SuspensionTarget = iota + 1 // The person's account, blocked or deactivated.
	SuspensionTargetCard                                     // The person's payment card, blocked.
	SuspensionTargetPayment                                  // A payment or transfer of money, suspended before it is made.
	SuspensionTargetRemoteAccess                             // Remote access to the service, such as online banking, suspended.
	SuspensionTargetOrder                                    // An order, cancelled.
	// SuspensionTargetContent is content the person posts, such as a
	// listing, a video or a comment, removed by moderation (Regulation
	// (EU) 2022/2065, the Digital Services Act, Art. 17(1)(a), calls
	// this a restriction of the visibility of information).
	SuspensionTargetContent
	// SuspensionTargetFeatures is some of what the person can do in the
	// service, such as posting, commenting or sending messages, limited
	// for a time while the account stays open.
	SuspensionTargetFeatures
	// SuspensionTargetServices is the services the person receives, such
	// as a telephone line, an internet connection or an energy supply,
	// suspended or limited, as a telecom operator or a supplier does when
	// its bills go unpaid.
	SuspensionTargetServices
	// SuspensionTargetBankAccount is the person's bank or payment
	// account, blocked or frozen, as a bank does on suspected money
	// laundering; SuspensionTargetAccount is an account with the
	// service, such as a user's login.
	SuspensionTargetBankAccount
)

var suspensionTargetEnum = enum{"SuspensionTarget",
	[]string{"", "account", "card", "payment", "remote_access", "order", "content", "features", "services", "bank_account"},
	[]string{"", "block your account", "block your card", "suspend a payment or transfer", "suspend your remote access to the service", "cancel an order",
		"remove content you post", "limit what you can do in our services", "suspend or limit the services you receive from us", "block your bank account"}}

// Valid reports whether t is a defined target.
func (t SuspensionTarget) Valid() bool { return suspensionTargetEnum.valid(uint8(t)) }

// Name returns the English name of t, as the verb phrase the document
// uses, such as "block your card".
func (t SuspensionTarget) Name() string { return suspensionTargetEnum.name(uint8(t)) }

// String returns the stable identifier of t used in JSON.
func (t SuspensionTarget) String() string { return suspensionTargetEnum.str(uint8(t)) }

// MarshalText implements [encoding.TextMarshaler].
func (t SuspensionTarget) MarshalText() ([]byte, error) {
	return suspensionTargetEnum.marshal(uint8(t))
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (t *SuspensionTarget) UnmarshalText(b []byte) error {
	v, err := suspensionTargetEnum.unmarshal(b)
	*t = SuspensionTarget(v)
	return err
}

// A SuspensionGround is why a [Suspension] blocks or suspends.
type SuspensionGround uint8

// Grounds for blocking or suspending.
const (
	// SuspensionGroundFraud is suspected fraud, such as an account used
	// to obtain orders or payouts deceitfully.
	SuspensionGroundFraud SuspensionGround = iota + 1
	// SuspensionGroundUnauthorised is a payment or transfer suspected of
	// being made without the customer's consent (161-FZ Art. 8(5.1): the
	// signs the Bank of Russia sets). Access to an account by someone
	// else is SuspensionGroundAccountTakeover.
	SuspensionGroundUnauthorised
	// SuspensionGroundAccountTakeover is suspected access to the
	// person's account by someone else.
	SuspensionGroundAccountTakeover
	// SuspensionGroundTermsBreach is abuse of the service or a breach of
	// its terms, such as fake reviews or abusive messages.
	SuspensionGroundTermsBreach
	// SuspensionGroundMoneyLaundering is suspected money laundering or
	// financing of terrorism, as anti-money-laundering laws define it.
	SuspensionGroundMoneyLaundering
	// SuspensionGroundSafetyReport is unsafe conduct other users report,
	// such as a rider's report that a driver drove dangerously or a
	// customer's report that a seller's goods were unsafe, on which a
	// ride-hailing platform or a marketplace deactivates an account.
	SuspensionGroundSafetyReport
	// SuspensionGroundUnderage is a user suspected of being younger than
	// the minimum age of the service (Children), such as an account a
	// social app bans until its holder proves their age.
	SuspensionGroundUnderage
	// SuspensionGroundHarm is signs that the person is being harmed by
	// their use of the service, such as gambling harm, on which a
	// gambling operator limits or suspends an account until it has
	// spoken to the customer.
	SuspensionGroundHarm
	// SuspensionGroundIllegalContent is content suspected of being
	// illegal, such as a counterfeit listing or hate speech, found by the
	// service or notified to it by others (Digital Services Act Art. 16).
	SuspensionGroundIllegalContent
	// SuspensionGroundNonPayment is the person's failure to pay what they
	// owe for the services, on which a telecom operator suspends a line
	// or a supplier limits a supply; unlike the other grounds, it is a
	// fact, not a suspicion.
	SuspensionGroundNonPayment
)

var suspensionGroundEnum = enum{"SuspensionGround",
	[]string{"", "fraud", "unauthorised", "account_takeover", "terms_breach", "money_laundering", "safety_report", "underage", "harm", "illegal_content", "non_payment"},
	[]string{"", "fraud", "a payment you did not authorise", "access to your account by someone else",
		"abuse of the service or a breach of its terms", "money laundering or the financing of terrorism",
		"unsafe conduct reported by other users", "that you are under the minimum age for our services",
		"that your use of our services is harming you", "illegal content", "that you have not paid for our services"}}

// Valid reports whether g is a defined ground.
func (g SuspensionGround) Valid() bool { return suspensionGroundEnum.valid(uint8(g)) }

// Name returns the English name of g, such as "fraud".
func (g SuspensionGround) Name() string { return suspensionGroundEnum.name(uint8(g)) }

// String returns the stable identifier of g used in JSON.
func (g SuspensionGround) String() string { return suspensionGroundEnum.str(uint8(g)) }

// MarshalText implements [encoding.TextMarshaler].
func (g SuspensionGround) MarshalText() ([]byte, error) {
	return suspensionGroundEnum.marshal(uint8(g))
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (g *SuspensionGround) UnmarshalText(b []byte) error {
	v, err := suspensionGroundEnum.unmarshal(b)
	*g = SuspensionGround(v)
	return err
}
