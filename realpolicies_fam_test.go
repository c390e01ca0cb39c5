package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// familyLocator paraphrases, in our own words and as we recall it, the
// privacy policy of Life360, a family location sharing app, as published
// in 2024: a US company whose app shares the continuous location of the
// members of a Circle with one another, records how members drive and
// detects crashes, calls emergency services for paying members, shows
// advertising on its free tier and shares data with partners; it says
// that it stopped selling precise location data to data brokers in 2022.
// It declares the CCPA, the other US state privacy laws, the GDPR and
// the UK GDPR.
func familyLocator() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "phone number", "profile photo", "password", "subscription and payment details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceGroupMembers},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"the GPS location of your phone, collected continuously, also while the app runs in the background", "places you arrive at and leave", "location history"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceGroupMembers},
		Retention: policy.ByCriteria("as long as needed to provide the service and keep your location history for the period your plan shows"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	driving := &policy.Category{ID: "driving", Name: "Driving information", Items: []string{"speed", "hard braking and rapid acceleration", "phone use while driving", "trips and their routes", "crash events"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{location}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceGroupMembers},
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPAInferences}}
	device := &policy.Category{ID: "device", Name: "Device information", Items: []string{"device model and operating system", "battery level", "Wi-Fi and Bluetooth connection", "advertising identifier", "IP address", "data from Tile and Jiobit trackers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		VisibleTo: []policy.Audience{policy.AudienceGroupMembers},
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	contacts := &policy.Category{ID: "contacts", Name: "Contacts you invite", Items: []string{"names and phone numbers or email addresses of people you invite to a Circle", "emergency contacts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	usage := &policy.Category{ID: "usage", Name: "App and website usage", Items: []string{"features used", "pages visited", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, customer support and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, location, driving, device, usage}}
	emergency := &policy.Recipient{ID: "emergency", Name: "emergency services, reached through our emergency dispatch partner", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, location, driving}, Purpose: "a crash is detected or you press the SOS button and do not cancel the alert"}
	ads := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, usage}, Purpose: "to show and measure advertising in the free version of the app"}
	partners := &policy.Recipient{ID: "partners", Name: "partners such as insurers and roadside assistance providers", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, driving}, Purpose: "you ask for an offer, a quote or a service from them in the app"}
	aggregate := &policy.Recipient{ID: "aggregate", Name: "analytics partners that receive aggregated location data", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{location}, Purpose: "to study movement patterns, in aggregated form from which you cannot be identified"}

	circle := &policy.Purpose{ID: "circle", Name: "Sharing your location with your Circle", Categories: []*policy.Category{account, location, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "location sharing is the service: without your location, your Circle cannot see where you are"}
	drive := &policy.Purpose{ID: "driving", Name: "Driving reports and crash detection", Categories: []*policy.Category{driving, location, account},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisVitalInterests}, Recipients: []*policy.Recipient{providers, emergency},
		Automated: "the app decides from your phone's sensors whether you have crashed, and you can cancel the alert before help is called",
		Profiling: true}
	places := &policy.Purpose{ID: "places", Name: "Place alerts", Categories: []*policy.Category{location, account},
		Bases: []policy.Basis{policy.BasisContract}}
	offers := &policy.Purpose{ID: "offers", Name: "Offers from partners", DirectMarketing: true, Categories: []*policy.Category{account, driving},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "in the app's privacy settings", OptOut: true,
		Recipients: []*policy.Recipient{partners}}
	advertising := &policy.Purpose{ID: "advertising", Name: "Showing advertising in the free version", DirectMarketing: true, Categories: []*policy.Category{device, usage},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the app's privacy settings or your phone's advertising settings", OptOut: true,
		Recipients: []*policy.Recipient{ads}, Profiling: true}
	insights := &policy.Purpose{ID: "insights", Name: "Sharing aggregated location insights", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "funding the free service by licensing aggregated insights that identify no one",
		Recipients: []*policy.Recipient{aggregate}, OptOut: true}
	improve := &policy.Purpose{ID: "improve", Name: "Securing and improving the service", Categories: []*policy.Category{account, device, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping accounts secure and learning how the app is used", Recipients: []*policy.Recipient{providers}}
	news := &policy.Purpose{ID: "news", Name: "Telling you about our products", DirectMarketing: true, Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email or in the app's notification settings", OptOut: true}
	invites := &policy.Purpose{ID: "invites", Name: "Sending invitations you ask us to send", Categories: []*policy.Category{contacts},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "letting members invite family and friends to their Circle"}

	all := []*policy.Category{account, location, driving, device, contacts, usage}
	p := &policy.Policy{
		Controller:      policy.Controller{Contact: policy.Contact{Name: "Life360, Inc.", Address: "San Francisco, California, USA"}, Country: regionUS},
		Representatives: []policy.Representative{{Region: regionEU, Contact: policy.Contact{Name: "Life360's EU representative", Email: "eurep@life360.example"}}, {Region: regionGB, Contact: policy.Contact{Name: "Life360's UK representative", Email: "ukrep@life360.example"}}},
		Version:         "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		Laws:       []policy.Law{policy.CCPA, policy.USStates, policy.GDPR, policy.UKGDPR},
		Scope:      []string{"the Life360 app, Tile and Jiobit devices and our websites"},
		Categories: all,
		Purposes:   []*policy.Purpose{circle, drive, places, offers, advertising, insights, improve, news, invites},
		Recipients: []*policy.Recipient{providers, emergency, ads, partners, aggregate},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: all, Safeguard: policy.SafeguardStandardClauses, Note: "You can ask us for a copy of the clauses at the privacy address."},
			{Origin: regionGB, Destination: regionUS, Categories: all, Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask us for a copy of the addendum at the privacy address."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Categories: all, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
			Kept: []policy.KeptReason{policy.KeptLegalObligation}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{usage}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: ads, Purpose: advertising, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in the app's privacy settings or with our privacy request form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}, policy.Right{Kind: policy.RightOptOutOfSale},
			policy.Right{Kind: policy.RightOptOutOfTargetedAdvertising}, policy.Right{Kind: policy.RightOptOutOfProfiling}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://life360.example/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"the privacy request form", "the app's privacy settings", "email"}, OnlineOnly: true},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer and asking us to reconsider it", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{RequestForm: "https://life360.example/privacy-request", CookieSettings: "https://life360.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 13, ParentalConsent: true, Note: "A parent or guardian may add a child under 13 to a Circle and consents for the child.",
			Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@life360.example"},
	}
	return realPolicy{"family location sharing app (Life360)", p, []statement{
		{says: "Life360, Inc. in San Francisco is responsible for your data", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionUS }},
		{says: "we have representatives in the EU and the UK", typed: func(p *policy.Policy) bool { return len(p.Representatives) == 2 }},
		{says: "the policy covers the Life360 app, Tile and Jiobit devices and our websites", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "we collect your name, email address, phone number, photo and payment details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "phone number")
		}},
		{says: "we collect the precise location of your phone continuously, also in the background", typed: func(p *policy.Policy) bool {
			return p.Category("location").Sensitivity == policy.SensitivitySensitive && p.Category("location").Sources[0] == policy.SourceAutomatic
		}},
		{says: "the members of your Circle see your location, your battery level and your driving", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").VisibleTo, policy.AudienceGroupMembers) && slices.Contains(p.Category("driving").VisibleTo, policy.AudienceGroupMembers)
		}},
		{says: "sharing your location is the service, and without it your Circle cannot see you", typed: func(p *policy.Policy) bool { return p.Purpose("circle").Required != "" }},
		{says: "you can pause location sharing or leave a Circle, and your Circle is told", free: toPurpose("circle")},
		{says: "we derive driving data from your phone's sensors: speed, hard braking, phone use and crashes", typed: func(p *policy.Policy) bool {
			return p.Category("driving").DerivedFrom[0] == p.Category("location")
		}},
		{says: "crash detection calls emergency services for you unless you cancel the alert", typed: func(p *policy.Policy) bool {
			return recipient(p, "emergency").Conditional && p.Purpose("driving").Automated != "" && p.Purpose("driving").HasBasis(policy.BasisVitalInterests)
		}},
		{says: "we send alerts when members arrive at or leave places", typed: func(p *policy.Policy) bool { return p.Purpose("places") != nil }},
		{says: "we collect device data, including battery, advertising identifier and data from Tile and Jiobit trackers", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking
		}},
		{says: "you may give us the contact details of people you invite, and we send them the invitation", typed: func(p *policy.Policy) bool {
			return p.Category("contacts").Sources[0] == policy.SourceOtherUsers && p.Purpose("invites").Interest != ""
		}},
		{says: "service providers host and process data for us", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "the free version shows advertising, for which advertising partners receive device identifiers and usage data", typed: func(p *policy.Policy) bool {
			return recipient(p, "advertising").Role == policy.RoleThirdParty && p.Purpose("advertising").DirectMarketing
		}},
		{says: "you may ask for offers from partners such as insurers, which then receive your driving data", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional && p.Purpose("offers").RestsOnConsent()
		}},
		{says: "we stopped selling precise location data to data brokers in January 2022", free: toIntroduction},
		{says: "we do not sell precise location data", typed: func(p *policy.Policy) bool {
			return !slices.Contains(p.CCPA.SoldCategories, policy.CCPAGeolocation)
		}},
		{says: "we share aggregated location data that identifies no one with analytics partners", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && recipient(p, "aggregate") != nil
		}},
		{says: "under California law, our advertising counts as selling and sharing identifiers and internet activity", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 2
		}},
		{says: "you can opt out of sale and sharing on the Your Privacy Choices page", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale)
		}},
		{says: "we treat Global Privacy Control as an opt-out, but not Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "residents of other US states may opt out of targeted advertising and profiling and appeal a refusal", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightOptOutOfTargetedAdvertising) && hasRight(p, policy.RightOptOutOfProfiling) && p.USStates.Appeal.How != ""
		}},
		{says: "we do not sell or share the data of consumers we know to be under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "we use precise location only to provide the service and not to infer characteristics", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "we secure and improve the service on our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "marketing emails rest on your consent and you may unsubscribe", typed: func(p *policy.Policy) bool { return p.Purpose("news").RestsOnConsent() && p.Purpose("news").OptOut }},
		{says: "we give data to authorities on valid legal process, and to protect someone's safety", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "a buyer of the business may receive your data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "data of European users is processed in the US under standard contractual clauses, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "we keep data while your account is open and location history for as long as needed", typed: func(p *policy.Policy) bool {
			return p.Category("location").Retention.Criteria != ""
		}},
		{says: "you can delete your account, and we delete your data within 30 days unless the law makes us keep it", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[0].Kept[0] == policy.KeptLegalObligation
		}},
		{says: "advertising cookies on our website need your consent", typed: func(p *policy.Policy) bool { return cookie(p, "advertising").Consent == policy.CookieConsentOptIn }},
		{says: "you may access, correct, delete and take your data and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "an authorised agent may make a request for you, and we verify requests through your account", typed: func(p *policy.Policy) bool {
			return p.Requests.Agents == policy.AnswerYes && p.Requests.Verification[0] == policy.VerificationSignedIn
		}},
		{says: "we answer requests from US residents within 45 days and from European residents within one month", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == (policy.Period{}) && p.Subject(policy.CCPA) && p.Subject(policy.GDPR)
		}},
		{says: "we encrypt data in transit and at rest and limit who can access it", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionAtRest) }},
		{says: "a parent may add a child under 13 to a Circle and consents for the child, and children see no personalised ads", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.Restrictions[0] == policy.ChildRestrictionNoPersonalisedAds
		}},
		{says: "a member who adds others to a Circle must have their permission to share their location", free: toPurpose("circle")},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "questions go to the privacy address", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}

