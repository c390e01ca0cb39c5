package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The policies below paraphrase, in our own words and as we recall them,
// the privacy notices of two more travel businesses, as published around
// 2024: a hotel chain with its loyalty programme (Marriott Bonvoy) and a
// car rental company (Sixt). Addresses are illustrative.

// hotelChain paraphrases the global privacy statement of Marriott
// International and its Marriott Bonvoy programme: a US controller with
// establishments in the UK and the EU, hotels owned and run by others that
// are controllers in their own right, passport details taken at check-in
// where local law requires them, special requests that may reveal health
// or religion, CCTV in public areas of the hotels, binding corporate rules
// for transfers within the group, and a California notice.
func hotelChain() realPolicy {
	ie, es, it := language.MustParseRegion("IE"), language.MustParseRegion("ES"), language.MustParseRegion("IT")
	guest := &policy.Category{ID: "guest", Name: "Guest and contact information",
		Items:       []string{"name, title and gender", "postal and email addresses and phone numbers", "date of birth", "employer and job title for business travel", "names of the people you travel with, including children"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the hotel, travel agents, tour operators, online booking websites and the employer or person who booked for you",
		Retention:    policy.ByCriteria("as long as needed for your stays and the programme, and then as the law on limitation of claims allows"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProtectedTraits, policy.CCPAProfessionalInfo}}
	stay := &policy.Category{ID: "stay", Name: "Reservations and stays",
		Items:       []string{"dates, rooms and rates", "services used at the hotel, such as restaurants, spa and parking", "vehicle and licence plate for valet parking", "room preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the hotel's property systems",
		Retention: policy.Keep(policy.Years(7), policy.EventContractEnd), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	identity := &policy.Category{ID: "identity", Name: "Passport and identity document details",
		Items:       []string{"nationality", "passport, visa or identity card number, issuing country and expiry", "a copy of the document, where local law requires it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("the law of the hotel's country"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	requests := &policy.Category{ID: "requests", Name: "Special requests",
		Items:       []string{"accessibility needs and medical equipment", "dietary and religious requests, such as halal or kosher meals or a prayer mat"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventPurposeAchieved), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"card number and expiry", "billing address", "charges and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACustomerRecords}}
	bonvoy := &policy.Category{ID: "bonvoy", Name: "Marriott Bonvoy membership",
		Items:       []string{"member number and status", "points earned and redeemed", "activity with airline, car rental and credit card partners", "communication preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the partners of the programme, such as airlines and the banks that issue co-branded credit cards",
		Retention:    policy.WhileAccountActive(policy.Years(2)), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	profile := &policy.Category{ID: "profile", Name: "Preferences and inferences", Items: []string{"travel preferences drawn from your stays and searches", "likely interest in offers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{stay, bonvoy},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	online := &policy.Category{ID: "online", Name: "Website and app use", Items: []string{"IP address", "device and browser", "pages viewed and searches", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"the location of your phone, if you allow the app to use it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	cctv := &policy.Category{ID: "cctv", Name: "CCTV images", Items: []string{"images recorded in public areas of the hotels"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPASensoryData}}

	group := &policy.Recipient{ID: "group", Name: "Marriott's group companies", Role: policy.RoleProcessor,
		Categories: []*policy.Category{guest, stay, identity, requests, payment, bonvoy, profile, online}, Country: regionUS}
	hotels := &policy.Recipient{ID: "hotels", Name: "the owners and franchisees of the hotels you stay at", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{guest, stay, identity, requests, payment, bonvoy},
		Purpose:    "to provide your stay; each owns or runs its hotel as a separate controller, under its own privacy notice"}
	partners := &policy.Recipient{ID: "partners", Name: "partners of Marriott Bonvoy, such as airlines, the banks that issue co-branded credit cards and hotels outside our brands that take part in the programme", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{guest, bonvoy}, Purpose: "to credit points and miles and offer their products, each under its own privacy policy", OwnPolicy: true}
	agents := &policy.Recipient{ID: "agents", Name: "travel agents and online booking websites", Role: policy.RoleThirdParty, Categories: []*policy.Category{guest, stay},
		Purpose: "to manage the bookings you make through them"}
	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, payments, call centres and marketing", Role: policy.RoleProcessor,
		Categories: []*policy.Category{guest, stay, payment, bonvoy, online}, Country: regionUS}
	ads := &policy.Recipient{ID: "ads", Name: "advertising and social media partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{online, profile}}
	police := &policy.Recipient{ID: "police", Name: "the police and immigration authorities of the hotel's country", Role: policy.RoleAuthority,
		Categories: []*policy.Category{guest, identity, cctv}, Conditional: true, Purpose: "the law requires hotels to report their guests, or they investigate a crime"}

	reservations := &policy.Purpose{ID: "stays", Name: "Booking and providing your stay", Categories: []*policy.Category{guest, stay, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hotels, group, agents, vendors},
		Required: "without your name, contact and payment details we cannot make a reservation"}
	registration := &policy.Purpose{ID: "registration", Name: "Registering guests as local law requires", Categories: []*policy.Category{guest, identity},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{police, hotels},
		Obligations: []policy.Obligation{
			{Act: "Bundesmeldegesetz, §§ 29 and 30", Region: regionDE},
			{Act: "Real Decreto 933/2021 on the registration of travellers", Region: es},
			{Act: "Testo unico delle leggi di pubblica sicurezza, Art. 109", Region: it},
			{Act: "the Immigration (Hotel Records) Order 1972", Region: regionGB},
		},
		Required: "a hotel in a country whose law requires the details of your identity document cannot check you in without them"}
	special := &policy.Purpose{ID: "requests", Name: "Meeting your special requests", Categories: []*policy.Category{requests},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by asking the hotel or customer service to remove the request", Recipients: []*policy.Recipient{hotels},
		Required: "giving it is up to you; without it the hotel cannot prepare for your needs"}
	programme := &policy.Purpose{ID: "bonvoy", Name: "Running Marriott Bonvoy", Categories: []*policy.Category{guest, stay, bonvoy},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners, group, hotels},
		Required: "without your name and email address we cannot enrol you"}
	personalise := &policy.Purpose{ID: "personalisation", Name: "Personalising your stays and our offers", Categories: []*policy.Category{stay, bonvoy, profile, online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "giving guests the rooms, services and offers they prefer", Profiling: true, OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news", Categories: []*policy.Category{guest, bonvoy, profile},
		Bases:    []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests},
		Interest: "telling our guests and members about offers like the stays they have had", Withdraw: "with the unsubscribe link in every email or in your account",
		OptOut: true, Profiling: true, Recipients: []*policy.Recipient{vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites", Categories: []*policy.Category{online, profile},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{ads}}
	nearby := &policy.Purpose{ID: "location", Name: "Showing hotels and services near you in the app", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your phone's location settings"}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping guests, staff and hotels safe", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting guests, staff and property from crime", Recipients: []*policy.Recipient{police}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and protecting our systems", Categories: []*policy.Category{guest, payment, bonvoy, online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting guests, members and ourselves from fraud and misuse of points"}
	records := &policy.Purpose{ID: "records", Name: "Keeping the records the law requires", Categories: []*policy.Category{stay, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Taxes Management Act 1970", Region: regionGB}, {Act: "Taxes Consolidation Act 1997, s. 886", Region: ie}}}

	transferred := []*policy.Category{guest, stay, identity, requests, payment, bonvoy, profile, online}
	p := &policy.Policy{
		Scope:      []string{"our hotels", "our websites", "our apps", "our call centres", "Marriott Bonvoy"},
		Controller: policy.Controller{Contact: policy.Contact{Name: "Marriott International, Inc.", Address: "Bethesda, Maryland, USA", Website: "https://www.marriott.example/privacy-request"}, Country: regionUS},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "dpo@marriott.example"},
		Establishments: []policy.Establishment{
			{Region: regionGB, Contact: policy.Contact{Name: "Marriott Hotels Limited", Address: "London, United Kingdom", Email: "privacy@marriott.example"}},
			{Region: ie, Contact: policy.Contact{Name: "Marriott's office in Dublin", Address: "Dublin, Ireland", Email: "privacy@marriott.example"}},
		},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories: []*policy.Category{guest, stay, identity, requests, payment, bonvoy, profile, online, location, cctv},
		Purposes:   []*policy.Purpose{reservations, registration, special, programme, personalise, marketing, advertising, nearby, safety, fraud, records},
		Recipients: []*policy.Recipient{group, hotels, partners, agents, vendors, ads, police},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: group, Categories: transferred, Safeguard: policy.SafeguardBindingCorporateRules,
				Note: "Our binding corporate rules are published on our website."},
			{Origin: regionGB, Destination: regionUS, Recipient: group, Categories: transferred, Safeguard: policy.SafeguardBindingCorporateRules,
				Note: "Our binding corporate rules are published on our website."},
			{Origin: regionEU, Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{guest, stay, payment, bonvoy, online}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, ChosenDestination: policy.ChosenDestinationBooking, Recipient: hotels, Categories: []*policy.Category{guest, stay, requests, payment, bonvoy},
				Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "sign-in and booking cookies", Party: policy.PartyFirst, Purpose: reservations, Categories: []*policy.Category{guest}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: ads, Purpose: advertising, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("with the privacy request form on our website"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "with the “Your Privacy Choices” link on our website"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Agents: policy.AnswerYes, Deadline: policy.Months(1)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.marriott.example/your-privacy-choices", RequestMethods: []string{"the privacy request form", "our toll-free number"}, TollFreeNumber: "1-800-555-0199",
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Incentives: []policy.Incentive{{ID: "bonvoy", Name: "Marriott Bonvoy", Summary: "Members earn points for stays and purchases with partners, and redeem them for free nights and other rewards.",
			Categories: []*policy.Category{guest, stay, bonvoy}, OptIn: "by enrolling on our website, in the app or at a hotel", Withdraw: "by asking customer service to close your account",
			Value: "We estimate the value of a member's data as the value of the benefits we give members, less the cost of giving them."}},
		Redress: []policy.Redress{
			{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Information Commissioner's Office", Website: "https://ico.org.uk"}, Region: regionGB},
		},
		Security: []policy.Measure{{Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureIncidentDetection}},
		Links:    policy.Links{CookieSettings: "https://www.marriott.example/cookie-settings", RequestForm: "https://www.marriott.example/privacy-request"},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact:  policy.Contact{Email: "privacy@marriott.example"},
	}
	return realPolicy{"hotel chain and loyalty programme (Marriott Bonvoy)", p, []statement{
		{says: "Marriott International, Inc. in Bethesda is the controller, with a data protection officer", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.DPO != nil
		}},
		{says: "we have establishments in the UK and the EU", typed: func(p *policy.Policy) bool { return len(p.Establishments) == 2 }},
		{says: "the statement covers our hotels, websites, apps, call centres and Marriott Bonvoy", typed: func(p *policy.Policy) bool { return len(p.Scope) == 5 }},
		{says: "we collect your name, contact details, date of birth and the names of those you travel with", typed: func(p *policy.Policy) bool { return p.Category("guest") != nil }},
		{says: "we receive your details from travel agents, booking websites and whoever booked for you", typed: func(p *policy.Policy) bool { return p.Category("guest").SourceDetail != "" }},
		{says: "we record your reservations, stays, rates and the services you use at the hotel", typed: func(p *policy.Policy) bool { return p.Purpose("stays").Uses(p.Category("stay")) }},
		{says: "we note your vehicle for valet parking", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("stay").Items, "vehicle and licence plate for valet parking")
		}},
		{says: "where local law requires it, the hotel takes your passport or identity card details at check-in and reports them to the authorities", typed: func(p *policy.Policy) bool {
			return p.Purpose("registration").RestsOn(policy.BasisLegalObligation, policy.GDPR) && recipient(p, "police").Role == policy.RoleAuthority
		}},
		{says: "special requests may reveal your health or religion, and we use them with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Category("requests").Sensitivity == policy.SensitivitySpecial && p.Purpose("requests").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "we take your payment card details to guarantee and pay for your stay", typed: func(p *policy.Policy) bool { return p.Purpose("stays").Uses(p.Category("payment")) }},
		{says: "Marriott Bonvoy records your points and your activity with partners", typed: func(p *policy.Policy) bool { return p.Purpose("bonvoy").Uses(p.Category("bonvoy")) }},
		{says: "partners of the programme, such as airlines and credit card issuers, exchange data with us to credit points and offer their products", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Role == policy.RoleThirdParty && p.Category("bonvoy").SourceDetail != ""
		}},
		{says: "we draw preferences from your stays to personalise your stays and our offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalisation").Profiling && len(p.Category("profile").DerivedFrom) == 2
		}},
		{says: "we collect device data and use cookies on our websites and apps", typed: func(p *policy.Policy) bool { return p.Category("online").Tracking }},
		{says: "with your permission the app uses your location to show nearby hotels and services", typed: func(p *policy.Policy) bool { return p.Purpose("location").RestsOnConsent() }},
		{says: "CCTV records public areas of our hotels for safety and security", typed: func(p *policy.Policy) bool { return p.Purpose("cctv").Interest != "" }},
		{says: "the owners and franchisees of the hotels are separate controllers of the data of their guests", typed: func(p *policy.Policy) bool {
			return recipient(p, "hotels").Role == policy.RoleThirdParty && recipient(p, "hotels").Purpose != ""
		}},
		{says: "our group companies share data to provide the services and the programme", typed: func(p *policy.Policy) bool { return recipient(p, "group").Country == regionUS }},
		{says: "travel agents and booking websites receive the bookings made through them", typed: func(p *policy.Policy) bool { return recipient(p, "agents") != nil }},
		{says: "service providers host our systems, take payments, run call centres and send marketing for us", typed: func(p *policy.Policy) bool { return recipient(p, "vendors").Role == policy.RoleProcessor }},
		{says: "we send offers with consent or, to guests and members, on our legitimate interest, and you can unsubscribe", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("marketing").OptOut
		}},
		{says: "with your consent, advertising cookies let partners show you our ads elsewhere", typed: func(p *policy.Policy) bool {
			return cookie(p, "ads").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we use data to prevent fraud and protect our systems", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) }},
		{says: "we disclose data to authorities on legal process, to protect people and property, or to a buyer", typed: func(p *policy.Policy) bool { return len(p.Disclosures) == 3 }},
		{says: "transfers within our group rest on our binding corporate rules", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardBindingCorporateRules && p.Transfers[1].Safeguard == policy.SafeguardBindingCorporateRules
		}},
		{says: "transfers to service providers rest on standard contractual clauses", typed: func(p *policy.Policy) bool { return p.Transfers[2].Safeguard == policy.SafeguardStandardClauses }},
		{says: "your booking goes to the hotel in whatever country it is", typed: func(p *policy.Policy) bool {
			return p.Transfers[3].ChosenDestination == policy.ChosenDestinationBooking
		}},
		{says: "we keep data as long as needed for your stays and the programme, and as the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("guest").Retention.Kind == policy.RetentionCriteria && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "in the EU and UK you may access, correct, delete and port your data, restrict or object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know, delete and correct, opt out of sharing, and not be discriminated against, also through an agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightOptOutOfSale) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we do not sell data but share it for cross-context advertising, and honour Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we use sensitive personal information only as the CCPA permits without a right to limit", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "Marriott Bonvoy is a financial incentive, which you join and leave at will", typed: func(p *policy.Policy) bool { return p.Incentives[0].OptIn != "" && p.Incentives[0].Withdraw != "" }},
		{says: "requests go through our online form or toll-free number, and we verify them by matching what you give with what we hold", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && slices.Contains(p.Requests.Verification, policy.VerificationDataPoints)
		}},
		{says: "we take reasonable organisational, technical and administrative measures to protect data", typed: func(p *policy.Policy) bool { return len(p.Security) == 3 }},
		{says: "our services are not directed at children under 16, whose details we receive only from the adult who books", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "we post changes to the statement with a new date", typed: func(p *policy.Policy) bool { return p.Changes.Notify[0] == policy.ChannelHomePage }},
		{says: "privacy questions go to our privacy office", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
		{says: "hotels outside our brands that take part in the programme handle your data under their own notices", typed: func(p *policy.Policy) bool {
			r := recipient(p, "partners")
			return r.OwnPolicy && r.Role == policy.RoleThirdParty && strings.Contains(r.Name, "hotels outside our brands") && slices.Contains(p.Purpose("bonvoy").Recipients, r)
		}},
	}}
}

// carRental paraphrases the data protection notice of Sixt for
// customers: a German controller that checks driving licences and identity
// documents, pre-authorises a deposit on a payment card, collects
// telematics and location data from its cars, handles damage and
// accidents, names the renter to the authorities that send a traffic fine,
// checks credit and fraud risks with agencies, and hands rentals abroad to
// franchisees that are controllers in their own right.
func carRental() realPolicy {
	master := &policy.Category{ID: "master", Name: "Customer details",
		Items:       []string{"name", "postal address", "email address and phone number", "date of birth", "customer number and status card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	licence := &policy.Category{ID: "licence", Name: "Driving licence and identity document",
		Items:       []string{"driving licence number, class, issuing country and date of issue", "identity card or passport number and expiry", "photographs of the documents for the online check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"card number and expiry", "deposit pre-authorised on the card", "invoices and payments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers and card issuers",
		Retention: policy.AsRequiredBy("German commercial and tax law"), Linked: true}
	rental := &policy.Category{ID: "rental", Name: "Rental information", Items: []string{"vehicle, branch, pick-up and return times", "additional drivers", "mileage and fuel level at return", "extras and insurance chosen"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	telematics := &policy.Category{ID: "telematics", Name: "Vehicle and location data",
		Items:       []string{"location of the vehicle", "mileage, fuel or charge level and warning lights", "acceleration and crash sensor data after an accident"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(90), policy.EventContractEnd), Linked: true}
	damage := &policy.Category{ID: "damage", Name: "Damage and accident information",
		Items:       []string{"damage reports and photographs", "accident reports, with the details of other parties and witnesses", "police reports and insurance claims"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "other parties to an accident, witnesses, the police and insurers",
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	fines := &policy.Category{ID: "fines", Name: "Traffic and parking offences", Items: []string{"notices of traffic and parking offences committed with the vehicle", "the authority and reference of the notice"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the authorities that send us, as keeper of the vehicle, the notice of an offence",
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true, Criminal: true}
	credit := &policy.Category{ID: "credit", Name: "Credit and fraud checks", Items: []string{"credit score", "whether the address and identity could be confirmed", "entries in our list of customers with unpaid claims or misuse"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "credit agencies such as SCHUFA and CRIF",
		DerivedFrom: []*policy.Category{master, payment, rental}, Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Recordings of calls", Items: []string{"recordings of your calls with customer service"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Days(90), policy.EventCollection), Linked: true}
	online := &policy.Category{ID: "online", Name: "Website and app use", Items: []string{"IP address", "device and browser", "pages viewed and bookings started", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	franchisees := &policy.Recipient{ID: "franchisees", Name: "Sixt franchisees and partners that rent cars in other countries", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{master, licence, payment, rental}, Purpose: "to carry out a rental you book with them abroad; each is a controller under its own privacy notice"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the authorities prosecuting traffic and parking offences", Role: policy.RoleAuthority,
		Categories: []*policy.Category{master, licence, rental}, Conditional: true, Purpose: "they ask the keeper of the vehicle who drove it"}
	agencies := &policy.Recipient{ID: "agencies", Name: "credit agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{master, credit}, Country: regionDE}
	insurers := &policy.Recipient{ID: "insurers", Name: "insurers, loss adjusters, lawyers and repair shops", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{master, rental, damage, telematics}, Purpose: "to settle damage and accident claims"}
	collection := &policy.Recipient{ID: "collection", Name: "debt collection agencies", Role: policy.RoleProcessor, Categories: []*policy.Category{master, payment}, Country: regionDE}
	psp := &policy.Recipient{ID: "psp", Name: "payment service providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment, master}, Purpose: "to pre-authorise deposits and take payments"}
	vendors := &policy.Recipient{ID: "vendors", Name: "IT, hosting, identity check and call centre providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{master, licence, rental, telematics, calls, online}, Country: regionEU}
	ads := &policy.Recipient{ID: "ads", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{online}}

	rent := &policy.Purpose{ID: "rental", Name: "Booking and carrying out your rental", Categories: []*policy.Category{master, licence, payment, rental},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psp, vendors, franchisees},
		Required: "without your details, driving licence and a payment card we cannot rent you a car"}
	deposit := &policy.Purpose{ID: "deposit", Name: "Pre-authorising a deposit on your card", Categories: []*policy.Category{payment, master},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psp},
		Required: "without a card on which we can reserve the deposit we cannot hand over the car"}
	fleet := &policy.Purpose{ID: "fleet", Name: "Locating and maintaining our vehicles", Categories: []*policy.Category{telematics, rental},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "finding stolen or unreturned cars, and keeping our fleet safe and maintained"}
	claims := &policy.Purpose{ID: "damage", Name: "Handling damage and accidents", Categories: []*policy.Category{damage, rental, telematics, master},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "establishing what happened and making or defending claims",
		Recipients: []*policy.Recipient{insurers},
		Required:   "the rental terms oblige you to report damage and accidents; if you do not, we cannot settle the claim and your cover may not apply"}
	offences := &policy.Purpose{ID: "fines", Name: "Passing on notices of traffic offences", Categories: []*policy.Category{fines, master, licence, rental},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Gesetz über Ordnungswidrigkeiten (OWiG), § 46, with Strafprozessordnung (StPO), § 161", Region: regionDE}},
		Criminal:    policy.CriminalAuthority{Laws: []policy.Obligation{{Act: "Gesetz über Ordnungswidrigkeiten (OWiG), § 46", Region: regionDE}}}}
	checks := &policy.Purpose{ID: "credit", Name: "Checking identity, credit and fraud risk", Categories: []*policy.Category{master, licence, payment, credit},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "protecting ourselves from fraud and from rentals that will not be paid",
		Recipients: []*policy.Recipient{agencies},
		Automated:  "an automated check of your identity, your credit and our own records may refuse a rental or ask for a higher deposit",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Automated: policy.AnswerYes, Contest: "by asking the branch or customer service", HumanReview: true}}
	debts := &policy.Purpose{ID: "collection", Name: "Collecting unpaid claims", Categories: []*policy.Category{master, payment},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "recovering money owed to us", Recipients: []*policy.Recipient{collection}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers", Categories: []*policy.Category{master, rental},
		Bases:    []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests},
		Interest: "offering our customers rentals like those they have booked", Withdraw: "with the unsubscribe link in every email or in your account",
		OptOut: true, Profiling: true, ConsentMethod: policy.ConsentMethodCheckbox}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our website and showing you our ads elsewhere", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true, Recipients: []*policy.Recipient{ads}}
	recording := &policy.Purpose{ID: "calls", Name: "Recording calls for quality and training", Categories: []*policy.Category{calls},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by telling the agent during the call", Recipients: []*policy.Recipient{vendors}}
	records := &policy.Purpose{ID: "records", Name: "Keeping commercial and tax records", Categories: []*policy.Category{payment, rental},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Handelsgesetzbuch (HGB), § 257", Region: regionDE}, {Act: "Abgabenordnung (AO), § 147", Region: regionDE}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Sixt GmbH & Co. Autovermietung KG", Email: "privacy@sixt.example", Address: "Zugspitzstraße 1, 82049 Pullach, Germany"},
			Country: regionDE},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dataprotection@sixt.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		Laws:       []policy.Law{policy.GDPR},
		Categories: []*policy.Category{master, licence, payment, rental, telematics, damage, fines, credit, calls, online},
		Purposes:   []*policy.Purpose{rent, deposit, fleet, claims, offences, checks, debts, marketing, advertising, recording, records},
		Recipients: []*policy.Recipient{franchisees, authorities, agencies, insurers, collection, psp, vendors, ads},
		Transfers: []policy.Transfer{
			{Origin: regionEU, ChosenDestination: policy.ChosenDestinationTravel, Recipient: franchisees, Categories: []*policy.Category{master, licence, payment, rental},
				Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "booking cookies", Party: policy.PartyFirst, Purpose: rent, Categories: []*policy.Category{master}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "marketing cookies", Party: policy.PartyThird, Provider: ads, Purpose: advertising, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("by writing to privacy@sixt.example"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking the branch or customer service to review the decision"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail}, Deadline: policy.Months(1)},
		Redress: []policy.Redress{
			{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Bayerisches Landesamt für Datenschutzaufsicht", Website: "https://www.lda.bayern.de"}, Region: regionDE},
		},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{CookieSettings: "https://www.sixt.example/cookies"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact:  policy.Contact{Email: "privacy@sixt.example"},
	}
	return realPolicy{"car rental company (Sixt)", p, []statement{
		{says: "Sixt GmbH & Co. Autovermietung KG in Pullach is the controller, with a data protection officer", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && p.DPO != nil
		}},
		{says: "we collect your name, address, contact details and date of birth when you book", typed: func(p *policy.Policy) bool { return p.Category("master") != nil }},
		{says: "we check your driving licence and identity document before handing over the car, also online with photographs", typed: func(p *policy.Policy) bool {
			return p.Purpose("rental").Uses(p.Category("licence"))
		}},
		{says: "we must see the licence to be sure you may drive the car", typed: func(p *policy.Policy) bool { return p.Purpose("rental").Required != "" }},
		{says: "we reserve a deposit on your payment card when the rental starts", typed: func(p *policy.Policy) bool { return p.Purpose("deposit").Uses(p.Category("payment")) }},
		{says: "payment service providers take payments and deposits", typed: func(p *policy.Policy) bool { return recipient(p, "psp").Purpose != "" }},
		{says: "we record the vehicle, times, branches, mileage and fuel of each rental", typed: func(p *policy.Policy) bool { return p.Category("rental") != nil }},
		{says: "our cars send their location and technical state to us", typed: func(p *policy.Policy) bool { return p.Category("telematics").Sources[0] == policy.SourceAutomatic }},
		{says: "we use location to find stolen or unreturned cars and to maintain the fleet", typed: func(p *policy.Policy) bool { return p.Purpose("fleet").Interest != "" }},
		{says: "after an accident we use the car's sensor data, reports and photographs to establish what happened", typed: func(p *policy.Policy) bool { return p.Purpose("damage").Uses(p.Category("telematics")) }},
		{says: "we receive details of accidents from other parties, witnesses, the police and insurers", typed: func(p *policy.Policy) bool { return p.Category("damage").SourceDetail != "" }},
		{says: "insurers, loss adjusters, lawyers and repair shops receive what they need to settle claims", typed: func(p *policy.Policy) bool { return recipient(p, "insurers").Role == policy.RoleThirdParty }},
		{says: "as keeper of the car we receive notices of traffic offences and must name the renter to the authority", typed: func(p *policy.Policy) bool {
			return p.Category("fines").Criminal && p.Purpose("fines").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we may charge you a fee for handling a traffic fine", free: toPurpose("fines")},
		{says: "we check identity and credit with credit agencies before some rentals", typed: func(p *policy.Policy) bool { return p.Category("credit").SourceDetail != "" }},
		{says: "we keep a list of customers with unpaid claims or who misused a car", typed: func(p *policy.Policy) bool { return len(p.Category("credit").DerivedFrom) == 3 }},
		{says: "an automated check may refuse a rental or ask for a higher deposit, and you can ask for a person to review it", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Suspension.HumanReview && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "unpaid claims go to debt collection agencies", typed: func(p *policy.Policy) bool { return recipient(p, "collection") != nil }},
		{says: "when you rent abroad from a franchisee, it receives your booking and is a controller in its own right", typed: func(p *policy.Policy) bool {
			return recipient(p, "franchisees").Role == policy.RoleThirdParty && p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel
		}},
		{says: "service providers host our systems, check documents and run our call centres", typed: func(p *policy.Policy) bool { return recipient(p, "vendors").Role == policy.RoleProcessor }},
		{says: "we send offers by email with consent, or to customers for similar services, and you can object at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && p.Purpose("marketing").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "marketing cookies are set only with consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "ads").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we keep commercial and tax records for up to ten years", typed: func(p *policy.Policy) bool { return len(p.Purpose("records").Obligations) == 2 }},
		{says: "we keep rental data for three years after the rental, the limitation period for claims", typed: func(p *policy.Policy) bool {
			return p.Category("rental").Retention.Period == policy.Years(3)
		}},
		{says: "we disclose data on legal process or to a buyer of our business", typed: func(p *policy.Policy) bool { return len(p.Disclosures) == 2 }},
		{says: "you may access, correct, delete and port your data, restrict or object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the Bavarian data protection authority", typed: func(p *policy.Policy) bool { return p.Redress[0].Region == regionDE }},
		{says: "you must be 18 to rent a car", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "data travels encrypted and only authorised staff may see it", typed: func(p *policy.Policy) bool { return len(p.Security) == 2 }},
		{says: "we publish changes to this notice on our website", typed: func(p *policy.Policy) bool { return p.Changes.Notify[0] == policy.ChannelHomePage }},
		{says: "we record calls with customer service only if you agree", typed: func(p *policy.Policy) bool { return p.Purpose("calls").RestsOnConsent() }},
		{says: "privacy questions go to our data protection officer", typed: func(p *policy.Policy) bool { return p.DPO.Email != "" }},
	}}
}
