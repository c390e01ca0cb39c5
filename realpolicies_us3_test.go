package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// snapMessaging paraphrases, in our own words and as we recall it, the
// privacy policy of Snap Inc. for Snapchat, as published in 2024-2025,
// with its regional notices for the European Union, the United Kingdom
// and the United States: a camera and messaging app whose Snaps and
// Chats are deleted from its servers by default once opened, whose Snap
// Map shows a user's location only to the friends they choose, whose
// Bitmoji avatars stand for users across the app and in apps they link,
// whose My AI chatbot keeps conversations until the user deletes them,
// and which gives teenagers stricter defaults and their parents a Family
// Center. Snap B.V. in the Netherlands is the controller for users in
// the EU; Snap Inc. is the controller for users in the UK, with a UK
// representative.
func snapMessaging() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"username", "display name", "password", "email address", "phone number", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	bitmoji := &policy.Category{ID: "bitmoji", Name: "Bitmoji avatar", Items: []string{"the look you choose for your Bitmoji", "its outfits and poses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	snaps := &policy.Category{ID: "snaps", Name: "Snaps and Chats", Items: []string{"photos and videos you send as Snaps", "chat messages", "voice and video calls"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Days(30), From: policy.EventCollection,
			Criteria: "our servers delete a Snap or Chat once every recipient has opened it or it has expired, and an unopened Snap after 30 days"},
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData, policy.CCPASensitivePersonalInfo}}
	stories := &policy.Category{ID: "stories", Name: "Stories", Items: []string{"Snaps you post to My Story for your friends"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Hours(24), policy.EventCollection), VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	public := &policy.Category{ID: "public", Name: "Public content", Items: []string{"Public Stories", "Spotlight videos", "Snaps submitted to the Snap Map", "your Public Profile"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityOptional,
		Retention: policy.ByCriteria("as long as you keep it public, or longer where we keep Spotlight and Snap Map submissions for a period we tell you when you submit"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	memories := &policy.Category{ID: "memories", Name: "Memories", Items: []string{"Snaps and Stories you save to Memories"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventDeletionRequest),
		CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	eyesOnly := &policy.Category{ID: "my-eyes-only", Name: "My Eyes Only", Items: []string{"Snaps you move to My Eyes Only"}, EndToEnd: true,
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventDeletionRequest),
		CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	lensData := &policy.Category{ID: "lens", Name: "Camera data for Lenses", Items: []string{"the position of your eyes, nose and mouth in the camera image", "the outline of your body and hands"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, OnDevice: policy.OnDeviceOnly}
	location := &policy.Category{ID: "location", Name: "Location information", Items: []string{"precise location from GPS, if you allow it", "approximate location from your IP address", "Wi-Fi access points and cell towers nearby"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.ByCriteria("for different periods depending on how precise the location is and which features use it"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	contacts := &policy.Category{ID: "contacts", Name: "Your phone's contact book", Items: []string{"names and phone numbers in your contact book"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventConsentWithdrawal),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	myAI := &policy.Category{ID: "my-ai", Name: "Conversations with My AI", Items: []string{"messages and Snaps you send to My AI", "My AI's replies"}, ModelGenerated: true,
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, DerivedFrom: []*policy.Category{account, location}, Linked: true,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAInferences}}
	usage := &policy.Category{ID: "usage", Name: "Usage information", Items: []string{"Lenses and filters you use", "Stories and Discover content you watch and for how long", "searches", "how you interact with friends"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, personalise and secure the services"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	device := &policy.Category{ID: "device", Name: "Device information", Items: []string{"device model and operating system", "advertising identifier and other device identifiers", "IP address", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, personalise and secure the services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	partners := &policy.Category{ID: "partners", Name: "Information from advertisers and partners", Items: []string{"actions you take on advertisers' websites and apps, sent by the Snap Pixel and our conversions tools"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "advertisers, app developers and other partners", Tracking: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to measure and personalise ads"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPACommercialInfo}}
	interests := &policy.Category{ID: "interests", Name: "Inferred interests", Items: []string{"interest categories inferred from your activity", "your likely age range"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{usage, partners, myAI}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases", Items: []string{"Snapchat+ subscriptions", "purchases of Snap Tokens and other in-app items"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the app stores that take the payment", Linked: true,
		Retention: policy.AsRequiredBy("tax and accounting law"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer support, payments and content review", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, snaps, stories, public, memories, eyesOnly, usage, device, purchases}}
	aiProviders := &policy.Recipient{ID: "ai-providers", Name: "the providers of the language models behind My AI", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{myAI}, Purpose: "to generate My AI's replies"}
	advertisers := &policy.Recipient{ID: "advertisers", Name: "advertisers and measurement partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, interests}, Purpose: "to measure how their ads perform"}
	linkedApps := &policy.Recipient{ID: "linked-apps", Name: "apps and websites you connect through Login Kit and Bitmoji Kit", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account, bitmoji}, Purpose: "you choose to log in to them with Snapchat or to use your Bitmoji there"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other public authorities", Role: policy.RoleAuthority, Conditional: true, Country: regionUS,
		Categories: []*policy.Category{account, snaps, memories, location, device}, Purpose: "they serve valid legal process on us, or someone's life is in danger"}

	service := &policy.Purpose{ID: "service", Name: "Providing Snapchat: Snaps, Chats, Stories, Memories and calls", Categories: []*policy.Category{account, bitmoji, snaps, stories, public, memories, eyesOnly, device, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, linkedApps},
		Required: "you must give a username, a password, your date of birth and an email address or phone number to open an account; without them we cannot open one"}
	lenses := &policy.Purpose{ID: "lenses", Name: "Making Lenses work on your face and surroundings", Categories: []*policy.Category{lensData},
		Bases: []policy.Basis{policy.BasisContract}}
	snapMap := &policy.Purpose{ID: "snap-map", Name: "Showing your location on the Snap Map to the friends you choose", Categories: []*policy.Category{location, bitmoji},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, OptOut: true,
		Withdraw: "by turning on Ghost Mode in the Snap Map settings or turning off location access in your phone's settings"}
	friends := &policy.Purpose{ID: "friends", Name: "Finding your friends from your contact book", Categories: []*policy.Category{contacts},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, OptOut: true,
		Withdraw: "by turning off contact syncing in the app's settings, which deletes the contacts you uploaded"}
	assistant := &policy.Purpose{ID: "my-ai", Name: "Answering you in My AI", Categories: []*policy.Category{myAI, account, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{aiProviders}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising Stories, Spotlight, Discover and friend suggestions", Categories: []*policy.Category{usage, interests, device, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing you content and friends you are likely to care about", Profiling: true, OptOut: true}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing and measuring personalised ads", Categories: []*policy.Category{usage, interests, device, partners, myAI},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the Ad Preferences of the app's settings", OptOut: true,
		Profiling: true, Recipients: []*policy.Recipient{advertisers}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping Snapchat safe and enforcing our Terms and Community Guidelines", Categories: []*policy.Category{account, snaps, public, usage, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting Snapchatters from spam, fraud, abuse and harmful content",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundUnderage},
			Contest: "by appealing through our support site", HumanReview: true},
		Recipients: []*policy.Recipient{providers}}
	family := &policy.Purpose{ID: "family", Name: "Running Family Center for parents and teens", Categories: []*policy.Category{account, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping parents look after their teenagers' safety on Snapchat"}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal requests", Categories: []*policy.Category{account, snaps, memories, location, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Regulation (EU) 2022/2065 (Digital Services Act)", Region: regionEU}, {Act: "Online Safety Act 2023", Region: regionGB}}}
	vital := &policy.Purpose{ID: "vital", Name: "Protecting someone whose life is in danger", Categories: []*policy.Category{account, location},
		Bases: []policy.Basis{policy.BasisVitalInterests}, Recipients: []*policy.Recipient{authorities}}

	transferred := []*policy.Category{account, bitmoji, snaps, stories, public, memories, eyesOnly, location, contacts, myAI, usage, device, partners, interests, purchases}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Snap Inc.", Address: "Santa Monica, California, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: regionNL, Contact: policy.Contact{Name: "Snap B.V.", Address: "Amsterdam, the Netherlands"}, ControllerFor: regionEU},
		},
		Representatives: []policy.Representative{{Region: regionGB, Contact: policy.Contact{Name: "Snap Group Limited", Address: "London, United Kingdom"}}},
		DPO:             &policy.Contact{Name: "Data Protection Officer", Email: "dpo@snap.example"},
		Version:         "2024", Effective: policy.MakeDate(2024, time.April, 1), Updated: policy.MakeDate(2024, time.April, 1),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNoSensitiveInput},
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA, policy.USStates},
		Scope:      []string{"Snapchat, Bitmoji, Spectacles, our websites and our other services that link to this policy"},
		Categories: []*policy.Category{account, bitmoji, snaps, stories, public, memories, eyesOnly, lensData, location, contacts, myAI, usage, device, partners, interests, purchases},
		Purposes:   []*policy.Purpose{service, lenses, snapMap, friends, assistant, personalise, ads, safety, family, legal, vital},
		Recipients: []*policy.Recipient{providers, aiProviders, advertisers, linkedApps, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: transferred, Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionGB, Destination: regionUS, Categories: transferred, Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our data protection officer for a copy of the addendum."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, ReportURL: "https://values.snap.example/privacy/transparency"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(30)}, {Removal: policy.RemovalLive, Within: policy.Days(30)}},
				SharedCopies: true, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptAbuse}},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies on our websites", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and the Snap Pixel", Technology: policy.TechnologyPixel, Party: policy.PartyFirst, Purpose: ads,
				Categories: []*policy.Category{partners}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in the app's settings, with Download My Data and through our support site"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in Ad Preferences"},
			policy.Right{Kind: policy.RightOptOutOfTargetedAdvertising, How: "in Ad Preferences"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Agents: policy.AnswerYes},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://snap.example/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"the app's settings", "our support site"}, OnlineOnly: true},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying through our support site to the answer you received", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl, Description: "You can protect your account with two-factor authentication."}},
		Links:    policy.Links{RequestForm: "https://help.snap.example/privacy", Recommendations: "https://values.snap.example/privacy/content-ranking"},
		Children: policy.Children{MinimumAge: 13,
			Note:         "If we learn that someone under 13 has an account, we delete it.",
			Restrictions: []policy.ChildRestriction{policy.ChildRestrictionLimitedMessaging},
			AgeChecks:    []policy.AgeCheck{policy.AgeCheckDeclared}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService}},
		Contact: policy.Contact{Website: "https://help.snap.example/privacy"},
	}
	return realPolicy{"camera and messaging app (Snapchat)", p, []statement{
		{says: "Snap Inc. in Santa Monica is responsible for your information", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Snap Inc." && p.Controller.Country == regionUS
		}},
		{says: "Snap B.V. in the Netherlands is the controller for users in the EU", typed: func(p *policy.Policy) bool {
			return p.Establishments[0].Region == regionNL && p.Establishments[0].ControllerFor == regionEU
		}},
		{says: "Snap Group Limited is our representative in the UK", typed: func(p *policy.Policy) bool { return p.Representatives[0].Region == regionGB }},
		{says: "you can reach our data protection officer by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "the policy covers Snapchat, Bitmoji, Spectacles and our websites", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "you give a username, password, email or phone number and date of birth to open an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("service").Required != ""
		}},
		{says: "your username, display name and Bitmoji are seen by other Snapchatters", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("bitmoji").VisibleTo, policy.AudienceOtherUsers) && slices.Contains(p.Category("account").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "our servers delete Snaps and Chats once all recipients have opened them or they expire, and unopened Snaps after 30 days", typed: func(p *policy.Policy) bool {
			r := p.Category("snaps").Retention
			return r.Period == policy.Days(30) && r.Criteria != ""
		}},
		{says: "Snaps and Chats go only to the friends you send them to", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("snaps").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "recipients can save a Chat or screenshot a Snap, and deleting yours does not delete their copy", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].SharedCopies && slices.Contains(p.Category("snaps").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "a Chat can be set to be deleted 24 hours after viewing instead of after viewing", free: toCategory("snaps")},
		{says: "Stories you post for your friends disappear after 24 hours", typed: func(p *policy.Policy) bool {
			return p.Category("stories").Retention.Period == policy.Hours(24)
		}},
		{says: "Public Stories, Spotlight and Snap Map submissions can be seen by anyone, and are kept longer", typed: func(p *policy.Policy) bool {
			return p.Category("public").Visibility == policy.VisibilityOptional && p.Category("public").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "Memories are kept until you delete them", typed: func(p *policy.Policy) bool {
			return p.Category("memories").Retention.From == policy.EventDeletionRequest
		}},
		{says: "Snaps in My Eyes Only are encrypted with your passcode, and we cannot recover them if you forget it", typed: func(p *policy.Policy) bool {
			return p.Category("my-eyes-only").EndToEnd
		}},
		{says: "Lenses find your face and body in the camera image on your device, and that data does not identify you and is not sent to us", typed: func(p *policy.Policy) bool {
			return p.Category("lens").OnDevice == policy.OnDeviceOnly && !p.Category("lens").Biometric
		}},
		{says: "with your permission we collect your precise location, and otherwise infer an approximate one from your IP address", typed: func(p *policy.Policy) bool {
			return p.Category("location").Sensitivity == policy.SensitivitySensitive && p.Purpose("snap-map").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "on the Snap Map only the friends you choose see your location, and Ghost Mode hides it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").VisibleTo, policy.AudienceChosenContacts) && p.Purpose("snap-map").OptOut && p.Purpose("snap-map").Withdraw != ""
		}},
		{says: "location sharing on the Snap Map is off until you turn it on, and you can share it for a limited time", free: toPurpose("snap-map")},
		{says: "we keep location for different periods depending on its precision and the feature", typed: func(p *policy.Policy) bool {
			return p.Category("location").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "if you allow it we sync your contact book to suggest friends, and you can turn syncing off", typed: func(p *policy.Policy) bool {
			return p.Purpose("friends").RestsOnConsent() && p.Purpose("friends").Uses(p.Category("contacts"))
		}},
		{says: "we keep what you send My AI until you delete it", typed: func(p *policy.Policy) bool {
			return p.Category("my-ai").Retention.From == policy.EventDeletionRequest
		}},
		{says: "My AI's answers may be wrong or misleading", typed: func(p *policy.Policy) bool { return p.Category("my-ai").ModelGenerated }},
		{says: "My AI can use your location, if you shared it with Snapchat, to answer you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("my-ai").DerivedFrom, p.Category("location")) && p.Purpose("my-ai").Uses(p.Category("location"))
		}},
		{says: "our model providers process My AI conversations for us", typed: func(p *policy.Policy) bool { return recipient(p, "ai-providers").Role == policy.RoleProcessor }},
		{says: "what you tell My AI is used to personalise your ads", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").Uses(p.Category("my-ai")) && slices.Contains(p.Category("interests").DerivedFrom, p.Category("my-ai"))
		}},
		{says: "do not share secrets or sensitive information with My AI", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipNoSensitiveInput) }},
		{says: "we record the Lenses you use, the content you watch and how you interact with friends", typed: func(p *policy.Policy) bool {
			return p.Category("usage").Sources[0] == policy.SourceAutomatic && slices.Contains(p.Category("usage").Items, "Lenses and filters you use")
		}},
		{says: "advertisers tell us what you do on their sites and apps through the Snap Pixel", typed: func(p *policy.Policy) bool {
			return p.Category("partners").Tracking && cookie(p, "advertising").Technology == policy.TechnologyPixel
		}},
		{says: "we personalise content and friend suggestions from your activity", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").Interest != ""
		}},
		{says: "we show personalised ads, which you can adjust in Ad Preferences", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").Withdraw != "" && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "advertisers receive reports on how their ads perform", typed: func(p *policy.Policy) bool { return recipient(p, "advertisers").Role == policy.RoleThirdParty }},
		{says: "apps you log in to with Snapchat receive your display name and Bitmoji only if you choose", typed: func(p *policy.Policy) bool {
			return recipient(p, "linked-apps").Conditional && slices.Contains(recipient(p, "linked-apps").Categories, p.Category("bitmoji"))
		}},
		{says: "we do not sell your personal information", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.USStates.Sells == policy.AnswerNo
		}},
		{says: "sharing for cross-context advertising can be turned off, and we honour Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != "" && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we find and act on content and accounts that break our rules, and you can appeal", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach) && s.Contest != ""
		}},
		{says: "we share data with authorities on valid legal process or in an emergency, and publish a transparency report", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).ReportURL != "" && p.Purpose("vital").HasBasis(policy.BasisVitalInterests)
		}},
		{says: "a buyer of our business may receive your information", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "data from the EU and the UK goes to the US under standard contractual clauses and the UK addendum", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "Snapchat is for people 13 and over, and we delete accounts of children under 13 we find", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && slices.Contains(p.Purpose("safety").Suspension.Grounds, policy.SuspensionGroundUnderage)
		}},
		{says: "teens can receive Chats only from friends and phone contacts", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionLimitedMessaging)
		}},
		{says: "teens under 18 in the EU and the UK see no ads personalised on their activity", free: toPurpose("ads")},
		{says: "parents in Family Center can see their teen's friends and whom they messaged in the last seven days, but not the messages", free: toPurpose("family")},
		{says: "you can download your data, correct it, delete your account, object and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint) && hasRight(p, policy.RightObjection)
		}},
		{says: "a deleted account is deactivated for 30 days, when you can restore it, and then deleted", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Stages[0].Removal == policy.RemovalTrash && p.Deletion[0].Stages[0].Within == policy.Days(30)
		}},
		{says: "we keep some information after deletion where the law requires it or to keep banned users off Snapchat", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptAbuse)
		}},
		{says: "residents of US states can appeal our refusal of a request", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral }},
		{says: "an authorised agent may make a request for you", typed: func(p *policy.Policy) bool { return p.Requests.Agents == policy.AnswerYes }},
		{says: "we tell you of changes in the app, and you should check the date at the top", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
	}}
}

