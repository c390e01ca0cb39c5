package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// realPolicyUk4BT paraphrases, in our own words and as we recall it, the
// privacy policy of British Telecommunications plc (BT) for its consumer
// customers, as published in 2025: BT sells broadband, landlines, BT
// Mobile (on the network of EE, a company of the same group) and BT TV,
// some of it on credit, and has Openreach, another company of the group,
// install and repair lines. It checks identity and credit with the credit
// reference and fraud prevention agencies and scores applications
// automatically, keeps communications data to carry and bill calls and
// under the Investigatory Powers Act 2016, diverts suspected nuisance
// calls with BT Call Protect, lists landline customers in The Phone Book
// and directory enquiries unless they choose to be ex-directory, markets
// to its customers under the soft opt-in of PECR reg. 22(3), sets
// advertising cookies only with consent (reg. 6), and moves data to the
// group's companies abroad under its Binding Corporate Rules. It declares
// the UK GDPR and the Data Protection Act 2018; the version we recall
// predates the commencement of the Data (Use and Access) Act 2025's
// changes to the UK GDPR (5 February 2026) and of s. 164A of the 2018 Act
// (19 June 2026), so neither Arts. 22A-22D nor the complaint timetable
// (Policy.ComplaintTimetable) apply to it.
func realPolicyUk4BT() realPolicy {
	gb := regionGB
	conditions := "Ofcom's General Conditions of Entitlement under the Communications Act 2003"
	contact := &policy.Category{ID: "contact", Name: "Your details",
		Items:       []string{"name", "home and billing addresses", "email address and phone numbers", "date of birth", "your BT ID and password", "the security questions and passcode we check when you call"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you are our customer, and then as long as we need it to answer questions or claims and to meet our legal and tax obligations")}
	account := &policy.Category{ID: "account", Name: "Account and billing information",
		Items:       []string{"the products and services you have with us", "your bills and payments", "the bank details of your Direct Debit", "credit agreements for devices you buy from us", "arrears and debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(6), From: policy.EventAccountClosure,
			Criteria: "the time in which a claim can be brought and tax law asks us to keep records"}}
	credit := &policy.Category{ID: "credit", Name: "Credit and fraud check results", Items: []string{"credit history and score", "county court judgments and insolvencies", "fraud markers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, Linked: true,
		SourceDetail: "the credit reference agencies TransUnion, Equifax and Experian, and fraud prevention agencies such as Cifas",
		Retention:    policy.WhileAccountActive(policy.Years(6))}
	traffic := &policy.Category{ID: "traffic", Name: "Communications data",
		Items: []string{"the numbers you call and that call you, with the date, time and length of each call", "texts you send and receive, without their content",
			"the data you use and the IP addresses your connection is given", "for BT Mobile, the mast your phone connects to, and so roughly where it is"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to carry and bill your calls and data, and up to twelve months where a notice under the Investigatory Powers Act 2016 requires us to retain it")}
	network := &policy.Category{ID: "network", Name: "Your line and Smart Hub", Items: []string{"how your broadband line and Smart Hub are performing", "the names and kinds of devices connected to your Smart Hub"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(12), policy.EventCollection)}
	viewing := &policy.Category{ID: "viewing", Name: "BT TV viewing", Items: []string{"channels and programmes watched on your BT TV box and the BT TV app", "recordings", "films and programmes you buy or rent from the BT TV Store"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceSharedAccountUsers},
		Retention: policy.ByCriteria("as long as it helps us run BT TV and recommend programmes, and then in a form that no longer identifies you")}
	callers := &policy.Category{ID: "callers", Name: "Numbers that call our customers", Items: []string{"the numbers that call our customers, and how often and to how many", "the numbers you add to your own BT Call Protect blacklist"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser},
		Retention: policy.ByCriteria("as long as a number keeps calling in a way that marks it as a nuisance caller")}
	calls := &policy.Category{ID: "calls", Name: "Calls, chats and complaints", Items: []string{"recordings of calls with our advisers", "online chats and messages", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Extra support needs", Items: []string{"health conditions and disabilities you tell us about", "needs such as a priority fault repair or bills in Braille or large print"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until you ask us to remove it, or you leave us")}
	online := &policy.Category{ID: "online", Name: "Website and app use", Items: []string{"IP address", "device and advertising identifiers", "pages you visit on bt.com and in the My BT app", "whether you open our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	directory := &policy.Category{ID: "directory", Name: "Phone book listing", Items: []string{"name", "address", "landline number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityDefault, Linked: true,
		Retention: policy.Until(policy.EventContractEnd)}

	cras := &policy.Recipient{ID: "cras", Name: "credit reference agencies (TransUnion, Equifax and Experian)", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, account, credit}, Purpose: "to check your identity and credit, and to record how you pay your bills",
		NoticeURL: "https://www.transunion.example/crain", Retention: policy.Years(6)}
	fpas := &policy.Recipient{ID: "fpas", Name: "fraud prevention agencies such as Cifas", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, credit}, Purpose: "to prevent fraud and money laundering and to check your identity", Retention: policy.Years(6)}
	openreach := &policy.Recipient{ID: "openreach", Name: "Openreach Limited", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, network}, Purpose: "to install, repair and maintain the line to your home, which its network carries"}
	ee := &policy.Recipient{ID: "ee", Name: "EE Limited", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{contact, traffic}, Purpose: "to carry BT Mobile calls, texts and data on its network for us"}
	group := &policy.Recipient{ID: "group", Name: "other companies of the BT Group, some of them outside the UK", Role: policy.RoleProcessor,
		Categories: []*policy.Category{contact, account, calls}, Purpose: "to run shared systems, IT and customer service for us"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "service providers for IT, contact centres, engineering, deliveries and mailings", Role: policy.RoleProcessor,
		Categories: []*policy.Category{contact, account, network, calls, online}}
	operators := &policy.Recipient{ID: "operators", Name: "other telecoms operators", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{traffic, contact}, Purpose: "to connect your calls, move your number when you switch, and serve you when you roam"}
	emergency := &policy.Recipient{ID: "emergency", Name: "the emergency services", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{contact, traffic}, Purpose: "to find and help you when you call 999 or 112"}
	directories := &policy.Recipient{ID: "directories", Name: "phone book publishers and directory enquiry services", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{directory}, Purpose: "to list your landline number, unless you are ex-directory"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty, Country: gb, Conditional: true,
		Categories: []*policy.Category{contact, account}, Purpose: "you do not pay what you owe us and do not agree a way to pay it"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to show you BT ads on other websites and apps and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, security and intelligence agencies, Ofcom and other authorities", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{contact, account, traffic}, Purpose: "the law requires it, such as a warrant or an authorisation under the Investigatory Powers Act 2016"}

	services := &policy.Purpose{ID: "services", Name: "Providing, installing and repairing your broadband, phone, mobile and TV services",
		Categories: []*policy.Category{contact, account, traffic, network, viewing}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{openreach, ee, group, suppliers, operators},
		Required:   "we need your name, address, date of birth and contact details to give you our services; without them we cannot"}
	billing := &policy.Purpose{ID: "billing", Name: "Billing you and collecting what you owe",
		Categories: []*policy.Category{contact, account, traffic}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{suppliers, collectors}}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Checking your identity and credit before we supply you or lend to you, and recording how you pay",
		Categories:  []*policy.Category{contact, account, credit},
		Bases:       []policy.Basis{policy.BasisContract, policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest:    "making sure our customers are who they say they are and can pay, and helping the industry lend responsibly",
		Obligations: []policy.Obligation{{Act: "the Financial Conduct Authority's Consumer Credit sourcebook (CONC 5.2A), under the Financial Services and Markets Act 2000", Region: gb}},
		Recipients:  []*policy.Recipient{cras},
		Automated:   "our systems score your application from your credit file and what you tell us, and decide whether to accept it and whether to ask for a deposit or set a limit on your spending"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing and detecting fraud, including SIM swaps and number takeovers",
		Categories: []*policy.Category{contact, account, credit, traffic}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting you and BT from fraud, such as someone opening an account or taking over your number in your name", Recipients: []*policy.Recipient{fpas}}
	networkOps := &policy.Purpose{ID: "network", Name: "Running, protecting and planning our networks",
		Categories: []*policy.Category{traffic, network}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "keeping our networks secure and reliable, managing traffic and planning where to build", Recipients: []*policy.Recipient{openreach, ee}}
	protect := &policy.Purpose{ID: "callprotect", Name: "Spotting nuisance callers and diverting their calls to a junk voicemail with BT Call Protect",
		Categories: []*policy.Category{callers, traffic}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers from nuisance and scam calls", OptOut: true}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending programmes on BT TV from what you watch",
		Categories: []*policy.Category{viewing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping you find programmes you will like", Profiling: true, OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling our customers about BT products, offers and rewards by email and text message",
		Categories: []*policy.Category{contact, account}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products and offers like those they already have", OptOut: true, Profiling: true,
		ConsentExemptBy: []policy.Obligation{uk3PECR("22(3)")}, Recipients: []*policy.Recipient{suppliers}}
	calling := &policy.Purpose{ID: "marketing.calls", DirectMarketing: true, Name: "Telling our customers about BT products and offers by phone and post",
		Categories: []*policy.Category{contact, account}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products and offers like those they already have", OptOut: true, Recipients: []*policy.Recipient{suppliers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you BT ads on other websites, apps and social media",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings on bt.com or the privacy settings of the My BT app", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how bt.com and our apps are used, to improve them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{suppliers}}
	extraHelp := &policy.Purpose{ID: "support", Name: "Giving you extra help where you need it",
		Categories: []*policy.Category{support, contact}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Obligations: []policy.Obligation{{Act: conditions + ", condition C5 (measures for end-users who are vulnerable)", Region: gb}},
		Withdraw:    "by asking us to take it off your account", Recipients: []*policy.Recipient{openreach, suppliers},
		Required: "telling us is up to you; if you do not, we cannot adapt our service to your needs"}
	calls999 := &policy.Purpose{ID: "emergency", Name: "Connecting 999 and 112 calls and telling the emergency services where you are",
		Categories: []*policy.Category{contact, traffic}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{emergency},
		Obligations: []policy.Obligation{{Act: conditions + ", condition A3 (emergency call access and caller location information)", Region: gb}}}
	listing := &policy.Purpose{ID: "directory", Name: "Listing your landline in The Phone Book and directory enquiries, unless you are ex-directory",
		Categories: []*policy.Category{directory}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "keeping the phone book and directory enquiries complete, which we provide as the universal service provider", OptOut: true,
		Recipients: []*policy.Recipient{directories}}
	service := &policy.Purpose{ID: "service", Name: "Answering your calls, chats and complaints, and training our people",
		Categories: []*policy.Category{contact, account, calls}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "resolving customers' questions and complaints and checking and improving the quality of our service", Recipients: []*policy.Recipient{suppliers, group}}
	lawful := &policy.Purpose{ID: "lawful", Name: "Retaining communications data and disclosing it where the law requires",
		Categories: []*policy.Category{contact, traffic}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Investigatory Powers Act 2016", Region: gb}}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounts and meeting our regulators' rules",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Companies Act 2006, the Value Added Tax Act 1994 and " + conditions, Region: gb}}}

	p := &policy.Policy{
		Title: "BT privacy policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "British Telecommunications plc", Address: "One Braham, 1 Braham Street, London E1 8EE"},
			Country: gb, Registration: "registered in England and Wales under company number 1800000, and authorised and regulated by the Financial Conduct Authority for consumer credit"},
		DPO:     &policy.Contact{Name: "BT Group Data Protection Officer", Email: "dpo@bt.example", Address: "One Braham, 1 Braham Street, London E1 8EE"},
		Version: "2025", Effective: policy.MakeDate(2025, time.May, 1), Updated: policy.MakeDate(2025, time.May, 1),
		Laws:  []policy.Law{policy.UKGDPR},
		Scope: []string{"BT Broadband, BT landlines, BT Mobile and BT TV, bt.com and the My BT app"},
		OtherNotices: []policy.Notice{{Covers: "EE customers", URL: "https://ee.example/privacy"}, {Covers: "Plusnet customers", URL: "https://www.plus.example/privacy"},
			{Covers: "BT Business customers", URL: "https://business.bt.example/privacy"}, {Covers: "our employees and job applicants"}},
		External:    []policy.ExternalService{policy.ExternalLinkedSites},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{contact, account, credit, traffic, network, viewing, callers, calls, support, online, directory},
		NotCollected: []policy.Exclusion{
			{ID: "content", Name: "the content of your calls, texts and emails, or the websites you visit", Category: traffic,
				Note: "Our networks carry them without our keeping them, unless a warrant under the Investigatory Powers Act 2016 requires it."},
		},
		Purposes: []*policy.Purpose{services, billing, creditCheck, fraud, networkOps, protect, recommend, marketing, calling, ads, analytics, extraHelp, calls999, listing,
			service, lawful, records},
		Recipients: []*policy.Recipient{cras, fpas, openreach, ee, group, suppliers, operators, emergency, directories, collectors, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionIN, Recipient: group, Categories: []*policy.Category{contact, account, calls}, Safeguard: policy.SafeguardBindingCorporateRules,
				Note: "Our Binding Corporate Rules are published on bt.com."},
			{Origin: gb, Destination: regionIN, Recipient: suppliers, Categories: []*policy.Category{contact, account, calls}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask our Data Protection Officer for a copy of the agreement."},
			{Origin: gb, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: gb, ChosenDestination: policy.ChosenDestinationTravel, Recipient: operators, Categories: []*policy.Category{traffic, contact}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: services, Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "performance cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in My BT or by writing to our Data Protection Officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking us to have a person look at the decision again, and telling us your view"},
			policy.Right{Kind: policy.RightControllerComplaint, How: "by writing to our Data Protection Officer"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Deadline: policy.Months(1),
			Extension: policy.Months(2)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureIncidentDetection}},
		Links:    policy.Links{CookieSettings: "https://www.bt.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 18, Note: "Account holders must be 18 or over; children may use our services under an adult's account."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelHomePage}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dpo@bt.example"},
	}
	return realPolicy{"broadband, phone and mobile provider (BT)", p, []statement{
		{says: "British Telecommunications plc, at 1 Braham Street in London and registered in England and Wales, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "British Telecommunications plc" && strings.Contains(p.Controller.Address, "Braham Street") && strings.Contains(p.Controller.Registration, "England and Wales")
		}},
		{says: "BT is authorised by the Financial Conduct Authority to lend to its customers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "Financial Conduct Authority")
		}},
		{says: "the BT Group Data Protection Officer can be written to by email or post", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != "" }},
		{says: "this policy covers BT's consumer broadband, landline, mobile and TV services; EE, Plusnet and BT Business have their own", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && len(p.OtherNotices) == 4 && strings.Contains(p.OtherNotices[1].Covers, "Plusnet")
		}},
		{says: "we collect your name, addresses, contact details and date of birth, and the security details we check when you call", typed: func(p *policy.Policy) bool {
			c := p.Category("contact")
			return slices.Contains(c.Items, "date of birth") && slices.Contains(c.Items, "the security questions and passcode we check when you call")
		}},
		{says: "you must be 18 or over to be a BT customer", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we need your details to provide our services, and cannot without them", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").Required != "" && p.Purpose("services").RestsOn(policy.BasisContract, policy.UKGDPR)
		}},
		{says: "Openreach installs and repairs the line to your home, so we give it your name, address and details of your line", typed: func(p *policy.Policy) bool {
			r := recipient(p, "openreach")
			return slices.Contains(p.Purpose("services").Recipients, r) && slices.Contains(r.Categories, p.Category("network"))
		}},
		{says: "BT Mobile runs on the network of EE, another BT Group company, which carries your calls and data for us", typed: func(p *policy.Policy) bool {
			r := recipient(p, "ee")
			return r.Role == policy.RoleProcessor && slices.Contains(r.Categories, p.Category("traffic"))
		}},
		{says: "other BT Group companies run shared systems and customer service for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && slices.Contains(p.Purpose("service").Recipients, recipient(p, "group"))
		}},
		{says: "we check your identity and credit with credit reference agencies before we supply you or lend to you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("credit").Recipients, recipient(p, "cras")) && slices.Contains(p.Category("credit").Sources, policy.SourceThirdParty)
		}},
		{says: "the credit reference agencies explain how they use data in their joint information notice, CRAIN", typed: func(p *policy.Policy) bool { return recipient(p, "cras").NoticeURL != "" }},
		{says: "we tell the credit reference agencies how you pay, and they may keep it for six years", typed: func(p *policy.Policy) bool {
			return recipient(p, "cras").Retention == policy.Years(6) && slices.Contains(recipient(p, "cras").Categories, p.Category("account"))
		}},
		{says: "the FCA's rules require us to check that you can afford credit", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("credit")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && strings.Contains(pu.Obligations[0].Act, "CONC")
		}},
		{says: "our systems decide automatically whether to accept your application and whether to ask for a deposit", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && p.Purpose("credit").HasBasis(policy.BasisContract)
		}},
		{says: "you can ask for a person to look at an automated decision again and give us your view", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightNoAutomatedDecision && r.How != "" })
		}},
		{says: "we share data with fraud prevention agencies such as Cifas, which may keep it for six years", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("fraud").Recipients, recipient(p, "fpas")) && recipient(p, "fpas").Retention == policy.Years(6)
		}},
		{says: "we watch for fraud such as SIM swaps and number takeovers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("fraud").Name, "SIM swaps") && p.Purpose("fraud").Uses(p.Category("traffic"))
		}},
		{says: "our networks record who you call, when and for how long, the data you use and, for BT Mobile, the mast you connect to", typed: func(p *policy.Policy) bool {
			c := p.Category("traffic")
			return len(c.Items) == 4 && slices.Equal(c.Sources, []policy.Source{policy.SourceAutomatic})
		}},
		{says: "we do not keep the content of your calls, texts and emails or the websites you visit, unless a warrant requires it", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("traffic") && strings.Contains(p.NotCollected[0].Note, "warrant")
		}},
		{says: "we use communications data to bill you and to run, protect and plan our networks", typed: func(p *policy.Policy) bool {
			return p.Purpose("billing").Uses(p.Category("traffic")) && p.Purpose("network").Uses(p.Category("traffic")) && p.Purpose("network").Interest != ""
		}},
		{says: "we see how your line and Smart Hub perform and which devices are connected, to fix problems", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").Uses(p.Category("network")) && len(p.Category("network").Items) == 2
		}},
		{says: "we pass data to other operators to connect your calls, move your number and let you roam", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.ChosenDestination == policy.ChosenDestinationTravel && t.Recipient == recipient(p, "operators")
			})
		}},
		{says: "BT Call Protect spots nuisance callers from the pattern of their calls and sends them to a junk voicemail, and you can turn it off", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("callprotect")
			return pu.OptOut && pu.Uses(p.Category("callers")) && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "you can add numbers you do not want to hear from to your own BT Call Protect blacklist", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("callers").Sources, policy.SourceUser) && len(p.Category("callers").Items) == 2
		}},
		{says: "BT TV records what you watch, record and buy, and everyone in your home who uses the box shares that history", typed: func(p *policy.Policy) bool {
			c := p.Category("viewing")
			return slices.Contains(c.VisibleTo, policy.AudienceSharedAccountUsers) && len(c.Items) == 3
		}},
		{says: "we recommend programmes from what you watch, and you can turn this off", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("recommendations")
			return pu.Profiling && pu.OptOut && pu.Uses(p.Category("viewing"))
		}},
		{says: "we email and text our customers about products like theirs, as PECR allows for existing customers, and they can opt out at any time", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.OptOut && len(pu.ConsentExemptBy) == 1 && strings.HasSuffix(pu.ConsentExemptBy[0].Act, "reg. 22(3)") && !pu.RestsOnConsent()
		}},
		{says: "we may call or write to you about offers unless you tell us not to", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing.calls")
			return pu.OptOut && pu.DirectMarketing && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "advertising cookies are set only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Purpose("advertising").RestsOnConsent() && p.Links.CookieSettings != ""
		}},
		{says: "performance cookies need your consent too, and strictly necessary cookies do not", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "with your explicit consent we record health conditions and other needs to give you extra help, as Ofcom's rules ask", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("support")
			return p.Category("support").Sensitivity == policy.SensitivitySpecial && pu.RestsOn(policy.BasisExplicitConsent, policy.UKGDPR) &&
				pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && strings.Contains(pu.Obligations[0].Act, "C5")
		}},
		{says: "we tell Openreach if you need a priority repair because of your health", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("support").Recipients, recipient(p, "openreach"))
		}},
		{says: "when you call 999 or 112 we give the emergency services your location", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("emergency").Recipients, recipient(p, "emergency")) && p.Purpose("emergency").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "we list your landline in The Phone Book and directory enquiries unless you ask to be ex-directory, which is free", typed: func(p *policy.Policy) bool {
			return p.Category("directory").Visibility == policy.VisibilityDefault && p.Purpose("directory").OptOut &&
				slices.Contains(p.Purpose("directory").Recipients, recipient(p, "directories"))
		}},
		{says: "we record calls to train our people and sort out complaints, and tell you when we do", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("service").Uses(p.Category("calls"))
		}},
		{says: "we keep communications data and give it to the authorities as the Investigatory Powers Act 2016 requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("lawful").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && recipient(p, "authorities").Conditional
		}},
		{says: "if you do not pay, we may pass your debt to a collection agency", typed: func(p *policy.Policy) bool {
			return recipient(p, "collectors").Conditional && slices.Contains(p.Purpose("billing").Recipients, recipient(p, "collectors"))
		}},
		{says: "BT Group companies outside the UK, such as in India, receive data under our Binding Corporate Rules, which we publish", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Safeguard == policy.SafeguardBindingCorporateRules && t.Destination == regionIN && t.Recipient == recipient(p, "group") && t.Note != ""
		}},
		{says: "other suppliers abroad are bound by the UK's international data transfer agreement, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			t := p.Transfers[1]
			return t.Safeguard == policy.SafeguardUKTransferAgreement && t.Recipient == recipient(p, "suppliers") && t.Note != ""
		}},
		{says: "contact centres, engineers and other suppliers act on our instructions", typed: func(p *policy.Policy) bool { return recipient(p, "suppliers").Role == policy.RoleProcessor }},
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "if BT is sold or merges, data passes to the new owner", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep account and billing records for six years after you leave", typed: func(p *policy.Policy) bool {
			r := p.Category("account").Retention
			return r.Kind == policy.RetentionWhileActive && r.Period == policy.Years(6) && r.From == policy.EventAccountClosure
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to its use and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we check who you are before answering a request, and answer within a month, or three for complex ones", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDataPoints) && p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "if you are unhappy, write to our Data Protection Officer; you may also complain to the ICO", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightControllerComplaint) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we protect data with encryption, access controls, trained staff and round-the-clock security monitoring", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "this policy does not cover other organisations' websites that ours link to", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites)
		}},
		{says: "we tell you of important changes to this policy by email or on bt.com", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		// Free text.
		{says: "BT Parental Controls, which you can switch off, block websites unsuitable for children, without our recording which sites you visit", free: toPurpose("network")},
	}}
}

