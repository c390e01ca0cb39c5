package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var (
	regionMT = language.MustParseRegion("MT")
	regionGI = language.MustParseRegion("GI")
)

// ticketing paraphrases, in our own words and as we recall it, the
// privacy policy of Ticketmaster, the event ticketing service of the Live
// Nation group, as published in 2024 for fans in the United States, the
// United Kingdom and the European Union: a US controller, with a UK
// company and a Ticketmaster company in each EU country for the fans
// there; the artists, venues, promoters, teams and leagues whose events
// fans buy tickets for (its "event partners"), who receive the buyer's
// details under their own policies; tickets transferred to friends and
// resold to other fans; automated checks against fraud, bots and ticket
// limits that can cancel an order; and, in the US, the sale of personal
// information and its sharing for cross-context behavioural advertising,
// which fans can opt out of. It declares the GDPR, the UK GDPR and the
// CCPA.
func ticketing() realPolicy {
	account := &policy.Category{ID: "account", Name: "Contact and account information", Items: []string{"name", "email address", "phone number", "postal address", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"payment card details", "billing address", "cards you choose to save for later purchases"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.ByCriteria("while you keep the card saved in your account, and for single purchases as long as needed to handle refunds and chargebacks"),
		Linked: true, CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo}}
	purchases := &policy.Category{ID: "purchases", Name: "Ticket and purchase information", Items: []string{"the events, seats and tickets you buy", "tickets you transfer, list for resale or sell", "Verified Fan registrations", "ticket insurance, parking and merchandise bought with tickets"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.AsRequiredBy("the tax and accounting laws of the country of the Ticketmaster company that sold the ticket"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	recipients := &policy.Category{ID: "recipients", Name: "Details of people you send tickets to", Items: []string{"the name, email address or phone number of a friend you transfer a ticket to or buy one for"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Retention: policy.Until(policy.EventPurposeAchieved),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	resale := &policy.Category{ID: "resale", Name: "Seller information", Items: []string{"bank account or payout card details", "taxpayer identification number of US sellers", "whether you sell as a business"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("US federal tax law and the tax law of the seller's country"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	entry := &policy.Category{ID: "entry", Name: "Venue entry information", Items: []string{"when and where your mobile ticket is scanned at the venue", "the device the ticket is on"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "the venues and event partners that scan tickets",
		Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address", "device identifiers and advertising identifiers", "browser and operating system", "pages, artists and events you view and search for"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true, Tracking: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"precise location from your phone (only if you allow it)", "approximate location from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	partnerData := &policy.Category{ID: "partner-data", Name: "Information from others", Items: []string{"data event partners hold about you", "your profile from a social network you sign in with", "demographic and interest data from data providers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "event partners, social networks you sign in with, and advertising and data partners",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInferences}}
	interests := &policy.Category{ID: "interests", Name: "Inferred interests", Items: []string{"artists, genres, teams and venues you are likely to like"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, device, partnerData},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"messages to customer service", "recordings of calls", "survey answers and reviews"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}

	eventPartners := &policy.Recipient{ID: "event-partners", Name: "event partners: the artists, venues, promoters, sports teams and leagues whose events you buy tickets for", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, purchases, entry, recipients},
		Purpose:    "to run the event and let you in, to contact you about it, and to send you marketing under their own privacy policies, which govern their use of the data"}
	group := &policy.Recipient{ID: "group", Name: "Live Nation group companies", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, purchases, interests},
		Country: regionUS, Purpose: "to run the service with us and offer you their concerts, festivals and services"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for payments, hosting, customer service, fraud detection and delivery of tickets", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, payment, purchases, recipients, resale, device, location, support}, Country: regionUS}
	buyers := &policy.Recipient{ID: "buyers", Name: "fans who buy the tickets you resell", Role: policy.RoleThirdParty, Categories: []*policy.Category{resale},
		Conditional: true, Purpose: "you sell a ticket as a business, and the law requires us to tell the buyer who the seller is"}
	insurers := &policy.Recipient{ID: "insurers", Name: "ticket insurance providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, purchases},
		Conditional: true, Purpose: "you buy ticket insurance, which the insurer provides under its own privacy policy"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and marketing partners, including social networks", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, device, interests}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other public authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, purchases, device}, Conditional: true, Purpose: "the law requires it, or to prevent fraud and crime at events"}

	service := &policy.Purpose{ID: "service", Name: "Selling and delivering your tickets and letting you in", Categories: []*policy.Category{account, payment, purchases, recipients, entry, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{eventPartners, providers, insurers},
		Required: "we cannot sell you a ticket without your name, contact and payment details, and the event partner may refuse entry without a valid ticket"}
	resaleP := &policy.Purpose{ID: "resale", Name: "Running the fan-to-fan resale marketplace and paying sellers", Categories: []*policy.Category{account, purchases, resale},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we cannot list your ticket or pay you without your payout details"}
	sellerInfo := &policy.Purpose{ID: "seller-info", Name: "Telling buyers who the seller of a resold ticket is", Categories: []*policy.Category{resale},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Consumer Rights Act 2015, s. 90", Region: regionGB}},
		Recipients: []*policy.Recipient{buyers}, Regions: []language.Region{regionGB}}
	tax := &policy.Purpose{ID: "tax", Name: "Reporting sellers' payments to the tax authorities", Categories: []*policy.Category{resale, purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "26 U.S.C. 6050W", Region: regionUS}},
		Recipients: []*policy.Recipient{authorities}, Regions: []language.Region{regionUS}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud, bots and purchases beyond ticket limits", Categories: []*policy.Category{account, payment, purchases, device, location},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "keeping tickets for real fans at fair prices, and protecting fans, event partners and us from fraud",
		Recipients: []*policy.Recipient{providers, authorities},
		Automated:  "automated systems score each order and Verified Fan registration for signs of fraud, bots and breaches of ticket limits, and may cancel an order or refuse a registration",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerYes, Contest: "by contacting customer service, after which a person reviews the decision", HumanReview: true}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending events and personalising the service", Categories: []*policy.Category{purchases, device, location, partnerData, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing you the events you are most likely to want to go to", Profiling: true, OptOut: true}
	nearby := &policy.Purpose{ID: "nearby", Name: "Showing events near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off location access in your phone's settings", ConsentMethod: policy.ConsentMethodPlatformPrompt, OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you news and offers about events, from us and our event partners", Categories: []*policy.Category{account, purchases, interests},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "with the unsubscribe link in every message or in your account settings",
		Recipients: []*policy.Recipient{eventPartners, group}, Profiling: true, OptOut: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 22", Region: regionGB}}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you ads for events on other websites and social networks", Categories: []*policy.Category{account, device, interests},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings or with the Do Not Sell or Share My Personal Information link",
		Recipients: []*policy.Recipient{adPartners}, Profiling: true, OptOut: true}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how the service is used and improving it", Categories: []*policy.Category{device, purchases, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how fans use the service so that we can improve it", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping records and meeting legal obligations", Categories: []*policy.Category{account, purchases, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Companies Act 2006, s. 386", Region: regionGB}, {Act: "Burgerlijk Wetboek, Book 2, art. 10", Region: regionNL}}}

	all := []*policy.Category{account, payment, purchases, recipients, resale, entry, device, location, partnerData, interests, support}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Ticketmaster L.L.C.", Email: "privacy@ticketmaster.example", Address: "Beverly Hills, California, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: regionGB, Contact: policy.Contact{Name: "Ticketmaster UK Limited", Address: "London, United Kingdom", Email: "privacy@ticketmaster.example"}, ControllerFor: regionGB},
			{Region: regionNL, Contact: policy.Contact{Name: "Ticketmaster B.V.", Address: "Amsterdam, Netherlands", Email: "privacy@ticketmaster.example"}, ControllerFor: regionEU},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@ticketmaster.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories: all,
		Purposes:   []*policy.Purpose{service, resaleP, sellerInfo, tax, fraud, personalise, nearby, marketing, advertising, improve, legal},
		Recipients: []*policy.Recipient{eventPartners, group, providers, buyers, insurers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: all, Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionGB, Destination: regionUS, Categories: all, Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our data protection officer for a copy of the addendum."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "ads", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(append(gdprRights("in your account or with our privacy request form"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by contacting customer service to have a person review the decision"}),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Months(1)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://ticketmaster.example/do-not-sell-or-share", RequestMethods: []string{"the privacy request form", "the toll-free number"},
			TollFreeNumber: "1-800-555-0199", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Card payments are handled to the PCI DSS standard."},
			{Name: "SafeTix", Description: "Mobile tickets carry a barcode that changes every few seconds, so that a screenshot or copy cannot be used or sold."},
		},
		Links:    policy.Links{CookieSettings: "https://ticketmaster.example/cookie-settings", RequestForm: "https://ticketmaster.example/privacy-request"},
		Children: policy.Children{MinimumAge: 16, ByRegion: []policy.AgeLimit{{Region: regionUS, Age: 13}}},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelHomePage}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@ticketmaster.example"},
	}
	return realPolicy{"event ticketing (Ticketmaster)", p, []statement{
		{says: "Ticketmaster L.L.C. in California is the controller, Ticketmaster UK Limited for fans in the UK and a Ticketmaster company for fans in the EU", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Establishments[0].ControllerFor == regionGB && p.Establishments[1].ControllerFor == regionEU
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "you give your name, email address, phone number, address and password when you open an account", typed: func(p *policy.Policy) bool { return len(p.Category("account").Items) == 5 }},
		{says: "we take your card details to pay for tickets and save cards you choose to keep", typed: func(p *policy.Policy) bool { return p.Category("payment").Retention.Criteria != "" }},
		{says: "we record the tickets you buy, transfer, resell and the Verified Fan registrations you make", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Items, "Verified Fan registrations")
		}},
		{says: "when you transfer a ticket to a friend you give us the friend's name and contact details, and must be allowed to", typed: func(p *policy.Policy) bool {
			c := p.Category("recipients")
			return c.OthersConsent && slices.Contains(c.Sources, policy.SourceOtherUsers)
		}},
		{says: "venues tell us when your ticket is scanned at the door", typed: func(p *policy.Policy) bool { return p.Category("entry").SourceDetail != "" }},
		{says: "we collect device, browsing and search information automatically, including advertising identifiers", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && p.Category("device").Sources[0] == policy.SourceAutomatic
		}},
		{says: "the app uses your precise location only if you allow it, to show events nearby", typed: func(p *policy.Policy) bool {
			return p.Purpose("nearby").ConsentMethod == policy.ConsentMethodPlatformPrompt && p.Purpose("nearby").Withdraw != ""
		}},
		{says: "we receive data from event partners, social networks you sign in with and data providers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("partner-data").Sources, policy.SourceThirdParty) && p.Category("partner-data").SourceDetail != ""
		}},
		{says: "we infer which artists, teams and venues you like", typed: func(p *policy.Policy) bool { return len(p.Category("interests").DerivedFrom) == 3 }},
		{says: "we record calls with customer service", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("support").CCPA, policy.CCPASensoryData)
		}},
		{says: "we need your details to sell you tickets; without a valid ticket the event partner may refuse you entry", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").HasBasis(policy.BasisContract) && p.Purpose("service").Required != ""
		}},
		{says: "the event partners whose events you attend receive your name, contact details and tickets, and use them under their own policies", typed: func(p *policy.Policy) bool {
			r := recipient(p, "event-partners")
			return r.Role == policy.RoleThirdParty && r.Purpose != "" && slices.Contains(p.Purpose("service").Recipients, r)
		}},
		{says: "event partners may send you their own marketing where you agree", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("marketing").Recipients, recipient(p, "event-partners"))
		}},
		{says: "Live Nation group companies receive data to run the service and offer their events", typed: func(p *policy.Policy) bool { return recipient(p, "group") != nil }},
		{says: "if you buy ticket insurance, the insurer receives your details", typed: func(p *policy.Policy) bool { return recipient(p, "insurers").Conditional }},
		{says: "when you resell a ticket we need payout details and, in the US, a taxpayer number, and report payments to the tax authority", typed: func(p *policy.Policy) bool {
			return p.Purpose("resale").Uses(p.Category("resale")) && p.Purpose("tax").Regions[0] == regionUS && len(p.Purpose("tax").Obligations) == 1
		}},
		{says: "in the UK, if you resell as a business, the buyer is told who you are as the law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("seller-info").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && recipient(p, "buyers").Conditional
		}},
		{says: "to enforce our purchase terms, automated systems check orders and Verified Fan registrations for fraud, bots and ticket-limit breaches and may cancel them", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisContract) && p.Purpose("fraud").Automated != "" && slices.Contains(p.Purpose("fraud").Suspension.Targets, policy.SuspensionTargetOrder)
		}},
		{says: "you can ask customer service to have a person review a cancelled order", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Suspension.HumanReview && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we recommend events based on what you buy and browse, and you can object", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").OptOut
		}},
		{says: "we send marketing with your consent, which you can withdraw with the unsubscribe link", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").Withdraw != ""
		}},
		{says: "advertising partners and social networks show you ads for events, using cookies and identifiers", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").DirectMarketing && cookie(p, "ads").Party == policy.PartyThird
		}},
		{says: "essential cookies run the site; analytics and advertising cookies need your consent in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "essential").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "Californians: we sell personal information and share it for cross-context behavioural advertising, which you can opt out of with our link", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "the categories sold or shared are identifiers, commercial information, internet activity and inferences", typed: func(p *policy.Policy) bool { return len(p.CCPA.SoldCategories) == 4 }},
		{says: "we treat a Global Privacy Control signal as an opt-out, but do not respond to Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "we do not sell the data of consumers under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "we use precise location only to provide the service, not to infer characteristics", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "Californians may know, delete and correct their data, opt out and not be discriminated against, by form or toll-free number, also through an agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.CCPA.TollFreeNumber != "" && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "fans in Europe may access, correct, erase, restrict, port, object, withdraw consent and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we verify requests through your account or by email", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "we transfer data to the US on standard contractual clauses and the UK Addendum, and you can ask for a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Note != ""
		}},
		{says: "we disclose data on legal process, to protect people and events, and in a merger or sale", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep records as tax and company law requires", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw && len(p.Purpose("legal").Obligations) == 2
		}},
		{says: "SafeTix mobile tickets have a moving barcode that cannot be copied", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Name == "SafeTix" })
		}},
		{says: "we encrypt data in transit, limit access and process cards to PCI standards", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "the service is not for children under 16, or under 13 in the US", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 16 && p.Children.ByRegion[0].Age == 13
		}},
		{says: "we announce material changes by email or on the website", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "some events put the ticket holder's name on the ticket and check it against photo identification at the door", free: toCategory("entry")},
		{says: "if an event is cancelled, postponed or moved, we and the event partner use your details to tell you and arrange refunds", free: toPurpose("service")},
	}}
}

