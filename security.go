package policy

// A MeasureKind names a technical or organisational security measure.
type MeasureKind uint8

// Security measures.
const (
	MeasureEncryptionInTransit MeasureKind = iota + 1 // Data is encrypted in transit, such as with TLS.
	MeasureEncryptionAtRest                           // Stored data is encrypted.
	MeasureEncryptedBackups                           // Backups are encrypted.
	MeasureFieldEncryption                            // Particular fields, such as passwords or tokens, are encrypted or hashed one by one.
	MeasureAccessControl                              // Access to data is controlled and logged.
	MeasureLeastPrivilege                             // Staff have access only to the data their work needs.
	MeasurePseudonymisation                           // Data is pseudonymised where the purpose allows.
	MeasureAudits                                     // Security is audited regularly, such as by penetration tests.
	MeasureCertification                              // The service holds a security certification, such as ISO/IEC 27001 or SOC 2.
	MeasureBreachNotification                         // Users and authorities are told of a breach as the law requires.
)

var measureKindEnum = enum{"MeasureKind",
	[]string{"", "encryption_in_transit", "encryption_at_rest", "encrypted_backups", "field_encryption", "access_control", "least_privilege", "pseudonymisation", "audits", "certification", "breach_notification"},
	[]string{"",
		"encryption in transit",
		"encryption at rest",
		"encrypted backups",
		"encryption of individual fields",
		"access control",
		"least-privilege access",
		"pseudonymisation",
		"regular security audits",
		"security certification",
		"breach notification"}}

// Valid reports whether k is a defined measure.
func (k MeasureKind) Valid() bool { return measureKindEnum.valid(uint8(k)) }

// Name returns the English name of k.
func (k MeasureKind) Name() string { return measureKindEnum.name(uint8(k)) }

// String returns the stable identifier of k used in JSON.
func (k MeasureKind) String() string { return measureKindEnum.str(uint8(k)) }

// MarshalText implements [encoding.TextMarshaler].
func (k MeasureKind) MarshalText() ([]byte, error) { return measureKindEnum.marshal(uint8(k)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *MeasureKind) UnmarshalText(b []byte) error {
	v, err := measureKindEnum.unmarshal(b)
	*k = MeasureKind(v)
	return err
}
