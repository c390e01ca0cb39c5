package policy

// A DecisionArea is an area of life in which a purpose's automated
// decisions (Purpose.Automated) have their effects. The US state privacy
// laws give the right to opt out of profiling only in furtherance of
// decisions that produce legal or similarly significant effects, and
// define those by a closed list of areas (Va. Code § 59.1-575; Colo.
// Rev. Stat. 6-1-1303(10); Conn. Gen. Stat. § 42-515; Tex. Bus. & Com.
// Code § 541.001 and the others alike): the values below, except
// [DecisionOther]. GDPR Art. 22's "similarly significant" effects reach
// further, so a decision outside the list, such as a marketplace holding
// a payment for a fraud review, can still be one Art. 22 governs.
type DecisionArea uint8

// Areas of automated decisions.
const (
	DecisionFinancial       DecisionArea = iota + 1 // Financial or lending services.
	DecisionHousing                                 // Housing.
	DecisionInsurance                               // Insurance cover.
	DecisionEducation                               // Education enrolment or opportunities.
	DecisionCriminalJustice                         // Criminal justice.
	DecisionEmployment                              // Employment opportunities.
	DecisionHealthCare                              // Health-care services.
	DecisionEssentials                              // Access to essential goods or services, such as food and water.
	// DecisionOther is any area outside the list above, such as a
	// payment held or an account restricted for a fraud review. A
	// purpose whose only area is DecisionOther takes no decision the US
	// state laws' opt-out of profiling reaches.
	DecisionOther
)

var decisionAreaEnum = enum{"DecisionArea",
	[]string{"", "financial", "housing", "insurance", "education", "criminal_justice", "employment", "health_care", "essentials", "other"},
	[]string{"",
		"financial or lending services",
		"housing",
		"insurance cover",
		"education",
		"criminal justice",
		"employment",
		"health care",
		"access to essential goods or services",
		"other matters"}}

// Valid reports whether a is a defined area of automated decisions.
func (a DecisionArea) Valid() bool { return decisionAreaEnum.valid(uint8(a)) }

// Name returns the English name of a, a phrase that completes "These
// decisions concern ...".
func (a DecisionArea) Name() string { return decisionAreaEnum.name(uint8(a)) }

// String returns the stable identifier of a used in JSON.
func (a DecisionArea) String() string { return decisionAreaEnum.str(uint8(a)) }

// MarshalText implements [encoding.TextMarshaler].
func (a DecisionArea) MarshalText() ([]byte, error) { return decisionAreaEnum.marshal(uint8(a)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (a *DecisionArea) UnmarshalText(b []byte) error {
	v, err := decisionAreaEnum.unmarshal(b)
	*a = DecisionArea(v)
	return err
}

// significantUnderUSStates reports whether the areas of a purpose's
// automated decisions include one the US state laws list: where none
// is stated, it cannot be ruled out.
func significantUnderUSStates(areas []DecisionArea) bool {
	if len(areas) == 0 {
		return true
	}
	for _, a := range areas {
		if a != DecisionOther {
			return true
		}
	}
	return false
}
