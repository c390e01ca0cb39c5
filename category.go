package policy

import "golang.org/x/text/language"

// A Category is a kind of data the service processes, such as account data
// or technical data, declared once and referred to by the purposes that use
// it.
type Category struct {
	// ID is a stable identifier, a dot path such as "account.email". It
	// never appears in the rendered text; it keys references in JSON, anchors
	// in HTML and tags in code.
	ID string
	// Name is what the document calls the category, such as "Account data".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Name string
	// Items lists what the category holds, such as "email address".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Items []string
	// Description adds sentences that the item list does not say.
	// Shape: one or more sentences, each ending with a stop.
	Description string
	// Sensitivity says whether the data is personal and how sensitive.
	Sensitivity Sensitivity
	// Sources says where the data comes from.
	Sources []Source
	// SourceDetail names the third parties or public sources the data is
	// received from, where Sources includes SourceThirdParty or SourcePublic.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	SourceDetail string
	// DerivedFrom lists the declared categories this one is derived or
	// inferred from, such as preferences inferred from purchases; it
	// goes with SourceDerived in Sources.
	DerivedFrom []*Category
	// Storage says where the data is stored, for all data subjects or for
	// those of a given country.
	Storage []Storage
	// Retention says how long the data is kept. A purpose may keep it
	// for a different period; see Purpose.Retention.
	Retention Retention
	// Linked reports whether the data is linked to the person's identity.
	Linked bool
	// Tracking reports whether the data is used to track the person across
	// apps and websites owned by others.
	Tracking bool
	// Biometric reports whether the data is biometric: physiological or
	// biological characteristics used to identify a person (152-FZ Art. 11).
	Biometric bool
	// Criminal reports whether the data relates to criminal convictions
	// and offences or related security measures, such as the result of a
	// criminal-record check (GDPR and UK GDPR Art. 10, DPA 2018 s. 11(2);
	// data on criminal records under 152-FZ Art. 10(3)). It is not a
	// special category: the purposes that use it state their authority
	// in Purpose.Criminal.
	Criminal bool
	// Visibility says whether, and how, the data becomes public, such as
	// a public profile or public posts, so that anyone can see it and
	// others may copy or archive it beyond the service's control; zero
	// means it does not.
	Visibility Visibility
	// OnDevice says that the data stays on the user's device (a phone,
	// a computer, a vehicle), where the service processes it, always or
	// until the user chooses to send it; zero means the data is sent to
	// the service as any other.
	OnDevice OnDevice
	// Zones says whether the user can choose places the data leaves
	// out: places near which it is hidden from others, or areas a camera
	// does not record; zero means the policy says nothing of it.
	Zones Zones
	// VisibleTo lists who, short of the public, can see the data within
	// the service, such as the other members of the user's workspace or
	// the other holder of a joint account; empty states no one. Data
	// that anyone can see is stated by Visibility instead.
	VisibleTo []Audience
	// DisseminationConsent reports that the data becomes public
	// (Visibility) only on the person's consent to its dissemination,
	// given separately from any other consent, in which the person may
	// forbid its further processing by others or set conditions for it,
	// and after which the person may demand at any time that the
	// dissemination stop: personal data the data subject permits to be
	// disseminated (152-FZ Art. 10.1). Under 152-FZ a category that
	// becomes public needs it, and data public by default cannot have it,
	// since silence or inaction is not such consent (Art. 10.1(8)).
	DisseminationConsent bool
	// RecordingNotice reports that the data is a recording, such as of a
	// call or a meeting, and that people are told before it starts: a
	// warning at the start of a call, or a notice when a meeting is
	// recorded.
	RecordingNotice bool
	// DevicePermission reports that the service collects the data from
	// the user's device only once the user grants a permission the
	// device's operating system asks for, such as access to location,
	// the camera, the microphone, photos or contacts, and that the user
	// can withdraw the permission in the device's settings at any time.
	// It states how collection is switched on and off, not a legal
	// ground: where a law asks for consent, the purpose states it, and
	// where that consent is given in the same prompt, the purpose's
	// ConsentMethodPlatformPrompt says so.
	DevicePermission bool
	// EndToEnd reports that the data is end-to-end encrypted: the service
	// stores or passes it on, such as synced passwords or messages, but
	// holds no key to read it.
	EndToEnd bool
	// OthersConsent reports that a user who gives the service this data
	// about another person (Sources holds SourceOtherUsers), such as the
	// other guests of a booking or the recipient of an order, confirms
	// having that person's consent or another right to give it, and
	// answers for it, as the service's terms require. It states what the
	// service asks of its users; it does not relieve the service of
	// informing the person where the law requires (GDPR Art. 14).
	OthersConsent bool
	// ModelGenerated reports that the data is generated by a
	// machine-learning model, such as the answers of a chat assistant or
	// the output of a translator, and may state inaccurate facts about
	// people. It states, too, that a person can ask to have inaccurate
	// personal data about them in it corrected or, where correcting a
	// model's output is not technically feasible, removed (the accuracy
	// principle and the right to rectification, GDPR Art. 5(1)(d), 16).
	ModelGenerated bool
	// GovernedBy names the US federal law whose own privacy rules govern
	// the data, such as account and transaction data a bank holds under
	// the Gramm-Leach-Bliley Act. The CCPA (Cal. Civ. Code 1798.145(d)-
	// (f), 1798.146) and the US state privacy laws exempt such data: their
	// sections of the document leave it out and say which law governs it
	// instead, the category needs no CCPA category, and their rules on
	// sensitive data do not count it. Other laws are not affected. Zero
	// means none.
	GovernedBy SectoralLaw
	// CCPA lists the statutory categories of personal information (Cal.
	// Civ. Code 1798.140(v)(1)(A)-(L)) the category falls under.
	CCPA []CCPACategory
	// Terms links the category to data terms of standard vocabularies.
	Terms Terms
	// Commitments are promises made for this category alone, such as
	// CommitmentNoAdvertisingUse for health data. A commitment of the
	// whole policy belongs in Policy.Commitments; CommitmentNoThirdPartyAds,
	// which is about the service rather than any data, cannot be made
	// here.
	Commitments []Commitment
	// Secrecy is the duty of professional or statutory secrecy, beyond
	// data-protection law, that binds everyone who processes the data,
	// such as medical confidentiality for health data ([Secrecy]); the
	// zero value states none.
	Secrecy Secrecy
	// AutoDelete lists the periods after which the user can choose to
	// have the data deleted automatically, each counted from when the
	// data was collected, such as Months(3), Months(18) and Months(36)
	// for activity the user can have deleted once it is 3, 18 or 36
	// months old; empty states no such choice. It adds to Retention,
	// which says how long the data is kept when the user chooses none
	// of them. Each period is positive and listed once; the document
	// states them in the order given.
	AutoDelete []Period
}

