package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// photoNetwork paraphrases, in our own words and as we recall it, the
// privacy policy a photo and video social network in the manner of
// Instagram published for the European Region and the United Kingdom in
// 2024, with the California section of its owner's notice for the United
// States: an Irish controller that processes accounts, photos, videos,
// connections, messages, device and location data, that since late 2023
// shows personalised ads in Europe only with consent and offers a paid
// subscription without ads instead, that makes the accounts of teenagers
// private by default, that links accounts across its owner's products in
// Accounts Center when the user chooses, and that transfers data to the
// United States on standard contractual clauses and the Data Privacy
// Framework.
func photoNetwork() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "username", "password", "email address or phone number", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	profile := &policy.Category{ID: "profile", Name: "Profile", Items: []string{"profile photo", "bio", "username", "follower and following counts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityAlways, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	content := &policy.Category{ID: "content", Name: "Content you create and share", Items: []string{"photos, videos, reels and stories", "captions, comments and hashtags", "live broadcasts", "metadata such as where and when a photo was taken"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityDefault, CCPA: []policy.CCPACategory{policy.CCPASensoryData, policy.CCPAInternetActivity}}
	connections := &policy.Category{ID: "connections", Name: "Connections", Items: []string{"accounts you follow and that follow you", "groups and close friends lists", "contacts you upload from your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	messages := &policy.Category{ID: "messages", Name: "Messages", Items: []string{"content of the direct messages you send and receive", "who you message and when"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts}, CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	activity := &policy.Category{ID: "activity", Name: "Activity", Items: []string{"posts, reels and ads you view and for how long", "likes, comments, shares and saves", "searches", "purchases made through our products"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPACommercialInfo}}
	device := &policy.Category{ID: "device", Name: "Device information", Items: []string{"device model and operating system", "device identifiers and advertising ID", "IP address and mobile network", "signals such as nearby Wi-Fi and Bluetooth", "cookie identifiers", "app and browser settings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve our products"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"approximate location from your IP address", "precise location from your device, if you turn on location services", "places you tag"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	partners := &policy.Category{ID: "partners", Name: "Information from partners", Items: []string{"your activity on advertisers' websites and apps, sent by our pixel and software development kit", "purchases made offline that advertisers tell us of"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "advertisers, app developers and other partners", Tracking: true, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPACommercialInfo}}
	inferred := &policy.Category{ID: "inferred", Name: "Inferred interests", Items: []string{"topics and accounts you seem interested in", "your likely age range"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{activity, content, partners, connections},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	payments := &policy.Category{ID: "payments", Name: "Payment information", Items: []string{"subscriptions bought", "billing details", "transaction history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment providers and app stores",
		Retention: policy.AsRequiredBy("Irish tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	ageProof := &policy.Category{ID: "age-proof", Name: "Proof of age", Items: []string{"a video selfie for an estimate of your age", "a photo of an identity document"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Days(30), policy.EventPurposeAchieved), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer support, payments and content review", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, content, messages, activity, device, payments, ageProof}}
	meta := &policy.Recipient{ID: "meta", Name: "Meta Platforms, Inc. and the other Meta companies", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, profile, content, connections, messages, activity, device, location, inferred}, Purpose: "to run the infrastructure, systems and technology our products share"}
	advertisers := &policy.Recipient{ID: "advertisers", Name: "advertisers and measurement partners", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{inferred, activity}, Purpose: "to receive reports on how their ads perform, which do not identify you"}
	apps := &policy.Recipient{ID: "apps", Name: "apps and websites you connect to your account", Role: policy.RoleThirdParty, Categories: []*policy.Category{profile, content},
		Conditional: true, Purpose: "you log in to them with your account or share to them"}
	researchers := &policy.Recipient{ID: "researchers", Name: "researchers and academics", Role: policy.RoleThirdParty, Categories: []*policy.Category{content, activity},
		Purpose: "to study topics such as social welfare and technology, under agreements that protect your privacy"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and public authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, content, messages, device, location}, Conditional: true, Purpose: "in answer to valid legal requests, or to prevent imminent harm"}

	service := &policy.Purpose{ID: "service", Name: "Providing Instagram and your account", Categories: []*policy.Category{account, profile, content, connections, messages, device, payments},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, meta},
		Required: "you must give a username, a password, your date of birth and an email address or phone number to open an account; without them we cannot open one"}
	feed := &policy.Purpose{ID: "feed", Name: "Personalising your feed, Explore and Reels", Categories: []*policy.Category{activity, inferred, content, connections, device},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, OptOut: true, Recipients: []*policy.Recipient{meta}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you personalised ads", Categories: []*policy.Category{activity, inferred, partners, device, location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your ad preferences in Accounts Center", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		PaidAlternative: policy.PaidAlternative{Offer: "a monthly subscription without ads", URL: "https://accountscenter.instagram.example/subscription"},
		Recipients:      []*policy.Recipient{advertisers}}
	linkAccounts := &policy.Purpose{ID: "accounts-center", Name: "Connecting your experiences across Meta products in Accounts Center", Categories: []*policy.Category{account, profile, activity, inferred},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by removing the account from Accounts Center", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{meta}}
	locationFeatures := &policy.Purpose{ID: "location", Name: "Location features", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your device's location settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	contactsSync := &policy.Purpose{ID: "contacts", Name: "Suggesting people you may know from your uploaded contacts", Categories: []*policy.Category{connections},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off contact syncing and deleting uploaded contacts", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	safety := &policy.Purpose{ID: "safety", Name: "Promoting safety, integrity and security", Categories: []*policy.Category{account, content, messages, activity, device, connections},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "keeping our products and the people who use them safe from spam, fraud, abuse and harmful content",
		Automated: "automated systems find and remove content that breaks our rules and can disable accounts",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerYes, Contest: "by requesting a review in the app", HumanReview: true},
		Recipients: []*policy.Recipient{providers, meta}}
	age := &policy.Purpose{ID: "age", Name: "Understanding your age and giving teens age-appropriate experiences", Categories: []*policy.Category{account, ageProof, activity, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping children under 13 off Instagram and placing teenagers in Teen Accounts",
		Recipients: []*policy.Recipient{providers}, Required: "giving a video selfie or an identity document is your choice when you change your date of birth; without one the change is not made"}
	research := &policy.Purpose{ID: "research", Name: "Improving our products and research", Categories: []*policy.Category{activity, device, content},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how our products are used so that we can improve them and develop new ones",
		Recipients: []*policy.Recipient{researchers}}
	messaging := &policy.Purpose{ID: "messaging", Name: "Sending you messages about our products", Categories: []*policy.Category{account, activity},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling you about activity, features and changes", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{account, content, messages, device, payments},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Regulation (EU) 2022/2065 (Digital Services Act)", Region: regionEU}, {Act: "Online Safety Act 2023", Region: regionGB}}}
	vital := &policy.Purpose{ID: "vital", Name: "Protecting life and safety in an emergency", Categories: []*policy.Category{account, location, messages},
		Bases: []policy.Basis{policy.BasisVitalInterests}, Recipients: []*policy.Recipient{authorities}}

	allEU := []*policy.Category{account, profile, content, connections, messages, activity, device, location, inferred, partners, payments}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Meta Platforms Ireland Limited", Address: "Merrion Road, Dublin 4, D04 X2K5, Ireland", Website: "https://instagram.example/privacy/contact"}, Country: regionIE},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Website: "https://instagram.example/privacy/dpo"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.June, 26), Updated: policy.MakeDate(2024, time.June, 26),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories: []*policy.Category{account, profile, content, connections, messages, activity, device, location, partners, inferred, payments, ageProof},
		NotCollected: []policy.Exclusion{
			{ID: "card-number", Name: "full payment card numbers", Category: payments, Note: "Payment providers and app stores keep them."},
		},
		Purposes:   []*policy.Purpose{service, feed, ads, linkAccounts, locationFeatures, contactsSync, safety, age, research, messaging, legal, vital},
		Recipients: []*policy.Recipient{providers, meta, advertisers, apps, researchers, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: meta, Categories: allEU, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, content, device}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses through the privacy contact form."},
			{Origin: regionGB, Destination: regionUS, Recipient: meta, Categories: allEU, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://transparency.meta.example"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(30)}, {Removal: policy.RemovalLive, Within: policy.Days(60)}}}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "ads", Name: "cookies from other companies for advertising", Party: policy.PartyThird, ProviderName: "advertising partners", Purpose: ads,
				Categories: []*policy.Category{partners}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in Accounts Center and with the Download your information tool"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination},
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by requesting a review of a decision in the app"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Months(1)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"the settings in Accounts Center", "the privacy request form"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl, Description: "You can protect your account with two-factor authentication."}},
		Links: policy.Links{CookieSettings: "https://instagram.example/cookie-settings", RequestForm: "https://instagram.example/privacy/contact",
			Recommendations: "https://transparency.meta.example/features/explaining-ranking/ig-feed"},
		Children: policy.Children{MinimumAge: 13,
			Restrictions: []policy.ChildRestriction{policy.ChildRestrictionPrivateProfile, policy.ChildRestrictionNoPersonalisedAds, policy.ChildRestrictionLimitedMessaging},
			AgeChecks:    []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckInferred, policy.AgeCheckFacialEstimation, policy.AgeCheckDocument}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Website: "https://instagram.example/privacy/contact", Address: "Merrion Road, Dublin 4, D04 X2K5, Ireland"},
	}
	return realPolicy{"photo and video social network (Instagram)", p, []statement{
		{says: "Meta Platforms Ireland Limited in Dublin is the controller for users in the European Region and the United Kingdom", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionIE && p.Controller.Name != ""
		}},
		{says: "our data protection officer can be reached through a form", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Website != "" }},
		{says: "you give a name, username, password, date of birth and an email address or phone number when you sign up", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("service").Required != ""
		}},
		{says: "your profile photo, username and bio are always public", typed: func(p *policy.Policy) bool { return p.Category("profile").Visibility == policy.VisibilityAlways }},
		{says: "we process the photos, videos, stories and comments you share, with their metadata, and adults' posts are public unless the account is private", typed: func(p *policy.Policy) bool {
			return p.Category("content").Visibility == policy.VisibilityDefault && len(p.Category("content").Items) == 4
		}},
		{says: "we process who you follow and who follows you, and contacts you choose to upload", typed: func(p *policy.Policy) bool {
			return p.Purpose("contacts").RestsOnConsent() && p.Purpose("contacts").Uses(p.Category("connections"))
		}},
		{says: "we process the messages you send and receive, which the people you message see", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "we record what you view and how you interact with posts, reels and ads", typed: func(p *policy.Policy) bool { return p.Category("activity").Sources[0] == policy.SourceAutomatic }},
		{says: "we collect device information, including identifiers, network and nearby signals", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").Items, "signals such as nearby Wi-Fi and Bluetooth")
		}},
		{says: "we use approximate location from your IP address, and precise location only if you turn on location services", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").RestsOnConsent() && p.Category("location").Sensitivity == policy.SensitivitySensitive
		}},
		{says: "advertisers and partners tell us what you do on their sites and apps through our pixel and SDK", typed: func(p *policy.Policy) bool {
			return p.Category("partners").Tracking && p.Category("partners").SourceDetail != ""
		}},
		{says: "we infer your interests from your activity, connections and information from partners", typed: func(p *policy.Policy) bool { return len(p.Category("inferred").DerivedFrom) == 4 }},
		{says: "we provide the service and personalise your feed under our terms, and you can choose a feed that is not personalised", typed: func(p *policy.Policy) bool {
			return p.Purpose("feed").HasBasis(policy.BasisContract) && p.Purpose("feed").Profiling && p.Purpose("feed").OptOut
		}},
		{says: "how we rank feed, Explore and Reels is explained in our transparency centre", typed: func(p *policy.Policy) bool { return p.Links.Recommendations != "" }},
		{says: "in Europe we show personalised ads only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").RestsOnConsent() && p.Purpose("ads").Profiling
		}},
		{says: "instead of consenting to personalised ads you may take a paid subscription under which you see no ads", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").PaidAlternative.Offer != ""
		}},
		{says: "you may withdraw consent to ads in Accounts Center", typed: func(p *policy.Policy) bool { return p.Purpose("ads").Withdraw != "" }},
		{says: "advertisers get reports on how their ads perform, which do not identify you", typed: func(p *policy.Policy) bool {
			return recipient(p, "advertisers").Purpose != "" && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "if you add accounts to Accounts Center, we use your information across Meta products, and you can remove them", typed: func(p *policy.Policy) bool {
			return p.Purpose("accounts-center").RestsOnConsent() && p.Purpose("accounts-center").Withdraw != ""
		}},
		{says: "Meta companies process data to run the infrastructure our products share", typed: func(p *policy.Policy) bool { return recipient(p, "meta").Purpose != "" }},
		{says: "we keep our products safe on our legitimate interests, with automated systems that remove content and disable accounts", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Automated != "" && p.Purpose("safety").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "you can ask for a review when we remove content or disable your account", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return s.HumanReview && s.Contestable() && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "the service is not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "teens are placed in Teen Accounts, which are private by default and see no ads based on their activity", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionPrivateProfile) && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds)
		}},
		{says: "we check age by the date of birth given, by estimates from activity, and may ask for a video selfie or an identity document", typed: func(p *policy.Policy) bool {
			return len(p.Children.AgeChecks) == 4 && p.Category("age-proof").Retention.Period == policy.Days(30)
		}},
		{says: "we improve our products and share data with researchers under agreements", typed: func(p *policy.Policy) bool { return recipient(p, "researchers").Purpose != "" }},
		{says: "we send messages about our products, which you can turn off", typed: func(p *policy.Policy) bool { return p.Purpose("messaging").OptOut }},
		{says: "we meet legal obligations, such as the Digital Services Act, and answer legal requests", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("legal").Obligations) == 2 && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we use data to protect someone's life in an emergency", typed: func(p *policy.Policy) bool { return p.Purpose("vital").HasBasis(policy.BasisVitalInterests) }},
		{says: "apps you connect receive the data you let them have", typed: func(p *policy.Policy) bool { return recipient(p, "apps").Conditional }},
		{says: "we transfer data to Meta Platforms, Inc. in the United States under the Data Privacy Framework, and to others on standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "you can cancel the deletion of your account for 30 days, and deleting everything you posted takes up to 90 days from the start", typed: func(p *policy.Policy) bool {
			st := p.Deletion[0].Stages
			return st[0].Within == policy.Days(30) && st[1].Within == policy.Days(60)
		}},
		{says: "we keep payment records as tax law requires", typed: func(p *policy.Policy) bool { return p.Category("payments").Retention.Law != "" }},
		{says: "you may access, download, correct, delete and port your data, object, restrict and withdraw consent, and complain to the Irish Data Protection Commission", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know and delete their information and are not discriminated against; agents may ask", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we do not sell your personal information", typed: func(p *policy.Policy) bool { return p.CCPA.Sold == policy.AnswerNo }},
		{says: "cookies from other companies for advertising are set only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "ads").Consent == policy.CookieConsentOptIn }},
		{says: "we protect data with encryption in transit and access controls, and offer two-factor authentication", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "we tell you of material changes in the app before they take effect", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "in Teen Accounts only people a teen follows or is connected with can message them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionLimitedMessaging)
		}},
		// Free text.
		{says: "users under 16 need a parent's permission to loosen the settings of a Teen Account", free: toChildren},
		{says: "content others share about you, such as a photo you are tagged in, stays on Instagram after your account is deleted", free: toCategory("content")},
	}}
}

