package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// webBrowser paraphrases, in our own words and as we recall it, the
// privacy notice of the Mozilla Firefox web browser, as published in 2024
// and 2025: Firefox sends Mozilla technical and interaction data
// (telemetry) by default, which the user can turn off in the settings,
// after which Mozilla deletes it; it may run studies, which the user can
// also turn off; it sends a crash report only when the user chooses to;
// Firefox Sync encrypts the user's browsing data end to end under a
// Mozilla account; sponsored shortcuts and stories on the New Tab page
// and sponsored suggestions in the address bar are counted without data
// that identifies the user; searches go straight to the search partner
// the user picks. It declares the GDPR, the UK GDPR and the CCPA.
func webBrowser() realPolicy {
	technical := &policy.Category{ID: "technical", Name: "Technical data", Items: []string{"Firefox version and language", "device operating system and hardware configuration", "memory, crashes and errors", "the outcome of automated processes such as updates and Safe Browsing"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to keep Firefox working and improve it, then deleted or aggregated"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	interaction := &policy.Category{ID: "interaction", Name: "Interaction data", Items: []string{"number of open tabs and windows", "number of webpages visited", "number and type of settings changed", "length of sessions", "use of features such as the address bar, bookmarks and the New Tab page", "number of searches and the search partner used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to understand how Firefox is used, then deleted or aggregated"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	crashes := &policy.Category{ID: "crashes", Name: "Crash reports", Items: []string{"the state of Firefox when it crashed", "the address of the page open at the time", "the contents of memory, which can include what was on the page"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, OnDevice: policy.OnDeviceUntilShared,
		Retention: policy.Keep(policy.Months(6), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	account := &policy.Category{ID: "account", Name: "Mozilla account data", Items: []string{"email address", "a hash of your password", "the age you give when signing up", "the devices connected to the account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	synced := &policy.Category{ID: "sync", EndToEnd: true, Name: "Synced browser data", Items: []string{"bookmarks", "history", "passwords", "open tabs", "add-ons", "addresses and payment methods"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	sponsored := &policy.Category{ID: "sponsored", Name: "Sponsored content data", Items: []string{"impressions and clicks on sponsored shortcuts, stories and suggestions", "your approximate location (country and region)"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to count impressions and clicks for our partners"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	urlbar := &policy.Category{ID: "urlbar", Name: "What you type in the address bar", Items: []string{"the letters you type, matched against suggestions stored in Firefox"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, OnDevice: policy.OnDeviceOnly}
	translations := &policy.Category{ID: "translations", Name: "Pages you translate", Items: []string{"the text of pages translated with Firefox Translations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, OnDevice: policy.OnDeviceOnly}
	safeBrowsing := &policy.Category{ID: "safebrowsing", Name: "Safe Browsing checks", Items: []string{"partial hashes of the addresses of pages and downloads that match a local list of unsafe sites", "metadata of executable files you download"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Until(policy.EventPurposeAchieved),
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location lookups", Items: []string{"nearby Wi-Fi access points and cell towers", "IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Until(policy.EventPurposeAchieved),
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation}}
	attribution := &policy.Category{ID: "attribution", Name: "Install attribution data on mobile", Items: []string{"the campaign or website through which you installed Firefox", "IP address", "device type"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "our marketing measurement vendor",
		Retention: policy.ByCriteria("as long as needed to measure the campaign"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	newsletter := &policy.Category{ID: "newsletter", Name: "Newsletter subscription", Items: []string{"email address", "the newsletters you chose", "your country and language"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	cloud := &policy.Recipient{ID: "cloud", Name: "cloud providers that host our services", Role: policy.RoleProcessor,
		Categories: []*policy.Category{technical, interaction, crashes, account, synced, sponsored, newsletter}, Country: regionUS}
	google := &policy.Recipient{ID: "google", Name: "Google LLC", Role: policy.RoleThirdParty, Categories: []*policy.Category{safeBrowsing, location}, Country: regionUS,
		Purpose: "to check pages and downloads against its Safe Browsing lists and to estimate your location when a website you allow asks for it, under its own privacy policy"}
	adjust := &policy.Recipient{ID: "adjust", Name: "Adjust GmbH", Role: policy.RoleProcessor, Categories: []*policy.Category{attribution}, Country: regionDE,
		Purpose: "to tell us which of our campaigns led to installations of Firefox on mobile"}

	browser := &policy.Purpose{ID: "browser", Name: "Providing and updating Firefox", Categories: []*policy.Category{technical, urlbar, translations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{cloud},
		Required: "Firefox checks for updates and add-on updates with its version, language and operating system; without them it cannot stay up to date"}
	telemetry := &policy.Purpose{ID: "telemetry", Name: "Improving Firefox with technical and interaction data", Categories: []*policy.Category{technical, interaction},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how Firefox performs and is used so that we can fix and improve it", OptOut: true,
		Recipients: []*policy.Recipient{cloud}}
	studies := &policy.Purpose{ID: "studies", Name: "Running studies that test features and ideas", Categories: []*policy.Category{technical, interaction},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "trying features and ideas on a small share of users before offering them to everyone", OptOut: true,
		Recipients: []*policy.Recipient{cloud}}
	crashReports := &policy.Purpose{ID: "crashes", Name: "Fixing crashes", Categories: []*policy.Category{crashes},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by not sending a report, or by turning off automatic crash reports in Settings", Recipients: []*policy.Recipient{cloud}}
	sync := &policy.Purpose{ID: "sync", Name: "Providing your Mozilla account and Firefox Sync", Categories: []*policy.Category{account, synced},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{cloud},
		Required: "an email address and a password are needed to create a Mozilla account; without one you can use Firefox, but not Sync"}
	sponsoring := &policy.Purpose{ID: "sponsored", DirectMarketing: true, Name: "Showing sponsored shortcuts, stories and suggestions", Categories: []*policy.Category{sponsored},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "funding Firefox with sponsored content that does not profile you", OptOut: true,
		Recipients: []*policy.Recipient{cloud}}
	protection := &policy.Purpose{ID: "safebrowsing", Name: "Protecting you from phishing and malware", Categories: []*policy.Category{safeBrowsing},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "warning you before you open a deceptive or dangerous page or file", OptOut: true,
		Recipients: []*policy.Recipient{google}}
	locate := &policy.Purpose{ID: "location", Name: "Telling websites your location when you allow it", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by removing the website's location permission", Recipients: []*policy.Recipient{google}}
	campaigns := &policy.Purpose{ID: "attribution", Name: "Measuring our own campaigns for Firefox on mobile", Categories: []*policy.Category{attribution},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "knowing which of our campaigns work", OptOut: true, Recipients: []*policy.Recipient{adjust}}
	letters := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending Mozilla newsletters", Categories: []*policy.Category{newsletter},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email", OptOut: true, ConsentMethod: policy.ConsentMethodDoubleOptIn,
		Recipients: []*policy.Recipient{cloud}}

	sent := []*policy.Category{technical, interaction, crashes, account, synced, sponsored, safeBrowsing, location, newsletter}
	p := &policy.Policy{
		Title:      "Firefox Privacy Notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Mozilla Corporation", Email: "privacy@mozilla.example", Address: "149 New Montgomery Street, 4th Floor, San Francisco, California, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.February, 26), Updated: policy.MakeDate(2025, time.February, 26),
		URL:   "https://www.mozilla.example/privacy/firefox/",
		Laws:  []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Scope: []string{"the Firefox browser on desktop, Android and iOS"},
		OtherNotices: []policy.Notice{
			{Covers: "Mozilla accounts", URL: "https://www.mozilla.example/privacy/mozilla-accounts/"},
			{Covers: "Mozilla's websites, communications and cookies", URL: "https://www.mozilla.example/privacy/websites/"},
		},
		Principles: []policy.Principle{policy.PrincipleMinimisation},
		Categories: []*policy.Category{technical, interaction, crashes, account, synced, sponsored, urlbar, translations, safeBrowsing, location, attribution, newsletter},
		Storage:    []policy.Storage{{Location: regionUS}},
		NotCollected: []policy.Exclusion{
			{ID: "searches", Name: "the searches you make", Note: "They go from Firefox straight to the search partner you choose, under its own privacy notice; we count only how many searches you make and with which partner."},
			{ID: "chatbot", Name: "what you ask an AI chatbot you add to the sidebar", Note: "It goes to the chatbot provider you choose, under that provider's terms."},
		},
		Purposes:   []*policy.Purpose{browser, telemetry, studies, crashReports, sync, sponsoring, protection, locate, campaigns, letters},
		Recipients: []*policy.Recipient{cloud, google, adjust},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: sent, Safeguard: policy.SafeguardStandardClauses},
			{Origin: regionGB, Destination: regionUS, Categories: sent, Safeguard: policy.SafeguardUKTransferAgreement},
			{Origin: regionGB, Destination: regionDE, Recipient: adjust, Categories: []*policy.Category{attribution}, Safeguard: policy.SafeguardAdequacy},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, ReportURL: "https://www.mozilla.example/about/policy/transparency/"},
			{Kind: policy.DisclosureAggregate, Note: "Our sponsors and search partners receive only aggregated counts of impressions, clicks and searches, which do not identify you."},
			{Kind: policy.DisclosureBusinessTransfer},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Categories: []*policy.Category{technical, interaction}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
			Note: "Turning off data collection in Settings sends us a request to delete the technical and interaction data we hold for your installation."}},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Rights: append(gdprRights("in Firefox's settings, in your Mozilla account settings, or with our privacy request form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"the privacy request form", "email to privacy@mozilla.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEndToEndEncryption, Description: "What you sync is encrypted on your device, with a key derived from your password, before it reaches us, so we cannot read it."},
			{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasurePseudonymisation, Description: "Telemetry is tied to a random identifier for your installation, not to your name or Mozilla account. Sponsored impressions and clicks are sent through a relay that strips your IP address."},
		},
		Links:    policy.Links{RequestForm: "https://www.mozilla.example/privacy/request/"},
		Children: policy.Children{MinimumAge: 13, AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared}},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelBlog}, MaterialOnly: true, HistoryURL: "https://github.example/mozilla/legal-docs"},
		Contact:  policy.Contact{Email: "privacy@mozilla.example", Address: "149 New Montgomery Street, 4th Floor, San Francisco, California, USA"},
	}
	return realPolicy{"web browser (Mozilla Firefox)", p, []statement{
		{says: "Mozilla Corporation in San Francisco is responsible for Firefox and this notice", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Controller.Name == "Mozilla Corporation"
		}},
		{says: "this notice covers Firefox on desktop and mobile; Mozilla accounts and our websites have their own notices", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && len(p.OtherNotices) == 2
		}},
		{says: "we collect only what we need to provide and improve Firefox", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Principles, policy.PrincipleMinimisation)
		}},
		{says: "by default Firefox sends us technical data such as its version, language, operating system, hardware, crashes and errors", typed: func(p *policy.Policy) bool {
			return p.Category("technical").Sources[0] == policy.SourceAutomatic && p.Purpose("telemetry").Uses(p.Category("technical"))
		}},
		{says: "by default Firefox sends us interaction data such as the number of tabs, pages visited, settings and feature use", typed: func(p *policy.Policy) bool {
			return p.Purpose("telemetry").Uses(p.Category("interaction"))
		}},
		{says: "we use telemetry to understand and improve Firefox, and you can turn it off in Settings", typed: func(p *policy.Policy) bool {
			t := p.Purpose("telemetry")
			return t.HasBasis(policy.BasisLegitimateInterests) && t.OptOut && t.Interest != ""
		}},
		{says: "when you turn telemetry off, we delete the data we hold for your installation within 30 days", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventDeletionRequest && p.Deletion[0].Stages[0].Within == policy.Days(30)
		}},
		{says: "telemetry is tied to a random identifier, not to your name or account", typed: func(p *policy.Policy) bool {
			return !p.Category("technical").Linked && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "Firefox may install studies to test features, which you can turn off in Settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("studies").OptOut
		}},
		{says: "a crash report is sent only if you choose to send it, and may include the page you were on and memory contents", typed: func(p *policy.Policy) bool {
			return p.Category("crashes").OnDevice == policy.OnDeviceUntilShared && p.Purpose("crashes").RestsOnConsent()
		}},
		{says: "Firefox checks for updates of itself and add-ons with its version, language and operating system", typed: func(p *policy.Policy) bool {
			return p.Purpose("browser").Required != ""
		}},
		{says: "a Mozilla account needs an email address and password; you give your age when you sign up", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "the age you give when signing up") && p.Purpose("sync").Required != ""
		}},
		{says: "Firefox Sync encrypts your bookmarks, history, passwords and tabs end to end, so we cannot read them", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEndToEndEncryption) && p.Purpose("sync").Uses(p.Category("sync")) && p.Category("sync").EndToEnd
		}},
		{says: "sponsored shortcuts, stories and suggestions are shown on the New Tab page and in the address bar, and you can turn them off", typed: func(p *policy.Policy) bool {
			s := p.Purpose("sponsored")
			return s.DirectMarketing && s.OptOut && !s.Profiling
		}},
		{says: "we count impressions and clicks on sponsored content with your approximate location, through a relay that strips your IP address", typed: func(p *policy.Policy) bool {
			return len(p.Category("sponsored").Items) == 2 && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "sponsors and search partners receive only aggregated data that does not identify you", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate).Note != ""
		}},
		{says: "address bar suggestions are matched on your device", typed: func(p *policy.Policy) bool {
			return p.Category("urlbar").OnDevice == policy.OnDeviceOnly
		}},
		{says: "your searches go straight to the search partner you choose, under its own notice; we count searches by partner", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].ID == "searches" && slices.Contains(p.Category("interaction").Items, "number of searches and the search partner used")
		}},
		{says: "Firefox Translations translates pages on your device", typed: func(p *policy.Policy) bool {
			return p.Category("translations").OnDevice == policy.OnDeviceOnly
		}},
		{says: "Safe Browsing sends Google partial hashes of addresses that match a list of unsafe sites, and you can turn it off", typed: func(p *policy.Policy) bool {
			return recipient(p, "google").Role == policy.RoleThirdParty && p.Purpose("safebrowsing").OptOut
		}},
		{says: "when you let a website know your location, Firefox asks Google's location service using nearby Wi-Fi networks and your IP address", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").RestsOnConsent() && p.Purpose("location").Recipients[0] == recipient(p, "google")
		}},
		{says: "on mobile, Adjust tells us which of our campaigns led to an installation, and you can turn off marketing data", typed: func(p *policy.Policy) bool {
			return recipient(p, "adjust").Role == policy.RoleProcessor && p.Purpose("attribution").OptOut
		}},
		{says: "an AI chatbot you add to the sidebar receives what you ask it under its provider's terms", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].ID == "chatbot"
		}},
		{says: "we send newsletters only if you subscribe, and you can unsubscribe in every email", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").RestsOnConsent() && p.Purpose("newsletter").Withdraw != ""
		}},
		{says: "cloud providers process data for us", typed: func(p *policy.Policy) bool { return recipient(p, "cloud").Role == policy.RoleProcessor }},
		{says: "we store data in the United States and transfer it there under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionUS && p.Transfers[0].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "we disclose data when the law requires, and publish a transparency report", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).ReportURL != ""
		}},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && p.CCPA.Sold == policy.AnswerNo
		}},
		{says: "you can access, correct, delete and port your data and object, in Firefox, in your account or with our form", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightObjection) && p.Links.RequestForm != ""
		}},
		{says: "you can complain to your data protection authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "Californians may know and delete their data without discrimination, and agents may ask for them", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "Mozilla accounts are for people 13 and older", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && slices.Contains(p.Children.AgeChecks, policy.AgeCheckDeclared)
		}},
		{says: "we tell you of material changes in Firefox or on our blog, and earlier versions are published", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && p.Changes.HistoryURL != ""
		}},
		{says: "questions go to our privacy contact by email or post", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" && p.Contact.Address != "" }},
		// Free text.
		{says: "we do not sell data about you in the way most people think of selling, though some laws define selling so broadly that sharing with sponsors might count", free: toIntroduction},
		{says: "Enhanced Tracking Protection blocks many trackers that follow you across websites by default", free: toIntroduction},
		{says: "websites you visit receive your IP address and what you do on them under their own policies, which this notice does not cover", free: toIntroduction},
		{says: "Firefox can send Do Not Track and Global Privacy Control signals to the websites you visit, if you turn them on", free: toIntroduction},
		{says: "you can see what Firefox collects on the about:telemetry page", free: toPurpose("telemetry")},
	}}
}

