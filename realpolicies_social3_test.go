package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// chatCommunity paraphrases, in our own words and as we recall it, the
// privacy policy of a chat and voice community platform in the manner of
// Discord, as published in 2024: a US company, with a Dutch subsidiary as
// the controller for users in the European Economic Area and the United
// Kingdom, whose users talk by text, voice and video in servers that other
// users create and run, who may buy a Nitro subscription, add bots and
// apps to their servers, and connect accounts from other services; voice
// and video are not recorded, automated systems and people scan for
// content that breaks the rules and users can appeal, and teenagers get
// safety settings on by default. It declares the GDPR, the UK GDPR and the
// CCPA.
func chatCommunity() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"username and display name", "email address", "password", "date of birth", "phone number, if you add one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	profile := &policy.Category{ID: "profile", Name: "Profile", Items: []string{"avatar and banner", "about me", "pronouns", "custom status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	content := &policy.Category{ID: "content", Name: "Messages and content", Items: []string{"messages you send in servers and direct messages", "images, videos and files you upload", "reactions and stickers", "the servers you create and join"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts, policy.AudienceParticipants},
		CCPA:      []policy.CCPACategory{policy.CCPASensitivePersonalInfo, policy.CCPASensoryData}}
	activity := &policy.Category{ID: "activity", Name: "Activity information", Items: []string{"servers and channels you visit", "features you use and for how long", "when you are in a voice channel and with whom", "the game or app you play, if you show activity status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	device := &policy.Category{ID: "device", Name: "Device and network information", Items: []string{"IP address", "device model and operating system", "device identifiers", "browser type", "approximate location derived from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	connected := &policy.Category{ID: "connected", Name: "Connected accounts", Items: []string{"usernames on services you connect, such as game and music services", "what you play or listen to there"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the services whose accounts you connect",
		Retention: policy.ByCriteria("until you disconnect the account or delete yours"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	payments := &policy.Category{ID: "payments", Name: "Purchase information", Items: []string{"Nitro subscriptions and boosts you buy", "billing country and postal code", "transaction history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment processors and app stores",
		Retention: policy.AsRequiredBy("US federal and state tax law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	safetyData := &policy.Category{ID: "safety", Name: "Safety records", Items: []string{"reports other users make about you", "warnings, content removals and account actions", "results of scans for illegal and harmful content"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived, policy.SourceThirdParty}, SourceDetail: "other users who report you", DerivedFrom: []*policy.Category{content, account},
		Retention: policy.ByCriteria("as long as needed to enforce our rules and keep people safe, which can be after the account is deleted"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInferences}}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"what you tell our support and safety teams", "reports you make about others", "appeals you file"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventPurposeAchieved), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, customer support and safety review", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, content, activity, device, payments, safetyData, support}, Country: regionUS}
	owners := &policy.Recipient{ID: "server-owners", Name: "owners and moderators of the servers you join", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{profile, content}, Conditional: true, Purpose: "you join their server; they see what you post there and can moderate it under their own rules"}
	apps := &policy.Recipient{ID: "apps", Name: "bots and apps you or a server you join adds", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{profile, content}, Conditional: true, Purpose: "you or a server you join adds the app; it receives what its permissions allow, under its developer's own terms and privacy policy"}
	partnersOut := &policy.Recipient{ID: "connected-services", Name: "services whose accounts you connect", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account}, Conditional: true, Purpose: "you connect an account from another service, such as a game or music service"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and child safety organisations", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, content, device, safetyData}, Conditional: true, Purpose: "we receive valid legal process, or find child sexual abuse material, which the law requires us to report"}

	service := &policy.Purpose{ID: "service", Name: "Providing Discord and your account", Categories: []*policy.Category{account, profile, content, activity, device, connected, payments, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, owners, apps, partnersOut},
		Required: "you must give a username, a password, an email address and your date of birth to open an account; without them we cannot open one"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising Discord, such as suggesting servers and friends", Categories: []*policy.Category{activity, connected, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making Discord more relevant to you", Profiling: true, OptOut: true}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how Discord is used and improving it", Categories: []*policy.Category{activity, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning which features people use so that we can improve them", OptOut: true}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping Discord safe and enforcing our rules", Categories: []*policy.Category{account, content, activity, device, safetyData, support},
		Bases:     []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:  "protecting the people who use Discord from spam, fraud, harassment, illegal content and harm",
		Automated: "automated systems scan uploaded images and videos for known child sexual abuse material and filter messages for spam and rule-breaking content",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundSafetyReport, policy.SuspensionGroundUnderage},
			Automated: policy.AnswerYes, Contest: "by appealing in the app or through the safety appeals form", HumanReview: true},
		Recipients: []*policy.Recipient{providers, authorities}}
	teens := &policy.Purpose{ID: "teens", Name: "Giving teenagers age-appropriate safety settings", Categories: []*policy.Category{account, content},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting teenagers from unwanted contact and sensitive images"}
	messaging := &policy.Purpose{ID: "messaging", DirectMarketing: true, Name: "Telling you about Discord features and offers", Categories: []*policy.Category{account, activity},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling you about features and Nitro offers you may like", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{account, content, payments, safetyData},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Regulation (EU) 2022/2065 (Digital Services Act)", Region: regionEU}, {Act: "Online Safety Act 2023", Region: regionGB}}}

	all := []*policy.Category{account, profile, content, activity, device, connected, payments, safetyData, support}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Discord Inc.", Email: "privacy@discord.example", Address: "444 De Haro Street, San Francisco, California, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: regionNL, Contact: policy.Contact{Name: "Discord Netherlands BV", Address: "Amsterdam, Netherlands", Email: "privacy@discord.example"}, ControllerFor: regionEU},
			{Region: regionNL, Contact: policy.Contact{Name: "Discord Netherlands BV", Address: "Amsterdam, Netherlands", Email: "privacy@discord.example"}, ControllerFor: regionGB},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@discord.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 27), Updated: policy.MakeDate(2024, time.March, 27),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories: all,
		NotCollected: []policy.Exclusion{
			{ID: "calls", Name: "recordings of voice and video calls and of voice channels", Category: content, Note: "We do not record or store what is said in them."},
			{ID: "card-number", Name: "full payment card numbers", Category: payments, Note: "Payment processors and app stores keep them."},
		},
		Purposes:   []*policy.Purpose{service, personalise, improve, safety, teens, messaging, legal},
		Recipients: []*policy.Recipient{providers, owners, apps, partnersOut, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: all, Safeguard: policy.SafeguardStandardClauses},
			{Origin: regionGB, Destination: regionUS, Categories: all, Safeguard: policy.SafeguardUKTransferAgreement},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://discord.example/safety/transparency"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(14)}, {Removal: policy.RemovalLive, Within: policy.Days(30)}},
			SharedCopies: true}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies on our website", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in User Settings, with the Request all of my Data tool, or by writing to privacy@discord.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"the settings in the app", "email to privacy@discord.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl, Description: "You can protect your account with two-factor authentication."}},
		Links:    policy.Links{CookieSettings: "https://discord.example/cookie-settings", RequestForm: "https://discord.example/privacy-request"},
		Children: policy.Children{MinimumAge: 13,
			Restrictions: []policy.ChildRestriction{policy.ChildRestrictionFilteredChat},
			AgeChecks:    []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckDocument}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@discord.example"},
	}
	return realPolicy{"chat and voice community platform (Discord)", p, []statement{
		{says: "Discord Inc. in San Francisco is the controller, and Discord Netherlands BV for users in the European Economic Area and the United Kingdom", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Establishments[0].ControllerFor == regionEU && p.Establishments[1].ControllerFor == regionGB
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "you give a username, email address, password and date of birth to sign up, and may add a phone number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("service").Required != ""
		}},
		{says: "your profile is visible to other users", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("profile").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "we store the messages, images and files you send, which the people in the server or conversation see", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("content").VisibleTo, policy.AudienceParticipants) && slices.Contains(p.Category("content").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "we do not record or store the content of voice and video calls or voice channels", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("content")
		}},
		{says: "servers are created and run by users, whose owners and moderators see what you post there and apply their own rules", typed: func(p *policy.Policy) bool {
			return recipient(p, "server-owners").Conditional && recipient(p, "server-owners").Purpose != ""
		}},
		{says: "bots and apps you or a server adds receive what their permissions allow, under their developers' own policies", typed: func(p *policy.Policy) bool {
			return recipient(p, "apps").Conditional && recipient(p, "apps").Role == policy.RoleThirdParty
		}},
		{says: "we collect how you use Discord, including when you are in voice channels, and device and network information", typed: func(p *policy.Policy) bool {
			return p.Category("activity").Sources[0] == policy.SourceAutomatic && p.Category("device").Sources[0] == policy.SourceAutomatic
		}},
		{says: "if you connect accounts from other services, we receive data from them, and you can disconnect them", typed: func(p *policy.Policy) bool {
			return p.Category("connected").SourceDetail != "" && recipient(p, "connected-services").Conditional
		}},
		{says: "when you buy Nitro, payment processors and app stores handle the card, and we keep the purchase record", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Category == p.Category("payments") && p.Category("payments").Retention.Law != ""
		}},
		{says: "we provide Discord under our terms of service", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we personalise Discord, such as suggesting servers, on our legitimate interests, and you can turn this off in privacy settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").OptOut
		}},
		{says: "we analyse use to improve Discord, which you can turn off in privacy settings", typed: func(p *policy.Policy) bool { return p.Purpose("improve").OptOut }},
		{says: "to enforce our terms and on our legitimate interests, automated systems scan images and videos for known child sexual abuse material and filter spam and rule-breaking messages", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Automated != "" && p.Purpose("safety").HasBasis(policy.BasisContract)
		}},
		{says: "we may warn you, remove content or suspend your account, also on automated signals, and you can appeal to a person", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return s.Automated == policy.AnswerYes && s.HumanReview && s.Contestable()
		}},
		{says: "we keep safety records as long as needed to enforce our rules, even after an account is deleted", typed: func(p *policy.Policy) bool {
			return p.Category("safety").Retention.Criteria != ""
		}},
		{says: "we report child sexual abuse material to the authorities and answer valid legal process, publishing a transparency report", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Role == policy.RoleAuthority && hasDisclosure(p, policy.DisclosureLegalProcess).ReportURL != ""
		}},
		{says: "we meet legal obligations such as the Digital Services Act and the Online Safety Act", typed: func(p *policy.Policy) bool { return len(p.Purpose("legal").Obligations) == 2 }},
		{says: "you must be at least 13, or older where local law requires", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "teenagers have safety settings on by default, such as blurring sensitive images in messages", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionFilteredChat) && p.Purpose("teens").Interest != ""
		}},
		{says: "we rely on the date of birth you give and may ask for an identity document to confirm an age", typed: func(p *policy.Policy) bool { return len(p.Children.AgeChecks) == 2 }},
		{says: "we send you messages about features and offers, which you can turn off", typed: func(p *policy.Policy) bool {
			return p.Purpose("messaging").DirectMarketing && p.Purpose("messaging").OptOut
		}},
		{says: "service providers help us host, take payments, support users and review safety reports", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we disclose data on legal process, to protect people and rights, and in a merger or sale", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we transfer data from Europe to the United States on standard contractual clauses, with the UK Addendum for the United Kingdom", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "we do not sell your personal information or share it for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo
		}},
		{says: "you can delete your account, which is removed after a 14-day grace period; messages you sent stay unless you delete them first, shown as from a deleted user", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Stages[0].Within == policy.Days(14) && p.Deletion[0].SharedCopies
		}},
		{says: "we keep data while your account is open and delete it when it is deleted, unless we must keep it", typed: func(p *policy.Policy) bool {
			return !p.Category("account").Retention.IsZero()
		}},
		{says: "you may access, download, correct and delete your data, object, restrict, withdraw consent and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know and delete their information and are not discriminated against; agents may ask for them", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through your account or by email", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "our website uses essential cookies, and analytics cookies only with consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "essential").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn
		}},
		{says: "we protect data with encryption in transit and access controls, and offer two-factor authentication", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "server owners and app developers are responsible for their own use of data, and we do not control it", free: toIntroduction},
		{says: "in privacy settings you choose who may send you direct messages and friend requests, and whether to filter images in them", free: toCategory("content")},
	}}
}