// A Visibility says how data of a category becomes public.
type Visibility uint8

// Ways data becomes public.
const (
	VisibilityOptional Visibility = iota + 1 // Public only if the person chooses, such as an optional public profile.
	VisibilityDefault                        // Public unless the person chooses otherwise.
	VisibilityAlways                         // Always public, such as comments published with the person's name.
	VisibilityLink                           // Visible to anyone who has a link the person chooses to share, such as a shared file or a certificate; less public than VisibilityOptional (see Visibility.Rank).
)

var visibilityEnum = enum{"Visibility",
	[]string{"", "optional", "default", "always", "link"},
	[]string{"", "public if you choose", "public unless you choose otherwise", "always public", "visible to anyone with a link you share"}}

// Rank orders the visibilities from the least public to the most: zero
// for none, then VisibilityLink, VisibilityOptional, VisibilityDefault
// and VisibilityAlways; -1 for an undefined value.
func (v Visibility) Rank() int {
	switch v {
	case 0:
		return 0
	case VisibilityLink:
		return 1
	case VisibilityOptional:
		return 2
	case VisibilityDefault:
		return 3
	case VisibilityAlways:
		return 4
	}
	return -1
}

// An OnDevice says whether data of a category stays on the user's device.
type OnDevice uint8

// Ways data stays on the device.
const (
	// OnDeviceOnly: the data never leaves the device; the service
	// processes it there, such as speech recognized on a phone or a
	// face matched on a camera. It goes to no recipient, no transfer
	// and no storage of the service, and tracks no one
	// (RuleOnDeviceConflict).
	OnDeviceOnly OnDevice = iota + 1
	// OnDeviceUntilShared: the data stays on the device until the user
	// chooses to send it, such as camera clips sent only when the user
	// turns on data sharing, or a recording attached to a report.
	OnDeviceUntilShared
	// OnDeviceUntilActivated: the data stays on the device until the user
	// activates the service, and only what follows is sent, such as sound
	// a smart speaker hears, kept on the device until it hears its wake
	// word or its button is pressed.
	OnDeviceUntilActivated
)