// realPolicyUk4JustEat paraphrases, in our own words and as we recall it,
// the privacy statement of Just Eat.co.uk Limited for its customers in
// the UK, as published in 2025: customers order from restaurants, grocers
// and shops on the Just Eat app and website; the restaurant delivers the
// order itself or Just Eat's couriers deliver it, and the restaurant is a
// controller of what it receives. Customers may leave reviews, which are
// published with their first name, and may add allergy and dietary notes
// to an order, which go to the restaurant. Just Eat recommends restaurants
// from past orders, emails its customers offers under the soft opt-in of
// PECR reg. 22(3), sets advertising cookies only with consent (reg. 6),
// checks ID on delivery of alcohol, masks the phone numbers of couriers
// and customers, and screens orders for fraud automatically. Companies of
// the Just Eat Takeaway.com group in the Netherlands run shared systems.
// It declares the UK GDPR and the Data Protection Act 2018, in a version
// that predates the Data (Use and Access) Act 2025's changes.
func realPolicyUk4JustEat() realPolicy {
	gb := regionGB
	account := &policy.Category{ID: "account", Name: "Account details", Items: []string{"name", "email address", "phone number", "password", "delivery addresses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Apple, Google or Facebook, if you sign in with them", Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Order details", Items: []string{"the restaurant or shop and what you order", "the time, delivery address and amount of the order", "delivery notes for the restaurant or courier", "tips, vouchers and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep your account, and afterwards as long as tax law and possible claims require")}
	dietary := &policy.Category{ID: "dietary", Name: "Allergy and dietary notes", Items: []string{"allergies and intolerances you tell the restaurant about", "dietary needs, which may reveal your health or beliefs"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Days(30), policy.EventPurposeAchieved)}
	payment := &policy.Category{ID: "payment", Name: "Payment details", Items: []string{"card type, last four digits and expiry date", "how you paid, such as by card, PayPal or Apple Pay", "credit on your account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers", Linked: true,
		Retention: policy.AsRequiredBy("UK tax and company law")}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's precise location, if you allow it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews and ratings", Items: []string{"your star ratings", "what you write about the restaurant", "your first name and the date of the order, shown with the review"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the restaurant is on Just Eat, unless you ask us to remove your review")}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address", "device and advertising identifiers", "browser and app version", "searches, pages viewed and clicks", "whether you opened our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	care := &policy.Category{ID: "care", Name: "Customer service records", Items: []string{"chats, emails and calls with customer service", "photos you send of a wrong or damaged order", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}
	tastes := &policy.Category{ID: "tastes", Name: "Preferences we infer", Items: []string{"the cuisines and restaurants you like", "when and how often you order", "how much you usually spend"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	restaurants := &policy.Recipient{ID: "restaurants", Name: "the restaurants, grocers and shops you order from", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{account, orders, dietary},
		Purpose:    "to prepare your order and, where they deliver it themselves, to deliver it; each is a controller of what it receives", OwnPolicy: true}
	couriers := &policy.Recipient{ID: "couriers", Name: "our couriers and the courier companies that deliver for us", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{account, orders}, Purpose: "to deliver your order: your first name, the delivery address, your notes and a masked phone number"}
	group := &policy.Recipient{ID: "group", Name: "companies of the Just Eat Takeaway.com group", Role: policy.RoleProcessor, Country: regionNL,
		Categories: []*policy.Category{account, orders, payment, device, care, tastes}, Purpose: "to run the platform, shared systems and customer service for us"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, customer service, maps and messaging", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, orders, payment, location, device, care}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media platforms", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, account}, Purpose: "to show you Just Eat ads, matched on a scrambled email address or on cookies, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, trading standards, HMRC and other authorities", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{account, orders, payment}, Purpose: "the law requires it, or to prevent or detect crime"}

	signup := &policy.Purpose{ID: "account", Name: "Creating and running your Just Eat account",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "you need an email address and a password for an account; you can also order as a guest"}
	ordering := &policy.Purpose{ID: "orders", Name: "Taking your orders, passing them to restaurants and couriers, and taking payment",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{restaurants, couriers, group, providers},
		Required:   "we need your name, phone number, delivery address and a means of payment to deliver an order; without them we cannot",
		AgeChecks:  []policy.AgeCheck{policy.AgeCheckConfirmation, policy.AgeCheckDocument}}
	allergies := &policy.Purpose{ID: "dietary", Name: "Passing your allergy and dietary notes to the restaurant",
		Categories: []*policy.Category{dietary}, Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent},
		Withdraw: "by leaving the notes out of your next order, or asking customer service to delete them", Recipients: []*policy.Recipient{restaurants},
		Required: "adding them is up to you; without them the restaurant does not know of your needs, so always check with it before you order"}
	nearby := &policy.Purpose{ID: "location", Name: "Showing the restaurants and shops that deliver to where you are, and tracking your delivery",
		Categories: []*policy.Category{location, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you what you can order where you are without your typing an address", OptOut: true, Recipients: []*policy.Recipient{providers}}
	publish := &policy.Purpose{ID: "reviews", Name: "Publishing your reviews and ratings of restaurants",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping customers choose restaurants, and restaurants improve, with honest reviews from real orders", Recipients: []*policy.Recipient{restaurants},
		Required: "writing a review is up to you"}
	customerCare := &policy.Purpose{ID: "care", Name: "Answering your questions, refunds and complaints",
		Categories: []*policy.Category{care, account, orders}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "checking the quality of customer service and training our agents with recorded calls", Recipients: []*policy.Recipient{group, providers, restaurants},
		Required: "we cannot look into a problem with an order without its details"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending restaurants, dishes and offers in the app and on the website",
		Categories: []*policy.Category{orders, tastes, location}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you what you are most likely to want to order", Profiling: true, OptOut: true}
	emails := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending customers offers and news by email, text message and push notification",
		Categories: []*policy.Category{account, tastes}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about offers like the orders they already place", OptOut: true, Profiling: true,
		ConsentExemptBy: []policy.Obligation{uk3PECR("22(3)")}, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you Just Eat ads on other websites, apps and social media",
		Categories: []*policy.Category{device, account}, Bases: []policy.Basis{policy.BasisConsent},
		ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings of the website or the app's privacy settings",
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how the app and website are used, and testing improvements",
		Categories: []*policy.Category{device}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{providers, group}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and the abuse of vouchers and refunds, and keeping accounts secure",
		Categories: []*policy.Category{account, orders, payment, device}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "protecting you, restaurants and us from fraudulent orders, stolen cards and refund abuse",
		Recipients: []*policy.Recipient{providers, authorities},
		Automated:  "our systems score orders, vouchers and refund requests for the risk of fraud and may, without a person first looking at it, cancel an order, refuse a refund or block an account",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach, policy.SuspensionGroundAccountTakeover},
			Automated: policy.AnswerYes, Contest: "by contacting customer service, after which a person looks at the decision again", HumanReview: true}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping our accounts and meeting our other legal obligations",
		Categories: []*policy.Category{orders, payment, account}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Companies Act 2006 and the Value Added Tax Act 1994", Region: gb}}}

	p := &policy.Policy{
		Title: "Just Eat privacy statement",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Just Eat.co.uk Limited", Address: "Fleet Place House, 2 Fleet Place, London EC4M 7RF"},
			Country: gb, Registration: "registered in England and Wales under company number 06947854"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dataprotection@just-eat.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		Laws:  []policy.Law{policy.UKGDPR},
		Scope: []string{"the Just Eat app and website, when they order from restaurants, grocers and shops"},
		OtherNotices: []policy.Notice{{Covers: "couriers", URL: "https://couriers.just-eat.example/privacy"},
			{Covers: "restaurants and shops that partner with us", URL: "https://restaurants.just-eat.example/privacy"},
			{Covers: "Just Eat for Business customers", URL: "https://business.just-eat.example/privacy"}},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{account, orders, dietary, payment, location, reviews, device, care, tastes},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "Our payment service providers hold it."},
		},
		Purposes:   []*policy.Purpose{signup, ordering, allergies, nearby, publish, customerCare, personalise, emails, ads, analytics, fraud, legal},
		Recipients: []*policy.Recipient{restaurants, couriers, group, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionNL, Recipient: group, Categories: []*policy.Category{account, orders, payment, device, care, tastes}, Safeguard: policy.SafeguardAdequacy},
			{Origin: gb, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, orders, payment, location, device, care},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our Data Protection Officer for a copy of the safeguards."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureAggregate, Note: "Restaurants see how their menus, orders and reviews perform, in aggregate."}},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: ordering, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, ProviderName: "our analytics providers", Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the app's account settings or by writing to our Data Protection Officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by contacting customer service to have a person look at the decision"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1),
			Extension: policy.Months(2)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureContactMasking, Description: "Couriers and customers call each other through a masked number, so that neither sees the other's."},
			{Kind: policy.MeasureCertification, Description: "Card payments are taken to the PCI DSS standard by our payment service providers."}},
		Links:    policy.Links{CookieSettings: "https://www.just-eat.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dataprotection@just-eat.example"},
	}
	return realPolicy{"food delivery platform (Just Eat)", p, []statement{
		{says: "Just Eat.co.uk Limited, at Fleet Place in London and registered in England and Wales, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Just Eat.co.uk Limited" && strings.Contains(p.Controller.Address, "Fleet Place") && strings.Contains(p.Controller.Registration, "England and Wales")
		}},
		{says: "our Data Protection Officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "this statement is for customers; couriers, restaurant partners and Just Eat for Business have their own", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && len(p.OtherNotices) == 3 && p.OtherNotices[0].Covers == "couriers"
		}},
		{says: "your account holds your name, email address, phone number, password and delivery addresses", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "delivery addresses") && slices.Contains(p.Category("account").Sources, policy.SourceUser)
		}},
		{says: "if you sign in with Apple, Google or Facebook, we receive your name and email address from them", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Facebook")
		}},
		{says: "you can order as a guest, but need an email address and a password for an account", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && p.Purpose("account").RestsOn(policy.BasisContract, policy.UKGDPR)
		}},
		{says: "we record what you order, from where, when and for how much, and your delivery notes", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Items, "delivery notes for the restaurant or courier") && len(p.Category("orders").Items) == 4
		}},
		{says: "we need your address, phone number and payment to deliver an order, and cannot without them", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Required != "" && p.Purpose("orders").HasBasis(policy.BasisContract)
		}},
		{says: "we pass your order, name, address and phone number to the restaurant, which is a controller of them", typed: func(p *policy.Policy) bool {
			r := recipient(p, "restaurants")
			return r.Role == policy.RoleThirdParty && strings.Contains(r.Purpose, "controller") && slices.Contains(p.Purpose("orders").Recipients, r)
		}},
		{says: "where our couriers deliver, they get your first name, address, notes and a masked number, and act for us", typed: func(p *policy.Policy) bool {
			r := recipient(p, "couriers")
			return r.Role == policy.RoleProcessor && strings.Contains(r.Purpose, "masked")
		}},
		{says: "couriers and customers call each other through masked numbers, so neither sees the other's", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureContactMasking)
		}},
		{says: "to order alcohol you confirm that you are old enough when you order and show ID on delivery if asked", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("orders")
			return slices.Equal(pu.AgeChecks, []policy.AgeCheck{policy.AgeCheckConfirmation, policy.AgeCheckDocument})
		}},
		{says: "if you add allergy or dietary notes, which may reveal your health or beliefs, we pass them to the restaurant with your explicit consent", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("dietary")
			return p.Category("dietary").Sensitivity == policy.SensitivitySpecial && pu.RestsOn(policy.BasisExplicitConsent, policy.UKGDPR) &&
				slices.Contains(pu.Recipients, recipient(p, "restaurants"))
		}},
		{says: "allergy notes are optional, and you should check with the restaurant before ordering", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("dietary").Required, "check with it") && p.Purpose("dietary").Withdraw != ""
		}},
		{says: "we keep the card type and last digits, not your full card number, which our payment providers hold", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && p.NotCollected[0].Note != ""
		}},
		{says: "with your permission the app uses your device's location to show what delivers to you", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").Uses(p.Category("location"))
		}},
		{says: "reviews are published with your first name and the date of the order", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").Uses(p.Category("reviews"))
		}},
		{says: "writing a review is up to you, and we publish them in our interest in honest reviews", typed: func(p *policy.Policy) bool {
			return p.Purpose("reviews").Required != "" && p.Purpose("reviews").RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "we record calls with customer service to train our agents, and tell you first", typed: func(p *policy.Policy) bool {
			return p.Category("care").RecordingNotice && strings.Contains(p.Purpose("care").Interest, "recorded calls")
		}},
		{says: "we recommend restaurants and offers from your past orders, and you can object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalise")
			return pu.Profiling && pu.OptOut && slices.Contains(p.Category("tastes").Sources, policy.SourceDerived)
		}},
		{says: "we email, text and notify our customers of offers as PECR allows for existing customers, and they can opt out at any time", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.OptOut && len(pu.ConsentExemptBy) == 1 && strings.HasSuffix(pu.ConsentExemptBy[0].Act, "reg. 22(3)") && !pu.RestsOnConsent()
		}},
		{says: "advertising cookies and pixels are set only with your consent", typed: func(p *policy.Policy) bool {
			c := cookie(p, "advertising")
			return c.Consent == policy.CookieConsentOptIn && c.Technology == policy.TechnologyPixel && p.Purpose("advertising").RestsOnConsent()
		}},
		{says: "we share a scrambled email address with social media platforms to show you our ads", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "advertising").Purpose, "scrambled") && p.Purpose("advertising").Uses(p.Category("account"))
		}},
		{says: "analytics cookies need your consent too, and you can change your choices in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != "" && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "our systems check orders, vouchers and refunds for fraud and may cancel an order or block an account automatically, as our contract with you allows", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("fraud")
			return pu.Automated != "" && pu.HasBasis(policy.BasisContract) && pu.Suspension.Automated == policy.AnswerYes && slices.Contains(pu.Suspension.Targets, policy.SuspensionTargetOrder)
		}},
		{says: "you can contest such a decision with customer service and have a person look at it", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Suspension.HumanReview && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "companies of the Just Eat Takeaway.com group in the Netherlands run the platform and shared systems for us", typed: func(p *policy.Policy) bool {
			r := recipient(p, "group")
			return r.Role == policy.RoleProcessor && r.Country == regionNL && p.Transfers[0].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "service providers in the US act for us under the UK's transfer safeguards, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			t := p.Transfers[1]
			return t.Destination == regionUS && t.Safeguard == policy.SafeguardUKTransferAgreement && t.Note != ""
		}},
		{says: "we give data to the police and authorities where the law requires or to prevent crime", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "if Just Eat is sold or merges, data passes to the new owner", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "restaurants see how their menus and reviews perform, in aggregate", typed: func(p *policy.Policy) bool {
			return strings.Contains(hasDisclosure(p, policy.DisclosureAggregate).Note, "in aggregate")
		}},
		{says: "we keep your account until you close it, and order records as long as tax law and claims require", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("orders").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "when you delete your account we keep what the law, possible claims and fraud prevention need", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptFraud)
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to its use and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you can delete your account and change your preferences in the app's settings", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightErasure && strings.Contains(r.How, "settings") })
		}},
		{says: "we answer requests within a month and may ask you to confirm who you are", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && len(p.Requests.Verification) == 2
		}},
		{says: "you may complain to the ICO", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we protect data with encryption and access controls, and card payments meet PCI DSS", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "Just Eat is not for children under 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "restaurants' own websites, which we link to, and social networks are covered by their own policies, not this one", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.External, []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks})
		}},
		{says: "we tell you of significant changes by email or in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Equal(p.Changes.Notify, []policy.Channel{policy.ChannelEmail, policy.ChannelInService})
		}},
		// Free text.
		{says: "restaurants that deliver themselves may contact you about your order, and their use of your data is governed by their own privacy policies", typed: func(p *policy.Policy) bool {
			r := recipient(p, "restaurants")
			return r.OwnPolicy && r.Role == policy.RoleThirdParty && strings.Contains(r.Purpose, "deliver it themselves")
		}},
		{says: "you can follow your courier on a map while your order is on its way", free: toPurpose("location")},
	}}
}

