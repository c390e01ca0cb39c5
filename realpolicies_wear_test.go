package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// wearables paraphrases, in our own words and as we recall it, the privacy
// policy of Garmin (Garmin Ltd. and its subsidiaries) for its wearables,
// Garmin Connect and its websites, as published in 2024-2025: Garmin
// International, Inc. in the United States is the controller, with
// Garmin Würzburg GmbH for the European Economic Area and Garmin (Europe)
// Ltd. for the United Kingdom; watches and scales record activities with
// GPS and health data such as heart rate, sleep, stress, blood oxygen and
// women's health, which Garmin Connect processes only with explicit
// consent; LiveTrack, incident detection and inReach SOS share location
// with the people and the emergency centre the user chooses; users may
// connect other apps and corporate wellness programmes; advertising
// cookies on the websites need consent. It declares the GDPR, the UK GDPR
// and the CCPA.
func wearables() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "password", "country and language"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	profile := &policy.Category{ID: "profile", Name: "Profile and fitness profile", Items: []string{"display name and profile photo", "location and biography", "gender, date of birth, height and weight", "activity level"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityOptional, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	activities := &policy.Category{ID: "activities", Zones: policy.ZonesHidden, Name: "Activities and location", Items: []string{"GPS tracks of your activities", "distance, pace, speed and elevation", "courses and workouts", "laps and training load"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityOptional, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	health := &policy.Category{ID: "health", Name: "Health and wellness data", Items: []string{"heart rate and heart rate variability", "sleep", "stress and Body Battery", "respiration and blood oxygen (Pulse Ox)",
		"steps, calories and intensity minutes", "weight and body composition from Index scales", "blood pressure from Index BPM", "ECG recordings"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "apps you connect, such as a nutrition app that sends the calories you eat",
		Retention:    policy.WhileAccountActive(policy.Period{}), Linked: true,
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse},
		CCPA:        []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	womens := &policy.Category{ID: "womens-health", Name: "Women's health data", Items: []string{"menstrual cycle dates and symptoms", "pregnancy and due date", "menopause symptoms"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse, policy.CommitmentNoDisclosureWithoutConsent},
		CCPA:        []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	devices := &policy.Category{ID: "devices", Name: "Device information", Items: []string{"device model and serial number", "software version", "identifiers of the phone the device pairs with", "IP address", "crash and diagnostic logs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	safetyContacts := &policy.Category{ID: "safety-contacts", Name: "Emergency contacts", Items: []string{"names, phone numbers and email addresses of the emergency contacts you add"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Retention: policy.Until(policy.EventDeletionRequest), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases and subscriptions", Items: []string{"orders in the Garmin store", "billing and shipping address", "Connect IQ store purchases", "Garmin Connect+ and inReach subscriptions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment processors",
		Retention: policy.AsRequiredBy("tax and commercial law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	support := &policy.Category{ID: "support", Name: "Customer support", Items: []string{"what you tell customer support", "recordings of support calls", "repair and warranty requests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(3)), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	web := &policy.Category{ID: "web", Name: "Website and advertising data", Items: []string{"cookie identifiers", "pages you visit on our websites", "how you respond to our emails and ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	group := &policy.Recipient{ID: "group", Name: "Garmin Ltd. and its subsidiaries", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, profile, activities, health, womens, devices, safetyContacts, purchases, support}, Purpose: "to run Garmin Connect and support you in your country"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, shipping and customer support", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, devices, purchases, support}}
	contacts := &policy.Recipient{ID: "contacts", Name: "the emergency contacts and LiveTrack followers you choose", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, activities}, Purpose: "to follow your location live during an activity, or to be told where you are if your device detects an incident"}
	emergency := &policy.Recipient{ID: "emergency", Name: "the international emergency response coordination centre", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, activities, safetyContacts}, Conditional: true, Purpose: "you send an SOS from an inReach device, and it alerts rescue services"}
	apps := &policy.Recipient{ID: "apps", Name: "apps and services you connect, such as training and nutrition apps", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{activities, health}, Purpose: "to receive the data you authorise them to receive, under their own privacy policies"}
	wellness := &policy.Recipient{ID: "wellness", Name: "wellness programme sponsors, such as an employer or insurer", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, health}, Conditional: true, Purpose: "you join a wellness programme they offer through Garmin and agree to share your data with them"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{web}}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and public authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, activities, devices, purchases}, Conditional: true, Purpose: "the law requires us, such as by a court order or a subpoena"}

	service := &policy.Purpose{ID: "service", Name: "Providing Garmin Connect and syncing your devices", Categories: []*policy.Category{account, profile, activities, devices, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "you must give a name, an email address and a password to create a Garmin account; without them you can use a device but not Garmin Connect"}
	insights := &policy.Purpose{ID: "health", Name: "Showing your health and wellness statistics and insights", Categories: []*policy.Category{health, womens},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in the privacy settings of Garmin Connect or in the Account Management Center",
		ConsentMethod: policy.ConsentMethodCheckbox, Recipients: []*policy.Recipient{group},
		Required: "health data is optional; without your consent Garmin Connect does not store it and the features that depend on it do not work"}
	social := &policy.Purpose{ID: "social", Name: "Connections, groups, challenges and leaderboards", Categories: []*policy.Category{profile, activities},
		Bases: []policy.Basis{policy.BasisContract}, Required: "what others see is up to you, in the privacy settings of each activity and of your profile"}
	safety := &policy.Purpose{ID: "safety", Name: "LiveTrack, incident detection and inReach SOS", Categories: []*policy.Category{account, activities, safetyContacts},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisVitalInterests}, Recipients: []*policy.Recipient{contacts, emergency},
		Required: "the features are optional; without emergency contacts no one is alerted"}
	connected := &policy.Purpose{ID: "connected", Name: "Sharing data with apps and programmes you connect", Categories: []*policy.Category{activities, health},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by disconnecting the app or leaving the programme in Garmin Connect",
		Recipients: []*policy.Recipient{apps, wellness}}
	research := &policy.Purpose{ID: "research", Name: "Using your data in product research and development", Categories: []*policy.Category{activities, health, devices},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in the privacy settings of Garmin Connect", ConsentMethod: policy.ConsentMethodCheckbox}
	improve := &policy.Purpose{ID: "improve", Name: "Fixing problems and improving our products", Categories: []*policy.Category{devices, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "finding and fixing faults in our devices and apps", OptOut: true}
	secure := &policy.Purpose{ID: "security", Name: "Keeping accounts and services secure", Categories: []*policy.Category{account, devices},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting accounts and services from fraud and attacks", Recipients: []*policy.Recipient{providers}}
	helping := &policy.Purpose{ID: "support", Name: "Answering support requests and handling repairs and warranties", Categories: []*policy.Category{support, account, purchases, devices},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need your contact details and the device's serial number to answer a request or repair a device"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you news and offers by email", Categories: []*policy.Category{account, web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email or in the Account Management Center", ConsentMethod: policy.ConsentMethodCheckbox}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you our ads on other websites and measuring them", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie preferences", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our websites are used", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie preferences", ConsentMethod: policy.ConsentMethodConsentTool}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping records and meeting legal obligations", Categories: []*policy.Category{purchases, account},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Handelsgesetzbuch (HGB), § 257, and Abgabenordnung (AO), § 147", Region: regionDE}, {Act: "the Taxes Management Act 1970", Region: regionGB}}}

	all := []*policy.Category{account, profile, activities, health, womens, devices, safetyContacts, purchases, support, web}
	dpf := func(origin language.Region) policy.Transfer {
		return policy.Transfer{Origin: origin, Destination: regionUS, Recipient: group, Categories: []*policy.Category{account, profile, activities, health, womens, devices, safetyContacts, purchases, support},
			Safeguard: policy.SafeguardDataPrivacyFramework}
	}
	p := &policy.Policy{
		Scope:      []string{"Garmin devices", "Garmin Connect", "the Connect IQ store", "Garmin's websites"},
		Controller: policy.Controller{Contact: policy.Contact{Name: "Garmin International, Inc.", Email: "privacy@garmin.example", Address: "1200 East 151st Street, Olathe, Kansas, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: regionDE, Contact: policy.Contact{Name: "Garmin Würzburg GmbH", Address: "Beethovenstraße 1a, Würzburg, Germany", Email: "euprivacy@garmin.example"}, ControllerFor: regionEU},
			{Region: regionGB, Contact: policy.Contact{Name: "Garmin (Europe) Ltd.", Address: "Southampton, United Kingdom", Email: "euprivacy@garmin.example"}, ControllerFor: regionGB},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "euprivacy@garmin.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  all,
		Storage:     []policy.Storage{{Location: regionUS}},
		NotCollected: []policy.Exclusion{
			{ID: "card-number", Name: "the card numbers you add to Garmin Pay", Category: purchases, Note: "Your card issuer replaces them with a token that only the device holds."},
		},
		Purposes:   []*policy.Purpose{service, insights, social, safety, connected, research, improve, secure, helping, marketing, ads, analytics, legal},
		Recipients: []*policy.Recipient{group, providers, contacts, emergency, apps, wellness, adPartners, authorities},
		Transfers: []policy.Transfer{
			dpf(regionEU), dpf(regionGB),
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, devices, purchases, support}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionGB, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, devices, purchases, support}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask our data protection officer for a copy of the addendum."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)),
				Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in the Account Management Center or with the privacy request form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or the cookie preferences"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, OptOutURL: "https://www.garmin.example/privacy-choices",
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			RequestMethods: []string{"the privacy request form", "our toll-free number"}, TollFreeNumber: "1-800-555-0199",
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{CookieSettings: "https://www.garmin.example/cookie-preferences", RequestForm: "https://www.garmin.example/privacy-request"},
		Children: policy.Children{MinimumAge: 13, ByRegion: []policy.AgeLimit{{Region: regionEU, Age: 16}},
			ParentRequests: "in the Garmin Jr. app or by writing to privacy@garmin.example"},
		OtherNotices: []policy.Notice{
			{Covers: "consumer health data under Washington and Nevada law", URL: "https://www.garmin.example/consumer-health-data-privacy"},
			{Covers: "children's accounts that parents create in the Garmin Jr. app", URL: "https://www.garmin.example/jr-privacy"},
		},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@garmin.example"},
	}
	return realPolicy{"wearables and fitness (Garmin Connect)", p, []statement{
		{says: "Garmin International, Inc. in Olathe is the controller, Garmin Würzburg GmbH for the EEA and Garmin (Europe) Ltd. for the UK", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Establishments[0].ControllerFor == regionEU && p.Establishments[1].ControllerFor == regionGB
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "you give your name, email address, password and country to create a Garmin account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "email address") && p.Purpose("service").Required != ""
		}},
		{says: "you may add a profile photo, gender, birth date, height and weight, which improve calorie and fitness estimates", typed: func(p *policy.Policy) bool {
			return p.Category("profile").Visibility == policy.VisibilityOptional
		}},
		{says: "your device records activities with GPS, including distance, pace and elevation", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("activities").Sources, policy.SourceAutomatic) && slices.Contains(p.Category("activities").CCPA, policy.CCPAGeolocation)
		}},
		{says: "you choose whether each activity is seen by you alone, your connections or everyone", typed: func(p *policy.Policy) bool {
			c := p.Category("activities")
			return c.Visibility == policy.VisibilityOptional && slices.Contains(c.VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "devices measure heart rate, sleep, stress, respiration, blood oxygen and more; scales and monitors add weight and blood pressure", typed: func(p *policy.Policy) bool {
			return len(p.Category("health").Items) == 8
		}},
		{says: "health data is a special category that we process only with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial && p.Purpose("health").RestsOn(policy.BasisExplicitConsent, policy.GDPR)
		}},
		{says: "women's health tracking stores the cycle, pregnancy and symptom data you enter", typed: func(p *policy.Policy) bool {
			return p.Category("womens-health").Sensitivity == policy.SensitivitySpecial && p.Purpose("health").Uses(p.Category("womens-health"))
		}},
		{says: "you can withdraw consent in the privacy settings, after which health features stop working", typed: func(p *policy.Policy) bool {
			return p.Purpose("health").Withdraw != "" && p.Purpose("health").Required != ""
		}},
		{says: "we never sell health data or use it for advertising, and do not disclose women's health data without your consent", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse) &&
				slices.Contains(p.Category("womens-health").Commitments, policy.CommitmentNoDisclosureWithoutConsent)
		}},
		{says: "nutrition and other apps you connect can send data into Garmin Connect", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Sources, policy.SourceThirdParty) && p.Category("health").SourceDetail != ""
		}},
		{says: "connections, groups, challenges and leaderboards show others what you choose to share", typed: func(p *policy.Policy) bool {
			return p.Purpose("social").HasBasis(policy.BasisContract)
		}},
		{says: "LiveTrack and incident detection send your location to the people you choose", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("safety").Recipients, recipient(p, "contacts"))
		}},
		{says: "an inReach SOS goes with your location to an emergency response coordination centre, which alerts rescuers", typed: func(p *policy.Policy) bool {
			return recipient(p, "emergency").Conditional && p.Purpose("safety").HasBasis(policy.BasisVitalInterests)
		}},
		{says: "we keep the names and numbers of the emergency contacts you add", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("safety-contacts").Sources, policy.SourceOtherUsers)
		}},
		{says: "apps you connect receive only the data you authorise, under their own policies, until you disconnect them", typed: func(p *policy.Policy) bool {
			return recipient(p, "apps").Role == policy.RoleThirdParty && p.Purpose("connected").Withdraw != ""
		}},
		{says: "if you join a wellness programme of your employer or insurer, it receives the data you agree to share", typed: func(p *policy.Policy) bool {
			return recipient(p, "wellness").Conditional
		}},
		{says: "we collect device identifiers, software versions and diagnostic logs", typed: func(p *policy.Policy) bool { return p.Category("devices") != nil }},
		{says: "we use diagnostics to fix and improve products, which you can turn off", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Interest != "" && p.Purpose("improve").OptOut
		}},
		{says: "with your consent, your data helps our product research", typed: func(p *policy.Policy) bool { return p.Purpose("research").HasBasis(policy.BasisExplicitConsent) }},
		{says: "we protect accounts from fraud and attacks on our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("security").Interest != "" }},
		{says: "we send marketing emails only with your consent, and every email has an unsubscribe link", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").HasBasis(policy.BasisConsent) && p.Purpose("marketing").Withdraw != ""
		}},
		{says: "we keep records of purchases, and payment processors handle payments", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "Garmin Pay cards are tokenised by the issuer and we do not keep card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("purchases") }},
		{says: "support calls may be recorded, and we need the serial number to repair a device", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("support").Items, "recordings of support calls") && p.Purpose("support").Required != ""
		}},
		{says: "Garmin Ltd.'s subsidiaries and our service providers process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we disclose data on legal process, to protect people and rights, and in a sale of the business; we may publish aggregate statistics", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "Garmin Connect data is stored in the United States", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionUS }},
		{says: "transfers to Garmin in the US rest on the Data Privacy Framework, to providers on standard clauses and the UK Addendum, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[3].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[2].Note != ""
		}},
		{says: "we keep your data while your account exists", typed: func(p *policy.Policy) bool {
			return p.Category("health").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "you can delete your account in the Account Management Center, and we delete it within 30 days", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Stages[0].Within == policy.Days(30)
		}},
		{says: "you may access, export, correct and delete your data, restrict or object to processing and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to a supervisory authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "essential cookies run the websites; analytics and advertising cookies are set only with consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "essential").StrictlyNecessary && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we do not sell personal information, but website cookies share it for cross-context advertising, which you can opt out of", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale)
		}},
		{says: "we treat Global Privacy Control as an opt-out, but do not respond to Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "Californians may know, delete and correct their information without discrimination, and may use an authorised agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "requests go through the privacy request form or a toll-free number, and we verify them through your account or email", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && len(p.Requests.Verification) == 2
		}},
		{says: "a separate notice covers consumer health data under Washington and Nevada law", typed: func(p *policy.Policy) bool { return p.OtherNotices[0].URL != "" }},
		{says: "Garmin Connect is not for children under 13, or under 16 in the EEA; parents manage children's accounts in the Garmin Jr. app", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && len(p.Children.ByRegion) == 1 && p.Children.ParentRequests != ""
		}},
		{says: "we use encryption and access controls to protect data", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "no decision with legal effects is made solely by automated means", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "the policy covers Garmin devices, Garmin Connect, the Connect IQ store and Garmin's websites", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "privacy zones hide the start and end of activities near addresses you choose", typed: func(p *policy.Policy) bool { return p.Category("activities").Zones == policy.ZonesHidden }},
		{says: "data stays on the device until it syncs with Garmin Connect, and a device used without an account keeps it there", free: toCategory("activities")},
	}}
}

