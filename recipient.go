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
	// Name names the recipient or the category of recipients, such as
	// "payment service providers".
	Name string
	// Role says how the recipient stands to the data.
	Role RecipientRole
	// Categories are the categories of data the recipient receives.
	Categories []*Category
	// Purpose says why the recipient receives the data.
	Purpose string
	// Country is where the recipient processes the data, if known.
	Country language.Region
}

// A RecipientRole says how a recipient stands to the data it receives.
type RecipientRole uint8

// Roles of recipients.
const (
	Processor       RecipientRole = iota + 1 // Processes data on the controller's behalf and instructions (GDPR Art. 28).
	ThirdParty                               // An independent controller, such as a bank.
	JointController                          // Decides purposes and means together with the controller (GDPR Art. 26).
	Authority                                // A public authority that receives data where the law requires.
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
	// Destination is the country the data goes to.
	Destination language.Region
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
	// obtained.
	Note string
}

// AppliesUnder reports whether t addresses law.
func (t Transfer) AppliesUnder(law Law) bool {
	return len(t.Laws) == 0 || slices.Contains(t.Laws, law)
}

// A Safeguard is what makes an international transfer lawful (GDPR
// Art. 45-49, 152-FZ Art. 12).
type Safeguard uint8

// Safeguards for international transfers.
const (
	Adequacy                Safeguard = iota + 1 // The destination has an adequacy decision (GDPR Art. 45).
	StandardClauses                              // Standard contractual clauses (GDPR Art. 46(2)(c)).
	BindingCorporateRules                        // Binding corporate rules (GDPR Art. 47).
	ExplicitConsentTransfer                      // The data subject's explicit consent (GDPR Art. 49(1)(a)).
	ContractNecessity                            // Necessary for a contract with the data subject (GDPR Art. 49(1)(b)).
	PrivacyShield                                // The EU-US Privacy Shield, invalidated on 16 July 2020; kept so the validator can name it.
	DataPrivacyFramework                         // The EU-US Data Privacy Framework, for certified US recipients.
	UKTransferAgreement                          // The UK International Data Transfer Agreement or the UK Addendum to the EU standard clauses (UK GDPR Art. 46).
)

var safeguardEnum = enum{"Safeguard",
	[]string{"", "adequacy", "standard_clauses", "binding_corporate_rules", "explicit_consent", "contract_necessity", "privacy_shield", "data_privacy_framework", "uk_transfer_agreement"},
	[]string{"", "an adequacy decision", "standard contractual clauses", "binding corporate rules", "your explicit consent", "necessity for the performance of a contract with you", "the EU-US Privacy Shield", "the EU-US Data Privacy Framework", "the UK International Data Transfer Agreement or Addendum"}}

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
