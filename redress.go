package policy

import "golang.org/x/text/language"

// A Redress is a body, other than the courts, to which a user can take a
// complaint about the service.
type Redress struct {
	Kind RedressKind
	// Contact names the body and how to reach it.
	Contact Contact
	// Region is where the body has jurisdiction, if it is not everywhere
	// the policy applies. For a dispute-resolution or arbitration body the
	// document reads it as the users the body serves; for a regulator or
	// supervisory authority, which has jurisdiction over the service rather
	// than over its users, as where that jurisdiction lies.
	Region language.Region
}

// A RedressKind says what kind of body a [Redress] is.
type RedressKind uint8

// Kinds of redress.
const (
	RedressDisputeResolution RedressKind = iota + 1 // An independent dispute-resolution body, free of charge to the user.
	RedressArbitration                              // A binding arbitration body.
	RedressRegulator                                // A regulator with jurisdiction over the service, such as the US Federal Trade Commission.
	// RedressSupervisoryAuthority is a data protection supervisory
	// authority competent for the service, such as the authority of the
	// place of its main establishment, named in addition to those the
	// policy's laws name.
	RedressSupervisoryAuthority
	// RedressOmbudsman is the service's own ombudsman, a unit apart from
	// its customer service that reviews the complaints customer service
	// did not resolve, such as the ouvidoria Brazilian banks, telecoms
	// and health plans must keep (Resolution CMN No. 4,860/2020 for
	// financial institutions). An ombudsman scheme outside the service,
	// such as the UK's Financial Ombudsman Service, is an independent
	// body: RedressDisputeResolution.
	RedressOmbudsman
)

var redressKindEnum = enum{"RedressKind",
	[]string{"", "dispute_resolution", "arbitration", "regulator", "supervisory_authority", "ombudsman"},
	[]string{"", "an independent dispute-resolution body", "an arbitration body", "a regulator with jurisdiction over us", "data protection supervisory authority competent for us", "our ombudsman, for complaints our customer service did not resolve"}}

// Valid reports whether k is a defined kind of redress.
func (k RedressKind) Valid() bool { return redressKindEnum.valid(uint8(k)) }

// Name returns the English name of k.
func (k RedressKind) Name() string { return redressKindEnum.name(uint8(k)) }

// String returns the stable identifier of k used in JSON.
func (k RedressKind) String() string { return redressKindEnum.str(uint8(k)) }

// MarshalText implements [encoding.TextMarshaler].
func (k RedressKind) MarshalText() ([]byte, error) { return redressKindEnum.marshal(uint8(k)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *RedressKind) UnmarshalText(b []byte) error {
	v, err := redressKindEnum.unmarshal(b)
	*k = RedressKind(v)
	return err
}

// An Establishment is an office of the controller in another
// jurisdiction, such as its subsidiary in the EU. Unlike a
// [Representative] (GDPR Art. 27), an establishment makes the controller
// subject to the law of its place.
type Establishment struct {
	Region  language.Region // the country, or EU for the Union
	Contact Contact
	// ControllerFor, if set, is the region whose users have this
	// establishment, instead of Policy.Controller, as the controller of
	// their data, such as EU where a subsidiary in Ireland is the
	// controller for users in the European Union. It lives here rather
	// than in a list of regional controllers because such a controller
	// is an establishment of the controller's own group: declared here,
	// its name, place and contact are stated once, and the document says
	// in the general provisions for whom it is the controller.
	ControllerFor language.Region
}
