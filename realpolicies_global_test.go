package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var regionLU = language.MustParseRegion("LU")

// searchEngine paraphrases, in our own words and as we recall it, the
// privacy policy of a search engine and advertising platform in the manner
// of Google, as published in 2024: one account across many services,
// activity controls whose data the user may have deleted automatically,
// advertising that pays for the free services, a US controller with an
// Irish company as the controller for the European Economic Area and
// Switzerland. It declares the GDPR, the UK GDPR and the CCPA.
func searchEngine() realPolicy {
	account := &policy.Category{ID: "account", Name: "Google Account information", Items: []string{"name", "password", "phone number", "payment information"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPASensitivePersonalInfo}}
	content := &policy.Category{ID: "content", Name: "Content you create, upload or receive", Items: []string{"emails you write and receive", "photos and videos you save", "documents and spreadsheets", "comments on videos"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventDeletionRequest), Linked: true, Visibility: policy.VisibilityOptional,
		CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensoryData}}
	device := &policy.Category{ID: "device", Name: "Apps, browsers and devices", Items: []string{"unique identifiers", "browser type and settings", "device type and settings", "operating system", "mobile network and carrier", "IP address", "crash reports"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(9), policy.EventCollection).ThenAnonymise(), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	activity := &policy.Category{ID: "activity", Name: "Your activity", Items: []string{"terms you search for", "videos you watch", "views of and interactions with content and ads", "voice and audio when you use audio features", "purchase activity", "people you communicate with", "activity on third-party sites and apps that use our services", "Chrome browsing history you sync"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPACommercialInfo, policy.CCPASensoryData, policy.CCPAInferences},
		AutoDelete: []policy.Period{policy.Months(3), policy.Months(18), policy.Months(36)}}
	location := &policy.Category{ID: "location", Name: "Location information", Items: []string{"GPS and other sensor data", "IP address", "activity on our services, such as searches for places", "nearby Wi-Fi access points, cell towers and Bluetooth devices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo},
		AutoDelete: []policy.Period{policy.Months(3), policy.Months(18), policy.Months(36)}}
	partners := &policy.Category{ID: "partners", Name: "Information from partners and public sources", Items: []string{"information from publicly accessible sources", "information from directory services and marketing partners", "information from security partners about abuse", "information from advertisers about their customers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic, policy.SourceThirdParty},
		SourceDetail: "publicly accessible sources, such as the open web; trusted partners, including directory services, marketing partners and security partners; advertisers",
		Retention:    policy.ByCriteria("as long as needed for the purpose it was received for"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	adsData := &policy.Category{ID: "adslogs", Name: "Advertising data in server logs", Items: []string{"IP address", "cookie identifiers", "ads shown and clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(18), policy.EventCollection).ThenAnonymise(), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "our affiliates and other trusted businesses that process data for us", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, content, device, activity, location}, Purpose: "to process information for us, on our instructions and under this policy, with confidentiality and security measures"}
	admins := &policy.Recipient{ID: "admins", Name: "the administrator of your organisation's domain", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, content, activity}, Conditional: true,
		Purpose: "where your account is managed by your school or workplace: to see account statistics, change your password, suspend or end your access, and receive your information to meet the law"}
	adPartners := &policy.Recipient{ID: "advertisers", Name: "publishers, advertisers, developers and rights holders", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{adsData}, Purpose: "to show trends about the general use of our services, in aggregated form only"}

	service := &policy.Purpose{ID: "service", Name: "Providing our services", Categories: []*policy.Category{account, content, device, activity, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{affiliates, admins},
		Required: "a Google Account needs a name and a password; many services, such as Search and YouTube, can be used without one"}
	improve := &policy.Purpose{ID: "improve", Name: "Maintaining and improving our services and developing new ones", Categories: []*policy.Category{device, activity, partners},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how people use our services to keep them working and to make them better", Recipients: []*policy.Recipient{affiliates}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising our services, including content and ads", Categories: []*policy.Category{activity, location, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "customising our services and offering advertising that makes many of them free", Profiling: true, OptOut: true}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing personalised ads", Categories: []*policy.Category{activity, adsData},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in My Ad Center or the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	measure := &policy.Purpose{ID: "measure", Name: "Measuring performance", Categories: []*policy.Category{activity, adsData, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "measuring how our services and the ads on them perform, and helping site owners and advertisers do the same"}
	communicate := &policy.Purpose{ID: "communicate", Name: "Communicating with you", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}}
	protect := &policy.Purpose{ID: "protect", Name: "Protecting Google, our users and the public", Categories: []*policy.Category{account, device, activity, partners},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "detecting, preventing and responding to fraud, abuse, security risks and technical issues", Profiling: true,
		Recipients: []*policy.Recipient{affiliates}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{account, activity},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Union and member-state law, such as tax law and court orders", Region: regionEU},
			{Act: "UK law, such as tax law and court orders", Region: regionGB}}}

	transfer := func(origin language.Region, s policy.Safeguard) policy.Transfer {
		return policy.Transfer{Origin: origin, Destination: regionUS, Categories: []*policy.Category{account, content, device, activity, location, partners, adsData}, Safeguard: s}
	}
	sccTransfer := transfer(regionEU, policy.SafeguardStandardClauses)
	sccTransfer.Note = "Our data transfer frameworks page describes the clauses and links to them."
	p := &policy.Policy{
		Controller:     policy.Controller{Contact: policy.Contact{Name: "Google LLC", Address: "1600 Amphitheatre Parkway, Mountain View, California 94043, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{{Region: regionIE, Contact: policy.Contact{Name: "Google Ireland Limited", Address: "Gordon House, Barrow Street, Dublin 4, Ireland"}, ControllerFor: regionEU}},
		DPO:            &policy.Contact{Name: "Google's data protection office", Website: "https://support.google.example/policies/dpo"},
		Version:        "2024", Effective: policy.MakeDate(2024, time.March, 28), Updated: policy.MakeDate(2024, time.March, 28),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing},
		Categories:  []*policy.Category{account, content, device, activity, location, partners, adsData},
		Purposes:    []*policy.Purpose{service, improve, personalise, ads, measure, communicate, protect, legal},
		Recipients:  []*policy.Recipient{affiliates, admins, adPartners},
		Transfers:   []policy.Transfer{transfer(regionEU, policy.SafeguardDataPrivacyFramework), sccTransfer, transfer(regionGB, policy.SafeguardDataPrivacyFramework)},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, ReportURL: "https://transparencyreport.google.example"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer, Notice: true},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Categories: []*policy.Category{content, activity, location}, Stages: []policy.Stage{
			{Removal: policy.RemovalLive, Within: policy.Months(2)}, {Removal: policy.RemovalBackups, Within: policy.Months(4)}},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "sid", Name: "SID", Party: policy.PartyFirst, Purpose: protect, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(2)), StrictlyNecessary: true},
			{ID: "nid", Name: "NID", Party: policy.PartyFirst, Purpose: personalise, Categories: []*policy.Category{activity}, Lifetime: policy.Expires(policy.Months(6)), Consent: policy.CookieConsentOptIn},
			{ID: "ide", Name: "IDE", Party: policy.PartyFirst, Purpose: ads, Categories: []*policy.Category{adsData}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "ga", Name: "_ga", Party: policy.PartyFirst, Purpose: measure, Categories: []*policy.Category{activity}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in your Google Account, in My Activity, or with Google Takeout"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Agents: policy.AnswerYes},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, SensitiveUse: policy.AnswerNo,
			RequestMethods: []string{"your Google Account", "the privacy contact form", "the toll-free number"}, TollFreeNumber: "+1 855 548 2777"},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl, Description: "Only employees, contractors and agents who need personal information to process it for us have access, under strict confidentiality duties."},
			{Kind: policy.MeasureAudits, Description: "We review how we collect, store and process information, including physical security."},
			{Kind: policy.MeasureIncidentDetection, Description: "Safe Browsing, Security Checkup and 2-Step Verification help protect accounts."},
		},
		Links:    policy.Links{CookieSettings: "https://myadcenter.google.example", Security: "https://safety.google.example"},
		Children: policy.Children{MinimumAge: 13, ParentalConsent: true, ByRegion: []policy.AgeLimit{{Region: regionEU, Age: 16}}, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true,
			HistoryURL: "https://policies.google.example/privacy/archive"},
		Contact: policy.Contact{Website: "https://support.google.example/policies/contact"},
	}
	return realPolicy{"search engine (Google)", p, []statement{
		{says: "Google LLC is the controller, and Google Ireland Limited is the controller for users in the EEA and Switzerland", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Establishments[0].ControllerFor == regionEU
		}},
		{says: "you can reach Google's data protection office", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "one Google Account holds your name, password, phone number and payment information", typed: func(p *policy.Policy) bool { return p.Category("account").Linked }},
		{says: "we collect the content you create, upload or receive, such as email, photos and documents", typed: func(p *policy.Policy) bool { return p.Category("content") != nil }},
		{says: "we collect identifiers of your apps, browsers and devices, including IP address and crash reports", typed: func(p *policy.Policy) bool { return p.Category("device").Sources[0] == policy.SourceAutomatic }},
		{says: "we collect your activity: searches, videos watched, interactions with ads, voice and audio, purchases, and activity on sites that use our services", typed: func(p *policy.Policy) bool {
			return p.Category("activity").Tracking && slices.Contains(p.Category("activity").CCPA, policy.CCPASensoryData)
		}},
		{says: "we collect location from GPS, IP address, sensor data and nearby Wi-Fi, cell towers and Bluetooth", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").CCPA, policy.CCPAGeolocation)
		}},
		{says: "we collect information from publicly accessible sources and from trusted partners such as directory services, marketing and security partners, and advertisers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("partners").Sources, policy.SourcePublic) && p.Category("partners").SourceDetail != ""
		}},
		{says: "we use data to provide, maintain and improve our services and develop new ones", typed: func(p *policy.Policy) bool {
			return p.Purpose("service") != nil && p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we personalise services, content and ads, and you can turn ad personalisation off in My Ad Center", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").OptOut && p.Purpose("ads").Withdraw != ""
		}},
		{says: "we measure performance, including with Google Analytics on other sites", typed: func(p *policy.Policy) bool { return cookie(p, "ga").Purpose == p.Purpose("measure") }},
		{says: "we communicate with you about the services", typed: func(p *policy.Policy) bool { return p.Purpose("communicate") != nil }},
		{says: "we protect Google, our users and the public against fraud, abuse and security risks", typed: func(p *policy.Policy) bool { return p.Purpose("protect").Profiling }},
		{says: "in the EU we rely on consent, legitimate interests, the provision of a service and legal obligations", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").RestsOnConsent() && p.Purpose("legal").HasBasis(policy.BasisLegalObligation) && p.Purpose("service").HasBasis(policy.BasisContract)
		}},
		{says: "we do not sell your personal information", typed: func(p *policy.Policy) bool { return p.CCPA.Sold == policy.AnswerNo }},
		{says: "we share personal information outside Google with your consent, and ask explicit consent for sensitive information", free: toIntroduction},
		{says: "the administrator of a school or work account can see and manage its data", typed: func(p *policy.Policy) bool { return recipient(p, "admins").Conditional }},
		{says: "affiliates and trusted businesses process data for us on our instructions", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates").Role == policy.RoleProcessor }},
		{says: "we disclose data for legal reasons, and publish a transparency report on government requests", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).ReportURL != "" && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "in a merger we keep data confidential and tell users before it becomes subject to another policy", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer).Notice
		}},
		{says: "we share non-personally identifiable information publicly and with partners", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we process data on servers around the world and rely on the Data Privacy Framework and standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "many services can be used without a Google Account", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "some data you can delete whenever you like, and it stays until you do", typed: func(p *policy.Policy) bool {
			return p.Category("content").Retention.From == policy.EventDeletionRequest
		}},
		{says: "Web & App Activity, Location History and YouTube History can be deleted automatically after 3, 18 or 36 months", typed: func(p *policy.Policy) bool {
			choices := []policy.Period{policy.Months(3), policy.Months(18), policy.Months(36)}
			return slices.Equal(p.Category("activity").AutoDelete, choices) && slices.Equal(p.Category("location").AutoDelete, choices)
		}},
		{says: "advertising data in server logs is anonymised: part of the IP address after 9 months and cookie information after 18 months", typed: func(p *policy.Policy) bool {
			return p.Category("device").Retention.Anonymise && p.Category("adslogs").Retention.Period == policy.Months(18)
		}},
		{says: "account data is kept until you delete your account", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "some data is kept longer for security, fraud prevention, financial record-keeping or to meet the law", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptFraud) && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "deleted data leaves our active systems within about two months, including a recovery period, and backups within about six", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Months(6)
		}},
		{says: "cookies such as NID and IDE remember preferences and personalise ads, with consent where the law requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "nid").Consent == policy.CookieConsentOptIn
		}},
		{says: "you may access, rectify, erase, restrict, port and object, and complain to your local data protection authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Google Takeout exports your content", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPortability) }},
		{says: "Californians may know, delete and correct, and are not discriminated against; authorised agents may ask", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "Inactive Account Manager decides what happens to your account if you stop using it", free: toIntroduction},
		{says: "encryption, Safe Browsing and 2-Step Verification protect data, and access is limited to those who need it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "children under 13, or the age in their country, need a parent's consent through Family Link", typed: func(p *policy.Policy) bool { return p.Children.ParentalConsent }},
		{says: "no personalised ads are shown to children", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds)
		}},
		{says: "we do not reduce your rights under this policy without your explicit consent", free: toIntroduction},
		{says: "significant changes are announced prominently, sometimes by email, and past versions are archived", typed: func(p *policy.Policy) bool {
			return p.Changes.HistoryURL != "" && p.Changes.MaterialOnly
		}},
	}}
}

