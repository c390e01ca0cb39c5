package policy

import "golang.org/x/text/language"

// A Right is a right of the data subject, with how to exercise it.
type Right struct {
	Kind RightKind
	// How says how to exercise the right, such as "in the account
	// settings" or "by writing to privacy@example.com"; empty means by the
	// policy's contact.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	How string
}

// A RightKind names a right of the data subject.
type RightKind uint8

// Rights of the data subject.
const (
	RightAccess              RightKind = iota + 1 // To access the data (GDPR Art. 15).
	RightRectification                            // To have inaccurate data corrected (Art. 16).
	RightErasure                                  // To have the data erased (Art. 17).
	RightRestriction                              // To restrict processing (Art. 18).
	RightPortability                              // To receive the data in a portable form (Art. 20).
	RightObjection                                // To object to processing (Art. 21).
	RightWithdrawConsent                          // To withdraw consent at any time (Art. 7(3)).
	RightComplaint                                // To lodge a complaint with a supervisory authority (Art. 77).
	RightNoAutomatedDecision                      // Not to be subject to a decision based solely on automated processing (Art. 22).
	RightOptOutOfSale                             // To opt out of the sale or sharing of personal information (CCPA 1798.120).
	RightLimitSensitiveUse                        // To limit the use of sensitive personal information (CCPA 1798.121).
	RightNonDiscrimination                        // Not to be discriminated against for exercising these rights (CCPA 1798.125).
	RightKnow                                     // To know what personal information is collected, used, disclosed, sold and shared (CCPA 1798.100, 1798.110, 1798.115).
	// RightControllerComplaint is the right to complain to the controller
	// itself, which must offer a way to do so, acknowledge the complaint
	// within 30 days and tell the complainant its outcome without undue
	// delay (DPA 2018 s. 164A, added by s. 103 of the Data (Use and
	// Access) Act 2025).
	RightControllerComplaint
	// RightAnonymisation is the right to have unnecessary or excessive
	// data, or data processed in breach of the law, anonymised, blocked
	// or deleted (LGPD Art. 18(IV)).
	RightAnonymisation
	// RightSharingEntities is the right to be told the public and private
	// entities with which the controller has shared the data (LGPD Art.
	// 18(VII)).
	RightSharingEntities
	// RightConsentRefusal is the right to be told that one may refuse
	// consent and what follows from refusing (LGPD Art. 18(VIII)).
	RightConsentRefusal
	// RightOptOutOfTargetedAdvertising is the right to opt out of the
	// processing of personal data for targeted advertising (US state
	// privacy laws, such as Va. Code § 59.1-577(A)(5)(i)).
	RightOptOutOfTargetedAdvertising
	// RightOptOutOfProfiling is the right to opt out of profiling in
	// furtherance of decisions that produce legal or similarly
	// significant effects concerning the consumer (US state privacy laws,
	// such as Va. Code § 59.1-577(A)(5)(iii)).
	RightOptOutOfProfiling
	// RightPostMortemInstructions is the right to give instructions on
	// what becomes of one's personal data after one's death: whether it
	// is kept, erased or passed on, and to whom (France, Loi n° 78-17
	// Art. 85; Spain, Ley Orgánica 3/2018 Art. 3 and 96). How says whom
	// to send them to, or whether they go to a trusted third party.
	RightPostMortemInstructions
)