// microblog paraphrases, in our own words and as we recall it, the privacy
// policy of a microblogging service in the manner of X, formerly Twitter,
// as published in 2024: an Irish controller for users in the EU, the EFTA
// states and the United Kingdom, with its US parent elsewhere, whose users
// post in public by default and send direct messages, who may verify their
// identity with a selfie and an identity document, look for and apply to
// jobs, and talk to an AI assistant, and whose public posts train the
// company's and its affiliate's AI models unless the user opts out. It
// declares the GDPR, the UK GDPR and the CCPA.
func microblog() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"display name", "username", "password", "email address or phone number", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Google or Apple, if you sign up with them",
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	profile := &policy.Category{ID: "profile", Name: "Profile", Items: []string{"profile photo and header", "bio", "location you enter", "website", "accounts you follow and that follow you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true,
		Visibility: policy.VisibilityAlways, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	posts := &policy.Category{ID: "posts", Name: "Posts and other public content", Items: []string{"posts, replies and reposts", "photos, videos and live audio", "likes, lists and communities you join", "when a post was made and from which app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityDefault,
		Retention: policy.ByCriteria("until you delete them or your account"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPASensoryData}}
	messages := &policy.Category{ID: "messages", Name: "Direct messages", Items: []string{"content of the messages you send and receive", "who took part and when"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts}, CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	biometric := &policy.Category{ID: "biometric", Name: "Identity verification data", Items: []string{"a photo of your government ID", "a selfie compared with the ID photo", "the biometric data derived from both"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to verify you and to keep a record of the verification"), CCPA: []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	jobs := &policy.Category{ID: "jobs", Name: "Job information", Items: []string{"employment history and education", "skills and job preferences", "the jobs you apply for and what you send with an application"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Days(30)), CCPA: []policy.CCPACategory{policy.CCPAProfessionalInfo, policy.CCPAEducationInfo}}
	payments := &policy.Category{ID: "payments", Name: "Payment information", Items: []string{"Premium subscriptions and other purchases", "billing details", "payment card details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment providers and app stores",
		Retention: policy.AsRequiredBy("Irish tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	usage := &policy.Category{ID: "usage", Name: "Usage information", Items: []string{"what you view, search for and interact with", "how long you spend on posts", "the ads you see and act on"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(18), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	device := &policy.Category{ID: "device", Name: "Device and log information", Items: []string{"IP address", "browser and operating system", "device identifiers", "mobile carrier", "pages visited and referring links", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(18), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"approximate location from your IP address", "precise location, if you allow it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.Until(policy.EventConsentWithdrawal),
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	partners := &policy.Category{ID: "partners", Name: "Information from advertisers and other partners", Items: []string{"your visits to their websites and apps", "hashed email addresses and device identifiers they match with your account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "advertisers, ad partners and the services you link to your account", Tracking: true,
		Retention: policy.Keep(policy.Months(18), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	inferred := &policy.Category{ID: "inferred", Name: "Inferred information", Items: []string{"interests", "the devices, browsers and accounts that are probably yours"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{usage, posts, device, partners},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	grok := &policy.Category{ID: "grok", Name: "Conversations with Grok", Items: []string{"what you ask Grok", "Grok's answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, ModelGenerated: true,
		Retention: policy.Keep(policy.Days(30), policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, customer support, identity checks and content moderation", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, messages, biometric, payments, device, usage}}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "X Corp. and our other affiliates, including xAI", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, profile, posts, usage, device, inferred, grok}, Purpose: "to provide and improve their services, including training the models behind Grok"}
	employers := &policy.Recipient{ID: "employers", Name: "employers whose jobs you apply for", Role: policy.RoleThirdParty, Categories: []*policy.Category{jobs, profile},
		Conditional: true, Purpose: "you apply for a job through X Hiring"}
	advertisers := &policy.Recipient{ID: "advertisers", Name: "advertisers and ad partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{device, usage, inferred},
		Purpose: "to measure and improve their ads"}
	developers := &policy.Recipient{ID: "developers", Name: "developers, researchers and other users of our API", Role: policy.RoleThirdParty, Categories: []*policy.Category{posts, profile},
		Purpose: "to build on and study public conversation"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and public authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, messages, device, posts}, Conditional: true, Purpose: "in answer to valid legal process, or to prevent death or serious harm"}

	service := &policy.Purpose{ID: "service", Name: "Operating, personalising and improving X", Categories: []*policy.Category{account, profile, posts, messages, payments, usage, device, inferred},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, affiliates}, Profiling: true,
		Required: "you must give a display name, a username, a password, your date of birth and an email address or phone number to open an account; without them we cannot open one"}
	verification := &policy.Purpose{ID: "verification", Name: "Verifying your identity, if you choose to", Categories: []*policy.Category{biometric, account},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by writing to us through the privacy form", ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{providers}}
	hiring := &policy.Purpose{ID: "hiring", Name: "Recommending jobs and sending your applications through X Hiring", Categories: []*policy.Category{jobs, profile},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, Recipients: []*policy.Recipient{employers},
		Required: "an employer decides what an application must contain; without it you cannot apply for that job"}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you ads based on your activity on X", Categories: []*policy.Category{usage, inferred, location, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "funding a free service with ads that are relevant to you", Profiling: true, OptOut: true,
		Recipients: []*policy.Recipient{advertisers}}
	partnerAds := &policy.Purpose{ID: "partner-ads", Name: "Showing you ads based on your activity elsewhere", Categories: []*policy.Category{partners, inferred},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the Privacy and safety settings or the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{advertisers}}
	training := &policy.Purpose{ID: "training", Name: "Training our machine learning and AI models", Categories: []*policy.Category{posts, profile, grok, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "developing AI models and features, such as Grok, that understand public conversation", OptOut: true,
		Recipients: []*policy.Recipient{affiliates}}
	assistant := &policy.Purpose{ID: "grok", Name: "Answering you with Grok", Categories: []*policy.Category{grok, posts},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{affiliates}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping X safe and enforcing our rules", Categories: []*policy.Category{account, posts, messages, device, usage},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "protecting users from spam, fraud, impersonation and abuse",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerNo, Contest: "by filing an appeal", HumanReview: true},
		Recipients: []*policy.Recipient{providers, authorities}}
	api := &policy.Purpose{ID: "api", Name: "Making public posts available through our API", Categories: []*policy.Category{posts, profile},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "letting developers and researchers build on and study public conversation",
		Recipients: []*policy.Recipient{developers}}
	localFeatures := &policy.Purpose{ID: "location", Name: "Showing you content near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your device's location settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	communicate := &policy.Purpose{ID: "communicate", Name: "Communicating with you about X", Categories: []*policy.Category{account, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling you about activity, features and our policies", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{account, posts, messages, device, payments},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Regulation (EU) 2022/2065 (Digital Services Act)", Region: regionEU}, {Act: "Online Safety Act 2023", Region: regionGB}}}

	all := []*policy.Category{account, profile, posts, messages, biometric, jobs, payments, usage, device, location, partners, inferred, grok}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Twitter International Unlimited Company", Address: "One Cumberland Place, Fenian Street, Dublin 2, D02 AX07, Ireland", Website: "https://help.x.example/forms/privacy"}, Country: regionIE},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Website: "https://help.x.example/forms/dpo"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.November, 15), Updated: policy.MakeDate(2024, time.November, 15),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories: all,
		Purposes:   []*policy.Purpose{service, verification, hiring, ads, partnerAds, training, assistant, safety, api, localFeatures, communicate, legal},
		Recipients: []*policy.Recipient{providers, affiliates, employers, advertisers, developers, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: affiliates, Categories: []*policy.Category{account, profile, posts, usage, device, inferred, grok}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses through the privacy form."},
			{Origin: regionGB, Destination: regionUS, Recipient: affiliates, Categories: []*policy.Category{account, profile, posts, usage, device, inferred, grok}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask us for a copy of the addendum through the privacy form."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://transparency.x.example"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(30)}},
			Kept: []policy.KeptReason{policy.KeptAbuse}}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "login and security cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, ProviderName: "ad partners", Purpose: partnerAds,
				Categories: []*policy.Category{partners}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("with Your X Data, the settings and the privacy form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the Privacy and safety settings"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://x.example/settings/privacy_and_safety", RequestMethods: []string{"the privacy form", "the settings"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEndToEndEncryption, Description: "Encrypted direct messages, which verified users can send, are encrypted end to end."},
			{Kind: policy.MeasureAccessControl, Description: "You can protect your account with two-factor authentication."}},
		Links:    policy.Links{CookieSettings: "https://x.example/settings/cookies", RequestForm: "https://help.x.example/forms/privacy"},
		Children: policy.Children{MinimumAge: 13, AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared}},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Website: "https://help.x.example/forms/privacy", Address: "One Cumberland Place, Fenian Street, Dublin 2, D02 AX07, Ireland"},
	}
	return realPolicy{"microblogging service (X)", p, []statement{
		{says: "Twitter International Unlimited Company in Dublin is the controller for users in the EU, the EFTA states and the UK", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionIE && p.Controller.Name != ""
		}},
		{says: "our data protection officer can be reached through a form", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Website != "" }},
		{says: "to open an account you give a display name, username, password, date of birth and an email address or phone number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("service").Required != ""
		}},
		{says: "your profile is always public", typed: func(p *policy.Policy) bool { return p.Category("profile").Visibility == policy.VisibilityAlways }},
		{says: "your posts are public unless you protect them, and anyone in the world can see and search them", typed: func(p *policy.Policy) bool {
			return p.Category("posts").Visibility == policy.VisibilityDefault
		}},
		{says: "we process the direct messages you send and receive; the people you message see them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "verified users can send encrypted direct messages", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEndToEndEncryption) }},
		{says: "with your consent we use a selfie and a government ID to verify your identity, which involves biometric data", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && p.Purpose("verification").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "a provider of identity checks processes verification data for us", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "providers").Categories, p.Category("biometric"))
		}},
		{says: "if you use X Hiring we process your employment history, education and skills to recommend jobs", typed: func(p *policy.Policy) bool {
			return p.Purpose("hiring").Profiling && slices.Contains(p.Category("jobs").CCPA, policy.CCPAProfessionalInfo)
		}},
		{says: "when you apply for a job we send your application to the employer", typed: func(p *policy.Policy) bool { return recipient(p, "employers").Conditional }},
		{says: "we process payment information when you buy Premium or other products", typed: func(p *policy.Policy) bool { return p.Category("payments").Retention.Law != "" }},
		{says: "we record what you view, search for and interact with, and keep log data for up to 18 months", typed: func(p *policy.Policy) bool {
			return p.Category("usage").Retention.Period == policy.Months(18) && p.Category("device").Retention.Period == policy.Months(18)
		}},
		{says: "we use approximate location from your IP address and precise location only if you allow it", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").RestsOnConsent() && p.Category("location").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "advertisers and partners share information about your activity on their sites and apps with us", typed: func(p *policy.Policy) bool { return p.Category("partners").Tracking }},
		{says: "we infer your interests and which devices and browsers are yours", typed: func(p *policy.Policy) bool { return len(p.Category("inferred").DerivedFrom) == 4 }},
		{says: "we operate, personalise and improve X to provide the service you signed up for", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").HasBasis(policy.BasisContract) && p.Purpose("service").Profiling
		}},
		{says: "we show ads based on your activity on X on our legitimate interests, which you can turn off", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").OptOut && p.Purpose("ads").Interest != ""
		}},
		{says: "ads based on your activity elsewhere need your consent", typed: func(p *policy.Policy) bool { return p.Purpose("partner-ads").RestsOnConsent() }},
		{says: "we use the information we collect and public posts to train our machine learning and AI models, including Grok", typed: func(p *policy.Policy) bool {
			return p.Purpose("training").Uses(p.Category("posts")) && p.Purpose("training").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "you can stop your posts and Grok conversations from being used for training in the settings", typed: func(p *policy.Policy) bool { return p.Purpose("training").OptOut }},
		{says: "Grok's answers may be inaccurate, and we process what you ask it", typed: func(p *policy.Policy) bool { return p.Category("grok").ModelGenerated }},
		{says: "xAI and our other affiliates receive data to provide and improve their services", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates").Purpose != "" }},
		{says: "we keep X safe, fight spam and impersonation, and suspend accounts, which you can appeal", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Suspension.Contestable() && p.Purpose("safety").Suspension.HumanReview
		}},
		{says: "public posts are available to developers and researchers through our API", typed: func(p *policy.Policy) bool {
			return p.Purpose("api").Uses(p.Category("posts")) && recipient(p, "developers") != nil
		}},
		{says: "we send you notifications and news, which you can turn off", typed: func(p *policy.Policy) bool { return p.Purpose("communicate").OptOut }},
		{says: "service providers host, take payments, support and moderate for us", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "advertisers get aggregated reports on their ads", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we answer valid legal process, tell users where we may, and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d.Notice && d.ReportURL != ""
		}},
		{says: "we disclose data in a merger and to protect people and rights", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we meet legal obligations, such as the Digital Services Act", typed: func(p *policy.Policy) bool { return len(p.Purpose("legal").Obligations) == 2 }},
		{says: "data goes to X Corp. in the United States on standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionUS && p.Transfers[0].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "a deactivated account can be restored for 30 days, after which it is deleted", typed: func(p *policy.Policy) bool { return p.Deletion[0].Stages[0].Within == policy.Days(30) }},
		{says: "you may access, correct, delete and port your data, object, restrict, withdraw consent and complain to the Irish Data Protection Commission", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we do not sell personal information, but share it for targeted ads, which Californians can opt out of", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && hasRight(p, policy.RightOptOutOfSale)
		}},
		{says: "Californians may know, delete and correct their data and are not discriminated against; agents may ask", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we no longer respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "advertising cookies are set only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "ads").Consent == policy.CookieConsentOptIn }},
		{says: "X is not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we tell you of material changes by a notice on X or by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "what you post in public can be copied and kept by others", typed: func(p *policy.Policy) bool {
			// The document states that others may copy or archive public data.
			return p.Category("posts").Visibility != 0
		}},
		// Free text.
		{says: "search engines may keep copies of public posts even after you delete them", free: toCategory("posts")},
		{says: "some data, such as data needed for safety and to prevent repeat abuse, may be kept after the account is deleted", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptAbuse)
		}},
	}}
}
