package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// gameStore paraphrases, in our own words and as we recall it, the
// privacy policy of a PC game store and platform in the manner of Steam
// by Valve, as published in 2024: a US controller with an establishment
// in Luxembourg that sells games in the EU, keeps a Steam account with
// its purchases and play time, hosts community content, and runs an
// anti-cheat system that bans accounts that use known cheats.
func gameStore() realPolicy {
	lu := language.MustParseRegion("LU")
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"account name", "email address", "password", "country of residence", "phone number, if you add one for Steam Guard"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment and transaction information", Items: []string{"billing name and address", "payment method", "purchases, gifts and refunds", "Steam Wallet balance and transactions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors",
		Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true}
	usage := &policy.Category{ID: "usage", Name: "Use of Steam and games", Items: []string{"games owned and played", "play time and achievements", "Steam client settings", "IP address", "device and operating system"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	community := &policy.Category{ID: "community", Name: "Community content", Items: []string{"profile name, avatar and summary", "friends list", "reviews, screenshots and Workshop items", "forum and discussion posts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, Visibility: policy.VisibilityOptional}
	chat := &policy.Category{ID: "chat", Name: "Chat messages", Items: []string{"text and voice messages in Steam Chat"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	cheat := &policy.Category{ID: "cheat", Name: "Anti-cheat data", Items: []string{"signatures of known cheat programs found on the computer", "bans and the games they apply to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"what you tell Steam Support", "refund requests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	survey := &policy.Category{ID: "hardware", Name: "Hardware survey answers", Items: []string{"processor, graphics card and memory", "operating system and language"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.ByCriteria("until the survey results are aggregated")}
	website := &policy.Category{ID: "website", Name: "Website analytics", Items: []string{"pages visited on the Steam website", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(14), policy.EventCollection)}

	processors := &policy.Recipient{ID: "payments", Name: "payment processors", Role: policy.RoleProcessor, Categories: []*policy.Category{payment, account}, Country: regionUS}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, content delivery, support and hardware shipping", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, usage, support, payment}, Country: regionUS}
	developers := &policy.Recipient{ID: "developers", Name: "developers and publishers of the games you own", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{usage, cheat}, Purpose: "to run their games, their online features and their own anti-cheat, under their own privacy policies"}
	players := &policy.Recipient{ID: "players", Name: "other Steam users", Role: policy.RoleThirdParty, Categories: []*policy.Category{community, chat, cheat},
		Purpose: "to see the profile, content and game bans you make public, and the messages you send them"}
	analytics := &policy.Recipient{ID: "analytics", Name: "Google, for website analytics", Role: policy.RoleProcessor, Categories: []*policy.Category{website}, Country: regionUS}

	service := &policy.Purpose{ID: "service", Name: "Providing Steam and the games you buy", Categories: []*policy.Category{account, usage, community, chat},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, developers, players},
		Required: "without an account name, email address and password we cannot open a Steam account"}
	buying := &policy.Purpose{ID: "purchases", Name: "Selling games and processing payments", Categories: []*policy.Category{payment, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{processors, providers},
		Required: "without payment details we cannot complete a purchase"}
	fair := &policy.Purpose{ID: "anti-cheat", Name: "Detecting cheating", Categories: []*policy.Category{cheat, usage, account},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "keeping multiplayer games fair for every player",
		Automated: "the anti-cheat system bans an account from a game's secure servers when it finds a known cheat program", Recipients: []*policy.Recipient{developers, players}}
	security := &policy.Purpose{ID: "security", Name: "Protecting accounts from fraud and theft", Categories: []*policy.Category{account, usage, payment},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting users' accounts and payments from fraud and theft"}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending games", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing users the games they are most likely to enjoy", Profiling: true}
	helping := &policy.Purpose{ID: "support", Name: "Answering Steam Support requests", Categories: []*policy.Category{support, account, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "what you tell Steam Support is up to you, but without your account name we cannot find your account"}
	hardware := &policy.Purpose{ID: "hardware", Name: "Running the hardware and software survey", Categories: []*policy.Category{survey},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by declining the next survey in the Steam client"}
	measure := &policy.Purpose{ID: "analytics", Name: "Measuring the use of the website", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings on the website", ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{analytics}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping tax and accounting records", Categories: []*policy.Category{payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Luxembourg VAT law", Region: lu}},
		Required: "the law requires us to keep records of sales"}

	p := &policy.Policy{
		Controller:     policy.Controller{Contact: policy.Contact{Name: "Valve Corporation", Address: "Bellevue, Washington, USA", Website: "https://help.steampowered.example"}, Country: regionUS},
		Establishments: []policy.Establishment{{Region: lu, Contact: policy.Contact{Name: "Valve S.à r.l.", Address: "Luxembourg"}}},
		Version:        "2024", Effective: policy.MakeDate(2024, time.January, 1), Updated: policy.MakeDate(2024, time.January, 1),
		Laws:       []policy.Law{policy.GDPR},
		Scope:      []string{"Steam, the Steam website, the Steam client and Valve's games"},
		Categories: []*policy.Category{account, payment, usage, community, chat, cheat, support, survey, website},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSensitive},
		},
		Purposes:   []*policy.Purpose{service, buying, fair, security, recommend, helping, hardware, measure, legal},
		Recipients: []*policy.Recipient{processors, providers, developers, players, analytics},
		Storage:    []policy.Storage{{Location: regionUS}},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, payment, usage, community, chat, cheat, support, survey},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask us for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: analytics, Categories: []*policy.Category{website}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, usage, community, chat, cheat, support}, Stages: []policy.Stage{
				{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "login and session cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "Google Analytics", Party: policy.PartyThird, Provider: analytics, Purpose: measure, Categories: []*policy.Category{website},
				Lifetime: policy.Expires(policy.Months(14)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("on the account data page of your Steam account, or through Steam Support"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking Steam Support to review a ban"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Deadline: policy.Months(1)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl,
			Description: "Steam Guard asks for a code from the mobile app or an email before a new device can sign in."}},
		Links:    policy.Links{CookieSettings: "https://store.steampowered.example/account/cookiepreferences"},
		Children: policy.Children{MinimumAge: 13, ByRegion: []policy.AgeLimit{{Region: regionEU, Age: 16}}},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Website: "https://help.steampowered.example/privacy"},
	}
	return realPolicy{"PC game store and platform (Steam)", p, []statement{
		{says: "Valve Corporation in Bellevue is the controller of your data", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionUS && p.Controller.Name != "" }},
		{says: "Valve has an establishment in Luxembourg, which sells to users in the EU", typed: func(p *policy.Policy) bool { return p.Establishments[0].Region == lu }},
		{says: "the policy covers Steam, its website and client, and Valve's games", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "we collect the account name, email, password and country you give when you open an account", typed: func(p *policy.Policy) bool { return p.Category("account") != nil }},
		{says: "you may add a phone number to protect the account with Steam Guard", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "phone number, if you add one for Steam Guard")
		}},
		{says: "we keep your billing details, purchases, gifts, refunds and Steam Wallet transactions", typed: func(p *policy.Policy) bool { return p.Category("payment").SourceDetail != "" }},
		{says: "payment processors receive payment details to take payment", typed: func(p *policy.Policy) bool { return recipient(p, "payments").Role == policy.RoleProcessor }},
		{says: "we record which games you own and play, play time and achievements", typed: func(p *policy.Policy) bool { return p.Category("usage").Sources[0] == policy.SourceAutomatic }},
		{says: "your profile, friends, reviews, screenshots and Workshop items are shown to others as your privacy settings allow", typed: func(p *policy.Policy) bool {
			return p.Category("community").Visibility == policy.VisibilityOptional && recipient(p, "players") != nil
		}},
		{says: "we store the messages you send in Steam Chat to deliver them", typed: func(p *policy.Policy) bool { return p.Purpose("service").Uses(p.Category("chat")) }},
		{says: "the anti-cheat system looks for known cheat programs while you play a protected game", typed: func(p *policy.Policy) bool { return p.Purpose("anti-cheat").Uses(p.Category("cheat")) }},
		{says: "an account found using a cheat is banned automatically, and the ban shows on the profile", typed: func(p *policy.Policy) bool {
			return p.Purpose("anti-cheat").Automated != "" && slices.Contains(recipient(p, "players").Categories, p.Category("cheat"))
		}},
		{says: "you can ask Steam Support to review a ban", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNoAutomatedDecision) }},
		{says: "developers of the games you own receive your Steam ID, play data and bans to run their games, under their own policies", typed: func(p *policy.Policy) bool {
			return recipient(p, "developers").Role == policy.RoleThirdParty && recipient(p, "developers").Purpose != ""
		}},
		{says: "we use data to protect accounts and payments from fraud and theft", typed: func(p *policy.Policy) bool { return p.Purpose("security").HasBasis(policy.BasisLegitimateInterests) }},
		{says: "we recommend games based on what you play", typed: func(p *policy.Policy) bool { return p.Purpose("recommendations").Profiling }},
		{says: "the hardware survey runs only if you agree to it", typed: func(p *policy.Policy) bool { return p.Purpose("hardware").RestsOnConsent() }},
		{says: "we publish only aggregated survey results", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we answer Steam Support requests under our contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("support").HasBasis(policy.BasisContract) }},
		{says: "we keep sales records as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "the grounds are contract, legitimate interests, consent and legal obligation", typed: func(p *policy.Policy) bool { return len(p.Purposes) == 9 }},
		{says: "we do not ask for special categories of data", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassSensitive }},
		{says: "service providers host Steam, deliver content, help with support and ship hardware", typed: func(p *policy.Policy) bool { return recipient(p, "providers") != nil }},
		{says: "data is stored in the US", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionUS }},
		{says: "data from the EU goes to the US under standard contractual clauses, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "we disclose data on valid legal process, to a buyer, or to protect users and Valve", typed: func(p *policy.Policy) bool { return len(p.Disclosures) == 4 }},
		{says: "we keep account data while the account exists and delete it within 30 days of a deletion request", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventDeletionRequest && p.Deletion[0].Total() == policy.Days(30)
		}},
		{says: "the website sets cookies needed to sign in", typed: func(p *policy.Policy) bool { return cookie(p, "session").StrictlyNecessary }},
		{says: "analytics cookies are set only with consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "you may access, correct, delete and port your data, restrict, object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "much of your data can be seen on the account data page", typed: func(p *policy.Policy) bool { return p.Rights[0].How != "" }},
		{says: "requests made while signed in need no further verification, and we answer within a month", typed: func(p *policy.Policy) bool {
			return p.Requests.Verification[0] == policy.VerificationSignedIn && p.Requests.Deadline == policy.Months(1)
		}},
		{says: "Steam Guard protects sign-ins from new devices, and data travels encrypted", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "children under 13, or under the age of digital consent in their EU country, may not open an account", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && len(p.Children.ByRegion) == 1
		}},
		{says: "we announce material changes by email or in the Steam client", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "privacy questions go to Steam Support", typed: func(p *policy.Policy) bool { return p.Contact.Website != "" }},
		// Free text.
		{says: "the anti-cheat system reads the memory of the computer only while a protected game runs and sends only the results of its checks", free: toPurpose("anti-cheat")},
		{says: "a bought game stays in your library after its developer leaves Steam", free: toPurpose("service")},
	}}
}

// kidsGamePlatform paraphrases, in our own words and as we recall it, the
// privacy policy of a children's online game platform in the manner of
// Roblox, as published in 2024: a US controller whose users include
// children under 13, who may play with a parent's consent and a filtered
// chat; it checks age by the date of birth given at sign-up and, for
// voice chat and older-only experiences, by a facial age estimate or an
// identity document, and declares the GDPR, the UK GDPR and the CCPA.
func kidsGamePlatform() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"username", "password", "date of birth", "email address or phone number, if given", "a parent's email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	verify := &policy.Category{ID: "verification", Name: "Age and identity verification", Items: []string{"selfie", "photo of an identity document", "estimated age"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Days(30), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	content := &policy.Category{ID: "content", Name: "User content and communications", Items: []string{"chat messages", "voice chat", "avatars, experiences and items you create", "reports of other users"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPASensoryData}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address", "device identifiers", "experiences played and time spent", "approximate location from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases", Items: []string{"Robux and items bought", "billing name and country"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment processors and app stores",
		Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	ads := &policy.Category{ID: "ads", Name: "Advertising data", Items: []string{"ads seen and clicked on the platform", "advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(13), policy.EventCollection), Tracking: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"what you or a parent tell customer support"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, moderation, support and payments", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, content, device, purchases, support}, Country: regionUS}
	vendor := &policy.Recipient{ID: "verifier", Name: "our age and identity verification provider", Role: policy.RoleProcessor, Categories: []*policy.Category{verify}, Country: regionUS}
	creators := &policy.Recipient{ID: "creators", Name: "creators of the experiences you play", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "to run and improve their experiences; they receive usernames and play data, not contact details"}
	players := &policy.Recipient{ID: "players", Name: "other users", Role: policy.RoleThirdParty, Categories: []*policy.Category{content},
		Purpose: "to see your avatar and creations and read the messages you send"}
	networks := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{ads, device}, Country: regionUS}
	safety := &policy.Recipient{ID: "safety", Name: "law enforcement and child-safety organisations such as the National Center for Missing & Exploited Children", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, content, device}, Conditional: true, Country: regionUS, Purpose: "a user's safety is at risk or the law requires a report"}

	platform := &policy.Purpose{ID: "platform", Name: "Providing the platform, its experiences and chat", Categories: []*policy.Category{account, content, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, creators, players},
		Required: "an account needs a username, a password and a date of birth; without them you cannot play"}
	moderation := &policy.Purpose{ID: "safety", Name: "Keeping users safe: filtering chat and moderating content", Categories: []*policy.Category{content, account, device},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "protecting users, many of them children, from abuse, grooming and harmful content",
		Automated: "automated filters block text and voice that break the rules and may suspend an account", Recipients: []*policy.Recipient{providers, safety}}
	age := &policy.Purpose{ID: "age", Name: "Verifying age for voice chat and experiences for older users", Categories: []*policy.Category{verify},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by not using the features that need verification, or by asking us to delete the result",
		Recipients: []*policy.Recipient{vendor}}
	buying := &policy.Purpose{ID: "purchases", Name: "Selling Robux and items", Categories: []*policy.Category{purchases, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "without payment details we cannot complete a purchase"}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing ads to users aged 13 and over", Categories: []*policy.Category{ads, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the privacy settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{networks}}
	helping := &policy.Purpose{ID: "support", Name: "Answering users and parents", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "what you tell support is up to you, but without your username we cannot find the account"}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving the platform", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how the platform is used so we can improve it"}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping tax records", Categories: []*policy.Category{purchases},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "meeting the tax and accounting obligations US law places on us"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Roblox Corporation", Address: "San Mateo, California, USA", Email: "privacy@roblox.example"}, Country: regionUS},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "dpo@roblox.example"},
		Representatives: []policy.Representative{
			{Region: regionEU, Contact: policy.Contact{Name: "Roblox's representative in the EU", Email: "eu-representative@roblox.example"}},
			{Region: regionGB, Contact: policy.Contact{Name: "Roblox's representative in the UK", Email: "uk-representative@roblox.example"}},
		},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories: []*policy.Category{account, verify, content, device, purchases, ads, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full payment card numbers", Category: purchases, Note: "Payment processors and app stores keep them."},
		},
		Purposes:   []*policy.Purpose{platform, moderation, age, buying, advertising, helping, improve, legal},
		Recipients: []*policy.Recipient{providers, vendor, creators, players, networks, safety},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, verify, content, device, purchases, ads, support}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, verify, content, device, purchases, ads, support}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask our data protection officer for a copy of the UK Addendum and the clauses."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "sign-in cookies", Party: policy.PartyFirst, Purpose: platform, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: networks, Purpose: advertising, Categories: []*policy.Category{ads},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in the account settings, or by writing to privacy@roblox.example"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by appealing a moderation decision, which a person reviews"},
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the privacy settings"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Months(1)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation},
			OptOutURL: "https://roblox.example/privacy-settings", RequestMethods: []string{"the privacy request form", "email to privacy@roblox.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{RequestForm: "https://roblox.example/privacy-request"},
		Children: policy.Children{MinimumAge: 13, ParentalConsent: true, ConsentAge: 16, ByRegion: []policy.AgeLimit{{Region: regionEU, Age: 16}},
			AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckFacialEstimation, policy.AgeCheckDocument},
			Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds, policy.ChildRestrictionFilteredChat, policy.ChildRestrictionPrivateProfile,
				policy.ChildRestrictionParentalControls},
			ParentRequests: "in the parental controls of the parent's own account, or by writing to privacy@roblox.example"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@roblox.example"},
	}
	return realPolicy{"children's game platform (Roblox)", p, []statement{
		{says: "Roblox Corporation in San Mateo is the controller, with a data protection officer", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.DPO != nil
		}},
		{says: "we have representatives in the EU and the UK", typed: func(p *policy.Policy) bool { return len(p.Representatives) == 2 }},
		{says: "we ask for a username, password and date of birth at sign-up", typed: func(p *policy.Policy) bool { return slices.Contains(p.Category("account").Items, "date of birth") }},
		{says: "for a child under 13 we may ask a parent's email address to tell the parent and get consent", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "a parent's email address") && p.Children.ParentalConsent
		}},
		{says: "users under 13 may play only with a parent's consent, and under 16 in the EU", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.ParentalConsent && p.Children.ByRegion[0].Age == 16
		}},
		{says: "we check age by the date of birth, and for voice chat and older-only experiences by a facial estimate or an identity document", typed: func(p *policy.Policy) bool {
			return len(p.Children.AgeChecks) == 3
		}},
		{says: "the selfie and ID photo are biometric data that our verification provider deletes within 30 days", typed: func(p *policy.Policy) bool {
			return p.Category("verification").Biometric && p.Category("verification").Retention.Period == policy.Days(30) && recipient(p, "verifier").Role == policy.RoleProcessor
		}},
		{says: "verification is voluntary, and only for features that need it", typed: func(p *policy.Policy) bool { return p.Purpose("age").RestsOnConsent() }},
		{says: "we store chat, voice chat and what you create, and others see your avatar and creations", typed: func(p *policy.Policy) bool {
			return p.Purpose("platform").Uses(p.Category("content")) && recipient(p, "players") != nil
		}},
		{says: "all chat passes a filter, which for users under 13 is stricter and removes personal details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionFilteredChat)
		}},
		{says: "automated systems and moderators review content and may suspend accounts; you can appeal to a person", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we report child sexual abuse material to the National Center for Missing & Exploited Children and work with law enforcement", typed: func(p *policy.Policy) bool {
			return recipient(p, "safety").Conditional
		}},
		{says: "we collect device identifiers, IP address and how you use the platform", typed: func(p *policy.Policy) bool { return p.Category("device").Sources[0] == policy.SourceAutomatic }},
		{says: "creators of experiences receive usernames and play data but not contact details", typed: func(p *policy.Policy) bool { return recipient(p, "creators").Purpose != "" }},
		{says: "we sell Robux and items; payment processors and app stores take payment, and we never see full card numbers", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("purchases")
		}},
		{says: "ads are shown only to users 13 and over; younger users see no personalised ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds) && p.Purpose("advertising").Profiling
		}},
		{says: "profiles of younger users are not public by default", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionPrivateProfile)
		}},
		{says: "in the EU and the UK, personalised ads need consent", typed: func(p *policy.Policy) bool { return p.Purpose("advertising").RestsOnConsent() }},
		{says: "we do not sell personal information but share it for advertising, which you can opt out of, also by Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not sell or share data of users we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "we use sensitive personal information only to provide the service", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "we analyse use of the platform to improve it", typed: func(p *policy.Policy) bool { return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) }},
		{says: "we answer users and parents who write to support", typed: func(p *policy.Policy) bool { return p.Purpose("support") != nil }},
		{says: "service providers host the platform and help with moderation, support and payments", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "data from the EU and the UK goes to the US under standard clauses, a copy of which the DPO gives", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[1].Origin == regionGB
		}},
		{says: "we disclose data on legal process, to protect users, and in a merger", typed: func(p *policy.Policy) bool { return len(p.Disclosures) == 3 }},
		{says: "we keep data while the account is open, and purchase records as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Retention.Law != ""
		}},
		{says: "sign-in cookies are needed; advertising cookies need consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "ads").Consent == policy.CookieConsentOptIn
		}},
		{says: "you may access, correct, delete and port your data, object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know, delete and opt out, without discrimination, also through an agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through the account or by email", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "data travels encrypted and access is limited", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionInTransit) }},
		{says: "we tell users of material changes in the app and by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "privacy questions go to the privacy address", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
		// Free text.
		{says: "parents can review and delete their child's data and refuse its further collection, in the parental controls or by writing to us", typed: func(p *policy.Policy) bool {
			return p.Children.ParentRequests != ""
		}},
		{says: "parents can limit chat and spending with parental controls", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "parents can set a parental PIN so that a child cannot change the settings", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "voice chat is recorded only for moderation and is open to verified users 13 and over", free: toPurpose("safety")},
	}}
}
