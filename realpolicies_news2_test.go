package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// broadcaster paraphrases, in our own words and as we recall it, the
// privacy policy of a UK public-service broadcaster in the manner of the
// BBC, as published in 2024: a public corporation under a Royal Charter
// that runs its websites, apps and BBC iPlayer mostly as a task in the
// public interest, asks for a BBC account to watch and personalise, and
// checks with TV Licensing that iPlayer viewers are licensed. It declares
// the UK GDPR; the cookie rules of PECR apply.
func broadcaster() realPolicy {
	gb := regionGB
	account := &policy.Category{ID: "account", Name: "BBC account details", Items: []string{"email address", "password", "date of birth", "postcode", "display name", "gender, if you give it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.ByCriteria("while you keep your account; we delete accounts that have not been used for a long time after telling you"), Linked: true}
	activity := &policy.Category{ID: "activity", Name: "What you watch, listen to and read", Items: []string{"programmes watched on BBC iPlayer", "programmes heard on BBC Sounds", "articles read", "searches", "programmes added to your lists"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "Device and technical information", Items: []string{"IP address", "device type and identifier", "browser and operating system", "approximate location from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	licence := &policy.Category{ID: "licence", Name: "TV licence check details", Items: []string{"postcode", "email address", "the fact that you watched or downloaded BBC iPlayer programmes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	contributions := &policy.Category{ID: "contributions", Name: "What you send us", Items: []string{"comments", "votes", "competition entries", "photos, videos and stories you send to our programmes", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed for the programme, competition or complaint, and longer where a contribution becomes part of the BBC archive")}
	research := &policy.Category{ID: "research", Name: "Audience research answers", Items: []string{"survey answers", "opinions on programmes", "age group and region"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}

	tvl := &policy.Recipient{ID: "tvl", Name: "TV Licensing, which runs the licence fee system for the BBC", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{licence}, Purpose: "to check whether an iPlayer viewer's address has a TV licence"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "suppliers that host our services, measure audiences and run surveys for us", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, activity, device, research}}
	commercial := &policy.Recipient{ID: "commercial", Name: "BBC Studios and the BBC's other commercial companies", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{account}, Conditional: true, Purpose: "you have agreed to hear from them about their products"}
	adPartners := &policy.Recipient{ID: "ads", Name: "advertising partners that show ads on BBC websites outside the UK", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{device}}

	accounts := &policy.Purpose{ID: "account", Name: "Running your BBC account and signing you in", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisPublicTask}, Recipients: []*policy.Recipient{suppliers},
		Obligations: []policy.Obligation{{Act: "the Royal Charter for the continuance of the BBC (2016), article 6", Region: gb}},
		Required:    "to watch BBC iPlayer or listen on BBC Sounds you need an account, which needs an email address, a password, your date of birth and your postcode"}
	personalise := &policy.Purpose{ID: "personalisation", Name: "Personalising what we recommend to you", Categories: []*policy.Category{account, activity},
		Bases: []policy.Basis{policy.BasisPublicTask}, Profiling: true, OptOut: true,
		Obligations: []policy.Obligation{{Act: "the Royal Charter for the continuance of the BBC (2016), article 6", Region: gb}}}
	licensing := &policy.Purpose{ID: "licensing", Name: "Checking that BBC iPlayer viewers are licensed", Categories: []*policy.Category{licence},
		Bases: []policy.Basis{policy.BasisPublicTask}, Recipients: []*policy.Recipient{tvl},
		Obligations: []policy.Obligation{{Act: "the Communications Act 2003, Part 4", Region: gb}}}
	measure := &policy.Purpose{ID: "measurement", Name: "Measuring audiences and improving our services", Categories: []*policy.Category{activity, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of each website and app", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{suppliers}}
	contribute := &policy.Purpose{ID: "contributions", Name: "Taking part in programmes, competitions and votes, and handling complaints", Categories: []*policy.Category{account, contributions},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{{Act: "the Royal Charter for the continuance of the BBC (2016), article 56 (complaints)", Region: gb}}}
	surveys := &policy.Purpose{ID: "research", Name: "Asking your views in audience research", Categories: []*policy.Category{research},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by leaving the research panel at any time", ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{suppliers}}
	newsletters := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending newsletters and news of BBC programmes", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email or in your account settings", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, Recipients: []*policy.Recipient{commercial},
		ConsentRequiredBy: []policy.Obligation{{Act: "the Privacy and Electronic Communications Regulations 2003 (PECR), reg. 22", Region: gb}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing advertising on BBC websites outside the UK", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "British Broadcasting Corporation", Address: "Broadcasting House, Portland Place, London W1A 1AA"}, Country: gb},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "dataprotection.officer@bbc.example", Address: "Broadcasting House, Portland Place, London W1A 1AA"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		URL:          "https://www.bbc.example/usingthebbc/privacy",
		Laws:         []policy.Law{policy.UKGDPR},
		Scope:        []string{"the BBC's public services"},
		OtherNotices: []policy.Notice{{Covers: "BBC Studios and the BBC's other commercial companies, which have their own privacy policies"}},
		Categories:   []*policy.Category{account, activity, device, licence, contributions, research},
		Purposes:     []*policy.Purpose{accounts, personalise, licensing, measure, contribute, surveys, newsletters, ads},
		Recipients:   []*policy.Recipient{tvl, suppliers, commercial, adPartners},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionUS, Recipient: suppliers, Categories: []*policy.Category{account, activity, device}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "We use the International Data Transfer Addendum approved by the Information Commissioner; ask our Data Protection Officer for a copy."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}},
		Cookies: []policy.Cookie{
			{ID: "signin", Name: "sign-in cookies", Party: policy.PartyFirst, Purpose: accounts, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "performance", Name: "performance cookies", Party: policy.PartyFirst, Purpose: measure, Categories: []*policy.Category{activity, device},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "ads", Name: "advertising cookies outside the UK", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: gdprRights("in your account settings or by writing to our Data Protection Officer"),
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: gb,
			Contact: policy.Contact{Name: "Information Commissioner's Office", Website: "https://ico.org.uk"}}},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining}},
		Links:                policy.Links{CookieSettings: "https://www.bbc.example/usingthebbc/cookies/how-can-i-change-my-bbc-cookie-settings"},
		Children: policy.Children{MinimumAge: 13, ParentalConsent: true, ConsentAge: 13,
			Note: "A child under 13 needs a parent or guardian to set up the account, and 13 to 15 year olds get accounts with fewer features."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact: policy.Contact{Email: "dataprotection.officer@bbc.example"},
	}
	return realPolicy{"public-service broadcaster (BBC)", p, []statement{
		{says: "the British Broadcasting Corporation in London is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionGB && p.Controller.Name != ""
		}},
		{says: "our Data Protection Officer can be reached by email or post", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Address != "" }},
		{says: "a BBC account holds your email, password, date of birth and postcode, and your gender if you give it", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 6
		}},
		{says: "you need an account to use BBC iPlayer and BBC Sounds", typed: func(p *policy.Policy) bool { return p.Purpose("account").Required != "" }},
		{says: "most of what we do with your data is a task in the public interest under our Royal Charter", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").HasBasis(policy.BasisPublicTask) && p.Purpose("account").Obligations[0].Region == regionGB
		}},
		{says: "we record what you watch, listen to and read on our services", typed: func(p *policy.Policy) bool {
			return p.Category("activity").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we personalise recommendations from what you use, and you can switch personalisation off", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalisation").Profiling && p.Purpose("personalisation").OptOut
		}},
		{says: "we collect your IP address, device and browser, and an approximate location", typed: func(p *policy.Policy) bool { return p.Category("device") != nil }},
		{says: "we tell TV Licensing the details of people who watch BBC iPlayer so that it can check they are licensed", typed: func(p *policy.Policy) bool {
			return recipient(p, "tvl") != nil && p.Purpose("licensing").HasBasis(policy.BasisPublicTask)
		}},
		{says: "licence checks rest on the Communications Act 2003", typed: func(p *policy.Policy) bool { return p.Purpose("licensing").Obligations[0].Act != "" }},
		{says: "with consent, performance cookies measure audiences", typed: func(p *policy.Policy) bool {
			return p.Purpose("measurement").RestsOnConsent() && cookie(p, "performance").Consent == policy.CookieConsentOptIn
		}},
		{says: "strictly necessary cookies keep you signed in and are set without consent", typed: func(p *policy.Policy) bool { return cookie(p, "signin").StrictlyNecessary }},
		{says: "you can change your cookie choices in each website's and app's settings", typed: func(p *policy.Policy) bool { return p.Links.CookieSettings != "" }},
		{says: "outside the UK, our websites show ads chosen with advertising cookies, only with consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "ads").Party == policy.PartyThird
		}},
		{says: "in the UK there is no advertising on BBC services", free: toPurpose("advertising")},
		{says: "we use what you send us for programmes, competitions, votes and complaints", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("contributions").Categories, p.Category("contributions"))
		}},
		{says: "contributions may become part of the BBC archive", typed: func(p *policy.Policy) bool { return p.Category("contributions").Retention.Criteria != "" }},
		{says: "contributions we broadcast or publish may be seen by anyone, and editorial work falls under the journalism exemption", free: toIntroduction},
		{says: "with your consent we ask your views in audience research", typed: func(p *policy.Policy) bool { return p.Purpose("research").RestsOnConsent() }},
		{says: "with consent we send newsletters, which you can stop at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").Withdraw != "" && p.Purpose("marketing").ConsentRequiredBy != nil
		}},
		{says: "the BBC's commercial companies contact you only if you agree", typed: func(p *policy.Policy) bool { return recipient(p, "commercial").Conditional }},
		{says: "suppliers host our services, measure audiences and run surveys for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "suppliers").Role == policy.RoleProcessor
		}},
		{says: "data that leaves the UK is protected by the ICO's transfer addendum", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Origin == regionGB && p.Transfers[0].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "we give data to the police and others only where the law requires or to protect people", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "we keep account data while you use your account and delete long-unused accounts", typed: func(p *policy.Policy) bool { return p.Category("account").Retention.Criteria != "" }},
		{says: "viewing history is kept two years", typed: func(p *policy.Policy) bool { return p.Category("activity").Retention.Period == policy.Years(2) }},
		{says: "you may access, correct, erase, restrict and port your data, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may withdraw consent at any time", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightWithdrawConsent) }},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Kind == policy.RedressSupervisoryAuthority
		}},
		{says: "no decisions with legal effect are made by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "children under 13 need a parent to set up their account", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 && p.Children.ParentalConsent }},
		{says: "13 to 15 year olds get accounts with fewer features", typed: func(p *policy.Policy) bool { return p.Children.Note != "" }},
		{says: "connections are encrypted, access is limited and staff are trained", typed: func(p *policy.Policy) bool { return len(p.Security) == 3 }},
		{says: "we tell you of important changes in our services or by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "the policy is dated and published on our website", typed: func(p *policy.Policy) bool { return p.URL != "" && !p.Updated.IsZero() }},
		{says: "the policy covers the BBC's public services; BBC Studios and other commercial companies have their own", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "public services") && strings.Contains(p.OtherNotices[0].Covers, "BBC Studios")
		}},
	}}
}

