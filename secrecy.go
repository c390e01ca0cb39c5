package policy

// A Secrecy is a duty of secrecy that the law lays on those who process a
// category of data, beyond data-protection law, such as the medical
// confidentiality that binds doctors and the staff who assist them
// (Strafgesetzbuch § 203 in Germany, Art. 13 of Federal Law No. 323-FZ in
// Russia), banking secrecy or the secrecy of communications. Under the
// GDPR and the UK GDPR, health data processed for health care (Art.
// 9(2)(h)) must be processed by or under the responsibility of a
// professional subject to such a duty (Art. 9(3)). The zero Secrecy
// states none.
type Secrecy struct {
	// Kind is the duty's kind, such as SecrecyMedical.
	Kind SecrecyKind
	// Laws are the laws that lay the duty down, each with the
	// jurisdiction whose law it is; empty where the policy names none.
	Laws []Obligation
}

// IsZero reports whether s states no duty of secrecy.
func (s Secrecy) IsZero() bool { return s.Kind == 0 && len(s.Laws) == 0 }

// A SecrecyKind names a duty of professional or statutory secrecy.
type SecrecyKind uint8

// Kinds of secrecy.
const (
	// SecrecyMedical is medical confidentiality: doctors, other health
	// professionals and those who assist them keep secret what they
	// learn about a patient (in Russian law, врачебная тайна).
	SecrecyMedical SecrecyKind = iota + 1
	// SecrecyBanking is banking secrecy: a bank keeps secret its
	// customers' accounts, deposits and transactions.
	SecrecyBanking
	// SecrecyCommunications is the secrecy of communications: a provider
	// of communications services keeps secret the content and
	// circumstances of its users' communications.
	SecrecyCommunications
	// SecrecyLegal is the professional secrecy of lawyers and notaries:
	// what a client confides to them is kept secret.
	SecrecyLegal
	// SecrecyInsurance is the secrecy of insurers: an insurer and those
	// who work for it keep secret what they learn about the insured
	// person, such as the professional secrecy of private health,
	// accident and life insurers (Strafgesetzbuch § 203(1) no. 7 in
	// Germany) or insurance secrecy (тайна страхования, Art. 946 of the
	// Civil Code of the Russian Federation).
	SecrecyInsurance
)

var secrecyEnum = enum{"SecrecyKind",
	[]string{"", "medical", "banking", "communications", "legal", "insurance"},
	[]string{"", "medical confidentiality", "banking secrecy", "secrecy of communications", "legal professional secrecy", "insurance secrecy"}}

// Valid reports whether k is a defined kind of secrecy.
func (k SecrecyKind) Valid() bool { return secrecyEnum.valid(uint8(k)) }

// Name returns the English name of k.
func (k SecrecyKind) Name() string { return secrecyEnum.name(uint8(k)) }

// String returns the stable identifier of k used in JSON.
func (k SecrecyKind) String() string { return secrecyEnum.str(uint8(k)) }

// MarshalText implements [encoding.TextMarshaler].
func (k SecrecyKind) MarshalText() ([]byte, error) { return secrecyEnum.marshal(uint8(k)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *SecrecyKind) UnmarshalText(b []byte) error {
	v, err := secrecyEnum.unmarshal(b)
	*k = SecrecyKind(v)
	return err
}
