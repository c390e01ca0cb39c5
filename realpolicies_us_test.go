package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// streamingService paraphrases, in our own words and as we recall it, the
// privacy statement of a US video streaming service in the manner of
// Netflix, as published in 2024: one statement for members everywhere,
// with a US company as the controller and its Dutch subsidiary as the
// controller for members in the EU; profiles within one membership,
// kids' profiles among them; recommendations drawn from what each profile
// watches; an ad-supported plan whose ads are chosen from what the
// service and its advertising partners know, next to plans without ads;
// the CCPA's notice at collection and its request metrics, and the other
// US state privacy laws' opt-out of targeted advertising and appeal.
//
// The request metrics below are invented round numbers of the right
// shape, not the figures the service published.
func streamingService() realPolicy {
	nl := language.MustParseRegion("NL")
	account := &policy.Category{ID: "account", Name: "Account and contact information", Items: []string{"name", "email address", "phone number", "password", "postal code"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Months(10)), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"payment method", "card type and expiry date", "billing history", "plan"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors and the partners that bill you for the membership",
		Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	profiles := &policy.Category{ID: "profiles", Name: "Profiles and preferences", Items: []string{"profile names and icons", "maturity settings and profile locks", "language settings", "titles saved to My List", "ratings", "game handles"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Months(10), policy.EventCancellation), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceSharedAccountUsers}, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	viewing := &policy.Category{ID: "viewing", Name: "Viewing and service activity", Items: []string{"titles watched and viewing history", "searches", "playback events such as pausing and rewinding", "games played", "interactions with ads on the ad-supported plan"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(10), policy.EventCancellation), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceSharedAccountUsers}, CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPACommercialInfo}}
	device := &policy.Category{ID: "device", Name: "Device and connection information", Items: []string{"device identifiers", "advertising identifiers", "IP address", "device model and software version", "network connection", "approximate location derived from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to stream to the device, keep the account secure and measure ads"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	support := &policy.Category{ID: "support", Name: "Customer service communications", Items: []string{"chats and emails with customer service", "recordings of customer service calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	partnerData := &policy.Category{ID: "partners", Name: "Information from partners", Items: []string{"membership and billing status with a partner", "partner account identifiers", "device activation details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "TV, internet and mobile providers, device makers and app stores through which you take or use the membership",
		Retention:    policy.WhileAccountActive(policy.Months(10)), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	adData := &policy.Category{ID: "ads", Name: "Advertising information", Items: []string{"age range and gender", "interests from advertising partners", "ads shown and how you responded to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceAutomatic},
		SourceDetail: "advertising partners and measurement companies", Tracking: true, Linked: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPAInferences, policy.CCPAInternetActivity}}
	tastes := &policy.Category{ID: "tastes", Name: "Predicted tastes", Items: []string{"genres and titles each profile is likely to enjoy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{viewing, profiles},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, content delivery, payment processing, customer service, marketing and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, payment, profiles, viewing, device, support}, Country: regionUS}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "the companies of our group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, payment, profiles, viewing, device, support}, Country: regionUS, Purpose: "to provide, support and improve the service on our behalf"}
	partners := &policy.Recipient{ID: "partners", Name: "partners that offer the service on their devices or bill you for it, such as TV, internet and mobile providers, device makers and app stores", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, device, partnerData}, Purpose: "to activate the service on your device and manage the membership you took through them"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and measurement companies", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{device, adData}, Country: regionUS, Purpose: "to select, deliver and measure ads on the ad-supported plan and ads for the service elsewhere"}

	service := &policy.Purpose{ID: "service", Name: "Providing the service, managing memberships and taking payment", Categories: []*policy.Category{account, payment, profiles, viewing, device, partnerData},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, affiliates, partners},
		Required: "an email address and a payment method are needed to become a member; without them we cannot open the membership"}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending titles and personalising each profile", Categories: []*policy.Category{viewing, profiles, tastes, device},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, Recipients: []*policy.Recipient{affiliates}}
	licensing := &policy.Purpose{ID: "licensing", Name: "Offering the titles licensed for your country", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "honouring the territories for which we license titles"}
	household := &policy.Purpose{ID: "household", Name: "Determining the household the membership belongs to and preventing fraud", Categories: []*policy.Category{account, device, viewing, payment},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping the membership to one household and protecting members and the service from fraud",
		Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Selecting and measuring ads on the ad-supported plan", Categories: []*policy.Category{adData, device, viewing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the privacy settings of your account", ConsentMethod: policy.ConsentMethodConsentTool, OptOut: true, Profiling: true,
		PaidAlternative: policy.PaidAlternative{Offer: "a plan without ads", URL: "https://help.streaming.example/plans"},
		Recipients:      []*policy.Recipient{adPartners}}
	promotion := &policy.Purpose{ID: "promotion", DirectMarketing: true, Name: "Advertising the service on other websites and apps", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie preferences", ConsentMethod: policy.ConsentMethodConsentTool, OptOut: true,
		Recipients: []*policy.Recipient{adPartners}}
	messages := &policy.Purpose{ID: "messages", Name: "Telling members about new titles, features and offers", Categories: []*policy.Category{account, tastes},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling members about titles and features they may like", OptOut: true, Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing, testing and improving the service", Categories: []*policy.Category{viewing, device, profiles},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how members use the service, testing new features and improving streaming quality"}
	helping := &policy.Purpose{ID: "support", Name: "Answering members in customer service", Categories: []*policy.Category{support, account, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "what you tell customer service is up to you, but without it we may not be able to help"}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting tax and accounting obligations", Categories: []*policy.Category{payment, account},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Dutch tax and bookkeeping law", Region: nl}},
		Required: "the law requires us to keep records of payments"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Netflix, Inc.", Email: "privacy@netflix.example", Address: "Los Gatos, California, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{{Region: nl, Contact: policy.Contact{Name: "Netflix International B.V.", Address: "Amsterdam, the Netherlands", Email: "privacy@netflix.example"},
			ControllerFor: regionEU}},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@netflix.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:       []policy.Law{policy.GDPR, policy.CCPA, policy.USStates},
		Categories: []*policy.Category{account, payment, profiles, viewing, device, support, partnerData, adData, tastes},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment processors keep them."},
		},
		Purposes:   []*policy.Purpose{service, recommend, licensing, household, ads, promotion, messages, improve, helping, legal},
		Recipients: []*policy.Recipient{providers, affiliates, partners, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, payment, profiles, viewing, device, support, tastes},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask us for a copy of the clauses."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
		},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and SDKs", Party: policy.PartyThird, Provider: adPartners, Purpose: promotion, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1))},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("on the account page or by writing to privacy@netflix.example"),
			policy.Right{Kind: policy.RightKnow},
			policy.Right{Kind: policy.RightOptOutOfSale, How: "with the \"Your Privacy Choices\" link in the account or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the \"Your Privacy Choices\" link in the account or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes,
			Deadline: policy.Days(30), WithoutAccount: "by writing to privacy@netflix.example"},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: nl,
			Contact: policy.Contact{Name: "Autoriteit Persoonsgegevens", Website: "https://autoriteitpersoonsgegevens.nl"}}},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.netflix.example/privacychoices", RequestMethods: []string{"the account page", "email to privacy@netflix.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo, LargeVolume: true,
			Metrics: &policy.CCPAMetrics{Year: 2023,
				Delete:  policy.CCPARequestCounts{Received: 40000, Complied: 36000, Denied: 4000, Days: 5},
				Correct: policy.CCPARequestCounts{Received: 300, Complied: 250, Denied: 50, Days: 7},
				Know:    policy.CCPARequestCounts{Received: 60000, Complied: 55000, Denied: 5000, Days: 6},
				OptOut:  policy.CCPARequestCounts{Received: 900000, Complied: 900000, Days: 1},
			}},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer to your request", Deadline: policy.Days(45), AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{CookieSettings: "https://www.netflix.example/cookies", RequestForm: "https://www.netflix.example/account/getmyinfo"},
		Children: policy.Children{MinimumAge: 18, ParentalConsent: true,
			Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@netflix.example"},
	}
	p.SafetyTips = []policy.SafetyTip{policy.SafetyTipKeepSecret, policy.SafetyTipSignOut, policy.SafetyTipSuspiciousMessages}
	return realPolicy{"streaming service (Netflix)", p, []statement{
		{says: "Netflix, Inc. in Los Gatos is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Controller.Name != ""
		}},
		{says: "for members in the EU, Netflix International B.V. in Amsterdam is the controller", typed: func(p *policy.Policy) bool {
			return p.Establishments[0].ControllerFor == regionEU && p.Establishments[0].Region == nl
		}},
		{says: "there is a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "we collect your name, email address, phone number and password when you join", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "email address") && p.Category("account").Sources[0] == policy.SourceUser
		}},
		{says: "we collect your payment method and billing history; our processors keep full card numbers", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "each profile has its own name, maturity settings, My List and ratings", typed: func(p *policy.Policy) bool { return len(p.Category("profiles").Items) >= 4 }},
		{says: "everyone who uses the account can see its profiles and what each profile watched, unless a profile is locked", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("viewing").VisibleTo, policy.AudienceSharedAccountUsers)
		}},
		{says: "we record what you watch, search and play, and how you interact with ads on the ad-supported plan", typed: func(p *policy.Policy) bool {
			return p.Category("viewing").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we collect device identifiers, IP addresses and the approximate location derived from them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").CCPA, policy.CCPAGeolocation)
		}},
		{says: "customer service calls may be recorded", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("support").CCPA, policy.CCPASensoryData)
		}},
		{says: "partners that bill you or offer the service on their devices tell us your membership status", typed: func(p *policy.Policy) bool {
			return p.Category("partners").SourceDetail != "" && recipient(p, "partners").Role == policy.RoleThirdParty
		}},
		{says: "advertising partners give us age ranges, gender and interests for the ad-supported plan", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("ads").CCPA, policy.CCPAProtectedTraits) && slices.Contains(p.Category("ads").Sources, policy.SourceThirdParty)
		}},
		{says: "we infer each profile's tastes from what it watches, to recommend titles", typed: func(p *policy.Policy) bool {
			return p.Category("tastes").DerivedFrom != nil && p.Purpose("recommendations").Profiling
		}},
		{says: "we provide the service and take payment under our contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "an email address and a payment method are required to join", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we use your approximate location to offer the titles licensed for your country", typed: func(p *policy.Policy) bool { return p.Purpose("licensing").Interest != "" }},
		{says: "we use IP addresses, devices and activity to determine the household a membership belongs to and to prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Purpose("household").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("household").Uses(p.Category("device"))
		}},
		{says: "on the ad-supported plan, ads are chosen and measured with data from us and our advertising partners", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").Profiling && recipient(p, "advertising").Role == policy.RoleThirdParty
		}},
		{says: "in the EU ads are personalised only with consent; a member who wants no ads can choose a plan without them", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").RestsOnConsent() && p.Purpose("ads").PaidAlternative.Offer != ""
		}},
		{says: "kids' profiles show no ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds)
		}},
		{says: "we advertise the service on other websites and apps with advertising cookies and SDKs", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "we tell members about new titles and features, and they can unsubscribe", typed: func(p *policy.Policy) bool { return p.Purpose("messages").OptOut }},
		{says: "we analyse and test the service to improve it", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "we keep payment records as Dutch tax law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "service providers and the companies of our group process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && recipient(p, "affiliates").Role == policy.RoleProcessor
		}},
		{says: "data of EU members goes to the US under standard contractual clauses, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "we disclose data on legal process, to protect people and the service, or to a buyer of the business", typed: func(p *policy.Policy) bool { return len(p.Disclosures) == 3 }},
		{says: "we keep viewing history and profiles for ten months after a membership is cancelled, so that you can rejoin", typed: func(p *policy.Policy) bool {
			r := p.Category("viewing").Retention
			return r.Period == policy.Months(10) && r.From == policy.EventCancellation
		}},
		{says: "we keep other data as long as needed for its purpose or as the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "members may access, correct, delete, port and restrict their data and object, on the account page", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "EU members may complain to the Dutch data protection authority", typed: func(p *policy.Policy) bool { return p.Redress[0].Region == nl }},
		{says: "notice at collection: the categories of personal information we collect, their sources, purposes and retention", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").CCPA) > 0 && !p.Category("viewing").Retention.IsZero()
		}},
		{says: "we do not sell personal information but share identifiers, activity and inferences for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 3
		}},
		{says: "you can opt out of sharing and targeted advertising with the privacy choices link or a Global Privacy Control signal", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && p.Signals.GlobalPrivacyControl == policy.AnswerYes && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "account log-ins are sensitive personal information, which we use only to provide the service", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo
		}},
		{says: "we verify requests by your signed-in account or your email address, and accept requests from authorised agents", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "residents of other US states may appeal a refusal by replying to our answer, and then contact their Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we publish how many requests to know, delete, correct and opt out we received, complied with and denied last year", typed: func(p *policy.Policy) bool {
			return p.CCPA.LargeVolume && p.CCPA.Metrics != nil && p.CCPA.Metrics.Know.Received > 0
		}},
		{says: "members must be 18; children use the service through kids' profiles set up by an adult", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionInTransit) }},
		{says: "we tell members of material changes by email or in the service", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "protect your password, sign out of shared devices and do not reply to messages that ask for your payment details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret) && slices.Contains(p.SafetyTips, policy.SafetyTipSignOut) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "a profile can be locked with a PIN so that others on the account cannot open it", free: toCategory("profiles")},
	}}
}

