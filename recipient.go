package policy

import (
	"slices"

	"golang.org/x/text/language"
)

// A Recipient is an organisation, or a kind of organisation, that receives
// personal data from the controller.
type Recipient struct {
	// ID is a stable identifier, such as "payments".
	ID string
	// Name names the recipient as it writes its name, such as
	// "Paystream, Inc.", or the kind of recipients, such as "payment
	// service providers".
	// Shape: a name, or a fragment set inside the document's own
	// sentence ("transferred to payment service providers"), so a kind
	// of recipients is written in lower case; a document capitalises it
	// where it starts a list item.
	Name string
	// Role says how the recipient stands to the data.
	Role RecipientRole
	// Categories are the categories of data the recipient receives.
	Categories []*Category
	// Purpose says why the recipient receives the data.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Purpose string
	// Country is where the recipient processes the data, if known.
	Country language.Region
	// Conditional reports that the recipient receives data only if an
	// event occurs that may never occur, such as a court order or the sale
	// of the business, and Purpose states the event. A document lists a
	// conditional recipient as one data may be disclosed to, never as one
	// data was disclosed to (such as in the CCPA's account of the
	// preceding 12 months). False means the recipient receives data in the
	// ordinary course of the purposes that name it.
	Conditional bool
	// NoticeURL is the address of the recipient's own privacy notice,
	// which explains how it uses the data as a controller, such as a
	// credit reference agency's information notice.
	NoticeURL string
	// Retention is the longest the recipient keeps the data under its
	// own rules, such as six years for a fraud prevention agency; the
	// zero Period means not stated.
	Retention Period
	// Arrangement states the essence of the arrangement between the
	// controller and a recipient of RoleJointController, which the GDPR
	// and the UK GDPR require be made available to the data subject
	// (Art. 26(2)): which of them does what, in particular who informs
	// the data subject and who answers requests, and which of them is
	// the contact point, such as "We run the programme's website and
	// answer your requests; Air France keeps the flight records. Write
	// to us about either.". Where the essence is published elsewhere,
	// the sentence says where. NoticeURL does not serve: it is the
	// recipient's own privacy notice, which explains its own use of the
	// data, not the terms the two controllers agreed between them.
	// Shape: one or more sentences, each ending with a stop.
	Arrangement string
	// OwnPolicy reports that the recipient uses the data as a controller
	// under its own privacy policy, which governs what it does with the
	// data, where no one address can be given for that policy, such as
	// the sellers of a marketplace or the partner airlines of a booking
	// service, each with a policy of its own; NoticeURL gives the address
	// where there is one. A processor has no policy of its own for the
	// data: it uses it on the controller's instructions.
	OwnPolicy bool
	// Commitments are promises that bind this recipient, such as an AI
	// model provider that may not train its models on the data
	// ([CommitmentNoModelTraining]) or use it for advertising
	// ([CommitmentNoAdvertisingUse]), usually by the terms of its
	// contract with the controller. Only values for which
	// [Commitment.ForRecipient] holds are allowed; a promise of the
	// service itself belongs in Policy.Commitments.
	Commitments []Commitment
}

// A RecipientRole says how a recipient stands to the data it receives.
type RecipientRole uint8

// Roles of recipients.
const (
	RoleProcessor       RecipientRole = iota + 1 // Processes data on the controller's behalf and instructions (GDPR Art. 28).
	RoleThirdParty                               // An independent controller, such as a bank.
	RoleJointController                          // Decides purposes and means together with the controller (GDPR Art. 26).
	RoleAuthority                                // A public authority that receives data where the law requires.
)

var recipientRoleEnum = enum{"RecipientRole",
	[]string{"", "processor", "third_party", "joint_controller", "authority"},
	[]string{"", "processor", "third party", "joint controller", "public authority"}}

// Valid reports whether r is a defined role.
func (r RecipientRole) Valid() bool { return recipientRoleEnum.valid(uint8(r)) }

// Name returns the English name of r.
func (r RecipientRole) Name() string { return recipientRoleEnum.name(uint8(r)) }

// String returns the stable identifier of r used in JSON.
func (r RecipientRole) String() string { return recipientRoleEnum.str(uint8(r)) }

