package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// homeSharing paraphrases, in our own words and as we recall it, the
// privacy policy of a home-sharing marketplace in the manner of Airbnb,
// as published in 2024: hosts and guests hold one kind of account; an
// Irish company is the controller for people outside the US and a US
// company for people in it; identities are verified, and in the US
// members are screened against public records; hosts and guests see what
// a booking needs of each other; payments run through separate payments
// companies; and the platform reports hosts' income to tax authorities
// under the EU's DAC7 and the UK's equivalent. It declares the GDPR, the
// UK GDPR and the CCPA.
func homeSharing() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account and profile information", Items: []string{"first and last name", "email address", "phone number", "date of birth", "password", "profile photo", "what you write on your profile"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProtectedTraits}}
	identity := &policy.Category{ID: "identity", Name: "Identity verification information", Items: []string{"images of a government-issued ID", "ID number and date of birth", "a selfie compared with the ID photo"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "identity verification providers",
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	checks := &policy.Category{ID: "checks", Name: "Background check results (US members)", Items: []string{"public records of criminal convictions", "sex offender registrations"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic}, SourceDetail: "background check providers and public records",
		Retention: policy.AsRequiredBy("US consumer reporting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	sanctions := &policy.Category{ID: "sanctions", Name: "Sanctions and watchlist screening results", Items: []string{"matches of your name and date of birth against sanctions lists and watchlists"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic, policy.SourceDerived}, SourceDetail: "government sanctions lists and watchlists",
		DerivedFrom: []*policy.Category{account}, Retention: policy.WhileAccountActive(policy.Years(5)), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	bookings := &policy.Category{ID: "bookings", Name: "Booking and listing information", Items: []string{"listings, calendars and house rules", "reservations and trip dates", "guests travelling with you", "the address of a listing"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Retention: policy.WhileAccountActive(policy.Years(5)), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPAGeolocation}}
	messages := &policy.Category{ID: "messages", Name: "Messages and reviews", Items: []string{"messages between hosts and guests", "reviews and ratings", "messages to customer support"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}).ThenAnonymise(), Linked: true,
		Visibility: policy.VisibilityAlways, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	payments := &policy.Category{ID: "payments", Name: "Payment and payout information", Items: []string{"payment method and billing address", "bank account for payouts", "transaction history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("tax and anti-money-laundering law"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPASensitivePersonalInfo}}
	tax := &policy.Category{ID: "tax", Name: "Tax information of hosts", Items: []string{"taxpayer identification number", "VAT number", "address and date of birth", "earnings and number of nights booked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, DerivedFrom: []*policy.Category{bookings, payments},
		Retention: policy.AsRequiredBy("the tax law that transposes DAC7 in Ireland and its UK equivalent"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo, policy.CCPACommercialInfo}}
	usage := &policy.Category{ID: "usage", Name: "Device, location and usage information", Items: []string{"IP address", "device identifiers", "approximate location from the IP address", "precise location, if you allow it", "searches and pages viewed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Tracking: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}

	members := &policy.Recipient{ID: "members", Name: "the host or guest of a booking", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, bookings, messages},
		Purpose: "to complete the booking: a host sees the guest's name, profile, trip dates and the guests travelling; a guest sees the host's profile, the listing's address and the host's phone number", OwnPolicy: true}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{usage}, Country: regionUS}
	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, identity verification, background checks and customer support", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, identity, checks, bookings, messages, usage}, Country: regionUS}
	payCo := &policy.Recipient{ID: "payments", Name: "the Airbnb Payments companies", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, payments, bookings},
		Purpose: "to take guests' payments and pay hosts out, as controllers under their own payments privacy notice", NoticeURL: "https://airbnb.example/payments-privacy"}
	taxAuth := &policy.Recipient{ID: "tax", Name: "tax authorities", Role: policy.RoleAuthority, Categories: []*policy.Category{tax},
		Purpose: "to report hosts' earnings as tax law requires, such as under DAC7 in the EU and the platform operator rules in the UK"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government authorities", Role: policy.RoleAuthority, Categories: []*policy.Category{account, bookings, messages},
		Conditional: true, Purpose: "when the law requires it or to protect someone from harm; some cities receive listing and host details under short-term rental rules"}
	group := &policy.Recipient{ID: "group", Name: "Airbnb, Inc. and the other companies of our group", Role: policy.RoleProcessor, Categories: []*policy.Category{account, bookings, messages, usage},
		Country: regionUS, Purpose: "to help run the platform, support and marketing"}

	platform := &policy.Purpose{ID: "platform", Name: "Running the platform, bookings and support", Categories: []*policy.Category{account, bookings, messages, payments, usage},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{members, vendors, payCo, group},
		Required: "without a name, an email address or phone number and a date of birth we cannot open an account, and without a payment method or payout account we cannot confirm a booking or pay a host"}
	verify := &policy.Purpose{ID: "verify", Name: "Verifying identities", Categories: []*policy.Category{identity, account},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, Recipients: []*policy.Recipient{vendors},
		Withdraw: "by choosing to have your ID checked without the selfie comparison",
		Required: "some bookings and every host must verify their identity; without it the booking or listing cannot go ahead"}
	screening := &policy.Purpose{ID: "screening", Name: "Screening members against public records", Categories: []*policy.Category{checks, account}, Regions: []language.Region{regionUS},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of hosts, guests and the community", Recipients: []*policy.Recipient{vendors},
		Criminal: policy.CriminalAuthority{Laws: []policy.Obligation{{Act: "Fair Credit Reporting Act, 15 U.S.C. 1681", Region: regionUS}}}}
	safety := &policy.Purpose{ID: "safety", Name: "Detecting fraud and keeping the community safe", Categories: []*policy.Category{account, sanctions, bookings, messages, payments, usage},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "protecting members and the platform from fraud, scams and unsafe behaviour",
		Automated:  "our systems score the risk of a booking or account and may block a booking, or suspend an account, that looks fraudulent",
		Recipients: []*policy.Recipient{authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Automated: policy.AnswerYes, HumanReview: true, Contest: "by contacting customer support and asking a person to review the decision"}}
	taxReporting := &policy.Purpose{ID: "tax", Name: "Reporting hosts' earnings to tax authorities", Categories: []*policy.Category{tax},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{taxAuth},
		Obligations: []policy.Obligation{{Act: "Council Directive (EU) 2021/514 (DAC7), as transposed in Ireland", Region: regionEU},
			{Act: "Platform Operators (Due Diligence and Reporting Requirements) Regulations 2023", Region: regionGB}},
		Required: "a host who does not give the tax details the law requires cannot receive payouts"}
	improve := &policy.Purpose{ID: "improve", Name: "Personalising and improving the platform", Categories: []*policy.Category{bookings, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing relevant listings and improving the platform", Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Marketing and advertising", Categories: []*policy.Category{account, usage},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in your account's notification settings or the cookie settings", OptOut: true,
		Profiling: true, Recipients: []*policy.Recipient{vendors}}

	p := &policy.Policy{
		Controller:     policy.Controller{Contact: policy.Contact{Name: "Airbnb Ireland UC", Email: "privacy@airbnb.example", Address: "8 Hanover Quay, Dublin 2, Ireland"}, Country: regionIE},
		DPO:            &policy.Contact{Name: "Data Protection Officer", Email: "dpo@airbnb.example"},
		Establishments: []policy.Establishment{{Region: regionUS, Contact: policy.Contact{Name: "Airbnb, Inc.", Email: "privacy@airbnb.example", Address: "San Francisco, California, USA"}, ControllerFor: regionUS}},
		Version:        "2024", Effective: policy.MakeDate(2024, time.February, 1), Updated: policy.MakeDate(2024, time.February, 1),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories: []*policy.Category{account, identity, checks, sanctions, bookings, messages, payments, tax, usage},
		Purposes:   []*policy.Purpose{platform, verify, screening, safety, taxReporting, improve, marketing},
		Recipients: []*policy.Recipient{members, vendors, payCo, taxAuth, authorities, group, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: group, Categories: []*policy.Category{account, bookings, messages, usage}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses at privacy@airbnb.example."},
			{Origin: regionGB, Destination: regionUS, Recipient: group, Categories: []*policy.Category{account, bookings, messages, usage}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask us for a copy of the Addendum and the clauses at privacy@airbnb.example."},
			{ChosenDestination: policy.ChosenDestinationBooking, Recipient: members, Categories: []*policy.Category{account, bookings, messages}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{messages}, Stages: []policy.Stage{{Removal: policy.RemovalAnonymised, Within: policy.Days(30)}},
			Note: "Reviews you wrote stay on the listings they describe, no longer with your name."}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: platform, Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: marketing, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your account's privacy settings or with the request form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "with the link in the website footer or a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://airbnb.example/privacy-choices", RequestMethods: []string{"the request form"}, TollFreeNumber: "1-800-000-0000",
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{CookieSettings: "https://airbnb.example/cookie-settings", RequestForm: "https://airbnb.example/privacy-request"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, Notice: policy.Days(30), MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@airbnb.example"},
	}
	return realPolicy{"home-sharing marketplace (Airbnb)", p, []statement{
		{says: "Airbnb Ireland UC in Dublin is the controller for members outside the US", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionIE }},
		{says: "Airbnb, Inc. is the controller for members in the US", typed: func(p *policy.Policy) bool { return p.Establishments[0].ControllerFor == regionUS }},
		{says: "a data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "hosts and guests give account and profile details, including a date of birth", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth")
		}},
		{says: "a profile is seen by the other members", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "we verify identities from a government ID and, if you agree, compare a selfie with the ID photo", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Biometric && p.Purpose("verify").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "verification is required to host and for some bookings", typed: func(p *policy.Policy) bool { return p.Purpose("verify").Required != "" }},
		{says: "in the US, where the law allows, we screen members against public records of convictions and sex offender registers", typed: func(p *policy.Policy) bool {
			return p.Category("checks").Criminal && len(p.Purpose("screening").Criminal.Laws) > 0 &&
				slices.Equal(p.Purpose("screening").Regions, []language.Region{regionUS})
		}},
		{says: "we screen every member against sanctions and watchlists", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("safety").Categories, p.Category("sanctions")) && slices.Contains(p.Category("sanctions").Sources, policy.SourcePublic)
		}},
		{says: "we collect listings, calendars, bookings and who travels with you", typed: func(p *policy.Policy) bool { return p.Category("bookings") != nil }},
		{says: "when you book for others, you must have their permission to give us their details", typed: func(p *policy.Policy) bool { return othersGive(p, "bookings") }},
		{says: "we keep messages between hosts and guests and may review them for safety and fraud", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("safety").Categories, p.Category("messages"))
		}},
		{says: "reviews are public", typed: func(p *policy.Policy) bool { return p.Category("messages").Visibility == policy.VisibilityAlways }},
		{says: "we collect device, usage and location data automatically, and precise location only if you allow it", typed: func(p *policy.Policy) bool {
			return p.Category("usage").Sources[0] == policy.SourceAutomatic
		}},
		{says: "a host and a guest receive what the booking needs of each other: names, profiles, dates, the listing's address and phone numbers", typed: func(p *policy.Policy) bool {
			return recipient(p, "members").Purpose != ""
		}},
		{says: "guests' data goes to hosts in whichever country they book", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].ChosenDestination == policy.ChosenDestinationBooking
		}},
		{says: "hosts who use data of guests do so as independent controllers and must follow the law", typed: func(p *policy.Policy) bool {
			r := recipient(p, "members")
			return r.OwnPolicy && r.Role == policy.RoleThirdParty
		}},
		{says: "payments and payouts are handled by the Airbnb Payments companies under their own privacy notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").NoticeURL != "" && recipient(p, "payments").Role == policy.RoleThirdParty
		}},
		{says: "we report hosts' earnings to tax authorities under DAC7 in the EU and the UK's platform rules", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("tax").Obligations) == 2 && recipient(p, "tax").Role == policy.RoleAuthority
		}},
		{says: "a host who withholds tax details cannot be paid out", typed: func(p *policy.Policy) bool { return p.Purpose("tax").Required != "" }},
		{says: "some cities receive listing and host details under their short-term rental rules", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional
		}},
		{says: "we run the platform, bookings and support under our terms", typed: func(p *policy.Policy) bool { return p.Purpose("platform").HasBasis(policy.BasisContract) }},
		{says: "automated systems score risk and may block bookings or suspend accounts; a person can review the decision", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Automated != "" && p.Purpose("safety").Suspension.HumanReview
		}},
		{says: "we personalise search results and improve the platform", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Profiling }},
		{says: "with consent, we send marketing and use advertising cookies, and you can opt out at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").RestsOnConsent() && cookie(p, "ads").Consent == policy.CookieConsentOptIn
		}},
		{says: "service providers and our group companies help run the platform", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && recipient(p, "group").Country == regionUS
		}},
		{says: "data goes from the EEA and the UK to the US under standard contractual clauses, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "we disclose data on legal process, to protect people, in a merger, and in aggregate", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep data while the account is open, and longer where tax, safety or legal claims require it", typed: func(p *policy.Policy) bool {
			return p.Category("payments").Retention.Law != "" && !p.Category("account").Retention.IsZero()
		}},
		{says: "reviews stay visible to other members after you close your account, no longer attributed to you", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Stages[0].Removal == policy.RemovalAnonymised && p.Category("messages").Retention.Anonymise
		}},
		{says: "you may access, correct, delete, port and restrict your data, object, withdraw consent and complain to the Irish Data Protection Commission", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know, delete and opt out of sharing, also by Global Privacy Control, without discrimination; agents may ask for them", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool { return p.CCPA.Sold == policy.AnswerNo }},
		{says: "we verify requests through the account or by email", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureAccessControl) }},
		{says: "the platform is only for adults of 18 or more", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "material changes are announced at least 30 days ahead by email or on the platform", typed: func(p *policy.Policy) bool {
			return p.Changes.Notice == policy.Days(30) && p.Changes.MaterialOnly
		}},
	}}
}

