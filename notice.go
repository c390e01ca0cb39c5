package policy

// What the policy covers beyond its own processing, and how consent to a
// purpose is given: data the service processes for its customers as their
// processor, the controller's other notices, the paid alternative to
// consent, and how consent is obtained and recorded.

// A CustomerData states the personal data the service processes as a
// processor on behalf of its business customers, such as the content that
// the members of an organisation store under an enterprise plan. Each
// customer is the controller of that data (GDPR Art. 4(7), 4(8), 28; the
// "service provider" of the CCPA; processing "on behalf of the operator"
// under 152-FZ Art. 6(3)): the policy does not cover it, the customer's
// own privacy policy governs it, and the people it concerns address their
// requests to the customer. The zero value states none.
type CustomerData struct {
	// Customers names the customers on whose behalf the data is
	// processed, such as "organisations on an Enterprise plan"; empty
	// means the service's customers in general.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Customers string
	// Data names the data processed on the customers' behalf, such as
	// "the repositories, issues and comments that members of an
	// organisation create"; required where CustomerData states anything.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Data string
	// TermsURL is where the terms of that processing are published, such
	// as the data processing agreement; empty where they are not public.
	TermsURL string
	// ContractPrevails reports whether, where a customer's contract with
	// the service conflicts with this policy, the contract governs the
	// data processed on the customer's behalf.
	ContractPrevails bool
	// ChoosesStorage reports whether each customer may choose the region
	// where the data processed on its behalf is stored.
	ChoosesStorage bool
	// ForwardsRequests reports whether a request about that data which a
	// data subject sends to the service instead of the customer is passed
	// on to the customer (as a processor assists the controller with
	// requests, GDPR Art. 28(3)(e)), so that the sender need not make it
	// again.
	ForwardsRequests bool
}

// IsZero reports whether d states nothing.
func (d CustomerData) IsZero() bool { return d == CustomerData{} }

// A Notice is another privacy notice of the controller's, which applies to
// an audience or a subject that this policy leaves to it, such as the
// notice for employees and job applicants, or the consumer health data
// privacy policy that Washington's My Health My Data Act and Nevada's
// SB 370 require.
type Notice struct {
	// Covers names whom or what the notice applies to, such as
	// "employees and job applicants" or "consumer health data under
	// Washington and Nevada law"; required.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Covers string
	// URL is where the notice is published; empty where it is given
	// otherwise, such as to employees directly.
	URL string
}

// A PaidAlternative is the paid offer a service makes instead of consent
// to a purpose ("consent or pay"), such as a subscription without
// advertising tracking: the user either consents to the purpose or takes
// the offer, under which the service does not process the user's data for
// that purpose. It belongs to a purpose that rests on consent. The zero
// value states none.
type PaidAlternative struct {
	// Offer names the alternative, such as "an ad-free subscription";
	// required where PaidAlternative states anything.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Offer string
	// URL is where the offer and its price are described or taken up.
	URL string
}

// IsZero reports whether a states nothing.
func (a PaidAlternative) IsZero() bool { return a == PaidAlternative{} }

// A ConsentMethod says how the consent a purpose rests on is obtained;
// its zero value means "not stated".
type ConsentMethod uint8

// Methods of obtaining consent.
const (
	// ConsentMethodCheckbox is a box that is not ticked in advance and
	// that the user ticks, or a like affirmative act.
	ConsentMethodCheckbox ConsentMethod = iota + 1
	// ConsentMethodDoubleOptIn is double opt-in: the consent takes effect
	// once the user confirms it through a message sent to the address
	// given, which shows that the address is the user's.
	ConsentMethodDoubleOptIn
	// ConsentMethodConsentTool is a consent management tool, such as a
	// cookie banner or a privacy centre, in which the user gives or
	// refuses consent.
	ConsentMethodConsentTool
	// ConsentMethodWritten is consent in writing, signed by hand or with
	// an electronic signature (152-FZ Art. 9(4)).
	ConsentMethodWritten
	// ConsentMethodPlatformPrompt is the permission prompt of the user's
	// device or operating system, such as the App Tracking Transparency
	// prompt on iOS, in which the user allows or refuses the processing.
	ConsentMethodPlatformPrompt
)

var consentMethodEnum = enum{"ConsentMethod",
	[]string{"", "checkbox", "double_opt_in", "consent_tool", "written", "platform_prompt"},
	[]string{"", "checkbox", "double opt-in", "consent management tool", "written consent", "platform permission prompt"}}

// Valid reports whether m is a defined method.
func (m ConsentMethod) Valid() bool { return consentMethodEnum.valid(uint8(m)) }

// Name returns the English name of m, such as "double opt-in".
func (m ConsentMethod) Name() string { return consentMethodEnum.name(uint8(m)) }

// String returns the stable identifier of m used in JSON.
func (m ConsentMethod) String() string { return consentMethodEnum.str(uint8(m)) }

// MarshalText implements [encoding.TextMarshaler].
func (m ConsentMethod) MarshalText() ([]byte, error) { return consentMethodEnum.marshal(uint8(m)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (m *ConsentMethod) UnmarshalText(b []byte) error {
	v, err := consentMethodEnum.unmarshal(b)
	*m = ConsentMethod(v)
	return err
}

// RestsOnConsent reports whether p rests on consent or explicit consent,
// the grounds that its consent method, its record of consent and its paid
// alternative qualify.
func (p *Purpose) RestsOnConsent() bool {
	return p.HasBasis(BasisConsent) || p.HasBasis(BasisExplicitConsent)
}
