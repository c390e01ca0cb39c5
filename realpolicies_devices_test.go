package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var regionKR = language.MustParseRegion("KR")

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
	recordings := &policy.Category{ID: "recordings", Name: "Video and audio recordings", Items: []string{"videos and sound the devices record on motion or a doorbell press", "snapshots", "Live View streams", "the time and kind of each event"},
		Description: "Recordings may show people other than you, such as visitors, neighbours and passers-by.",
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceOtherUsers}, Linked: true,
		VisibleTo:  []policy.Audience{policy.AudienceSharedAccountUsers},
		Retention:  policy.Keep(policy.Days(60), policy.EventCollection),
		AutoDelete: []policy.Period{policy.Days(1), policy.Days(7), policy.Days(14), policy.Days(30), policy.Days(90), policy.Days(180)},
		CCPA:       []policy.CCPACategory{policy.CCPASensoryData}}
	posts := &policy.Category{ID: "posts", Name: "Neighbors posts", Items: []string{"videos, photos and text you post", "comments", "the approximate location of a post"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways,
		Retention: policy.Keep(policy.Period{}, policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPASensoryData, policy.CCPAGeolocation}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"the address where the devices are installed", "the location of your phone, with your permission, for location-based features"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
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
	emergency := &policy.Recipient{ID: "emergency", Name: "emergency services", Role: policy.RoleAuthority, Categories: []*policy.Category{account, location}, Conditional: true,
		Purpose: "you subscribe to professional alarm monitoring, and the monitoring centre dispatches help"}

	service := &policy.Purpose{ID: "service", Name: "Providing the devices, the app and Ring Protect", Categories: []*policy.Category{account, device, recordings, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, amazon, integrations},
		Required: "we need your contact details and the devices' address to set up your devices; without a subscription, recordings are not stored"}
	alerts := &policy.Purpose{ID: "alerts", Name: "Sending motion and person alerts from your recordings", Categories: []*policy.Category{recordings, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}}
	neighbors := &policy.Purpose{ID: "neighbors", Name: "Running the Neighbors app", Categories: []*policy.Category{posts, location},
		Bases: []policy.Basis{policy.BasisContract}, Required: "you choose whether to post; nothing is posted for you"}
	monitoring := &policy.Purpose{ID: "monitoring", Name: "Professional alarm monitoring", Categories: []*policy.Category{account, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{emergency}, Regions: []language.Region{regionUS}}
	helpdesk := &policy.Purpose{ID: "support", Name: "Answering support requests", Categories: []*policy.Category{support, account, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "you choose what to tell us, but without it we may not be able to help you"}
	improve := &policy.Purpose{ID: "improve", Name: "Improving our products and services", Categories: []*policy.Category{device, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how our devices perform and are used, so that we can make them better"}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping accounts secure and preventing fraud and misuse", Categories: []*policy.Category{account, device, usage, posts},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our customers' accounts and keeping the Neighbors app free of abuse"}
	marketing := &policy.Purpose{ID: "marketing", Name: "Telling you about our products and offers", Categories: []*policy.Category{account},
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
		Purposes:   []*policy.Purpose{service, alerts, neighbors, monitoring, helpdesk, improve, safety, marketing, analytics},
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
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"the privacy request form", "the Control Center of the Ring app"},
			OnlineOnly: true, SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
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
		{says: "you are responsible for using your devices lawfully, which may mean telling people they are recorded and not recording beyond your property", free: toIntroduction},
		{says: "motion zones and privacy zones let you keep parts of the view, such as a neighbour's garden, from being recorded, and audio recording can be turned off", free: toCategory("recordings")},
		{says: "recordings are stored in the cloud only with a Ring Protect subscription", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "recordings are kept for 60 days by default, and you can choose a shorter or longer period, from 1 to 180 days, or delete them at any time", typed: func(p *policy.Policy) bool {
			c := p.Category("recordings")
			return c.Retention.Period == policy.Days(60) && len(c.AutoDelete) == 6
		}},
		{says: "in the EU and the UK recordings are kept for 30 days by default", free: toCategory("recordings")},
		{says: "shared users you invite can see your devices' recordings", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("recordings").VisibleTo, policy.AudienceSharedAccountUsers)
		}},
		{says: "posts to the Neighbors app are public, with an approximate location, and stay until you delete them", typed: func(p *policy.Policy) bool {
			return p.Category("posts").Visibility == policy.VisibilityAlways && p.Category("posts").Retention.From == policy.EventDeletionRequest
		}},
		{says: "we use the location of your devices and, with your permission, of your phone", typed: func(p *policy.Policy) bool { return p.Category("location").Sensitivity == policy.SensitivitySensitive }},
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
		{says: "we use no human review of your videos without your permission, other than to answer a support request or a report of abuse", free: toCategory("recordings")},
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
		{says: "analytics cookies on our websites are set only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "analytics").Consent == policy.CookieConsentOptIn }},
		{says: "the services are not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "material changes are announced by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}