// streamingCommunity paraphrases, in our own words and as we recall it,
// the privacy notice of Twitch Interactive, Inc., an Amazon company, as
// published in 2024-2025: a live streaming service whose broadcasts and
// chat are public, whose channels are moderated by Twitch and by the
// moderators each broadcaster appoints, which pays its Affiliates and
// Partners for subscriptions, Bits and ads and collects their tax
// information for it, and which shows advertising. It declares the CCPA,
// the other US state laws, the GDPR and the UK GDPR, with
// representatives in the EU and the UK.
func streamingCommunity() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"username", "password", "email address", "phone number", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	profile := &policy.Category{ID: "profile", Name: "Profile and channel", Items: []string{"display name", "profile picture and banner", "bio and panels", "follower count"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityAlways, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	broadcasts := &policy.Category{ID: "broadcasts", Name: "Broadcasts", Items: []string{"live video and audio", "past broadcasts (VODs) and highlights", "clips that you or viewers make of your broadcasts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("live broadcasts are stored as past broadcasts for a period that depends on your account type, and highlights and clips until they are deleted"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	chat := &policy.Category{ID: "chat", Name: "Chat messages", Items: []string{"messages you send in a channel's chat", "emotes and reactions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		VisibleTo: []policy.Audience{policy.AudienceModerators},
		Retention: policy.ByCriteria("as long as needed to run the chat, to let moderators review a user's history in a channel and to enforce our rules"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	whispers := &policy.Category{ID: "whispers", Name: "Whispers", Items: []string{"private messages you send to other users"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.ByCriteria("as long as needed to deliver them and to review reports about them"),
		CCPA:      []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	enforcement := &policy.Category{ID: "enforcement", Name: "Reports and enforcement records", Items: []string{"reports you make and that others make about you", "warnings, timeouts, channel bans and suspensions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceDerived}, DerivedFrom: []*policy.Category{chat, broadcasts, whispers}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceModerators},
		Retention: policy.ByCriteria("as long as needed to enforce our Community Guidelines and to keep suspended users from returning"),
		CCPA:      []policy.CCPACategory{policy.CCPAInferences}}
	viewing := &policy.Category{ID: "viewing", Name: "Viewing activity", Items: []string{"channels you watch and follow", "how long you watch", "searches", "subscriptions, Bits and gifts you give"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPACommercialInfo}}
	device := &policy.Category{ID: "device", Name: "Device and technical information", Items: []string{"IP address and the approximate location it shows", "device and browser type", "device identifiers", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run, secure and improve Twitch"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases", Items: []string{"subscriptions, Bits and Turbo you buy", "billing address", "payment method"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment processors, app stores and Amazon, when you link Prime Gaming", Linked: true,
		Retention: policy.AsRequiredBy("tax and accounting law"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	payout := &policy.Category{ID: "payout", Name: "Creator payout and tax information", Items: []string{"legal name and address", "taxpayer identification number, such as a Social Security number", "tax forms and withholding status", "bank or payout account details", "revenue from subscriptions, Bits and ads"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, DerivedFrom: []*policy.Category{viewing}, Linked: true,
		Retention: policy.AsRequiredBy("US tax law"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPASensitivePersonalInfo}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"support requests", "appeals", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.ByCriteria("as long as needed to answer you and keep a record of it"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, customer support and content review", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, broadcasts, chat, whispers, device, purchases, payout, support}}
	amazon := &policy.Recipient{ID: "amazon", Name: "Amazon.com, Inc. and its affiliates", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, viewing, device, purchases, payout}, Purpose: "to run infrastructure, payments and payouts we share with them"}
	advertisers := &policy.Recipient{ID: "advertisers", Name: "advertising and measurement partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, viewing}, Purpose: "to show ads on Twitch and measure them"}
	extensions := &policy.Recipient{ID: "extensions", Name: "developers of Extensions and of apps you connect to your account", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account, viewing}, Purpose: "you use an Extension on a channel or grant an app access to your account, and then only what you allow"}
	broadcasters := &policy.Recipient{ID: "broadcasters", Name: "the broadcasters whose channels you support", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, viewing}, Purpose: "to see who follows, subscribes to and cheers on their channel"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement, tax authorities and other public authorities", Role: policy.RoleAuthority, Conditional: true, Country: regionUS,
		Categories: []*policy.Category{account, chat, whispers, device, payout}, Purpose: "the law requires it, they serve valid legal process, or someone is at risk of serious harm"}

	service := &policy.Purpose{ID: "service", Name: "Providing Twitch: broadcasting, watching and chat", Categories: []*policy.Category{account, profile, broadcasts, chat, whispers, viewing, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, amazon},
		Required: "you must give a username, a password, your date of birth and an email address or phone number to open an account; without them we cannot open one"}
	monetise := &policy.Purpose{ID: "monetise", Name: "Processing purchases and supporting channels with subscriptions and Bits", Categories: []*policy.Category{account, purchases, viewing},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, amazon, broadcasters},
		Required: "you must give payment details to buy; without them you cannot use the paid features"}
	payouts := &policy.Purpose{ID: "payouts", Name: "Paying Affiliates and Partners their share of revenue", Categories: []*policy.Category{account, payout},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, amazon},
		Required: "Affiliates and Partners must give payout and tax information to be paid; without it we hold their payouts"}
	tax := &policy.Purpose{ID: "tax", Name: "Collecting tax forms, withholding tax and reporting creators' earnings", Categories: []*policy.Category{payout},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the US Internal Revenue Code (information reporting and withholding on payments to US and foreign persons)", Region: regionUS}}}
	recommend := &policy.Purpose{ID: "recommend", Name: "Recommending channels and content", Categories: []*policy.Category{viewing, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping viewers find channels they will enjoy and helping broadcasters find an audience", Profiling: true}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing and measuring ads, some personalised", Categories: []*policy.Category{device, viewing},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie and advertising preferences", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{advertisers}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping Twitch safe and enforcing our Community Guidelines", Categories: []*policy.Category{account, chat, whispers, broadcasts, enforcement, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our community from harassment, spam, fraud and harmful content",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundFraud},
			Contest: "through the appeals portal", HumanReview: true},
		Recipients: []*policy.Recipient{providers}}
	extend := &policy.Purpose{ID: "extensions", Name: "Running Extensions and connected apps you choose", Categories: []*policy.Category{account, viewing},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "in the Connections settings", OptOut: true,
		Recipients: []*policy.Recipient{extensions}}
	helping := &policy.Purpose{ID: "support", Name: "Answering support requests and appeals", Categories: []*policy.Category{support, account, enforcement},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need what you tell us to answer you; without it we may not be able to help"}
	news := &policy.Purpose{ID: "news", DirectMarketing: true, Name: "Sending news and offers", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email or in the notification settings", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal requests", Categories: []*policy.Category{account, chat, whispers, enforcement, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Regulation (EU) 2022/2065 (Digital Services Act)", Region: regionEU}, {Act: "Online Safety Act 2023", Region: regionGB}},
		Required:    "you need not report anything, but a report of illegal content without the details the form asks for cannot be processed"}

	all := []*policy.Category{account, profile, broadcasts, chat, whispers, enforcement, viewing, device, purchases, payout, support}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Twitch Interactive, Inc.", Address: "San Francisco, California, USA"}, Country: regionUS},
		Representatives: []policy.Representative{
			{Region: regionEU, Contact: policy.Contact{Name: "Twitch Interactive Germany GmbH", Address: "Berlin, Germany", Email: "privacy@twitch.example"}},
			{Region: regionGB, Contact: policy.Contact{Name: "Twitch's UK representative", Email: "privacy@twitch.example"}},
		},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA, policy.USStates},
		Scope:      []string{"Twitch's websites, apps, Extensions and other services that link to this notice"},
		Categories: all,
		Purposes:   []*policy.Purpose{service, monetise, payouts, tax, recommend, ads, safety, extend, helping, news, legal},
		Recipients: []*policy.Recipient{providers, amazon, advertisers, extensions, broadcasters, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: all, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionUS, Categories: all, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, ReportURL: "https://safety.twitch.example/transparency-reports"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(90)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptAbuse}},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: advertisers, Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in your account settings or with our privacy request form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}, policy.Right{Kind: policy.RightOptOutOfSale},
			policy.Right{Kind: policy.RightOptOutOfTargetedAdvertising}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://twitch.example/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"the privacy request form", "email"}, OnlineOnly: true},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by writing to us within a reasonable time after our answer", AttorneyGeneral: true}},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl, Description: "You can turn on two-factor authentication, which some features require."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipTwoStep},
		Links:      policy.Links{RequestForm: "https://twitch.example/privacy-request", CookieSettings: "https://twitch.example/cookie-preferences"},
		Children: policy.Children{MinimumAge: 13,
			Note: "If we learn that a child under 13 has an account, we close it and delete its data."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@twitch.example", Address: "San Francisco, California, USA"},
	}
	return realPolicy{"live streaming service (Twitch)", p, []statement{
		{says: "Twitch Interactive, Inc. in San Francisco is responsible for your information", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Twitch Interactive, Inc." && p.Controller.Country == regionUS
		}},
		{says: "we have representatives in the EU and the UK", typed: func(p *policy.Policy) bool {
			return p.Representatives[0].Region == regionEU && p.Representatives[1].Region == regionGB
		}},
		{says: "you give a username, password, date of birth and an email address or phone number to sign up", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("service").Required != ""
		}},
		{says: "your profile and channel page are public", typed: func(p *policy.Policy) bool { return p.Category("profile").Visibility == policy.VisibilityAlways }},
		{says: "live broadcasts, past broadcasts and clips are public, and anyone can watch them", typed: func(p *policy.Policy) bool {
			return p.Category("broadcasts").Visibility == policy.VisibilityAlways
		}},
		{says: "viewers can make clips of your broadcasts", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("broadcasts").Sources, policy.SourceOtherUsers)
		}},
		{says: "how long past broadcasts are kept depends on your account type", typed: func(p *policy.Policy) bool {
			return p.Category("broadcasts").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "what you say in a channel's chat is public", typed: func(p *policy.Policy) bool { return p.Category("chat").Visibility == policy.VisibilityAlways }},
		{says: "the moderators a broadcaster appoints see your messages and your history in the channel, and can time you out or ban you there", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("chat").VisibleTo, policy.AudienceModerators) && slices.Contains(p.Category("enforcement").VisibleTo, policy.AudienceModerators)
		}},
		{says: "broadcasters can use automated tools such as AutoMod that hold chat messages for review by their moderators", free: toPurpose("safety")},
		{says: "channels can share the names of users they banned with other channels they trust", free: toCategory("enforcement")},
		{says: "Whispers go only to the person you send them to", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("whispers").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "we may scan and review Whispers and chat to fight spam and abuse", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Uses(p.Category("whispers")) && p.Purpose("safety").Interest != ""
		}},
		{says: "we keep reports and enforcement records, including to keep suspended users from coming back", typed: func(p *policy.Policy) bool {
			return p.Category("enforcement").Retention.Criteria != "" && p.Deletion[0].Keeps(policy.KeptAbuse)
		}},
		{says: "we suspend accounts that break the Community Guidelines, and you can appeal", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Contest != "" && s.HumanReview
		}},
		{says: "we record what you watch, follow and search for", typed: func(p *policy.Policy) bool {
			return p.Category("viewing").Sources[0] == policy.SourceAutomatic && slices.Contains(p.Category("viewing").Items, "searches")
		}},
		{says: "broadcasters see who follows, subscribes to and cheers on their channel", typed: func(p *policy.Policy) bool {
			return recipient(p, "broadcasters").Role == policy.RoleThirdParty && slices.Contains(p.Category("viewing").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "we process subscriptions, Bits and Turbo purchases through payment processors", typed: func(p *policy.Policy) bool {
			return p.Purpose("monetise").Uses(p.Category("purchases")) && p.Category("purchases").SourceDetail != ""
		}},
		{says: "linking Prime Gaming brings in data from Amazon", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Sources, policy.SourceThirdParty)
		}},
		{says: "Affiliates and Partners give payout and tax information to be paid their share of subscriptions, Bits and ads", typed: func(p *policy.Policy) bool {
			return p.Purpose("payouts").Uses(p.Category("payout")) && p.Purpose("payouts").Required != ""
		}},
		{says: "we collect tax forms and taxpayer numbers, withhold tax and report creators' earnings to tax authorities as US law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("tax").HasBasis(policy.BasisLegalObligation) && p.Purpose("tax").Obligations[0].Region == regionUS
		}},
		{says: "creators may have to verify their identity before payouts start", free: toPurpose("payouts")},
		{says: "if you do not give information a feature needs, such as payment details, you may not be able to use that feature", typed: func(p *policy.Policy) bool {
			return p.Purpose("monetise").Required != "" && p.Purpose("support").Required != ""
		}},
		{says: "we recommend channels from what you watch", typed: func(p *policy.Policy) bool { return p.Purpose("recommend").Profiling }},
		{says: "we show ads, personalised with cookies where you allow it", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").ConsentMethod == policy.ConsentMethodConsentTool && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "broadcasters choose when ads run in their streams, and ads are how many of them are paid", free: toPurpose("ads")},
		{says: "Extensions receive your data only if you use them, and only what you allow", typed: func(p *policy.Policy) bool {
			return recipient(p, "extensions").Conditional && p.Purpose("extensions").RestsOnConsent()
		}},
		{says: "Extension developers are responsible for their own use of your data", typed: func(p *policy.Policy) bool { return recipient(p, "extensions").Role == policy.RoleThirdParty }},
		{says: "Amazon and its affiliates help us run Twitch", typed: func(p *policy.Policy) bool { return recipient(p, "amazon").Role == policy.RoleProcessor }},
		{says: "we do not sell personal information, but ad cookies may count as sharing, which you can opt out of", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "we honour Global Privacy Control", typed: func(p *policy.Policy) bool { return p.Signals.GlobalPrivacyControl == policy.AnswerYes }},
		{says: "we share data with authorities on valid legal process or to prevent harm, and publish a transparency report", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).ReportURL != "" && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "we comply with the Digital Services Act and the Online Safety Act", typed: func(p *policy.Policy) bool {
			o := p.Purpose("legal").Obligations
			return len(o) == 2 && o[0].Region == regionEU && o[1].Region == regionGB
		}},
		{says: "data from the EU and the UK goes to the US under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Origin == regionGB
		}},
		{says: "when you delete your account we delete your data within 90 days, except what we must keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(90) && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "you can access, correct, delete and download your data, object, and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians can know what we collect and are not discriminated against for asking", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "residents of other US states can appeal our answer", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.How != "" }},
		{says: "we verify requests through your account or email, and an agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "you must be 13 to use Twitch, and we close accounts of children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "users under the age of majority may use Twitch only with a parent or guardian's involvement", free: toIntroduction},
		{says: "we encrypt data in transit and you can turn on two-factor authentication", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && slices.Contains(p.SafetyTips, policy.SafetyTipTwoStep)
		}},
		{says: "we tell you of material changes by email or on Twitch", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "questions go to the privacy address", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}

// realEstateMarketplace paraphrases, in our own words and as we recall
// it, the privacy notice of Zillow Group, Inc., as published in
// 2024-2025: a US real-estate marketplace (Zillow, Trulia, StreetEasy,
// HotPads) that publishes listings and public property records with a
// Zestimate of each home's value, connects buyers and sellers with
// partner agents, takes rental applications and screens applicants for
// landlords, and, through Zillow Home Loans, takes mortgage applications
// under a separate notice under the Gramm-Leach-Bliley Act. It declares
// the CCPA and the other US state laws; it no longer speaks of Zillow
// Offers, which the company wound down in 2021-2022.
func realEstateMarketplace() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account and contact information", Items: []string{"name", "email address", "phone number", "password", "whether you are buying, selling or renting"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	searches := &policy.Category{ID: "searches", Name: "Home searches", Items: []string{"homes you view and save", "saved searches and their filters, such as price and area", "tours you request"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your account is open or as needed to provide the services"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPACommercialInfo}}
	records := &policy.Category{ID: "records", Name: "Property records and listings", Items: []string{"owners' names", "sale and price history", "tax assessments", "listing descriptions and photos"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic, policy.SourceThirdParty},
		SourceDetail: "county and other public records, multiple listing services, brokers and listing agents", Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the property is shown on our sites"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	owner := &policy.Category{ID: "owner", Name: "Information about your home", Items: []string{"homes you claim as the owner", "home facts and photos you add or correct"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the property is shown on our sites"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	zestimate := &policy.Category{ID: "zestimate", Name: "Zestimate home value estimates", Items: []string{"the estimated market value of a home", "the estimated rent"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{records, owner}, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the property is shown on our sites"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	inquiries := &policy.Category{ID: "inquiries", Name: "Inquiries to agents", Items: []string{"your name, email and phone number", "the message you write", "the home and your timeline, budget and financing status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.ByCriteria("as long as needed to connect you and to keep records of the connection"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	calls := &policy.Category{ID: "calls", Name: "Call recordings", Items: []string{"recordings of calls with our connections team and loan officers", "transcripts and notes of those calls"}, RecordingNotice: true,
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed for quality, training and compliance"), CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	rental := &policy.Category{ID: "rental", Name: "Rental applications", Items: []string{"income and employment", "rental history and references", "Social Security number", "the credit and background report of a consumer reporting agency"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the consumer reporting agencies that screen applicants", Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.ByCriteria("as long as your application can be sent to landlords, and then as the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	mortgage := &policy.Category{ID: "mortgage", Name: "Mortgage information", Items: []string{"loan amount and type", "credit score range", "income, assets and employment", "Social Security number for a loan application"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "credit bureaus", Linked: true,
		Retention: policy.AsRequiredBy("federal and state mortgage lending laws"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProfessionalInfo, policy.CCPASensitivePersonalInfo}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"precise location from your device, if you allow it", "approximate location from your IP address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.Until(policy.EventConsentWithdrawal),
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address", "device and advertising identifiers", "cookie identifiers", "pages you visit and links you click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve the services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	enriched := &policy.Category{ID: "enriched", Name: "Information from data providers", Items: []string{"demographic information", "household and home-ownership information"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "data providers and marketing partners", Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide and market the services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences", Items: []string{"how soon you are likely to buy, sell or rent", "the kinds of homes you prefer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{searches, account, enriched}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer support, analytics and call handling", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, searches, inquiries, calls, rental, device}}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "the companies of Zillow Group, such as Zillow Home Loans and ShowingTime", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, searches, inquiries, inferences}, Purpose: "to provide and market their services to you"}
	agents := &policy.Recipient{ID: "agents", Name: "real estate agents, brokerages and partner agents", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, inquiries, searches}, Purpose: "to answer your inquiry, arrange a tour and help you buy or sell"}
	landlords := &policy.Recipient{ID: "landlords", Name: "landlords and property managers you apply to", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, rental}, Purpose: "you send them your rental application"}
	screening := &policy.Recipient{ID: "screening", Name: "consumer reporting agencies that screen rental applicants", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, rental}, Purpose: "you ask for a credit and background check for a rental application"}
	lenders := &policy.Recipient{ID: "lenders", Name: "lenders in our lender marketplace", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, mortgage}, Purpose: "you ask for loan quotes or to be contacted by a lender"}
	ads := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, searches, inferences}, Purpose: "to show you our ads on other sites and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, inquiries, rental, mortgage, calls}, Purpose: "the law requires it or they serve valid legal process"}

	service := &policy.Purpose{ID: "service", Name: "Providing our sites and apps: searching, saving and touring homes", Categories: []*policy.Category{account, searches, records, zestimate, device},
		Recipients: []*policy.Recipient{providers}}
	publish := &policy.Purpose{ID: "publish", Name: "Publishing listings, property records and Zestimates", Categories: []*policy.Category{records, owner, zestimate}}
	connect := &policy.Purpose{ID: "connect", Name: "Connecting you with agents when you ask", Categories: []*policy.Category{account, inquiries, searches, calls},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by replying STOP to texts or asking the agent or us to stop calling",
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}},
		Recipients:        []*policy.Recipient{agents, providers}}
	rentals := &policy.Purpose{ID: "rentals", Name: "Taking rental applications and screening applicants", Categories: []*policy.Category{account, rental},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by withdrawing your application",
		Recipients: []*policy.Recipient{landlords, screening, providers}}
	loans := &policy.Purpose{ID: "loans", Name: "Pre-qualifying you and matching you with lenders, and home loans from Zillow Home Loans", Categories: []*policy.Category{account, mortgage, calls},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by asking us to stop sharing your request with lenders",
		Recipients: []*policy.Recipient{lenders, affiliates}}
	nearby := &policy.Purpose{ID: "nearby", Name: "Showing homes near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your device's location settings", OptOut: true}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising recommendations and alerts", Categories: []*policy.Category{searches, inferences, enriched},
		Profiling: true, OptOut: true}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Targeted advertising and marketing", Categories: []*policy.Category{device, searches, inferences, account, enriched},
		OptOut: true, Profiling: true, Recipients: []*policy.Recipient{ads, affiliates}}
	security := &policy.Purpose{ID: "security", Name: "Preventing fraud and securing the services", Categories: []*policy.Category{account, device, rental, mortgage},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law, including fair housing and lending laws", Categories: []*policy.Category{account, inquiries, rental, mortgage, calls},
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Zillow Group, Inc.", Address: "1301 Second Avenue, Floor 36, Seattle, Washington 98101, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"Zillow, Trulia, StreetEasy, HotPads, Zillow Rentals and our other brands' websites and apps"},
		OtherNotices: []policy.Notice{
			{Covers: "customers who apply for a loan with Zillow Home Loans, under the Gramm-Leach-Bliley Act", URL: "https://zillow.example/home-loans/privacy"},
			{Covers: "job applicants and employees", URL: "https://zillow.example/careers/privacy"},
		},
		Categories: []*policy.Category{account, searches, records, owner, zestimate, inquiries, calls, rental, mortgage, location, device, enriched, inferences},
		Purposes:   []*policy.Purpose{service, publish, connect, rentals, loans, nearby, personalise, advertising, security, legal},
		Recipients: []*policy.Recipient{providers, affiliates, agents, landlords, screening, lenders, ads, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(45)}},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and pixels", Party: policy.PartyThird, Provider: ads, Purpose: advertising, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share My Personal Information link"}, {Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightOptOutOfProfiling}, {Kind: policy.RightNonDiscrimination}, {Kind: policy.RightWithdrawConsent}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://zillow.example/do-not-sell-or-share", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"the privacy portal", "our toll-free number"}, TollFreeNumber: "1-844-555-0199",
			LargeVolume: true, MetricsURL: "https://zillow.example/privacy/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "through the privacy portal, within a reasonable time after our answer", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{RequestForm: "https://zillow.example/privacy-portal", CookieSettings: "https://zillow.example/cookie-preferences"},
		Children: policy.Children{MinimumAge: 13},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@zillow.example", Address: "1301 Second Avenue, Floor 36, Seattle, Washington 98101, USA"},
	}
	return realPolicy{"real-estate marketplace (Zillow)", p, []statement{
		{says: "Zillow Group, Inc. in Seattle is responsible for your information", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Zillow Group, Inc." && p.Controller.Country == regionUS
		}},
		{says: "the notice covers Zillow, Trulia, StreetEasy, HotPads and our other brands", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "loans from Zillow Home Loans are covered by its own notice under the Gramm-Leach-Bliley Act", typed: func(p *policy.Policy) bool {
			return p.OtherNotices[0].URL != "" && strings.Contains(p.OtherNotices[0].Covers, "Gramm-Leach-Bliley")
		}},
		{says: "job applicants and employees have their own notice", typed: func(p *policy.Policy) bool { return p.OtherNotices[1].Covers == "job applicants and employees" }},
		{says: "we collect your name, email, phone number and whether you are buying, selling or renting", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "whether you are buying, selling or renting")
		}},
		{says: "we record the homes you view and save and the searches you save", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("searches").Sources, policy.SourceAutomatic) && p.Purpose("service").Uses(p.Category("searches"))
		}},
		{says: "we publish listings and public property records, such as owners, sale history and tax assessments", typed: func(p *policy.Policy) bool {
			c := p.Category("records")
			return slices.Contains(c.Sources, policy.SourcePublic) && c.SourceDetail != "" && c.Visibility == policy.VisibilityAlways
		}},
		{says: "a Zestimate is computed for each home from public records, listing data and facts owners add", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("zestimate").DerivedFrom, p.Category("owner")) && slices.Contains(p.Category("zestimate").DerivedFrom, p.Category("records"))
		}},
		{says: "owners can claim their home and update its facts and photos, which others then see", typed: func(p *policy.Policy) bool {
			return p.Category("owner").Visibility == policy.VisibilityAlways && p.Purpose("publish").Uses(p.Category("owner"))
		}},
		{says: "a Zestimate is an estimate, not an appraisal", free: toCategory("zestimate")},
		{says: "when you contact an agent or ask for a tour, we send your details and message to the agent or a partner agent we choose", typed: func(p *policy.Policy) bool {
			return recipient(p, "agents").Role == policy.RoleThirdParty && slices.Contains(p.Category("inquiries").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "by submitting a request you agree that agents and we may call and text you, including by automated means, and you can stop it", typed: func(p *policy.Policy) bool {
			c := p.Purpose("connect")
			return c.ConsentMethod == policy.ConsentMethodCheckbox && len(c.ConsentRequiredBy) == 1 && c.Withdraw != ""
		}},
		{says: "partner agents pay us a fee when a connection leads to a closed deal", free: toPurpose("connect")},
		{says: "we record calls with our team and loan officers, and tell you when a call is recorded", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice
		}},
		{says: "rental applications hold income, employment, rental history and your Social Security number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("rental").Items, "Social Security number") && p.Category("rental").Sensitivity == policy.SensitivitySensitive
		}},
		{says: "landlords you apply to receive your application and screening report", typed: func(p *policy.Policy) bool {
			return recipient(p, "landlords").Conditional && slices.Contains(p.Category("rental").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "a consumer reporting agency runs the credit and background check", typed: func(p *policy.Policy) bool {
			return recipient(p, "screening").Role == policy.RoleThirdParty && slices.Contains(p.Category("rental").Sources, policy.SourceThirdParty)
		}},
		{says: "you may dispute a screening report with the consumer reporting agency under the Fair Credit Reporting Act", free: toPurpose("rentals")},
		{says: "when you ask for loan quotes, lenders in our marketplace receive your loan request and contact details", typed: func(p *policy.Policy) bool {
			return recipient(p, "lenders").Conditional && p.Purpose("loans").Uses(p.Category("mortgage"))
		}},
		{says: "a loan application is kept as mortgage lending laws require", typed: func(p *policy.Policy) bool {
			return p.Category("mortgage").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we receive credit information from credit bureaus when you pre-qualify", typed: func(p *policy.Policy) bool {
			return p.Category("mortgage").SourceDetail == "credit bureaus"
		}},
		{says: "with your permission we use your device's location to show homes near you", typed: func(p *policy.Policy) bool {
			return p.Purpose("nearby").ConsentMethod == policy.ConsentMethodPlatformPrompt && p.Category("location").Sensitivity == policy.SensitivitySensitive
		}},
		{says: "we receive demographic and household information from data providers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("enriched").Sources, policy.SourceThirdParty) && p.Category("enriched").SourceDetail != ""
		}},
		{says: "we infer how soon you may move and what homes you like, to personalise recommendations", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Category("inferences").DerivedFrom[0] == p.Category("searches")
		}},
		{says: "the companies of Zillow Group share information to offer you their services", typed: func(p *policy.Policy) bool {
			return recipient(p, "affiliates").Role == policy.RoleThirdParty && p.Purpose("loans").Recipients[1] == recipient(p, "affiliates")
		}},
		{says: "we use cookies and pixels of advertising partners to show our ads on other sites", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Party == policy.PartyThird && p.Category("device").Tracking
		}},
		{says: "giving advertising partners identifiers and browsing data may be a sale or sharing, which you can opt out of with our link", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "we treat Global Privacy Control as an opt-out but do not respond to Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "we use sensitive information only to provide what you ask for and as the law allows", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "we do not use protected characteristics to decide which housing ads you see", free: toPurpose("advertising")},
		{says: "we use your information to prevent fraud and secure the services", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("device"))
		}},
		{says: "we disclose information when the law requires it, to protect people, or in a sale of the business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "you may know, access, correct, delete and take a copy of your information", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may opt out of sale, targeted advertising and profiling", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightOptOutOfSale) && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && hasRight(p, policy.RightOptOutOfProfiling)
		}},
		{says: "requests go through the privacy portal or our toll-free number", typed: func(p *policy.Policy) bool { return p.CCPA.TollFreeNumber != "" && p.Links.RequestForm != "" }},
		{says: "we verify you by email and by matching details we hold, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDataPoints) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days, extendable by 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you can appeal our decision, and then complain to your Attorney General", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.AttorneyGeneral }},
		{says: "we publish the numbers of privacy requests we receive and answer each year", typed: func(p *policy.Policy) bool { return p.CCPA.LargeVolume && p.CCPA.MetricsURL != "" }},
		{says: "we keep some information after deletion where the law requires it or to prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptFraud)
		}},
		{says: "Nevada residents may ask us not to sell their information", free: toIntroduction},
		{says: "we protect information with reasonable technical and organisational safeguards", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "our services are not directed to children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we tell you of material changes by email or on our sites", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "questions go to our privacy address", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}
