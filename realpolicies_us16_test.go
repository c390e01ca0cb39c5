package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// realPolicyUs16TMobile paraphrases, in our own words and as we recall it,
// the T-Mobile Privacy Notice for its consumer customers in the United
// States, as published in 2024-2025, with its section for the residents
// of California and the other states with privacy laws: T-Mobile and
// Metro by T-Mobile wireless and home internet service, the network data
// a carrier holds about calls and usage, which federal law protects as
// customer proprietary network information (CPNI, 47 U.S.C. 222), the
// advertising and analytics choices of the Privacy Dashboard (personalised
// ads and de-identified insights from app and web usage, both on unless
// the customer turns them off), Scam Shield, identity checks that compare
// a selfie with a government ID, the SyncUP KIDS watch that parents set
// up for their children, the streaming services that come with some plans,
// device protection, roaming and number porting, credit checks under the
// Fair Credit Reporting Act and the transparency report on requests from
// the authorities. Mint Mobile keeps its own notice. The headquarters
// address and the customer care number are T-Mobile's; the web addresses
// and the e-mail address are illustrative.
func realPolicyUs16TMobile() realPolicy {
	cpni := policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{
		{Act: "the Communications Act, 47 U.S.C. 222, and the FCC's CPNI rules, 47 CFR 64.2001 et seq.", Region: regionUS}}}
	contact := &policy.Category{ID: "contact", Name: "Contact and account information", Items: []string{"name", "billing and service address", "email address and phone numbers", "account number and date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you are a customer, and then as long as we need it for business, tax and legal purposes"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	login := &policy.Category{ID: "login", Name: "Account security information", Items: []string{"account PIN or passcode", "T-Mobile ID and password", "answers to security questions"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	billing := &policy.Category{ID: "billing", Name: "Billing and payment information", Items: []string{"bank account and card numbers", "the plans, devices and accessories you buy and your payment history"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("federal and state tax and accounting law"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPASensitivePersonalInfo}}
	credit := &policy.Category{ID: "credit", Name: "Credit information", Items: []string{"Social Security number or taxpayer ID", "credit reports and scores from consumer reporting agencies"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "consumer reporting agencies",
		Linked: true, GovernedBy: policy.SectoralFCRA,
		Retention: policy.AsRequiredBy("the Fair Credit Reporting Act and the Equal Credit Opportunity Act")}
	identity := &policy.Category{ID: "identity", Name: "Identity verification information", Items: []string{"your driver's license, passport or other government ID and its number", "a selfie, whose facial geometry is compared with the photo on your ID"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, Biometric: true,
		Retention: policy.ByCriteria("only as long as needed to verify your identity and keep a record of the check, and no longer than the law allows for biometric data"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	network := &policy.Category{ID: "network", Name: "Network and usage information (CPNI)", Items: []string{"the numbers you call and text and that call and text you, and when and how long", "how much data you use", "your plan and features", "the cell sites your device connects to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: cpni,
		VisibleTo: []policy.Audience{policy.AudienceOtherMembers},
		Retention: policy.ByCriteria("as long as needed to bill you, run the network and resolve disputes, and as long as the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	location := &policy.Category{ID: "location", Name: "Location of your device", Items: []string{"the location of your device from our network", "its GPS location where you let our apps use it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: cpni,
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		Retention:   policy.ByCriteria("as long as needed to route your calls and data, run the network and provide the services that use it"),
		CCPA:        []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"device make and model", "device identifiers such as the IMEI and IMSI", "IP address", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our network, sites and apps and to measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	appWeb := &policy.Category{ID: "app-web", Name: "App and web usage", Items: []string{"the apps on your device and how often you use them", "the domains of the websites you visit on your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("a limited time, as long as needed for analytics and personalised ads, unless you turn them off"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	calls := &policy.Category{ID: "calls", Name: "Communications with us", Items: []string{"calls and chats with Customer Care and our stores", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed for quality, training and to keep a record of what you asked"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	video := &policy.Category{ID: "video", Name: "Store video", Items: []string{"video from the security cameras in our stores"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a limited time, unless we need it to investigate an incident"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	kids := &policy.Category{ID: "syncup-kids", Name: "Information about children who use a SyncUP KIDS watch", Items: []string{"the child's name and age", "the watch's location", "the contacts the parent approves, and the calls and messages with them"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceAutomatic}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherMembers},
		Retention: policy.ByCriteria("as long as the watch stays on the parent's account"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other companies", Items: []string{"demographic and interest information", "information to verify your identity and prevent fraud"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "data companies, marketing partners and fraud prevention services",
		Linked: true, Retention: policy.ByCriteria("as long as it stays useful for the purpose we obtained it for"),
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPAIdentifiers}}
	inferences := &policy.Category{ID: "inferences", Name: "Interest categories", Items: []string{"interests such as sports fan or frequent traveller", "the products and services you may want"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{appWeb, device, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones or you turn personalised ads off"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "the T-Mobile family of companies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, billing, network}, Purpose: "to provide and market communications-related services, as the CPNI rules allow"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for billing, customer care, marketing, analytics, hosting and other services", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, billing, network, device, appWeb, calls}}
	verifier := &policy.Recipient{ID: "verifier", Name: "identity verification providers", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{identity}, Purpose: "to compare your selfie with the photo on your ID and check that the ID is genuine"}
	carriers := &policy.Recipient{ID: "carriers", Name: "other carriers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contact, network, location}, Purpose: "to connect your calls and texts, serve you when you roam on their networks, and move your number when you switch carriers"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "consumer reporting agencies and collection agencies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, credit, billing}, Purpose: "to check your credit when you open service or finance a device, to report how you pay, and to collect what you owe"}
	perks := &policy.Recipient{ID: "perks", Name: "the streaming and other services that come with some of our plans, such as Netflix and Apple TV+", Role: policy.RoleThirdParty, Country: regionUS,
		Conditional: true, OwnPolicy: true,
		Categories: []*policy.Category{contact}, Purpose: "you activate a subscription that comes with your plan, so that they can set it up and know that we pay for it"}
	protection := &policy.Recipient{ID: "protection", Name: "the insurers and administrators of our device protection programmes", Role: policy.RoleThirdParty, Country: regionUS,
		Conditional: true, OwnPolicy: true,
		Categories: []*policy.Category{contact, device, billing}, Purpose: "you enroll in device protection or make a claim"}
	identityCos := &policy.Recipient{ID: "identity", Name: "companies that verify identity and prevent fraud for banks and other businesses", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, network}, Purpose: "you ask them to verify your identity, such as when you open an account with a bank, and consent to our confirming your details"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising companies, and the advertisers and publishers we serve audiences to", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, inferences}, Purpose: "to show you ads, including ours, on other sites and apps and to measure them"}
	emergency := &policy.Recipient{ID: "emergency", Name: "emergency services and public safety answering points", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, location}, Purpose: "you call 911, or someone's life or safety is at risk"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, billing, network, location}, Purpose: "they serve a subpoena, court order or other valid legal process on us"}

	service := &policy.Purpose{ID: "service", Name: "Providing, billing and supporting your wireless and home internet services", Categories: []*policy.Category{contact, login, billing, network, location},
		Recipients: []*policy.Recipient{providers, affiliates, carriers},
		Required:   "we need your name, service address and a way to pay to provide service; without them we cannot open an account"}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Checking your credit when you open service or finance a device, and reporting how you pay", Categories: []*policy.Category{contact, credit, billing},
		Recipients: []*policy.Recipient{bureaus},
		Required:   "without your Social Security number we cannot check your credit, and may ask for a deposit instead"}
	verify := &policy.Purpose{ID: "verify", Name: "Verifying your identity with your ID and a selfie when you open an account or order online", Categories: []*policy.Category{identity, contact},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by choosing to show your ID in one of our stores instead",
		Recipients: []*policy.Recipient{verifier},
		Required:   "the selfie is up to you; without it you verify your identity in a store instead"}
	networkOps := &policy.Purpose{ID: "network", Name: "Running, protecting and improving our network", Categories: []*policy.Category{network, location, device},
		Recipients: []*policy.Recipient{providers}}
	scam := &policy.Purpose{ID: "scam-shield", Name: "Identifying and blocking scam calls with Scam Shield", Categories: []*policy.Category{network},
		OptOut: true, OptOutHow: "in the Scam Shield app or your account settings"}
	cpniMarketing := &policy.Purpose{ID: "cpni-marketing", DirectMarketing: true, Name: "Offering you communications-related services based on your network usage information (CPNI)", Categories: []*policy.Category{network, contact},
		OptOut: true, OptOutHow: "in the Privacy Dashboard or by calling Customer Care", Recipients: []*policy.Recipient{affiliates}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analytics and reporting: de-identified insights about groups of customers for businesses", Categories: []*policy.Category{appWeb, device, network},
		OptOut: true, OptOutHow: "in the Privacy Dashboard or the T-Life app"}
	ads := &policy.Purpose{ID: "personalised-ads", DirectMarketing: true, Name: "Personalised ads: choosing the ads you see, ours and others', from your app and web usage and your interests", Categories: []*policy.Category{appWeb, device, thirdParty, inferences},
		Profiling: true, OptOut: true, OptOutHow: "in the Privacy Dashboard or the T-Life app", Recipients: []*policy.Recipient{adPartners}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and offers by email, mail, phone and text", Categories: []*policy.Category{contact, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in our emails, by replying STOP to our texts, or in the Privacy Dashboard", Recipients: []*policy.Recipient{providers}}
	perksP := &policy.Purpose{ID: "perks", Name: "Activating the subscriptions that come with your plan", Categories: []*policy.Category{contact},
		Recipients: []*policy.Recipient{perks}}
	protectionP := &policy.Purpose{ID: "protection", Name: "Providing device protection and handling claims", Categories: []*policy.Category{contact, device, billing},
		Recipients: []*policy.Recipient{protection}}
	syncup := &policy.Purpose{ID: "syncup-kids", Name: "SyncUP KIDS: letting parents locate their child's watch and choose whom the child may call and text", Categories: []*policy.Category{kids},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by the parent, by removing the watch from the account in the SyncUP KIDS app"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Verifying identity and preventing fraud, theft of service and unauthorised SIM changes and number transfers", Categories: []*policy.Category{contact, login, network, device, thirdParty},
		Recipients: []*policy.Recipient{providers, identityCos},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundNonPayment},
			Contest: "by calling Customer Care or paying the amount due"}}
	support := &policy.Purpose{ID: "support", Name: "Answering your calls and chats and training our staff", Categories: []*policy.Category{contact, calls},
		Recipients: []*policy.Recipient{providers}}
	stores := &policy.Purpose{ID: "stores", Name: "Keeping our stores, staff and customers safe", Categories: []*policy.Category{video}}
	safety := &policy.Purpose{ID: "emergency", Name: "Passing your location and number to emergency services when you call 911", Categories: []*policy.Category{location, contact},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{emergency},
		Obligations: []policy.Obligation{{Act: "the FCC's 911 rules, 47 CFR Part 9", Region: regionUS}}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{contact, billing, network, location},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Communications Assistance for Law Enforcement Act, 47 U.S.C. 1001 et seq., and the Stored Communications Act, 18 U.S.C. 2703", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "T-Mobile Privacy Notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "T-Mobile USA, Inc. and its affiliates", Address: "12920 SE 38th Street, Bellevue, WA 98006, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.t-mobile.example/privacy-center/our-practices/privacy-policy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"T-Mobile and Metro by T-Mobile wireless and home internet services", "our stores, websites and apps, such as T-Life, Scam Shield and SyncUP"},
		OtherNotices: []policy.Notice{
			{Covers: "Mint Mobile, which has its own privacy policy", URL: "https://www.mintmobile.example/privacy-policy"},
			{Covers: "our employees and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalConnectedApps},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{contact, login, billing, credit, identity, network, location, device, appWeb, calls, video, kids, thirdParty, inferences},
		Purposes:    []*policy.Purpose{service, creditCheck, verify, networkOps, scam, cpniMarketing, analytics, ads, marketing, perksP, protectionP, syncup, fraud, support, stores, safety, legal},
		Recipients:  []*policy.Recipient{affiliates, providers, verifier, carriers, bureaus, perks, protection, identityCos, adPartners, emergency, authorities},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationTravel, Recipient: carriers, Categories: []*policy.Category{contact, network, location},
			Note: "When you roam abroad, the carrier whose network you use there receives what it needs to serve you."}},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, ReportURL: "https://www.t-mobile.example/responsibility/privacy/transparency-report"},
			{Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Analytics and reporting gives businesses insights about groups of customers, such as how many people who use sports apps visited a stadium, never who they are."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in to your account", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies, pixels and SDKs", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link, in the Privacy Dashboard or with a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "by turning off personalised ads in the Privacy Dashboard"},
			{Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "Customers verify by signing in to their account; others by matching what they give us with what we hold.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.t-mobile.example/privacy-center/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"the Privacy Dashboard in your account", "our online privacy request form", "1-800-937-8997"}, TollFreeNumber: "1-800-937-8997",
			LargeVolume: true, MetricsURL: "https://www.t-mobile.example/privacy-center/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "with the appeal form we link to in our answer", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureAccessControl, Description: "We ask for your PIN or a one-time code before we discuss or change your account, and Account Takeover Protection and SIM Protection, once you turn them on, stop anyone moving your number to another carrier or another SIM."},
			{Kind: policy.MeasureBreachNotification}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipTwoStep},
		Links:      policy.Links{RequestForm: "https://www.t-mobile.example/privacy-center/request", CookieSettings: "https://www.t-mobile.example/privacy-center/your-privacy-choices"},
		Children: policy.Children{MinimumAge: 13, Scope: "our websites and our apps other than SyncUP KIDS",
			ParentRequests: "in the SyncUP KIDS app or by calling Customer Care",
			Note:           "An account holder who gives a line to a child is responsible for how it is used; a parent who sets up a SyncUP KIDS watch for a child consents to what it collects about the child."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Name: "T-Mobile USA, Inc., Attn: Privacy Office", Address: "12920 SE 38th Street, Bellevue, WA 98006, USA", Email: "privacy@t-mobile.example", Phone: "1-800-937-8997"},
	}
	return realPolicy{"wireless carrier (T-Mobile)", p, []statement{
		{says: "T-Mobile USA, Inc. and its affiliates in Bellevue are responsible for the information this notice covers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "T-Mobile USA") && strings.Contains(p.Controller.Address, "Bellevue") && p.Controller.Country == regionUS
		}},
		{says: "the notice covers T-Mobile and Metro by T-Mobile wireless and home internet and our stores, sites and apps", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "Metro")
		}},
		{says: "Mint Mobile has its own privacy policy", typed: func(p *policy.Policy) bool { return strings.Contains(p.OtherNotices[0].Covers, "Mint") }},
		{says: "we collect your name, addresses, email, phone numbers, account number and date of birth", typed: func(p *policy.Policy) bool {
			return len(p.Category("contact").Items) == 4 && slices.Contains(p.Category("contact").CCPA, policy.CCPAIdentifiers)
		}},
		{says: "we keep your PIN, T-Mobile ID and security answers, which are sensitive, to secure your account", typed: func(p *policy.Policy) bool {
			c := p.Category("login")
			return slices.Contains(c.CCPA, policy.CCPASensitivePersonalInfo) && p.Purpose("fraud").Uses(c)
		}},
		{says: "we keep payment details and what you buy", typed: func(p *policy.Policy) bool {
			return p.Category("billing").Sensitivity == policy.SensitivitySensitive && p.Purpose("service").Uses(p.Category("billing"))
		}},
		{says: "we need your name, service address and a way to pay to provide service", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we check your credit when you open service or finance a device, under the Fair Credit Reporting Act, report how you pay and send unpaid accounts to collection agencies", typed: func(p *policy.Policy) bool {
			c := p.Category("credit")
			return c.GovernedBy == policy.SectoralFCRA && p.Purpose("credit").Required != "" && slices.Contains(recipient(p, "bureaus").Categories, p.Category("billing"))
		}},
		{says: "to open an account or order online you may verify your identity by a selfie that a provider compares with your ID, with your consent", typed: func(p *policy.Policy) bool {
			c, v := p.Category("identity"), p.Purpose("verify")
			return c.Biometric && slices.Contains(c.CCPA, policy.CCPABiometricInfo) && v.RestsOnConsent() && v.Recipients[0].Role == policy.RoleProcessor
		}},
		{says: "you may verify in a store instead of with a selfie, and we keep biometric data only as long as the check needs and the law allows", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("verify").Required, "store") && p.Purpose("verify").Withdraw != "" && p.Category("identity").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "our network records the numbers you call and text, when and for how long, your data use and the cell sites your device uses", typed: func(p *policy.Policy) bool {
			c := p.Category("network")
			return len(c.Items) == 4 && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "this is CPNI, which federal law requires us to protect", typed: func(p *policy.Policy) bool {
			s := p.Category("network").Secrecy
			return s.Kind == policy.SecrecyCommunications && strings.Contains(s.Laws[0].Act, "222")
		}},
		{says: "we use CPNI to offer you communications-related services of the T-Mobile family unless you opt out", typed: func(p *policy.Policy) bool {
			m := p.Purpose("cpni-marketing")
			return m.OptOut && m.OptOutHow != "" && slices.Contains(m.Recipients, recipient(p, "affiliates"))
		}},
		{says: "opting out of CPNI marketing does not change your service", free: toPurpose("cpni-marketing")},
		{says: "the primary account holder can see the usage of every line on the account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("network").VisibleTo, policy.AudienceOtherMembers)
		}},
		{says: "we know where your device is from our network and, with your permission, from GPS in our apps", typed: func(p *policy.Policy) bool {
			c := p.Category("location")
			return c.Sensitivity == policy.SensitivitySensitive && slices.Contains(c.CCPA, policy.CCPAGeolocation)
		}},
		{says: "we pass your location and number to emergency services when you call 911", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("emergency").Obligations) == 1 && recipient(p, "emergency").Role == policy.RoleAuthority
		}},
		{says: "we share what is needed with other carriers to connect calls, let you roam and move your number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("service").Recipients, recipient(p, "carriers"))
		}},
		{says: "when you roam abroad, the carrier of the country you are in receives what it needs to serve you", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Recipient == recipient(p, "carriers")
		}},
		{says: "Scam Shield uses call information to flag and block scam calls, and you can turn it off", typed: func(p *policy.Policy) bool {
			s := p.Purpose("scam-shield")
			return s.Uses(p.Category("network")) && s.OptOut && s.OptOutHow != ""
		}},
		{says: "we collect the apps on your device and the domains of sites you visit, for analytics and personalised ads", typed: func(p *policy.Policy) bool {
			return p.Category("app-web").Tracking && p.Purpose("analytics").Uses(p.Category("app-web")) && p.Purpose("personalised-ads").Uses(p.Category("app-web"))
		}},
		{says: "we use app and web usage to create de-identified insights for businesses, unless you turn this off in the Privacy Dashboard", typed: func(p *policy.Policy) bool {
			a := p.Purpose("analytics")
			return a.OptOut && strings.Contains(a.OptOutHow, "Privacy Dashboard") && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep de-identified data de-identified and do not try to re-identify it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we choose the ads you see from your app and web usage and interests, unless you turn personalised ads off", typed: func(p *policy.Policy) bool {
			a := p.Purpose("personalised-ads")
			return a.OptOut && a.Profiling && a.Uses(p.Category("inferences"))
		}},
		{says: "these choices are on until you turn them off", typed: func(p *policy.Policy) bool {
			a, ads := p.Purpose("analytics"), p.Purpose("personalised-ads")
			return a.OptOut && !a.RestsOnConsent() && ads.OptOut && !ads.RestsOnConsent()
		}},
		{says: "we do not use your precise location or other sensitive data for personalised ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").Commitments, policy.CommitmentNoAdvertisingUse) && !p.Purpose("personalised-ads").Uses(p.Category("location"))
		}},
		{says: "our ad programme does not give advertisers your name or contact details", free: toPurpose("personalised-ads")},
		{says: "we group customers into interest categories from app and web usage, device and third-party information", typed: func(p *policy.Policy) bool {
			c := p.Category("inferences")
			return len(c.DerivedFrom) == 3 && slices.Contains(c.CCPA, policy.CCPAInferences)
		}},
		{says: "we receive demographic, interest and fraud-prevention information from other companies", typed: func(p *policy.Policy) bool {
			return p.Category("third-party").SourceDetail != "" && p.Purpose("fraud").Uses(p.Category("third-party"))
		}},
		{says: "when you activate a streaming service that comes with your plan, we give it what it needs to set up the subscription, under its own policy", typed: func(p *policy.Policy) bool {
			r := recipient(p, "perks")
			return r.Conditional && r.OwnPolicy && p.Purpose("perks").Recipients[0] == r
		}},
		{says: "the insurers of our device protection programmes receive what they need when you enroll or claim", typed: func(p *policy.Policy) bool {
			return recipient(p, "protection").Conditional && p.Purpose("protection").Uses(p.Category("device"))
		}},
		{says: "SyncUP KIDS lets a parent locate the child's watch and approve its contacts, with the parent's consent", typed: func(p *policy.Policy) bool {
			s := p.Purpose("syncup-kids")
			return s.RestsOnConsent() && slices.Contains(p.Category("syncup-kids").VisibleTo, policy.AudienceOtherMembers) && othersGiveOnly(p, "syncup-kids")
		}},
		{says: "a parent reviews or deletes the child's information in the SyncUP KIDS app or through Customer Care", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Children.ParentRequests, "SyncUP")
		}},
		{says: "we record calls with Customer Care for quality and training", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Uses(p.Category("calls"))
		}},
		{says: "security cameras record our stores", typed: func(p *policy.Policy) bool {
			return p.Purpose("stores").Uses(p.Category("video")) && slices.Contains(p.Category("video").CCPA, policy.CCPASensoryData)
		}},
		{says: "with your consent we may confirm your details to companies that verify your identity for banks and others", typed: func(p *policy.Policy) bool {
			return recipient(p, "identity").Conditional && slices.Contains(p.Purpose("fraud").Recipients, recipient(p, "identity"))
		}},
		{says: "we ask for your PIN before discussing your account, and Account Takeover Protection and SIM Protection stop unauthorised number transfers and SIM swaps", typed: func(p *policy.Policy) bool {
			for _, m := range p.Security {
				if m.Kind == policy.MeasureAccessControl && strings.Contains(m.Description, "SIM Protection") {
					return true
				}
			}
			return false
		}},
		{says: "we may suspend service for fraud, account takeover or unpaid bills", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover) && slices.Contains(s.Grounds, policy.SuspensionGroundNonPayment)
		}},
		{says: "we market our products by email, mail, phone and text, and you can stop", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && strings.Contains(m.OptOutHow, "STOP")
		}},
		{says: "advertising cookies and SDKs on our sites and apps, and our ad programme, may be a sale or sharing of identifiers, internet activity and inferences under California law", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 3 && cookie(p, "advertising").Party == policy.PartyThird
		}},
		{says: "you opt out of sale, sharing and targeted advertising with Your Privacy Choices, the Privacy Dashboard or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we use sensitive personal information only as the law allows without a right to limit, or with your consent", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse) && p.Purpose("verify").RestsOnConsent()
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may ask to know, access, correct, delete and take a copy of your information, and withdraw consent, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests in the Privacy Dashboard, with our form or by phone, verify by signing in or matching details, and may use an authorised agent", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 3 && slices.Contains(p.Requests.Verification, policy.VerificationSignedIn) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we publish the numbers of privacy requests we receive", typed: func(p *policy.Policy) bool { return p.CCPA.LargeVolume && p.CCPA.MetricsURL != "" }},
		{says: "we disclose information on legal process and report the requests we receive in our transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d != nil && d.ReportURL != "" && p.Purpose("legal").Recipients[0] == recipient(p, "authorities")
		}},
		{says: "we also disclose information to protect people and our network, and in a sale of a business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep information as long as needed for business, tax or legal reasons, and keep what the law and fraud prevention need after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("contact").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptFraud) && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we protect information with encryption, access controls and employee training, and tell you of a breach as the law requires", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureBreachNotification)
		}},
		{says: "we encourage you to turn on two-step verification for your T-Mobile ID", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipTwoStep) }},
		{says: "our sites and apps, SyncUP KIDS aside, are not for children under 13, and an account holder who gives a child a line is responsible for it", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.Scope != "" && strings.Contains(p.Children.Note, "responsible")
		}},
		{says: "sites we link to and apps you connect follow their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalConnectedApps)
		}},
		{says: "we tell you of material changes by email, on your bill or in your account", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		{says: "questions go to our Privacy Office by email, post or phone", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Contact.Name, "Privacy Office") && p.Contact.Email != "" && p.Contact.Phone != ""
		}},
		{says: "your name and number are shown to the people you call unless you block Caller ID", free: toCategory("network")},
		{says: "the Privacy Dashboard in your account gathers every privacy choice in one place", free: toIntroduction},
	}}
}

