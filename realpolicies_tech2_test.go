package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// phoneMaker paraphrases, in our own words and as we recall it, the
// privacy policy of a maker of smartphones and computers in the manner of
// Apple, as published in 2024 for its account and services: a US company
// whose Irish subsidiary is the controller for people in Europe; the
// account, purchases and device data serve the services; Siri and
// Dictation run on the device where they can, and their audio is kept to
// improve them only if the user opts in; analytics are shared only with
// consent and protected with differential privacy; health data stays on
// the device and is end-to-end encrypted in iCloud; Advanced Data
// Protection extends that encryption to most of iCloud; data of users in
// mainland China is stored there by a local partner; and children's
// accounts are created by a parent in Family Sharing. It declares the
// GDPR, the UK GDPR and the CCPA.
func phoneMaker() realPolicy {
	account := &policy.Category{ID: "account", Name: "Apple Account information", Items: []string{"name", "email address", "phone number", "date of birth", "password", "postal address", "payment details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device information", Items: []string{"serial number", "device identifiers", "model and software version", "IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases and transactions", Items: []string{"products and apps bought from Apple", "subscriptions", "Apple Pay and Apple Card transaction records Apple keeps", "repairs and support requests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "banks, carriers and the resellers you buy from", Linked: true,
		Retention: policy.AsRequiredBy("tax and consumer law"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	usage := &policy.Category{ID: "usage", Name: "Usage and analytics data", Items: []string{"how apps and features are used", "crash and performance reports", "browsing history in Apple's apps where you sync it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("only as long as needed to improve our products, after which it is deleted or aggregated"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	voice := &policy.Category{ID: "voice", Name: "Siri and Dictation requests", Items: []string{"audio of your requests", "their transcripts", "contacts, apps and location a request needs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, OnDevice: policy.OnDeviceUntilActivated,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	health := &policy.Category{ID: "health", Name: "Health and fitness data", Items: []string{"steps and workouts", "heart rate and ECG", "sleep", "cycle tracking", "medications and health records you add"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, OnDevice: policy.OnDeviceUntilShared, Linked: true,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo},
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"your device's location"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("only as long as the feature you use needs it"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	fraud := &policy.Category{ID: "fraud", Name: "Fraud prevention information", Items: []string{"a device trust score computed when you buy or sign in", "signals of unusual account activity"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{account, device, purchases},
		Retention: policy.Keep(policy.Days(30), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	adInterests := &policy.Category{ID: "ads", Name: "Advertising segments", Items: []string{"segments of at least 5,000 people built from your account, purchases and what you read and search in Apple's apps"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{account, purchases},
		Retention: policy.Until(policy.EventConsentWithdrawal), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "Apple Inc. and other Apple companies", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, device, purchases, usage, voice, fraud}, Country: regionUS, Purpose: "to provide and support our products around the world"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, delivery, repairs and customer support", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, device, purchases}, Country: regionUS}
	partners := &policy.Recipient{ID: "partners", Name: "partners whose products you use with ours, such as carriers and the bank that issues Apple Card", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, purchases}, Conditional: true, Purpose: "you ask for their product or service"}
	china := &policy.Recipient{ID: "china", Name: "Guizhou-Cloud Big Data Industry Co., Ltd.", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, device}, Country: regionCN, Purpose: "to operate iCloud for users in mainland China"}

	service := &policy.Purpose{ID: "service", Name: "Providing the Apple Account, our products and our services", Categories: []*policy.Category{account, device, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{affiliates, providers, partners},
		Required: "an Apple Account needs your name, email address or phone number, date of birth and a password; without them we cannot create it"}
	iCloudChina := &policy.Purpose{ID: "icloud_cn", Name: "Running iCloud for users in mainland China", Categories: []*policy.Category{account, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{china}, Regions: []language.Region{regionCN}}
	siri := &policy.Purpose{ID: "siri", Name: "Answering Siri and Dictation requests", Categories: []*policy.Category{voice},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{affiliates},
		Required: "Siri and Dictation are optional; without them you use the device by touch and keyboard"}
	siriImprove := &policy.Purpose{ID: "siri_improve", Name: "Improving Siri and Dictation with recordings reviewed by Apple employees", Categories: []*policy.Category{voice},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off Improve Siri and Dictation in the privacy settings, where you can also delete your Siri history",
		ConsentMethod: policy.ConsentMethodPlatformPrompt}
	analytics := &policy.Purpose{ID: "analytics", Name: "Improving our products with device analytics", Categories: []*policy.Category{usage, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off Share Analytics in the privacy settings", ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Recipients: []*policy.Recipient{affiliates}}
	healthUse := &policy.Purpose{ID: "health", Name: "Keeping and syncing your health data", Categories: []*policy.Category{health},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in the Health app, by turning off iCloud sync for Health or deleting the data", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	locationUse := &policy.Purpose{ID: "location", Name: "Location services, such as Find My and Maps", Categories: []*policy.Category{location, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the Location Services settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Personalised ads in the App Store, Apple News and Stocks", Categories: []*policy.Category{adInterests},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off Personalised Ads in the privacy settings", ConsentMethod: policy.ConsentMethodPlatformPrompt, Profiling: true}
	security := &policy.Purpose{ID: "security", Name: "Keeping accounts secure and preventing fraud", Categories: []*policy.Category{account, device, purchases, fraud},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our customers and Apple from fraud", Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending news about our products", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link or in your Apple Account", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping sales records as the law requires", Categories: []*policy.Category{purchases, account},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Irish tax and consumer law", Region: regionIE}, {Act: "UK tax law", Region: regionGB}},
		Required: "the law requires us to keep records of sales"}

	toUS := func(origin language.Region, s policy.Safeguard) policy.Transfer {
		return policy.Transfer{Origin: origin, Destination: regionUS, Recipient: affiliates, Categories: []*policy.Category{account, device, purchases, usage, voice, fraud},
			Safeguard: s, Note: "You can ask us for a copy of the safeguards."}
	}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Apple Inc.", Address: "One Apple Park Way, Cupertino, California, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: regionIE, Contact: policy.Contact{Name: "Apple Distribution International Ltd.", Address: "Hollyhill Industrial Estate, Cork, Ireland"}, ControllerFor: regionEU},
			{Region: regionIE, Contact: policy.Contact{Name: "Apple Distribution International Ltd.", Address: "Hollyhill Industrial Estate, Cork, Ireland"}, ControllerFor: regionGB},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Website: "https://www.apple.example/legal/privacy/contact"},
		Version: "2024", Effective: policy.MakeDate(2024, time.January, 31), Updated: policy.MakeDate(2024, time.January, 31),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Scope:       []string{"Apple's products, services and websites that link to this policy"},
		Principles:  []policy.Principle{policy.PrincipleMinimisation},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing},
		Categories:  []*policy.Category{account, device, purchases, usage, voice, health, location, fraud, adInterests},
		Storage:     []policy.Storage{{Subjects: regionCN, Location: regionCN}},
		Purposes:    []*policy.Purpose{service, iCloudChina, siri, siriImprove, analytics, healthUse, locationUse, ads, security, marketing, legal},
		Recipients:  []*policy.Recipient{affiliates, providers, partners, china},
		Transfers:   []policy.Transfer{toUS(regionEU, policy.SafeguardStandardClauses), toUS(regionGB, policy.SafeguardUKTransferAgreement)},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://www.apple.example/legal/transparency/"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "website analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("at privacy.apple.com, signed in with your Apple Account"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Agents: policy.AnswerYes},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"privacy.apple.com", "the toll-free number"}, TollFreeNumber: "1-800-275-2273",
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureEndToEndEncryption, Description: "Health data in iCloud is encrypted end to end; with Advanced Data Protection, so are most other iCloud data, such as photos, notes and backups."},
			{Kind: policy.MeasurePseudonymisation, Description: "Siri requests and analytics are linked to a random identifier, not to your Apple Account."},
			{Kind: policy.MeasureDifferentialPrivacy}},
		Links:    policy.Links{RequestForm: "https://privacy.apple.example", CookieSettings: "https://www.apple.example/legal/privacy/cookies"},
		Children: policy.Children{MinimumAge: 13, ParentalConsent: true, Note: "A parent creates the account of a younger child in Family Sharing and manages it there."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Website: "https://www.apple.example/legal/privacy/contact"},
	}
	return realPolicy{"smartphone and computer maker (Apple)", p, []statement{
		{says: "Apple Inc. in Cupertino is the controller, and Apple Distribution International Ltd. in Cork for people in the EU, the UK and Switzerland", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Establishments[0].ControllerFor == regionEU && p.Establishments[1].ControllerFor == regionGB
		}},
		{says: "there is a data protection officer, reached through the privacy contact form", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Website != "" }},
		{says: "the policy covers Apple's products, services and websites; some services have their own notices", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "privacy is a fundamental human right, and we collect only the data we need", typed: func(p *policy.Policy) bool { return slices.Contains(p.Principles, policy.PrincipleMinimisation) }},
		{says: "we collect Apple Account information, including date of birth and payment details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("service").Required != ""
		}},
		{says: "we collect device information such as the serial number", typed: func(p *policy.Policy) bool { return p.Category("device").Sources[0] == policy.SourceAutomatic }},
		{says: "we keep records of purchases, repairs and Apple Pay and Apple Card transactions, with data from banks, carriers and resellers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Sources, policy.SourceThirdParty) && p.Category("purchases").SourceDetail != ""
		}},
		{says: "a lot of processing happens on the device, so the data never reaches Apple", typed: func(p *policy.Policy) bool {
			return p.Category("health").OnDevice != 0 && p.Category("voice").OnDevice != 0
		}},
		{says: "Siri and Dictation listen only after you call them, and run on the device where they can", typed: func(p *policy.Policy) bool {
			return p.Category("voice").OnDevice == policy.OnDeviceUntilActivated
		}},
		{says: "Siri requests are linked to a random identifier, not your Apple Account", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasurePseudonymisation) && !p.Category("voice").Linked
		}},
		{says: "audio of your requests is kept, and reviewed by Apple employees, only if you opt in to Improve Siri and Dictation", typed: func(p *policy.Policy) bool {
			return p.Purpose("siri_improve").RestsOnConsent() && p.Purpose("siri_improve").Withdraw != ""
		}},
		{says: "transcripts of requests are kept up to two years to improve Siri", typed: func(p *policy.Policy) bool { return p.Category("voice").Retention.Period == policy.Years(2) }},
		{says: "you can delete your Siri history in the settings", typed: func(p *policy.Policy) bool { return p.Purpose("siri_improve").Withdraw != "" }},
		{says: "device analytics are shared only if you agree, and you can stop at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("analytics").RestsOnConsent() && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "we use differential privacy, so that we learn about groups of users without learning about any one of them", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureDifferentialPrivacy })
		}},
		{says: "health data stays on the device unless you sync it, and in iCloud it is end-to-end encrypted", typed: func(p *policy.Policy) bool {
			return p.Category("health").OnDevice == policy.OnDeviceUntilShared && hasMeasure(p, policy.MeasureEndToEndEncryption)
		}},
		{says: "health data is processed with your explicit consent and never used for advertising", typed: func(p *policy.Policy) bool {
			return p.Purpose("health").HasBasis(policy.BasisExplicitConsent) && slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "apps you allow to read health data are bound by their own policies", free: addToCategory("health")},
		{says: "Advanced Data Protection lets you encrypt most iCloud data end to end, so that only your devices can read it", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEndToEndEncryption) }},
		{says: "location services such as Find My use your location only with your permission", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we compute a device trust score to prevent fraud, and keep it only a short time", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("fraud").Sources, policy.SourceDerived) && p.Purpose("security").Interest != ""
		}},
		{says: "ads in the App Store, Apple News and Stocks are personalised only with Personalised Ads turned on, on segments of at least 5,000 people", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").RestsOnConsent() && p.Purpose("ads").Profiling
		}},
		{says: "we do not sell personal data, nor share it for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo && slices.Contains(p.Commitments, policy.CommitmentNoSharing)
		}},
		{says: "we use sensitive personal information only to provide the services", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "we send product news with consent, and you can unsubscribe", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOut }},
		{says: "the grounds are contract, consent, legitimate interests and legal obligations", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) && len(p.Purpose("legal").Obligations) == 2
		}},
		{says: "Apple companies and service providers process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "affiliates").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "partners such as carriers and the Apple Card bank receive data when you use their services with ours", typed: func(p *policy.Policy) bool { return recipient(p, "partners").Conditional }},
		{says: "iCloud data of users in mainland China is stored there and operated by a Chinese partner", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionCN && recipient(p, "china").Country == regionCN && p.Purpose("icloud_cn").Regions[0] == regionCN
		}},
		{says: "data from Europe goes to Apple Inc. in the US under standard contractual clauses, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "we disclose data to authorities only on valid legal process, tell the user where we may, and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d != nil && d.Notice && d.ReportURL != ""
		}},
		{says: "we may disclose data to protect people, in a reorganisation, and in aggregated form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "our websites set analytics cookies only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "analytics").Consent == policy.CookieConsentOptIn }},
		{says: "we keep data only as long as needed, sales records as the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Retention.Law != "" && p.Category("usage").Retention.Criteria != ""
		}},
		{says: "you can get a copy of your data, correct it, delete it or deactivate your account at privacy.apple.com, and complain to a regulator", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint) && p.Links.RequestForm != ""
		}},
		{says: "Californians may know and delete, are not discriminated against, and may use an agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "no decision that significantly affects you is made by algorithms alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionAtRest) }},
		{says: "children under 13, or the age set in their country, need an account a parent creates in Family Sharing", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.MinimumAge == 13
		}},
		{says: "we post material changes on our website and may tell you directly", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
	}}
}

