package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var regionKR = language.MustParseRegion("KR")

// addToCategory adds text to the description of the category id, after
// what the description already says.
func addToCategory(id string) func(*policy.Policy, string) {
	return func(p *policy.Policy, text string) {
		p.Category(id).Description = addSentence(p.Category(id).Description, text)
	}
}

// homeCamera paraphrases, in our own words and as we recall it, the
// privacy notice of a maker of smart home security cameras and video
// doorbells in the manner of Ring, an Amazon company, as published in
// 2024: a US company whose devices record video and audio of the owner's
// home and of whoever passes in front of it, which the owner can store in
// the cloud for a period the owner chooses, encrypt end to end, mask with
// privacy zones, and post to the Neighbors app; it answers police only on
// legal process or in an emergency. It declares the GDPR, the UK GDPR, the
// CCPA and the other US state privacy laws.
func homeCamera() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account and contact information", Items: []string{"name", "email address", "phone number", "postal address of the devices", "password", "payment details for Ring Protect"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device information", Items: []string{"device model and serial number", "MAC and IP address", "Wi-Fi signal strength", "battery level", "device settings, including motion zones and privacy zones", "event logs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	recordings := &policy.Category{ID: "recordings", Zones: policy.ZonesNotRecorded, Name: "Video and audio recordings", Items: []string{"videos and sound the devices record on motion or a doorbell press", "snapshots", "Live View streams", "the time and kind of each event"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceOtherUsers}, Linked: true, OthersConsent: true,
		VisibleTo:  []policy.Audience{policy.AudienceSharedAccountUsers},
		Retention:  policy.Keep(policy.Days(60), policy.EventCollection),
		AutoDelete: []policy.Period{policy.Days(1), policy.Days(3), policy.Days(7), policy.Days(14), policy.Days(30)},
		CCPA:       []policy.CCPACategory{policy.CCPASensoryData}}
	posts := &policy.Category{ID: "posts", Name: "Posts in the Neighbors app", Items: []string{"videos, photos and text you post", "comments", "the approximate location of a post"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPASensoryData, policy.CCPAGeolocation}}
	location := &policy.Category{ID: "location", Name: "Precise location of your phone", Items: []string{"the location of your phone, for features that arm or disarm your devices as you leave or come home"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	support := &policy.Category{ID: "support", Name: "Support communications", Items: []string{"what you tell our support team", "call recordings", "recordings you choose to share for troubleshooting"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	usage := &policy.Category{ID: "usage", Name: "App and website usage", Items: []string{"IP address", "device and browser", "features used and pages visited", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, customer support and delivery", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, device, recordings, support, usage}, Country: regionUS}
	amazon := &policy.Recipient{ID: "amazon", Name: "Amazon.com, Inc. and its affiliates", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, device, usage}, Country: regionUS, Purpose: "to host the services, handle payments and support you"}
	integrations := &policy.Recipient{ID: "integrations", Name: "services you link to your account, such as Alexa and partner smart home apps", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{device, recordings}, Conditional: true, Purpose: "you link the service to your Ring account, under its own terms"}
	emergency := &policy.Recipient{ID: "emergency", Name: "emergency services", Role: policy.RoleAuthority, Categories: []*policy.Category{account}, Conditional: true,
		Purpose: "you subscribe to professional alarm monitoring, and the monitoring centre dispatches help"}

	service := &policy.Purpose{ID: "service", Name: "Providing the devices, the app and Ring Protect", Categories: []*policy.Category{account, device, recordings},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, amazon, integrations},
		Required: "we need your contact details and the devices' address to set up your devices; without a subscription, recordings are not stored"}
	alerts := &policy.Purpose{ID: "alerts", Name: "Sending motion and person alerts from your recordings", Categories: []*policy.Category{recordings, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}}
	neighbors := &policy.Purpose{ID: "neighbors", Name: "Running the Neighbors app", Categories: []*policy.Category{posts, account},
		Bases: []policy.Basis{policy.BasisContract}, Required: "you choose whether to post; nothing is posted for you"}
	geofence := &policy.Purpose{ID: "geofence", Name: "Arming and disarming your devices by your phone's location", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your phone's location settings or the app's settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	monitoring := &policy.Purpose{ID: "monitoring", Name: "Professional alarm monitoring", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{emergency}, Regions: []language.Region{regionUS}}
	helpdesk := &policy.Purpose{ID: "support", Name: "Answering support requests", Categories: []*policy.Category{support, account, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "you choose what to tell us, but without it we may not be able to help you"}
	improve := &policy.Purpose{ID: "improve", Name: "Improving our products and services", Categories: []*policy.Category{device, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how our devices perform and are used, so that we can make them better"}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping accounts secure and preventing fraud and misuse", Categories: []*policy.Category{account, device, usage, posts},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our customers' accounts and keeping the Neighbors app free of abuse"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and offers", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email or in the app's settings", OptOut: true, Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring the use of our websites", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie preferences", ConsentMethod: policy.ConsentMethodConsentTool}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Ring LLC", Address: "Santa Monica, California, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.January, 24), Updated: policy.MakeDate(2024, time.January, 24),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA, policy.USStates},
		Scope:       []string{"our devices, the Ring app, the Neighbors app, Ring Protect and our websites"},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing},
		Categories:  []*policy.Category{account, device, recordings, posts, location, support, usage},
		NotCollected: []policy.Exclusion{
			{ID: "faces", Name: "facial recognition data", Class: policy.DataClassBiometric, Note: "Our devices do not recognise faces."},
		},
		Purposes:   []*policy.Purpose{service, alerts, neighbors, geofence, monitoring, helpdesk, improve, safety, marketing, analytics},
		Recipients: []*policy.Recipient{providers, amazon, integrations, emergency},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, device, recordings, posts, location, support, usage}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, device, recordings, posts, location, support, usage}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://ring.example/law-enforcement-guidelines"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
		},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Months(13)),
				Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in the Control Center of the Ring app or with the privacy request form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Agents: policy.AnswerYes},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"the privacy request form", "the Control Center of the Ring app", "the toll-free number"},
			TollFreeNumber: "1-800-656-1918", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerNo,
			Appeal: policy.Appeal{How: "by replying to our answer and asking us to reconsider it", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl, Description: "Every account needs two-step verification at sign-in."},
			{Kind: policy.MeasureEndToEndEncryption, Description: "You can turn on end-to-end encryption for your videos, which then only your enrolled phone can decrypt; some features, such as video previews and shared viewing, do not work with it."}},
		Links:    policy.Links{RequestForm: "https://ring.example/privacy-request", CookieSettings: "https://ring.example/cookie-preferences"},
		Children: policy.Children{MinimumAge: 13},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@ring.example"},
	}
	return realPolicy{"home security camera maker (Ring)", p, []statement{
		{says: "Ring LLC in Santa Monica, an Amazon company, is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionUS && p.Controller.Name != "" }},
		{says: "the notice covers our devices, the Ring and Neighbors apps, Ring Protect and our websites", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "we collect account and contact information, including the address where the devices are installed", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "postal address of the devices")
		}},
		{says: "the devices send us device information: model, network, battery, settings and event logs", typed: func(p *policy.Policy) bool { return p.Category("device").Sources[0] == policy.SourceAutomatic }},
		{says: "the devices record video and audio when they detect motion or the doorbell is pressed, and stream Live View", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("recordings").CCPA, policy.CCPASensoryData)
		}},
		{says: "recordings may capture visitors, neighbours and passers-by, whose data we process as well", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("recordings").Sources, policy.SourceOtherUsers)
		}},
		{says: "you are responsible for recording others lawfully, as our terms require", typed: func(p *policy.Policy) bool { return p.Category("recordings").OthersConsent }},
		{says: "the law may require you to tell people they are recorded, and not to record beyond your property", free: toIntroduction},
		{says: "motion zones and privacy zones let you keep parts of the view, such as a neighbour's garden, from being recorded", typed: func(p *policy.Policy) bool {
			return p.Category("recordings").Zones == policy.ZonesNotRecorded
		}},
		{says: "audio recording can be turned off", free: addToCategory("recordings")},
		{says: "recordings are stored in the cloud only with a Ring Protect subscription", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "recordings are kept for 60 days by default, and you can choose a shorter period, from 1 to 30 days", typed: func(p *policy.Policy) bool {
			c := p.Category("recordings")
			return c.Retention.Period == policy.Days(60) && len(c.AutoDelete) == 5
		}},
		{says: "you can also keep recordings longer, up to 180 days, or delete them yourself at any time", free: addToCategory("recordings")},
		{says: "in the EU and the UK recordings are kept for 30 days by default", free: addToCategory("recordings")},
		{says: "shared users you invite can see your devices' recordings", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("recordings").VisibleTo, policy.AudienceSharedAccountUsers)
		}},
		{says: "posts to the Neighbors app are public, with an approximate location, and stay until you delete them", typed: func(p *policy.Policy) bool {
			return p.Category("posts").Visibility == policy.VisibilityAlways && p.Category("posts").Retention.From == policy.EventDeletionRequest
		}},
		{says: "with your permission we use your phone's location to arm and disarm your devices as you leave and come home", typed: func(p *policy.Policy) bool {
			return p.Category("location").Sensitivity == policy.SensitivitySensitive && p.Purpose("geofence").RestsOnConsent()
		}},
		{says: "we do not use facial recognition", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassBiometric }},
		{says: "support calls may be recorded and you may share recordings with support", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("support").CCPA, policy.CCPASensoryData)
		}},
		{says: "you may choose not to give us some information, but then some features or support may not be available", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Required != ""
		}},
		{says: "we provide the devices, the app and the subscription under our contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we analyse recordings to send motion and person alerts", typed: func(p *policy.Policy) bool { return p.Purpose("alerts").Uses(p.Category("recordings")) }},
		{says: "professional monitoring, in the US, passes your address to emergency services when an alarm goes off", typed: func(p *policy.Policy) bool {
			return recipient(p, "emergency").Role == policy.RoleAuthority && slices.Contains(p.Purpose("monitoring").Regions, regionUS)
		}},
		{says: "we improve our products from device and usage data in our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "we keep accounts secure and prevent fraud and abuse of the Neighbors app", typed: func(p *policy.Policy) bool { return p.Purpose("safety").Uses(p.Category("posts")) }},
		{says: "we send marketing with consent, and you can unsubscribe", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").RestsOnConsent() && p.Purpose("marketing").OptOut
		}},
		{says: "we use no human review of your videos without your permission, other than to answer a support request or a report of abuse", free: addToCategory("recordings")},
		{says: "Amazon and its affiliates host the services and handle payments for us", typed: func(p *policy.Policy) bool { return recipient(p, "amazon").Role == policy.RoleProcessor }},
		{says: "service providers process data on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "services you link, such as Alexa, receive data under their own terms", typed: func(p *policy.Policy) bool { return recipient(p, "integrations").Conditional }},
		{says: "we give police recordings only on valid legal process, tell the customer unless the law forbids it, and publish our law enforcement guidelines", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d != nil && d.Notice && d.ReportURL != ""
		}},
		{says: "in an emergency involving danger of death or serious injury we may give police what they need without legal process", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "police can no longer ask customers for videos through the Neighbors app", free: toPurpose("neighbors")},
		{says: "with end-to-end encryption only your phone can decrypt your videos, and some features stop working", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEndToEndEncryption)
		}},
		{says: "we encrypt data and require two-step verification", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionAtRest) }},
		{says: "data from the EU and the UK goes to the US under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Origin == regionGB && p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we keep account data while the account is open", typed: func(p *policy.Policy) bool { return p.Category("account").Retention.From == policy.EventAccountClosure }},
		{says: "we do not sell personal information or share it for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo && p.USStates.TargetedAdvertising == policy.AnswerNo
		}},
		{says: "you may access, correct, delete and port your data, object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "US residents may know and delete their data, appeal a refusal and are not discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.USStates.Appeal.How != ""
		}},
		{says: "requests can also be made by calling our toll-free number", typed: func(p *policy.Policy) bool { return p.CCPA.TollFreeNumber != "" }},
		{says: "analytics cookies on our websites are set only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "analytics").Consent == policy.CookieConsentOptIn }},
		{says: "the services are not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "material changes are announced by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}

// deviceMaker paraphrases, in our own words and as we recall it, the
// privacy policy of a maker of smartphones and consumer electronics in
// the manner of Samsung, as published in 2024 for its account and the
// services that run on its devices: a Korean company that runs the
// account, cloud, diagnostics, the Bixby voice assistant, the Samsung
// Health app and a customisation service that personalises content and
// advertising on a service-specific identifier, and sends data to its
// headquarters in Korea. It declares the GDPR, the UK GDPR and the CCPA.
func deviceMaker() realPolicy {
	account := &policy.Category{ID: "account", Name: "Samsung account information", Items: []string{"name", "email address", "phone number", "date of birth", "gender", "country", "password", "profile picture"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProtectedTraits, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device identifiers and settings", Items: []string{"IMEI and serial number", "model and software version", "mobile network", "device settings", "IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	diagnostics := &policy.Category{ID: "diagnostics", Name: "Diagnostic data", Items: []string{"crash and error reports", "battery and performance logs", "how often apps and features are used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to find and fix problems and improve our products"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	interests := &policy.Category{ID: "interests", Name: "Customisation profile", Items: []string{"customised service ID", "interests inferred from the apps, content and services you use", "ads you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived, policy.SourceAutomatic}, DerivedFrom: []*policy.Category{device, diagnostics},
		Tracking: true, Retention: policy.Until(policy.EventConsentWithdrawal), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInferences, policy.CCPAInternetActivity}}
	voice := &policy.Category{ID: "voice", Name: "Bixby voice data", Items: []string{"recordings of your voice commands", "their transcripts", "contacts and apps a command names"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, OnDevice: policy.OnDeviceUntilActivated, Linked: true,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	health := &policy.Category{ID: "health", Name: "Samsung Health data", Items: []string{"steps and exercise", "heart rate and blood oxygen", "sleep", "weight and body composition", "ECG and blood pressure readings"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, OnDevice: policy.OnDeviceUntilShared, Linked: true,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo},
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"your device's GPS location"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("only as long as the feature you use needs it"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	orders := &policy.Category{ID: "orders", Name: "Purchases and support", Items: []string{"products bought from our online shop", "delivery address", "payment details", "repair and support requests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment providers and repair centres", Linked: true,
		Retention: policy.AsRequiredBy("tax and consumer law"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	website := &policy.Category{ID: "website", Name: "Website usage", Items: []string{"cookie identifiers", "pages visited", "ads viewed and clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "Samsung Electronics Co., Ltd. and other Samsung companies", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, device, diagnostics, interests, voice, orders}, Country: regionKR, Purpose: "to run our services and support you around the world"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for cloud hosting, speech recognition, delivery, payments and customer support", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, device, diagnostics, voice, health, orders}, Country: regionUS}
	partners := &policy.Recipient{ID: "partners", Name: "partners whose services you use through ours, such as mobile operators and app developers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, device}, Conditional: true, Purpose: "you ask for or agree to their service"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{website, interests}, Country: regionUS}

	service := &policy.Purpose{ID: "service", Name: "Providing the Samsung account and our services", Categories: []*policy.Category{account, device, orders},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{affiliates, providers, partners},
		Required: "a Samsung account needs your email address or phone number, date of birth and password; without them we cannot create it"}
	bixby := &policy.Purpose{ID: "bixby", Name: "Carrying out Bixby voice commands", Categories: []*policy.Category{voice},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{affiliates, providers},
		Required: "Bixby is optional; without it you use the device by touch"}
	voiceReview := &policy.Purpose{ID: "voice_review", Name: "Improving speech recognition with reviewed voice recordings", Categories: []*policy.Category{voice},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in Bixby's privacy settings", OptOut: true}
	healthApp := &policy.Purpose{ID: "health", Name: "Running Samsung Health and syncing its data", Categories: []*policy.Category{health, account},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in Samsung Health's settings, or by deleting your data there", ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{providers}}
	diagnosticsUse := &policy.Purpose{ID: "diagnostics", Name: "Finding faults and improving our devices from diagnostic data", Categories: []*policy.Category{diagnostics, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off Send diagnostic data in the device's privacy settings", ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{affiliates}}
	customisation := &policy.Purpose{ID: "customisation", Name: "Personalising content, recommendations and ads with the Customization Service", Categories: []*policy.Category{interests, device, diagnostics},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the Customization Service settings, where you can also reset the customised service ID", Profiling: true,
		ConsentMethod: policy.ConsentMethodCheckbox, Recipients: []*policy.Recipient{affiliates, adPartners}}
	locationUse := &policy.Purpose{ID: "location", Name: "Location-based services, such as finding a lost device", Categories: []*policy.Category{location, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the device's location settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	security := &policy.Purpose{ID: "security", Name: "Keeping accounts and devices secure and preventing fraud", Categories: []*policy.Category{account, device, orders},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our customers and our services from fraud and misuse"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending news and offers", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link or in your Samsung account", OptOut: true, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "website_ads", Name: "Measuring our websites and advertising our products elsewhere", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping sales records as tax law requires", Categories: []*policy.Category{orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "UK tax and company law", Region: regionGB}},
		Regions: []language.Region{regionGB}, Required: "the law requires us to keep records of sales"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Samsung Electronics Co., Ltd.", Address: "Suwon, Gyeonggi-do, Republic of Korea"}, Country: regionKR},
		Representatives: []policy.Representative{
			{Region: regionGB, Contact: policy.Contact{Name: "Samsung Electronics (UK) Limited", Address: "Chertsey, Surrey, United Kingdom"}},
			{Region: regionEU, Contact: policy.Contact{Name: "Samsung Electronics Benelux B.V.", Address: "Schiphol, the Netherlands"}},
		},
		DPO:     &policy.Contact{Name: "European Data Protection Officer", Website: "https://www.samsung.example/request-desk"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Scope:       []string{"the Samsung account and the services on our devices and websites that link to this policy"},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, device, diagnostics, interests, voice, health, location, orders, website},
		Purposes:    []*policy.Purpose{service, bixby, voiceReview, healthApp, diagnosticsUse, customisation, locationUse, security, marketing, ads, legal},
		Recipients:  []*policy.Recipient{affiliates, providers, partners, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionKR, Recipient: affiliates, Categories: []*policy.Category{account, device, diagnostics, interests, voice, orders}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionGB, Destination: regionKR, Recipient: affiliates, Categories: []*policy.Category{account, device, diagnostics, interests, voice, orders}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, device, diagnostics, voice, health, orders}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask our data protection officer for a copy of the safeguards."},
			{Origin: regionGB, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, device, diagnostics, voice, health, orders}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask our data protection officer for a copy of the safeguards."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising and analytics cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{website},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your Samsung account or through our privacy request desk"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share link or a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.samsung.example/us/privacy/do-not-sell", RequestMethods: []string{"the privacy request desk", "the toll-free number"}, TollFreeNumber: "1-800-726-7864",
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureEndToEndEncryption, Description: "Samsung Health data you sync is encrypted end to end, with a key only your devices hold."}},
		Links:    policy.Links{RequestForm: "https://www.samsung.example/request-desk", CookieSettings: "https://www.samsung.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 16, ParentalConsent: true},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Website: "https://www.samsung.example/request-desk"},
	}
	return realPolicy{"smartphone and electronics maker (Samsung)", p, []statement{
		{says: "Samsung Electronics Co., Ltd. in Suwon, Korea, is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionKR }},
		{says: "Samsung Electronics (UK) Limited represents it in the UK, and a Dutch Samsung company in the EU", typed: func(p *policy.Policy) bool { return len(p.Representatives) == 2 }},
		{says: "there is a European data protection officer, reached through the privacy request desk", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Website != "" }},
		{says: "the policy covers the Samsung account and the services that link to it; some services have their own notices", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "we collect Samsung account information, including date of birth and gender", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("service").Required != ""
		}},
		{says: "we collect device identifiers such as IMEI and serial number, and settings", typed: func(p *policy.Policy) bool { return p.Category("device").Sources[0] == policy.SourceAutomatic }},
		{says: "with your consent the device sends diagnostic data: crash reports, performance logs and feature use", typed: func(p *policy.Policy) bool {
			return p.Purpose("diagnostics").RestsOnConsent() && p.Purpose("diagnostics").Uses(p.Category("diagnostics"))
		}},
		{says: "you can stop sending diagnostic data at any time in the device's settings", typed: func(p *policy.Policy) bool { return p.Purpose("diagnostics").Withdraw != "" }},
		{says: "the Customization Service infers your interests from how you use our devices and services, under a customised service ID", typed: func(p *policy.Policy) bool {
			c := p.Category("interests")
			return slices.Contains(c.Sources, policy.SourceDerived) && len(c.DerivedFrom) == 2
		}},
		{says: "with your consent we use that profile to personalise content, recommendations and ads, with our advertising partners", typed: func(p *policy.Policy) bool {
			return p.Purpose("customisation").RestsOnConsent() && p.Purpose("customisation").Profiling && slices.Contains(p.Purpose("customisation").Recipients, recipient(p, "advertising"))
		}},
		{says: "you can withdraw it and reset the customised service ID at any time", typed: func(p *policy.Policy) bool { return p.Purpose("customisation").Withdraw != "" }},
		{says: "Bixby listens only after its wake word or button, and sends your command to be processed", typed: func(p *policy.Policy) bool {
			return p.Category("voice").OnDevice == policy.OnDeviceUntilActivated
		}},
		{says: "we keep Bixby recordings until you delete them in Bixby's settings", typed: func(p *policy.Policy) bool { return p.Category("voice").Retention.From == policy.EventDeletionRequest }},
		{says: "with your consent, people review some voice recordings to improve speech recognition", typed: func(p *policy.Policy) bool { return p.Purpose("voice_review").RestsOnConsent() }},
		{says: "Samsung Health processes health data such as heart rate, sleep and ECG with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial && p.Purpose("health").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "Samsung Health data stays on your device unless you turn on sync, and synced data is end-to-end encrypted", typed: func(p *policy.Policy) bool {
			return p.Category("health").OnDevice == policy.OnDeviceUntilShared && hasMeasure(p, policy.MeasureEndToEndEncryption)
		}},
		{says: "we do not use health data for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "Samsung Health is not a medical device and its readings are no diagnosis", free: toPurpose("health")},
		{says: "with your permission we use your precise location for location-based services such as finding a lost device", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we process purchases from our shop and repair requests, with data from payment providers and repair centres", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Sources, policy.SourceThirdParty)
		}},
		{says: "we provide the account and services under our contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we keep accounts and devices secure and prevent fraud in our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("security").Interest != "" }},
		{says: "we send marketing with consent, and you can unsubscribe", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOut }},
		{says: "advertising cookies on our websites are set only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "ads").Consent == policy.CookieConsentOptIn }},
		{says: "Samsung companies, above all our headquarters in Korea, receive data to run the services", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates").Country == regionKR }},
		{says: "service providers process data for us, including cloud hosting and speech recognition", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "partners such as mobile operators and app developers receive data when you use their services through ours", typed: func(p *policy.Policy) bool { return recipient(p, "partners").Conditional }},
		{says: "data goes to Korea, which the EU and the UK consider adequate", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionKR && p.Transfers[1].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "data goes to other countries, such as the US, under standard contractual clauses, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardStandardClauses && p.Transfers[2].Note != ""
		}},
		{says: "we disclose data to authorities on legal process, to protect people and rights, in a merger, and in aggregated form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep account data while the account is open, and sales records as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Law != "" && p.Category("account").Retention.From == policy.EventAccountClosure
		}},
		{says: "you may access, correct, delete and port your data, object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we do not sell personal information, but share identifiers and inferences for targeted advertising, which Californians can opt out of, also by Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "Californians may know and delete, are not discriminated against, and may use an agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionAtRest) }},
		{says: "Samsung Knox protects the data on our devices", free: toIntroduction},
		{says: "children younger than the age of digital consent in their country need a parent's consent for a Samsung account, which the parent manages in a family group", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.MinimumAge == 16
		}},
		{says: "we announce material changes on our website or on the device", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}