// A SectoralLaw is a US federal law with its own privacy rules for the data
// it governs, which the CCPA and the US state privacy laws exempt (see
// [Category.GovernedBy]).
type SectoralLaw uint8

// US federal laws whose data the CCPA and the US state privacy laws exempt.
const (
	// SectoralGLBA: the Gramm-Leach-Bliley Act (15 U.S.C. 6801 et seq.),
	// for nonpublic personal information a financial institution
	// collects, such as account and transaction data (Cal. Civ. Code
	// 1798.145(e)).
	SectoralGLBA SectoralLaw = iota + 1
	// SectoralFCRA: the Fair Credit Reporting Act (15 U.S.C. 1681 et
	// seq.), for consumer reports and the data a consumer reporting
	// agency or a user of its reports handles under it (Cal. Civ. Code
	// 1798.145(d)).
	SectoralFCRA
	// SectoralHIPAA: the Health Insurance Portability and Accountability
	// Act (45 CFR Parts 160 and 164), for protected health information a
	// covered entity or its business associate holds (Cal. Civ. Code
	// 1798.146(a)).
	SectoralHIPAA
	// SectoralDPPA: the Driver's Privacy Protection Act (18 U.S.C. 2721
	// et seq.), for personal information from motor vehicle records (Cal.
	// Civ. Code 1798.145(f)).
	SectoralDPPA
)

var sectoralEnum = enum{"SectoralLaw",
	[]string{"", "glba", "fcra", "hipaa", "dppa"},
	[]string{"", "the Gramm-Leach-Bliley Act", "the Fair Credit Reporting Act", "the Health Insurance Portability and Accountability Act (HIPAA)", "the Driver's Privacy Protection Act"}}

// Valid reports whether s is a defined sectoral law.
func (s SectoralLaw) Valid() bool { return sectoralEnum.valid(uint8(s)) }

// Name returns the English name of s, with its article: "the Fair Credit
// Reporting Act".
func (s SectoralLaw) Name() string { return sectoralEnum.name(uint8(s)) }

