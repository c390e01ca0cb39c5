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
	// MeasureEndToEndEncryption: content is encrypted end to end, so that
	// the service itself cannot read it.
	MeasureEndToEndEncryption
	// MeasureInternalRules: internal rules (local acts) on the processing
	// and protection of data are adopted (152-FZ Art. 18.1(1)(2)).
	MeasureInternalRules
	// MeasureStaffTraining: staff who handle data are trained in the law
	// and the internal rules, and bound to confidentiality (152-FZ
	// Art. 18.1(1)(6)).
	MeasureStaffTraining
	// MeasureThreatAssessment: the threats to the security of the data in
	// the information systems are determined (152-FZ Art. 19(2)(1); GDPR
	// Art. 32(2)).
	MeasureThreatAssessment
	// MeasureCertifiedTools: information protection tools that have
	// passed conformity assessment are used (152-FZ Art. 19(2)(3)).
	MeasureCertifiedTools
	// MeasureEffectivenessAssessment: the effectiveness of the measures is
	// assessed before a system is put into operation (152-FZ
	// Art. 19(2)(4)).
	MeasureEffectivenessAssessment
	// MeasureMediaAccounting: storage media holding data are accounted for
	// (152-FZ Art. 19(2)(5)).
	MeasureMediaAccounting
	// MeasureIncidentDetection: unauthorised access is detected and
	// responded to (152-FZ Art. 19(2)(6)).
	MeasureIncidentDetection
	// MeasureRecovery: data modified or destroyed by unauthorised access
	// can be restored (152-FZ Art. 19(2)(7); GDPR Art. 32(1)(c)).
	MeasureRecovery
	// MeasureInternalControl: compliance of the processing with the law
	// and the internal rules is checked internally (152-FZ Art. 18.1(1)(4),
	// 19(2)(9); GDPR Art. 32(1)(d)).
	MeasureInternalControl
	// MeasureDifferentialPrivacy: statistics about users are computed
	// with differential privacy, which adds noise so that the results
	// reveal nothing about any one person.
	MeasureDifferentialPrivacy
	// MeasurePrivateNetwork: data travels over a dedicated private
	// network rather than the public internet, as smart meters send
	// readings over the Data Communications Company's network.
	MeasurePrivateNetwork
	// MeasureOpenSource: the source code of the service's apps is
	// published, so that anyone can check how they handle data.
	MeasureOpenSource
	// MeasureContactMasking: calls and messages between users, such as a
	// rider and a driver or a customer and a courier, are relayed through
	// the service, so that neither sees the other's phone number.
	MeasureContactMasking
)

var measureKindEnum = enum{"MeasureKind",
	[]string{"", "encryption_in_transit", "encryption_at_rest", "encrypted_backups", "field_encryption", "access_control", "least_privilege", "pseudonymisation", "audits", "certification", "breach_notification",
		"end_to_end_encryption", "internal_rules", "staff_training", "threat_assessment", "certified_tools", "effectiveness_assessment",
		"media_accounting", "incident_detection", "recovery", "internal_control", "differential_privacy", "private_network", "open_source", "contact_masking"},
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
		"breach notification",
		"end-to-end encryption, so that we cannot read the content ourselves",
		"internal rules on the processing and protection of personal data",
		"training of staff who handle personal data, and their confidentiality obligations",
		"assessment of the threats to the security of personal data in our information systems",
		"information protection tools that have passed conformity assessment",
		"assessment of the effectiveness of the measures before a system is put into operation",
		"accounting of the storage media that hold personal data",
		"detection of unauthorised access and response to incidents",
		"recovery of data modified or destroyed by unauthorised access",
		"internal control of compliance with the law and our internal rules",
		"differential privacy in statistics about users, so that they reveal nothing about any one person",
		"a dedicated private network, rather than the public internet, for sending the data",
		"published source code, so that anyone can check how our apps handle data",
		"calls and messages between you and the people you deal with through our service relayed through it, so that neither side sees the other's phone number"}}

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