// energySupplier paraphrases, in our own words and as we recall it, the
// privacy notice of Octopus Energy, a UK energy supplier, as published in
// 2024-2025: Octopus Energy Ltd in London is the controller; it reads
// smart meters monthly for bills, daily unless the customer opts out and
// half-hourly only with consent, as the supply licence requires; it keeps
// the Priority Services Register of customers who need extra help, with
// their health details, and shares it with the network operator; it
// checks credit and identity with credit reference and fraud prevention
// agencies, passes unpaid debts to collection agencies, controls electric
// cars' charging on its smart tariffs, and shares data with the industry
// bodies that run the energy market. It declares the UK GDPR.
func energySupplier() realPolicy {
	contact := &policy.Category{ID: "contact", Name: "Contact and identity details", Items: []string{"name", "supply and billing address", "email address and phone number", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(6)), Linked: true}
	account := &policy.Category{ID: "account", Name: "Account and billing information", Items: []string{"account number and tariff", "bills, payments and balance", "bank details for Direct Debit", "debts and payment plans"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceJointHolders},
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(6), From: policy.EventAccountClosure,
			Criteria: "the six years in which a claim can be brought, which tax law also asks us to keep records for"}}
	meter := &policy.Category{ID: "meter", Name: "Meter details and readings", Items: []string{"meter serial numbers and supply numbers (MPAN and MPRN)", "readings you send us", "monthly readings from your smart meter"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "meter operators, the Data Communications Company and your previous supplier", Retention: policy.WhileAccountActive(policy.Years(6)), Linked: true}
	daily := &policy.Category{ID: "daily", Name: "Daily smart meter readings", Items: []string{"how much energy you use each day"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	halfHourly := &policy.Category{ID: "half-hourly", Name: "Half-hourly smart meter readings", Items: []string{"how much energy you use in each half hour"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as your tariff and your bills need them, and no longer than you are supplied by us")}
	credit := &policy.Category{ID: "credit", Name: "Credit and fraud checks", Items: []string{"credit history and score", "county court judgments and insolvencies", "fraud markers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the credit reference agencies Experian, Equifax and TransUnion, and fraud prevention agencies such as Cifas",
		Retention: policy.WhileAccountActive(policy.Years(6)), Linked: true}
	psr := &policy.Category{ID: "psr", Name: "Priority Services Register and support needs", Items: []string{"health conditions and disabilities", "medical equipment that needs power", "communication needs", "whether you are of pensionable age or have young children", "circumstances such as bereavement or money worries you tell us about"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your network operator or water company, where you joined their register",
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	devices := &policy.Category{ID: "devices", Name: "Electric vehicle and home energy device data", Items: []string{"car make and model", "battery level and charging schedule", "data from your charger, heat pump, battery or solar panels"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceUser}, SourceDetail: "the makers of your car, charger or device, through their systems, once you link them",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Communications with us", Items: []string{"emails and messages", "recordings of phone calls", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(6)), Linked: true}
	web := &policy.Category{ID: "web", Name: "Website and app usage", Items: []string{"IP address", "device and browser", "pages visited", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	kraken := &policy.Recipient{ID: "kraken", Name: "Kraken Technologies Ltd and other Octopus Energy Group companies", Role: policy.RoleProcessor, Country: regionGB,
		Categories: []*policy.Category{contact, account, meter, daily, halfHourly, psr, devices, calls}, Purpose: "to run the platform that holds your account"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, customer messaging and meter installation", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, account, meter, calls}}
	industry := &policy.Recipient{ID: "industry", Name: "network operators, meter operators, the Data Communications Company, Elexon, Xoserve and other suppliers", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{contact, meter}, Purpose: "to connect and supply your home, install and read meters, switch your supply and settle the energy market, as the industry codes require"}
	cras := &policy.Recipient{ID: "cras", Name: "credit reference agencies (Experian, Equifax and TransUnion)", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{contact, account, credit}, Purpose: "to check your identity and credit, and to record how you pay your bills",
		NoticeURL: "https://www.experian.co.uk/crain", Retention: policy.Years(6)}
	fpas := &policy.Recipient{ID: "fpas", Name: "fraud prevention agencies such as Cifas", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{contact, credit}, Purpose: "to prevent fraud and verify your identity", Retention: policy.Years(6)}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty, Country: regionGB, Categories: []*policy.Category{contact, account},
		Conditional: true, Purpose: "you do not pay what you owe and do not agree a payment plan with us"}
	psrShare := &policy.Recipient{ID: "psr-share", Name: "your network operator and, if you agree, your water company", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{contact, psr}, Purpose: "to give you priority help in a power cut or a loss of supply"}
	neso := &policy.Recipient{ID: "neso", Name: "the National Energy System Operator", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{meter, halfHourly}, Purpose: "to pay you for the energy you save in Saving Sessions under its Demand Flexibility Service"}
	government := &policy.Recipient{ID: "government", Name: "government departments such as the Department for Work and Pensions", Role: policy.RoleAuthority, Country: regionGB,
		Categories: []*policy.Category{contact}, Purpose: "to find out whether you qualify for the Warm Home Discount and other support schemes"}
	authorities := &policy.Recipient{ID: "authorities", Name: "Ofgem, HM Revenue & Customs and the police", Role: policy.RoleAuthority, Country: regionGB,
		Categories: []*policy.Category{contact, account, calls}, Conditional: true, Purpose: "the law requires it"}
	ombudsman := &policy.Recipient{ID: "ombudsman", Name: "the Energy Ombudsman", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{contact, account, calls}, Conditional: true, Purpose: "you take a complaint about us to it"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{web}}

	licence := "the Standard Conditions of Electricity and Gas Supply Licences"
	supply := &policy.Purpose{ID: "supply", Name: "Supplying your energy, billing you and running your account", Categories: []*policy.Category{contact, account, meter, calls},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{kraken, providers, industry},
		Required: "we need your name, supply address and contact details to supply you; without them we cannot open an account"}
	dailyReads := &policy.Purpose{ID: "daily", Name: "Reading your smart meter daily for accurate bills and usage insights", Categories: []*policy.Category{daily},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "giving you accurate bills and showing you how much energy you use each day", OptOut: true,
		Recipients: []*policy.Recipient{kraken}}
	halfHourlyReads := &policy.Purpose{ID: "half-hourly", Name: "Reading your smart meter every half hour", Categories: []*policy.Category{halfHourly},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your online account or by contacting us", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: licence + ", condition 47 (smart metering: consumption data)", Region: regionGB}},
		Recipients:        []*policy.Recipient{kraken},
		Required:          "half-hourly readings are up to you, but tariffs that price each half hour, such as Agile Octopus, need them"}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Checking your identity and credit when you join, and preventing fraud", Categories: []*policy.Category{contact, account, credit},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making sure we know who our customers are, preventing fraud and lending responsibly",
		Recipients: []*policy.Recipient{cras, fpas}}
	reporting := &policy.Purpose{ID: "reporting", Name: "Telling credit reference agencies how you pay", Categories: []*policy.Category{contact, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping the industry lend responsibly", Recipients: []*policy.Recipient{cras}}
	debts := &policy.Purpose{ID: "debts", Name: "Collecting money you owe", Categories: []*policy.Category{contact, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "recovering unpaid bills", Recipients: []*policy.Recipient{collectors, cras}}
	register := &policy.Purpose{ID: "psr", Name: "Keeping the Priority Services Register and giving you extra support", Categories: []*policy.Category{psr, contact},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisExplicitConsent}, Withdraw: "by asking us to take you off the register",
		Obligations: []policy.Obligation{{Act: licence + ", condition 26 (Priority Services Register)", Region: regionGB}},
		Recipients:  []*policy.Recipient{psrShare, kraken},
		Required:    "joining is up to you; if you do not tell us your needs, we cannot give you priority help"}
	smartCharging := &policy.Purpose{ID: "smart-charging", Name: "Controlling your car's or devices' charging on smart tariffs such as Intelligent Octopus Go", Categories: []*policy.Category{devices, halfHourly},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{kraken},
		Required: "we cannot schedule your charging without access to your car or charger, so you cannot join the tariff without linking it"}
	flex := &policy.Purpose{ID: "saving-sessions", Name: "Paying you for using less energy at peak times in Saving Sessions", Categories: []*policy.Category{meter, halfHourly},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{neso}}
	schemes := &policy.Purpose{ID: "schemes", Name: "Applying the Warm Home Discount and other government schemes", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{government},
		Obligations: []policy.Obligation{{Act: "the Warm Home Discount (England and Wales) Regulations 2022", Region: regionGB}}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our tariffs, products and offers", Categories: []*policy.Category{contact, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling customers about products and tariffs like those they already have", OptOut: true}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing our ads on other websites and measuring them", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Training our staff and improving our service", Categories: []*policy.Category{calls, web},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making sure we treat customers well and improving how we work"}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting our legal and regulatory obligations and keeping records", Categories: []*policy.Category{contact, account, meter, calls},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities, ombudsman},
		Obligations: []policy.Obligation{{Act: "the Electricity Act 1989, the Gas Act 1986 and " + licence, Region: regionGB}, {Act: "the Taxes Management Act 1970", Region: regionGB}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Octopus Energy Ltd", Email: "hello@octopus.example", Address: "UK House, 164-182 Oxford Street, London W1D 1NN"},
			Registration: "registered in England and Wales under company number 09263424", Country: regionGB},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@octopus.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		Laws:       []policy.Law{policy.UKGDPR},
		Categories: []*policy.Category{contact, account, meter, daily, halfHourly, credit, psr, devices, calls, web},
		Storage:    []policy.Storage{{Location: regionGB}},
		Purposes:   []*policy.Purpose{supply, dailyReads, halfHourlyReads, creditCheck, reporting, debts, register, smartCharging, flex, schemes, marketing, ads, analytics, improve, legal},
		Recipients: []*policy.Recipient{kraken, providers, industry, cras, fpas, collectors, psrShare, neso, government, authorities, ombudsman, adPartners},
		Transfers: []policy.Transfer{{Origin: regionGB, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{contact, account, meter, calls},
			Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our data protection officer for a copy of the agreement."}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: supply, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)),
				Consent: policy.CookieConsentOptIn},
			{ID: "marketing", Name: "marketing cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{web},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("in your online account or by writing to dpo@octopus.example"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		Redress: []policy.Redress{{Kind: policy.RedressDisputeResolution, Region: regionGB,
			Contact: policy.Contact{Name: "Energy Ombudsman", Website: "https://www.energyombudsman.org"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege},
			{Kind: policy.MeasurePrivateNetwork, Description: "Smart meters send readings over the Data Communications Company's network."}},
		Links:    policy.Links{CookieSettings: "https://octopus.example/cookies"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dpo@octopus.example"},
	}
	return realPolicy{"energy supplier (Octopus Energy)", p, []statement{
		{says: "Octopus Energy Ltd in London, registered in England and Wales, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionGB && p.Controller.Registration != ""
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "you give your name, supply address, contact details and date of birth when you join", typed: func(p *policy.Policy) bool { return len(p.Category("contact").Items) == 4 }},
		{says: "we cannot supply you without your name, address and contact details", typed: func(p *policy.Policy) bool { return p.Purpose("supply").Required != "" }},
		{says: "we hold your bills, payments, Direct Debit details and any debt", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "bank details for Direct Debit")
		}},
		{says: "joint account holders can see the account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").VisibleTo, policy.AudienceJointHolders)
		}},
		{says: "meter details and readings come from you, your smart meter, meter operators and your previous supplier", typed: func(p *policy.Policy) bool {
			c := p.Category("meter")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != ""
		}},
		{says: "we read smart meters monthly to bill you", typed: func(p *policy.Policy) bool {
			return p.Purpose("supply").Uses(p.Category("meter")) && p.Purpose("supply").HasBasis(policy.BasisContract)
		}},
		{says: "we collect daily readings unless you opt out", typed: func(p *policy.Policy) bool {
			return p.Purpose("daily").OptOut && p.Purpose("daily").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we collect half-hourly readings only with your consent, which you can withdraw at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("half-hourly").HasBasis(policy.BasisConsent) && p.Purpose("half-hourly").Withdraw != ""
		}},
		{says: "our supply licence requires that consent for half-hourly readings, and we record it", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("half-hourly").ConsentRequiredBy) == 1 && p.Purpose("half-hourly").ConsentLogged
		}},
		{says: "tariffs such as Agile Octopus need half-hourly readings", typed: func(p *policy.Policy) bool { return p.Purpose("half-hourly").Required != "" }},
		{says: "we check your identity and credit with credit reference agencies when you join", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Interest != "" && slices.Contains(p.Purpose("credit").Recipients, recipient(p, "cras"))
		}},
		{says: "the credit reference agencies explain their own use of data in their information notice", typed: func(p *policy.Policy) bool { return recipient(p, "cras").NoticeURL != "" }},
		{says: "we share data with fraud prevention agencies, which may keep it for up to six years", typed: func(p *policy.Policy) bool { return recipient(p, "fpas").Retention == policy.Years(6) }},
		{says: "we tell credit reference agencies how you pay your bills", typed: func(p *policy.Policy) bool { return p.Purpose("reporting").Interest != "" }},
		{says: "if you do not pay or agree a plan, we may pass the debt to a collection agency", typed: func(p *policy.Policy) bool { return recipient(p, "collectors").Conditional }},
		{says: "with your explicit consent we record health conditions and other needs on the Priority Services Register", typed: func(p *policy.Policy) bool {
			return p.Category("psr").Sensitivity == policy.SensitivitySpecial && p.Purpose("psr").RestsOn(policy.BasisExplicitConsent, policy.UKGDPR)
		}},
		{says: "our licence requires us to keep a Priority Services Register", typed: func(p *policy.Policy) bool {
			return p.Purpose("psr").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && len(p.Purpose("psr").Obligations) == 1
		}},
		{says: "we share the register with your network operator and, if you agree, your water company", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("psr").Recipients, recipient(p, "psr-share"))
		}},
		{says: "you can leave the register at any time, and joining is up to you", typed: func(p *policy.Policy) bool {
			return p.Purpose("psr").Withdraw != "" && p.Purpose("psr").Required != ""
		}},
		{says: "on smart tariffs we receive data from your car or charger maker to schedule charging", typed: func(p *policy.Policy) bool {
			return p.Category("devices").SourceDetail != "" && p.Purpose("smart-charging").Required != ""
		}},
		{says: "for Saving Sessions we share your readings with the National Energy System Operator", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("saving-sessions").Recipients, recipient(p, "neso"))
		}},
		{says: "we match your details with the government for the Warm Home Discount", typed: func(p *policy.Policy) bool {
			return p.Purpose("schemes").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "we share data with network and meter operators, industry bodies and other suppliers when you switch", typed: func(p *policy.Policy) bool {
			return recipient(p, "industry").Purpose != ""
		}},
		{says: "Kraken Technologies and our group companies run our platform on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "kraken").Role == policy.RoleProcessor }},
		{says: "some service providers are outside the UK, protected by the International Data Transfer Agreement, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[0].Note != ""
		}},
		{says: "we record calls to train staff and improve our service", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("calls").Items, "recordings of phone calls") && p.Purpose("improve").Uses(p.Category("calls"))
		}},
		{says: "we send you news about our products, and you can unsubscribe at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "essential cookies run the site; analytics and marketing cookies need your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "essential").StrictlyNecessary && cookie(p, "marketing").Consent == policy.CookieConsentOptIn
		}},
		{says: "we disclose data to regulators, the police and the Ombudsman where the law requires, and in a sale of the business", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && recipient(p, "ombudsman").Conditional && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep account records for six years after you leave", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Period == policy.Years(6) && p.Category("account").Retention.From == policy.EventAccountClosure
		}},
		{says: "you may access, correct, delete and move your data, restrict or object to processing and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "you may take a complaint about us to the Energy Ombudsman", typed: func(p *policy.Policy) bool {
			return p.Redress[0].Kind == policy.RedressDisputeResolution
		}},
		{says: "we check who you are through your account or details only you know, and answer within a month", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Deadline == policy.Months(1)
		}},
		{says: "we make no decisions about you solely by automated means", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "account holders must be 18 or over", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we protect data with encryption and access limited to staff who need it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege)
		}},
		{says: "we tell you of important changes by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 1 }},
		// Free text.
		{says: "readings belong to the meter, so the next occupier's supplier receives them but not your details", free: toCategory("meter")},
		{says: "if you do not pay, we may fit a prepayment meter or switch your smart meter to prepayment mode, only after checking your circumstances", free: toPurpose("debts")},
		{says: "smart meters send readings over the Data Communications Company's secure network, not the internet", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasurePrivateNetwork) }},
	}}
}
