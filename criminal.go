package policy

// A CriminalAuthority states what allows a purpose to process personal
// data relating to criminal convictions and offences or related security
// measures ([Category.Criminal]). Such data is not a special category:
// an Art. 6(1) ground is still needed, and on top of it
//
//   - GDPR Art. 10 allows the processing only under the control of
//     official authority, or where Union or member-state law authorises
//     it with appropriate safeguards (Official, Laws);
//   - the UK GDPR's Art. 10 reads the same with domestic law, and the Data
//     Protection Act 2018 (s. 10(5), 11(2)) counts processing as
//     authorised by law only where it meets a condition of its Schedule 1
//     (Condition);
//   - 152-FZ Art. 10(3) allows the processing of data on criminal records
//     (сведения о судимости) to state and municipal bodies within their
//     powers, and to others only in the cases and in the manner federal
//     laws lay down (Official, Laws).
//
// The zero CriminalAuthority states none.
type CriminalAuthority struct {
	// Official reports that the processing is carried out under the
	// control of official authority, such as by a court, the police or a
	// state or municipal body within its powers.
	Official bool
	// Laws are the laws that authorise the processing and lay down
	// safeguards for it, such as a law requiring background checks of
	// taxi drivers, each with the jurisdiction whose law it is: an act
	// counts under a law only where its Region is within that law's area
	// ([Law.Domestic]), so a purpose that several laws govern names the
	// law of each.
	Laws []Obligation
	// Condition is the condition of Schedule 1 to the Data Protection Act
	// 2018 the processing meets, which authorises it under the UK GDPR.
	Condition DPACondition
}

// IsZero reports whether a states nothing.
func (a CriminalAuthority) IsZero() bool {
	return !a.Official && len(a.Laws) == 0 && a.Condition == 0
}

// authorisedUnder reports whether a authorises processing under law by
// official authority or by a law of law's own area.
func (a CriminalAuthority) authorisedUnder(law Law) bool {
	if a.Official {
		return true
	}
	for _, o := range a.Laws {
		if o.Act != "" && law.Domestic(o.Region) {
			return true
		}
	}
	return false
}

// A DPACondition is a condition of Schedule 1 to the UK's Data Protection
// Act 2018 under which data relating to criminal convictions and offences
// (s. 10(5)) or, for a condition of Part 1 or Part 2, special categories
// of personal data (s. 10(1) to (3)) may be processed: one of Part 1
// (employment), of Part 2
// (substantial public interest; for such data Part 3, para. 36, drops the
// test of substantial public interest) or of Part 3. Its zero value means
// "not stated". The paragraphs follow the Act as enacted and were not
// checked against later amendments.
type DPACondition uint8

// Conditions of DPA 2018 Schedule 1 for data relating to criminal
// convictions and offences and, those of Part 1 and Part 2, for special
// categories of personal data ([Purpose.SpecialCondition]).
// DPAConditionEquality serves special categories only.
const (
	DPAConditionEmployment        DPACondition = iota + 1 // Part 1, para. 1: obligations and rights in employment, social security and social protection law.
	DPAConditionStatutory                                 // Part 2, para. 6: the exercise of a function conferred by an enactment or rule of law.
	DPAConditionUnlawfulActs                              // Part 2, para. 10: preventing or detecting unlawful acts.
	DPAConditionProtectingPublic                          // Part 2, para. 11: protecting the public against dishonesty, malpractice or other seriously improper conduct.
	DPAConditionRegulatory                                // Part 2, para. 12: regulatory requirements relating to unlawful acts and dishonesty.
	DPAConditionFraud                                     // Part 2, para. 14: preventing fraud.
	DPAConditionSafeguarding                              // Part 2, para. 18: safeguarding children and individuals at risk.
	DPAConditionInsurance                                 // Part 2, para. 20, with Part 3, para. 37: insurance.
	DPAConditionConsent                                   // Part 3, para. 29: the data subject's consent.
	DPAConditionVitalInterests                            // Part 3, para. 30: the vital interests of a person unable to consent.
	DPAConditionMadePublic                                // Part 3, para. 32: data manifestly made public by the data subject.
	DPAConditionLegalClaims                               // Part 3, para. 33: legal proceedings, legal advice and legal rights.
	DPAConditionEquality                                  // Part 2, para. 8: equality of opportunity or treatment, for racial or ethnic origin, religious or philosophical beliefs, health and sexual orientation.
	DPAConditionMoneyLaundering                           // Part 2, para. 15: suspicion of terrorist financing or money laundering, for a person in the regulated sector.
	DPAConditionEconomicWellBeing                         // Part 2, para. 19: safeguarding the economic well-being of an individual at economic risk, for data concerning health.
	DPAConditionSportStandards                            // Part 2, para. 28: standards of behaviour in sport, such as betting integrity.
	DPAConditionHealthCare                                // Part 1, para. 2: health or social care purposes, such as a health service's records (GDPR Art. 9(2)(h), DPA 2018 s. 10(2)).
)

