package policy

import (
	"slices"

	"golang.org/x/text/language"
)

// A Policy is a service's privacy policy: who processes which data, why, on
// what grounds, for how long, who receives it, and what rights the user has.
//
// A Policy is written as a composite literal. The zero value of each field
// means "not stated"; [Policy.Validate] reports what a complete policy must
// still say. Methods never modify the Policy, so one value may be shared by
// goroutines that render, validate or encode it.
type Policy struct {
	// Title is the document's title; empty means "Privacy Policy".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Title string
	// Controller is the organisation responsible for the processing (the
	// "operator" under 152-FZ).
	Controller Controller
	// DPO is the data protection officer, where one is designated (GDPR
	// Art. 37 to 39, the encarregado of LGPD Art. 41).
	DPO *Contact
	// Responsible is the person responsible for organising the processing
	// of personal data (152-FZ Art. 22.1), where one is appointed. The role
	// differs from the DPO's: the operator appoints this person to organise
	// its own compliance, and the document states it only under 152-FZ.
	Responsible *Contact
	// Representatives are the controller's representatives in other
	// jurisdictions (GDPR Art. 27).
	Representatives []Representative
	// RepresentativeExempt are the laws under which the controller claims
	// the exemption from designating a representative (GDPR and UK GDPR
	// Art. 27(2)): occasional processing that does not include special
	// categories or criminal-offence data on a large scale and is unlikely
	// to result in a risk, or processing by a public authority or body.
	RepresentativeExempt []Law
	// Establishments are the controller's offices in other jurisdictions,
	// such as its subsidiary in the EU.
	Establishments []Establishment
	// OperatorRegister is the operator's entry in Roskomnadzor's register
	// of operators, or its exemption from notifying (152-FZ Art. 22).
	OperatorRegister OperatorRegister

	// Version identifies this version of the policy, such as "2.1".
	Version string
	// Effective is the date this version takes effect.
	Effective Date
	// Updated is the date this version was last updated.
	Updated Date
	// URL is the permanent address where the current version is published.
	URL string
	// Language is the language the policy is written in; the zero Tag means
	// English.
	Language language.Tag
	// Laws are the data-protection laws the service declares itself subject
	// to.
	Laws []Law
	// LegalActs are the laws and other acts the controller's processing
	// as a whole rests on, such as a constitution, a civil code, the laws
	// of its line of business and its own charter, which policies under
	// 152-FZ list as the legal grounds of processing, as Roskomnadzor's
	// recommendations on drawing up a policy ask. The contracts and consents
	// each purpose rests on are its Bases, and the law laying down a
	// purpose's legal obligation is among its Obligations. The document
	// lists the acts before the grounds of the purposes. An act's Region
	// may be left zero.
	LegalActs []Obligation
	// Definitions are the terms of 152-FZ Art. 3 the document defines
	// beside personal data, such as the operator and processing, as
	// Russian policies do before anything else.
	Definitions []Definition

	// Scope says which websites, services and apps the policy covers.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Scope []string
	// CustomerData states the personal data the service processes as a
	// processor on behalf of its customers, which the policy does not
	// cover ([CustomerData]).
	CustomerData CustomerData
	// OtherNotices are the controller's other privacy notices, for
	// audiences or subjects this policy leaves to them, such as
	// employees and job applicants ([Notice]).
	OtherNotices []Notice
	// External are the kinds of services of others that users reach
	// through the service, such as the websites it links to, which the
	// policy does not cover: their own privacy policies govern what they
	// collect ([ExternalService]).
	External []ExternalService
	// Introduction holds paragraphs printed before the first section.
	// Shape: one or more sentences, each ending with a stop.
	Introduction []string
	// Acknowledgement adds, after the introduction, the sentence many
	// policies open with: that by using the services the user confirms
	// having read the policy and understood the terms of processing it
	// sets out. It states no consent: under the GDPR and 152-FZ using a
	// service is not consent to processing.
	Acknowledgement bool
	// Principles are the principles of processing the controller follows.
	Principles []Principle
	// Commitments are promises the policy makes on their own, such as
	// that personal data is not sold.
	Commitments []Commitment

	// Categories are the categories of data the service processes.
	Categories []*Category
	// Storage says where data is stored unless a category says otherwise,
	// such as "data of users in Russia is stored in Russia".
	Storage []Storage
	// NotCollected states data the service does not collect or store.
	NotCollected []Exclusion
	// Purposes are the purposes of processing.
	Purposes []*Purpose
	// Recipients are the processors, third parties and authorities that
	// receive data.
	Recipients []*Recipient
	// Transfers are transfers of data to other countries.
	Transfers []Transfer
	// Disclosures are the circumstances in which data would be disclosed,
	// such as to authorities on valid legal process, with the promises
	// made for them.
	Disclosures []Disclosure
	// Deletion says how data is removed, in stages, after an event such as
	// a request to delete it.
	Deletion []Deletion
	// Termination are the events on which the controller stops processing
	// personal data, such as the achievement of the purposes, the
	// withdrawal or expiry of consent, the discovery of unlawful
	// processing and the controller's liquidation ("conditions for
	// ending the processing" of 152-FZ Art. 21 that Russian policies
	// state).
	Termination []Event
	// Cookies are the cookies and similar technologies the service and
	// third parties set on the user's device.
	Cookies []Cookie
	// Signals says how the service answers browser privacy signals such
	// as Do Not Track and Global Privacy Control.
	Signals Signals
	// Rights are the rights of the data subject and how to exercise them.
	Rights []Right
	// Requests says how requests to exercise a right are verified and
	// answered.
	Requests Requests
	// Redress are the bodies other than the courts that a user can take a
	// complaint to, such as a dispute-resolution body or a regulator.
	Redress []Redress
	// NoAutomatedDecisions states that no purpose involves automated
	// decision-making with legal or similarly significant effects (GDPR
	// Art. 13(2)(f)); set it where no Purpose.Automated is stated.
	NoAutomatedDecisions bool
	// CCPA holds what the California Consumer Privacy Act asks a policy to
	// state beyond the rest of the model.
	CCPA CCPANotice
	// USStates holds what the US state comprehensive privacy laws
	// ([USStates]) ask a policy to state beyond the rest of the model:
	// whether it sells personal data or processes it for targeted
	// advertising, and how a consumer appeals a refusal.
	USStates USStatesNotice
	// GLBA is what a US financial institution tells its customers under
	// the Gramm-Leach-Bliley Act: why it shares their nonpublic personal
	// information and whether they can limit it ([GLBANotice]).
	GLBA GLBANotice
	// Incentives are the financial incentives the service offers for
	// personal information (CCPA 1798.125(b)).
	Incentives []Incentive
	// Security are the measures that protect the data.
	Security []Measure
	// SecurityCaveat reports that the policy adds, after its measures,
	// that no way of transmitting or storing data is completely secure,
	// so that it cannot guarantee the data's security, as many published
	// policies do. It promises nothing: the measures stay the policy's
	// (GDPR Art. 32).
	SecurityCaveat bool
	// UserDuties are what the policy asks of its users about the data
	// they give, such as UserDutyAccuracy ([UserDuty]).
	UserDuties []UserDuty
	// SafetyTips are what the policy tells users to do to keep their
	// account and data safe, and how the service will never contact
	// them, so that they can spot phishing, such as SafetyTipNeverAsked
	// ("we never ask for your password or a one-time code"), and its
	// advice on using the service safely, such as SafetyTipCheckAIOutput
	// or SafetyTipWipeDevice. Empty states none.
	SafetyTips []SafetyTip
	// Links are addresses of pages the policy refers to, such as the list
	// of subprocessors.
	Links Links
	// Children says whether the service is meant for children.
	Children Children
	// Changes says how changes to the policy are announced and when they
	// take effect.
	Changes Changes
	// Contact is where to send questions about the policy; empty means the
	// controller's contact.
	Contact Contact
}