// othersGiveOnly reports whether category id is given by other users,
// such as a parent who sets up a child's device, without the person it is
// about giving it.
func othersGiveOnly(p *policy.Policy, id string) bool {
	c := p.Category(id)
	return c != nil && slices.Contains(c.Sources, policy.SourceOtherUsers) && !slices.Contains(c.Sources, policy.SourceUser)
}

// realPolicyUs16Delta paraphrases, in our own words and as we recall it,
// the Delta Air Lines Privacy Policy as published in 2024-2025, as it
// applies to travellers in the United States, with its section for the
// residents of California and the other states with privacy laws: one
// policy for delta.com, the Fly Delta app, airports, Delta Sky Clubs,
// call centers and flights, with SkyMiles, its partners and the
// co-branded American Express cards, the passenger data that the TSA's
// Secure Flight programme and the border authorities of the countries
// flown to require, the contact details public health authorities may
// ask for, Delta Digital ID, with which the government matches a photo of
// the traveller's face against the passport photo it holds, special
// service requests that may reveal health or religion, inflight Wi-Fi
// and Delta Sync, recorded calls and the advertising cookies of its
// websites. The policy's section for travellers in Europe and the GDPR is
// left out: this paraphrase declares the CCPA and the US state laws only.
// The headquarters address and the reservations number are Delta's; the
// web and e-mail addresses are illustrative.
func realPolicyUs16Delta() realPolicy {
	secureFlightRule := policy.Obligation{Act: "the Secure Flight rule, 49 CFR Part 1560", Region: regionUS}
	apisRule := policy.Obligation{Act: "the Advance Passenger Information System rule, 19 CFR 122.49a and 122.75a", Region: regionUS}
	booking := &policy.Category{ID: "booking", Name: "Booking information",
		Items:       []string{"the names of the passengers", "email address and phone number", "confirmation number, flights, fares and seats", "bags, upgrades and other extras you buy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "travel agencies, partner airlines and your employer's travel department when they book for you", OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to carry you and handle any claim, and as tax and aviation laws require"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	secureFlight := &policy.Category{ID: "secure-flight", Name: "Secure Flight information",
		Items:       []string{"full name as it appears on your ID", "date of birth and gender", "Known Traveler Number and Redress Number, if you have one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the booking and as long as the TSA's rules require, or as long as you keep it in your SkyMiles profile"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	passport := &policy.Category{ID: "passport", Name: "Passport and international travel information",
		Items:       []string{"passport number, issuing country and expiry", "nationality and country of residence", "your address at the destination and visa details"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the laws of the countries you fly between require, and as long as your SkyMiles profile keeps it if you save it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	face := &policy.Category{ID: "digital-id", Name: "Photos of your face for Delta Digital ID", Items: []string{"the photo the camera at the bag drop, security checkpoint or gate takes of your face"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Biometric: true,
		Retention: policy.Until(policy.EventPurposeAchieved),
		CCPA:      []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"card number, expiry date and security code", "billing address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep a card in your profile, and for a booking as long as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	assistance := &policy.Category{ID: "assistance", Name: "Special service requests",
		Items:       []string{"the help you ask for, such as a wheelchair or help for a vision or hearing impairment", "medical devices, oxygen and service animals you travel with", "special meals that may reveal your religion or health"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed for the trip, or as long as you keep it in your SkyMiles profile, and as the Air Carrier Access Act's rules require us to keep records of complaints"),
		CCPA:      []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	skymiles := &policy.Category{ID: "skymiles", Name: "SkyMiles membership",
		Items:       []string{"SkyMiles number, date of birth and travel preferences", "miles earned and redeemed, and Medallion status", "the miles you earn with partners and with the Delta SkyMiles American Express cards", "your visits to Delta Sky Clubs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "American Express, which issues the Delta SkyMiles cards, and the airline, hotel, car rental, rideshare and shopping partners you earn miles with", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	emergency := &policy.Category{ID: "emergency-contact", Name: "Emergency contact", Items: []string{"the name and phone number of the person to call in an emergency"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the trip, or as long as you keep it in your profile"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	communications := &policy.Category{ID: "communications", Name: "Communications with us", Items: []string{"calls, chats and messages with our agents and on social media", "complaints, refund requests and baggage claims", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve your request or claim and keep a record of it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	device := &policy.Category{ID: "device", Name: "Device and online activity information", Items: []string{"IP address", "device and advertising identifiers and cookie IDs", "the flights you search for and the pages you view", "how you respond to our emails and ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and apps and to measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's precise location, if you allow it in the Fly Delta app"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	onboard := &policy.Category{ID: "onboard", Name: "Inflight Wi-Fi and Delta Sync", Items: []string{"the device you connect on board and its identifiers", "the SkyMiles number you sign in with", "the films, shows and music you choose on the seat-back screen"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide the service, personalise your flight and keep our network secure"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	inferences := &policy.Category{ID: "inferences", Name: "Travel preferences we infer", Items: []string{"the places you are likely to fly to", "the offers you are likely to use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{booking, skymiles, device}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for reservations, payments, hosting, customer service, inflight Wi-Fi, email and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{booking, payment, skymiles, emergency, communications, device, location, onboard}}
	handlers := &policy.Recipient{ID: "handlers", Name: "airports, ground handlers and the contractors that provide wheelchairs and other help", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, assistance}, Purpose: "to give you the help you ask for at the airport and on board"}
	partnersAir := &policy.Recipient{ID: "partner-airlines", Name: "Delta Connection carriers, our joint venture partners such as Air France-KLM, Virgin Atlantic, LATAM and Korean Air, and our other codeshare partners", Role: policy.RoleThirdParty, OwnPolicy: true,
		Categories: []*policy.Category{booking, secureFlight, passport, assistance, skymiles}, Purpose: "to carry you on the flights of your itinerary they operate, credit your miles and run our joint ventures"}
	amex := &policy.Recipient{ID: "amex", Name: "American Express, which issues the Delta SkyMiles American Express cards", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{skymiles, booking}, Purpose: "to credit the miles you earn with the card, give Card Members their benefits and offer the card to members",
		NoticeURL: "https://www.americanexpress.example/privacy"}
	partners := &policy.Recipient{ID: "skymiles-partners", Name: "SkyMiles partners, such as hotels, car rental and rideshare companies and retailers", Role: policy.RoleThirdParty, Conditional: true, OwnPolicy: true,
		Categories: []*policy.Category{skymiles}, Purpose: "you earn or redeem miles with them, or link your accounts"}
	tsa := &policy.Recipient{ID: "tsa", Name: "the Transportation Security Administration", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{booking, secureFlight, face}, Purpose: "to match passengers against government watch lists under its Secure Flight programme and, with Digital ID, to confirm your identity at the checkpoint"}
	border := &policy.Recipient{ID: "border", Name: "U.S. Customs and Border Protection and the border and immigration authorities of the other countries you fly to or from", Role: policy.RoleAuthority,
		Categories: []*policy.Category{booking, secureFlight, passport, face}, Purpose: "to check the passengers of an international flight before it leaves, as their laws require, and, with Digital ID, to match your face with your passport photo"}
	health := &policy.Recipient{ID: "public-health", Name: "the Centers for Disease Control and Prevention and other public health authorities", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{booking, emergency}, Purpose: "they ask for the contact details of the passengers of a flight on which someone may have spread a communicable disease"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and the websites and social networks that show our ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, inferences}, Purpose: "to show you our ads on other websites and apps and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{booking, secureFlight, payment, communications}, Purpose: "the law requires it, they serve valid legal process on us, or safety on board or at an airport is at stake"}

	carriage := &policy.Purpose{ID: "carriage", Name: "Selling you flights and extras, checking you in and carrying you", Categories: []*policy.Category{booking, payment, secureFlight, emergency},
		Recipients: []*policy.Recipient{providers, partnersAir},
		Required:   "without the passengers' names, a way to reach you and a way to pay we cannot sell you a flight"}
	sfPurpose := &policy.Purpose{ID: "secure-flight", Name: "Giving Secure Flight information to the TSA", Categories: []*policy.Category{booking, secureFlight},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{tsa},
		Obligations: []policy.Obligation{secureFlightRule},
		Required:    "the TSA requires every passenger's full name, date of birth and gender; without them we cannot issue a boarding pass"}
	international := &policy.Purpose{ID: "international", Name: "Giving passport and passenger information to border authorities for international flights", Categories: []*policy.Category{booking, secureFlight, passport},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{border, partnersAir},
		Obligations: []policy.Obligation{apisRule},
		Required:    "without a valid passport and the details the countries ask for you cannot check in for an international flight"}
	digitalID := &policy.Purpose{ID: "digital-id", Name: "Delta Digital ID: letting the TSA and U.S. Customs and Border Protection confirm who you are from a photo of your face", Categories: []*policy.Category{face, passport, secureFlight},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw:   "by turning Digital ID off in the Fly Delta app, or by stepping out of the Digital ID lane and showing your ID",
		Recipients: []*policy.Recipient{tsa, border},
		Required:   "Digital ID is up to you; without it you show your ID and boarding pass as usual"}
	help := &policy.Purpose{ID: "assistance", Name: "Arranging the help and meals you ask for at the airport and on board", Categories: []*policy.Category{assistance, booking},
		Bases:       []policy.Basis{policy.BasisConsent, policy.BasisLegalObligation},
		Withdraw:    "by telling us before your flight, after which we can no longer arrange the help",
		Obligations: []policy.Obligation{{Act: "the Air Carrier Access Act, 49 U.S.C. 41705, and 14 CFR Part 382", Region: regionUS}},
		Recipients:  []*policy.Recipient{handlers, partnersAir},
		Required:    "asking for help or a special meal is up to you; without the details of your needs we cannot arrange them"}
	publicHealth := &policy.Purpose{ID: "public-health", Name: "Giving passengers' contact details to public health authorities that ask for them", Categories: []*policy.Category{booking, emergency},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{health},
		Obligations: []policy.Obligation{{Act: "the CDC's rule on airline passenger contact information, 42 CFR 71.4", Region: regionUS}}}
	disruptions := &policy.Purpose{ID: "disruptions", Name: "Telling you of delays, cancellations and gate changes, and handling refunds, compensation and baggage", Categories: []*policy.Category{booking, communications, payment},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the Department of Transportation's refund rule, 14 CFR Part 260", Region: regionUS}},
		Recipients:  []*policy.Recipient{providers}, ServiceMessages: true,
		Required: "without a way to reach you we cannot tell you of changes to your flight"}
	rewards := &policy.Purpose{ID: "skymiles", Name: "Running SkyMiles: miles, Medallion status, awards, partner earning and Sky Club access", Categories: []*policy.Category{skymiles, booking},
		Recipients: []*policy.Recipient{providers, partners, partnersAir},
		Required:   "to join SkyMiles you give your name, date of birth and email address; without them you cannot be a member"}
	card := &policy.Purpose{ID: "credit-card", Name: "Running the Delta SkyMiles American Express cards with American Express", Categories: []*policy.Category{skymiles, booking},
		Recipients: []*policy.Recipient{amex}}
	onboardP := &policy.Purpose{ID: "onboard", Name: "Providing inflight Wi-Fi and personalising your seat-back screen with Delta Sync", Categories: []*policy.Category{onboard, skymiles},
		Recipients: []*policy.Recipient{providers}}
	locationP := &policy.Purpose{ID: "location", Name: "Using your location in the Fly Delta app for airport maps, check-in reminders and directions to your gate", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your device's settings"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising fares, offers and our websites and app", Categories: []*policy.Category{booking, skymiles, device, inferences},
		Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you our offers and our partners' offers by email", Categories: []*policy.Category{booking, skymiles, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in every email or in your SkyMiles profile", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you our ads on other websites and apps and measuring them", Categories: []*policy.Category{device, inferences},
		Profiling: true, OptOut: true, OptOutHow: "with the Do Not Sell or Share My Personal Information link or our cookie settings", Recipients: []*policy.Recipient{adPartners}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and the misuse of tickets and SkyMiles accounts", Categories: []*policy.Category{booking, payment, skymiles, device},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Contest: "by writing to SkyMiles Member Services"}}
	support := &policy.Purpose{ID: "support", Name: "Answering your calls, chats and claims and training our agents", Categories: []*policy.Category{communications, booking},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law, answering legal process and keeping our flights and airports safe", Categories: []*policy.Category{booking, secureFlight, payment, communications},
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title:      "Delta Air Lines Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Delta Air Lines, Inc.", Address: "1030 Delta Boulevard, Atlanta, GA 30354, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		URL:   "https://www.delta.example/us/en/legal/privacy-and-security",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"delta.com, the Fly Delta app, our airports, Delta Sky Clubs, call centers and flights", "SkyMiles"},
		OtherNotices: []policy.Notice{
			{Covers: "Delta Vacations, which has its own privacy policy"},
			{Covers: "our employees and job applicants"},
		},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{booking, secureFlight, passport, face, payment, assistance, skymiles, emergency, communications, device, location, onboard, inferences},
		Storage:    []policy.Storage{{Location: regionUS}},
		NotCollected: []policy.Exclusion{{ID: "digital-id.images", Name: "copies of the photos taken for Digital ID", Category: face,
			Note: "The camera sends the photo to the TSA or to U.S. Customs and Border Protection, which compares it with the photo it holds and tells us only whether they match."}},
		Purposes:   []*policy.Purpose{carriage, sfPurpose, international, digitalID, help, publicHealth, disruptions, rewards, card, onboardP, locationP, personalise, marketing, ads, fraud, support, legal},
		Recipients: []*policy.Recipient{providers, handlers, partnersAir, amex, partners, tsa, border, health, adPartners, authorities},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: border, Categories: []*policy.Category{booking, secureFlight, passport}},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: partnersAir, Categories: []*policy.Category{booking, secureFlight, passport, assistance, skymiles}},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and hold your booking", Party: policy.PartyFirst, Purpose: carriage, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: personalise, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies and pixels", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your SkyMiles profile or with our request form"}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share My Personal Information link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "SkyMiles members verify by signing in; others by matching what they give us, such as a confirmation number, with what we hold.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.delta.example/us/en/legal/do-not-sell-or-share", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-800-221-1212"}, TollFreeNumber: "1-800-221-1212",
			LargeVolume: true, MetricsURL: "https://www.delta.example/us/en/legal/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer to your request", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "skymiles", Name: "SkyMiles",
			Summary:    "Members earn miles on flights and with partners, redeem them for award travel, upgrades and other rewards, and earn Medallion status with its benefits.",
			Categories: []*policy.Category{skymiles, booking}, OptIn: "by enrolling on delta.com or in the Fly Delta app", Withdraw: "by asking us to close your account",
			Value: "We value members' information by what we spend to run the programme and on the miles and benefits we give, which is reasonably related to the value of the information to us."}},
		Security:       []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards."}},
		SecurityCaveat: true,
		Links:          policy.Links{RequestForm: "https://www.delta.example/us/en/legal/privacy-request", CookieSettings: "https://www.delta.example/us/en/legal/cookie-settings"},
		Children: policy.Children{MinimumAge: 13, Scope: "our websites and apps",
			Note: "A parent or guardian books for a child, arranges the unaccompanied minor service and may enroll a child in SkyMiles; we collect the child's details from them."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}, MaterialOnly: true},
		Contact: policy.Contact{Name: "Delta Air Lines Privacy Office", Address: "Dept. 981, P.O. Box 20706, Atlanta, GA 30320, USA", Email: "privacy@delta.example"},
	}
	return realPolicy{"airline and loyalty programme (Delta Air Lines)", p, []statement{
		{says: "Delta Air Lines, Inc. in Atlanta is responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Delta Air Lines, Inc." && strings.Contains(p.Controller.Address, "Atlanta") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers delta.com, the Fly Delta app, airports, Sky Clubs, call centers and flights, and SkyMiles", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "Sky Clubs")
		}},
		{says: "Delta Vacations has its own privacy policy", typed: func(p *policy.Policy) bool { return strings.Contains(p.OtherNotices[0].Covers, "Delta Vacations") }},
		{says: "to book we collect the passengers' names, your contact details, the flights and extras, and payment details", typed: func(p *policy.Policy) bool {
			return len(p.Category("booking").Items) == 4 && p.Purpose("carriage").Uses(p.Category("payment")) && p.Purpose("carriage").Required != ""
		}},
		{says: "when you book for others you give us their details and must be entitled to", typed: func(p *policy.Policy) bool { return othersGive(p, "booking") && othersGive(p, "secure-flight") }},
		{says: "travel agencies, partner airlines and employers that book for you give us your booking details", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("booking").SourceDetail, "travel agencies")
		}},
		{says: "the TSA's Secure Flight programme requires full name, date of birth and gender, and without them no boarding pass is issued", typed: func(p *policy.Policy) bool {
			f := p.Purpose("secure-flight")
			return f.HasBasis(policy.BasisLegalObligation) && slices.Contains(f.Obligations, secureFlightRule) && f.Required != "" && recipient(p, "tsa").Role == policy.RoleAuthority
		}},
		{says: "for international flights we collect passport details and give them to the border authorities of the countries you fly between", typed: func(p *policy.Policy) bool {
			i := p.Purpose("international")
			return i.Uses(p.Category("passport")) && slices.Contains(i.Obligations, apisRule) && p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel
		}},
		{says: "with Digital ID, a camera at the bag drop, checkpoint or gate takes a photo of your face, which the TSA or CBP matches with the photo it holds", typed: func(p *policy.Policy) bool {
			c, d := p.Category("digital-id"), p.Purpose("digital-id")
			return c.Biometric && slices.Contains(d.Recipients, recipient(p, "tsa")) && slices.Contains(d.Recipients, recipient(p, "border"))
		}},
		{says: "Digital ID is voluntary: you opt in in the Fly Delta app and may instead show your ID as usual", typed: func(p *policy.Policy) bool {
			d := p.Purpose("digital-id")
			return d.RestsOnConsent() && d.ConsentMethod == policy.ConsentMethodCheckbox && d.Required != "" && d.Withdraw != ""
		}},
		{says: "we keep no copy of the photos taken for Digital ID", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("digital-id") && p.Category("digital-id").Retention.From == policy.EventPurposeAchieved
		}},
		{says: "the government agencies keep and use the photos under their own rules", free: toCategory("digital-id")},
		{says: "special service requests and special meals may reveal your health or religion; we use them with your consent to arrange them", typed: func(p *policy.Policy) bool {
			h := p.Purpose("assistance")
			return p.Category("assistance").Sensitivity == policy.SensitivitySpecial && h.HasBasis(policy.BasisConsent) && h.Withdraw != ""
		}},
		{says: "the Air Carrier Access Act requires us to help passengers with disabilities, and we pass their needs to airports and ground handlers", typed: func(p *policy.Policy) bool {
			h := p.Purpose("assistance")
			return len(h.Obligations) == 1 && slices.Contains(h.Recipients, recipient(p, "handlers"))
		}},
		{says: "you may give us an emergency contact", typed: func(p *policy.Policy) bool { return othersGive(p, "emergency-contact") }},
		{says: "we give passengers' contact details to the CDC and other public health authorities that ask for them under federal rules", typed: func(p *policy.Policy) bool {
			h := p.Purpose("public-health")
			return h.HasBasis(policy.BasisLegalObligation) && strings.Contains(h.Obligations[0].Act, "71.4") && recipient(p, "public-health").Conditional
		}},
		{says: "we tell you of delays and cancellations and handle refunds as the Department of Transportation's rules require", typed: func(p *policy.Policy) bool {
			d := p.Purpose("disruptions")
			return d.ServiceMessages && strings.Contains(d.Obligations[0].Act, "Part 260")
		}},
		{says: "we share your itinerary with Delta Connection carriers, joint venture and codeshare partners that operate your flights, under their own policies", typed: func(p *policy.Policy) bool {
			r := recipient(p, "partner-airlines")
			return r.OwnPolicy && slices.Contains(p.Purpose("carriage").Recipients, r) && p.Transfers[1].Recipient == r
		}},
		{says: "SkyMiles members give their name, date of birth and email, and we keep their miles, status, Sky Club visits and preferences", typed: func(p *policy.Policy) bool {
			return p.Purpose("skymiles").Required != "" && len(p.Category("skymiles").Items) == 4
		}},
		{says: "partners and American Express tell us the miles you earn with them", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("skymiles").SourceDetail, "American Express")
		}},
		{says: "when you earn or redeem miles with a partner or link your accounts, the partner receives what it needs under its own policy", typed: func(p *policy.Policy) bool {
			r := recipient(p, "skymiles-partners")
			return r.Conditional && r.OwnPolicy
		}},
		{says: "American Express issues the Delta SkyMiles cards and receives members' information to credit miles and offer the card", typed: func(p *policy.Policy) bool {
			a := recipient(p, "amex")
			return a.NoticeURL != "" && p.Purpose("credit-card").Recipients[0] == a
		}},
		{says: "SkyMiles is a financial incentive; members join and leave as they choose, and we explain how we value their information", typed: func(p *policy.Policy) bool {
			i := p.Incentives[0]
			return i.Value != "" && i.OptIn != "" && i.Withdraw != ""
		}},
		{says: "we record calls and keep chats with our agents", typed: func(p *policy.Policy) bool { return p.Category("communications").RecordingNotice }},
		{says: "inflight Wi-Fi and Delta Sync collect your device's identifiers, your SkyMiles number and what you watch on the seat-back screen", typed: func(p *policy.Policy) bool {
			return p.Purpose("onboard").Uses(p.Category("onboard")) && len(p.Category("onboard").Items) == 3
		}},
		{says: "with your permission the Fly Delta app uses your location for airport maps and reminders", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we collect IP address, device identifiers, cookies, searches and pages viewed automatically", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && len(p.Category("device").Items) == 4
		}},
		{says: "we personalise fares and offers from your travel, SkyMiles activity and browsing", typed: func(p *policy.Policy) bool {
			pe := p.Purpose("personalise")
			return pe.Profiling && len(p.Category("inferences").DerivedFrom) == 3
		}},
		{says: "we send our offers and partners' offers by email, and you can unsubscribe at any time", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && strings.Contains(m.OptOutHow, "unsubscribe")
		}},
		{says: "we still send messages about your trips after you unsubscribe", typed: func(p *policy.Policy) bool { return p.Purpose("disruptions").ServiceMessages }},
		{says: "advertising partners' cookies show our ads elsewhere, and you can opt out in our cookie settings", typed: func(p *policy.Policy) bool {
			c := cookie(p, "advertising")
			return c.Consent == policy.CookieConsentOptOut && c.Provider == recipient(p, "advertising") && p.Links.CookieSettings != ""
		}},
		{says: "we prevent fraud and may cancel tickets or close SkyMiles accounts that are misused, such as by selling miles", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach) && s.Contestable()
		}},
		{says: "service providers act for us and may use the information only to serve us", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we may disclose information on legal process, to protect safety and our rights, and in a sale or merger", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep information as long as needed for our purposes and as the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("booking").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we store and process your information in the United States", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionUS }},
		{says: "we protect information with administrative, technical and physical safeguards, though no system is completely secure", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && p.SecurityCaveat
		}},
		{says: "parents book for children and arrange the unaccompanied minor service; our websites and apps are not for children under 13", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.Scope != "" && strings.Contains(p.Children.Note, "unaccompanied minor")
		}},
		{says: "we sell and share identifiers, internet activity and inferences, as California law defines those terms", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 3 && p.USStates.Sells == policy.AnswerYes
		}},
		{says: "US residents opt out with the Do Not Sell or Share link or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we use sensitive personal information only for the purposes the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "US residents may know, access, correct, delete and get a copy of their information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through our online form or toll-free number; we verify you, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.CCPA.TollFreeNumber != "" && p.Requests.Agents == policy.AnswerYes && len(p.Requests.Verification) == 2
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we publish the numbers of privacy requests we receive", typed: func(p *policy.Policy) bool { return p.CCPA.MetricsURL != "" }},
		{says: "sites we link to and social networks follow their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "we post changes on delta.com with a new date and highlight material ones", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelHomePage)
		}},
		{says: "questions go to our Privacy Office by email or post", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" && p.Contact.Address != "" }},
		{says: "if you travel on a ticket another airline sold, that airline's policy covers what it collected", free: toIntroduction},
	}}
}