// onlineGambling paraphrases, in our own words and as we recall it, the
// privacy policy of bet365, an online sports betting, casino and gaming
// operator licensed in Great Britain by the Gambling Commission, as
// published in 2024 for customers in the United Kingdom and the European
// Union: a UK licensee in Stoke-on-Trent, with a Maltese group company
// for customers in the EU; checks of age and identity against credit
// reference data before anyone may deposit or bet, with documents asked
// for where those checks fail; anti-money-laundering checks, including
// the source of a customer's funds, and reports of suspicions that the
// law forbids it to reveal; safer gambling, in which it watches for signs
// of harm, checks customers' affordability and runs deposit limits,
// time-outs and self-exclusion, and checks every British customer against
// GAMSTOP, the national online self-exclusion scheme; suspicious betting
// reported to the Gambling Commission and sports governing bodies; and
// records kept for years after an account is closed. It declares the UK
// GDPR and the GDPR.
func onlineGambling() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "home address", "date of birth", "email address and phone number", "username, password and security question"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "at least five years after the account is closed, as anti-money-laundering law and our licence require"},
		Linked: true}
	identity := &policy.Category{ID: "identity", Name: "Identity and verification information", Items: []string{"copies of a passport, driving licence or identity card", "proof of address", "the results of electronic checks of your age, identity and address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "credit reference agencies and identity verification providers",
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure}, Linked: true}
	financial := &policy.Category{ID: "financial", Name: "Payment and financial information", Items: []string{"payment card and bank account details", "deposits and withdrawals", "occupation and income", "bank statements, payslips and other evidence of the source of your funds and wealth", "credit reference data used to assess affordability"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "credit reference agencies, banks and payment providers",
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure}, Linked: true}
	betting := &policy.Category{ID: "betting", Name: "Betting and gaming activity", Items: []string{"bets placed, stakes, winnings and losses", "games played", "when and for how long you play", "bonuses and offers used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure}, Linked: true}
	safer := &policy.Category{ID: "safer-gambling", Name: "Safer gambling information", Items: []string{"deposit, loss and time limits you set", "time-outs and self-exclusions", "whether you are registered with GAMSTOP", "our assessments of signs that gambling may be harming you", "our conversations with you about your gambling"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived, policy.SourceThirdParty}, SourceDetail: "GAMSTOP, the national online self-exclusion scheme",
		DerivedFrom: []*policy.Category{betting, financial},
		Retention:   policy.ByCriteria("while the account is open and for at least five years after it is closed; self-exclusion records for as long as needed to keep the exclusion in force"),
		Linked:      true}
	health := &policy.Category{ID: "health", Name: "Health information", Items: []string{"what you tell us about your health, such as a gambling problem, an addiction or your mental health"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure}, Linked: true}
	screening := &policy.Category{ID: "screening", Name: "Screening and investigation results", Items: []string{"matches against sanctions and politically exposed person lists", "adverse media, including reports of alleged offences", "fraud markers", "findings of investigations of suspicious betting"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "screening providers, fraud prevention agencies and sports governing bodies",
		DerivedFrom: []*policy.Category{account, betting, financial},
		Retention:   policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure}, Linked: true}
	device := &policy.Category{ID: "device", Name: "Device and location information", Items: []string{"IP address", "device identifiers", "browser and operating system", "the country you connect from"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(5), policy.EventCollection), Linked: true}
	contact := &policy.Category{ID: "communications", Name: "Communications with us", Items: []string{"live chat and emails", "recordings of telephone calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventCollection), Linked: true}

	group := &policy.Recipient{ID: "group", Name: "bet365 group companies in the United Kingdom, Gibraltar and Malta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, identity, financial, betting, safer, screening, device, contact},
		Purpose:    "to run the services, customer support and checks with us"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, identity verification, customer support and the games we offer", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, identity, financial, betting, device, contact}}
	cra := &policy.Recipient{ID: "credit-reference", Name: "credit reference agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, financial}, Country: regionGB,
		Purpose: "to check your age, identity and address and to help us assess whether you can afford to gamble; they keep a record of the search, which other companies cannot see and which does not affect your credit rating"}
	fraudAgencies := &policy.Recipient{ID: "fraud-agencies", Name: "fraud prevention agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, identity, screening, device},
		Purpose: "to prevent fraud and money laundering; if they find fraud, you may be refused services by others"}
	gamstop := &policy.Recipient{ID: "gamstop", Name: "GAMSTOP (National Online Self Exclusion Scheme Limited)", Role: policy.RoleThirdParty, Categories: []*policy.Category{account}, Country: regionGB,
		Purpose: "to check whether you have excluded yourself from online gambling with every operator licensed in Great Britain"}
	regulators := &policy.Recipient{ID: "regulators", Name: "the Gambling Commission, the Malta Gaming Authority and other gambling regulators", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, identity, financial, betting, safer, screening}, Conditional: true,
		Purpose: "they ask for it, or our licence requires us to report to them, such as suspicious betting or a breach of our licence"}
	integrity := &policy.Recipient{ID: "integrity", Name: "sports governing bodies and betting integrity organisations", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, betting, screening}, Conditional: true,
		Purpose: "we suspect that a bet is linked to match-fixing or a breach of a sport's betting rules"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, the National Crime Agency and other law enforcement agencies", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, identity, financial, betting, screening, device}, Conditional: true,
		Purpose: "the law requires it, such as a report of suspected money laundering, or to prevent or detect crime"}

	gambling := []policy.Obligation{
		{Act: "Gambling Act 2005", Region: regionGB},
		{Act: "the Gambling Commission's Licence Conditions and Codes of Practice", Region: regionGB},
		{Act: "Gaming Act (Chapter 583 of the Laws of Malta)", Region: regionMT},
		{Act: "the Malta Gaming Authority's Player Protection Directive (Directive 2 of 2018)", Region: regionMT},
	}
	aml := []policy.Obligation{
		{Act: "Money Laundering, Terrorist Financing and Transfer of Funds (Information on the Payer) Regulations 2017", Region: regionGB},
		{Act: "Prevention of Money Laundering Act (Chapter 373 of the Laws of Malta)", Region: regionMT},
	}
	service := &policy.Purpose{ID: "service", Name: "Opening and running your account and settling your bets", Categories: []*policy.Category{account, financial, betting, device, contact},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "we cannot open an account, take a bet or pay winnings without your name, address, date of birth, contact and payment details"}
	verify := &policy.Purpose{ID: "verification", Name: "Checking your age and identity", Categories: []*policy.Category{account, identity},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: append(slices.Clone(gambling), aml...), Recipients: []*policy.Recipient{cra, providers},
		Required:  "the law forbids us to let you deposit or gamble until we have verified your age and identity; if we cannot, you cannot use your account",
		Automated: "electronic checks against credit reference and other data decide whether your age and identity are verified; if they are not, you cannot deposit or gamble until you send us documents",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnderage},
			Automated: policy.AnswerYes, Contest: "by sending us identity documents, which a member of our team reviews", HumanReview: true}}
	amlP := &policy.Purpose{ID: "aml", Name: "Preventing money laundering and checking the source of your funds", Categories: []*policy.Category{account, identity, financial, betting, screening},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: aml, Recipients: []*policy.Recipient{providers, fraudAgencies, authorities},
		Criminal: policy.CriminalAuthority{Laws: aml, Condition: policy.DPAConditionMoneyLaundering},
		TippingOff: []policy.Obligation{{Act: "Proceeds of Crime Act 2002, s. 333A", Region: regionGB},
			{Act: "Prevention of Money Laundering and Funding of Terrorism Regulations (S.L. 373.01), reg. 16", Region: regionMT}},
		Required: "if you do not give us the evidence of your funds we ask for, we may restrict or close your account",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}, Automated: policy.AnswerNo, Contest: "by contacting customer services"}}
	saferP := &policy.Purpose{ID: "safer-gambling", Name: "Protecting you from gambling harm", Categories: []*policy.Category{account, financial, betting, safer, contact},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: gambling, Recipients: []*policy.Recipient{cra, providers},
		Required:  "limits, time-outs and self-exclusion are your choice, but if you do not give us the information we ask for to check that you can afford to gamble, we may limit or suspend your account",
		Automated: "our systems watch your gambling and payments for signs of harm and may limit your deposits, stop marketing to you or suspend your account until we have spoken to you",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundHarm},
			Automated: policy.AnswerYes, Contest: "by asking our safer gambling team to review it", HumanReview: true}}
	healthP := &policy.Purpose{ID: "vulnerability", Name: "Taking account of health information you tell us to protect you", Categories: []*policy.Category{health, safer},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisSubstantialPublicInterest}, Obligations: gambling,
		SpecialCondition: policy.DPAConditionEconomicWellBeing,
		Required:         "telling us about your health is up to you; if you do, we use it only to protect you"}
	exclusion := &policy.Purpose{ID: "self-exclusion", Name: "Checking customers against GAMSTOP and keeping self-exclusions in force", Categories: []*policy.Category{account, safer},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Gambling Commission's Licence Conditions and Codes of Practice, licence condition 3.5.6", Region: regionGB}},
		Recipients:  []*policy.Recipient{gamstop}, Regions: []language.Region{regionGB}}
	integrityP := &policy.Purpose{ID: "integrity", Name: "Protecting the integrity of sport and betting", Categories: []*policy.Category{account, betting, screening},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: gambling, Recipients: []*policy.Recipient{regulators, integrity},
		Criminal: policy.CriminalAuthority{Laws: gambling, Condition: policy.DPAConditionSportStandards}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and keeping accounts secure", Categories: []*policy.Category{account, identity, financial, screening, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting you, us and other customers from fraud, bonus abuse and account takeover",
		Recipients: []*policy.Recipient{fraudAgencies, providers},
		Criminal:   policy.CriminalAuthority{Laws: aml, Condition: policy.DPAConditionFraud},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Automated: policy.AnswerNo, Contest: "by contacting customer services"}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you offers and promotions", Categories: []*policy.Category{account, betting},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "in the Marketing Preferences of your account or with the unsubscribe link in every message",
		ConsentRequiredBy: []policy.Obligation{{Act: "Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 22", Region: regionGB}},
		Profiling:         true, OptOut: true}
	calls := &policy.Purpose{ID: "calls", Name: "Recording calls and keeping chats for training, quality and evidence", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping an accurate record of what was agreed and training our staff"}
	records := &policy.Purpose{ID: "records", Name: "Keeping records and answering regulators and authorities", Categories: []*policy.Category{account, identity, financial, betting, safer},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: append(slices.Clone(gambling), aml...), Recipients: []*policy.Recipient{regulators, authorities}}

	all := []*policy.Category{account, identity, financial, betting, safer, health, screening, device, contact}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Hillside (UK Gaming) ULC", Email: "privacy@bet365.example", Address: "Stoke-on-Trent, United Kingdom"},
			Registration: "licensed and regulated in Great Britain by the Gambling Commission", Country: regionGB},
		Establishments: []policy.Establishment{
			{Region: regionMT, Contact: policy.Contact{Name: "Hillside (New Media Malta) Plc", Address: "Malta", Email: "privacy@bet365.example"}, ControllerFor: regionEU},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@bet365.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:       []policy.Law{policy.UKGDPR, policy.GDPR},
		Categories: all,
		NotCollected: []policy.Exclusion{
			{ID: "card-number", Name: "full payment card numbers", Category: financial, Note: "Our payment providers keep them."},
		},
		Purposes:    []*policy.Purpose{service, verify, amlP, saferP, healthP, exclusion, integrityP, fraud, marketing, calls, records},
		Recipients:  []*policy.Recipient{group, providers, cra, fraudAgencies, gamstop, regulators, integrity, authorities},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionGB, Categories: all, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionGB, Destination: regionGI, Categories: all, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionEU, Destination: regionGI, Categories: all, Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "security", Name: "security cookies", Party: policy.PartyFirst, Purpose: fraud, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
		},
		Rights: append(gdprRights("by writing to our data protection officer at dpo@bet365.example"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by contacting customer services to have a member of our team review the decision"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl, Description: "You can protect your account with two-step authentication."},
			{Kind: policy.MeasureStaffTraining}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipKeepSecret, policy.SafetyTipTwoStep},
		Children: policy.Children{MinimumAge: 18, AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckRecords, policy.AgeCheckDocument},
			Note: "We check the age of every customer before they may deposit or gamble, and close any account opened by a person under 18."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "dpo@bet365.example"},
	}
	return realPolicy{"online gambling operator (bet365)", p, []statement{
		{says: "the bet365 company licensed by the Gambling Commission in Stoke-on-Trent is the controller, and a Maltese group company for customers in the EU", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionGB && p.Controller.Registration != "" && p.Establishments[0].ControllerFor == regionEU
		}},
		{says: "we have a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "to open an account you give your name, address, date of birth, email address, phone number and login details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("service").Required != ""
		}},
		{says: "you must be 18 or over to open an account", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we check your age and identity with credit reference agencies before you may deposit or gamble, as the law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("verification").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(p.Purpose("verification").Recipients, recipient(p, "credit-reference"))
		}},
		{says: "where electronic checks fail, we ask for a passport, driving licence or proof of address, and you cannot deposit or gamble until we have it", typed: func(p *policy.Policy) bool {
			return p.Purpose("verification").Automated != "" && p.Purpose("verification").Suspension.HumanReview && slices.Contains(p.Children.AgeChecks, policy.AgeCheckRecords) && slices.Contains(p.Children.AgeChecks, policy.AgeCheckDocument)
		}},
		{says: "credit reference agencies keep a record of the search, which does not affect your credit rating", typed: func(p *policy.Policy) bool { return recipient(p, "credit-reference").Purpose != "" }},
		{says: "we record your deposits, withdrawals and payment methods; card numbers stay with payment providers", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("financial")
		}},
		{says: "we may ask for payslips, bank statements and other evidence of the source of your funds and wealth", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").Uses(p.Category("financial")) && p.Purpose("aml").Required != ""
		}},
		{says: "we record your bets, stakes, wins, losses and the games you play", typed: func(p *policy.Policy) bool { return p.Category("betting") != nil }},
		{says: "we screen customers against sanctions and politically exposed person lists and adverse media", typed: func(p *policy.Policy) bool {
			return p.Category("screening").Criminal && !p.Purpose("aml").Criminal.IsZero()
		}},
		{says: "anti-money-laundering law obliges us to check customers and report suspicions to the National Crime Agency", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(p.Purpose("aml").Recipients, recipient(p, "authorities"))
		}},
		{says: "the law may forbid us to tell you of a report, and we may withhold that from an access request", typed: func(p *policy.Policy) bool { return len(p.Purpose("aml").TippingOff) == 2 }},
		{says: "we may restrict or close an account while we check the source of funds or suspect money laundering", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("aml").Suspension.Grounds, policy.SuspensionGroundMoneyLaundering)
		}},
		{says: "our licence obliges us to watch for signs of gambling harm and to interact with customers who show them", typed: func(p *policy.Policy) bool {
			return p.Purpose("safer-gambling").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && len(p.Category("safer-gambling").DerivedFrom) == 2
		}},
		{says: "automated systems flag signs of harm and may limit deposits, stop marketing or suspend the account until we speak to you", typed: func(p *policy.Policy) bool {
			return p.Purpose("safer-gambling").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we check whether you can afford your gambling, using credit reference data", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("safer-gambling").Recipients, recipient(p, "credit-reference")) && p.Purpose("safer-gambling").Uses(p.Category("financial"))
		}},
		{says: "you can set deposit limits, take a time-out or exclude yourself, and we keep the records to honour them", typed: func(p *policy.Policy) bool {
			return p.Category("safer-gambling").Retention.Criteria != "" && p.Purpose("safer-gambling").Required != ""
		}},
		{says: "we check every British customer against GAMSTOP and keep self-excluded customers out", typed: func(p *policy.Policy) bool {
			return p.Purpose("self-exclusion").Regions[0] == regionGB && slices.Contains(p.Purpose("self-exclusion").Recipients, recipient(p, "gamstop"))
		}},
		{says: "if you tell us about your health, such as a gambling problem, we use it to protect you", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial && p.Purpose("vulnerability").SpecialCondition == policy.DPAConditionEconomicWellBeing
		}},
		{says: "we report suspicious betting to the Gambling Commission and sports governing bodies", typed: func(p *policy.Policy) bool {
			return recipient(p, "integrity").Conditional && slices.Contains(p.Purpose("integrity").Recipients, recipient(p, "regulators"))
		}},
		{says: "we share data with fraud prevention agencies, and if they find fraud others may refuse you services", typed: func(p *policy.Policy) bool {
			return recipient(p, "fraud-agencies").Purpose != "" && p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we may block an account or payment we suspect of fraud or takeover", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("fraud").Suspension.Grounds, policy.SuspensionGroundAccountTakeover)
		}},
		{says: "we send offers only with your consent, which you can change in Marketing Preferences", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").Withdraw != "" && len(p.Purpose("marketing").ConsentRequiredBy) == 1
		}},
		{says: "we record calls and keep chats for training and evidence", typed: func(p *policy.Policy) bool { return p.Purpose("calls").Interest != "" }},
		{says: "group companies in the UK, Gibraltar and Malta and our service providers process data with us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group") != nil && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "regulators and law enforcement receive data when the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "regulators").Role == policy.RoleAuthority && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "data moves between the UK, Malta and Gibraltar, on adequacy decisions or standard contractual clauses", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 3 && p.Transfers[1].Destination == regionGI
		}},
		{says: "we keep data for at least five years after the account is closed, as anti-money-laundering law requires", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Period == policy.Years(5) && p.Category("account").Retention.From == policy.EventAccountClosure
		}},
		{says: "you may access, correct, erase, restrict and port your data, object, withdraw consent and complain to the ICO", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "you may ask for a person to review an automated decision", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNoAutomatedDecision) }},
		{says: "we answer requests within a month, extendable by two, and may ask for identification", typed: func(p *policy.Policy) bool {
			return p.Requests.Extension == policy.Months(2) && slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "the site uses essential and security cookies", typed: func(p *policy.Policy) bool {
			return cookie(p, "essential").StrictlyNecessary && cookie(p, "security").StrictlyNecessary
		}},
		{says: "we encrypt data in transit, restrict access and train staff", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "keep your password secret and turn on two-step authentication", typed: func(p *policy.Policy) bool { return len(p.SafetyTips) == 2 }},
		{says: "we announce material changes on the website and in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "we check the country you connect from and block play from countries where we are not licensed", free: toCategory("device")},
		{says: "affiliates who referred you learn how much you play, without your name, so that we can pay them commission", free: toIntroduction},
		{says: "where we see signs of harm we may suspend an account until we have spoken to the customer, who can ask our safer gambling team to review it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safer-gambling").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundHarm) && s.HumanReview && s.Contestable()
		}},
		{says: "we do not send marketing to customers who have self-excluded or whom we have found to show signs of harm", free: toPurpose("marketing")},
	}}
}