// Category returns the declared category with the given ID, or nil.
func (p *Policy) Category(id string) *Category {
	for _, c := range p.Categories {
		if c != nil && c.ID == id {
			return c
		}
	}
	return nil
}

// Purpose returns the declared purpose with the given ID, or nil.
func (p *Policy) Purpose(id string) *Purpose {
	for _, pu := range p.Purposes {
		if pu != nil && pu.ID == id {
			return pu
		}
	}
	return nil
}

// CollectsPersonalData reports whether any declared category holds personal
// data.
func (p *Policy) CollectsPersonalData() bool {
	for _, c := range p.Categories {
		if c.Personal() {
			return true
		}
	}
	return false
}

// Subject reports whether the policy declares itself subject to law.
func (p *Policy) Subject(law Law) bool { return slices.Contains(p.Laws, law) }

// PurposesUsing returns the declared purposes that use category c, in declaration
// order.
func (p *Policy) PurposesUsing(c *Category) []*Purpose {
	var out []*Purpose
	for _, pu := range p.Purposes {
		if pu != nil && pu.Uses(c) {
			out = append(out, pu)
		}
	}
	return out
}

// A Contact is a way to reach a person or organisation.
type Contact struct {
	Name    string
	Email   string
	Phone   string
	Address string
	Website string
}

// IsZero reports whether c states nothing.
func (c Contact) IsZero() bool { return c == Contact{} }

// A Controller is the organisation that decides why and how personal data is
// processed.
type Controller struct {
	Contact
	// Registration holds registration numbers, such as "OGRN 1234567890123".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Registration string
	// Country is where the controller is established.
	Country language.Region
	// Individual states that the controller is a natural person, not a
	// legal entity: an individual entrepreneur (in Russia, an
	// индивидуальный предприниматель) or another natural person acting
	// as controller or operator. Duties the law puts on legal entities
	// only, such as appointing the person responsible for organising the
	// processing under 152-FZ Art. 22.1(1), do not apply.
	Individual bool
}

