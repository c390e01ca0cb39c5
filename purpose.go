package policy

import (
	"slices"

	"golang.org/x/text/language"
)

// A Purpose is a reason the service processes data, with the categories it
// uses and the legal grounds it rests on.
type Purpose struct {
	// ID is a stable identifier, such as "marketing".
	ID string
	// Name is what the document calls the purpose, such as "Sending
	// informational and marketing messages".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Name string
	// Description adds sentences that the name does not say.
	// Shape: one or more sentences, each ending with a stop.
	Description string
	// Categories are the categories of data the purpose uses. Each must
	// also be declared in Policy.Categories.
	Categories []*Category
	// Bases are the legal grounds the purpose rests on. A purpose that uses
	// a special category needs an Art. 9(2) condition as well as an
	// Art. 6(1) ground.
	Bases []Basis
	// Interest states the legitimate interest pursued, where Bases includes
	// BasisLegitimateInterests (GDPR Art. 13(1)(d)).
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Interest string
	// Withdraw says how the user withdraws consent, where Bases includes
	// BasisConsent or BasisExplicitConsent, such as "with the unsubscribe link in
	// every message".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Withdraw string
	// ConsentMethod says how the consent the purpose rests on is
	// obtained, such as by double opt-in.
	ConsentMethod ConsentMethod
	// ConsentLogged states that each consent to the purpose is recorded,
	// so that the controller can show when and how it was given (GDPR
	// Art. 7(1)).
	ConsentLogged bool
	// PaidAlternative is the paid offer the user may take instead of
	// consenting to the purpose ("consent or pay"), under which the
	// user's data is not processed for it; the purpose must rest on
	// consent.
	PaidAlternative PaidAlternative
	// ConsentRequiredBy are the laws other than the data-protection law
	// that require consent to the purpose, such as Federal Law No. 38-FZ
	// “On Advertising”, Art. 18 for advertising by SMS or telephone, or
	// the UK's Privacy and Electronic Communications Regulations, reg. 22
	// for marketing by email; each names its Act and the Region whose law
	// it is ([Obligation]). The purpose must rest on consent, and the
	// document says why it asks for it.
	ConsentRequiredBy []Obligation
	// ConsentExemptBy are the laws other than the data-protection law
	// that let the purpose go ahead without the consent they otherwise
	// require, such as the UK's Privacy and Electronic Communications
	// Regulations, reg. 22(3) (the "soft opt-in": email marketing of
	// similar products to existing customers) or § 7(3) of the German
	// Act against Unfair Competition (UWG); each names its Act and the
	// Region whose law it is ([Obligation]). Such laws let the person
	// refuse at any time, simply and free of charge, when their details
	// are collected and in every message: the purpose must allow an
	// opt-out (OptOut) and must not rest on consent. The document says
	// which law allows it and that the person can refuse.
	ConsentExemptBy []Obligation
	// Obligations are the laws that lay down the legal obligation
	// (BasisLegalObligation) or the task in the public interest
	// (BasisPublicTask) the purpose rests on, at least one under each
	// declared law that cites the ground ([Obligation]).
	Obligations []Obligation
	// Criminal states what allows the purpose to process data relating
	// to criminal convictions and offences ([Category.Criminal]): official
	// authority, the laws that authorise it, or the condition of DPA 2018
	// Schedule 1 it meets.
	Criminal CriminalAuthority
	// OptOut reports whether the user can object to or opt out of this
	// purpose while still using the service.
	OptOut bool
	// OptOutHow says how the user opts out of or objects to this purpose,
	// such as "with the unsubscribe link in each email or in the app's
	// settings"; it needs OptOut. A purpose on consent says how consent
	// is withdrawn in Withdraw instead.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	OptOutHow string
	// Retention, if stated, overrides the categories' retention for data
	// processed for this purpose.
	Retention Retention
	// Recipients are the recipients that receive data for this purpose.
	// Each must also be declared in Policy.Recipients.
	Recipients []*Recipient
	// Required says whether providing the data is a statutory or
	// contractual requirement, or needed to enter into a contract, and what
	// happens if the user does not provide it (GDPR Art. 13(2)(e)).
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Required string
	// Automated describes automated decision-making, including profiling,
	// with legal or similarly significant effects (GDPR Art. 22); empty if
	// there is none.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Automated string
	// DecisionAreas are the areas of life in which the automated
	// decisions have their effects, such as financial or lending
	// services, or [DecisionOther] for one outside the list the US state
	// privacy laws give (see [DecisionArea]). Empty means not stated:
	// the US state laws' right to opt out of profiling is then asked
	// for, as for a decision in a listed area; DecisionOther alone says
	// that no decision falls in one. It needs Automated.
	DecisionAreas []DecisionArea
	// HumanDecision reports that automated systems may flag or score
	// cases, such as suspected fraud or an exam a proctoring tool marks,
	// but a person takes every decision that affects the user: no
	// decision rests solely on automated processing (GDPR Art. 22). It
	// contradicts Automated.
	HumanDecision bool
	// MinimumAge is the age, in years, a person must have reached for
	// this purpose, such as a loyalty programme open from 16 or an online
	// clinic that treats only adults, where it differs from the service's
	// own (Policy.Children); zero means none beyond the service's. It is
	// at most MaxMinimumAge.
	MinimumAge int
	// Journalism reports that the purpose is journalism, or academic,
	// artistic or literary expression, such as a newsroom's research and
	// reporting, which the law exempts from several of the provisions on
	// the data subject's rights so far as they would be incompatible with
	// the freedom of expression and information (GDPR Art. 85, and the
	// member states' laws under it, such as Art. 80 of France's Loi
	// n° 78-17; DPA 2018 Sch. 2 Part 5 para. 26; 152-FZ Art. 6(1)(8) makes
	// a journalist's processing lawful without consent).
	Journalism bool
	// Scoring reports that the purpose produces scores about the person,
	// such as credit scores, that others use to take decisions about
	// them: a credit reference agency's profiling, whose effects fall on
	// the person through the lender's decision (the CJEU held in C-634/21
	// SCHUFA that such a score can itself be an automated decision). The
	// document then does not say that the purpose's profiling has no
	// significant effect.
	Scoring bool
	// Profiling reports that the purpose involves profiling without legal
	// or similarly significant effects on the user, such as
	// personalising recommendations (GDPR Art. 4(4)); profiling with such
	// effects belongs in Automated.
	Profiling bool
	// HighRiskProfiling reports that the purpose involves profiling
	// that carries a high risk to the user's personality or fundamental
	// rights, because it links data in a way that allows an assessment of
	// essential aspects of their personality (high-risk profiling, FADP
	// Art. 5(h)), such as a customer profile built from purchases across
	// a group of shops. Where the purpose rests on consent, the consent
	// must be express (FADP Art. 6(7)(b)).
	HighRiskProfiling bool
	// DirectMarketing reports that the purpose promotes goods or services
	// to the person directly: by email, text message, post, telephone or
	// advertising aimed at them. The person may object to it at any time
	// (GDPR and UK GDPR Art. 21(2)-(3)), and a document states that right
	// where a purpose declares it; 152-FZ allows it only with the person's
	// prior consent (Art. 15(1)), which Validate checks.
	DirectMarketing bool
	// ServiceMessages reports that the purpose sends the person messages
	// about the service they use, such as the confirmation of an
	// account, a reminder of a booking or a change of tariff, which are
	// not direct marketing and are sent whatever the person's choices
	// about marketing, for as long as they use the service. Such a
	// purpose is not DirectMarketing.
	ServiceMessages bool
	// Past reports that the purpose is no longer pursued and is stated
	// because data was processed for it in the preceding 12 months (Cal.
	// Civ. Code 1798.130(a)(5)); the data is being removed.
	Past bool
	// Terms links the purpose to purpose terms of standard vocabularies.
	Terms Terms

	// Subjects are the categories of data subjects whose data the purpose
	// processes (152-FZ Art. 18.1(1)(2)).
	Subjects []DataSubject
	// Actions are the actions performed on the data for the purpose, in
	// the terms of 152-FZ Art. 3(3); [Actions] returns them all.
	Actions []Action
	// Method says whether the data is processed with automation tools,
	// without them, or both (152-FZ Art. 18.1(1)(2)).
	Method ProcessingMethod

	// Suspension states what the service may block or suspend in
	// pursuing the purpose, such as an account or a payment suspected of
	// fraud, and how the person contests it.
	Suspension Suspension
	// ImageConsent reports that photos and recordings in which a person
	// appears, which the purpose processes, are published or shown to
	// others only with that person's consent to the use of their image
	// (Civil Code of the Russian Federation, Art. 152.1; under the GDPR,
	// consent under Art. 6(1)(a) to the publication).
	ImageConsent bool
	// TippingOff are the laws that forbid telling the person that a
	// suspicion about them was reported to the authorities, or that an
	// investigation is under way, such as the prohibition of tipping off
	// in anti-money-laundering law (Directive (EU) 2015/849, Art. 39; the
	// UK's Proceeds of Crime Act 2002, s. 333A; Federal Law No. 115-FZ,
	// Art. 7(6)), each with the Region whose law it is ([Obligation]).
	// They restrict the person's right of access (GDPR Art. 23): an
	// answer to an access request leaves out what they forbid telling,
	// and the document says so for the purpose. Empty states none.
	TippingOff []Obligation
	// SpecialCondition is the condition of Schedule 1 to the UK's Data
	// Protection Act 2018 on which the purpose processes special
	// categories of personal data under the UK GDPR, where it rests on
	// Art. 9(2)(b), (g), (h), (i) or (j): the Act lets those grounds be
	// relied on only where a condition of Part 1 or Part 2 of the
	// Schedule is met (s. 10(1) to (3)), such as
	// DPAConditionStatutory for a public body's identity checks or
	// DPAConditionFraud for a bank's. The conditions of Part 3 serve
	// only data relating to criminal convictions and offences
	// ([Purpose.Criminal]). The zero value states none.
	SpecialCondition DPACondition
	// EthicsApproval reports that the research the purpose carries out
	// follows a protocol that an independent research ethics committee or
	// institutional review board has reviewed and approved, and oversees,
	// as research on people's health or genetic data commonly does (such
	// as under the US Common Rule, 45 CFR 46, or the Declaration of
	// Helsinki). It is the purpose's own safeguard: no law this package
	// knows requires a policy to state it.
	EthicsApproval bool
	// AgeChecks lists how the service checks that a person is old enough
	// before it sells or hands over goods or services that the law allows
	// only from a certain age, such as alcohol, tobacco, knives or
	// medicines, which the purpose supplies: an identity document asked
	// for at the till or on delivery, the date of birth given in the
	// account, a payment card in the person's name, an estimate from a
	// photo of the face at a self-service checkout; each is listed once,
	// in the order the document states them. Empty states none. Unlike
	// [Children.AgeChecks], which check that users are old enough for the
	// service itself, these checks concern what the purpose supplies.
	AgeChecks []AgeCheck
	// Regions, where set, limits the purpose to the data subjects in
	// these countries (or EU for every member state of the Union), such
	// as background checks a platform makes of its users in the United
	// States only, or the tax number it asks of its sellers in Brazil.
	// A law in Policy.Laws judges the purpose only where the law's home
	// area takes in one of them ([Law.Domestic]); the law's rules on
	// categories judge no category that only such purposes use. The
	// document says whose data the purpose concerns. Empty: everyone
	// whose data the policy covers.
	Regions []language.Region
}

// AppliesUnder reports whether law judges p: whether p concerns everyone
// (no Regions) or data subjects in one of law's home countries.
func (p *Purpose) AppliesUnder(law Law) bool {
	if len(p.Regions) == 0 {
		return true
	}
	for _, r := range p.Regions {
		if law.Domestic(r) {
			return true
		}
	}
	return false
}

// Uses reports whether p uses category c.
func (p *Purpose) Uses(c *Category) bool { return slices.Contains(p.Categories, c) }

// HasBasis reports whether p rests on ground b.
func (p *Purpose) HasBasis(b Basis) bool { return slices.Contains(p.Bases, b) }