// A SafetyTip is advice a policy gives its users on keeping their account
// and data safe, or a promise about how the service contacts them that
// helps them spot phishing (see [Policy.SafetyTips]).
type SafetyTip uint8

// Safety tips.
const (
	// SafetyTipStrongPassword: use a strong password that is used for
	// no other service.
	SafetyTipStrongPassword SafetyTip = iota + 1
	// SafetyTipKeepSecret: keep the password and one-time codes secret,
	// and do not let others use the account.
	SafetyTipKeepSecret
	// SafetyTipSignOut: sign out of shared or public devices.
	SafetyTipSignOut
	// SafetyTipTwoStep: turn on two-step verification.
	SafetyTipTwoStep
	// SafetyTipNeverAsked: the service never asks for the password or a
	// one-time code by phone, email or message.
	SafetyTipNeverAsked
	// SafetyTipSuspiciousMessages: do not answer messages that ask for
	// the password or payment details, and report them to the service.
	SafetyTipSuspiciousMessages
	// SafetyTipCheckAIOutput: what the service's AI features produce,
	// such as an answer, a summary or a translation, can be wrong: check
	// it before relying on it.
	SafetyTipCheckAIOutput
	// SafetyTipNoSensitiveInput: do not enter sensitive information,
	// about oneself or others, in the service's AI features, as AI and
	// translation services ask of their users.
	SafetyTipNoSensitiveInput
	// SafetyTipWipeDevice: before handing in a device for repair, return
	// or trade-in, or selling it, back up and delete the data on it and
	// remove it from the account, as electronics retailers and device
	// makers ask.
	SafetyTipWipeDevice
	// SafetyTipPayOnPlatform: pay other users only through the service,
	// never outside it, as marketplaces and platforms ask so that a
	// payment stays covered and traceable.
	SafetyTipPayOnPlatform
)

// Account reports whether t is advice on keeping the user's account
// safe, which the document gives in one sentence, rather than advice on
// using the service safely, which it gives on its own.
func (t SafetyTip) Account() bool {
	return t >= SafetyTipStrongPassword && t <= SafetyTipSuspiciousMessages
}

var safetyTipEnum = enum{"SafetyTip",
	[]string{"", "strong_password", "keep_secret", "sign_out", "two_step", "never_asked", "suspicious_messages",
		"check_ai_output", "no_sensitive_input", "wipe_device", "pay_on_platform"},
	[]string{"",
		"use a strong password that you use for no other service",
		"keep your password and one-time codes secret, and do not let others use your account",
		"sign out of shared or public devices",
		"turn on two-step verification",
		"we never ask for your password or a one-time code by phone, email or message",
		"do not answer messages that ask for your password or payment details, and report them to us",
		"check what our AI features produce before you rely on it, as it can be wrong",
		"do not enter sensitive information about yourself or others in our AI features",
		"before you hand in a device for repair, return or trade-in, or sell it, back up and delete your data on it and remove it from your account",
		"pay other users only through our services, never outside them"}}

// Valid reports whether t is a defined safety tip.
func (t SafetyTip) Valid() bool { return safetyTipEnum.valid(uint8(t)) }

// Name returns the English wording of t, such as "sign out of shared or
// public devices".
func (t SafetyTip) Name() string { return safetyTipEnum.name(uint8(t)) }

// String returns the stable identifier of t used in JSON.
func (t SafetyTip) String() string { return safetyTipEnum.str(uint8(t)) }

// MarshalText implements [encoding.TextMarshaler].
func (t SafetyTip) MarshalText() ([]byte, error) { return safetyTipEnum.marshal(uint8(t)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (t *SafetyTip) UnmarshalText(b []byte) error {
	v, err := safetyTipEnum.unmarshal(b)
	*t = SafetyTip(v)
	return err
}