// A CCPANotice holds the statements the CCPA requires that the rest of the
// model does not carry.
type CCPANotice struct {
	// Sold and Shared say whether personal information was sold, or shared
	// for cross-context behavioral advertising, in the preceding 12
	// months (Cal. Civ. Code 1798.115, 1798.120).
	Sold, Shared Answer
	// OptOutURL is the "Do Not Sell or Share My Personal Information" link,
	// required where Sold or Shared is Yes (1798.135).
	OptOutURL string
	// RequestMethods are the ways a consumer submits a request, such as a
	// toll-free number and a web form; at least two (1798.130(a)(1)).
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	RequestMethods []string
	// TollFreeNumber is the toll-free telephone number for requests, which
	// 1798.130(a)(1)(A) requires of every business that does not operate
	// exclusively online (OnlineOnly).
	TollFreeNumber string
	// OnlineOnly states that the business operates exclusively online and
	// has a direct relationship with the consumers it collects personal
	// information from; it then needs only an e-mail address for requests
	// to know, delete or correct, and no toll-free number
	// (1798.130(a)(1)(A)).
	OnlineOnly bool
	// SoldCategories are the statutory categories of personal information
	// sold or shared in the preceding 12 months, the first of the two lists
	// of 1798.130(a)(5)(C); the second, the categories disclosed for a
	// business purpose, is what the recipients receive. Required where Sold
	// or Shared is Yes, and empty otherwise.
	SoldCategories []CCPACategory
	// SensitiveUse says whether sensitive personal information is used or
	// disclosed for purposes other than those Cal. Code Regs. tit. 11,
	// 7027(m) allows (such as providing the goods or services requested,
	// security and integrity); where Yes, consumers have the right to limit
	// that use (1798.121) and LimitURL is required.
	SensitiveUse Answer
	// LimitURL is the "Limit the Use of My Sensitive Personal Information"
	// link (1798.135(a)(2)), required where SensitiveUse is Yes.
	LimitURL string
	// Opt-out preference signals (1798.135(b)) are stated in
	// Policy.Signals, and how requests are verified and made by authorised
	// agents (Cal. Code Regs. tit. 11, 7011(e)(1)) in Policy.Requests, for
	// every law alike.

	// LargeVolume states that the business buys, receives for its
	// commercial purposes, sells, shares or otherwise makes available for
	// commercial purposes the personal information of 10,000,000 or more
	// consumers in a calendar year (Cal. Code Regs. tit. 11, 7102(a)); it
	// then discloses its request metrics, in Metrics or at MetricsURL.
	LargeVolume bool
	// Metrics are the request metrics of 7102(a)(1) for a calendar year;
	// nil means not stated here.
	Metrics *CCPAMetrics
	// MetricsURL is where the metrics are posted on the business's
	// website, linked from the policy (7102(a)(2)), instead of Metrics.
	MetricsURL string
	// Under16 says whether the business sells or shares the personal
	// information of consumers it knows to be under 16 years of age,
	// which it may do only with their affirmative authorisation (opt-in),
	// or a parent's or guardian's for a child under 13 (1798.120(c)).
	Under16 Answer
	// OptInProcess describes how such consumers, or their parents or
	// guardians, opt in, which the policy must describe where Under16 is
	// Yes (Cal. Code Regs. tit. 11, 7070-7072).
	// Shape: one or more sentences, each ending with a stop.
	OptInProcess string
	// ShineTheLight states that a California resident who has an
	// established business relationship with the business may ask it,
	// once a year and free of charge, for the categories of personal
	// information it disclosed to third parties for their direct
	// marketing in the preceding calendar year, with the names and
	// addresses of those third parties (Cal. Civ. Code 1798.83, "Shine
	// the Light"). How to ask is the policy's contact.
	ShineTheLight bool
}

// IsZero reports whether n states nothing.
func (n CCPANotice) IsZero() bool {
	return n.Sold == 0 && n.Shared == 0 && n.OptOutURL == "" && len(n.RequestMethods) == 0 &&
		n.TollFreeNumber == "" && !n.OnlineOnly && len(n.SoldCategories) == 0 && n.SensitiveUse == 0 &&
		n.LimitURL == "" && !n.LargeVolume && n.Metrics == nil && n.MetricsURL == "" && n.Under16 == 0 && n.OptInProcess == "" &&
		!n.ShineTheLight
}

// An Answer is a yes or no that a policy must state; its zero value means
// "not stated".
type Answer uint8

// Answers.
const (
	AnswerYes Answer = iota + 1
	AnswerNo
)

var answerEnum = enum{"Answer", []string{"", "yes", "no"}, []string{"", "yes", "no"}}

// Valid reports whether a is Yes or No.
func (a Answer) Valid() bool { return answerEnum.valid(uint8(a)) }

// String returns "yes" or "no".
func (a Answer) String() string { return answerEnum.str(uint8(a)) }

// MarshalText implements [encoding.TextMarshaler].
func (a Answer) MarshalText() ([]byte, error) { return answerEnum.marshal(uint8(a)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (a *Answer) UnmarshalText(b []byte) error {
	v, err := answerEnum.unmarshal(b)
	*a = Answer(v)
	return err
}

// A Representative is a controller's representative in a jurisdiction where
// the controller has no establishment.
type Representative struct {
	Region  language.Region // the country, or EU for the Union
	Contact Contact
}