// onlineStore paraphrases, in our own words and as we recall it, the EU
// privacy notice of an online marketplace and retailer in the manner of
// Amazon, as published in 2024: two Luxembourg companies of the group
// decide jointly how customer data is used across the European stores,
// with voice assistants, video streaming, third-party sellers, credit
// checks and interest-based ads. It declares the GDPR.
func onlineStore() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account and contact information", Items: []string{"name", "email address", "postal addresses", "phone number", "password", "people to whom purchases are shipped"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "carriers, which give us updated delivery and address information",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Orders and payment information", Items: []string{"items bought", "order and delivery history", "payment method", "returns"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("Luxembourg commercial and tax law"), Linked: true}
	credit := &policy.Category{ID: "credit", Name: "Credit information", Items: []string{"credit history", "score from credit agencies"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "credit agencies, when you pay on invoice or by direct debit",
		Retention: policy.ByCriteria("as long as needed to decide on the payment method and to prevent fraud"), Linked: true}
	voice := &policy.Category{ID: "voice", Name: "Voice recordings", Items: []string{"what you say to Alexa after the wake word", "transcripts of those requests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventDeletionRequest), Linked: true,
		AutoDelete: []policy.Period{policy.Months(3), policy.Months(18)}}
	viewing := &policy.Category{ID: "viewing", Name: "Prime Video and content use", Items: []string{"titles watched", "watch history", "playback settings", "downloads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Until(policy.EventDeletionRequest), Linked: true}
	device := &policy.Category{ID: "device", Name: "Automatic information", Items: []string{"IP address", "device and browser", "cookie identifiers", "pages and products viewed", "searches", "clickstream", "location of your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide and improve our services, and to meet legal obligations and resolve disputes")}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews and questions", Items: []string{"reviews", "ratings", "answers to customer questions", "public name"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventDeletionRequest), Linked: true, Visibility: policy.VisibilityAlways}
	support := &policy.Category{ID: "support", Name: "Customer service", Items: []string{"messages and calls with customer service"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.ByCriteria("as long as needed to handle the request and any dispute"), Linked: true}

	jointCtl := &policy.Recipient{ID: "amazoneu", Name: "Amazon EU S.à r.l., Luxembourg", Role: policy.RoleJointController, Country: regionLU,
		Categories: []*policy.Category{account, orders, credit, device, reviews, support}, Purpose: "to run the European stores together with us"}
	group := &policy.Recipient{ID: "group", Name: "Amazon.com, Inc. and the companies it controls", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, orders, voice, viewing, device, support}, Purpose: "to provide, host and support the services on our behalf, under this notice"}
	sellers := &policy.Recipient{ID: "sellers", Name: "third-party sellers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders}, Purpose: "to deliver, invoice and answer for what you buy from them"}
	carriers := &policy.Recipient{ID: "carriers", Name: "carriers and delivery services", Role: policy.RoleProcessor, Categories: []*policy.Category{account, orders}}
	payments := &policy.Recipient{ID: "payments", Name: "payment processors and credit agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, orders, credit},
		Purpose: "to process payments, check creditworthiness and prevent fraud"}

	const required = "you can choose not to give us information, but then you may not be able to use many of our services"
	store := &policy.Purpose{ID: "orders", Name: "Taking and delivering your orders", Categories: []*policy.Category{account, orders, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{jointCtl, group, sellers, carriers, payments},
		Required: "without your name, address and payment details we cannot take or deliver your order"}
	services := &policy.Purpose{ID: "services", Name: "Providing, troubleshooting and improving our services, Alexa and Prime Video", Categories: []*policy.Category{voice, viewing, device},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "making our services work and improving them, including training speech recognition on voice recordings",
		Recipients: []*policy.Recipient{group}, Required: required}
	recommend := &policy.Purpose{ID: "recommend", Name: "Recommendations and personalisation", Categories: []*policy.Category{orders, viewing, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "recommending features, products and services that may interest you", Profiling: true}
	credits := &policy.Purpose{ID: "credit", Name: "Preventing fraud and credit risk", Categories: []*policy.Category{account, orders, credit, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisLegalObligation}, Interest: "protecting our customers, our sellers and us from fraud and unpaid payments",
		Obligations: []policy.Obligation{{Act: "Luxembourg law on payment services and anti-money laundering", Region: regionLU}},
		Recipients:  []*policy.Recipient{payments}, Profiling: true,
		Automated: "we decide automatically, from the credit check and your order history, which payment methods we offer you"}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Interest-based advertising", Categories: []*policy.Category{device, orders, viewing},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie preferences or the advertising preferences", Profiling: true}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing your reviews and answers", Categories: []*policy.Category{reviews},
		Bases: []policy.Basis{policy.BasisContract}, Required: required}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{account, orders},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Luxembourg commercial and tax law, and the tax law of the countries we deliver to", Region: regionLU}}}
	communicate := &policy.Purpose{ID: "communicate", Name: "Communicating with you", Categories: []*policy.Category{account, support},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "answering your questions and telling you about our services", OptOut: true}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Amazon Europe Core S.à r.l.", Address: "38 avenue John F. Kennedy, L-1855 Luxembourg"}, Country: regionLU},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Website: "https://www.amazon.example/privacy/contact", Address: "38 avenue John F. Kennedy, L-1855 Luxembourg"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.February, 1), Updated: policy.MakeDate(2024, time.February, 1),
		Laws:       []policy.Law{policy.GDPR},
		Categories: []*policy.Category{account, orders, credit, voice, viewing, device, reviews, support},
		Purposes:   []*policy.Purpose{store, services, recommend, credits, ads, reviewing, legal, communicate},
		Recipients: []*policy.Recipient{jointCtl, group, sellers, carriers, payments},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: group, Categories: []*policy.Category{account, orders, voice, viewing, device, support}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: group, Categories: []*policy.Category{account, orders, voice, viewing, device, support}, Safeguard: policy.SafeguardStandardClauses},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureLegalProcess},
		},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session-id", Party: policy.PartyFirst, Purpose: store, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, ProviderName: "advertising partners", Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in Your Account, with Request My Data, or through our contact form"), policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionLU,
			Contact: policy.Contact{Name: "Commission nationale pour la protection des données (CNPD)", Address: "15, Boulevard du Jazz, L-4370 Belvaux", Website: "https://cnpd.public.lu"}}},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureCertification, Description: "We follow the Payment Card Industry Data Security Standard (PCI DSS) for card data."},
			{Kind: policy.MeasureAccessControl, Description: "We keep physical, electronic and procedural safeguards, and may ask for proof of identity before we disclose personal information."},
		},
		Links:    policy.Links{CookieSettings: "https://www.amazon.example/cookieprefs", RequestForm: "https://www.amazon.example/privacy/request"},
		Children: policy.Children{MinimumAge: 18, Note: "We sell children's products for purchase by adults. Persons under 18 may use our services only with the involvement of a parent or guardian."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Website: "https://www.amazon.example/privacy/contact"},
	}
	p.SafetyTips = []policy.SafetyTip{policy.SafetyTipKeepSecret, policy.SafetyTipSignOut}
	return realPolicy{"online marketplace (Amazon)", p, []statement{
		{says: "Amazon Europe Core S.à r.l. and Amazon EU S.à r.l. in Luxembourg are joint controllers", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionLU && recipient(p, "amazoneu").Role == policy.RoleJointController
		}},
		{says: "you can write to our data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "we collect what you give us when you search, buy, set up your account or talk to customer service", typed: func(p *policy.Policy) bool {
			return p.Category("account") != nil && p.Category("support") != nil
		}},
		{says: "we keep your orders and payment information", typed: func(p *policy.Policy) bool { return p.Category("orders") != nil }},
		{says: "carriers give us updated delivery and address information", typed: func(p *policy.Policy) bool { return p.Category("account").SourceDetail != "" }},
		{says: "credit agencies give us credit history when you pay on invoice or by direct debit", typed: func(p *policy.Policy) bool {
			return p.Category("credit").Sources[0] == policy.SourceThirdParty
		}},
		{says: "Alexa records what you say after the wake word, and we keep the recordings until you delete them", typed: func(p *policy.Policy) bool {
			return p.Category("voice").Retention.From == policy.EventDeletionRequest
		}},
		{says: "Alexa voice recordings can be deleted automatically after 3 or 18 months", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Category("voice").AutoDelete, []policy.Period{policy.Months(3), policy.Months(18)})
		}},
		{says: "we record what you watch on Prime Video, and you can see and delete your watch history", typed: func(p *policy.Policy) bool { return p.Category("viewing") != nil }},
		{says: "we collect your IP address, device, cookie identifiers, clickstream and device location automatically", typed: func(p *policy.Policy) bool { return p.Category("device").Tracking }},
		{says: "your reviews and answers are public under your public name", typed: func(p *policy.Policy) bool { return p.Category("reviews").Visibility == policy.VisibilityAlways }},
		{says: "we use your data to take, deliver and bill your orders, under our contract", typed: func(p *policy.Policy) bool { return p.Purpose("orders").HasBasis(policy.BasisContract) }},
		{says: "we use voice recordings to answer your requests and to improve Alexa", typed: func(p *policy.Policy) bool { return p.Purpose("services").Uses(p.Category("voice")) }},
		{says: "we recommend products and personalise our services", typed: func(p *policy.Policy) bool { return p.Purpose("recommend").Profiling }},
		{says: "you can choose not to give us information, but then many services may not work for you", typed: func(p *policy.Policy) bool { return p.Purpose("services").Required != "" }},
		{says: "we prevent fraud and credit risk, and decide automatically which payment methods to offer", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with your consent we show interest-based ads; you may opt out in the advertising preferences", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").RestsOnConsent() && p.Purpose("ads").Withdraw != ""
		}},
		{says: "we do not give advertisers information that identifies you", free: toPurpose("ads")},
		{says: "we meet legal obligations, such as keeping invoices", typed: func(p *policy.Policy) bool { return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) }},
		{says: "we communicate with you by email, phone and in our services", typed: func(p *policy.Policy) bool { return p.Purpose("communicate") != nil }},
		{says: "we do not sell customer information; it is an important part of our business", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "third-party sellers receive what they need to deliver what you buy from them", typed: func(p *policy.Policy) bool { return recipient(p, "sellers").Role == policy.RoleThirdParty }},
		{says: "carriers, payment processors and credit agencies receive data", typed: func(p *policy.Policy) bool { return recipient(p, "carriers") != nil && recipient(p, "payments") != nil }},
		{says: "companies of the Amazon group process data on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleProcessor }},
		{says: "data goes to Amazon.com, Inc. in the US under the Data Privacy Framework and standard contractual clauses", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "if we sell or buy businesses, customer information passes with them", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we disclose data to comply with the law, enforce our terms and protect Amazon, our users and others", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "otherwise we share only with your consent", free: toIntroduction},
		{says: "cookies are set as our cookies notice explains, and advertising cookies only with consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "ads").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we keep data as long as needed for the purposes, and longer where the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "you may access, correct, delete, restrict, port and object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightErasure) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the Luxembourg CNPD or your local authority", typed: func(p *policy.Policy) bool { return p.Redress[0].Region == regionLU }},
		{says: "we encrypt data in transit and follow PCI DSS for cards", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "you are responsible for keeping your password secret and signing out of shared computers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret) && slices.Contains(p.SafetyTips, policy.SafetyTipSignOut)
		}},
		{says: "we sell children's products to adults; under-18s use the services only with a parent or guardian", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.Note != ""
		}},
		{says: "our notice changes, and we tell you by email of material changes", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}
