package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var (
	regionSG = language.MustParseRegion("SG")
	regionMY = language.MustParseRegion("MY")
)

// shortVideoApp paraphrases, in our own words and as we recall it, the
// privacy policy a short-video social app in the manner of TikTok
// published for the European Economic Area, the United Kingdom and
// Switzerland in 2024: an Irish controller that processes profiles,
// videos, messages, device and network data and the interests it infers
// from them, checks that users are at least 13, withholds personalised
// advertising from users under 18, stores data in Singapore and the
// United States, and lets staff of its corporate group in China reach
// some of it remotely, all on standard contractual clauses.
func shortVideoApp() realPolicy {
	profile := &policy.Category{ID: "profile", Name: "Profile information", Items: []string{"name", "username", "password", "date of birth", "email address or phone number", "profile photo", "bio"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the platforms you sign up or log in with",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, Visibility: policy.VisibilityDefault}
	content := &policy.Category{ID: "content", Name: "User content", Items: []string{"videos, photos and livestreams", "comments, captions and hashtags", "sounds and effects used", "when, where and by whom content was created"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityDefault}
	messages := &policy.Category{ID: "messages", Name: "Direct messages", Items: []string{"content of the messages you send and receive", "when they were sent, received and read", "who took part"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts}}
	contacts := &policy.Category{ID: "contacts", Name: "Contacts", Items: []string{"names and phone numbers in your phone's contact list", "your friends on other platforms"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "Purchase information", Items: []string{"coins and gifts bought", "billing details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment providers and app stores",
		Retention: policy.AsRequiredBy("Irish tax and accounting law"), Linked: true}
	verification := &policy.Category{ID: "verification", Name: "Age and identity verification", Items: []string{"photo of an identity document", "selfie for an estimate of your age", "payment card check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	technical := &policy.Category{ID: "technical", Name: "Technical information", Items: []string{"IP address", "device model and operating system", "mobile carrier and network type", "time zone", "device identifiers", "screen resolution", "keystroke patterns and rhythms", "battery state and audio settings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide and secure the platform")}
	location := &policy.Category{ID: "location", Name: "Approximate location", Items: []string{"region from your SIM card", "region from your IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	usage := &policy.Category{ID: "usage", Name: "Usage information", Items: []string{"content you watch and for how long", "likes, shares, follows and comments", "searches", "settings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	inferred := &policy.Category{ID: "inferred", Name: "Inferred information", Items: []string{"age range", "gender", "interests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{profile, usage, content},
		Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	features := &policy.Category{ID: "features", Name: "Content characteristics", Items: []string{"objects and scenery in images", "whether and where faces and bodies appear", "the words spoken in audio"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{content},
		Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	partners := &policy.Category{ID: "partners", Name: "Information from advertisers and measurement partners", Items: []string{"actions on advertisers' apps and websites, such as purchases and installs", "hashed email addresses and device identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "advertisers and measurement partners", Tracking: true,
		Retention: policy.Keep(policy.Months(6), policy.EventCollection)}
	others := &policy.Category{ID: "others", Name: "Information others give about you", Items: []string{"mentions and tags in others' content", "reports", "contact lists that include you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "other users", Retention: policy.WhileAccountActive(policy.Period{})}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"what you tell us in support requests, surveys and feedback"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved), Linked: true}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for cloud hosting, content moderation, customer support and payments", Role: policy.RoleProcessor,
		Categories: []*policy.Category{profile, content, messages, technical, usage, purchases, verification, support}}
	group := &policy.Recipient{ID: "group", Name: "companies of our corporate group, including TikTok Pte. Ltd. in Singapore and TikTok Inc. in the United States", Role: policy.RoleProcessor,
		Categories: []*policy.Category{profile, content, messages, technical, location, usage, inferred}, Purpose: "to run, secure and improve the platform the world over"}
	advertisers := &policy.Recipient{ID: "advertisers", Name: "advertisers and measurement partners", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{technical, usage}, Purpose: "to measure how their ads perform"}
	platforms := &policy.Recipient{ID: "platforms", Name: "other platforms you share content to", Role: policy.RoleThirdParty, Categories: []*policy.Category{content, profile},
		Conditional: true, Purpose: "you choose to share a video to another platform or log in with it"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and public authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{profile, content, messages, technical}, Conditional: true, Purpose: "in answer to a valid legal request, or to prevent harm to someone"}

	service := &policy.Purpose{ID: "service", Name: "Providing the platform and your account", Categories: []*policy.Category{profile, content, messages, technical, location, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, group},
		Required: "you must give a date of birth, an email address or phone number and a password to open an account; without them we cannot open one"}
	feed := &policy.Purpose{ID: "feed", Name: "Personalising your For You feed", Categories: []*policy.Category{usage, inferred, features, content, location, technical},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, OptOut: true, Recipients: []*policy.Recipient{group}}
	friends := &policy.Purpose{ID: "friends", Name: "Finding your friends", Categories: []*policy.Category{contacts, others},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off contact syncing in the settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping the platform safe and enforcing our terms", Categories: []*policy.Category{profile, content, messages, technical, usage, features, others},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "keeping users safe, and removing content and accounts that break our terms",
		Automated: "automated systems remove content that clearly breaks our rules, without a person reviewing it first",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerNo, Contest: "by appealing in the app", HumanReview: true},
		Recipients: []*policy.Recipient{providers, group, authorities}}
	age := &policy.Purpose{ID: "age", Name: "Checking that users are old enough", Categories: []*policy.Category{profile, verification, usage, content, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping children under 13 off the platform and giving teenagers settings suited to their age",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnderage},
			Automated: policy.AnswerNo, Contest: "by proving your age with a selfie for age estimation, an identity document or a payment card check", HumanReview: true},
		Recipients: []*policy.Recipient{providers},
		Required:   "giving a document or a selfie is your choice; without one a ban for being under age stays in place"}
	personalAds := &policy.Purpose{ID: "personalised-ads", DirectMarketing: true, Name: "Showing you personalised ads", Categories: []*policy.Category{usage, inferred, partners, technical},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the personalised ads setting", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{advertisers}}
	basicAds := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing ads that are not personalised and measuring them", Categories: []*policy.Category{profile, location, technical},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "funding a free platform with ads chosen only by your age range, language and region",
		Recipients: []*policy.Recipient{advertisers}}
	improve := &policy.Purpose{ID: "improve", Name: "Improving and developing the platform", Categories: []*policy.Category{usage, technical, features, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how features are used so that we can fix and improve them"}
	notify := &policy.Purpose{ID: "notify", Name: "Sending you notifications and news about the platform", Categories: []*policy.Category{profile, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling you about activity and features you may like", OptOut: true}
	sharing := &policy.Purpose{ID: "sharing", Name: "Sharing your content to other platforms", Categories: []*policy.Category{content, profile},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{platforms}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations and answering authorities", Categories: []*policy.Category{profile, content, messages, technical, purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Regulation (EU) 2022/2065 (Digital Services Act)", Region: regionEU}, {Act: "Online Safety Act 2023", Region: regionGB},
			{Act: "Federal Act on Data Protection", Region: regionCH}}}

	p := &policy.Policy{
		Controller:     policy.Controller{Contact: policy.Contact{Name: "TikTok Technology Limited", Address: "10 Earlsfort Terrace, Dublin 2, D02 T380, Ireland", Website: "https://tiktok.example/legal/report/privacy"}, Country: regionIE},
		DPO:            &policy.Contact{Name: "Data Protection Officer", Website: "https://tiktok.example/legal/report/dpo"},
		Establishments: []policy.Establishment{{Region: regionGB, Contact: policy.Contact{Name: "TikTok Information Technologies UK Limited", Address: "1 London Wall Place, London, EC2Y 5EA, United Kingdom"}}},
		Version:        "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.FADP},
		Categories: []*policy.Category{profile, content, messages, contacts, purchases, verification, technical, location, usage, inferred, features, partners, others, support},
		NotCollected: []policy.Exclusion{
			{ID: "precise-location", Name: "precise location from your device's GPS", Category: location},
			{ID: "card-number", Name: "full payment card numbers", Category: purchases, Note: "Payment providers handle them."},
		},
		Storage:    []policy.Storage{{Location: regionSG}, {Location: regionUS}, {Location: regionMY}},
		Purposes:   []*policy.Purpose{service, feed, friends, safety, age, personalAds, basicAds, improve, notify, sharing, legal},
		Recipients: []*policy.Recipient{providers, group, advertisers, platforms, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionSG, Recipient: group, Categories: []*policy.Category{profile, content, messages, technical, location, usage, inferred}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses through the privacy web form."},
			{Origin: regionEU, Destination: regionUS, Recipient: group, Categories: []*policy.Category{profile, content, messages, technical, location, usage, inferred}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses through the privacy web form."},
			{Origin: regionEU, Destination: regionCN, Recipient: group, Categories: []*policy.Category{profile, content, technical, usage}, Safeguard: policy.SafeguardStandardClauses,
				Note: "Staff of our group in China reach this data remotely, only as approved under strict access controls. You can ask us for a copy of the clauses through the privacy web form."},
			{Origin: regionGB, Destination: regionSG, Recipient: group, Categories: []*policy.Category{profile, content, messages, technical, location, usage, inferred}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask us for a copy of the addendum through the privacy web form."},
			{Origin: regionGB, Destination: regionUS, Recipient: group, Categories: []*policy.Category{profile, content, messages, technical, location, usage, inferred}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask us for a copy of the addendum through the privacy web form."},
			{Origin: regionGB, Destination: regionCN, Recipient: group, Categories: []*policy.Category{profile, content, technical, usage}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "Staff of our group in China reach this data remotely, only as approved under strict access controls. You can ask us for a copy of the addendum through the privacy web form."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, ReportURL: "https://tiktok.example/transparency"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(30)}}}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{technical}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, ProviderName: "advertising partners", Purpose: personalAds,
				Categories: []*policy.Category{partners}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("with the Download your data tool and the settings in the app"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by appealing a decision in the app"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Deadline: policy.Months(1)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasurePseudonymisation}},
		Links: policy.Links{Recommendations: "https://tiktok.example/transparency/recommendation-system", CookieSettings: "https://tiktok.example/cookie-settings",
			RequestForm: "https://tiktok.example/legal/report/privacy"},
		Children: policy.Children{MinimumAge: 13, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds},
			AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckInferred, policy.AgeCheckFacialEstimation, policy.AgeCheckDocument, policy.AgeCheckPaymentCard}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Website: "https://tiktok.example/legal/report/privacy", Address: "10 Earlsfort Terrace, Dublin 2, D02 T380, Ireland"},
	}
	return realPolicy{"short-video social app (TikTok)", p, []statement{
		{says: "TikTok Technology Limited in Dublin is the controller for users in the EEA, the UK and Switzerland", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionIE && p.Controller.Name != ""
		}},
		{says: "TikTok Information Technologies UK Limited is our establishment in the United Kingdom", typed: func(p *policy.Policy) bool { return p.Establishments[0].Region == regionGB }},
		{says: "our data protection officer can be reached through a web form", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Website != "" }},
		{says: "you give profile information when you sign up: name, username, password, date of birth, email or phone, photo and bio", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("profile").Items, "date of birth")
		}},
		{says: "a date of birth, an email or phone number and a password are needed to open an account", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "if you sign up with another platform we receive your profile details from it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("profile").Sources, policy.SourceThirdParty) && p.Category("profile").SourceDetail != ""
		}},
		{says: "accounts of adults are public by default, so that anyone can see the profile and the videos", typed: func(p *policy.Policy) bool {
			return p.Category("profile").Visibility == policy.VisibilityDefault && p.Category("content").Visibility == policy.VisibilityDefault
		}},
		{says: "we process the content you create, with its metadata", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("content").Items, "when, where and by whom content was created")
		}},
		{says: "we process the direct messages you send and receive, which the people you message see", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "we scan messages and content for harmful material to keep the platform safe", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Uses(p.Category("messages")) && p.Purpose("safety").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "with your permission we sync your phone contacts to suggest friends, and you can turn it off", typed: func(p *policy.Policy) bool {
			return p.Purpose("friends").RestsOnConsent() && p.Purpose("friends").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we collect technical information including keystroke patterns and the device's battery and audio settings", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("technical").Items, "keystroke patterns and rhythms")
		}},
		{says: "we infer your approximate location from the SIM card and IP address, and do not collect precise GPS location in Europe", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("location")
		}},
		{says: "we record what you watch, like, share and search", typed: func(p *policy.Policy) bool { return p.Category("usage").Sources[0] == policy.SourceAutomatic }},
		{says: "we infer your age range, gender and interests from your activity", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) > 0 && slices.Contains(p.Category("inferred").Sources, policy.SourceDerived)
		}},
		{says: "we detect objects, faces, bodies and spoken words in content, to moderate and recommend it", typed: func(p *policy.Policy) bool {
			return p.Category("features").DerivedFrom[0] == p.Category("content")
		}},
		{says: "advertisers and measurement partners tell us what you do on their apps and websites", typed: func(p *policy.Policy) bool {
			return p.Category("partners").Tracking && p.Category("partners").SourceDetail != ""
		}},
		{says: "other users give us information about you when they mention you, report you or upload contacts", typed: func(p *policy.Policy) bool {
			return p.Category("others").SourceDetail == "other users"
		}},
		{says: "we personalise the For You feed from your activity under our contract, and you can switch to a feed that is not personalised", typed: func(p *policy.Policy) bool {
			return p.Purpose("feed").Profiling && p.Purpose("feed").OptOut && p.Purpose("feed").HasBasis(policy.BasisContract)
		}},
		{says: "how the recommendation system works is explained on a separate page", typed: func(p *policy.Policy) bool { return p.Links.Recommendations != "" }},
		{says: "personalised ads rest on your consent, which you withdraw in the ads settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalised-ads").RestsOnConsent() && p.Purpose("personalised-ads").Withdraw != ""
		}},
		{says: "ads that are not personalised rest on our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("ads").Interest != "" }},
		{says: "users under 18 do not see personalised ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds)
		}},
		{says: "advertisers get reports on how their ads perform", typed: func(p *policy.Policy) bool {
			return recipient(p, "advertisers").Purpose != "" && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we remove content and ban accounts that break our terms, and you can appeal for a person to review the decision", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return s.HumanReview && s.Contestable()
		}},
		{says: "automated systems remove content that clearly breaks our rules, and you can ask for a person to review it", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we check age with the birth date given at sign-up, estimate it from activity and reports, and may ask for a selfie, an identity document or a card check", typed: func(p *policy.Policy) bool {
			return len(p.Children.AgeChecks) == 5 && slices.Contains(p.Children.AgeChecks, policy.AgeCheckFacialEstimation)
		}},
		{says: "accounts of users we believe are under 13 are banned, and a person reviews the proof of age they give to get them back", typed: func(p *policy.Policy) bool {
			s := p.Purpose("age").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundUnderage) && s.HumanReview && s.Contestable()
		}},
		{says: "the platform is not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we improve the platform on our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) }},
		{says: "we send notifications, which you can turn off", typed: func(p *policy.Policy) bool { return p.Purpose("notify").OptOut }},
		{says: "service providers host, moderate, support and process payments for us", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "companies of our group in Singapore and the United States process data to run the platform", typed: func(p *policy.Policy) bool { return recipient(p, "group").Purpose != "" }},
		{says: "we store data in Singapore, the United States and Malaysia", typed: func(p *policy.Policy) bool { return len(p.Storage) == 3 }},
		{says: "data goes from Europe to Singapore and the United States on standard contractual clauses, and from the UK on the UK Addendum", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[3].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "staff of our group in China can reach some data remotely, on standard contractual clauses", typed: func(p *policy.Policy) bool { return p.Transfers[2].Destination == regionCN }},
		{says: "we disclose data to authorities on valid legal requests, and publish a transparency report", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).ReportURL != ""
		}},
		{says: "a deleted account is deactivated for 30 days, when you can still restore it, and then deleted", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Stages[0].Within == policy.Days(30)
		}},
		{says: "you may access, download, correct and delete your data, object, restrict, port it and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may complain to the Irish Data Protection Commission or your local authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we keep invoices for purchases as tax law requires", typed: func(p *policy.Policy) bool { return p.Category("purchases").Retention.Law != "" }},
		{says: "we protect data with encryption, access controls and pseudonymisation", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasurePseudonymisation) }},
		{says: "we tell you of material changes by a notice in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "accounts of users under 16 are private by default, and they cannot send or receive direct messages", free: func(p *policy.Policy, text string) { p.Children.Note = text }},
		{says: "direct messages are not end-to-end encrypted", free: toCategory("messages")},
	}}
}