// MarshalText implements [encoding.TextMarshaler].
func (r RecipientRole) MarshalText() ([]byte, error) { return recipientRoleEnum.marshal(uint8(r)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *RecipientRole) UnmarshalText(b []byte) error {
	v, err := recipientRoleEnum.unmarshal(b)
	*r = RecipientRole(v)
	return err
}

// A Transfer is a transfer of personal data to another country.
type Transfer struct {
	// Origin is where the transfer starts, such as EU, GB or CH; the
	// zero Region means wherever the policy's data is.
	Origin language.Region
	// Destination is the country the data goes to. It is zero where
	// ChosenDestination is set.
	Destination language.Region
	// ChosenDestination, if set, says that the data goes to no one fixed
	// country but to whichever country the data subject's own choice
	// determines, such as the country a passenger flies to, the country
	// of the accommodation a guest books or the country a subscriber
	// roams in. Such a transfer states no Destination and rests on a
	// safeguard that does not depend on the destination:
	// [SafeguardContractNecessity] (GDPR Art. 49(1)(b), (c), FADP
	// Art. 17(1)(b), LGPD Art. 33(IX)) or [SafeguardExplicitConsent]
	// (GDPR Art. 49(1)(a), LGPD Art. 33(VIII)).
	ChosenDestination ChosenDestination
	// Recipient, if set, is the declared recipient that receives it.
	Recipient *Recipient
	// Categories are the categories of data transferred.
	Categories []*Category
	// Safeguard is what makes the transfer lawful.
	Safeguard Safeguard
	// Laws, if set, are the laws under which Safeguard makes the transfer
	// lawful, where laws differ (standard clauses under the GDPR, the data
	// subject's contract under 152-FZ); empty means every law the policy
	// declares.
	Laws []Law
	// Note adds a sentence, such as where a copy of the safeguard can be
	// obtained, which GDPR Art. 13(1)(f) requires for standard clauses,
	// binding corporate rules and other appropriate safeguards.
	// Shape: one or more sentences, each ending with a stop.
	Note string
	// Organisation, if set, is the international organisation the data
	// goes to, such as [OrganisationEPO]; a transfer to one is judged by
	// the organisation's adequacy decision, not by a country's, and is a
	// transfer even where the organisation sits inside the law's home
	// area (GDPR Art. 44).
	Organisation Organisation
	// WithinScope states that the recipient falls within the limited
	// scope of the destination's adequacy decision (see
	// AdequacyDecision.Scope), such as a Canadian organisation subject to
	// PIPEDA. A transfer on SafeguardAdequacy to a destination whose decision is
	// limited needs it; for a decision that covers only certified
	// organisations, declare the certification's safeguard instead
	// ([SafeguardDataPrivacyFramework]).
	WithinScope bool
	// Notified is the day the supervisory authority was notified of the
	// intention to transfer, where the law requires notice before the
	// first transfer (152-FZ Art. 12(3), since 1 March 2023: to
	// Roskomnadzor, separately from the notification of processing under
	// Art. 22).
	Notified Date
	// NoticeGiven states that the supervisory authority was notified
	// before the first transfer, as the law requires (152-FZ Art. 12(3)),
	// where the policy does not give the day (Notified), as most
	// policies under 152-FZ do not.
	NoticeGiven bool
	// Risks states the possible risks of the transfer for the data subject
	// in the absence of an adequacy decision and appropriate safeguards, of
	// which the data subject is informed before consenting to it (GDPR Art.
	// 49(1)(a)); required for a transfer on SafeguardExplicitConsent.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Risks string
}

// AppliesUnder reports whether t addresses law.
func (t Transfer) AppliesUnder(law Law) bool {
	return len(t.Laws) == 0 || slices.Contains(t.Laws, law)
}

// A ChosenDestination says which choice of the data subject determines
// the country a transfer goes to (see [Transfer.ChosenDestination]).
type ChosenDestination uint8

// Destinations the data subject's choice determines.
const (
	// ChosenDestinationTravel is the country the data subject travels
	// to, such as the country of a flight's destination, whose border
	// authorities receive passenger data, or the country a subscriber
	// roams in, whose operators serve them.
	ChosenDestinationTravel ChosenDestination = iota + 1
	// ChosenDestinationBooking is the country of the accommodation or
	// service the data subject books, such as a hotel abroad that
	// receives a booking made on a platform.
	ChosenDestinationBooking
	// ChosenDestinationAddressee is the country of the person the data
	// subject pays, writes to or calls, such as the payee of a transfer
	// abroad, the addressee of a message or the person called on an
	// international call, for a service that does all three; a service
	// that does one states ChosenDestinationPayee or
	// ChosenDestinationShipment, or names the person in the recipient.
	ChosenDestinationAddressee
	// ChosenDestinationPayee is the country of the person or business
	// the data subject pays, such as the payee of a transfer abroad or a
	// shop abroad paid by card.
	ChosenDestinationPayee
	// ChosenDestinationShipment is the country the data subject sends a
	// letter or parcel to, whose postal operator, carriers and customs
	// receive the sender's and the addressee's details.
	ChosenDestinationShipment
)

var chosenDestinationEnum = enum{"ChosenDestination",
	[]string{"", "travel", "booking", "addressee", "payee", "shipment"},
	[]string{"", "the country you travel to", "the country of the accommodation or service you book", "the country of the person you pay, write to or call",
		"the country of the person or business you pay", "the country you send a letter or parcel to"}}

// Valid reports whether d is a defined destination.
func (d ChosenDestination) Valid() bool { return chosenDestinationEnum.valid(uint8(d)) }

// Name returns the English name of d, as a document names the country.
func (d ChosenDestination) Name() string { return chosenDestinationEnum.name(uint8(d)) }

// String returns the stable identifier of d used in JSON.
func (d ChosenDestination) String() string { return chosenDestinationEnum.str(uint8(d)) }

// MarshalText implements [encoding.TextMarshaler].
func (d ChosenDestination) MarshalText() ([]byte, error) {
	return chosenDestinationEnum.marshal(uint8(d))
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *ChosenDestination) UnmarshalText(b []byte) error {
	v, err := chosenDestinationEnum.unmarshal(b)
	*d = ChosenDestination(v)
	return err
}

// independent reports whether s makes a transfer lawful whatever country
// it goes to, as a transfer to a destination the data subject chooses
// needs.
func (s Safeguard) independent() bool {
	return s == SafeguardContractNecessity || s == SafeguardExplicitConsent
}

// A Safeguard is what makes an international transfer lawful (GDPR
// Art. 45-49, 152-FZ Art. 12).
type Safeguard uint8

// Safeguards for international transfers.
const (
	SafeguardAdequacy              Safeguard = iota + 1 // The destination has an adequacy decision (GDPR Art. 45).
	SafeguardStandardClauses                            // Standard contractual clauses (GDPR Art. 46(2)(c)).
	SafeguardBindingCorporateRules                      // Binding corporate rules (GDPR Art. 47).
	SafeguardExplicitConsent                            // The data subject's explicit consent (GDPR Art. 49(1)(a)).
	SafeguardContractNecessity                          // Necessary for a contract with the data subject (GDPR Art. 49(1)(b)).
	SafeguardPrivacyShield                              // The EU-US Privacy Shield, invalidated on 16 July 2020; kept so the validator can name it.
	SafeguardDataPrivacyFramework                       // The EU-US Data Privacy Framework, for certified US recipients.
	SafeguardUKTransferAgreement                        // The UK International Data Transfer Agreement or the UK Addendum to the EU standard clauses (UK GDPR Art. 46).
	// SafeguardANPDClauses are the standard contractual clauses of
	// Brazil's National Data Protection Authority (LGPD Art. 33(II)(b),
	// Resolution CD/ANPD No. 19/2024), which contracts in force on
	// 23 August 2024 had to adopt by 23 August 2025.
	SafeguardANPDClauses
)

var safeguardEnum = enum{"Safeguard",
	[]string{"", "adequacy", "standard_clauses", "binding_corporate_rules", "explicit_consent", "contract_necessity", "privacy_shield", "data_privacy_framework", "uk_transfer_agreement", "anpd_standard_clauses"},
	[]string{"", "an adequacy decision", "standard contractual clauses", "binding corporate rules", "your explicit consent", "necessity for the performance of a contract with you", "the EU-US Privacy Shield", "the EU-US Data Privacy Framework", "the UK International Data Transfer Agreement or Addendum", "the standard contractual clauses of Brazil's National Data Protection Authority (ANPD)"}}

// Valid reports whether s is a defined safeguard.
func (s Safeguard) Valid() bool { return safeguardEnum.valid(uint8(s)) }

// Name returns the English name of s.
func (s Safeguard) Name() string { return safeguardEnum.name(uint8(s)) }

// String returns the stable identifier of s used in JSON.
func (s Safeguard) String() string { return safeguardEnum.str(uint8(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s Safeguard) MarshalText() ([]byte, error) { return safeguardEnum.marshal(uint8(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Safeguard) UnmarshalText(b []byte) error {
	v, err := safeguardEnum.unmarshal(b)
	*s = Safeguard(v)
	return err
}

// An Organisation is an international organisation that data may be
// transferred to (GDPR Art. 4(26)), such as the European Patent
// Organisation.
type Organisation uint8

// International organisations.
const (
	// OrganisationEPO is the European Patent Organisation, established by
	// the European Patent Convention, seated in Munich.
	OrganisationEPO Organisation = iota + 1
)

var organisationEnum = enum{"Organisation",
	[]string{"", "epo"},
	[]string{"", "the European Patent Organisation"}}

// Valid reports whether o is a defined organisation.
func (o Organisation) Valid() bool { return organisationEnum.valid(uint8(o)) }

// Name returns the English name of o.
func (o Organisation) Name() string { return organisationEnum.name(uint8(o)) }

// String returns the stable identifier of o used in JSON.
func (o Organisation) String() string { return organisationEnum.str(uint8(o)) }

// MarshalText implements [encoding.TextMarshaler].
func (o Organisation) MarshalText() ([]byte, error) { return organisationEnum.marshal(uint8(o)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (o *Organisation) UnmarshalText(b []byte) error {
	v, err := organisationEnum.unmarshal(b)
	*o = Organisation(v)
	return err
}