// realPolicyUk4Nationwide paraphrases, in our own words and as we recall
// it, the privacy notice of Nationwide Building Society, as published in
// 2025: the society, owned by its members, runs current accounts,
// savings, ISAs, mortgages, loans and credit cards in its branches, by
// phone, online and in its Banking app. It checks identity and credit
// with the credit reference and fraud prevention agencies, decides some
// lending applications automatically, records how its customers run
// their accounts with the credit reference agencies, keeps the records
// the Money Laundering Regulations, the tax reporting rules and the
// depositor protection rules of the Prudential Regulation Authority ask
// for, checks payees' names with Confirmation of Payee, supports
// customers in vulnerable circumstances, and runs its members' votes at
// its annual general meeting under the Building Societies Act 1986. It
// declares the UK GDPR and the Data Protection Act 2018, in a version
// that predates the commencement of the Data (Use and Access) Act 2025's
// changes (5 February 2026), so its lending decisions are judged under
// Art. 22 as it stood; Virgin Money, which the society bought in 2024,
// has its own notice.
func realPolicyUk4Nationwide() realPolicy {
	gb := regionGB
	mlr := policy.Obligation{Act: "the Money Laundering, Terrorist Financing and Transfer of Funds (Information on the Payer) Regulations 2017", Region: gb}
	identity := &policy.Category{ID: "identity", Name: "Identity details", Items: []string{"name", "date of birth", "home address and previous addresses", "nationality and tax residence", "National Insurance number, for ISAs", "copies of your passport or driving licence"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(10))}
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"email address", "phone numbers", "your marketing preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(10))}
	accounts := &policy.Category{ID: "accounts", Name: "Accounts and transactions", Items: []string{"the accounts and products you have with us", "balances", "payments in and out, with payees and payers", "card transactions and where you made them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "Visa, other banks and the people who pay you", Linked: true, VisibleTo: []policy.Audience{policy.AudienceJointHolders},
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(10), From: policy.EventAccountClosure,
			Criteria: "to meet our legal and regulatory duties and to answer complaints and claims"}}
	lending := &policy.Category{ID: "lending", Name: "Mortgage and loan applications", Items: []string{"income, employment and outgoings", "the property you want to buy and its valuation", "your deposit and where it comes from", "dependants"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your mortgage broker, your employer and the valuer", Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(10))}
	credit := &policy.Category{ID: "credit", Name: "Credit reference information", Items: []string{"credit history and score", "the electoral roll", "county court judgments and insolvencies", "financial associations with people you share finances with"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the credit reference agencies Experian, Equifax and TransUnion", Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(10))}
	fraudData := &policy.Category{ID: "fraud", Name: "Fraud prevention information", Items: []string{"fraud and money-laundering markers", "records of suspicious payments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "fraud prevention agencies such as Cifas and National Hunter",
		DerivedFrom: []*policy.Category{accounts, identity}, Linked: true, Retention: policy.Keep(policy.Years(6), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "Internet Bank and Banking app use", Items: []string{"device identifiers", "IP address", "how and when you log in", "what you do in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(6), policy.EventCollection)}
	calls := &policy.Category{ID: "calls", Name: "Conversations with us", Items: []string{"recordings of phone calls", "secure messages and chats", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.WhileAccountActive(policy.Years(10))}
	vulnerable := &policy.Category{ID: "vulnerability", Name: "Health and personal circumstances", Items: []string{"health conditions and disabilities you tell us about", "circumstances such as bereavement, illness or money worries"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	cctv := &policy.Category{ID: "cctv", Name: "CCTV in branches and at cash machines", Items: []string{"images recorded in our branches and by our cash machines"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Days(90), From: policy.EventCollection, Criteria: "longer where footage is needed to investigate a crime or a complaint"}}
	membership := &policy.Category{ID: "membership", Name: "Membership", Items: []string{"whether you are a member of the society", "your votes at our annual general meeting"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(10))}
	online := &policy.Category{ID: "online", Name: "Website use", Items: []string{"IP address", "pages you visit on our website", "the ads you saw before coming to us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	cras := &policy.Recipient{ID: "cras", Name: "credit reference agencies (Experian, Equifax and TransUnion)", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{identity, accounts, credit}, Purpose: "to check your identity and credit, and to record how you run your accounts and repay credit",
		NoticeURL: "https://www.experian.example/crain", Retention: policy.Years(6)}
	fpas := &policy.Recipient{ID: "fpas", Name: "fraud prevention agencies such as Cifas and National Hunter", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{identity, contact, fraudData, device}, Purpose: "to prevent fraud and money laundering and to verify your identity", Retention: policy.Years(6)}
	brokers := &policy.Recipient{ID: "brokers", Name: "mortgage brokers, valuers and conveyancers", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{identity, lending}, Purpose: "to arrange, value and complete your mortgage; each is a controller of what it holds"}
	payments := &policy.Recipient{ID: "payments", Name: "Visa, other banks and the payment systems, such as Faster Payments and Bacs", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, accounts}, Purpose: "to make your payments and, with Confirmation of Payee, to check the name on an account before a payment is made"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for IT, card production, printing and post, and customer support", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, contact, accounts, device, calls}}
	voting := &policy.Recipient{ID: "voting", Name: "the independent scrutineer that runs our members' votes", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{identity, contact, membership}, Purpose: "to send you your voting papers and count the votes at our annual general meeting"}
	fscs := &policy.Recipient{ID: "fscs", Name: "the Financial Services Compensation Scheme", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{identity, accounts}, Purpose: "to pay you compensation if we fail"}
	authorities := &policy.Recipient{ID: "authorities", Name: "HM Revenue & Customs, the National Crime Agency, the police and our regulators, the FCA and the PRA", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{identity, accounts, fraudData, cctv}}
	ombudsman := &policy.Recipient{ID: "ombudsman", Name: "the Financial Ombudsman Service", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{identity, accounts, calls}, Purpose: "you take a complaint to it"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty, Country: gb, Conditional: true,
		Categories: []*policy.Category{identity, contact, accounts}, Purpose: "you fall behind with payments and we cannot agree a way forward with you"}
	tpps := &policy.Recipient{ID: "tpps", Name: "the open banking providers you authorise", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{accounts}, Purpose: "you ask them to see your account or make a payment from it; each is a controller of what it receives"}

	running := &policy.Purpose{ID: "accounts", Name: "Opening and running your accounts, mortgages, loans and cards",
		Categories: []*policy.Category{identity, contact, accounts, device, calls}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{payments, providers, tpps},
		Required:   "we need your identity and contact details to open an account; without them we cannot"}
	aml := &policy.Purpose{ID: "aml", Name: "Checking your identity and preventing money laundering and terrorist financing",
		Categories: []*policy.Category{identity, accounts, credit, fraudData}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Recipients:  []*policy.Recipient{cras, fpas, authorities},
		Obligations: []policy.Obligation{mlr, {Act: "the Proceeds of Crime Act 2002 and the Terrorism Act 2000", Region: gb}},
		TippingOff:  []policy.Obligation{{Act: "Proceeds of Crime Act 2002, s. 333A", Region: gb}},
		Required:    "the law requires us to verify your identity; if we cannot, we cannot open an account for you"}
	lend := &policy.Purpose{ID: "lending", Name: "Deciding whether to lend to you, and how much",
		Categories: []*policy.Category{identity, accounts, lending, credit}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the FCA's Mortgages and Home Finance: Conduct of Business sourcebook (MCOB 11) and Consumer Credit sourcebook (CONC 5)", Region: gb}},
		Recipients:  []*policy.Recipient{cras, brokers},
		Automated:   "our systems score applications for loans, credit cards and overdrafts, and some mortgage applications, from your credit file and what you tell us, and may decline them without a person looking at them",
		Required:    "we cannot consider a loan, card or mortgage without a credit search and details of your income and outgoings"}
	reporting := &policy.Purpose{ID: "reporting", Name: "Telling credit reference agencies how you run your accounts and repay credit",
		Categories: []*policy.Category{identity, accounts}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "responsible lending across the industry", Recipients: []*policy.Recipient{cras}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting and preventing fraud and scams",
		Categories: []*policy.Category{identity, contact, accounts, device, fraudData}, Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisLegalObligation},
		Interest:    "protecting you, us and others from fraud, scams and financial crime",
		Obligations: []policy.Obligation{{Act: "the Proceeds of Crime Act 2002", Region: gb}},
		Recipients:  []*policy.Recipient{fpas, payments, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetCard, policy.SuspensionTargetRemoteAccess},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundUnauthorised},
			Automated: policy.AnswerYes, Contest: "by calling us, when one of our people will check the payment with you", HumanReview: true},
		Automated: "our systems may stop a payment, block your card or lock your online banking automatically if they suspect fraud"}
	support := &policy.Purpose{ID: "support", Name: "Supporting members and customers in vulnerable circumstances",
		Categories: []*policy.Category{vulnerable, calls}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisSubstantialPublicInterest},
		Obligations:      []policy.Obligation{{Act: "the FCA's Consumer Duty (PRIN 2A) and its guidance on the fair treatment of vulnerable customers", Region: gb}},
		SpecialCondition: policy.DPAConditionEconomicWellBeing,
		Required:         "telling us is up to you; if you do not, we cannot adapt how we support you"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and member offers by email, text message and app notification",
		Categories: []*policy.Category{contact, accounts}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in the Banking app, in Internet Bank or by calling us", Profiling: true, ConsentRequiredBy: []policy.Obligation{uk3PECR("22")},
		Recipients: []*policy.Recipient{providers}}
	post := &policy.Purpose{ID: "marketing.post", DirectMarketing: true, Name: "Telling you about our products by post and phone",
		Categories: []*policy.Category{contact, accounts}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling members about products that may suit them", OptOut: true, Recipients: []*policy.Recipient{providers}}
	members := &policy.Purpose{ID: "membership", Name: "Running our members' votes and our annual general meeting",
		Categories: []*policy.Category{identity, contact, membership}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the Building Societies Act 1986, Schedule 2", Region: gb}}, Recipients: []*policy.Recipient{voting},
		Required: "voting is up to you; you are a member while you hold a current account, savings account or mortgage with us"}
	protection := &policy.Purpose{ID: "fscs", Name: "Keeping the records the Financial Services Compensation Scheme needs to protect your deposits",
		Categories: []*policy.Category{identity, accounts}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the PRA Rulebook, Depositor Protection Part (single customer view)", Region: gb}}, Recipients: []*policy.Recipient{fscs}}
	tax := &policy.Purpose{ID: "tax", Name: "Reporting interest, ISAs and the accounts of people who pay tax abroad to HMRC",
		Categories: []*policy.Category{identity, accounts}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the International Tax Compliance Regulations 2015 and the Individual Savings Account Regulations 1998", Region: gb}},
		Required:    "the law requires us to ask where you pay tax, and for your National Insurance number for an ISA; without them we cannot open the account"}
	service := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints, and training our people",
		Categories: []*policy.Category{identity, contact, calls}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "resolving members' questions and complaints and checking the quality of our service", Recipients: []*policy.Recipient{providers, ombudsman}}
	arrears := &policy.Purpose{ID: "arrears", Name: "Helping you if you fall behind with payments, and collecting debts",
		Categories: []*policy.Category{identity, contact, accounts}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "recovering what is owed to the society, and so to its members", Recipients: []*policy.Recipient{collectors}}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping our branches and cash machines safe",
		Categories: []*policy.Category{cctv}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "preventing and detecting crime and protecting our members and colleagues", Recipients: []*policy.Recipient{authorities}}
	website := &policy.Purpose{ID: "website", Name: "Measuring how our website is used and which of our ads work",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings on our website", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{providers}}
	records := &policy.Purpose{ID: "records", Name: "Keeping records and reporting to our regulators",
		Categories: []*policy.Category{identity, accounts, calls}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the FCA Handbook (SYSC 9) and the PRA Rulebook", Region: gb}, {Act: "the Building Societies Act 1986, s. 71", Region: gb}}}

	p := &policy.Policy{
		Title: "Nationwide privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Nationwide Building Society", Address: "Nationwide House, Pipers Way, Swindon SN38 1NW"},
			Country: gb, Registration: "incorporated under the Building Societies Act 1986, authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority under registration number 106078"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Address: "Nationwide House, Pipers Way, Swindon SN38 1NW", Email: "dpo@nationwide.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.February, 1), Updated: policy.MakeDate(2025, time.February, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyOthersInformed},
		Laws:       []policy.Law{policy.UKGDPR},
		Scope:      []string{"Nationwide's current accounts, savings, ISAs, mortgages, loans and credit cards, its branches, website, Internet Bank and Banking app"},
		OtherNotices: []policy.Notice{{Covers: "Virgin Money customers", URL: "https://uk.virginmoney.example/privacy"},
			{Covers: "our employees and job applicants"}},
		External:    []policy.ExternalService{policy.ExternalConnectedApps, policy.ExternalLinkedSites},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{identity, contact, accounts, lending, credit, fraudData, device, calls, vulnerable, cctv, membership, online},
		NotCollected: []policy.Exclusion{
			{ID: "biometrics", Name: "the fingerprints or face scans you log in with", Class: policy.DataClassBiometric,
				Note: "When you log in to the Banking app with them, your phone checks them and tells us only whether they matched."},
		},
		Purposes:   []*policy.Purpose{running, aml, lend, reporting, fraud, support, marketing, post, members, protection, tax, service, arrears, safety, website, records},
		Recipients: []*policy.Recipient{cras, fpas, brokers, payments, providers, voting, fscs, authorities, ombudsman, collectors, tpps},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionIN, Recipient: providers, Categories: []*policy.Category{identity, contact, accounts, calls},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask us for a copy of the safeguards."},
			{Origin: gb, ChosenDestination: policy.ChosenDestinationPayee, Recipient: payments, Categories: []*policy.Category{identity, accounts},
				Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: running, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "performance and advertising cookies", Party: policy.PartyThird, ProviderName: "our analytics and advertising partners", Purpose: website,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("by calling us, in a branch or by writing to our Data Protection Officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking us to have a person review the decision, and giving us your view"},
			policy.Right{Kind: policy.RightControllerComplaint, How: "by calling us, in a branch or by writing to our Data Protection Officer"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1),
			Extension: policy.Months(2)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureIncidentDetection}},
		Links:    policy.Links{CookieSettings: "https://www.nationwide.example/cookie-settings"},
		Children: policy.Children{Note: "Children can have some of our savings accounts; a parent or guardian opens the account for a young child and manages it for them."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService, policy.ChannelHomePage}, MaterialOnly: true},
		Contact:  policy.Contact{Phone: "0800 30 20 10", Email: "dpo@nationwide.example"},
	}
	return realPolicy{"building society (Nationwide)", p, []statement{
		{says: "Nationwide Building Society, of Pipers Way in Swindon, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Nationwide Building Society" && strings.Contains(p.Controller.Address, "Swindon")
		}},
		{says: "the society is authorised by the PRA and regulated by the FCA and the PRA", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "Prudential Regulation Authority") && strings.Contains(p.Controller.Registration, "106078")
		}},
		{says: "our Data Protection Officer can be written to at our Swindon address", typed: func(p *policy.Policy) bool { return p.DPO != nil && strings.Contains(p.DPO.Address, "Swindon") }},
		{says: "Virgin Money customers are covered by Virgin Money's own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Virgin Money") && p.OtherNotices[0].URL != ""
		}},
		{says: "we collect your name, date of birth, addresses, nationality and identity documents", typed: func(p *policy.Policy) bool {
			c := p.Category("identity")
			return slices.Contains(c.Items, "copies of your passport or driving licence") && slices.Contains(c.Sources, policy.SourceUser)
		}},
		{says: "we need your identity and contact details to open an account, and cannot without them", typed: func(p *policy.Policy) bool {
			return p.Purpose("accounts").Required != "" && p.Purpose("accounts").RestsOn(policy.BasisContract, policy.UKGDPR)
		}},
		{says: "the law requires us to verify your identity and prevent money laundering", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("aml")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && strings.Contains(pu.Obligations[0].Act, "Money Laundering") && pu.Required != ""
		}},
		{says: "we may not tell you that we have reported a suspicion to the authorities", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("aml").TippingOff) == 1 && strings.Contains(p.Purpose("aml").TippingOff[0].Act, "333A")
		}},
		{says: "we record your balances and payments, and a joint account holder sees the joint account's", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("accounts").VisibleTo, policy.AudienceJointHolders) && slices.Contains(p.Category("accounts").Items, "balances")
		}},
		{says: "we search the credit reference agencies, which give us your credit history, public records and financial associations", typed: func(p *policy.Policy) bool {
			c := p.Category("credit")
			return slices.Contains(c.Items, "financial associations with people you share finances with") && strings.Contains(c.SourceDetail, "TransUnion")
		}},
		{says: "the credit reference agencies explain their use of data in CRAIN", typed: func(p *policy.Policy) bool { return recipient(p, "cras").NoticeURL != "" }},
		{says: "we tell the credit reference agencies how you run your accounts and repay credit, in the interest of responsible lending", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("reporting")
			return pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && slices.Contains(pu.Recipients, recipient(p, "cras"))
		}},
		{says: "mortgage brokers send us your application, and valuers and conveyancers work on your mortgage", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("lending").SourceDetail, "broker") && slices.Contains(p.Purpose("lending").Recipients, recipient(p, "brokers"))
		}},
		{says: "FCA rules require us to check that you can afford a mortgage or loan", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("lending")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && strings.Contains(pu.Obligations[0].Act, "MCOB")
		}},
		{says: "our systems decide some applications for credit automatically and may decline them", typed: func(p *policy.Policy) bool {
			return p.Purpose("lending").Automated != "" && p.Purpose("lending").HasBasis(policy.BasisContract)
		}},
		{says: "you can ask for a person to review an automated decision and give us your view", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightNoAutomatedDecision && r.How != "" })
		}},
		{says: "we share data with fraud prevention agencies, which may keep it for six years", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("fraud").Recipients, recipient(p, "fpas")) && recipient(p, "fpas").Retention == policy.Years(6)
		}},
		{says: "our systems may stop a payment, block a card or lock online banking automatically if they suspect fraud, and you can call us to check it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && slices.Contains(s.Targets, policy.SuspensionTargetPayment) && s.Contest != "" && p.Purpose("fraud").Automated != ""
		}},
		{says: "we check the name on an account before you pay it, with Confirmation of Payee", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "payments").Purpose, "Confirmation of Payee")
		}},
		{says: "if you ask an open banking provider to see your account or pay from it, we share your data with it, and its own terms govern it", typed: func(p *policy.Policy) bool {
			return recipient(p, "tpps").Conditional && slices.Contains(p.External, policy.ExternalConnectedApps)
		}},
		{says: "your phone checks your fingerprint or face when you log in to the app; we never receive them", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Class == policy.DataClassBiometric && p.NotCollected[0].Note != ""
		}},
		{says: "we record what you tell us of your health or circumstances to support you, in the substantial public interest of protecting people's economic well-being", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("support")
			return p.Category("vulnerability").Sensitivity == policy.SensitivitySpecial && pu.RestsOn(policy.BasisSubstantialPublicInterest, policy.UKGDPR) &&
				pu.SpecialCondition == policy.DPAConditionEconomicWellBeing
		}},
		{says: "someone who helps you, such as a relative or carer, may tell us about your circumstances", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("vulnerability").Sources, policy.SourceOtherUsers)
		}},
		{says: "we send marketing by email, text and app notification only with your consent, which you can change in the app, Internet Bank or by phone", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.RestsOnConsent() && len(pu.ConsentRequiredBy) == 1 && strings.HasSuffix(pu.ConsentRequiredBy[0].Act, "reg. 22") && pu.Withdraw != ""
		}},
		{says: "we may write to you or call you about our products unless you tell us not to", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing.post").OptOut && p.Purpose("marketing.post").DirectMarketing
		}},
		{says: "as a building society we run our members' votes at the AGM, through an independent scrutineer, and voting is up to you", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("membership")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && strings.Contains(pu.Obligations[0].Act, "Building Societies Act") &&
				recipient(p, "voting").Role == policy.RoleProcessor && pu.Required != ""
		}},
		{says: "we keep the records the FSCS needs to compensate you if we fail, and give them to it", typed: func(p *policy.Policy) bool {
			return p.Purpose("fscs").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(p.Purpose("fscs").Recipients, recipient(p, "fscs"))
		}},
		{says: "we report to HMRC the accounts of people who pay tax abroad, and need your National Insurance number for an ISA", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("tax")
			return strings.Contains(pu.Obligations[0].Act, "International Tax Compliance") && pu.Required != "" &&
				slices.Contains(p.Category("identity").Items, "National Insurance number, for ISAs")
		}},
		{says: "we record calls and tell you so, to check our service and resolve complaints", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("service").Uses(p.Category("calls"))
		}},
		{says: "if you take a complaint to the Financial Ombudsman Service, we give it what it needs", typed: func(p *policy.Policy) bool {
			return recipient(p, "ombudsman").Conditional && slices.Contains(p.Purpose("service").Recipients, recipient(p, "ombudsman"))
		}},
		{says: "if you fall behind and we cannot agree a way forward, we may pass the debt to a collection agency", typed: func(p *policy.Policy) bool {
			return recipient(p, "collectors").Conditional && slices.Contains(p.Purpose("arrears").Recipients, recipient(p, "collectors"))
		}},
		{says: "our branches and cash machines have CCTV, which we keep for about three months", typed: func(p *policy.Policy) bool {
			return p.Category("cctv").Retention.Period == policy.Days(90) && p.Purpose("cctv").Interest != ""
		}},
		{says: "cookies that measure our website and ads are set only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Purpose("website").RestsOnConsent() && p.Links.CookieSettings != ""
		}},
		{says: "some of our suppliers work in India under the UK's transfer agreement, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == regionIN && t.Safeguard == policy.SafeguardUKTransferAgreement && t.Note != ""
		}},
		{says: "a payment abroad takes your name and account details to the payee's bank", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].ChosenDestination == policy.ChosenDestinationPayee
		}},
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we keep your information for up to ten years after you close your accounts", typed: func(p *policy.Policy) bool {
			r := p.Category("accounts").Retention
			return r.Kind == policy.RetentionWhileActive && r.Period == policy.Years(10)
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to its use and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we may ask for proof of identity, and answer within a month, or three for complex requests", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "if you are unhappy, tell us first; you may also complain to the ICO", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightControllerComplaint) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we protect data with encryption, access controls, trained staff and fraud monitoring", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "children can hold some savings accounts, which a parent or guardian opens and manages for young children", typed: func(p *policy.Policy) bool {
			return p.Children.Note != "" && p.Children.MinimumAge == 0
		}},
		{says: "we tell you of important changes by email, in the app or on our website", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && len(p.Changes.Notify) == 3
		}},
		// Free text.
		{says: "if you give us details of other people, such as a joint applicant or someone you hold a power of attorney for, you must show them this notice", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyOthersInformed) }},
		{says: "a financial association with someone you apply with jointly stays on your credit file until you ask the agencies to remove it", free: toCategory("credit")},
	}}
}