// String returns the stable identifier of s used in JSON.
func (s SectoralLaw) String() string { return sectoralEnum.str(uint8(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s SectoralLaw) MarshalText() ([]byte, error) { return sectoralEnum.marshal(uint8(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *SectoralLaw) UnmarshalText(b []byte) error {
	x, err := sectoralEnum.unmarshal(b)
	*s = SectoralLaw(x)
	return err
}

// Section returns the section of the California Civil Code (the CCPA)
// that exempts the data s governs, such as "1798.145(e)"; "" for an
// undefined s.
func (s SectoralLaw) Section() string {
	switch s {
	case SectoralGLBA:
		return "1798.145(e)"
	case SectoralFCRA:
		return "1798.145(d)"
	case SectoralHIPAA:
		return "1798.146(a)"
	case SectoralDPPA:
		return "1798.145(f)"
	}
	return ""
}

// Zones says how the user can leave places out of a category's data (see
// [Category.Zones]).
type Zones uint8

// Ways the user leaves places out of the data.
const (
	// ZonesHidden: the user chooses places, such as their home, near
	// which the data is hidden from others, as privacy zones hide the
	// start and end of activities shared on a fitness app.
	ZonesHidden Zones = iota + 1
	// ZonesNotRecorded: the user marks areas, such as a neighbour's
	// garden, that a camera does not record.
	ZonesNotRecorded
)

var zonesEnum = enum{"Zones",
	[]string{"", "hidden", "not_recorded"},
	[]string{"", "hidden from others near places you choose", "not recorded in areas you mark"}}

// Valid reports whether z is a defined way of leaving places out.
func (z Zones) Valid() bool { return zonesEnum.valid(uint8(z)) }

// Name returns the English name of z.
func (z Zones) Name() string { return zonesEnum.name(uint8(z)) }

// String returns the stable identifier of z used in JSON.
func (z Zones) String() string { return zonesEnum.str(uint8(z)) }

// MarshalText implements [encoding.TextMarshaler].
func (z Zones) MarshalText() ([]byte, error) { return zonesEnum.marshal(uint8(z)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (z *Zones) UnmarshalText(b []byte) error {
	v, err := zonesEnum.unmarshal(b)
	*z = Zones(v)
	return err
}

var onDeviceEnum = enum{"OnDevice",
	[]string{"", "only", "until_shared", "until_activated"},
	[]string{"", "stays on your device", "stays on your device until you send it", "stays on your device until you activate the service"}}

// Valid reports whether d is a defined way data stays on the device.
func (d OnDevice) Valid() bool { return onDeviceEnum.valid(uint8(d)) }

// Name returns the English name of d.
func (d OnDevice) Name() string { return onDeviceEnum.name(uint8(d)) }

// String returns the stable identifier of d used in JSON.
func (d OnDevice) String() string { return onDeviceEnum.str(uint8(d)) }

// MarshalText implements [encoding.TextMarshaler].
func (d OnDevice) MarshalText() ([]byte, error) { return onDeviceEnum.marshal(uint8(d)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *OnDevice) UnmarshalText(b []byte) error {
	x, err := onDeviceEnum.unmarshal(b)
	*d = OnDevice(x)
	return err
}

// Valid reports whether v is a defined visibility.
func (v Visibility) Valid() bool { return visibilityEnum.valid(uint8(v)) }

// Name returns the English name of v.
func (v Visibility) Name() string { return visibilityEnum.name(uint8(v)) }

// String returns the stable identifier of v used in JSON.
func (v Visibility) String() string { return visibilityEnum.str(uint8(v)) }

// MarshalText implements [encoding.TextMarshaler].
func (v Visibility) MarshalText() ([]byte, error) { return visibilityEnum.marshal(uint8(v)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (v *Visibility) UnmarshalText(b []byte) error {
	x, err := visibilityEnum.unmarshal(b)
	*v = Visibility(x)
	return err
}

// An Audience is a group of people who, within the service, can see a
// category of data about the user (see [Category.VisibleTo]).
type Audience uint8

// Audiences that can see data.
const (
	// AudienceOtherMembers are the other members of the user's
	// organisation, workspace or shared plan, such as a family plan.
	AudienceOtherMembers Audience = iota + 1
	// AudienceConnectedOrganisations are the members of other
	// organisations with which the user shares a channel, project or
	// other space.
	AudienceConnectedOrganisations
	// AudienceJointHolders are the other holders of an account the user
	// holds jointly, such as a joint bank account.
	AudienceJointHolders
	// AudienceOtherUsers are the other users of the service.
	AudienceOtherUsers
	// AudienceSharedAccountUsers are the other people who use the same
	// account or device as the user, such as the members of a household
	// who have their own profiles on one streaming membership, or the
	// other drivers of a connected vehicle, who see in the account what
	// was done under it.
	AudienceSharedAccountUsers
	// AudienceChosenContacts are the people the user chooses to share
	// the data with, one by one, such as the contacts who follow a trip
	// or a delivery the user shares from a ride-hailing or delivery app.
	AudienceChosenContacts
	// AudienceAdministrators are the administrators of an account that
	// the user's employer, school or other organisation provides and
	// manages, such as a team plan of a file storage service or a
	// business account of a video-conferencing service, who can see the
	// data and also manage, export and delete it under the
	// organisation's own policies.
	AudienceAdministrators
	// AudienceParticipants are the other participants in the meetings,
	// calls, group chats and other live sessions the user joins, such as
	// those who see the user's name, image and messages in a video
	// meeting; unlike AudienceOtherUsers, they are only those present.
	AudienceParticipants
	// AudienceModerators are the moderators of the communities, servers
	// and groups the user takes part in, often volunteers the community
	// chooses, who can see what the user posts there, reports and, where
	// the service gives them the tools, data others do not see, such as
	// the IP addresses behind edits.
	AudienceModerators
	// AudienceCounterparts are the people the user deals with through the
	// service, such as the buyer or seller the user talks to about a
	// listing on a classifieds site, who see the user's name and messages
	// in that conversation; unlike AudienceParticipants, they are the
	// other party to a deal rather than those present in a meeting.
	AudienceCounterparts
	// AudienceGroupMembers are the other members of a private group the
	// user joins, such as a family circle that shares its members'
	// locations; unlike AudienceOtherMembers, not an organisation or a
	// workspace.
	AudienceGroupMembers
)

var audienceEnum = enum{"Audience",
	[]string{"", "other_members", "connected_organisations", "joint_holders", "other_users", "shared_account_users", "chosen_contacts", "administrators", "participants", "moderators", "counterparts", "group_members"},
	[]string{"", "the other members of your organisation, workspace or shared plan", "members of other organisations you share spaces with", "the other holders of a joint account", "other users of the service",
		"the other people who use your account or device, such as the members of your household", "people you choose to share it with",
		"the administrators of an account your organisation provides you, who can also manage, export and delete this data",
		"the other participants in the meetings, calls and chats you join",
		"the moderators of the communities and groups you take part in, who may be volunteers",
		"the people you deal with through the service, such as the other party to a booking, an order, a sale or a payment",
		"the other members of the groups you join, such as your family circle"}}

// Valid reports whether a is a defined audience.
func (a Audience) Valid() bool { return audienceEnum.valid(uint8(a)) }

// Name returns the English name of a.
func (a Audience) Name() string { return audienceEnum.name(uint8(a)) }

// String returns the stable identifier of a used in JSON.
func (a Audience) String() string { return audienceEnum.str(uint8(a)) }

// MarshalText implements [encoding.TextMarshaler].
func (a Audience) MarshalText() ([]byte, error) { return audienceEnum.marshal(uint8(a)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (a *Audience) UnmarshalText(b []byte) error {
	v, err := audienceEnum.unmarshal(b)
	*a = Audience(v)
	return err
}

// A CCPACategory is one of the categories of personal information the
// CCPA lists in Cal. Civ. Code 1798.140(v)(1)(A)-(L).
type CCPACategory uint8

// The CCPA's categories of personal information.
const (
	CCPAIdentifiers      CCPACategory = iota + 1 // (A) Identifiers such as name, email, IP address, account name.
	CCPACustomerRecords                          // (B) Personal information in customer records (Cal. Civ. Code 1798.80(e)).
	CCPAProtectedTraits                          // (C) Characteristics of protected classifications.
	CCPACommercialInfo                           // (D) Commercial information: purchases, records of property, products considered.
	CCPABiometricInfo                            // (E) Biometric information.
	CCPAInternetActivity                         // (F) Internet or other electronic network activity.
	CCPAGeolocation                              // (G) Geolocation data.
	CCPASensoryData                              // (H) Audio, electronic, visual, thermal, olfactory or similar information.
	CCPAProfessionalInfo                         // (I) Professional or employment-related information.
	CCPAEducationInfo                            // (J) Non-public education information.
	CCPAInferences                               // (K) Inferences drawn to create a profile.
	// CCPASensitivePersonalInfo is category (L), sensitive personal information
	// as 1798.140(ae) defines it: government identifiers, account log-in
	// with its password, precise geolocation, racial or ethnic origin,
	// religious beliefs, union membership, the contents of mail, e-mail and
	// text messages, genetic, biometric and health data, and sex life or
	// sexual orientation.
	CCPASensitivePersonalInfo
)

var ccpaCategoryEnum = enum{"CCPACategory",
	[]string{"", "identifiers", "customer_records", "protected_traits", "commercial", "biometric", "internet_activity", "geolocation", "sensory", "professional", "education", "inferences", "sensitive_personal_information"},
	[]string{"", "identifiers", "customer records", "characteristics of protected classifications", "commercial information", "biometric information", "internet or other electronic network activity", "geolocation data", "audio, electronic, visual or similar information", "professional or employment-related information", "non-public education information", "inferences drawn to create a profile", "sensitive personal information"}}

// Valid reports whether c is a defined category.
func (c CCPACategory) Valid() bool { return ccpaCategoryEnum.valid(uint8(c)) }

// Name returns the English name of c.
func (c CCPACategory) Name() string { return ccpaCategoryEnum.name(uint8(c)) }

// Letter returns the letter the statute gives c, "A" to "L".
func (c CCPACategory) Letter() string {
	if !c.Valid() {
		return ""
	}
	return string(rune('A' + c - 1))
}

// String returns the stable identifier of c used in JSON.
func (c CCPACategory) String() string { return ccpaCategoryEnum.str(uint8(c)) }

// MarshalText implements [encoding.TextMarshaler].
func (c CCPACategory) MarshalText() ([]byte, error) { return ccpaCategoryEnum.marshal(uint8(c)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *CCPACategory) UnmarshalText(b []byte) error {
	v, err := ccpaCategoryEnum.unmarshal(b)
	*c = CCPACategory(v)
	return err
}

// Personal reports whether the category holds personal data of any
// sensitivity.
func (c *Category) Personal() bool { return c != nil && c.Sensitivity >= SensitivityPersonal }

// Sensitivity classifies a category of data. Its zero value means "not
// stated", which the validator reports.
type Sensitivity uint8

// Sensitivities in increasing order.
const (
	SensitivityNotPersonal Sensitivity = iota + 1 // Data that does not relate to an identified or identifiable person.
	SensitivityPersonal                           // Personal data.
	SensitivitySpecial                            // Special categories of personal data (GDPR Art. 9(1), 152-FZ Art. 10).
	SensitivitySensitive                          // Sensitive personal information under the CPRA (Cal. Civ. Code 1798.140(ae)) that is not a GDPR special category.
)

var sensitivityEnum = enum{"Sensitivity",
	[]string{"", "not_personal", "personal", "special", "sensitive"},
	[]string{"", "not personal data", "personal data", "special category of personal data", "sensitive personal information"}}

// Valid reports whether s is a defined sensitivity.
func (s Sensitivity) Valid() bool { return sensitivityEnum.valid(uint8(s)) }

// Name returns the English name of s.
func (s Sensitivity) Name() string { return sensitivityEnum.name(uint8(s)) }

// String returns the stable identifier of s used in JSON.
func (s Sensitivity) String() string { return sensitivityEnum.str(uint8(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s Sensitivity) MarshalText() ([]byte, error) { return sensitivityEnum.marshal(uint8(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Sensitivity) UnmarshalText(b []byte) error {
	v, err := sensitivityEnum.unmarshal(b)
	*s = Sensitivity(v)
	return err
}

// A Source says where a category of data comes from (GDPR Art. 14(2)(f)).
type Source uint8

// Sources of data.
const (
	SourceUser       Source = iota + 1 // Given by the user, in forms, messages or uploads.
	SourceAutomatic                    // Collected automatically from the user's device or use of the service.
	SourceThirdParty                   // Received from a third party, such as a payment provider.
	SourcePublic                       // Taken from publicly accessible sources.
	// SourceDerived: derived or inferred from other data the service
	// holds, such as interests inferred from purchases; Category.DerivedFrom
	// names that data.
	SourceDerived
	// SourceOtherUsers: given by other users of the service about the
	// person, such as the guests named in a booking someone else makes,
	// the recipient of an order, the contacts in an uploaded address
	// book or a referee named in a CV. The data is not obtained from the
	// person it is about (GDPR Art. 14); Category.OthersConsent states
	// what the service asks of the user who gives it.
	SourceOtherUsers
)

var sourceEnum = enum{"Source",
	[]string{"", "user", "automatic", "third_party", "public", "derived", "other_users"},
	[]string{"", "provided by you", "collected automatically", "received from third parties", "taken from publicly accessible sources", "derived from other data we hold", "provided by other users"}}

// Valid reports whether s is a defined source.
func (s Source) Valid() bool { return sourceEnum.valid(uint8(s)) }

// Name returns the English name of s.
func (s Source) Name() string { return sourceEnum.name(uint8(s)) }

// String returns the stable identifier of s used in JSON.
func (s Source) String() string { return sourceEnum.str(uint8(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s Source) MarshalText() ([]byte, error) { return sourceEnum.marshal(uint8(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Source) UnmarshalText(b []byte) error {
	v, err := sourceEnum.unmarshal(b)
	*s = Source(v)
	return err
}

// Storage says where data is stored. With Subjects unset it applies to all
// data subjects; otherwise to those in the Subjects country, as in "data of
// users in Russia is stored in Russia" (152-FZ Art. 18(5)).
type Storage struct {
	Subjects language.Region // whose data; the zero Region means everyone's
	Location language.Region // the country where it is stored
}

// An Exclusion states data the service does not collect or store, such as
// "full bank card details". Tags in code that name an excluded ID are errors.
type Exclusion struct {
	ID string // stable identifier, such as "payment.card_number"
	// Name is what is not collected, such as "full bank card details".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Name string
	// Category, if set, is the declared category the statement qualifies;
	// the document states it alongside that category.
	Category *Category
	// Class, if set, is a class of data the statement excludes as a
	// whole, such as DataClassBiometric; a declared category of that
	// class is a contradiction unless it is listed in Except.
	Class DataClass
	// Except are the declared categories that the statement does not
	// cover, as in "we collect no sensitive data, except bank details
	// for payouts".
	Except []*Category
	// Note explains, such as "card payments are handled by the payment
	// provider".
	// Shape: one or more sentences, each ending with a stop.
	Note string
}

// A DataClass is a class of data an [Exclusion] can exclude as a whole,
// each recognised from the fields of a [Category].
type DataClass uint8

// Classes of data.
const (
	DataClassSpecial   DataClass = iota + 1 // Special categories (SensitivitySpecial).
	DataClassSensitive                      // Special categories and sensitive personal information (SensitivitySpecial or SensitivitySensitive).
	DataClassBiometric                      // Biometric data (Category.Biometric).
	DataClassTracking                       // Data used to track the user across others' apps and websites (Category.Tracking).
	DataClassCriminal                       // Data relating to criminal convictions and offences (Category.Criminal).
)

var dataClassEnum = enum{"DataClass",
	[]string{"", "special", "sensitive", "biometric", "tracking", "criminal"},
	[]string{"", "special categories of personal data", "sensitive personal data", "biometric data", "data used to track you across other companies' apps and websites", "data relating to criminal convictions and offences"}}

// Has reports whether category c belongs to class d.
func (d DataClass) Has(c *Category) bool {
	if c == nil {
		return false
	}
	switch d {
	case DataClassSpecial:
		return c.Sensitivity == SensitivitySpecial
	case DataClassSensitive:
		return c.Sensitivity == SensitivitySpecial || c.Sensitivity == SensitivitySensitive
	case DataClassBiometric:
		return c.Biometric
	case DataClassTracking:
		return c.Tracking
	case DataClassCriminal:
		return c.Criminal
	}
	return false
}

// Valid reports whether d is a defined class of data.
func (d DataClass) Valid() bool { return dataClassEnum.valid(uint8(d)) }

// Name returns the English name of d.
func (d DataClass) Name() string { return dataClassEnum.name(uint8(d)) }

// String returns the stable identifier of d used in JSON.
func (d DataClass) String() string { return dataClassEnum.str(uint8(d)) }

// MarshalText implements [encoding.TextMarshaler].
func (d DataClass) MarshalText() ([]byte, error) { return dataClassEnum.marshal(uint8(d)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *DataClass) UnmarshalText(b []byte) error {
	v, err := dataClassEnum.unmarshal(b)
	*d = DataClass(v)
	return err
}
