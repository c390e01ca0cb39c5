package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// realPolicyUs10Verizon paraphrases, in our own words and as we recall
// it, the Verizon Privacy Policy for its consumer customers in the United
// States, as published in 2024-2025, with its California section and the
// section for the residents of the other states with privacy laws:
// wireless, Fios internet and TV and 5G Home service, the network data a
// carrier holds about calls and usage, which federal law protects as
// customer proprietary network information (CPNI, 47 U.S.C. 222), the
// Custom Experience programmes that personalise offers from browsing and,
// with consent, from location and calls, Business and Marketing Insights
// reports built from de-identified data, directory listings, Smart Family
// and the Verizon Access rewards. Credit checks to open service are
// governed by the Fair Credit Reporting Act. Addresses, the web
// addresses and the e-mail address are illustrative.
func realPolicyUs10Verizon() realPolicy {
	cpni := policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{
		{Act: "the Communications Act, 47 U.S.C. 222, and the FCC's CPNI rules, 47 CFR 64.2001 et seq.", Region: regionUS}}}
	contact := &policy.Category{ID: "contact", Name: "Contact and account information", Items: []string{"name", "service and billing address", "email address and phone numbers", "account number, PIN and My Verizon login"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you are a customer, and then as long as we need it for billing, tax, legal and business purposes"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	billing := &policy.Category{ID: "billing", Name: "Billing and payment information", Items: []string{"bank account and card numbers", "the services you buy and your payment history"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("federal and state tax and accounting law"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPASensitivePersonalInfo}}
	credit := &policy.Category{ID: "credit", Name: "Credit information", Items: []string{"Social Security number and date of birth", "credit reports and scores from consumer reporting agencies"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "consumer reporting agencies",
		Linked: true, GovernedBy: policy.SectoralFCRA,
		Retention: policy.AsRequiredBy("the Fair Credit Reporting Act and the Equal Credit Opportunity Act")}
	network := &policy.Category{ID: "network", Name: "Network usage information (CPNI)", Items: []string{"the numbers you call and text and that call and text you, and when and how long", "how much data you use", "the features and plan you have", "the cell sites and Wi-Fi your device connects to"},
		Description: "Customer proprietary network information is information about the quantity, technical configuration, type, destination, location and amount of your use of our telecommunications services, and the information about them on your bill.",
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: cpni,
		VisibleTo: []policy.Audience{policy.AudienceOtherMembers},
		Retention: policy.ByCriteria("as long as needed to bill you, run the network and resolve disputes, and as long as the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPAGeolocation}}
	browsing := &policy.Category{ID: "browsing", Name: "Web browsing and app usage", Items: []string{"the addresses of websites you visit on your mobile device", "the apps on your device and how you use them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("a limited time, as long as needed for the Custom Experience programmes"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"device identifiers such as the IMEI", "IP address", "cookie and advertising identifiers", "the pages you visit on our sites and apps"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	viewing := &policy.Category{ID: "viewing", Name: "Fios TV viewing information", Items: []string{"the channels, programmes and on-demand titles you watch and record"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Secrecy:   policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{{Act: "the Cable Communications Policy Act, 47 U.S.C. 551", Region: regionUS}}},
		Retention: policy.ByCriteria("as long as needed to provide the service and bill you for what you order"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPACommercialInfo}}
	calls := &policy.Category{ID: "calls", Name: "Communications with us", Items: []string{"calls and chats with customer service", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed for quality, training and to keep a record of what you asked"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	directory := &policy.Category{ID: "directory", Name: "Directory listing", Items: []string{"the name, address and home phone number of a landline customer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityDefault,
		Retention: policy.ByCriteria("as long as you keep a listed home phone line with us"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	familyLoc := &policy.Category{ID: "family-location", Name: "Location of family members' devices (Smart Family)", Items: []string{"the location of the devices on your account that you choose to locate"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceGroupMembers},
		Retention: policy.ByCriteria("as long as you use Smart Family"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other companies", Items: []string{"demographic and interest information", "updated addresses", "information to help verify your identity and prevent fraud"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "data companies, marketing partners and fraud prevention services",
		Linked: true, Retention: policy.ByCriteria("as long as it stays useful for the purpose we obtained it for"),
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPAIdentifiers}}
	inferences := &policy.Category{ID: "inferences", Name: "Interest categories", Items: []string{"interests such as sports fan or pet owner", "the products and services you may want"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{browsing, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones or you leave the programme"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "the Verizon family of companies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, billing, network}, Purpose: "to provide and market communications-related services, as the CPNI rules allow"}
	providers := &policy.Recipient{ID: "providers", Name: "vendors that provide billing, customer service, marketing, analytics and other services for us", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, billing, network, browsing, device, calls}}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "consumer reporting agencies and collection agencies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, credit, billing}, Purpose: "to check your credit when you open service, to report how you pay, and to collect what you owe"}
	directories := &policy.Recipient{ID: "directories", Name: "directory publishers and directory assistance providers", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{directory}, Purpose: "to publish listed numbers, unless you ask for a non-published or non-listed number"}
	identity := &policy.Recipient{ID: "identity", Name: "companies that verify identity and prevent fraud for banks and other businesses", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, network}, Purpose: "you ask them to verify your identity, such as when you open a bank account, and consent to our confirming your details"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising companies that place cookies and tags on our sites", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device}, Purpose: "to show you our ads on other sites and apps and measure them"}
	emergency := &policy.Recipient{ID: "emergency", Name: "emergency services and public safety answering points", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, network}, Purpose: "you call 911, or someone's life or safety is at risk"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, billing, network}, Purpose: "they serve a subpoena, court order or other valid legal process on us"}

	service := &policy.Purpose{ID: "service", Name: "Providing, billing and supporting your wireless, internet and TV services", Categories: []*policy.Category{contact, billing, network, viewing},
		Recipients: []*policy.Recipient{providers, affiliates},
		Required:   "we need your name, service address and a payment method to provide service; without them we cannot open an account"}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Checking your credit when you open service or finance a device, and reporting how you pay", Categories: []*policy.Category{contact, credit},
		Recipients: []*policy.Recipient{bureaus},
		Required:   "without your Social Security number we cannot check your credit, and may ask for a deposit instead"}
	networkOps := &policy.Purpose{ID: "network", Name: "Running, protecting and planning our network", Categories: []*policy.Category{network, device},
		Recipients: []*policy.Recipient{providers}}
	cpniMarketing := &policy.Purpose{ID: "cpni-marketing", DirectMarketing: true, Name: "Offering you communications-related services based on your network usage information (CPNI)", Categories: []*policy.Category{network, contact},
		OptOut:     true,
		Recipients: []*policy.Recipient{affiliates}}
	custom := &policy.Purpose{ID: "custom-experience", DirectMarketing: true, Name: "Custom Experience: personalising our offers and communications from the websites you visit and the apps you use", Categories: []*policy.Category{browsing, inferences},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{providers}}
	customPlus := &policy.Purpose{ID: "custom-experience-plus", DirectMarketing: true, Name: "Custom Experience Plus: personalising our offers also from your device's location and your call details", Categories: []*policy.Category{network, browsing, inferences},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "in My Verizon, at any time",
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	insights := &policy.Purpose{ID: "insights", Name: "Business and Marketing Insights: reports for businesses built from de-identified data about groups of customers", Categories: []*policy.Category{network, browsing, device},
		OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and offers by email, mail, phone and text", Categories: []*policy.Category{contact, inferences},
		OptOut: true, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps and measuring them", Categories: []*policy.Category{device, inferences},
		OptOut: true, Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	directoryP := &policy.Purpose{ID: "directory", Name: "Publishing directory listings and providing directory assistance", Categories: []*policy.Category{directory},
		Recipients: []*policy.Recipient{directories}}
	family := &policy.Purpose{ID: "smart-family", Name: "Smart Family: letting the account owner see where family members' devices are and set limits", Categories: []*policy.Category{familyLoc},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by turning Smart Family off in the app"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Verifying identity and preventing fraud, theft of service and unlawful use of our network", Categories: []*policy.Category{contact, network, device, thirdParty},
		Recipients: []*policy.Recipient{providers, identity},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundNonPayment},
			Contest: "by calling customer service or paying the amount due"}}
	support := &policy.Purpose{ID: "support", Name: "Answering your calls and chats and training our staff", Categories: []*policy.Category{contact, calls},
		Recipients: []*policy.Recipient{providers}}
	safety := &policy.Purpose{ID: "emergency", Name: "Passing your location and number to emergency services when you call 911", Categories: []*policy.Category{network, contact},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{emergency},
		Obligations: []policy.Obligation{{Act: "the FCC's 911 rules, 47 CFR Part 9", Region: regionUS}}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{contact, billing, network},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Communications Assistance for Law Enforcement Act, 47 U.S.C. 1001 et seq., and the Stored Communications Act, 18 U.S.C. 2703", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Verizon Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Verizon Communications Inc. and its affiliates", Address: "1095 Avenue of the Americas, New York, NY 10036, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.February, 1), Updated: policy.MakeDate(2025, time.February, 1),
		URL:   "https://www.verizon.example/about/privacy/full-privacy-policy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"Verizon-branded consumer wireless, Fios internet and TV, and 5G Home services", "our websites, the My Verizon app and our other apps"},
		OtherNotices: []policy.Notice{
			{Covers: "Verizon Business's enterprise customers, and brands such as Visible and Total Wireless, which have their own policies"},
			{Covers: "our employees and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalConnectedApps},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{contact, billing, credit, network, browsing, device, viewing, calls, directory, familyLoc, thirdParty, inferences},
		Purposes:    []*policy.Purpose{service, creditCheck, networkOps, cpniMarketing, custom, customPlus, insights, marketing, ads, directoryP, family, fraud, support, safety, legal},
		Recipients:  []*policy.Recipient{affiliates, providers, bureaus, directories, identity, adPartners, emergency, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Business and Marketing Insights gives businesses reports about groups of customers, such as how many visited a stadium, never who they are."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in to My Verizon", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and tags", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share My Personal Information link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "Account owners verify by signing in to My Verizon; others by matching what they give us with what we hold.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://www.verizon.example/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-800-333-9956"}, TollFreeNumber: "1-800-333-9956",
			LargeVolume: true, MetricsURL: "https://www.verizon.example/about/privacy/ccpa-metrics", ShineTheLight: true},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer with the appeal form we link to", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "access", Name: "Verizon Access",
			Summary:    "Members get discounts, early access to tickets and other perks; some offers are chosen from what Custom Experience learns about their interests.",
			Categories: []*policy.Category{contact, inferences}, OptIn: "in the My Verizon app", Withdraw: "by leaving the programme in the app",
			Value: "We value the information members give us by what we spend on their rewards, which is reasonably related to that value."}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureAccessControl, Description: "We ask for your account PIN or a one-time code before we discuss your call details, and tell you when your PIN, password or address changes."},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards, and our employees must protect customer information under our Code of Conduct."}},
		Links:    policy.Links{RequestForm: "https://www.verizon.example/privacy/request", CookieSettings: "https://www.verizon.example/privacy/your-privacy-choices"},
		Children: policy.Children{MinimumAge: 13, Note: "Our sites are not for children under 13. An account owner who gives a line to a child is responsible for it and may use our parental controls."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Name: "Verizon Privacy Office", Address: "1300 I Street NW, Washington, DC 20005, USA", Email: "privacy@verizon.example", Phone: "1-800-333-9956"},
	}
	return realPolicy{"telecom operator (Verizon)", p, []statement{
		{says: "Verizon Communications and its affiliates in New York are responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Verizon Communications") && p.Controller.Country == regionUS && strings.Contains(p.Controller.Address, "New York")
		}},
		{says: "the policy covers our consumer wireless, Fios and 5G Home services and our sites and apps", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "Fios")
		}},
		{says: "enterprise customers and other Verizon brands have their own policies", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "enterprise")
		}},
		{says: "sites we link to and apps you connect follow their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalConnectedApps)
		}},
		{says: "we collect your name, addresses, email, phone numbers and account login", typed: func(p *policy.Policy) bool {
			return len(p.Category("contact").Items) == 4 && slices.Contains(p.Category("contact").CCPA, policy.CCPAIdentifiers)
		}},
		{says: "we collect payment details and keep the services you buy and your payment history", typed: func(p *policy.Policy) bool {
			c := p.Category("billing")
			return c.Sensitivity == policy.SensitivitySensitive && p.Purpose("service").Uses(c)
		}},
		{says: "we need your name, service address and a way to pay to provide service", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we check your credit with consumer reporting agencies when you open service or finance a device, under the Fair Credit Reporting Act", typed: func(p *policy.Policy) bool {
			c := p.Category("credit")
			return c.GovernedBy == policy.SectoralFCRA && slices.Contains(c.Sources, policy.SourceThirdParty) && p.Purpose("credit").Required != ""
		}},
		{says: "we report your payment history to credit bureaus and send unpaid accounts to collection agencies", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "bureaus").Categories, p.Category("billing"))
		}},
		{says: "our network records the numbers you call and text, when and for how long, your data use and the cell sites your device uses", typed: func(p *policy.Policy) bool {
			c := p.Category("network")
			return len(c.Items) == 4 && slices.Contains(c.Sources, policy.SourceAutomatic) && slices.Contains(c.CCPA, policy.CCPAGeolocation)
		}},
		{says: "this network usage information is CPNI, which federal law requires us to protect", typed: func(p *policy.Policy) bool {
			s := p.Category("network").Secrecy
			return s.Kind == policy.SecrecyCommunications && strings.Contains(s.Laws[0].Act, "222")
		}},
		{says: "CPNI means the quantity, configuration, type, destination, location and amount of your use of our telecommunications services and what your bill shows of it", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("network").Description, "quantity, technical configuration")
		}},
		{says: "we use CPNI to offer you communications-related services from us and our affiliates unless you opt out", typed: func(p *policy.Policy) bool {
			m := p.Purpose("cpni-marketing")
			return m.OptOut && m.Uses(p.Category("network")) && slices.Contains(m.Recipients, recipient(p, "affiliates"))
		}},
		{says: "you restrict the use of your CPNI by calling 1-800-333-9956 or in My Verizon, and doing so does not change your service", free: toPurpose("cpni-marketing")},
		{says: "we do not give CPNI to companies outside the Verizon family for their own use without your consent, except as the law requires", free: toCategory("network")},
		{says: "we ask for your PIN before discussing call details and tell you when your PIN, password or address changes", typed: func(p *policy.Policy) bool {
			for _, m := range p.Security {
				if m.Kind == policy.MeasureAccessControl && strings.Contains(m.Description, "PIN") {
					return true
				}
			}
			return false
		}},
		{says: "the account owner can see the usage and call details of every line on the account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("network").VisibleTo, policy.AudienceOtherMembers)
		}},
		{says: "we use network information to run, protect and plan our network", typed: func(p *policy.Policy) bool { return p.Purpose("network").Uses(p.Category("network")) }},
		{says: "we pass your location and number to emergency services when you call 911", typed: func(p *policy.Policy) bool {
			e := p.Purpose("emergency")
			return len(e.Obligations) == 1 && recipient(p, "emergency").Role == policy.RoleAuthority
		}},
		{says: "your name and number are shown to the people you call unless you block Caller ID", free: toCategory("network")},
		{says: "with Custom Experience we use the websites you visit and apps you use on your phone to personalise our offers, and you can opt out", typed: func(p *policy.Policy) bool {
			c := p.Purpose("custom-experience")
			return c.OptOut && c.Profiling && c.Uses(p.Category("browsing"))
		}},
		{says: "Custom Experience Plus also uses your location and call details, only if you agree", typed: func(p *policy.Policy) bool {
			c := p.Purpose("custom-experience-plus")
			return c.RestsOnConsent() && c.Uses(p.Category("network")) && c.Withdraw != ""
		}},
		{says: "we group customers into interest categories such as sports fans", typed: func(p *policy.Policy) bool {
			c := p.Category("inferences")
			return len(c.DerivedFrom) == 2 && slices.Contains(c.CCPA, policy.CCPAInferences)
		}},
		{says: "Business and Marketing Insights gives businesses reports about groups of customers, built from de-identified data, and you can opt out", typed: func(p *policy.Policy) bool {
			return p.Purpose("insights").OptOut && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep de-identified data de-identified and do not try to re-identify it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "Fios TV records what you watch and order to provide the service and bill you, as the Cable Act requires us to protect", typed: func(p *policy.Policy) bool {
			c := p.Category("viewing")
			return strings.Contains(c.Secrecy.Laws[0].Act, "551") && p.Purpose("service").Uses(c)
		}},
		{says: "we publish listed landline numbers in directories unless you ask for a non-published number", typed: func(p *policy.Policy) bool {
			return p.Category("directory").Visibility == policy.VisibilityDefault && p.Purpose("directory").Recipients[0] == recipient(p, "directories")
		}},
		{says: "Smart Family lets the account owner locate family members' devices", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("family-location").VisibleTo, policy.AudienceGroupMembers) && p.Purpose("smart-family").RestsOnConsent()
		}},
		{says: "we record calls with customer service for quality and training", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Uses(p.Category("calls"))
		}},
		{says: "we receive demographic, interest and fraud-prevention information from other companies", typed: func(p *policy.Policy) bool {
			return p.Category("third-party").SourceDetail != "" && p.Purpose("fraud").Uses(p.Category("third-party"))
		}},
		{says: "we may confirm your details to companies that verify your identity, such as a bank you open an account with, with your consent", typed: func(p *policy.Policy) bool {
			return recipient(p, "identity").Conditional && slices.Contains(p.Purpose("fraud").Recipients, recipient(p, "identity"))
		}},
		{says: "we may suspend service for fraud or unpaid bills", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetServices) && slices.Contains(s.Grounds, policy.SuspensionGroundNonPayment)
		}},
		{says: "we market our products by email, mail, phone and text, and you can stop", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "advertising companies place cookies on our sites to show our ads elsewhere, which the law may treat as a sale or sharing", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && cookie(p, "advertising").Party == policy.PartyThird
		}},
		{says: "you opt out of sale, sharing and targeted advertising with the Do Not Sell or Share link or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we use sensitive personal information only as the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "Verizon Access rewards are a financial incentive, and we say how we value members' information", typed: func(p *policy.Policy) bool {
			i := p.Incentives[0]
			return i.Value != "" && i.OptIn != "" && i.Withdraw != ""
		}},
		{says: "you may ask to know, access, correct, delete and take a copy of your information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests online or by calling us, verify by signing in or by matching details, and may use an authorised agent", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && slices.Contains(p.Requests.Verification, policy.VerificationSignedIn) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "California residents may ask about disclosures for direct marketing, and we publish request numbers", typed: func(p *policy.Policy) bool {
			return p.CCPA.ShineTheLight && p.CCPA.MetricsURL != ""
		}},
		{says: "we disclose information on legal process, to protect people and our network, and in a sale of a business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep information as long as needed for business, tax and legal reasons, and keep what the law and fraud prevention need after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("contact").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptFraud)
		}},
		{says: "we protect information with safeguards, encryption and employee training, and employees must protect it under our Code of Conduct", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureInternalRules)
		}},
		{says: "our sites are not for children under 13, and an account owner who gives a child a line is responsible for it", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && strings.Contains(p.Children.Note, "responsible")
		}},
		{says: "we tell you of material changes by email or a notice on your bill or in My Verizon", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		{says: "questions go to the Verizon Privacy Office", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Contact.Name, "Privacy Office") && p.Contact.Email != ""
		}},
	}}
}