var rightKindEnum = enum{"RightKind",
	[]string{"", "access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "no_automated_decision", "opt_out_of_sale", "limit_sensitive_use", "non_discrimination", "know", "controller_complaint", "anonymisation", "sharing_entities", "consent_refusal", "opt_out_of_targeted_advertising", "opt_out_of_profiling", "post_mortem_instructions"},
	[]string{"",
		"to access your personal data and receive a copy of it",
		"to have inaccurate or incomplete data corrected",
		"to have your data erased",
		"to restrict the processing of your data",
		"to receive your data in a structured, commonly used and machine-readable format and have it transmitted to another controller",
		"to object to processing based on legitimate interests, and at any time to direct marketing",
		"to withdraw your consent at any time, without affecting the lawfulness of processing based on consent before its withdrawal",
		"to lodge a complaint with a supervisory authority",
		"not to be subject to a decision based solely on automated processing that significantly affects you",
		"to opt out of the sale or sharing of your personal information",
		"to limit the use and disclosure of your sensitive personal information",
		"not to be discriminated against for exercising your privacy rights",
		"to know what personal information we collect, use, disclose, sell and share",
		"to complain to us about how we use your personal data, before or instead of complaining to a supervisory authority; we acknowledge a complaint within 30 days and tell you its outcome without undue delay",
		"to have unnecessary or excessive data, or data processed in breach of the law, anonymised, blocked or deleted",
		"to know the public and private entities with which we have shared your data",
		"to be told that you may refuse consent and what follows if you do",
		"to opt out of the processing of your personal data for targeted advertising",
		"to opt out of profiling in furtherance of decisions that produce legal or similarly significant effects concerning you",
		"to give instructions on what becomes of your personal data after your death: whether it is kept, erased or passed on, and to whom"}}

// Valid reports whether r is a defined right.
func (r RightKind) Valid() bool { return rightKindEnum.valid(uint8(r)) }

// Name returns the English statement of the right, such as "to have your
// data erased".
func (r RightKind) Name() string { return rightKindEnum.name(uint8(r)) }

// String returns the stable identifier of r used in JSON.
func (r RightKind) String() string { return rightKindEnum.str(uint8(r)) }

// MarshalText implements [encoding.TextMarshaler].
func (r RightKind) MarshalText() ([]byte, error) { return rightKindEnum.marshal(uint8(r)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *RightKind) UnmarshalText(b []byte) error {
	v, err := rightKindEnum.unmarshal(b)
	*r = RightKind(v)
	return err
}

// A Principle is a principle of processing the controller commits to.
type Principle uint8

// Principles of processing (GDPR Art. 5, 152-FZ Art. 5).
const (
	PrincipleLawfulness        Principle = iota + 1 // Processing on a lawful basis.
	PrincipleFairness                               // Processing in good faith.
	PrincipleTransparency                           // Processing that is open to the data subject.
	PrinciplePurposeLimitation                      // Processing limited to specific, declared purposes.
	PrincipleProportionality                        // Content and volume of data proportionate to the purposes.
	PrincipleMinimisation                           // No more data than the purposes need.
	PrincipleAccuracy                               // Data accurate, sufficient and relevant.
	PrincipleStorageLimitation                      // Data kept no longer than the purposes need.
	PrincipleIntegrity                              // Data protected against loss and unauthorised access.
	PrincipleAccountability                         // The controller can show it complies.
)

var principleEnum = enum{"Principle",
	[]string{"", "lawfulness", "fairness", "transparency", "purpose_limitation", "proportionality", "minimisation", "accuracy", "storage_limitation", "integrity", "accountability"},
	[]string{"", "lawfulness", "good faith", "transparency", "limiting processing to specific purposes", "proportionality", "minimising the data processed", "accuracy, sufficiency and relevance of the data", "keeping data no longer than necessary", "integrity and confidentiality", "accountability"}}

// Valid reports whether p is a defined principle.
func (p Principle) Valid() bool { return principleEnum.valid(uint8(p)) }

// Name returns the English name of p.
func (p Principle) Name() string { return principleEnum.name(uint8(p)) }

// String returns the stable identifier of p used in JSON.
func (p Principle) String() string { return principleEnum.str(uint8(p)) }

// MarshalText implements [encoding.TextMarshaler].
func (p Principle) MarshalText() ([]byte, error) { return principleEnum.marshal(uint8(p)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (p *Principle) UnmarshalText(b []byte) error {
	v, err := principleEnum.unmarshal(b)
	*p = Principle(v)
	return err
}

// A Measure is a technical or organisational measure that protects data:
// a kind from the vocabulary of [MeasureKind], a name for one it does not
// list, or both, with optional detail.
type Measure struct {
	// Kind is the measure's kind, such as MeasureEncryptionInTransit; zero
	// for a measure named by Name alone.
	Kind MeasureKind
	// Name names the measure, such as "Encryption in transit"; empty means
	// the kind's name. Shape: a fragment, set inside the document's own
	// sentence (no final stop; lower case unless it starts with a name).
	Name string
	// Description adds detail, such as "All connections use TLS 1.2 or
	// later." Shape: one or more sentences, each ending with a stop.
	Description string
	// Breach states how soon a personal data breach is reported to the
	// supervisory authority, for a measure such as
	// MeasureBreachNotification; the zero value states nothing.
	Breach BreachNotice
}

// A BreachNotice states how soon after a personal data breach is
// discovered the supervisory authority is told of it, such as Hours(72).
// The document states a period of hours, or of one to three days, in
// hours, as the laws do: Hours(72) and Days(3) both read "72 hours".
type BreachNotice struct {
	// Authority is the time within which the authority is told of the
	// breach, such as 72 hours under GDPR Art. 33(1) or 24 hours under
	// 152-FZ Art. 21(3.1)(1); zero means not stated.
	Authority Period
	// Results is the time within which the authority is told the results
	// of the investigation of the breach, such as 72 hours under 152-FZ
	// Art. 21(3.1)(2); zero means not stated.
	Results Period
}

// IsZero reports whether b states nothing.
func (b BreachNotice) IsZero() bool { return b == BreachNotice{} }

// YoungestAge returns the lowest minimum age ch states anywhere,
// MinimumAge or an age of ByRegion, ignoring ages that are not
// positive; 0 if none is stated.
func (ch Children) YoungestAge() int {
	age := max(ch.MinimumAge, 0)
	for _, a := range ch.ByRegion {
		if a.Age > 0 && (age == 0 || a.Age < age) {
			age = a.Age
		}
	}
	return age
}

// ConsentAgeMoot reports whether ConsentAge is stated but no user is
// younger than it: it is not above the youngest age from which the
// service may be used (YoungestAge), and no one younger may use it with
// a parent's or a school's consent. No user then consents together with
// a parent or guardian.
func (ch Children) ConsentAgeMoot() bool {
	youngest := ch.YoungestAge()
	return ch.ConsentAge > 0 && youngest > 0 && ch.ConsentAge <= youngest && !ch.ParentalConsent && !ch.SchoolConsent
}

// Children says whether, and from what age, the service may be used.
type Children struct {
	// MinimumAge is the age below which the service must not be used or
	// needs a parent's consent; 0 means not stated.
	MinimumAge int
	// Note adds a sentence, such as what happens to data collected from a
	// child by mistake.
	// Shape: one or more sentences, each ending with a stop.
	Note string
	// ParentalConsent states that users younger than MinimumAge may use
	// the service with a parent's consent or authorisation (GDPR Art.
	// 8(1)), so that a minimum age below 13 is lawful.
	ParentalConsent bool
	// SchoolConsent states that, where a school provides the service to
	// its students, the school gives the consent or authorisation for
	// users younger than MinimumAge in their parents' place, for use for
	// the school's educational purposes only, as the US Federal Trade
	// Commission accepts under COPPA (16 CFR 312.5). Laws that ask for a
	// parent's own consent, such as GDPR Art. 8(1), are not met by it
	// alone.
	SchoolConsent bool
	// ByRegion states the minimum age where it differs from MinimumAge,
	// such as 16 where the law of a member state keeps the GDPR's age of
	// digital consent; each region is listed once.
	ByRegion []AgeLimit
	// ConsentAge is the age from which a user gives consent to the
	// processing of their data alone (GDPR Art. 8(1); under 152-FZ, the
	// age of majority as the Civil Code sets it), as distinct from the
	// age from which the service may be used: a younger user consents
	// together with a parent or guardian, or a parent or guardian
	// consents for the user. 0 means not stated; at most MaxMinimumAge.
	ConsentAge int
	// Restrictions lists what the service withholds from users younger
	// than ConsentAge, or from minors where ConsentAge is not stated,
	// such as personalised advertising; each is listed once.
	Restrictions []ChildRestriction
	// AgeChecks lists how the service checks that users are old enough
	// for it, such as by the date of birth given at sign-up, by an
	// estimate from the user's activity, or by an identity document or
	// a selfie it asks for when it doubts a user's age (the age
	// assurance that a platform accessible to minors uses, Digital
	// Services Act, Art. 28, and the UK Online Safety Act 2023); each is
	// listed once, in the order the document states them. The age
	// checked against is MinimumAge, ByRegion or ConsentAge.
	AgeChecks []AgeCheck
	// ParentRequests says how a parent or guardian reviews the personal
	// data collected from their child, has it deleted and refuses its
	// further collection or use, such as "in the parental controls or by
	// writing to privacy@example.com", as a service used by children
	// under 13 states under the US Children's Online Privacy Protection
	// Rule (16 CFR 312.4(d)(3), 312.6), and as a parent exercises a
	// child's rights under the GDPR; empty means not stated.
	// Shape: a fragment, without a final stop.
	ParentRequests string
	// Scope names what MinimumAge applies to where it is not all the
	// services, such as "our websites and apps" for a health plan or an
	// airline whose services reach children while its website and
	// accounts are for adults; empty means the services as a whole. The
	// document states it only where no parent's or school's consent is.
	// Shape: a fragment in the plural ("our websites and apps"), set
	// inside the document's own sentence (no final stop; lower case
	// unless it starts with a name).
	Scope string
	// BestInterest states that the personal data of children and
	// adolescents is processed in their best interest, as LGPD Art. 14
	// requires and the first standard of the UK's Age Appropriate Design
	// Code asks.
	BestInterest bool
}

// An AgeCheck is a way a service checks that a user is old enough for it
// (see [Children.AgeChecks]).
type AgeCheck uint8

// Ways of checking a user's age.
const (
	// AgeCheckDeclared: the user gives a date of birth when signing up.
	AgeCheckDeclared AgeCheck = iota + 1
	// AgeCheckInferred: the user's age is estimated from signals such as
	// their activity, their content and reports from other users.
	AgeCheckInferred
	// AgeCheckFacialEstimation: the user's age is estimated from a
	// photo or video of their face, which is not used to identify them.
	AgeCheckFacialEstimation
	// AgeCheckDocument: the user shows an identity document.
	AgeCheckDocument
	// AgeCheckPaymentCard: a payment card in the user's name is checked,
	// which only adults can hold.
	AgeCheckPaymentCard
	// AgeCheckParent: a parent or guardian confirms the user's age.
	AgeCheckParent
	// AgeCheckRecords: the user's details are checked electronically
	// against credit reference or other records, as UK gambling
	// operators check every customer; a way that asks the user for more,
	// such as AgeCheckDocument, is then the one used where this check
	// does not confirm the user's age.
	AgeCheckRecords
	// AgeCheckConfirmation: the user confirms being old enough, such as
	// by ticking a box at checkout before buying alcohol, without giving
	// a date of birth; the service holds no more than that confirmation.
	AgeCheckConfirmation
)

var ageCheckEnum = enum{"AgeCheck",
	[]string{"", "declared", "inferred", "facial_estimation", "document", "payment_card", "parent", "records", "confirmation"},
	[]string{"", "the date of birth given at sign-up", "an estimate from activity, content and reports", "an estimate from a photo of the face", "an identity document", "a payment card check", "a parent's or guardian's confirmation", "a check against credit reference or other records", "the user's confirmation of being old enough"}}

// Valid reports whether a is a defined way of checking age.
func (a AgeCheck) Valid() bool { return ageCheckEnum.valid(uint8(a)) }

// Name returns the English name of a, such as "an identity document".
func (a AgeCheck) Name() string { return ageCheckEnum.name(uint8(a)) }

// String returns the stable identifier of a used in JSON.
func (a AgeCheck) String() string { return ageCheckEnum.str(uint8(a)) }

// MarshalText implements [encoding.TextMarshaler].
func (a AgeCheck) MarshalText() ([]byte, error) { return ageCheckEnum.marshal(uint8(a)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (a *AgeCheck) UnmarshalText(b []byte) error {
	v, err := ageCheckEnum.unmarshal(b)
	*a = AgeCheck(v)
	return err
}

// statesAge reports whether c states an age that users are checked
// against: a minimum age, one for a region, or the age of consent.
func (c Children) statesAge() bool {
	return c.MinimumAge > 0 || len(c.ByRegion) > 0 || c.ConsentAge > 0
}

// leastAge returns the lowest age from which the service may be used in
// every region: the least of MinimumAge and the ages of ByRegion, or 0
// where MinimumAge is not stated, since a region ByRegion does not list
// then has no age. Ages out of range are left to the range checks.
func (c Children) leastAge() int {
	if c.MinimumAge <= 0 {
		return 0
	}
	least := c.MinimumAge
	for _, l := range c.ByRegion {
		if l.Age > 0 && l.Age < least {
			least = l.Age
		}
	}
	return least
}

// A ChildRestriction is something a service withholds from its younger
// users, or a protection it gives them by default.
type ChildRestriction uint8

// Restrictions for younger users.
const (
	// ChildRestrictionNoPersonalisedAds: younger users see no
	// advertising personalised on their data.
	ChildRestrictionNoPersonalisedAds ChildRestriction = iota + 1
	// ChildRestrictionNoProfiling: younger users get no offers or
	// content chosen by profiling them.
	ChildRestrictionNoProfiling
	// ChildRestrictionFilteredChat: younger users use chat only through a
	// filter, such as one that removes offensive words or personal
	// details.
	ChildRestrictionFilteredChat
	// ChildRestrictionPrivateProfile: the profiles of younger users are
	// not shown to the public.
	ChildRestrictionPrivateProfile
	// ChildRestrictionLimitedMessaging: younger users receive direct
	// messages only from people they follow or are already connected
	// with, not from strangers, as in the teen accounts of social
	// networks.
	ChildRestrictionLimitedMessaging
	// ChildRestrictionParentalControls: a parent or guardian can set
	// parental controls on a younger user's account, such as with a
	// PIN, and limit what the user can do with it, such as chat,
	// purchases, settings or card payments.
	ChildRestrictionParentalControls
	// ChildRestrictionNoMarketing: younger users receive no direct
	// marketing, whether by e-mail, message or call.
	ChildRestrictionNoMarketing
)

var childRestrictionEnum = enum{"ChildRestriction",
	[]string{"", "no_personalised_ads", "no_profiling", "filtered_chat", "private_profile", "limited_messaging", "parental_controls", "no_marketing"},
	[]string{"", "no personalised advertising", "no offers or content based on profiling", "filtered chat only", "profile not public", "messages only from people they follow", "parental controls", "no direct marketing"}}

// Valid reports whether r is a defined restriction.
func (r ChildRestriction) Valid() bool { return childRestrictionEnum.valid(uint8(r)) }

// Name returns the English name of r, such as "filtered chat only".
func (r ChildRestriction) Name() string { return childRestrictionEnum.name(uint8(r)) }

// String returns the stable identifier of r used in JSON.
func (r ChildRestriction) String() string { return childRestrictionEnum.str(uint8(r)) }

// MarshalText implements [encoding.TextMarshaler].
func (r ChildRestriction) MarshalText() ([]byte, error) {
	return childRestrictionEnum.marshal(uint8(r))
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *ChildRestriction) UnmarshalText(b []byte) error {
	v, err := childRestrictionEnum.unmarshal(b)
	*r = ChildRestriction(v)
	return err
}

// An AgeLimit is the minimum age of users in one region, with the meaning
// of Children.MinimumAge. For the region EU it applies in the member
// states whose law sets that age (GDPR Art. 8(1) lets each set an age
// from 13 to 16), as in "16 in the EU countries that set that age".
type AgeLimit struct {
	Region language.Region // a country, or EU
	Age    int             // in years, 1 to MaxMinimumAge
}

// Changes says how changes to the policy are announced and when they take
// effect. The zero value means changes are posted without prior notice and
// take effect on posting.
type Changes struct {
	// Notify lists how users are told of a change; empty means no prior
	// notice beyond posting the new version.
	Notify []Channel
	// AllChannels reports that every channel in Notify is used; false
	// means at least one of them.
	AllChannels bool
	// MaterialOnly reports that users are notified, and given Notice,
	// only of material changes; other changes take effect when posted.
	MaterialOnly bool
	// Notice is how long before it takes effect a change is announced;
	// zero means no notice period is stated (see EffectiveOnPosting).
	Notice Period
	// HistoryURL is where the earlier versions of the policy, or the
	// history of its changes, are published.
	HistoryURL string
	// Note adds a sentence.
	// Shape: one or more sentences, each ending with a stop.
	Note string
	// EffectiveOnPosting reports that a new version takes effect when it
	// is posted, unless it provides otherwise. It contradicts a Notice
	// that applies to every change (Notice without MaterialOnly), which
	// Validate reports; with MaterialOnly, only the changes that are not
	// material take effect when posted.
	EffectiveOnPosting bool
}

// A Channel is a way of telling users about a change.
type Channel uint8

// Channels for announcing changes.
const (
	ChannelEmail     Channel = iota + 1 // A message to the user's email address.
	ChannelInService                    // A notice inside the service or on the website.
	ChannelBlog                         // A post on the service's blog.
	ChannelHomePage                     // A notice on the service's home page.
)

var channelEnum = enum{"Channel",
	[]string{"", "email", "in_service", "blog", "home_page"},
	[]string{"", "by email", "by a notice in the service", "by a post on our blog", "by a notice on our home page"}}

// Valid reports whether c is a defined channel.
func (c Channel) Valid() bool { return channelEnum.valid(uint8(c)) }

// Name returns the English name of c.
func (c Channel) Name() string { return channelEnum.name(uint8(c)) }

// String returns the stable identifier of c used in JSON.
func (c Channel) String() string { return channelEnum.str(uint8(c)) }

// MarshalText implements [encoding.TextMarshaler].
func (c Channel) MarshalText() ([]byte, error) { return channelEnum.marshal(uint8(c)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Channel) UnmarshalText(b []byte) error {
	v, err := channelEnum.unmarshal(b)
	*c = Channel(v)
	return err
}