var dpaConditionEnum = enum{"DPACondition",
	[]string{"", "employment", "statutory", "unlawful_acts", "protecting_public", "regulatory", "fraud", "safeguarding", "insurance", "consent", "vital_interests", "made_public", "legal_claims", "equality", "money_laundering", "economic_well_being", "sport_standards", "health_care"},
	[]string{"",
		"obligations and rights in employment, social security and social protection law",
		"the exercise of a function conferred by an enactment or rule of law",
		"preventing or detecting unlawful acts",
		"protecting the public against dishonesty, malpractice or other seriously improper conduct",
		"regulatory requirements relating to unlawful acts and dishonesty",
		"preventing fraud",
		"safeguarding children and individuals at risk",
		"insurance",
		"your consent",
		"the protection of the vital interests of a person unable to consent",
		"data you have manifestly made public",
		"legal proceedings, legal advice and the establishment, exercise or defence of legal rights",
		"equality of opportunity or treatment",
		"suspicion of terrorist financing or money laundering",
		"safeguarding the economic well-being of individuals at economic risk",
		"standards of behaviour in sport",
		"health or social care purposes"}}

// dpaParagraphs are the part and paragraph of Schedule 1 of each
// condition.
var dpaParagraphs = [...][2]int{{}, {1, 1}, {2, 6}, {2, 10}, {2, 11}, {2, 12}, {2, 14}, {2, 18}, {2, 20}, {3, 29}, {3, 30}, {3, 32}, {3, 33}, {2, 8}, {2, 15}, {2, 19}, {2, 28}, {1, 2}}

// Valid reports whether d is a defined condition.
func (d DPACondition) Valid() bool { return dpaConditionEnum.valid(uint8(d)) }

// Name returns the English name of d.
func (d DPACondition) Name() string { return dpaConditionEnum.name(uint8(d)) }

// Paragraph returns where Schedule 1 to the Data Protection Act 2018 sets
// out d, such as part 2, paragraph 10 for DPAConditionUnlawfulActs, or
// zeros for an undefined condition.
func (d DPACondition) Paragraph() (part, paragraph int) {
	if !d.Valid() {
		return 0, 0
	}
	return dpaParagraphs[d][0], dpaParagraphs[d][1]
}

// String returns the stable identifier of d used in JSON.
func (d DPACondition) String() string { return dpaConditionEnum.str(uint8(d)) }

// MarshalText implements [encoding.TextMarshaler].
func (d DPACondition) MarshalText() ([]byte, error) { return dpaConditionEnum.marshal(uint8(d)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *DPACondition) UnmarshalText(b []byte) error {
	v, err := dpaConditionEnum.unmarshal(b)
	*d = DPACondition(v)
	return err
}

// criminalAuthority checks what a purpose states as its authority for
// processing criminal-offence data: a known Schedule 1 condition, and
// each authorising law named, with a valid region. Whether the authority
// suffices under a declared law is that law's rule (gdpr.10, ukgdpr.10,
// 152fz.10.3).
func (v *validator) criminalAuthority(i int, pu *Purpose) {
	a := &pu.Criminal
	switch d := a.Condition; {
	case d != 0 && !d.Valid():
		v.add(SeverityError, RuleInvalidValue, elem("purposes", pu.ID, i)+".criminal.condition", "%s is not a known condition of DPA 2018 Schedule 1", d)
	case d == DPAConditionEquality:
		v.add(SeverityError, RuleInvalidValue, elem("purposes", pu.ID, i)+".criminal.condition", "%s (DPA 2018 Sch. 1, Part 2, para. 8) serves only racial or ethnic origin, religious or philosophical beliefs, health and sexual orientation, not data relating to criminal convictions and offences", d)
	case d == DPAConditionEconomicWellBeing:
		v.add(SeverityError, RuleInvalidValue, elem("purposes", pu.ID, i)+".criminal.condition", "%s (DPA 2018 Sch. 1, Part 2, para. 19) serves only data concerning health, not data relating to criminal convictions and offences", d)
	}
	for j, o := range a.Laws {
		path := func() string { return elem("purposes", pu.ID, i) + index(".criminal.laws", j) }
		at := textAt{"purposes.criminal.laws", func() string { return path() + "." }}
		if o.Act == "" {
			v.add(SeverityError, RuleMissingName, path()+".act", "the law authorising the processing of criminal-offence data is not named")
		}
		v.text(at, "act", o.Act)
		if !regionOK(o.Region) {
			v.region(path()+".region", o.Region) // built only for a finding
		}
	}
}