// realPolicyUs16Nike paraphrases, in our own words and as we recall it,
// the Nike Privacy Policy for the United States as published in
// 2024-2025, with its section for the residents of California and the
// other states with privacy laws and its notice of financial incentive
// for Nike Membership: Nike.com, the Nike App, SNKRS, Nike Run Club and
// Nike Training Club, Nike stores and events, with the orders, the member
// profile, the runs and workouts the apps record and the routes they
// trace with the device's location, the apps and devices a member
// connects, product reviews, text messages sent only with consent under
// the Telephone Consumer Protection Act, the bots and resellers the
// launches of SNKRS keep out, store cameras, and the advertising partners
// that receive data for targeted ads. Consumer health data is left to a
// separate notice. The headquarters address and the Consumer Services
// number are Nike's; the web and e-mail addresses are illustrative.
func realPolicyUs16Nike() realPolicy {
	account := &policy.Category{ID: "account", Name: "Member profile", Items: []string{"name, email address and phone number", "date of birth", "shoe and clothing sizes, and the sports and products you like", "profile photo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProtectedTraits}}
	login := &policy.Category{ID: "login", Name: "Sign-in information", Items: []string{"email address and password of your Nike Member profile"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	orders := &policy.Category{ID: "orders", Name: "Orders and purchases", Items: []string{"shipping and billing addresses", "what you buy online and, when you scan your Member Pass, in our stores", "returns, and the designs you create with Nike By You"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionCriteria, Criteria: "as long as you keep your Member profile, and for each order as long as the law requires", Law: "federal and state tax law"},
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"card number, expiry date and security code", "gift card numbers"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep a card in your profile, and for each payment as long as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	activity := &policy.Category{ID: "activity", Name: "Workout and activity information", Items: []string{"the distance, pace, time and type of the runs and workouts you record", "height and weight, if you give them, to estimate calories", "heart rate, if you connect a device that measures it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the apps and devices you connect, such as a watch or a health app", Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.ByCriteria("until you delete the activity or your Member profile"),
		CCPA:      []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"your device's GPS location, which traces the route of your runs", "your location when you look for a store or a SNKRS drop near you"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as you keep the run it traces; otherwise only as long as the feature needs it"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device and online activity information", Items: []string{"IP address", "device and advertising identifiers and cookie IDs", "the pages and products you view and what you search for", "how you respond to our emails and ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and apps and to measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews and content you post", Items: []string{"product reviews and ratings with your display name", "photos you submit"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the review stays on our sites"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	communications := &policy.Category{ID: "communications", Name: "Communications with us", Items: []string{"calls and chats with Nike Consumer Services", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to answer you and keep a record of what you asked"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	video := &policy.Category{ID: "video", Name: "Store video", Items: []string{"video from the security cameras in our stores"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a limited time, unless we need it to investigate an incident"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other companies", Items: []string{"demographic and interest information", "what you do on social networks when you interact with us there"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "data companies, advertising partners and social networks",
		Linked: true, Retention: policy.ByCriteria("as long as it stays useful for the purpose we obtained it for"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInferences}}
	inferences := &policy.Category{ID: "inferences", Name: "Preferences we infer", Items: []string{"the sports and styles you are likely to prefer", "the products and launches you are likely to want"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{account, orders, device, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones or you delete your Member profile"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "the Nike group of companies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, orders, device}, Purpose: "to provide our products and services and for the other purposes of this policy"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, fulfilment, customer service, analytics and marketing", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, orders, payment, activity, device, communications}}
	carriers := &policy.Recipient{ID: "carriers", Name: "shipping carriers", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, orders}, Purpose: "to deliver your orders and collect your returns"}
	payLater := &policy.Recipient{ID: "payment-services", Name: "payment and buy-now-pay-later services you choose, such as PayPal, Klarna or Afterpay", Role: policy.RoleThirdParty, Country: regionUS,
		Conditional: true, OwnPolicy: true,
		Categories: []*policy.Category{account, orders}, Purpose: "you choose to pay with them"}
	connected := &policy.Recipient{ID: "connected", Name: "the apps and devices you connect, such as Apple Health or a Garmin watch", Role: policy.RoleThirdParty,
		Conditional: true, OwnPolicy: true,
		Categories: []*policy.Category{activity}, Purpose: "you connect them to Nike Run Club or Nike Training Club and let them exchange your workouts with us"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and the social networks and websites that show our ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, orders, device, inferences}, Purpose: "to show you our ads on other websites, apps and social networks, to find people like our members, and to measure our ads"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, orders, video}, Purpose: "the law requires it or they serve valid legal process on us"}

	ordersP := &policy.Purpose{ID: "orders", Name: "Selling you our products online and in our stores, delivering them and handling returns", Categories: []*policy.Category{account, orders, payment},
		Recipients: []*policy.Recipient{providers, carriers, payLater},
		Required:   "without your name, a delivery address and a way to pay we cannot take your order"}
	membership := &policy.Purpose{ID: "membership", Name: "Running Nike Membership: your Member profile, Member Pass and member benefits", Categories: []*policy.Category{account, login, orders},
		Recipients: []*policy.Recipient{providers, affiliates},
		Required:   "to become a member you give your name, email address, date of birth and a password; without them you cannot have a Member profile"}
	apps := &policy.Purpose{ID: "apps", Name: "Recording your runs and workouts in Nike Run Club and Nike Training Club, and sharing them with the friends you choose", Categories: []*policy.Category{activity, account},
		Recipients: []*policy.Recipient{providers, connected}}
	locationP := &policy.Purpose{ID: "location", Name: "Using your location, if you allow it, to trace your runs, find stores near you and unlock SNKRS drops", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your device's settings"}
	snkrs := &policy.Purpose{ID: "snkrs", Name: "Running SNKRS launches and draws, and offering exclusive access to members", Categories: []*policy.Category{account, orders, inferences},
		Profiling: true}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising products, content and offers", Categories: []*policy.Category{account, orders, device, thirdParty, inferences},
		Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you news and offers by email and push notification", Categories: []*policy.Category{account, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in every email, in your Member profile's settings or, for push notifications, in your device's settings", Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending you marketing text messages", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by replying STOP to any of our texts",
		ConsentRequiredBy: []policy.Obligation{{Act: "the Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}},
		Recipients:        []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you our ads on other websites, apps and social networks, and measuring them", Categories: []*policy.Category{account, orders, device, inferences},
		Profiling: true, OptOut: true, OptOutHow: "with the Your Privacy Choices link or a Global Privacy Control signal", Recipients: []*policy.Recipient{adPartners}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud, and keeping bots and resellers out of our launches", Categories: []*policy.Category{account, orders, payment, device},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Contest: "by contacting Nike Consumer Services"}}
	support := &policy.Purpose{ID: "support", Name: "Answering your calls and chats and training our staff", Categories: []*policy.Category{communications, account, orders},
		Recipients: []*policy.Recipient{providers}}
	reviewsP := &policy.Purpose{ID: "reviews", Name: "Publishing your product reviews", Categories: []*policy.Category{reviews}}
	stores := &policy.Purpose{ID: "stores", Name: "Keeping our stores, staff and customers safe and preventing theft", Categories: []*policy.Category{video},
		Recipients: []*policy.Recipient{authorities}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how our products, sites and apps are used and improving them", Categories: []*policy.Category{device, orders, activity},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{account, orders},
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title:      "Nike Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "NIKE, Inc.", Address: "One Bowerman Drive, Beaverton, OR 97005, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://agreementservice.svs.nike.example/us/en_us/rest/agreement?agreementType=privacyPolicy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"Nike.com, the Nike App, SNKRS, Nike Run Club and Nike Training Club", "our stores and events in the United States"},
		OtherNotices: []policy.Notice{
			{Covers: "consumer health data under the laws of Washington, Nevada and other states", URL: "https://www.nike.example/help/consumer-health-data-privacy-policy"},
			{Covers: "our employees and job applicants"},
		},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks, policy.ExternalConnectedApps},
		Categories: []*policy.Category{account, login, orders, payment, activity, location, device, reviews, communications, video, thirdParty, inferences},
		Storage:    []policy.Storage{{Location: regionUS}},
		Purposes:   []*policy.Purpose{ordersP, membership, apps, locationP, snkrs, personalise, marketing, texts, ads, fraud, support, reviewsP, stores, improve, legal},
		Recipients: []*policy.Recipient{affiliates, providers, carriers, payLater, connected, adPartners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and hold your bag", Party: policy.PartyFirst, Purpose: ordersP, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "performance", Name: "performance and analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and SDKs", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your Member profile"},
			{Kind: policy.RightErasure, How: "by deleting your Member profile in its settings, or with our request form"}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.nike.example/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-800-806-6453"}, TollFreeNumber: "1-800-806-6453",
			LargeVolume: true, MetricsURL: "https://www.nike.example/privacy/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer, or with our request form", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "membership", Name: "Nike Membership",
			Summary:    "Members get free shipping, member-only products and offers, a birthday reward and early access to some launches.",
			Categories: []*policy.Category{account, orders}, OptIn: "by creating a Member profile on Nike.com or in our apps", Withdraw: "by deleting your Member profile in its settings",
			Value: "We estimate the value of members' information by what we spend on member benefits, which is reasonably related to the value that information has for us."}},
		Security:       []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards."}},
		SecurityCaveat: true,
		Links:          policy.Links{RequestForm: "https://www.nike.example/privacy/request", CookieSettings: "https://www.nike.example/privacy/cookie-settings"},
		Children:       policy.Children{MinimumAge: 13, Note: "If we learn that we have collected personal information from a child under 13, we delete it."},
		Changes:        policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:        policy.Contact{Name: "NIKE, Inc., Attn: Privacy Office", Address: "One Bowerman Drive, Beaverton, OR 97005, USA", Email: "privacy@nike.example", Phone: "1-800-806-6453"},
	}
	return realPolicy{"sportswear brand and fitness apps (Nike)", p, []statement{
		{says: "NIKE, Inc. in Beaverton, Oregon is responsible for your information", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "NIKE, Inc." && strings.Contains(p.Controller.Address, "Beaverton") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers Nike.com, the Nike App, SNKRS, Nike Run Club, Nike Training Club, and our stores and events", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "SNKRS")
		}},
		{says: "consumer health data is covered by our separate Consumer Health Data Privacy Policy", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "consumer health data") && p.OtherNotices[0].URL != ""
		}},
		{says: "your Member profile holds your name, contact details, date of birth, sizes, favourite sports and photo", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 4 && p.Purpose("membership").Uses(p.Category("account"))
		}},
		{says: "to become a member you give your name, email, date of birth and a password", typed: func(p *policy.Policy) bool {
			return p.Purpose("membership").Required != "" && p.Purpose("membership").Uses(p.Category("login"))
		}},
		{says: "we keep your orders, addresses, returns and Nike By You designs, and what you buy in stores when you scan your Member Pass", typed: func(p *policy.Policy) bool {
			return len(p.Category("orders").Items) == 3 && slices.Contains(p.Category("orders").CCPA, policy.CCPACommercialInfo)
		}},
		{says: "without a name, delivery address and way to pay we cannot take your order", typed: func(p *policy.Policy) bool { return p.Purpose("orders").Required != "" }},
		{says: "we collect card and gift card details to take payment, through payment providers", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Sensitivity == policy.SensitivitySensitive && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "providers"))
		}},
		{says: "if you pay with PayPal, Klarna or Afterpay, they receive your order under their own policies", typed: func(p *policy.Policy) bool {
			r := recipient(p, "payment-services")
			return r.Conditional && r.OwnPolicy
		}},
		{says: "shipping carriers receive your address to deliver your order", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("orders").Recipients, recipient(p, "carriers"))
		}},
		{says: "Nike Run Club and Nike Training Club record your runs and workouts, and height, weight and heart rate if you give them", typed: func(p *policy.Policy) bool {
			return p.Purpose("apps").Uses(p.Category("activity")) && len(p.Category("activity").Items) == 3
		}},
		{says: "you can share your activity with friends you choose", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("activity").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "if you connect other apps or devices, they exchange your workouts with us and use them under their own policies", typed: func(p *policy.Policy) bool {
			r := recipient(p, "connected")
			return r.OwnPolicy && slices.Contains(p.Category("activity").Sources, policy.SourceThirdParty) && slices.Contains(p.External, policy.ExternalConnectedApps)
		}},
		{says: "with your permission we use your device's precise location to trace your runs, find stores and unlock SNKRS drops near you", typed: func(p *policy.Policy) bool {
			c, l := p.Category("location"), p.Purpose("location")
			return c.DevicePermission && l.ConsentMethod == policy.ConsentMethodPlatformPrompt && l.Withdraw != ""
		}},
		{says: "we keep your activity until you delete it or your profile", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("activity").Retention.Criteria, "delete")
		}},
		{says: "we collect IP address, device and advertising identifiers, and the pages and products you view automatically", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && len(p.Category("device").Items) == 4
		}},
		{says: "we receive demographic and interest information from data companies, partners and social networks", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("third-party").SourceDetail, "social networks")
		}},
		{says: "we infer the sports, styles and products you are likely to prefer, and personalise what we show you", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferences").DerivedFrom) == 4 && p.Purpose("personalise").Profiling
		}},
		{says: "SNKRS runs launches and draws and offers exclusive access chosen from your activity", typed: func(p *policy.Policy) bool {
			s := p.Purpose("snkrs")
			return s.Profiling && s.Uses(p.Category("inferences"))
		}},
		{says: "we keep bots and resellers out of launches and may cancel orders or close accounts that break our rules", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach)
		}},
		{says: "product reviews are published with your display name", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").Uses(p.Category("reviews"))
		}},
		{says: "we record calls with Consumer Services for quality and training", typed: func(p *policy.Policy) bool { return p.Category("communications").RecordingNotice }},
		{says: "security cameras record our stores, and we may give footage to the police", typed: func(p *policy.Policy) bool {
			return p.Purpose("stores").Uses(p.Category("video")) && slices.Contains(recipient(p, "authorities").Categories, p.Category("video"))
		}},
		{says: "we send news and offers by email and push notification, and you can unsubscribe", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && strings.Contains(m.OptOutHow, "unsubscribe")
		}},
		{says: "we send marketing texts only with your consent, as the Telephone Consumer Protection Act requires, and you reply STOP to end them", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && strings.Contains(t.ConsentRequiredBy[0].Act, "227") && strings.Contains(t.Withdraw, "STOP")
		}},
		{says: "consenting to texts is not a condition of any purchase", free: toPurpose("texts")},
		{says: "advertising partners and social networks receive identifiers, purchases and device data to show our ads and find people like our members", typed: func(p *policy.Policy) bool {
			a := recipient(p, "advertising")
			return slices.Contains(a.Categories, p.Category("orders")) && p.Purpose("ads").Profiling && cookie(p, "advertising").Provider == a
		}},
		{says: "this may be a sale or sharing of identifiers, customer records, commercial information, internet activity and inferences under California law", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 5 && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "you opt out with the Your Privacy Choices link, and we honour Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we use sensitive personal information, such as precise location and workout data, only for the purposes the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse) && p.Category("activity").Sensitivity == policy.SensitivitySensitive
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "Nike Membership is a financial incentive: members get free shipping, member products and offers, and a birthday reward", typed: func(p *policy.Policy) bool {
			i := p.Incentives[0]
			return strings.Contains(i.Summary, "free shipping") && len(i.Categories) == 2
		}},
		{says: "you join Membership by creating a profile and leave by deleting it, and we explain how we value members' information", typed: func(p *policy.Policy) bool {
			i := p.Incentives[0]
			return i.OptIn != "" && i.Withdraw != "" && i.Value != ""
		}},
		{says: "our group companies and service providers receive information to run our business for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && recipient(p, "affiliates") != nil
		}},
		{says: "we disclose information on legal process, to protect people and our rights, and in a sale or merger", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "you may know, access, correct, delete and get a copy of your information and withdraw consent, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you can correct your profile and delete it in its settings", typed: func(p *policy.Policy) bool {
			for _, r := range p.Rights {
				if r.Kind == policy.RightErasure && strings.Contains(r.How, "Member profile") {
					return true
				}
			}
			return false
		}},
		{says: "requests go through our online form or toll-free number; we verify you by your sign-in or email, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && slices.Contains(p.Requests.Verification, policy.VerificationEmail) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we publish the numbers of privacy requests we receive", typed: func(p *policy.Policy) bool { return p.CCPA.MetricsURL != "" }},
		{says: "we keep information as long as your profile exists or our purposes and the law require, and keep what the law and fraud prevention need after you delete it", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Deletion[0].Keeps(policy.KeptFraud)
		}},
		{says: "we store your information in the United States", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionUS }},
		{says: "we protect information with administrative, technical and physical safeguards, though no system is completely secure", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && p.SecurityCaveat
		}},
		{says: "our services are not for children under 13, and we delete what we learn we collected from one", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && strings.Contains(p.Children.Note, "delete")
		}},
		{says: "sites we link to, social networks and connected apps follow their own policies", typed: func(p *policy.Policy) bool {
			return len(p.External) == 3
		}},
		{says: "we tell you of material changes by email or in our apps", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		{says: "questions go to our Privacy Office by email, post or phone", typed: func(p *policy.Policy) bool {
			return p.Contact.Email != "" && p.Contact.Address != "" && p.Contact.Phone != ""
		}},
		{says: "our services are run from the United States, and your information may be processed in other countries where we or our providers work, whose laws may differ", free: toIntroduction},
	}}
}
