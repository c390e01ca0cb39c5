package policy

import "golang.org/x/text/language"

// A Disclosure is a circumstance in which data would be disclosed, stated
// with its conditions, such as "to authorities only when served with valid
// legal process". Unlike a [Recipient], it is not a disclosure that
// happened: it states when one may happen, and what the service promises
// then.
type Disclosure struct {
	Kind DisclosureKind
	// Notice reports that the user is told: for DisclosureLegalProcess,
	// before the data is disclosed, unless the law forbids it; for
	// DisclosureBusinessTransfer, before the data is transferred.
	Notice bool
	// SamePromises reports, for DisclosureBusinessTransfer, that the buyer
	// or successor is bound by the promises of this policy.
	SamePromises bool
	// ReportURL is, for DisclosureLegalProcess, the address of the
	// service's transparency report on requests from authorities.
	ReportURL string
	// Jurisdictions are, for DisclosureLegalProcess, the countries (or EU)
	// whose courts and authorities alone the service answers: an
	// authority of any other country must ask one of them for
	// international legal assistance, and the service answers only the
	// order that follows, as a Swiss provider answers only orders that a
	// Swiss court or authority issues. Each is listed once; empty states
	// no such limit.
	Jurisdictions []language.Region
	// Note adds a sentence.
	// Shape: one or more sentences, each ending with a stop.
	Note string
}

// A DisclosureKind names a circumstance of disclosure.
type DisclosureKind uint8

// Circumstances of disclosure.
const (
	// Data is disclosed to public authorities only on valid legal
	// process, such as a court order, a warrant or a subpoena.
	DisclosureLegalProcess DisclosureKind = iota + 1
	// Data is transferred to a buyer or successor in a merger,
	// acquisition, reorganisation or sale of assets.
	DisclosureBusinessTransfer
	// Data is disclosed where necessary to protect someone's life or
	// safety, or the service's rights, against fraud or abuse.
	DisclosureProtection
	// Data is disclosed or published only in aggregated or de-identified
	// form that cannot reasonably identify anyone, such as usage
	// statistics. Under the CCPA such data is outside the law only if the
	// business publicly commits not to re-identify it
	// ([CommitmentNoReidentification]).
	DisclosureAggregate
)

var disclosureKindEnum = enum{"DisclosureKind",
	[]string{"", "legal_process", "business_transfer", "protection", "aggregate"},
	[]string{"",
		"to public authorities, only on valid legal process such as a court order or another binding demand",
		"to a buyer or successor in a merger, acquisition or sale of assets",
		"where necessary to protect the life or safety of a person, or our rights against fraud or abuse",
		"in aggregated or de-identified form that cannot reasonably identify you, such as statistics"}}

// Valid reports whether k is a defined kind of disclosure.
func (k DisclosureKind) Valid() bool { return disclosureKindEnum.valid(uint8(k)) }

// Name returns the English name of k.
func (k DisclosureKind) Name() string { return disclosureKindEnum.name(uint8(k)) }

// String returns the stable identifier of k used in JSON.
func (k DisclosureKind) String() string { return disclosureKindEnum.str(uint8(k)) }

// MarshalText implements [encoding.TextMarshaler].
func (k DisclosureKind) MarshalText() ([]byte, error) { return disclosureKindEnum.marshal(uint8(k)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *DisclosureKind) UnmarshalText(b []byte) error {
	v, err := disclosureKindEnum.unmarshal(b)
	*k = DisclosureKind(v)
	return err
}