// softwareCompany paraphrases, in our own words and as we recall it, the
// consumer privacy statement of a software and cloud company in the
// manner of Microsoft, as published in 2024: a US company with an Irish
// representative for Europe, whose Microsoft account opens Windows,
// Outlook, OneDrive, Bing, Copilot and Xbox; Windows sends required
// diagnostic data to keep it secure and up to date, and optional
// diagnostic data only if the user turns it on; Bing de-identifies
// stored searches over time; ads may be personalised with the
// advertising ID, which the user can turn off; the privacy dashboard
// shows and deletes activity data; and requests from law enforcement are
// answered only on valid legal process and reported on. It declares the
// GDPR, the UK GDPR and the CCPA.
func softwareCompany() realPolicy {
	account := &policy.Category{ID: "account", Name: "Microsoft account information", Items: []string{"name", "email address", "phone number", "date of birth", "country", "password", "payment details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPASensitivePersonalInfo}}
	content := &policy.Category{ID: "content", Name: "Your content", Items: []string{"emails in Outlook.com", "files in OneDrive", "documents", "Skype and Teams messages and calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACustomerRecords}, Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	requiredDiag := &policy.Category{ID: "diag_required", Name: "Required diagnostic data", Items: []string{"device and Windows version", "whether updates install", "crashes of Windows components", "device identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to keep Windows secure, up to date and working"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	optionalDiag := &policy.Category{ID: "diag_optional", Name: "Optional diagnostic data", Items: []string{"apps and features you use", "browsing in Microsoft Edge", "inking and typing", "detailed error reports"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to improve our products, or until you delete it in the Diagnostic Data Viewer"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	search := &policy.Category{ID: "search", Name: "Bing searches", Items: []string{"search terms", "results clicked", "IP address and cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.Keep(policy.Months(18), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAIdentifiers}}
	ai := &policy.Category{ID: "ai", Name: "Copilot conversations", Items: []string{"your prompts", "the responses", "files and images you give Copilot"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Months(18), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPAInternetActivity}}
	voice := &policy.Category{ID: "voice", Name: "Voice data", Items: []string{"voice commands and dictation", "voice clips"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, OnDevice: policy.OnDeviceUntilActivated,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	ads := &policy.Category{ID: "ads", Name: "Advertising data", Items: []string{"advertising ID", "interests inferred from your searches, browsing and purchases", "ads you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{search, account},
		Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInferences, policy.CCPAInternetActivity}}
	xbox := &policy.Category{ID: "xbox", Name: "Xbox data", Items: []string{"gamertag", "games played and achievements", "friends and clubs", "Xbox Live chat reported for safety"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Visibility: policy.VisibilityDefault,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"precise device location from Windows location services", "approximate location from your IP address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("only as long as the feature you use needs it"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "Microsoft-controlled affiliates and subsidiaries", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, content, requiredDiag, optionalDiag, search, ai, voice, xbox}, Country: regionUS}
	vendors := &policy.Recipient{ID: "vendors", Name: "vendors working on our behalf, such as for hosting, customer support and voice transcription", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, requiredDiag, voice, search}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as publishers that show Microsoft Advertising", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{ads}, Country: regionUS}
	connected := &policy.Recipient{ID: "connected", Name: "third-party apps and game publishers you connect", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, xbox}, Conditional: true, Purpose: "you direct us to share, such as when you play a game or link an app"}

	service := &policy.Purpose{ID: "service", Name: "Providing and updating our products", Categories: []*policy.Category{account, content, xbox, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{affiliates, vendors, connected},
		Required: "a Microsoft account needs an email address or phone number and a password; without them we cannot provide services that need one"}
	diagRequired := &policy.Purpose{ID: "diag_required", Name: "Keeping Windows secure, up to date and working with required diagnostic data", Categories: []*policy.Category{requiredDiag},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping the Windows devices of our customers secure and up to date", Recipients: []*policy.Recipient{affiliates, vendors}}
	diagOptional := &policy.Purpose{ID: "diag_optional", Name: "Improving our products with optional diagnostic data", Categories: []*policy.Category{optionalDiag},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in Windows Settings under Privacy and security, Diagnostics and feedback", ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Recipients: []*policy.Recipient{affiliates}}
	searchUse := &policy.Purpose{ID: "search", Name: "Answering and improving Bing searches", Categories: []*policy.Category{search},
		Bases: []policy.Basis{policy.BasisContract}, Required: "you choose what to search for; without search terms Bing cannot answer", Recipients: []*policy.Recipient{affiliates, vendors}}
	copilot := &policy.Purpose{ID: "copilot", Name: "Answering your prompts in Copilot and our other AI features, and keeping them safe", Categories: []*policy.Category{ai},
		Bases: []policy.Basis{policy.BasisContract}, Required: "you choose what to ask; without a prompt Copilot cannot answer", Recipients: []*policy.Recipient{affiliates}}
	speech := &policy.Purpose{ID: "speech", Name: "Improving speech recognition with voice clips reviewed by people", Categories: []*policy.Category{voice},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the privacy dashboard or in Windows' speech settings", ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Recipients: []*policy.Recipient{vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing ads that interest you", Categories: []*policy.Category{ads},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "on the advertising settings page or by turning off the advertising ID in Windows", ConsentMethod: policy.ConsentMethodConsentTool,
		Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	security := &policy.Purpose{ID: "security", Name: "Keeping our products and customers safe, and preventing fraud and abuse", Categories: []*policy.Category{account, content, xbox},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our customers, including children, and our products from spam, malware, fraud and abuse", Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending promotional communications", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link or on the promotional communications page", OptOut: true}

	fromEurope := func(origin language.Region) policy.Transfer {
		return policy.Transfer{Origin: origin, Destination: regionUS, Categories: []*policy.Category{account, content, requiredDiag, optionalDiag, search, ai, voice, xbox, ads},
			Safeguard: policy.SafeguardDataPrivacyFramework}
	}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Microsoft Corporation", Address: "One Microsoft Way, Redmond, Washington, USA"}, Country: regionUS},
		Representatives: []policy.Representative{
			{Region: regionEU, Contact: policy.Contact{Name: "Microsoft Ireland Operations Limited", Address: "One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, Ireland"}},
			{Region: regionGB, Contact: policy.Contact{Name: "Microsoft Limited", Address: "Microsoft Campus, Thames Valley Park, Reading, United Kingdom"}},
		},
		DPO:     &policy.Contact{Name: "Microsoft EU Data Protection Officer", Address: "One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, Ireland", Website: "https://aka.example/privacyresponse"},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		SafetyTips:  []policy.SafetyTip{policy.SafetyTipCheckAIOutput},
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Scope:       []string{"Microsoft's consumer products, websites and apps that display or link to this statement"},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, content, requiredDiag, optionalDiag, search, ai, voice, ads, xbox, location},
		Purposes:    []*policy.Purpose{service, diagRequired, diagOptional, searchUse, copilot, speech, advertising, security, marketing},
		Recipients:  []*policy.Recipient{affiliates, vendors, adPartners, connected},
		Transfers: []policy.Transfer{fromEurope(regionEU), fromEurope(regionGB),
			{Origin: regionEU, Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{account, requiredDiag, voice, search}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses."}},
		Deletion: []policy.Deletion{
			{From: policy.EventCollection, Categories: []*policy.Category{search}, Stages: []policy.Stage{{Removal: policy.RemovalAnonymised, Within: policy.Months(6)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, content, xbox}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(60)}}},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://www.microsoft.example/corporate-responsibility/law-enforcement-requests-report"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising, Categories: []*policy.Category{ads},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("on the privacy dashboard at account.microsoft.com/privacy or with our web form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "on the advertising settings page or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://account.microsoft.example/privacy/ad-settings", RequestMethods: []string{"the privacy dashboard", "the web form", "the toll-free number"}, TollFreeNumber: "1-844-931-2038",
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Our cloud services are certified to ISO/IEC 27001 and audited for SOC 2."}},
		Links: policy.Links{RequestForm: "https://aka.example/privacyresponse", CookieSettings: "https://account.microsoft.example/privacy/ad-settings"},
		Children: policy.Children{MinimumAge: 13, ParentalConsent: true, ParentRequests: "in Microsoft Family Safety, or by writing to us through the privacy web form",
			AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared}, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact: policy.Contact{Website: "https://aka.example/privacyresponse"},
	}
	return realPolicy{"software and cloud company (Microsoft)", p, []statement{
		{says: "Microsoft Corporation in Redmond is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionUS }},
		{says: "Microsoft Ireland Operations Limited is our representative in the EU, and Microsoft Limited in the UK", typed: func(p *policy.Policy) bool { return len(p.Representatives) == 2 }},
		{says: "our EU data protection officer can be reached in Dublin", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Address != "" }},
		{says: "the statement covers our consumer products that link to it; enterprise products are governed by the customer's agreement", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "we collect Microsoft account information, including date of birth and country", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("service").Required != ""
		}},
		{says: "we process your content, such as emails and files, to provide the services", typed: func(p *policy.Policy) bool { return p.Purpose("service").Uses(p.Category("content")) }},
		{says: "we do not use what you say in email, chat, calls or your files to target ads to you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("content").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "Windows sends required diagnostic data to keep itself secure, up to date and working", typed: func(p *policy.Policy) bool {
			return p.Purpose("diag_required").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "optional diagnostic data is sent only if you turn it on, and you can turn it off", typed: func(p *policy.Policy) bool {
			return p.Purpose("diag_optional").RestsOnConsent() && p.Purpose("diag_optional").Withdraw != ""
		}},
		{says: "the Diagnostic Data Viewer shows what your device sends, and you can delete it", free: toPurpose("diag_optional")},
		{says: "Bing uses your searches to answer them and improve the service", typed: func(p *policy.Policy) bool { return p.Purpose("search").Uses(p.Category("search")) }},
		{says: "Bing removes the IP address from stored searches after six months, and cookie identifiers after 18 months", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Stages[0].Removal == policy.RemovalAnonymised && p.Category("search").Retention.Period == policy.Months(18)
		}},
		{says: "Copilot processes your prompts and its responses to answer you and to keep it safe", typed: func(p *policy.Policy) bool { return p.Purpose("copilot").Uses(p.Category("ai")) }},
		{says: "you choose which data to give; without the data a product needs you may not be able to use it", typed: func(p *policy.Policy) bool {
			return p.Purpose("search").Required != "" && p.Purpose("copilot").Required != ""
		}},
		{says: "we keep Copilot conversations for 18 months, and you can delete them sooner", typed: func(p *policy.Policy) bool { return p.Category("ai").Retention.Period == policy.Months(18) }},
		{says: "AI-generated content can be wrong and should be checked", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipCheckAIOutput) }},
		{says: "voice features listen only after you activate them", typed: func(p *policy.Policy) bool { return p.Category("voice").OnDevice == policy.OnDeviceUntilActivated }},
		{says: "with your permission, people review voice clips to improve speech recognition", typed: func(p *policy.Policy) bool {
			return p.Purpose("speech").RestsOnConsent() && recipient(p, "vendors") != nil
		}},
		{says: "ads may be personalised with the advertising ID and your interests, with your consent, and you can turn it off", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && p.Purpose("advertising").Profiling && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "we do not deliver personalised ads to children whose birthdate shows they are under 18", typed: func(p *policy.Policy) bool {
			ch := p.Children
			return ch.ConsentAge == 0 && slices.Contains(ch.Restrictions, policy.ChildRestrictionNoPersonalisedAds) && slices.Contains(ch.AgeChecks, policy.AgeCheckDeclared)
		}},
		{says: "Xbox collects your gamertag, play and achievements, which others can see unless you limit it", typed: func(p *policy.Policy) bool {
			return p.Category("xbox").Visibility == policy.VisibilityDefault
		}},
		{says: "Windows location services use your precise location only if you allow it", typed: func(p *policy.Policy) bool {
			return p.Category("location").Sensitivity == policy.SensitivitySensitive
		}},
		{says: "we use data to keep our products safe, with automated scanning for spam, malware and child abuse material", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Interest != "" && p.Purpose("security").Profiling
		}},
		{says: "promotional emails are sent with consent and you can opt out", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOut }},
		{says: "affiliates and vendors process data for us", typed: func(p *policy.Policy) bool { return recipient(p, "vendors").Role == policy.RoleProcessor }},
		{says: "we share data with apps and game publishers when you direct us to", typed: func(p *policy.Policy) bool { return recipient(p, "connected").Conditional }},
		{says: "data from the EU and the UK goes to the US under the Data Privacy Framework, and to vendors under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[2].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "the EU Data Boundary keeps the data of commercial and public-sector cloud customers in the EU", free: toIntroduction},
		{says: "we disclose data to law enforcement only on valid legal process, tell the user unless forbidden, and publish a report on requests", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d != nil && d.Notice && d.ReportURL != ""
		}},
		{says: "we may disclose data to protect people, in a merger, and in aggregated form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "advertising cookies are set only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "ads").Consent == policy.CookieConsentOptIn }},
		{says: "we keep data as long as needed for the product and its purposes; after an account is closed, we delete its data", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventAccountClosure && p.Category("diag_required").Retention.Criteria != ""
		}},
		{says: "the privacy dashboard lets you see and delete your search, browsing, location and voice activity", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightErasure) }},
		{says: "you may access, correct, delete and port your data, object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we do not sell personal data, but share it for targeted advertising, which you can opt out of, also by Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "Californians may know and delete, are not discriminated against, and may use an agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we protect data with encryption, access controls and certified cloud security", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "children under 13, or the age set in their country, need a parent's consent, and parents manage them in Microsoft Family Safety", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.ParentRequests != ""
		}},
		{says: "we post material changes on this page and notify you in advance", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}