// visualDiscovery paraphrases, in our own words and as we recall it, the
// privacy policy of a visual discovery platform in the manner of
// Pinterest, as published in 2024: Pinterest Europe Ltd. in Dublin is the
// controller for users outside the United States, Pinterest, Inc. for
// users in it; users save Pins to boards, which are public unless a board
// is secret, and the service learns their interests from what they save,
// search and click; advertisers send data through the Pinterest Tag and
// conversion tools and upload customer lists to be matched, and in the
// European Union ads are personalised on such data only with consent. It
// declares the GDPR and the CCPA.
func visualDiscovery() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "username", "email address", "password", "date of birth", "gender", "country and language"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits, policy.CCPASensitivePersonalInfo}}
	pins := &policy.Category{ID: "pins", Name: "Pins, boards and profile", Items: []string{"Pins you create or save", "boards and their names", "comments and photos you post", "profile photo and description"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityDefault, CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPASensoryData}}
	activity := &policy.Category{ID: "activity", Name: "Activity on Pinterest", Items: []string{"Pins you view, click and save", "searches", "ads you see and interact with", "boards and people you follow"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	device := &policy.Category{ID: "device", Name: "Device and log information", Items: []string{"IP address", "browser and operating system", "device identifiers and advertising ID", "cookie identifiers", "referring page"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"approximate location from your IP address", "precise location from your device, if you allow it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	partners := &policy.Category{ID: "partners", Name: "Information from advertisers and partners", Items: []string{"visits and purchases on advertisers' sites, sent by the Pinterest Tag", "conversion events advertisers send from their servers", "hashed email addresses in customer lists advertisers upload to be matched"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "advertisers and measurement partners", Tracking: true, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPACommercialInfo, policy.CCPAIdentifiers}}
	logins := &policy.Category{ID: "logins", Name: "Information from services you log in with", Items: []string{"name and email address from the account you log in with", "profile photo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "services such as Google or Facebook, if you log in with them",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	inferred := &policy.Category{ID: "inferred", Name: "Inferred interests", Items: []string{"topics you seem interested in", "your likely age range and gender"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{activity, pins, partners},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	payments := &policy.Category{ID: "payments", Name: "Advertiser billing information", Items: []string{"billing contact", "business address", "payment history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("Irish tax and accounting law"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, analytics, customer support and payments", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, pins, activity, device, payments}}
	pinterestInc := &policy.Recipient{ID: "pinterest-inc", Name: "Pinterest, Inc. and its affiliates", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, pins, activity, device, location, partners, inferred}, Purpose: "to operate the service and its infrastructure"}
	advertisers := &policy.Recipient{ID: "advertisers", Name: "advertisers and measurement partners", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{activity, inferred}, Purpose: "to receive reports on how their ads and Pins perform, which do not identify you"}
	apps := &policy.Recipient{ID: "apps", Name: "apps and websites you connect to your account", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, pins},
		Conditional: true, Purpose: "you link your account to them or log in to them with it"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and public authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, pins, device}, Conditional: true, Purpose: "we receive a valid legal request, or must act to prevent harm"}

	service := &policy.Purpose{ID: "service", Name: "Providing Pinterest and your account", Categories: []*policy.Category{account, pins, activity, device, logins, payments},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, pinterestInc, apps},
		Required: "you must give an email address, a password and your date of birth to open an account; without them we cannot open one"}
	recommend := &policy.Purpose{ID: "recommend", Name: "Recommending Pins, boards and people you may like", Categories: []*policy.Category{activity, pins, inferred, location},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, Recipients: []*policy.Recipient{pinterestInc}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you ads personalised with information from advertisers and partners", Categories: []*policy.Category{partners, activity, inferred, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in Privacy and data settings or in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{advertisers, pinterestInc}}
	onPlatformAds := &policy.Purpose{ID: "ads-on-pinterest", DirectMarketing: true, Name: "Showing you ads based on your activity on Pinterest", Categories: []*policy.Category{activity, inferred, pins},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "funding a free service with ads relevant to what you do on Pinterest", Profiling: true, OptOut: true,
		Recipients: []*policy.Recipient{advertisers}}
	measurement := &policy.Purpose{ID: "measurement", Name: "Measuring how ads perform for advertisers", Categories: []*policy.Category{partners, activity},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in Privacy and data settings", ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{advertisers}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping Pinterest safe and enforcing our rules", Categories: []*policy.Category{account, pins, activity, device},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "protecting Pinterest and its users from spam, fraud and harmful content",
		Automated: "automated systems find spam and content that breaks our guidelines and can limit or suspend accounts",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerYes, Contest: "by appealing through the help centre", HumanReview: true},
		Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you emails and notifications about Pinterest", Categories: []*policy.Category{account, activity},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling you about Pins, features and ideas you may like", OptOut: true}
	improve := &policy.Purpose{ID: "improve", Name: "Improving Pinterest and developing new features", Categories: []*policy.Category{activity, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how Pinterest is used so that we can improve it"}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{account, pins, payments},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Regulation (EU) 2022/2065 (Digital Services Act)", Region: regionEU}}}

	all := []*policy.Category{account, pins, activity, device, location, partners, logins, inferred, payments}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Pinterest Europe Ltd.", Address: "Palmerston House, 2nd Floor, Fenian Street, Dublin 2, Ireland", Website: "https://help.pinterest.example/contact"}, Country: regionIE},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "dpo@pinterest.example"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.January, 8), Updated: policy.MakeDate(2024, time.January, 8),
		Laws:       []policy.Law{policy.GDPR, policy.CCPA},
		Categories: all,
		NotCollected: []policy.Exclusion{
			{ID: "card-number", Name: "full payment card numbers", Category: payments, Note: "Our payment processors keep them."},
		},
		Purposes:   []*policy.Purpose{service, recommend, ads, onPlatformAds, measurement, safety, marketing, improve, legal},
		Recipients: []*policy.Recipient{providers, pinterestInc, advertisers, apps, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: pinterestInc, Categories: all, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, pins, activity, device, payments}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses through the contact form."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://policy.pinterest.example/transparency-report"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(14)}, {Removal: policy.RemovalLive, Within: policy.Days(30)}}}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies of our partners", Party: policy.PartyThird, ProviderName: "advertising partners", Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your settings, or through our help centre"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination},
			policy.Right{Kind: policy.RightOptOutOfSale, How: "by turning off ads personalisation in Privacy and data settings, or with a Global Privacy Control signal"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Months(1)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://pinterest.example/settings/privacy", RequestMethods: []string{"the settings in the app", "the privacy request form"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl, Description: "You can protect your account with two-factor authentication."}},
		Links:    policy.Links{CookieSettings: "https://pinterest.example/cookie-settings", RequestForm: "https://help.pinterest.example/contact"},
		Children: policy.Children{MinimumAge: 13,
			Restrictions: []policy.ChildRestriction{policy.ChildRestrictionPrivateProfile, policy.ChildRestrictionLimitedMessaging},
			AgeChecks:    []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckDocument}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy-support@pinterest.example", Website: "https://help.pinterest.example/contact", Address: "Palmerston House, 2nd Floor, Fenian Street, Dublin 2, Ireland"},
	}
	return realPolicy{"visual discovery platform (Pinterest)", p, []statement{
		{says: "Pinterest Europe Ltd. in Dublin is the controller for users outside the United States", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionIE && p.Controller.Name != ""
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "you give an email address, a password and your date of birth to sign up, and may add a name, gender and language", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "gender") && p.Purpose("service").Required != ""
		}},
		{says: "Pins and boards you create are public, unless you make a board secret", typed: func(p *policy.Policy) bool { return p.Category("pins").Visibility == policy.VisibilityDefault }},
		{says: "we record what you view, save, search and click, and the ads you see", typed: func(p *policy.Policy) bool { return p.Category("activity").Sources[0] == policy.SourceAutomatic }},
		{says: "we collect device and log information, including cookie and advertising identifiers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").Items, "device identifiers and advertising ID")
		}},
		{says: "we use approximate location from your IP address, and precise location if you allow it", typed: func(p *policy.Policy) bool { return len(p.Category("location").Items) == 2 }},
		{says: "if you log in with Google or Facebook, we receive your name, email address and photo from them", typed: func(p *policy.Policy) bool { return p.Category("logins").SourceDetail != "" }},
		{says: "advertisers send us visits and purchases on their sites through the Pinterest Tag and conversion tools", typed: func(p *policy.Policy) bool {
			return p.Category("partners").Tracking && slices.Contains(p.Category("partners").Items, "visits and purchases on advertisers' sites, sent by the Pinterest Tag")
		}},
		{says: "advertisers upload customer lists, which we match to accounts with hashed email addresses", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("partners").Sources, policy.SourceThirdParty) && len(p.Category("partners").Items) == 3
		}},
		{says: "we infer your interests from what you do on Pinterest and from advertisers' data", typed: func(p *policy.Policy) bool { return len(p.Category("inferred").DerivedFrom) == 3 }},
		{says: "we provide Pinterest and recommend Pins under our terms of service", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").HasBasis(policy.BasisContract) && p.Purpose("recommend").Profiling
		}},
		{says: "in the EU we personalise ads with information from advertisers and partners only with your consent, which you can withdraw in settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").RestsOnConsent() && p.Purpose("ads").Withdraw != ""
		}},
		{says: "we show ads based on your activity on Pinterest on our legitimate interests, and you can object", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads-on-pinterest").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("ads-on-pinterest").OptOut
		}},
		{says: "we measure how ads perform with advertisers' conversion data with your consent", typed: func(p *policy.Policy) bool { return p.Purpose("measurement").RestsOnConsent() }},
		{says: "advertisers get reports on how their ads perform, which do not identify you", typed: func(p *policy.Policy) bool {
			return recipient(p, "advertisers").Purpose != "" && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep Pinterest safe under our terms and on our legitimate interests with automated systems, which can limit accounts, and you can appeal", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return p.Purpose("safety").Automated != "" && s.Contestable() && s.HumanReview
		}},
		{says: "we send emails and notifications about Pinterest, which you can turn off", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOut }},
		{says: "we improve Pinterest and develop new features on our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "we meet legal obligations such as the Digital Services Act and answer legal requests, with a transparency report", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("legal").Obligations) == 1 && hasDisclosure(p, policy.DisclosureLegalProcess).ReportURL != ""
		}},
		{says: "service providers help us host, analyse, support users and take payments", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "Pinterest, Inc. in the United States operates the service with us", typed: func(p *policy.Policy) bool { return recipient(p, "pinterest-inc").Country == regionUS }},
		{says: "apps you link to your account receive what you let them have", typed: func(p *policy.Policy) bool { return recipient(p, "apps").Conditional }},
		{says: "we disclose data on legal process, to protect people and rights, and in a merger or sale", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we transfer data to the United States under the Data Privacy Framework and standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "when you close your account we deactivate it and delete it after 14 days", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Stages[0].Within == policy.Days(14)
		}},
		{says: "we keep data while your account is open, and billing records as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("payments").Retention.Law != "" && !p.Category("account").Retention.IsZero()
		}},
		{says: "you may access, correct, delete and port your data, object, restrict, withdraw consent and complain to the Irish Data Protection Commission", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we do not sell your information, but sharing for ads may count as sharing under California law, which you can opt out of, also with Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "Californians may know and delete their information and are not discriminated against; agents may ask", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "advertising cookies and data from the Pinterest Tag are used in the EU only with consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "ads").Consent == policy.CookieConsentOptIn && p.Purpose("ads").RestsOnConsent() && p.Purpose("ads").Uses(p.Category("partners"))
		}},
		{says: "Pinterest is not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "accounts of teenagers under 16 are private and cannot be messaged by strangers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionPrivateProfile) && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionLimitedMessaging)
		}},
		{says: "we protect data with encryption in transit and access controls, and offer two-factor authentication", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "Pins you save from other people's boards link back to their source, and others can save your public Pins", free: toCategory("pins")},
		{says: "advertisers must have the right to share customer lists and tag data with us, as our advertising terms require", free: toCategory("partners")},
	}}
}