// genealogy paraphrases, in our own words and as we recall it, the
// privacy statement of Ancestry, a genealogy service, as published in
// 2024: a US company whose members build family trees that name living
// and deceased relatives, search historical records and may take the
// AncestryDNA test, whose genetic data it processes on the member's
// explicit consent and shares with other members only as DNA matches the
// member turns on; a separate consent governs research, and it refuses
// law enforcement without valid legal process. An Irish company is the
// controller for members outside the US. It declares the CCPA, the GDPR
// and the UK GDPR.
func genealogy() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "username", "password", "billing address and payment details", "gender", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPAProtectedTraits}}
	trees := &policy.Category{ID: "trees", Name: "Family trees and content", Items: []string{"names, dates and places of birth, marriage and death of you and your relatives", "photos, stories and documents you upload", "notes and comments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true, OthersConsent: true,
		Visibility: policy.VisibilityOptional, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	records := &policy.Category{ID: "records", Name: "Historical records", Items: []string{"census, birth, marriage, death, immigration and military records", "newspapers and yearbooks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic, policy.SourceThirdParty}, SourceDetail: "archives, governments, libraries and other record holders",
		Retention: policy.Indefinitely(), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	sample := &policy.Category{ID: "sample", Name: "Saliva sample", Items: []string{"saliva sample and the DNA extracted from it"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until the sample is processed, or longer if you agree that we store it; you may ask us to destroy it at any time"),
		CCPA:      []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	genetic := &policy.Category{ID: "genetic", Name: "Genetic information", Items: []string{"DNA data", "ethnicity estimate", "DNA matches and shared DNA"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{sample}, Linked: true,
		Retention:   policy.Until(policy.EventDeletionRequest),
		CCPA:        []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo},
		Commitments: []policy.Commitment{policy.CommitmentNoDisclosureWithoutConsent}}
	matchProfile := &policy.Category{ID: "matches", Name: "DNA match profile", Items: []string{"display name", "shared DNA and predicted relationship", "linked family tree"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{genetic}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, Retention: policy.Until(policy.EventConsentWithdrawal),
		CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	surveys := &policy.Category{ID: "surveys", Name: "Survey answers", Items: []string{"answers to optional surveys on traits, health and family history"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	usage := &policy.Category{ID: "usage", Name: "Technical and usage information", Items: []string{"IP address", "device and browser", "searches and pages viewed", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to run, secure and improve the services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	lab := &policy.Recipient{ID: "lab", Name: "our contracted DNA laboratory", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{sample, genetic}, Purpose: "to extract and analyse DNA from your sample, which reaches it with an activation code and no name"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payment, shipping and customer support", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, trees, genetic, usage}}
	members := &policy.Recipient{ID: "members", Name: "DNA matches: other members who have also turned on DNA matches", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{matchProfile}, Purpose: "you have turned on DNA matches in your DNA settings"}
	researchers := &policy.Recipient{ID: "research", Name: "research partners, such as universities", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{genetic, surveys}, Purpose: "you have agreed to the Informed Consent to Research; they receive coded data without your name"}
	ads := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{usage}, Purpose: "to show and measure our advertising, never with DNA data"}

	collections := &policy.Purpose{ID: "collections", Name: "Building and publishing historical record collections", Categories: []*policy.Category{records},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preserving historical records and making them searchable for family history research"}
	service := &policy.Purpose{ID: "service", Name: "Providing the family history services", Categories: []*policy.Category{account, trees, records},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need your name and email address for an account, and payment details for a subscription"}
	dna := &policy.Purpose{ID: "dna", Name: "Processing your DNA test and giving you your results", Categories: []*policy.Category{account, sample, genetic},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Withdraw:   "by deleting your DNA test results in your DNA settings",
		Recipients: []*policy.Recipient{lab, providers},
		Required:   "the test cannot be processed without your sample and an activated kit"}
	matching := &policy.Purpose{ID: "matching", Name: "Showing you your DNA matches", Categories: []*policy.Category{matchProfile, genetic},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by turning DNA matches off in your DNA settings", OptOut: true,
		Recipients: []*policy.Recipient{members}}
	research := &policy.Purpose{ID: "research", Name: "Research under the Informed Consent to Research", Categories: []*policy.Category{genetic, surveys},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, EthicsApproval: true,
		Withdraw:   "in your DNA settings; data already used in research cannot be withdrawn from it",
		Recipients: []*policy.Recipient{researchers}, OptOut: true,
		Required: "taking part in research is voluntary; your results are the same either way"}
	storage := &policy.Purpose{ID: "storage", Name: "Storing your DNA sample", Categories: []*policy.Category{sample},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, OptOut: true,
		Withdraw: "by asking us to destroy your sample, in your DNA settings or by contacting member services"}
	improve := &policy.Purpose{ID: "improve", Name: "Securing and improving the services", Categories: []*policy.Category{account, usage, trees},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping the services secure and developing new features", Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Marketing and advertising our services", Categories: []*policy.Category{account, usage},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "with the unsubscribe link in every email or in the cookie preferences", OptOut: true, Recipients: []*policy.Recipient{ads}}

	all := []*policy.Category{account, trees, records, sample, genetic, matchProfile, surveys, usage}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Ancestry.com Operations Inc.", Address: "Lehi, Utah, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: regionIE, Contact: policy.Contact{Name: "Ancestry Ireland Unlimited Company", Address: "Dublin, Ireland", Email: "privacy@ancestry.example"}, ControllerFor: regionEU},
		},
		Version: "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		Laws:        []policy.Law{policy.CCPA, policy.GDPR, policy.UKGDPR},
		Scope:       []string{"Ancestry, AncestryDNA and our other websites and apps"},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  all,
		Purposes:    []*policy.Purpose{service, collections, dna, matching, research, storage, improve, marketing},
		Recipients:  []*policy.Recipient{lab, providers, members, researchers, ads},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: all, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionUS, Categories: all, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://ancestry.example/transparency",
				Note: "We do not give law enforcement access to our DNA database or to member data without valid legal process, and we resist requests where we can."},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{genetic, matchProfile, surveys, sample}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Deleting your DNA results also ends your DNA matches and your part in future research; data already used in research stays in it."},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, trees, usage}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				SharedCopies: true, Kept: []policy.KeptReason{policy.KeptLegalObligation}},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{usage}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: ads, Purpose: marketing, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in your account settings or by contacting member services"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}, policy.Right{Kind: policy.RightOptOutOfSale}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAInternetActivity},
			OptOutURL: "https://ancestry.example/your-privacy-choices", SensitiveUse: policy.AnswerNo,
			RequestMethods: []string{"account settings", "the privacy request form", "email"}, OnlineOnly: true},
		Security: []policy.Measure{
			{Kind: policy.MeasurePseudonymisation, Description: "Samples reach the laboratory with an activation code, and DNA data is stored apart from your name."},
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl, Description: "You can turn on two-step verification."},
			{Kind: policy.MeasureBreachNotification},
		},
		Links:    policy.Links{RequestForm: "https://ancestry.example/privacy-request", CookieSettings: "https://ancestry.example/cookie-preferences"},
		Children: policy.Children{MinimumAge: 18, Note: "A parent or guardian may submit a DNA sample of a minor for whom they are legally responsible."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@ancestry.example"},
	}
	return realPolicy{"genealogy service (Ancestry)", p, []statement{
		{says: "Ancestry.com Operations Inc. in Utah is responsible for the data of members in the US", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionUS }},
		{says: "Ancestry Ireland Unlimited Company is the controller for members outside the US", typed: func(p *policy.Policy) bool {
			return p.Establishments[0].ControllerFor == regionEU
		}},
		{says: "the statement covers Ancestry, AncestryDNA and our other websites and apps", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "we collect your name, email, payment details, gender and date of birth", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth")
		}},
		{says: "your family tree holds information about you and your living and deceased relatives", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("trees").Sources, policy.SourceOtherUsers)
		}},
		{says: "you must have the right to share what you upload about others", typed: func(p *policy.Policy) bool { return p.Category("trees").OthersConsent }},
		{says: "you choose whether your tree is public or private", typed: func(p *policy.Policy) bool { return p.Category("trees").Visibility == policy.VisibilityOptional }},
		{says: "living people in a public tree are shown to others only as private", free: toCategory("trees")},
		{says: "you may invite others to see or edit your tree", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("trees").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "we collect historical records from archives, governments and other record holders, which may name you or your relatives", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("records").Sources, policy.SourcePublic) && p.Category("records").SourceDetail != ""
		}},
		{says: "historical records are kept as part of our collections", typed: func(p *policy.Policy) bool { return p.Category("records").Retention == policy.Indefinitely() }},
		{says: "we build and publish record collections in our interest in preserving history and making it searchable", typed: func(p *policy.Policy) bool {
			return p.Purpose("collections").Interest != ""
		}},
		{says: "if you take the AncestryDNA test we process your saliva sample and genetic data on your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("dna").HasBasis(policy.BasisExplicitConsent) && p.Category("genetic").DerivedFrom[0] == p.Category("sample")
		}},
		{says: "the laboratory receives your sample with an activation code and no name", typed: func(p *policy.Policy) bool {
			return recipient(p, "lab").Role == policy.RoleProcessor && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "you choose whether we store your sample or destroy it, and may ask us to destroy it later", typed: func(p *policy.Policy) bool {
			return p.Purpose("storage").RestsOnConsent() && p.Category("sample").Retention.Criteria != ""
		}},
		{says: "only if you turn on DNA matches do other members who also turned them on see you as a match", typed: func(p *policy.Policy) bool {
			return recipient(p, "members").Conditional && slices.Contains(p.Category("matches").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "DNA results may reveal unexpected relationships, such as unknown relatives or misattributed parentage", free: toPurpose("matching")},
		{says: "research under the Informed Consent to Research is optional and separate from the test", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").ConsentMethod == policy.ConsentMethodWritten && p.Purpose("research").Required != ""
		}},
		{says: "the research project is reviewed by an ethics board", typed: func(p *policy.Policy) bool { return p.Purpose("research").EthicsApproval }},
		{says: "research partners receive coded data without your name", typed: func(p *policy.Policy) bool { return recipient(p, "research").Conditional }},
		{says: "withdrawing research consent stops future research but not research already done", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").Withdraw != ""
		}},
		{says: "you may answer optional surveys about traits, health and family history", typed: func(p *policy.Policy) bool {
			return p.Category("surveys").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "we do not share your DNA data with insurers, employers or third-party genetic databases without your consent", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("genetic").Commitments, policy.CommitmentNoDisclosureWithoutConsent)
		}},
		{says: "we do not give law enforcement access without valid legal process, resist where we can, and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d.ReportURL != "" && d.Note != ""
		}},
		{says: "we tell members of a request for their data unless the law forbids it", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess).Notice }},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool { return p.CCPA.Sold == policy.AnswerNo }},
		{says: "we share usage data with advertising partners, never DNA data, and you may opt out", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale)
		}},
		{says: "we treat Global Privacy Control as an opt-out", typed: func(p *policy.Policy) bool { return p.Signals.GlobalPrivacyControl == policy.AnswerYes }},
		{says: "we secure and improve the services on our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "marketing emails and advertising cookies rest on your consent", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").RestsOnConsent() }},
		{says: "service providers host, bill, ship and support for us", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "data is processed in the US, and transfers from the EU and the UK rest on the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Origin == regionGB
		}},
		{says: "a buyer of the business may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "you can delete your DNA results at any time, and we delete them within 30 days", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && slices.Contains(p.Deletion[0].Categories, p.Category("genetic"))
		}},
		{says: "if you close your account, trees you shared may stay in copies others saved", typed: func(p *policy.Policy) bool { return p.Deletion[1].SharedCopies }},
		{says: "you may access, download, correct and delete your data and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "an authorised agent may make a request for you", typed: func(p *policy.Policy) bool { return p.Requests.Agents == policy.AnswerYes }},
		{says: "no decision about you is made by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we encrypt data and you can turn on two-step verification", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionAtRest) }},
		{says: "you must be 18 to have an account or take the DNA test, and a parent may test a minor in their care", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.Note != ""
		}},
		{says: "we tell you of material changes by email or on the site", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "questions go to the privacy address", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}