// realPolicyUs10Kroger paraphrases, in our own words and as we recall it,
// the Privacy Policy of the Kroger Family of Companies for its stores,
// websites and apps in the United States (Kroger, Ralphs, Fred Meyer, King
// Soopers, Harris Teeter and its other banners), as published in
// 2024-2025, with its California section and the section for the
// residents of the other states with privacy laws: the loyalty card with
// its digital coupons and fuel points, pickup and delivery orders, the
// data science of its subsidiary 84.51°, Kroger Precision Marketing, its
// retail media business, ID scans for alcohol and tobacco, product recall
// calls, pharmacies and The Little Clinic, whose patient information is
// governed by HIPAA and the Notice of Privacy Practices, and the Kroger
// credit cards U.S. Bank issues under the Gramm-Leach-Bliley Act.
// Addresses other than the headquarters and the toll-free number are
// illustrative.
func realPolicyUs10Kroger() realPolicy {
	contact := &policy.Category{ID: "contact", Name: "Contact and account information", Items: []string{"name", "postal and delivery address", "email address and phone number", "digital account login"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your account or Card is active, and then as long as we need it for the purposes we collected it for or the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	loyalty := &policy.Category{ID: "loyalty", Name: "Loyalty Card and shopping history", Items: []string{"your Card number, or the phone number you enter instead", "what you buy in our stores, at our fuel centers and online, and when and where", "the digital coupons you load and redeem", "your fuel points and rewards"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as your Card is active and as needed to personalise your offers, and then in de-identified form"),
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPAIdentifiers}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"credit and debit card numbers", "gift card numbers", "EBT/SNAP card details when you pay with them"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep the card in your account, and as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	pharmacy := &policy.Category{ID: "pharmacy", Name: "Pharmacy and clinic information", Items: []string{"prescriptions and medication history", "health insurance details", "immunisations and visits to The Little Clinic"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your doctors and your health plan",
		Linked: true, GovernedBy: policy.SectoralHIPAA,
		Secrecy:   policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{{Act: "HIPAA Privacy Rule, 45 CFR Part 164", Region: regionUS}}},
		Retention: policy.AsRequiredBy("state pharmacy laws and HIPAA")}
	card := &policy.Category{ID: "credit-card", Name: "Kroger credit card applications and accounts", Items: []string{"what you give to apply for a Kroger Rewards credit card, such as your Social Security number and income", "your card account and rewards"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("the Gramm-Leach-Bliley Act and federal banking record rules")}
	idScan := &policy.Category{ID: "id-scan", Name: "Identification for age-restricted purchases", Items: []string{"your date of birth and the ID number read from the ID you show"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("only as long as needed to complete the sale and show that we checked your age"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"IP address", "device and advertising identifiers", "cookie IDs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and measure advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	activity := &policy.Category{ID: "activity", Name: "Browsing and app activity", Items: []string{"products you search for and view", "your lists and cart", "how you respond to our emails and ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run our sites and understand how they are used"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's precise location, if you allow it in the app", "the store you are in"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	calls := &policy.Category{ID: "calls", Name: "Communications with us", Items: []string{"calls, chats and emails with Customer Connect", "survey and review answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve your question and keep a record of it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	video := &policy.Category{ID: "video", Name: "Video from our stores", Items: []string{"video from cameras in our stores, fuel centers and parking lots"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a limited time, unless needed to investigate an incident or a claim"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other sources", Items: []string{"demographic information such as household size and income range", "interests from social networks and partners"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "data companies, social networks and our advertising partners",
		Linked: true, Retention: policy.ByCriteria("as long as it stays useful to personalise your offers"),
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPACommercialInfo}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences about your household", Items: []string{"the kind of household you shop for", "your shopping and food preferences", "the offers you are likely to use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{loyalty, activity, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for payments, hosting, delivery, customer service, analytics and marketing", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, loyalty, payment, device, activity, location, calls, video}}
	dataScience := &policy.Recipient{ID: "8451", Name: "84.51°, our data science company in Cincinnati", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{loyalty, activity, thirdParty, inferences}, Purpose: "to analyse shopping data and choose the offers and ads each household sees"}
	bank := &policy.Recipient{ID: "bank", Name: "U.S. Bank National Association, which issues the Kroger credit cards", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, card}, Purpose: "you apply for or hold a Kroger credit card, which it offers under its own privacy notice", NoticeURL: "https://www.usbank.example/kroger/privacy"}
	plans := &policy.Recipient{ID: "plans", Name: "your health plan, pharmacy benefit manager and doctors", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{pharmacy}, Purpose: "to fill and bill your prescriptions and coordinate your care, as HIPAA allows"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, publishers and media platforms that show Kroger Precision Marketing ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, activity, inferences}, Purpose: "to show ads for Kroger and the brands we sell on their sites and apps, and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, loyalty, video, idScan}, Purpose: "the law requires it, they serve valid legal process on us, or we report a crime"}

	orders := &policy.Purpose{ID: "orders", Name: "Selling groceries and other products in store and online, with pickup and delivery", Categories: []*policy.Category{contact, loyalty, payment},
		Recipients: []*policy.Recipient{providers},
		Required:   "to order online you must give your name, an address or a store for pickup and a way to pay; without them we cannot take the order"}
	card0 := &policy.Purpose{ID: "loyalty", Name: "Running the loyalty Card: sale prices, digital coupons, fuel points and rewards", Categories: []*policy.Category{contact, loyalty},
		Recipients: []*policy.Recipient{providers}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Choosing the coupons, offers and recommendations each household receives", Categories: []*policy.Category{loyalty, activity, thirdParty, inferences},
		Profiling: true, Recipients: []*policy.Recipient{dataScience}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and our weekly ad by email and mail", Categories: []*policy.Category{contact, inferences},
		OptOut: true, Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending offers and order and pharmacy updates by text message", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by replying STOP to any text", OptOut: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing and measuring ads for Kroger and the brands we sell, on our sites and others (Kroger Precision Marketing)",
		Categories: []*policy.Category{device, activity, loyalty, inferences},
		Profiling:  true, OptOut: true, Recipients: []*policy.Recipient{dataScience, adPartners}}
	insights := &policy.Purpose{ID: "insights", Name: "Giving the brands we sell reports about how products sell and how their ads and coupons perform", Categories: []*policy.Category{loyalty, inferences},
		Recipients: []*policy.Recipient{dataScience}}
	rx := &policy.Purpose{ID: "pharmacy", Name: "Filling prescriptions, giving immunisations and clinic care, and reminding you of refills", Categories: []*policy.Category{contact, pharmacy},
		Recipients: []*policy.Recipient{plans},
		Required:   "we need your prescription, date of birth and insurance details to fill and bill a prescription"}
	credit := &policy.Purpose{ID: "credit", Name: "Offering Kroger credit cards with U.S. Bank", Categories: []*policy.Category{contact, card},
		Recipients: []*policy.Recipient{bank}}
	age := &policy.Purpose{ID: "age", Name: "Selling alcohol and tobacco only to people of legal age", Categories: []*policy.Category{idScan},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "state alcohol and tobacco laws and the federal minimum age of 21 for tobacco, 21 U.S.C. 387f(d)(5)", Region: regionUS}},
		AgeChecks: []policy.AgeCheck{policy.AgeCheckDocument},
		Required:  "we cannot sell you alcohol or tobacco without checking a valid ID"}
	recalls := &policy.Purpose{ID: "recalls", Name: "Telling you when a product you bought is recalled", Categories: []*policy.Category{contact, loyalty},
		Recipients: []*policy.Recipient{providers}}
	locationP := &policy.Purpose{ID: "location", Name: "Finding your store and showing where products are in it", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings",
		Recipients: []*policy.Recipient{providers}}
	security := &policy.Purpose{ID: "security", Name: "Protecting our customers, associates and stores, and preventing fraud and theft", Categories: []*policy.Category{contact, loyalty, payment, device, video},
		Recipients: []*policy.Recipient{providers, authorities}}
	support := &policy.Purpose{ID: "support", Name: "Answering your questions through Customer Connect", Categories: []*policy.Category{contact, loyalty, calls},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving our stores, sites and assortment", Categories: []*policy.Category{activity, loyalty, calls},
		Recipients: []*policy.Recipient{providers, dataScience}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{contact, loyalty, video, idScan},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Kroger Family of Companies Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "The Kroger Co. and its family of companies", Address: "1014 Vine Street, Cincinnati, OH 45202, USA", Phone: "1-800-576-4377"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.kroger.example/i/privacy/policy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"the stores, fuel centers, websites and apps of Kroger and its banners, such as Ralphs, Fred Meyer, King Soopers and Harris Teeter", "the loyalty Card, pickup and delivery"},
		OtherNotices: []policy.Notice{
			{Covers: "the patients of our pharmacies and The Little Clinic (our Notice of Privacy Practices under HIPAA)", URL: "https://www.kroger.example/health/hipaa"},
			{Covers: "consumer health data under the laws of Washington and Nevada (our Consumer Health Data Privacy Notice)", URL: "https://www.kroger.example/i/privacy/consumer-health-data"},
			{Covers: "our associates and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{contact, loyalty, payment, pharmacy, card, idScan, device, activity, location, calls, video, thirdParty, inferences},
		Purposes:    []*policy.Purpose{orders, card0, personalise, marketing, texts, ads, insights, rx, credit, age, recalls, locationP, security, support, improve, legal},
		Recipients:  []*policy.Recipient{providers, dataScience, bank, plans, adPartners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Brands receive reports on how their products, coupons and ads perform among groups of households, not who bought them."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and your cart", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{activity},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and SDKs", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your digital account or with our request form"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link at the bottom of our sites or in the app's settings"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "We match what you give us, such as your Card number and phone number, with what we hold.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.kroger.example/i/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo,
			RequestMethods: []string{"our online request form", "1-800-576-4377"},
			TollFreeNumber: "1-800-576-4377", Under16: policy.AnswerNo, LargeVolume: true, MetricsURL: "https://www.kroger.example/i/privacy/ccpa-metrics",
			ShineTheLight: true},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer or calling Customer Connect", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "card", Name: "Kroger loyalty Card",
			Summary:    "Card members get sale prices, digital coupons, fuel points and personalised offers in exchange for our use of their shopping history.",
			Categories: []*policy.Category{contact, loyalty}, OptIn: "by signing up online, in the app or at a store", Withdraw: "by asking Customer Connect to close your Card",
			Value: "We estimate the value of members' information from the discounts and rewards they receive, which is reasonably related to that value."}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards suited to the sensitivity of the information."}},
		SecurityCaveat: true,
		SafetyTips:     []policy.SafetyTip{policy.SafetyTipKeepSecret},
		Links:          policy.Links{RequestForm: "https://www.kroger.example/i/privacy/request", CookieSettings: "https://www.kroger.example/i/privacy/your-privacy-choices"},
		Children:       policy.Children{MinimumAge: 13, Note: "Our sites are for a general audience, and we do not knowingly collect personal information online from children under 13."},
		Changes:        policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, EffectiveOnPosting: true},
		Contact:        policy.Contact{Name: "The Kroger Co., Attn: Privacy Office", Address: "1014 Vine Street, Cincinnati, OH 45202, USA", Email: "privacy@kroger.example", Phone: "1-800-576-4377"},
	}
	return realPolicy{"grocery retailer with pharmacy and loyalty card (Kroger)", p, []statement{
		{says: "The Kroger Co. in Cincinnati and its family of companies are responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Kroger") && strings.Contains(p.Controller.Address, "Cincinnati") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers the stores, fuel centers, sites and apps of all our banners, the Card, pickup and delivery", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "Ralphs")
		}},
		{says: "pharmacy and clinic patients' information is governed by HIPAA and our Notice of Privacy Practices, not by this policy", typed: func(p *policy.Policy) bool {
			c := p.Category("pharmacy")
			return c.GovernedBy == policy.SectoralHIPAA && strings.Contains(p.OtherNotices[0].Covers, "HIPAA") && p.OtherNotices[0].URL != ""
		}},
		{says: "our Consumer Health Data Privacy Notice covers consumer health data under Washington and Nevada law", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "Washington")
		}},
		{says: "sites we link to and social networks follow their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "we collect your name, addresses, email, phone number and account login", typed: func(p *policy.Policy) bool {
			return len(p.Category("contact").Items) == 4 && slices.Contains(p.Category("contact").CCPA, policy.CCPAIdentifiers)
		}},
		{says: "with your Card, or the phone number you enter, we record what you buy in stores, at fuel centers and online", typed: func(p *policy.Policy) bool {
			c := p.Category("loyalty")
			return strings.Contains(c.Items[0], "phone number") && slices.Contains(c.CCPA, policy.CCPACommercialInfo)
		}},
		{says: "the Card gives sale prices, digital coupons and fuel points", typed: func(p *policy.Policy) bool {
			return p.Purpose("loyalty").Uses(p.Category("loyalty")) && strings.Contains(p.Incentives[0].Summary, "fuel points")
		}},
		{says: "the Card is a financial incentive, and we explain how we value members' information and how to leave", typed: func(p *policy.Policy) bool {
			i := p.Incentives[0]
			return i.Value != "" && i.OptIn != "" && i.Withdraw != ""
		}},
		{says: "we collect card, gift card and EBT details to take payment", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Sensitivity == policy.SensitivitySensitive && len(p.Category("payment").Items) == 3
		}},
		{says: "we need your name, an address or store and a way to pay to take an online order for pickup or delivery", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Required != "" && p.Purpose("orders").Uses(p.Category("payment"))
		}},
		{says: "84.51°, our data science company, analyses shopping data to choose each household's coupons and offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").Recipients[0] == recipient(p, "8451") && recipient(p, "8451").Role == policy.RoleProcessor
		}},
		{says: "we infer the kind of household you shop for and your preferences", typed: func(p *policy.Policy) bool {
			c := p.Category("inferences")
			return len(c.DerivedFrom) == 3 && slices.Contains(c.CCPA, policy.CCPAInferences)
		}},
		{says: "we receive demographic and interest information from data companies, social networks and partners", typed: func(p *policy.Policy) bool {
			c := p.Category("third-party")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != ""
		}},
		{says: "through Kroger Precision Marketing we show ads for us and the brands we sell, on our sites and others, and measure them", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.Profiling && a.OptOut && slices.Contains(a.Recipients, recipient(p, "advertising"))
		}},
		{says: "brands get reports on how their products, coupons and ads perform, not who bought them", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && strings.Contains(d.Note, "Brands") && p.Purpose("insights").Uses(p.Category("loyalty"))
		}},
		{says: "we keep de-identified information de-identified", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we send our weekly ad and offers by email and mail, which you can stop", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "we text you only with your consent, and you stop by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && len(t.ConsentRequiredBy) == 1 && t.Withdraw != ""
		}},
		{says: "our pharmacists fill prescriptions, give immunisations and remind you of refills, sharing with your health plan and doctors", typed: func(p *policy.Policy) bool {
			r := p.Purpose("pharmacy")
			return r.Uses(p.Category("pharmacy")) && r.Recipients[0] == recipient(p, "plans") && r.Required != ""
		}},
		{says: "pharmacy information is confidential health information under HIPAA", typed: func(p *policy.Policy) bool {
			c := p.Category("pharmacy")
			return c.Sensitivity == policy.SensitivitySpecial && c.Secrecy.Kind == policy.SecrecyMedical
		}},
		{says: "applications for Kroger credit cards go to U.S. Bank, which handles them under its own notice and the Gramm-Leach-Bliley Act", typed: func(p *policy.Policy) bool {
			return p.Category("credit-card").GovernedBy == policy.SectoralGLBA && recipient(p, "bank").NoticeURL != ""
		}},
		{says: "we scan your ID to sell alcohol and tobacco only to people of legal age", typed: func(p *policy.Policy) bool {
			a := p.Purpose("age")
			return slices.Contains(a.AgeChecks, policy.AgeCheckDocument) && a.Required != "" && len(a.Obligations) == 1
		}},
		{says: "we use your purchase history to tell you when a product you bought is recalled", typed: func(p *policy.Policy) bool {
			return p.Purpose("recalls").Uses(p.Category("loyalty"))
		}},
		{says: "with your permission the app uses your location to find your store and show where products are", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we collect IP address, device, cookie and advertising identifiers, and what you view and search on our sites", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && slices.Contains(p.Category("activity").CCPA, policy.CCPAInternetActivity)
		}},
		{says: "we record calls with Customer Connect and keep your chats and survey answers", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Uses(p.Category("calls"))
		}},
		{says: "cameras record our stores, fuel centers and parking lots to protect people and prevent theft", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("video"))
		}},
		{says: "we analyse shopping to improve our stores, sites and what we sell", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Uses(p.Category("loyalty")) }},
		{says: "service providers act for us under contracts that limit their use of the information", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we disclose information on legal process, to protect people and property, and in a sale or merger", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we use cookies, pixels and SDKs to keep you signed in, analyse use and advertise", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 3 && cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Technology == policy.TechnologyPixel
		}},
		{says: "we do not respond to Do Not Track, but honour Global Privacy Control as an opt-out", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we sell and share identifiers, browsing activity and inferences for targeted advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 3 && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "you opt out with the Your Privacy Choices link", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale) && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "we use sensitive personal information only as the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may ask to know, access, correct, delete and take a copy of your information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests online or by calling Customer Connect, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && p.Links.RequestForm != "" && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify a request by matching your Card and contact details with ours", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDataPoints) && strings.Contains(p.Requests.VerificationDetail, "Card")
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal our answer, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "California residents may ask about disclosures for direct marketing, and we publish request numbers", typed: func(p *policy.Policy) bool {
			return p.CCPA.ShineTheLight && p.CCPA.LargeVolume && p.CCPA.MetricsURL != ""
		}},
		{says: "we keep information as long as our purposes and the law require, and keep what the law and fraud prevention need after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("contact").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we protect information with administrative, technical and physical safeguards", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "no system is completely secure, and you should keep your password safe", typed: func(p *policy.Policy) bool {
			return p.SecurityCaveat && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "our sites are for a general audience and we do not knowingly collect information from children under 13", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.Note != ""
		}},
		{says: "we post changes here with a new date, and they take effect when posted", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && !p.Effective.IsZero() }},
		{says: "questions go to our Privacy Office in Cincinnati or to Customer Connect", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Contact.Name, "Privacy Office") && p.Contact.Phone != ""
		}},
	}}
}