// passwordManager paraphrases, in our own words and as we recall it, the
// privacy policy of the Bitwarden password manager, as published in 2024
// and 2025: a US company whose apps encrypt every vault end to end on the
// user's device with a key derived from the master password, which never
// leaves the device, so that the company holds vaults it cannot read and
// sees only account, billing, device and usage data; users pick a US or
// EU cloud region or host the server themselves; an organisation on a
// Teams or Enterprise plan is the controller of its members' data, which
// Bitwarden processes on its behalf. It declares the GDPR, the UK GDPR
// and the CCPA.
func passwordManager() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"email address", "name, if you give one", "a hash of your master password's hash", "your master password hint, if you set one", "account settings and two-step login methods"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	vault := &policy.Category{ID: "vault", EndToEnd: true, Name: "Encrypted vault data", Items: []string{"logins, notes, cards and identities, encrypted on your device", "attachments, encrypted on your device", "the dates items were created and changed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherMembers, policy.AudienceChosenContacts},
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords}}
	sends := &policy.Category{ID: "send", Name: "Bitwarden Send items", Items: []string{"text and files you share with Send, encrypted on your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Days(31), policy.EventCollection), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts}, CCPA: []policy.CCPACategory{policy.CCPACustomerRecords}}
	device := &policy.Category{ID: "device", Name: "Device and usage data", Items: []string{"IP address", "device type and operating system", "app and browser versions", "login times and events", "push notification tokens"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	billing := &policy.Category{ID: "billing", Name: "Billing data", Items: []string{"billing name and address", "plan and payment history", "the last four digits of the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors",
		Retention: policy.AsRequiredBy("US federal and state tax law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	support := &policy.Category{ID: "support", Name: "Support and sales communications", Items: []string{"what you tell our support and sales teams", "your contact details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.ByCriteria("as long as needed to answer you and keep a record of the conversation"),
		Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	website := &policy.Category{ID: "website", Name: "Website data", Items: []string{"cookie identifiers", "pages visited and links clicked", "referring site"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(13), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	marketingData := &policy.Category{ID: "marketing", Name: "Marketing preferences", Items: []string{"email address", "the newsletters and product news you chose", "whether you opened our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	hosting := &policy.Recipient{ID: "hosting", Name: "Microsoft Azure, which hosts the Bitwarden cloud", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, vault, sends, device, billing}, Country: regionUS}
	payments := &policy.Recipient{ID: "payments", Name: "payment processors such as Stripe and PayPal", Role: policy.RoleProcessor,
		Categories: []*policy.Category{billing, account}, Country: regionUS, Purpose: "to take payments for premium and business plans"}
	tools := &policy.Recipient{ID: "tools", Name: "providers of customer support, email and website analytics tools", Role: policy.RoleProcessor,
		Categories: []*policy.Category{support, marketingData, website, account}, Country: regionUS}
	orgs := &policy.Recipient{ID: "organisations", Name: "the organisation whose vault you are a member of", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, vault, device}, Conditional: true,
		Purpose: "you join an organisation, whose administrators then see your membership, the items shared with you and the event logs of your activity in it"}

	service := &policy.Purpose{ID: "service", Name: "Providing Bitwarden and your account", Categories: []*policy.Category{account, vault, sends, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting, orgs},
		Required: "an email address and a master password are needed to create an account; without them we cannot open one"}
	paying := &policy.Purpose{ID: "billing", Name: "Billing for premium and business plans", Categories: []*policy.Category{billing, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments},
		Required: "a paid plan needs a payment method and billing address"}
	security := &policy.Purpose{ID: "security", Name: "Protecting accounts and the service", Categories: []*policy.Category{account, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "detecting suspicious logins, stopping brute-force attacks and keeping the service available", Recipients: []*policy.Recipient{hosting}}
	helping := &policy.Purpose{ID: "support", Name: "Answering support and sales requests", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "answering the people who write to us", Recipients: []*policy.Recipient{tools}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Understanding how our website is used", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings on our website", ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{tools}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending product news and offers by email", Categories: []*policy.Category{marketingData},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email", OptOut: true, Recipients: []*policy.Recipient{tools}}

	cloud := []*policy.Category{account, vault, sends, device, billing, support, website, marketingData}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Bitwarden, Inc.", Email: "privacy@bitwarden.example", Address: "1 N. Calle Cesar Chavez, Suite 102, Santa Barbara, California, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://bitwarden.example/privacy/",
		Laws:  []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Scope: []string{"the Bitwarden password manager apps, browser extensions and web vault", "bitwarden.example"},
		CustomerData: policy.CustomerData{Customers: "organisations on Teams and Enterprise plans",
			Data:     "the accounts of an organisation's members, the items shared in its vault and the event logs of its members' activity",
			TermsURL: "https://bitwarden.example/terms/dpa/", ContractPrevails: true, ChoosesStorage: true, ForwardsRequests: true},
		Principles:  []policy.Principle{policy.PrincipleMinimisation},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing, policy.CommitmentNoThirdPartyAds},
		Categories:  cloud,
		Storage:     []policy.Storage{{Location: regionUS}},
		NotCollected: []policy.Exclusion{
			{ID: "master-password", Name: "your master password", Category: account, Note: "It never leaves your device; we receive only a hash of it, which we hash again."},
			{ID: "vault-contents", Name: "the readable contents of your vault", Category: vault, Note: "Your vault is encrypted and decrypted only on your devices; we hold it encrypted and cannot read it."},
			{ID: "self-hosted", Name: "the vault data of a server you host yourself", Note: "It stays on your own servers."},
			{ID: "card", Name: "full payment card numbers", Category: billing, Note: "Our payment processors keep them."},
		},
		Purposes:   []*policy.Purpose{service, paying, security, helping, analytics, marketing},
		Recipients: []*policy.Recipient{hosting, payments, tools, orgs},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: cloud, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionUS, Categories: cloud, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, Note: "We can give only what we hold: your vault is encrypted, and we cannot decrypt it."},
			{Kind: policy.DisclosureBusinessTransfer},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventTrashed, Categories: []*policy.Category{vault}, Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(30)}}},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies of the web vault and website", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "website analytics cookies", Party: policy.PartyThird, Provider: tools, Purpose: analytics, Categories: []*policy.Category{website},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your account settings, or by writing to privacy@bitwarden.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30),
			WithoutAccount: "by writing to privacy@bitwarden.example"},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"email to privacy@bitwarden.example", "the settings of your account"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEndToEndEncryption, Description: "Vaults are encrypted with AES-256 on your device, with a key derived from your master password by PBKDF2 or Argon2."},
			{Kind: policy.MeasureOpenSource},
			{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureEncryptionAtRest},
			{Kind: policy.MeasureFieldEncryption, Description: "The hash of your master password we receive is salted and hashed again before it is stored."},
			{Kind: policy.MeasureAudits, Description: "Independent firms audit our code and systems every year, and our code is open source."},
			{Kind: policy.MeasureCertification, Description: "We hold SOC 2 Type II and SOC 3 reports."},
			{Kind: policy.MeasureBreachNotification},
		},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipStrongPassword, policy.SafetyTipTwoStep},
		Links:      policy.Links{Subprocessors: "https://bitwarden.example/legal/subprocessors/", Security: "https://bitwarden.example/compliance/", CookieSettings: "https://bitwarden.example/cookies/"},
		Children:   policy.Children{MinimumAge: 13},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "privacy@bitwarden.example"},
	}
	return realPolicy{"password manager (Bitwarden)", p, []statement{
		{says: "Bitwarden, Inc. in Santa Barbara, California, is the controller of the data this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Controller.Name == "Bitwarden, Inc."
		}},
		{says: "the policy covers our apps, browser extensions, web vault and website", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "an organisation on a business plan is the controller of its members' data, which we process for it under our data processing agreement", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Customers != "" && p.CustomerData.TermsURL != "" && p.CustomerData.ContractPrevails
		}},
		{says: "members of an organisation address their requests to it, and we pass on those that reach us", typed: func(p *policy.Policy) bool {
			return p.CustomerData.ForwardsRequests
		}},
		{says: "administrators of your organisation see your membership, the items shared with you and event logs", typed: func(p *policy.Policy) bool {
			return recipient(p, "organisations").Conditional && slices.Contains(p.Category("vault").VisibleTo, policy.AudienceOtherMembers)
		}},
		{says: "vaults are encrypted end to end on your device with AES-256 and a key derived from your master password", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEndToEndEncryption)
		}},
		{says: "your master password never leaves your device and we cannot see it", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].ID == "master-password" && p.NotCollected[0].Category == p.Category("account")
		}},
		{says: "we hold your vault encrypted and cannot read it: zero knowledge", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Category == p.Category("vault") && p.Category("vault").EndToEnd
		}},
		{says: "we see your email address, name, master password hint and account settings", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "your master password hint, if you set one")
		}},
		{says: "we see when items were created and changed, but not what they hold", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("vault").Items, "the dates items were created and changed")
		}},
		{says: "we collect IP addresses, device types, versions and login events", typed: func(p *policy.Policy) bool {
			return p.Category("device").Sources[0] == policy.SourceAutomatic
		}},
		{says: "an email address and a master password are needed for an account", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "you can host Bitwarden yourself, in which case your vault never reaches us", typed: func(p *policy.Policy) bool {
			return p.NotCollected[2].ID == "self-hosted"
		}},
		{says: "organisations choose the cloud region where their data is stored", typed: func(p *policy.Policy) bool { return p.CustomerData.ChoosesStorage }},
		{says: "items you share with Send are encrypted and deleted by the date you set, at most 31 days", typed: func(p *policy.Policy) bool {
			return p.Category("send").Retention.Period == policy.Days(31)
		}},
		{says: "emergency contacts you name can ask for access to your vault", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("vault").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "payment processors take payments; we do not store full card numbers", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleProcessor && p.NotCollected[3].ID == "card"
		}},
		{says: "we keep billing records as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("billing").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("billing").Retention.Law != ""
		}},
		{says: "we use account and device data to detect suspicious logins and protect the service", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Interest != ""
		}},
		{says: "we answer support and sales requests", typed: func(p *policy.Policy) bool { return p.Purpose("support") != nil }},
		{says: "website analytics cookies are set only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Purpose("analytics").RestsOnConsent()
		}},
		{says: "we send product news and offers if you agree, and you can unsubscribe", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").Withdraw != ""
		}},
		{says: "we do not sell or share your data, and there are no ads in Bitwarden", typed: func(p *policy.Policy) bool {
			return len(p.Commitments) == 3 && p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo
		}},
		{says: "Microsoft Azure hosts our cloud, and providers of support, email and analytics tools process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "hosting").Role == policy.RoleProcessor && recipient(p, "tools").Role == policy.RoleProcessor
		}},
		{says: "we publish the list of our subprocessors", typed: func(p *policy.Policy) bool { return p.Links.Subprocessors != "" }},
		{says: "we transfer data to the United States under the EU-US and UK extension of the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Origin == regionGB
		}},
		{says: "we answer legal process, but can give only encrypted vaults we cannot decrypt, and tell you first where allowed", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d.Notice && d.Note != ""
		}},
		{says: "items in the trash are deleted after 30 days", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventTrashed && p.Deletion[0].Stages[0].Within == policy.Days(30)
		}},
		{says: "when you delete your account we delete its data, except billing records the law requires us to keep", typed: func(p *policy.Policy) bool {
			return p.Category("vault").Retention.Kind == policy.RetentionWhileActive && p.Category("billing").Retention.Law != ""
		}},
		{says: "you may access, correct, delete and export your data, object, restrict, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know and delete their data without discrimination, through an agent too", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through your account or email address", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "data is encrypted in transit and at rest", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureEncryptionAtRest)
		}},
		{says: "independent firms audit our code and systems every year, and we hold SOC 2 Type II reports", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAudits) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "use a strong master password and turn on two-step login", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipTwoStep) && slices.Contains(p.SafetyTips, policy.SafetyTipStrongPassword)
		}},
		{says: "Bitwarden is not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we tell you of material changes by email or in the service", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "we cannot recover your master password or your vault if you forget the password, since we never hold the key", free: toIntroduction},
		{says: "when you create an account you choose whether it is stored in our US or our EU cloud region", free: toIntroduction},
		{says: "our source code is open for anyone to review", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureOpenSource) }},
		{says: "the master password hint is emailed to the account's address on request", free: toCategory("account")},
	}}
}