// newspaper paraphrases, in our own words and as we recall it, the
// privacy policy of a US newspaper's digital subscriptions in the manner
// of The New York Times, as published in 2024: news, games, cooking and
// product reviews read with a registration or a subscription, paid for
// by card, and financed partly by advertising that is targeted on its own
// sites and elsewhere. It declares the CCPA and the other US state laws.
func newspaper() realPolicy {
	account := &policy.Category{ID: "account", Name: "Registration and subscription information", Items: []string{"name", "email address", "password", "postal address", "phone number", "subscription and its term"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Apple, Google and Facebook when you sign in with them",
		Retention: policy.ByCriteria("as long as you have an account or a subscription, and afterwards as long as we need it for our legal obligations and to resolve disputes"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"card type and last four digits", "billing address", "payment history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors and app stores",
		Retention: policy.AsRequiredBy("US federal and state tax law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	usage := &policy.Category{ID: "usage", Name: "Reading and device information", Items: []string{"articles read and videos watched", "IP address", "device and advertising identifiers", "browser and operating system", "approximate location"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAIdentifiers, policy.CCPAGeolocation}}
	games := &policy.Category{ID: "games", Name: "Games play", Items: []string{"puzzles played", "scores and streaks", "game settings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	comments := &policy.Category{ID: "comments", Name: "Comments", Items: []string{"comments", "the display name and location shown with them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	inferred := &policy.Category{ID: "inferences", Name: "Interests and demographics", Items: []string{"interests inferred from reading", "age range and household income from data partners"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived, policy.SourceThirdParty}, SourceDetail: "data and advertising partners",
		DerivedFrom: []*policy.Category{usage}, Retention: policy.Keep(policy.Years(2), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"GPS location in our apps"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Days(30), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}

	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, payments, customer service, email and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, payment, usage, games}}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "our affiliates, such as The Athletic and Wirecutter", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, usage}, Purpose: "to offer you their products and to run shared accounts"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and measurement partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{usage, inferred}}
	sponsors := &policy.Recipient{ID: "sponsors", Name: "sponsors of newsletters and events you sign up for", Role: policy.RoleThirdParty, Categories: []*policy.Category{account},
		Conditional: true, Purpose: "you sign up for a sponsored newsletter or event and we tell you the sponsor receives your email address"}

	service := &policy.Purpose{ID: "service", Name: "Providing our sites, apps, games and subscriptions", Categories: []*policy.Category{account, payment, usage, games, comments},
		Recipients: []*policy.Recipient{vendors, affiliates}}
	personalise := &policy.Purpose{ID: "personalisation", Name: "Recommending articles and content", Categories: []*policy.Category{usage, inferred},
		Profiling: true}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Targeted advertising on our sites and elsewhere", Categories: []*policy.Category{usage, inferred},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	local := &policy.Purpose{ID: "location", Name: "Local news and weather in our apps", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your device settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Newsletters and offers", Categories: []*policy.Category{account},
		OptOut:     true,
		Recipients: []*policy.Recipient{vendors, sponsors}}
	security := &policy.Purpose{ID: "security", Name: "Preventing fraud and protecting our services", Categories: []*policy.Category{account, payment, usage},
		Recipients: []*policy.Recipient{vendors}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "The New York Times Company", Address: "620 Eighth Avenue, New York, NY 10018, USA", Email: "privacy@nytimes.example"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.January, 1), Updated: policy.MakeDate(2024, time.January, 1),
		URL:          "https://help.nytimes.example/privacy-policy",
		Laws:         []policy.Law{policy.CCPA, policy.USStates},
		OtherNotices: []policy.Notice{{Covers: "The Athletic, Wirecutter and our other products that have their own privacy policies"}},
		Categories:   []*policy.Category{account, payment, usage, games, comments, inferred, location},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment processors keep them."},
		},
		Purposes:   []*policy.Purpose{service, personalise, ads, local, marketing, security},
		Recipients: []*policy.Recipient{vendors, affiliates, adPartners, sponsors},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "sign-in cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies and pixels", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{
			{Kind: policy.RightKnow, How: "with the privacy request form"}, {Kind: policy.RightAccess, How: "with the privacy request form"},
			{Kind: policy.RightErasure, How: "with the privacy request form"}, {Kind: policy.RightRectification, How: "in your account settings"},
			{Kind: policy.RightPortability, How: "with the privacy request form"},
			{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the Do Not Sell or Share link or a Global Privacy Control signal"},
			{Kind: policy.RightNonDiscrimination},
		},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(45)},
		CCPA: policy.CCPANotice{ShineTheLight: true, Sold: policy.AnswerYes, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.nytimes.example/data-subject-request", RequestMethods: []string{"the privacy request form", "email to privacy@nytimes.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer and asking us to reconsider it", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{CookieSettings: "https://www.nytimes.example/privacy/cookie-policy", RequestForm: "https://www.nytimes.example/data-subject-request"},
		Children: policy.Children{MinimumAge: 13},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@nytimes.example"},
	}
	return realPolicy{"newspaper subscriptions (The New York Times)", p, []statement{
		{says: "The New York Times Company in New York is responsible for the data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Controller.Name != ""
		}},
		{says: "we collect your name, email, password and address when you register or subscribe", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "postal address")
		}},
		{says: "you can sign in with Apple, Google or Facebook, which tell us who you are", typed: func(p *policy.Policy) bool { return p.Category("account").SourceDetail != "" }},
		{says: "payment processors and app stores take your payments; we do not keep full card numbers", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we record what you read and watch, your device, IP address and approximate location", typed: func(p *policy.Policy) bool {
			return p.Category("usage").Tracking && slices.Contains(p.Category("usage").CCPA, policy.CCPAGeolocation)
		}},
		{says: "we keep your puzzles, scores and streaks for our games", typed: func(p *policy.Policy) bool { return p.Category("games") != nil }},
		{says: "comments are published with your display name and location", typed: func(p *policy.Policy) bool {
			return p.Category("comments").Visibility == policy.VisibilityAlways
		}},
		{says: "we infer interests from what you read and buy demographics from data partners", typed: func(p *policy.Policy) bool {
			return p.Category("inferences").DerivedFrom != nil && slices.Contains(p.Category("inferences").Sources, policy.SourceThirdParty)
		}},
		{says: "with your permission our apps use precise location for local news and weather", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we use data to provide our products, subscriptions and games", typed: func(p *policy.Policy) bool { return len(p.Purpose("service").Categories) == 5 }},
		{says: "we recommend articles from what you read", typed: func(p *policy.Policy) bool { return p.Purpose("personalisation").Profiling }},
		{says: "we and our partners target ads on our sites and elsewhere from what you read", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Profiling && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "we send newsletters and offers, which you can unsubscribe from", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOut }},
		{says: "sponsors of newsletters and events receive your email when you sign up, as we tell you then", typed: func(p *policy.Policy) bool { return recipient(p, "sponsors").Conditional }},
		{says: "we use data to prevent fraud and secure our services", typed: func(p *policy.Policy) bool { return p.Purpose("security") != nil }},
		{says: "service providers host, take payments, support and analyse for us", typed: func(p *policy.Policy) bool { return recipient(p, "vendors").Role == policy.RoleProcessor }},
		{says: "our affiliates such as The Athletic and Wirecutter receive data", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates").Purpose != "" }},
		{says: "advertising partners receive identifiers and reading data", typed: func(p *policy.Policy) bool { return recipient(p, "advertising").Role == policy.RoleThirdParty }},
		{says: "we disclose data on legal process, in a merger, to protect rights, and in aggregate", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "under California law our advertising may be a sale or sharing of identifiers, reading data and inferences", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 3
		}},
		{says: "you may opt out of sale, sharing and targeted advertising with the link or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "precise location and account credentials are sensitive, used only as the law permits", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").CCPA, policy.CCPASensitivePersonalInfo) && p.CCPA.SensitiveUse == policy.AnswerNo
		}},
		{says: "we do not knowingly sell data of people under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may know, access, correct and delete your data, get a portable copy, and are not discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "we verify requests through your account or email, and authorised agents may ask", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "you may appeal a refusal and then contact your attorney general", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.AttorneyGeneral }},
		{says: "we keep data as long as your account or subscription lasts and as the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Criteria != "" && p.Category("payment").Retention.Law != ""
		}},
		{says: "we protect data with encryption and access controls, though no system is perfectly secure", typed: func(p *policy.Policy) bool { return len(p.Security) == 2 }},
		{says: "our services are not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we announce material changes on our sites or by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "California residents may ask once a year which data we gave others for their direct marketing (Shine the Light)", typed: func(p *policy.Policy) bool { return p.CCPA.ShineTheLight }},
		{says: "data is processed in the US, and readers abroad consent to that by using the services", free: toIntroduction},
		{says: "some products, such as The Athletic and Wirecutter, have their own policies", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 1 && strings.Contains(p.OtherNotices[0].Covers, "The Athletic")
		}},
	}}
}
