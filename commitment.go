package policy

// A Commitment is a promise a policy makes on its own, whatever laws it
// declares, such as "we do not sell personal data". The set of
// commitments is Policy.Commitments; a practice that is not listed is not
// stated, so each commitment reads as three states: promised, stated
// otherwise (CCPANotice.Sold, for example), or not stated.
type Commitment uint8

// Commitments a policy can make. Where a practice has more than two
// answers, each answer is its own value: customer content is either never
// used to train models ([CommitmentNoModelTraining]) or only with the
// customer's permission ([CommitmentModelTrainingOptIn]).
const (
	CommitmentNoSale             Commitment = iota + 1 // Personal data is not sold.
	CommitmentNoSharing                                // Personal data is not shared for cross-context behavioral advertising.
	CommitmentNoThirdPartyAds                          // The service shows no third-party advertising.
	CommitmentNoModelTraining                          // Customer content is not used to train machine-learning models.
	CommitmentModelTrainingOptIn                       // Customer content trains models only with the customer's permission.
	// CommitmentNoReidentification: de-identified data is kept and used
	// only in that form, and the service does not try to re-identify it
	// (the public commitment of Cal. Civ. Code 1798.140(m)(2)).
	CommitmentNoReidentification
	// CommitmentNoAdvertisingUse: the data is not used for advertising,
	// whether the service's own or others'.
	CommitmentNoAdvertisingUse
	// CommitmentNoDisclosureWithoutConsent: the data is not disclosed to
	// third parties without the person's consent. Processors acting on
	// the service's behalf are not third parties. Validate warns of a
	// third party or joint controller that receives the data for purposes
	// resting neither on consent nor on a legal obligation.
	CommitmentNoDisclosureWithoutConsent
)

var commitmentEnum = enum{"Commitment",
	[]string{"", "no_sale", "no_sharing", "no_third_party_ads", "no_model_training", "model_training_opt_in", "no_reidentification", "no_advertising_use", "no_disclosure_without_consent"},
	[]string{"",
		"we do not sell your personal data",
		"we do not share your personal data for cross-context behavioral advertising",
		"we do not show third-party advertising",
		"we do not use your content to train machine-learning models",
		"we use your content to train machine-learning models only with your permission",
		"we keep and use de-identified data only in de-identified form and do not try to re-identify it",
		"we do not use your personal data for advertising",
		"we do not disclose your personal data to third parties without your consent"}}

// Valid reports whether c is a defined commitment.
func (c Commitment) Valid() bool { return commitmentEnum.valid(uint8(c)) }

// Name returns the English name of c.
func (c Commitment) Name() string { return commitmentEnum.name(uint8(c)) }

// String returns the stable identifier of c used in JSON.
func (c Commitment) String() string { return commitmentEnum.str(uint8(c)) }

// MarshalText implements [encoding.TextMarshaler].
func (c Commitment) MarshalText() ([]byte, error) { return commitmentEnum.marshal(uint8(c)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Commitment) UnmarshalText(b []byte) error {
	v, err := commitmentEnum.unmarshal(b)
	*c = Commitment(v)
	return err
}

// ForCategory reports whether c can be promised for one category of data
// ([Category.Commitments]): every commitment but
// CommitmentNoThirdPartyAds, which is about the service as a whole.
func (c Commitment) ForCategory() bool { return c.Valid() && c != CommitmentNoThirdPartyAds }

// ForRecipient reports whether c can bind one recipient
// ([Recipient.Commitments]), such as an AI model provider that may not
// train its models on the data: CommitmentNoSale, CommitmentNoSharing,
// CommitmentNoModelTraining, CommitmentNoReidentification (which Cal.
// Civ. Code 1798.140(m)(3) asks the service to bind recipients of
// de-identified data to) and CommitmentNoAdvertisingUse. The others are
// promises of the service itself: CommitmentNoThirdPartyAds is about the
// service as a whole, CommitmentModelTrainingOptIn rests on a permission
// the service asks for, and CommitmentNoDisclosureWithoutConsent on
// consent given to the service.
func (c Commitment) ForRecipient() bool {
	switch c {
	case CommitmentNoSale, CommitmentNoSharing, CommitmentNoModelTraining, CommitmentNoReidentification, CommitmentNoAdvertisingUse:
		return true
	}
	return false
}