// realPolicyUs10Chime paraphrases, in our own words and as we recall it,
// the Privacy Policy of Chime Financial, Inc. for its members and the
// visitors to its websites and app in the United States, as published in
// 2024-2025, read with its U.S. Consumer Privacy Notice under the
// Gramm-Leach-Bliley Act and its California section. Chime is a financial
// technology company, not a bank: The Bancorp Bank, N.A. and Stride Bank,
// N.A. hold the accounts and issue the cards. The members' account,
// transaction and application information is governed by the
// Gramm-Leach-Bliley Act, and what Credit Builder reports to consumer
// reporting agencies by the Fair Credit Reporting Act; the CCPA reaches
// only the rest, such as visitors' device and browsing information used
// for advertising. SpotMe limits and MyPay advances are set from a
// member's direct deposits and account history. Addresses other than the
// headquarters and the toll-free number are illustrative.
func realPolicyUs10Chime() realPolicy {
	identity := &policy.Category{ID: "identity", Name: "Enrolment and identity information", Items: []string{"name, address, date of birth and phone number", "Social Security number", "a photo of your government ID, where we ask for one"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("the customer identification program rule, 31 CFR 1020.220(a)(3), for five years after the account is closed")}
	accounts := &policy.Category{ID: "accounts", Name: "Account and transaction information", Items: []string{"account, routing and card numbers", "balances, direct deposits and transactions", "your SpotMe limit, MyPay advances and Credit Builder payments", "the people you pay and who pay you"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, GovernedBy: policy.SectoralGLBA,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.AsRequiredBy("federal banking record rules, such as 31 CFR 1010.430, which keep records five years")}
	payroll := &policy.Category{ID: "payroll", Name: "Employment and payroll information", Items: []string{"your employer and pay dates", "the amount and timing of your pay"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your employer's payroll provider, when you switch your direct deposit to Chime",
		Linked: true, GovernedBy: policy.SectoralGLBA, Retention: policy.WhileAccountActive(policy.Period{})}
	reports := &policy.Category{ID: "credit-reports", Name: "Credit Builder reporting", Items: []string{"the payments you make with your Credit Builder card, which we report to consumer reporting agencies"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, GovernedBy: policy.SectoralFCRA,
		Retention: policy.AsRequiredBy("the Fair Credit Reporting Act")}
	credentials := &policy.Category{ID: "credentials", Name: "Sign-in information", Items: []string{"email and password", "one-time codes"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.WhileAccountActive(policy.Period{})}
	contacts := &policy.Category{ID: "contacts", Name: "Your phone's contacts", Items: []string{"the names and phone numbers in your contacts, if you let the app read them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, DevicePermission: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as you allow the app to read your contacts")}
	referrals := &policy.Category{ID: "referrals", Name: "Friends you refer", Items: []string{"the name and phone number or email address of a friend you invite to Chime"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to send the invitation and pay the referral bonus"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	device := &policy.Category{ID: "device", Name: "Device information and online activity", Items: []string{"IP address", "device identifiers and the device's settings", "pages you visit on our sites, and ads you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to secure accounts, measure our ads and improve our services"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location from your device", Items: []string{"your device's precise location, if you allow it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as needed to find ATMs near you and to prevent fraud")}
	calls := &policy.Category{ID: "calls", Name: "Calls and chats with Member Services", Items: []string{"recordings of calls", "chats in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as needed to serve you and as regulations require")}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other companies", Items: []string{"identity verification and fraud results", "information from consumer reporting agencies to verify who you are", "demographic information and interests from marketing partners"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "identity verification services, consumer reporting agencies and marketing partners",
		Linked: true, Retention: policy.ByCriteria("as long as needed for the purpose we obtained it for and as the law requires"),
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPAIdentifiers}}

	banks := &policy.Recipient{ID: "banks", Name: "The Bancorp Bank, N.A. and Stride Bank, N.A., the banks that hold your account and issue your card", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, accounts, payroll}, Purpose: "to open and hold your accounts and issue your cards, under their own privacy notices", NoticeURL: "https://www.chime.example/policies/bank-privacy"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for card processing, identity verification, hosting, customer support and marketing", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{identity, accounts, credentials, calls, device, location, contacts}}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "the consumer reporting agencies Experian, Equifax and TransUnion", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{identity, reports}, Purpose: "you use Credit Builder, whose payments we report to them"}
	aggregators := &policy.Recipient{ID: "aggregators", Name: "apps and services you connect to your Chime account, such as budgeting apps and Plaid", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{accounts}, Purpose: "you authorise them to reach your account information"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising companies and social media platforms that show our ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device}, Purpose: "to show our ads to people likely to be interested in Chime, on other sites and apps, and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and other government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{identity, accounts, calls, device}, Purpose: "the law requires a report, they examine us or our partner banks, or they serve valid legal process on us"}

	open := &policy.Purpose{ID: "open", Name: "Opening your account and verifying your identity", Categories: []*policy.Category{identity, thirdParty},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{banks, providers},
		Obligations: []policy.Obligation{{Act: "USA PATRIOT Act, s. 326, and 31 CFR 1020.220 (customer identification programs for banks)", Region: regionUS}},
		Required:    "you must give your name, address, date of birth and Social Security number to open an account; without them we cannot open it"}
	service := &policy.Purpose{ID: "service", Name: "Providing your accounts, cards, direct deposit and transfers", Categories: []*policy.Category{accounts, payroll, credentials},
		Recipients: []*policy.Recipient{banks, providers, aggregators}}
	spotme := &policy.Purpose{ID: "spotme", Name: "Deciding whether you qualify for SpotMe and MyPay and setting your limits", Categories: []*policy.Category{accounts, payroll},
		Recipients: []*policy.Recipient{banks},
		Automated:  "your SpotMe limit and how much you can get with MyPay are set automatically from your direct deposits and account history, and may change as they change"}
	creditBuilder := &policy.Purpose{ID: "credit-builder", Name: "Running Credit Builder and reporting your payments to consumer reporting agencies", Categories: []*policy.Category{accounts, reports},
		Recipients: []*policy.Recipient{bureaus}}
	pay := &policy.Purpose{ID: "pay-anyone", Name: "Letting you send money to and receive money from other people with Pay Anyone", Categories: []*policy.Category{accounts, contacts},
		Recipients: []*policy.Recipient{providers}}
	contactsP := &policy.Purpose{ID: "contacts", Name: "Finding the people in your contacts you can pay", Categories: []*policy.Category{contacts},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off contact access for the app in your device's settings"}
	locate := &policy.Purpose{ID: "location", Name: "Finding fee-free ATMs near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	security := &policy.Purpose{ID: "security", Name: "Authenticating you, protecting your account and preventing fraud", Categories: []*policy.Category{credentials, accounts, device, location, thirdParty},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetCard, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundUnauthorised, policy.SuspensionGroundAccountTakeover},
			Contest: "by contacting Member Services in the app or by phone", HumanReview: true}}
	compliance := &policy.Purpose{ID: "compliance", Name: "Complying with banking laws, anti-money laundering and sanctions rules, and legal process", Categories: []*policy.Category{identity, accounts, calls, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities, banks},
		Obligations: []policy.Obligation{{Act: "Bank Secrecy Act, 31 U.S.C. 5311 et seq.", Region: regionUS}, {Act: "OFAC sanctions regulations, 31 CFR Chapter V", Region: regionUS}},
		TippingOff:  []policy.Obligation{{Act: "31 U.S.C. 5318(g)(2)", Region: regionUS}},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about Chime's products and offers by email and push notification", Categories: []*policy.Category{accounts, identity},
		OptOut: true, Recipients: []*policy.Recipient{providers}}
	refer := &policy.Purpose{ID: "referrals", Name: "Sending invitations to the friends you refer and paying referral bonuses", Categories: []*policy.Category{referrals},
		Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing our ads on other websites, apps and social media, and measuring them", Categories: []*policy.Category{device},
		OptOut: true, Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	support := &policy.Purpose{ID: "support", Name: "Answering your calls and chats", Categories: []*policy.Category{calls, accounts},
		Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing and improving our app, sites and products", Categories: []*policy.Category{device, accounts},
		Recipients: []*policy.Recipient{providers}}

	p := &policy.Policy{
		Title:      "Chime Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Chime Financial, Inc.", Address: "101 California Street, Suite 500, San Francisco, CA 94111, USA", Phone: "1-844-244-6363"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		URL:   "https://www.chime.example/policies/privacy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"the Chime app, chime.com and our other online services"},
		OtherNotices: []policy.Notice{
			{Covers: "members' nonpublic personal information under the Gramm-Leach-Bliley Act (our U.S. Consumer Privacy Notice)", URL: "https://www.chime.example/policies/glba-notice"},
			{Covers: "our employees and job applicants"},
		},
		Introduction: []string{"Chime is a financial technology company, not a bank. Banking services are provided by The Bancorp Bank, N.A. or Stride Bank, N.A., Members FDIC."},
		External:     []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalConnectedApps},
		NotCollected: []policy.Exclusion{{ID: "biometrics", Name: "the fingerprint or face you use to unlock the app", Class: policy.DataClassBiometric,
			Note: "Your device checks it, and we learn only whether it matched."}},
		Categories: []*policy.Category{identity, accounts, payroll, reports, credentials, contacts, referrals, device, location, calls, thirdParty},
		Purposes:   []*policy.Purpose{open, service, spotme, creditBuilder, pay, contactsP, locate, security, compliance, marketing, refer, ads, support, analytics},
		Recipients: []*policy.Recipient{banks, providers, bureaus, aggregators, adPartners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and recognise your device", Party: policy.PartyFirst, Purpose: security, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and SDKs", Technology: policy.TechnologySDK, Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link on chime.com or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://www.chime.example/policies/your-privacy-choices", Under16: policy.AnswerNo,
			RequestMethods: []string{"the privacy request form on chime.com", "1-844-244-6363"}, TollFreeNumber: "1-844-244-6363"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by emailing privacy@chime.example with the subject \"Appeal\"", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep physical, technical and administrative safeguards that comply with federal standards for financial institutions."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages, policy.SafetyTipTwoStep},
		Links:      policy.Links{RequestForm: "https://www.chime.example/policies/privacy-request", CookieSettings: "https://www.chime.example/policies/your-privacy-choices"},
		Children:   policy.Children{MinimumAge: 18, Note: "You must be 18 or older to open a Chime account, and our services are not meant for children."},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Name: "Chime Privacy Team", Address: "101 California Street, Suite 500, San Francisco, CA 94111, USA", Email: "privacy@chime.example", Phone: "1-844-244-6363"},
		GLBA: policy.GLBANotice{Sharing: []policy.GLBASharing{
			{Reason: policy.GLBAAffiliatesMarketing, Shares: policy.AnswerNo},
			{Reason: policy.GLBANonaffiliatesMarketing, Shares: policy.AnswerNo},
		}},
	}
	return realPolicy{"fintech banking app (Chime)", p, []statement{
		{says: "Chime Financial in San Francisco is responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Chime Financial, Inc." && strings.Contains(p.Controller.Address, "San Francisco")
		}},
		{says: "Chime is a financial technology company, not a bank; its partner banks provide the banking services", free: toIntroduction},
		{says: "The Bancorp Bank and Stride Bank hold your account and issue your card, under their own privacy notices", typed: func(p *policy.Policy) bool {
			r := recipient(p, "banks")
			return r.NoticeURL != "" && slices.Contains(r.Categories, p.Category("accounts"))
		}},
		{says: "the policy covers the app, chime.com and our other online services", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "chime.com")
		}},
		{says: "our U.S. Consumer Privacy Notice under the Gramm-Leach-Bliley Act also applies to members", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Gramm-Leach-Bliley") && p.OtherNotices[0].URL != ""
		}},
		{says: "members' account, transaction and application information is governed by the Gramm-Leach-Bliley Act and not by the state privacy laws", typed: func(p *policy.Policy) bool {
			for _, id := range []string{"identity", "accounts", "payroll", "credentials"} {
				if c := p.Category(id); c.GovernedBy != policy.SectoralGLBA || len(c.CCPA) != 0 {
					return false
				}
			}
			return true
		}},
		{says: "to open an account we collect your name, address, date of birth, phone number and Social Security number, and may ask for a photo of your ID", typed: func(p *policy.Policy) bool {
			c := p.Category("identity")
			return len(c.Items) == 3 && c.Sensitivity == policy.SensitivitySensitive && p.Purpose("open").Required != ""
		}},
		{says: "federal law requires us to verify your identity when you open an account", typed: func(p *policy.Policy) bool {
			return p.Purpose("open").HasBasis(policy.BasisLegalObligation) && strings.Contains(p.Purpose("open").Obligations[0].Act, "PATRIOT")
		}},
		{says: "we check your identity with identity verification services and consumer reporting agencies", typed: func(p *policy.Policy) bool {
			c := p.Category("third-party")
			return strings.Contains(c.SourceDetail, "identity verification") && p.Purpose("open").Uses(c)
		}},
		{says: "we do not check your credit to open an account", free: toPurpose("open")},
		{says: "we keep your account numbers, balances, direct deposits and transactions to provide your accounts and card", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("accounts")) && len(p.Category("accounts").Items) == 4
		}},
		{says: "when you switch your direct deposit we receive your employer and pay details from its payroll provider", typed: func(p *policy.Policy) bool {
			c := p.Category("payroll")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "payroll")
		}},
		{says: "your SpotMe limit and MyPay amount are set automatically from your direct deposits and account history", typed: func(p *policy.Policy) bool {
			return p.Purpose("spotme").Automated != "" && p.Purpose("spotme").Uses(p.Category("payroll"))
		}},
		{says: "we report your Credit Builder payments to Experian, Equifax and TransUnion", typed: func(p *policy.Policy) bool {
			return p.Category("credit-reports").GovernedBy == policy.SectoralFCRA && p.Purpose("credit-builder").Recipients[0] == recipient(p, "bureaus")
		}},
		{says: "people you pay or who pay you with Pay Anyone see your name", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("accounts").VisibleTo, policy.AudienceCounterparts) && p.Purpose("pay-anyone").Uses(p.Category("accounts"))
		}},
		{says: "if you allow it, the app reads your contacts to find people you can pay", typed: func(p *policy.Policy) bool {
			return p.Category("contacts").DevicePermission && p.Purpose("contacts").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "when you refer a friend we use the contact details you give to invite them and pay the bonus", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("referrals").Sources, policy.SourceOtherUsers) && p.Purpose("referrals").Uses(p.Category("referrals"))
		}},
		{says: "if you allow it, we use your location to find ATMs near you and to prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").RestsOnConsent() && p.Purpose("security").Uses(p.Category("location"))
		}},
		{says: "if you unlock the app with your fingerprint or face, your device checks it and we do not receive it", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Class == policy.DataClassBiometric
		}},
		{says: "apps you connect to your account, such as through Plaid, receive your account information under their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalConnectedApps) && recipient(p, "aggregators").Conditional
		}},
		{says: "we record calls with Member Services and keep chats", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Uses(p.Category("calls"))
		}},
		{says: "we collect IP address, device identifiers and how you use our sites automatically", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && slices.Contains(p.Category("device").CCPA, policy.CCPAInternetActivity)
		}},
		{says: "we use your information to protect your account and prevent fraud, and may block your card, account or payments", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetCard) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "we comply with anti-money laundering and sanctions laws and report to regulators and law enforcement as required", typed: func(p *policy.Policy) bool {
			c := p.Purpose("compliance")
			return len(c.Obligations) == 2 && len(c.TippingOff) == 1 && slices.Contains(c.Recipients, recipient(p, "authorities"))
		}},
		{says: "we share with service providers who act for us under contract", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we do not share your information with other companies so that they can market to you", typed: func(p *policy.Policy) bool {
			return glbaAnswers(p, policy.GLBANonaffiliatesMarketing, policy.AnswerNo, 0)
		}},
		{says: "we do not share with our affiliates so that they can market to you", typed: func(p *policy.Policy) bool {
			return glbaAnswers(p, policy.GLBAAffiliatesMarketing, policy.AnswerNo, 0)
		}},
		{says: "we tell you about our products by email and push notification, and you can unsubscribe", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "advertising partners' cookies and pixels on our sites help show our ads elsewhere, which is sharing under the CCPA; we do not sell", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "you opt out of sharing and targeted advertising with the Your Privacy Choices link or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may ask to know, access, correct, delete and take a copy of your information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests online or by calling Member Services, verify by signing in, and may use an authorised agent", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && slices.Contains(p.Requests.Verification, policy.VerificationSignedIn) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal our answer by email, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.USStates.Appeal.How, "Appeal") && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we disclose information on legal process, to protect people and Chime, in a sale of the business, and in aggregate form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep account records as long as banking law requires, even after you close your account or ask us to delete", typed: func(p *policy.Policy) bool {
			return p.Category("accounts").Retention.Kind == policy.RetentionRequiredByLaw && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we protect information with safeguards that comply with federal standards, including encryption", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureInternalRules)
		}},
		{says: "we will never ask for your password or PIN; beware of messages pretending to be from us, and turn on two-step sign-in", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipTwoStep)
		}},
		{says: "you can lock your card in the app if you lose it", free: toIntroduction},
		{says: "you must be 18 to open an account, and our services are not for children", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "questions go to our privacy team by email or to Member Services", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" && p.Contact.Phone != "" }},
	}}
}