// discussionForum paraphrases, in our own words and as we recall it, the
// privacy policy an online discussion forum in the manner of Reddit
// published in 2024: a US company whose users post under pseudonyms in
// public communities, whose posts, comments and profiles anyone can
// read, who vote in private, who see ads chosen by their activity, and
// whose public content the company licenses to partners. It declares the
// GDPR, the UK GDPR and the CCPA.
func discussionForum() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"username", "password", "email address, if you give one", "phone number, if you give one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Google or Apple, if you sign up with them",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	profile := &policy.Category{ID: "profile", Name: "Profile", Items: []string{"display name", "avatar", "bio", "karma", "account age", "communities you moderate"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityAlways, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	content := &policy.Category{ID: "content", Name: "Posts and comments", Items: []string{"posts, links, images and videos", "comments", "the username they are published under"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.Retention{Kind: policy.RetentionCriteria, Criteria: "until you delete them; closing your account leaves them in place but no longer shows your username with them"},
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	actions := &policy.Category{ID: "actions", Name: "Votes and other actions", Items: []string{"upvotes and downvotes", "communities joined", "posts saved, hidden and reported"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	messages := &policy.Category{ID: "messages", Name: "Private messages and chats", Items: []string{"messages and chats with other users", "messages to moderators"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts, policy.AudienceModerators}, CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases", Items: []string{"Premium subscriptions and other items bought", "billing country and postcode"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "our payment processors and the app stores",
		Retention: policy.AsRequiredBy("US federal and state tax law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	logs := &policy.Category{ID: "logs", Name: "Log and usage data", Items: []string{"browser and device type", "operating system", "pages visited and links clicked", "referring address", "search terms"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to run, secure and improve the services"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	ip := &policy.Category{ID: "ip", Name: "IP addresses", Items: []string{"IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Days(100), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"approximate location from your IP address", "precise location, if you allow it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.Until(policy.EventConsentWithdrawal),
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	partners := &policy.Category{ID: "partners", Name: "Information from advertisers", Items: []string{"actions on advertisers' websites and apps, reported by our pixel and conversions API", "hashed email addresses and mobile advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "advertisers and measurement partners", Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	interests := &policy.Category{ID: "interests", Name: "Inferred interests", Items: []string{"topics and communities you seem interested in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{actions, content, logs, partners},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"support requests", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	moderators := &policy.Recipient{ID: "moderators", Name: "volunteer moderators of the communities you take part in", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{content, messages, profile}, Purpose: "to moderate their communities: they see what you post there and the messages you send them"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, email, payments, support and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, logs, ip, purchases, support, messages}, Country: regionUS}
	licensees := &policy.Recipient{ID: "licensees", Name: "developers and partners that use our Data API or license public content", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{content, profile}, Purpose: "to build on public conversations, including to train models, on terms that oblige them to honour deletions", Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and measurement partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{partners, logs}, Country: regionUS,
		Purpose: "to measure ads and show you relevant ones"}
	linked := &policy.Recipient{ID: "linked", Name: "apps and services you link to your account", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, profile},
		Conditional: true, Purpose: "you authorise an app or link another service to your account"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and public authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, ip, logs, messages}, Conditional: true, Purpose: "in answer to valid legal process, or in an emergency"}

	service := &policy.Purpose{ID: "service", Name: "Providing the services and your account", Categories: []*policy.Category{account, profile, content, actions, messages, purchases, logs, ip},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, moderators},
		Required: "only a username and a password are needed to open an account; an email address is optional, but without one you cannot reset your password"}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending posts and communities", Categories: []*policy.Category{actions, interests, logs, location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing you conversations you are likely to find interesting", Profiling: true, OptOut: true}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing ads based on your activity on our services", Categories: []*policy.Category{actions, interests, logs, location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "funding free services with ads that are relevant to you", Profiling: true, OptOut: true}
	partnerAds := &policy.Purpose{ID: "partner-ads", Name: "Showing and measuring ads based on your activity with our partners", Categories: []*policy.Category{partners, interests},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the privacy settings or the cookie banner", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	safety := &policy.Purpose{ID: "safety", Name: "Fighting spam, abuse and rule-breaking", Categories: []*policy.Category{account, content, actions, messages, logs, ip},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping the services safe and enforcing our content policy",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerNo, Contest: "by appealing the suspension", HumanReview: true},
		Recipients: []*policy.Recipient{moderators, providers}}
	licensing := &policy.Purpose{ID: "licensing", Name: "Making public content available through our API and licences", Categories: []*policy.Category{content, profile},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "letting researchers, developers and partners build on the public conversations our users chose to publish",
		Recipients: []*policy.Recipient{licensees}}
	localFeatures := &policy.Purpose{ID: "location", Name: "Location-based features", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your device's settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	messaging := &policy.Purpose{ID: "messaging", Name: "Sending you notifications, digests and news", Categories: []*policy.Category{account, actions},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling you about replies, activity and features", OptOut: true}
	research := &policy.Purpose{ID: "research", Name: "Research and improving the services", Categories: []*policy.Category{logs, actions, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how the services are used so that we can improve them"}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{account, ip, logs, purchases, messages},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities, linked},
		Obligations: []policy.Obligation{{Act: "Regulation (EU) 2022/2065 (Digital Services Act)", Region: regionEU}, {Act: "Online Safety Act 2023", Region: regionGB}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Reddit, Inc.", Address: "1455 Market Street, Suite 1600, San Francisco, CA 94103, USA", Email: "privacy@reddit.example"}, Country: regionUS},
		Representatives: []policy.Representative{
			{Region: regionEU, Contact: policy.Contact{Name: "Reddit Netherlands B.V.", Email: "privacy@reddit.example"}},
			{Region: regionGB, Contact: policy.Contact{Name: "Reddit UK Limited", Email: "privacy@reddit.example"}},
		},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories: []*policy.Category{account, profile, content, actions, messages, purchases, logs, ip, location, partners, interests, support},
		NotCollected: []policy.Exclusion{
			{ID: "real-name", Name: "your real name", Category: account, Note: "You may use the services under a pseudonym."},
			{ID: "card-number", Name: "full payment card numbers", Category: purchases, Note: "Our payment processors keep them."},
		},
		Purposes:   []*policy.Purpose{service, recommend, ads, partnerAds, safety, licensing, localFeatures, messaging, research, legal},
		Recipients: []*policy.Recipient{moderators, providers, licensees, adPartners, linked, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, profile, content, actions, messages, purchases, logs, ip, location, interests, support}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses."},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, profile, content, actions, messages, purchases, logs, ip, location, interests, support}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask us for a copy of the addendum."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://reddit.example/transparency"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookie", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "pixel", Name: "advertising pixels and cookies", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: partnerAds,
				Categories: []*policy.Category{partners}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your account settings or with the data request form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the privacy settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://reddit.example/settings/privacy", RequestMethods: []string{"the data request form", "email to privacy@reddit.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl, Description: "You can protect your account with two-factor authentication."}},
		Links: policy.Links{CookieSettings: "https://reddit.example/cookie-settings", RequestForm: "https://reddit.example/data-request",
			Recommendations: "https://reddit.example/help/recommendations"},
		Children: policy.Children{MinimumAge: 13},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@reddit.example"},
	}
	return realPolicy{"discussion forum (Reddit)", p, []statement{
		{says: "Reddit, Inc. in San Francisco is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionUS }},
		{says: "Reddit Netherlands B.V. is the representative in the EU and Reddit UK Limited in the UK", typed: func(p *policy.Policy) bool { return len(p.Representatives) == 2 }},
		{says: "you need not give your real name and may post under a pseudonym", typed: func(p *policy.Policy) bool { return p.NotCollected[0].ID == "real-name" }},
		{says: "only a username and password are required; an email address is optional", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "if you sign up with Google or Apple we receive your details from them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty)
		}},
		{says: "posts, comments and your profile are public: anyone can see them, even without an account", typed: func(p *policy.Policy) bool {
			return p.Category("content").Visibility == policy.VisibilityAlways && p.Category("profile").Visibility == policy.VisibilityAlways
		}},
		{says: "who voted how is not public; only vote totals are", typed: func(p *policy.Policy) bool {
			return p.Category("actions").Visibility == 0 && len(p.Category("actions").VisibleTo) == 0
		}},
		{says: "private messages and chats are seen by the people you send them to", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "moderators see what you post in their communities and the messages you send them", typed: func(p *policy.Policy) bool {
			return recipient(p, "moderators").Purpose != "" && slices.Contains(p.Category("messages").VisibleTo, policy.AudienceModerators)
		}},
		{says: "we collect log and usage data automatically", typed: func(p *policy.Policy) bool { return p.Category("logs").Sources[0] == policy.SourceAutomatic }},
		{says: "we keep IP addresses for 100 days", typed: func(p *policy.Policy) bool { return p.Category("ip").Retention.Period == policy.Days(100) }},
		{says: "we use precise location only if you allow it, for location-based features", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").RestsOnConsent() && p.Category("location").Sensitivity == policy.SensitivitySensitive
		}},
		{says: "advertisers tell us what you do on their sites through our pixel and conversions API", typed: func(p *policy.Policy) bool { return p.Category("partners").Tracking }},
		{says: "we infer your interests from your activity", typed: func(p *policy.Policy) bool { return len(p.Category("interests").DerivedFrom) == 4 }},
		{says: "payment processors handle purchases and we do not keep full card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Category == p.Category("purchases") }},
		{says: "we recommend posts and communities from your activity, and you can turn it off", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Purpose("recommendations").OptOut
		}},
		{says: "we show ads based on your activity on Reddit, which you can turn off in the settings", typed: func(p *policy.Policy) bool { return p.Purpose("ads").OptOut }},
		{says: "ads based on your activity with partners need your consent in Europe", typed: func(p *policy.Policy) bool { return p.Purpose("partner-ads").RestsOnConsent() }},
		{says: "we fight spam and abuse and may suspend accounts, which you can appeal", typed: func(p *policy.Policy) bool { return p.Purpose("safety").Suspension.Contestable() }},
		{says: "public content is available to developers through our Data API and to partners under licence", typed: func(p *policy.Policy) bool {
			return recipient(p, "licensees").Role == policy.RoleThirdParty && p.Purpose("licensing").Uses(p.Category("content"))
		}},
		{says: "we send notifications and digests, which you can turn off", typed: func(p *policy.Policy) bool { return p.Purpose("messaging").OptOut }},
		{says: "service providers host, email, take payments and analyse for us", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "apps you authorise get the data you allow them", typed: func(p *policy.Policy) bool { return recipient(p, "linked").Conditional }},
		{says: "we tell users of legal requests for their data unless we may not, and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d.Notice && d.ReportURL != ""
		}},
		{says: "we disclose data in a merger and to protect people and rights", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we share aggregated information with advertisers", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "data goes to the US on standard contractual clauses", typed: func(p *policy.Policy) bool { return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses }},
		{says: "closing your account leaves your posts in place without your username", typed: func(p *policy.Policy) bool { return p.Category("content").Retention.Criteria != "" }},
		{says: "you may access, correct, delete and port your data, object and complain", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we do not sell personal information, but ads measurement counts as sharing, which you can opt out of also by Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we take no action on Do Not Track signals, for which there is no agreed standard", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "Californians have the rights to know, delete, correct, and not be discriminated against; agents may make requests", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through your account or email", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "advertising cookies are set only with consent in Europe", typed: func(p *policy.Policy) bool { return cookie(p, "pixel").Consent == policy.CookieConsentOptIn }},
		{says: "you can protect your account with two-factor authentication and we use encryption in transit", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "children under 13 may not use the services", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we announce material changes in the service or by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "deleted content may remain in search engines, archives and copies others made", free: toCategory("content")},
		{says: "a username cannot be used again after the account is deleted", free: toCategory("account")},
		{says: "where the law of your country sets an older age to use the services, you must be that old", free: func(p *policy.Policy, text string) { p.Children.Note = text }},
		{says: "community moderators may use automated tools that act on your posts under the community's own rules", free: toPurpose("safety")},
	}}
}