// commercePlatform paraphrases, in our own words and as we recall it, the
// privacy policy of an e-commerce platform in the manner of Shopify, as
// published in 2024, for merchants and for the buyers of merchants'
// stores: Shopify International Limited in Dublin is the controller of
// merchants' data in Europe; for buyers, the merchant is the controller
// and Shopify its processor, except where Shopify uses buyers' data
// across stores to detect fraud, and for the Shop app and Shop Pay, of
// which it is the controller. It declares the GDPR, the UK GDPR and the
// CCPA.
func commercePlatform() realPolicy {
	regionCA := language.MustParseRegion("CA")
	merchant := &policy.Category{ID: "merchant", Name: "Merchant account information", Items: []string{"name", "email address", "phone number", "business address", "store name and domain", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(2)), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProfessionalInfo, policy.CCPASensitivePersonalInfo}}
	kyc := &policy.Category{ID: "kyc", Name: "Merchant identity and payout information", Items: []string{"government-issued ID", "taxpayer identification number", "date of birth", "bank account for payouts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "identity verification and credit reference providers",
		Retention: policy.AsRequiredBy("anti-money-laundering and tax law"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	buyers := &policy.Category{ID: "buyers", Name: "Buyer information used across stores", Items: []string{"name and email address", "shipping and billing address", "payment card fingerprint", "IP address and device identifiers", "order history across stores"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceAutomatic}, SourceDetail: "the stores you buy from on our platform",
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPAInternetActivity}}
	shop := &policy.Category{ID: "shop", Name: "Information in the Shop app and Shop Pay", Items: []string{"name, email address and phone number", "saved shipping addresses", "saved payment cards", "orders and package tracking", "stores followed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the stores you check out from with Shop Pay and the carriers that deliver your orders",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPASensitivePersonalInfo}}
	usage := &policy.Category{ID: "usage", Name: "Device and usage information", Items: []string{"IP address", "browser and device", "pages visited and features used", "approximate location"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Tracking: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	support := &policy.Category{ID: "support", Name: "Support communications", Items: []string{"chats, emails and calls with our support team"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}

	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, payments, identity verification, support and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{merchant, kyc, buyers, shop, usage, support}}
	group := &policy.Recipient{ID: "group", Name: "Shopify Inc. and the other companies of our group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{merchant, kyc, buyers, shop, usage, support}, Country: regionCA, Purpose: "to run, secure and support the platform"}
	stores := &policy.Recipient{ID: "stores", Name: "the merchants whose stores you check out from with Shop Pay or follow in the Shop app", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{shop}, Purpose: "to fulfil your order and, where you agree, to send you their marketing, under the merchant's own privacy policy", OwnPolicy: true}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{usage}, Country: regionUS}
	partners := &policy.Recipient{ID: "partners", Name: "app developers and partners a merchant chooses", Role: policy.RoleThirdParty, Categories: []*policy.Category{merchant},
		Conditional: true, Purpose: "a merchant installs a partner's app or hires a partner, under the partner's own terms"}
	banks := &policy.Recipient{ID: "banks", Name: "payment processors, banks and card networks", Role: policy.RoleThirdParty, Categories: []*policy.Category{kyc, shop},
		Purpose: "to process payments and payouts and to meet their own anti-money-laundering duties"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and tax authorities", Role: policy.RoleAuthority, Categories: []*policy.Category{merchant, kyc},
		Conditional: true, Purpose: "when the law requires it, such as to report merchants' payments income"}

	service := &policy.Purpose{ID: "service", Name: "Providing the platform to merchants, billing and support", Categories: []*policy.Category{merchant, usage, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors, group, partners},
		Required: "a store needs a name, an email address and a billing method; without them we cannot open it"}
	payments := &policy.Purpose{ID: "payments", Name: "Shopify Payments: verifying merchants and paying them out", Categories: []*policy.Category{kyc, merchant},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{banks, vendors, authorities},
		Obligations: []policy.Obligation{{Act: "Criminal Justice (Money Laundering and Terrorist Financing) Act 2010", Region: regionIE}, {Act: "Money Laundering Regulations 2017", Region: regionGB}},
		Required:    "a merchant who does not give the identity and payout details the law requires cannot use Shopify Payments"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting fraud across the stores on our platform", Categories: []*policy.Category{buyers, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting merchants and buyers from fraudulent orders and payments across the platform",
		Profiling: true, Recipients: []*policy.Recipient{vendors, group}}
	shopApp := &policy.Purpose{ID: "shop", Name: "Running the Shop app and Shop Pay", Categories: []*policy.Category{shop, usage},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{stores, banks, vendors},
		Required: "Shop Pay needs your phone number, an address and a payment card to check you out"}
	recommend := &policy.Purpose{ID: "recommend", Name: "Recommending products and stores in the Shop app", Categories: []*policy.Category{shop, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing you stores and products you are likely to want", Profiling: true, OptOut: true}
	improve := &policy.Purpose{ID: "improve", Name: "Improving and developing our services", Categories: []*policy.Category{merchant, usage, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how the platform is used so that we can improve it", Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Marketing Shopify to merchants and prospective merchants", Categories: []*policy.Category{merchant, usage},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "with the unsubscribe link or in the cookie settings", OptOut: true,
		Recipients: []*policy.Recipient{adPartners}}

	transfer := func(origin language.Region, clauses policy.Safeguard) []policy.Transfer {
		return []policy.Transfer{
			{Origin: origin, Destination: regionCA, Recipient: group, Categories: []*policy.Category{merchant, kyc, buyers, shop, usage, support}, Safeguard: policy.SafeguardAdequacy, WithinScope: true},
			{Origin: origin, Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{merchant, buyers, shop, usage, support}, Safeguard: clauses,
				Note: "You can ask us for a copy of the clauses at privacy@shopify.example."},
		}
	}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Shopify International Limited", Email: "privacy@shopify.example", Address: "Victoria Buildings, 1-2 Haddington Road, Dublin 4, Ireland"}, Country: regionIE},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "dpo@shopify.example"},
		Establishments: []policy.Establishment{
			{Region: regionCA, Contact: policy.Contact{Name: "Shopify Inc.", Email: "privacy@shopify.example", Address: "Ottawa, Ontario, Canada"}, ControllerFor: regionCA},
			{Region: regionUS, Contact: policy.Contact{Name: "Shopify Inc.", Email: "privacy@shopify.example"}, ControllerFor: regionUS}},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws: []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		CustomerData: policy.CustomerData{Customers: "merchants, the businesses that run stores on our platform",
			Data: "the data of the buyers who visit and buy from a merchant's store", TermsURL: "https://shopify.example/legal/dpa", ContractPrevails: true, ForwardsRequests: true},
		Categories: []*policy.Category{merchant, kyc, buyers, shop, usage, support},
		Purposes:   []*policy.Purpose{service, payments, fraud, shopApp, recommend, improve, marketing},
		Recipients: []*policy.Recipient{vendors, group, stores, partners, banks, authorities, adPartners},
		Transfers:  slices.Concat(transfer(regionEU, policy.SafeguardStandardClauses), transfer(regionGB, policy.SafeguardUKTransferAgreement)),
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Notice: true}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and checkout cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{usage}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies on our own websites", Party: policy.PartyThird, Provider: adPartners, Purpose: marketing, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("with our privacy request form or in your account settings"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the cookie settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://shopify.example/cookie-settings", RequestMethods: []string{"the privacy request form", "email to privacy@shopify.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "The platform is PCI DSS Level 1 certified."},
			{Kind: policy.MeasureFieldEncryption, Description: "Cards saved in Shop Pay are kept encrypted in our card vault; merchants receive a token, never the full card number."}},
		Links:    policy.Links{Subprocessors: "https://shopify.example/legal/subprocessors", CookieSettings: "https://shopify.example/cookie-settings", RequestForm: "https://shopify.example/privacy-request"},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@shopify.example"},
	}
	return realPolicy{"e-commerce platform (Shopify)", p, []statement{
		{says: "Shopify International Limited in Dublin is the controller of merchants' data in Europe", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionIE }},
		{says: "Shopify Inc. is the controller in North America", typed: func(p *policy.Policy) bool { return p.Establishments[0].ControllerFor == regionCA }},
		{says: "a data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "for buyers in a merchant's store, the merchant is the controller and we are its processor under our data processing addendum", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.TermsURL != ""
		}},
		{says: "buyers should read the merchant's own privacy policy and ask the merchant about their data; we pass requests on", typed: func(p *policy.Policy) bool { return p.CustomerData.ForwardsRequests }},
		{says: "merchants are responsible for their own privacy policies and for complying with the law in their stores", typed: func(p *policy.Policy) bool {
			r := recipient(p, "stores")
			return strings.Contains(p.CustomerData.Customers, "merchants") && p.CustomerData.Data != "" && r.OwnPolicy && r.Role == policy.RoleThirdParty
		}},
		{says: "we collect merchants' account, store and billing details", typed: func(p *policy.Policy) bool { return p.Category("merchant") != nil }},
		{says: "to use Shopify Payments a merchant gives identity and payout details, which we check with verification and credit agencies", typed: func(p *policy.Policy) bool {
			return p.Category("kyc").SourceDetail != "" && p.Purpose("payments").Required != ""
		}},
		{says: "we keep merchants' identity records as anti-money-laundering law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("payments").HasBasis(policy.BasisLegalObligation) && p.Category("kyc").Retention.Law != ""
		}},
		{says: "we use buyers' data from every store on the platform, as a controller, to detect fraud", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Category("buyers").SourceDetail != ""
		}},
		{says: "fraud models score each order, and the merchant decides whether to fulfil it", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Profiling && p.NoAutomatedDecisions
		}},
		{says: "the Shop app and Shop Pay are ours: we are the controller of the data you give them", typed: func(p *policy.Policy) bool {
			return p.Purpose("shop").HasBasis(policy.BasisContract) && p.Category("shop") != nil
		}},
		{says: "Shop Pay remembers your addresses and cards so you can check out quickly in any store that offers it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("shop").Items, "saved payment cards")
		}},
		{says: "cards saved in Shop Pay are kept in our certified card vault, and merchants never see the full card number", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureFieldEncryption) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "when you check out with Shop Pay, the merchant receives your order details under its own policy", typed: func(p *policy.Policy) bool {
			return recipient(p, "stores").Role == policy.RoleThirdParty
		}},
		{says: "the Shop app tracks your packages using data from carriers and merchants", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("shop").Sources, policy.SourceThirdParty)
		}},
		{says: "the Shop app recommends stores and products, which you can turn off", typed: func(p *policy.Policy) bool { return p.Purpose("recommend").OptOut }},
		{says: "we collect device and usage data automatically", typed: func(p *policy.Policy) bool { return p.Category("usage").Sources[0] == policy.SourceAutomatic }},
		{says: "we record support calls and keep support chats", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("support").CCPA, policy.CCPASensoryData)
		}},
		{says: "we improve the services by analysing how they are used", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Profiling }},
		{says: "with consent, we market Shopify to merchants and use advertising cookies on our own websites", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").RestsOnConsent() && cookie(p, "ads").Consent == policy.CookieConsentOptIn
		}},
		{says: "apps and partners a merchant chooses receive data under their own terms", typed: func(p *policy.Policy) bool { return recipient(p, "partners").Conditional }},
		{says: "banks, card networks and payment processors receive payment data", typed: func(p *policy.Policy) bool { return recipient(p, "banks").Purpose != "" }},
		{says: "service providers and our group companies in Canada help run the platform; the list of subprocessors is online", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Country == regionCA && p.Links.Subprocessors != ""
		}},
		{says: "data goes from Europe to Canada under its adequacy decision and to the US under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardAdequacy && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "we disclose data on legal process, telling the user where allowed; to protect rights; and in a merger", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).Notice && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep merchants' data while the store is open and two years after", typed: func(p *policy.Policy) bool {
			return p.Category("merchant").Retention == policy.WhileAccountActive(policy.Years(2))
		}},
		{says: "after a merchant closes its store, we delete its buyers' data within a set time unless the law requires us to keep it", free: toCategory("buyers")},
		{says: "you may access, correct, delete and port your data, object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know, delete and opt out of sharing, including by Global Privacy Control, without discrimination", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool { return p.CCPA.Sold == policy.AnswerNo }},
		{says: "we verify requests through the account or by email; agents may make them", typed: func(p *policy.Policy) bool { return p.Requests.Agents == policy.AnswerYes }},
		{says: "encryption, access controls and PCI DSS certification protect data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "the services are not for children under 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "material changes are announced by email or in the admin", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}