// carMaker paraphrases, in our own words and as we recall it, the customer
// privacy notice of a maker of connected electric cars in the manner of
// Tesla, as published in 2024: a US company, with a Dutch subsidiary as the
// controller for customers in the EU, that sells, finances and services
// its vehicles and keeps them connected; the vehicle sends telematics for
// over-the-air updates, remote diagnostics and connected features; camera
// clips, cabin camera images and analytics leave the vehicle only with the
// owner's consent, given and withdrawn in the vehicle's data sharing
// settings; Dashcam and Sentry Mode recordings stay on the vehicle's own
// drive; crash data is read for safety; driving data goes to an insurer
// only at the owner's request, and to authorities only on legal process.
func carMaker() realPolicy {
	nl := language.MustParseRegion("NL")
	contact := &policy.Category{ID: "contact", Name: "Contact and account information", Items: []string{"name", "email address", "phone number", "postal address", "account log-in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(1)), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	purchase := &policy.Category{ID: "purchase", Name: "Order, financing and payment information", Items: []string{"vehicle order and configuration", "driver's licence", "financing and leasing applications, including social security number and income", "payment details"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "credit bureaus and our financing and leasing partners",
		Retention: policy.AsRequiredBy("consumer credit, tax and accounting law"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords, policy.CCPAProtectedTraits, policy.CCPASensitivePersonalInfo}}
	vehicle := &policy.Category{ID: "vehicle", Name: "Vehicle data", Items: []string{"vehicle identification number", "speed and odometer readings", "battery use and charging history", "system faults and diagnostic logs", "software version", "use of driver assistance features"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to service the vehicle, keep it safe and improve our products"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Vehicle location", Items: []string{"the vehicle's precise location"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceSharedAccountUsers},
		Retention: policy.ByCriteria("only as long as a feature you use needs it"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	clips := &policy.Category{ID: "clips", Name: "Camera clips and analytics", Items: []string{"short clips from the vehicle's external cameras", "cabin camera images", "analytics on how driver assistance performed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to develop and validate driver assistance and safety features"), OnDevice: policy.OnDeviceUntilShared,
		CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	voice := &policy.Category{ID: "voice", Name: "Voice commands", Items: []string{"recordings of voice commands", "their transcripts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Keep(policy.Days(90), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	crash := &policy.Category{ID: "crash", Name: "Crash data", Items: []string{"event data recorder readings of speed, braking, steering and seat belt use around a crash", "camera clips and vehicle data from the moments before and after it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to investigate the crash, meet our legal duties and defend legal claims"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData, policy.CCPAGeolocation}}
	charging := &policy.Category{ID: "charging", Name: "Charging and service history", Items: []string{"Supercharger sessions and fees", "service appointments and repairs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("tax law"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	online := &policy.Category{ID: "online", Name: "Website and app usage", Items: []string{"IP address", "device and browser", "pages visited and features used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, connectivity, customer support, payment processing and roadside assistance", Role: policy.RoleProcessor,
		Categories: []*policy.Category{contact, purchase, vehicle, location, charging, online}, Country: regionUS}
	speech := &policy.Recipient{ID: "speech", Name: "our speech recognition provider", Role: policy.RoleProcessor, Categories: []*policy.Category{voice}, Country: regionUS}
	lenders := &policy.Recipient{ID: "lenders", Name: "financing and leasing partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{contact, purchase},
		Purpose: "to decide on the financing or lease you apply for"}
	insurers := &policy.Recipient{ID: "insurers", Name: "insurance companies you choose", Role: policy.RoleThirdParty, Categories: []*policy.Category{vehicle, crash}, Conditional: true,
		Purpose: "you ask us to send them your vehicle or crash data"}
	emergency := &policy.Recipient{ID: "emergency", Name: "emergency services", Role: policy.RoleAuthority, Categories: []*policy.Category{vehicle, location}, Conditional: true,
		Purpose: "when the vehicle makes an emergency call after a serious crash"}

	sales := &policy.Purpose{ID: "sales", Name: "Selling, financing and delivering vehicles", Categories: []*policy.Category{contact, purchase},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, lenders},
		Required: "we need your contact details, driver's licence and payment to sell you a vehicle, and the financing details to decide on financing"}
	connected := &policy.Purpose{ID: "connected", Name: "Keeping the vehicle connected: over-the-air updates, remote diagnostics, navigation and the mobile app", Categories: []*policy.Category{vehicle, location, contact},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "the vehicle must send us its data to receive over-the-air updates, remote diagnostics and connected features; if you ask us to stop, they stop, and the vehicle may lose functions or suffer damage"}
	service := &policy.Purpose{ID: "service", Name: "Servicing and repairing vehicles and honouring the warranty", Categories: []*policy.Category{vehicle, charging, contact},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}}
	recalls := &policy.Purpose{ID: "recalls", Name: "Meeting vehicle safety and recall duties", Categories: []*policy.Category{vehicle, contact, crash},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Regulation (EU) 2018/858 on the approval and market surveillance of motor vehicles", Region: regionEU}},
		Required:    "the law requires us to hold the data needed to notify owners of a recall"}
	ecall := &policy.Purpose{ID: "ecall", Name: "Making an emergency call after a serious crash", Categories: []*policy.Category{vehicle, location},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Regulation (EU) 2015/758 on the 112-based eCall in-vehicle system", Region: regionEU}},
		Recipients: []*policy.Recipient{emergency}, Required: "the law requires every new vehicle to call the emergency services after a serious crash"}
	safety := &policy.Purpose{ID: "safety", Name: "Investigating crashes and improving vehicle safety", Categories: []*policy.Category{crash, vehicle},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding crashes and making our vehicles safer"}
	learning := &policy.Purpose{ID: "learning", Name: "Improving driver assistance with camera clips and analytics", Categories: []*policy.Category{clips},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the vehicle's Data Sharing settings", ConsentMethod: policy.ConsentMethodConsentTool, OptOut: true}
	voiceCmd := &policy.Purpose{ID: "voice", Name: "Carrying out voice commands", Categories: []*policy.Category{voice},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{speech},
		Required: "voice commands are optional: everything they do can be done on the touchscreen"}
	insurance := &policy.Purpose{ID: "insurance", Name: "Sending your data to an insurer at your request", Categories: []*policy.Category{vehicle, crash},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by telling us to stop", Recipients: []*policy.Recipient{insurers}}
	charge := &policy.Purpose{ID: "charging", Name: "Running charging and billing for it", Categories: []*policy.Category{charging, contact, purchase},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}}
	website := &policy.Purpose{ID: "website", Name: "Running and improving our websites and app", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping our websites and app working and learning how they are used"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending news and offers", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email or in the account settings", OptOut: true, Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping tax and accounting records", Categories: []*policy.Category{purchase, charging},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Dutch tax and bookkeeping law", Region: nl}},
		Required: "the law requires us to keep records of sales"}

	p := &policy.Policy{
		Controller:     policy.Controller{Contact: policy.Contact{Name: "Tesla, Inc.", Address: "Austin, Texas, USA", Phone: "1-877-798-3752"}, Country: regionUS},
		Establishments: []policy.Establishment{{Region: nl, Contact: policy.Contact{Name: "Tesla International B.V.", Address: "Amsterdam, the Netherlands"}, ControllerFor: regionEU}},
		DPO:            &policy.Contact{Name: "Data Protection Officer", Email: "dpo@tesla.example"},
		Version:        "2024", Effective: policy.MakeDate(2024, time.February, 1), Updated: policy.MakeDate(2024, time.February, 1),
		SafetyTips:  []policy.SafetyTip{policy.SafetyTipWipeDevice},
		Laws:        []policy.Law{policy.GDPR, policy.CCPA, policy.USStates},
		Scope:       []string{"our vehicles, energy products, websites, mobile app and stores"},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing},
		Categories:  []*policy.Category{contact, purchase, vehicle, location, clips, voice, crash, charging, online},
		NotCollected: []policy.Exclusion{
			{ID: "dashcam", Name: "Dashcam and Sentry Mode recordings", Note: "They are stored on the drive in your vehicle, and we do not receive them."},
		},
		Purposes:   []*policy.Purpose{sales, connected, service, recalls, ecall, safety, learning, voiceCmd, insurance, charge, website, marketing, legal},
		Recipients: []*policy.Recipient{providers, speech, lenders, insurers, emergency},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{contact, purchase, vehicle, location, clips, voice, crash, charging, online},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask us for a copy of the clauses."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
		},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: website, Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: website, Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13))},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in your account or with the privacy request form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(30)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: nl,
			Contact: policy.Contact{Name: "Autoriteit Persoonsgegevens", Website: "https://autoriteitpersoonsgegevens.nl"}}},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo,
			RequestMethods: []string{"the privacy request form", "the toll-free number"}, TollFreeNumber: "1-877-798-3752",
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerNo,
			Appeal: policy.Appeal{How: "with the privacy request form, by asking us to reconsider our answer", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureAudits, Description: "Security researchers may report vulnerabilities to us through our bug bounty programme."}},
		Links:        policy.Links{RequestForm: "https://www.tesla.example/support/privacy"},
		Children:     policy.Children{MinimumAge: 13},
		Changes:      policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:      policy.Contact{Email: "privacy@tesla.example", Phone: "1-877-798-3752"},
		OtherNotices: []policy.Notice{{Covers: "our insurance products", URL: "https://www.tesla.example/legal/privacy/insurance"}, {Covers: "employees and job applicants"}},
	}
	return realPolicy{"connected car maker (Tesla)", p, []statement{
		{says: "Tesla, Inc. in Austin is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionUS && p.Controller.Name != "" }},
		{says: "for customers in the EU, Tesla International B.V. in Amsterdam is the controller", typed: func(p *policy.Policy) bool {
			return p.Establishments[0].ControllerFor == regionEU
		}},
		{says: "there is a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "the notice covers our vehicles, energy products, websites, app and stores", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "we collect contact and account information", typed: func(p *policy.Policy) bool { return p.Category("contact").Sources[0] == policy.SourceUser }},
		{says: "to sell and finance a vehicle we collect the driver's licence and, for financing, the social security number and income, and receive credit reports", typed: func(p *policy.Policy) bool {
			c := p.Category("purchase")
			return c.Sensitivity == policy.SensitivitySensitive && slices.Contains(c.Sources, policy.SourceThirdParty)
		}},
		{says: "the vehicle sends us telematics: VIN, speed, odometer, battery and charging, faults and software version", typed: func(p *policy.Policy) bool {
			return p.Category("vehicle").Sources[0] == policy.SourceAutomatic && len(p.Category("vehicle").Items) >= 5
		}},
		{says: "we use vehicle data for over-the-air updates, remote diagnostics and connected features", typed: func(p *policy.Policy) bool {
			return p.Purpose("connected").Uses(p.Category("vehicle")) && p.Purpose("connected").HasBasis(policy.BasisContract)
		}},
		{says: "without vehicle data the vehicle gets no updates or connected features and may lose functions or be damaged", typed: func(p *policy.Policy) bool {
			return p.Purpose("connected").Required != ""
		}},
		{says: "we collect the vehicle's precise location for navigation and features you use, and keep it only as long as they need", typed: func(p *policy.Policy) bool {
			c := p.Category("location")
			return c.Sensitivity == policy.SensitivitySensitive && c.Retention.Kind == policy.RetentionCriteria
		}},
		{says: "the owner and other drivers who share the vehicle's app access can see the vehicle's location", typed: func(p *policy.Policy) bool {
			return len(p.Category("location").VisibleTo) == 1
		}},
		{says: "camera clips, cabin camera images and analytics are shared with us only if you enable data sharing", typed: func(p *policy.Policy) bool {
			return p.Purpose("learning").RestsOnConsent() && p.Purpose("learning").Withdraw != ""
		}},
		{says: "camera clips are not linked to your account or vehicle identification number", typed: func(p *policy.Policy) bool { return !p.Category("clips").Linked }},
		{says: "you turn data sharing on and off in the vehicle's Data Sharing settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("learning").ConsentMethod == policy.ConsentMethodConsentTool && p.Purpose("learning").OptOut
		}},
		{says: "Dashcam and Sentry Mode recordings stay on the vehicle's drive and we do not receive them", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].ID == "dashcam" && p.NotCollected[0].Note != ""
		}},
		{says: "voice commands are processed by a speech recognition provider, are not linked to your account, and are kept for a short time", typed: func(p *policy.Policy) bool {
			return recipient(p, "speech").Role == policy.RoleProcessor && !p.Category("voice").Linked
		}},
		{says: "after a crash we collect event data recorder readings and camera clips to investigate it and improve safety", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Uses(p.Category("crash")) && p.Purpose("safety").Interest != ""
		}},
		{says: "in the EU the vehicle calls emergency services after a serious crash, as the eCall regulation requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("ecall").RestsOn(policy.BasisLegalObligation, policy.GDPR) && recipient(p, "emergency").Role == policy.RoleAuthority
		}},
		{says: "we use vehicle data to meet safety and recall duties", typed: func(p *policy.Policy) bool {
			return p.Purpose("recalls").HasBasis(policy.BasisLegalObligation)
		}},
		{says: "we send driving and crash data to an insurer only when you ask us to", typed: func(p *policy.Policy) bool {
			r := recipient(p, "insurers")
			return r.Conditional && p.Purpose("insurance").RestsOnConsent()
		}},
		{says: "we record charging sessions and service history, and bill for charging", typed: func(p *policy.Policy) bool { return p.Purpose("charging").Uses(p.Category("charging")) }},
		{says: "financing and leasing partners receive your application to decide on it", typed: func(p *policy.Policy) bool { return recipient(p, "lenders").Role == policy.RoleThirdParty }},
		{says: "service providers help us host data, connect vehicles, support customers and give roadside assistance", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we send news and offers with consent, and you can unsubscribe", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").RestsOnConsent() && p.Purpose("marketing").OptOut
		}},
		{says: "we disclose data to law enforcement only on valid legal process, or to protect someone's life or safety", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "data may pass to a buyer of the business", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "data of EU customers goes to the US under standard contractual clauses, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "we do not sell personal information or share it for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo && slices.Contains(p.Commitments, policy.CommitmentNoSharing)
		}},
		{says: "precise location, the driver's licence and financing details are sensitive personal information, used only to provide what you ask for", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo
		}},
		{says: "Californians may know, access, correct and delete their data, and are not discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "EU customers may also restrict, object, port and withdraw consent, and complain to the Dutch authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRestriction) && p.Redress[0].Region == nl
		}},
		{says: "requests go through the privacy request form or the toll-free number, and authorised agents may make them", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && p.Links.RequestForm != "" && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify a request through your account or by matching information we hold", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "residents of other US states may appeal a refusal and then contact their Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we keep financing and charging records as the law requires, and vehicle data as long as needed to service and improve vehicles", typed: func(p *policy.Policy) bool {
			return p.Category("purchase").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("vehicle").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "we protect data with encryption, access controls and a bug bounty programme", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureAudits) }},
		{says: "our insurance products and our employees have their own privacy notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "our services are not directed to children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "voice commands are optional; the touchscreen does the same", typed: func(p *policy.Policy) bool { return p.Purpose("voice").Required != "" }},
		// Free text.
		{says: "the event data recorder is read only with the owner's consent, on a court order, or as the law otherwise allows", free: toCategory("crash")},
		{says: "before selling a vehicle, reset it to factory settings and remove it from your account, so that the next owner cannot see your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipWipeDevice) }},
		{says: "cabin camera images are processed in the vehicle to check the driver's attention and leave it only if you enable data sharing", typed: func(p *policy.Policy) bool {
			return p.Category("clips").OnDevice == policy.OnDeviceUntilShared
		}},
	}}
}
