package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The Spanish acts the Movistar paraphrase cites beyond those of the
// other files, each as the law of Spain.
var (
	eu12LGTel = func(s string) policy.Obligation {
		return policy.Obligation{Act: "Ley 11/2022, de 28 de junio, General de Telecomunicaciones" + s, Region: regionES}
	}
	eu12DataRetention = policy.Obligation{Act: "Ley 25/2007, de 18 de octubre, de conservación de datos relativos a las comunicaciones electrónicas y a las redes públicas de comunicaciones, arts. 3 to 7", Region: regionES}
	eu12Prepaid       = policy.Obligation{Act: "Ley 25/2007, de 18 de octubre, disposición adicional única (buyers of prepaid cards)", Region: regionES}
	eu12Interception  = policy.Obligation{Act: "Ley de Enjuiciamiento Criminal, arts. 588 ter a to 588 ter m", Region: regionES}
	eu12PhoneCalls    = eu12LGTel(", art. 66.1.b")
	eu12ESSecrecy     = policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{{Act: "Constitución Española, art. 18.3", Region: regionES}}}
	eu12Peru          = language.MustParseRegion("PE")
	eu12Colombia      = language.MustParseRegion("CO")
)

// realPolicyEu12Movistar paraphrases, in our own words and as we recall
// it, the privacy policy of Movistar for its consumer customers in Spain,
// as published in 2024-2025: the fixed-line, fibre, mobile and Movistar
// Plus+ TV services that Telefónica de España and Telefónica Móviles
// España provide together under the Movistar brand, with the Mi Movistar
// app and website. They identify the buyers of prepaid cards and keep
// traffic data for twelve months for the authorities, as Ley 25/2007
// requires; connect 112 calls; check solvency in the common credit
// information systems before a postpaid contract and report unpaid
// debts to them; finance devices through Telefónica Consumer Finance;
// list customers in directories if they ask; record customer service
// calls; offer their own products to customers in their legitimate
// interest and, with consent, from traffic and location data or on
// behalf of partners; call only those who agreed to commercial calls, as
// the General Telecommunications Act requires since 2023; and produce
// anonymised mobility statistics. Customers manage their choices in the
// Privacy Centre of Mi Movistar. It declares the GDPR, the LOPDGDD, the
// LSSI and the General Telecommunications Act, and names the AEPD.
func realPolicyEu12Movistar() realPolicy {
	hq := "Ronda de la Comunicación s/n, Distrito Telefónica, 28050 Madrid, Spain"

	customer := &policy.Category{ID: "customer", Name: "Customer and contract data",
		Items: []string{"name and surnames", "the number of your DNI, NIE or passport", "postal and installation address", "email address and contact phone number", "date of birth",
			"customer number, your lines and the products and options you have", "the router, decoder and phones you rent or buy from us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the contract lasts, and then blocked for as long as claims may be brought and tax and telecommunications law require")}
	billing := &policy.Category{ID: "billing", Name: "Billing and payment data",
		Items:       []string{"bank account (IBAN) for direct debit", "invoices and payments", "amounts owed and unpaid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(eu11ESBooks)}
	traffic := &policy.Category{ID: "traffic", Name: "Traffic and location data",
		Items: []string{"the numbers you call and that call you, and the date, time and length of each call", "the text messages you send and receive, without their content",
			"the data you use and the IP address assigned to your connection", "the mobile cell that carries each communication, and so roughly where your phone is", "roaming abroad"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: eu12ESSecrecy,
		Retention: policy.ByCriteria("for billing, as long as a bill may be challenged or its payment claimed; and for twelve months from each communication, as Ley 25/2007 requires, for the authorities alone")}
	viewing := &policy.Category{ID: "viewing", Name: "Movistar Plus+ viewing data",
		Items:       []string{"the channels, programmes and films you watch, and when", "your recordings and the content you rent"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you have Movistar Plus+")}
	solvency := &policy.Category{ID: "solvency", Name: "Solvency data",
		Items:       []string{"any entry about you in the common credit information systems", "your payment history with us", "the risk score we calculate when you apply"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "the common credit information systems ASNEF-Equifax and BADEXCUG", DerivedFrom: []*policy.Category{customer, billing}, Linked: true,
		Retention: policy.ByCriteria("the score as long as we need it to decide on your application; an unpaid debt stays in the credit information systems until it is paid, and at most five years from its due date")}
	service := &policy.Category{ID: "service", Name: "Customer service contacts",
		Items:       []string{"recordings of calls with customer service and of contracts made by phone", "chats, emails and complaints", "technicians' visits and fault reports"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as your matter needs; the recording of a contract made by phone as long as the contract and the time to claim under it")}
	directory := &policy.Category{ID: "directory", Name: "Directory listing",
		Items:       []string{"name and surnames", "address, in full or in part", "phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityOptional,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	online := &policy.Category{ID: "online", Name: "Use of our websites and apps",
		Items:       []string{"IP address", "device and browser", "pages visited on movistar.es and in the Mi Movistar app", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie lasts, as the cookie policy states")}

	tme := &policy.Recipient{ID: "tme", Name: "Telefónica Móviles España, S.A.U.", Role: policy.RoleJointController, Country: regionES,
		Categories:  []*policy.Category{customer, billing, traffic, service},
		Arrangement: "Telefónica de España provides the fixed-line, fibre and TV services and Telefónica Móviles España the mobile services; together they decide how Movistar uses your data for the services you have with both. Either of them answers your requests, and the data protection officer they share is the contact point for both."}
	group := &policy.Recipient{ID: "group", Name: "companies of the Telefónica group in Spain", Role: policy.RoleProcessor, Country: regionES,
		Categories: []*policy.Category{customer, billing, traffic, service}, Purpose: "to run IT, networks and customer service for us"}
	providers := &policy.Recipient{ID: "providers", Name: "providers of call centres, installation and repair, logistics, IT and printing", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, billing, service}}
	shops := &policy.Recipient{ID: "shops", Name: "the distributors that run Movistar shops", Role: policy.RoleProcessor, Country: regionES,
		Categories: []*policy.Category{customer, billing}, Purpose: "to sell you our services and serve you in the shop"}
	operators := &policy.Recipient{ID: "operators", Name: "other operators in Spain and abroad", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{traffic, customer}, Purpose: "to connect your calls to their networks, serve you when you roam, settle charges between us and move your number when you change operator"}
	files := &policy.Recipient{ID: "files", Name: "the common credit information systems ASNEF-Equifax (Equifax Ibérica, S.L.) and BADEXCUG (Experian Bureau de Crédito, S.A.)", Role: policy.RoleThirdParty, Country: regionES,
		Categories: []*policy.Category{customer, solvency}, NoticeURL: "https://www.equifax.example/asnef/privacy",
		Purpose: "to tell us, when you apply for a postpaid service, whether you have unpaid debts; and, if you leave a certain and due debt unpaid after we have asked you for it and warned you, to record it, as art. 20 LOPDGDD allows"}
	financier := &policy.Recipient{ID: "financier", Name: "Telefónica Consumer Finance, E.F.C., S.A.", Role: policy.RoleThirdParty, Country: regionES,
		Categories: []*policy.Category{customer, billing}, Conditional: true, NoticeURL: "https://www.telefonicaconsumerfinance.example/privacy",
		Purpose: "if you pay for a device in instalments, to check your credit and grant you the financing"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleProcessor, Country: regionES,
		Categories: []*policy.Category{customer, billing}, Conditional: true, Purpose: "if you do not pay after our reminders"}
	directories := &policy.Recipient{ID: "directories", Name: "publishers of phone directories and directory enquiry services", Role: policy.RoleThirdParty, Country: regionES,
		Categories: []*policy.Category{directory}, Conditional: true, Purpose: "if you ask to be listed, with the details you choose"}
	emergency := &policy.Recipient{ID: "emergency", Name: "the 112 emergency services", Role: policy.RoleAuthority, Country: regionES,
		Categories: []*policy.Category{customer, traffic}, Purpose: "to locate you and help you when you call 112"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the courts, and the police, Guardia Civil, Customs and intelligence services acting on a court's authority", Role: policy.RoleAuthority, Country: regionES,
		Categories: []*policy.Category{customer, traffic}, Conditional: true, Purpose: "where a court authorises it or a law obliges us, such as for the interception of communications or the traffic data kept under Ley 25/2007"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to show our ads on other websites and measure them"}

	contract := &policy.Purpose{ID: "contract", Name: "Concluding your contract and providing, installing and maintaining your fixed-line, fibre, mobile and TV services",
		Categories: []*policy.Category{customer, billing, traffic}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{tme, group, providers, shops, operators},
		Required:   "we need your identity, address and bank details to conclude the contract; without them we cannot provide the service"}
	prepaid := &policy.Purpose{ID: "prepaid", Name: "Identifying the buyers of prepaid cards and keeping a register of them",
		Categories: []*policy.Category{customer}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{eu12Prepaid},
		Recipients: []*policy.Recipient{authorities},
		Required:   "the law forbids us to activate a prepaid card without the buyer's name and identity document"}
	billingPurpose := &policy.Purpose{ID: "billing", Name: "Billing your services and collecting payment",
		Categories: []*policy.Category{customer, billing, traffic}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{tme, providers, operators}}
	network := &policy.Purpose{ID: "network", Name: "Running, protecting and improving our network, and diagnosing your line and equipment remotely",
		Categories: []*policy.Category{traffic, customer}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "keeping the network secure and working and repairing faults quickly", Recipients: []*policy.Recipient{group}}
	credit := &policy.Purpose{ID: "credit", Name: "Checking your solvency before a postpaid contract or the sale of a device in instalments",
		Categories: []*policy.Category{customer, billing, solvency}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:      "avoiding debts we cannot recover, since we provide services and devices before you pay for them",
		Recipients:    []*policy.Recipient{files},
		Automated:     "we decide automatically, from your score and any entry in the credit information systems, whether we accept your application as it is, ask for a deposit or limit the devices you may pay for in instalments",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial}}
	financing := &policy.Purpose{ID: "financing", Name: "Arranging the financing of devices through Telefónica Consumer Finance",
		Categories: []*policy.Category{customer, billing}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{financier},
		Required: "paying in instalments is up to you; if the financing is refused, you can pay for the device at once"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud, such as contracts in someone else's name, duplicate SIM cards obtained by impostors and unusual use of a line",
		Categories: []*policy.Category{customer, traffic, billing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and ourselves against fraud and its costs", Recipients: []*policy.Recipient{group},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Contest: "by calling customer service or in a Movistar shop"}}
	collection := &policy.Purpose{ID: "collection", Name: "Recovering unpaid bills",
		Categories: []*policy.Category{customer, billing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "recovering what we are owed", Recipients: []*policy.Recipient{collectors, files},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment}, Contest: "by calling customer service"}}
	support := &policy.Purpose{ID: "support", Name: "Answering your questions, fault reports, complaints and claims",
		Categories: []*policy.Category{service, customer}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{tme, group, providers, shops},
		Required: "we cannot deal with your request without its details"}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls to keep proof of contracts made by phone and to check the quality of our service",
		Categories: []*policy.Category{service}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "being able to show what was agreed on the phone, and training our agents", Recipients: []*policy.Recipient{providers}}
	listing := &policy.Purpose{ID: "directory", Name: "Listing you in phone directories and directory enquiries, if you ask us to",
		Categories: []*policy.Category{directory}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in the Privacy Centre of Mi Movistar or by calling customer service", Recipients: []*policy.Recipient{directories}}
	emergencyCalls := &policy.Purpose{ID: "emergency", Name: "Connecting calls to 112 and giving the emergency services the caller's location",
		Categories: []*policy.Category{customer, traffic}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{eu12LGTel("")},
		Recipients: []*policy.Recipient{emergency}}
	lawful := &policy.Purpose{ID: "lawful", Name: "Keeping traffic data for twelve months for the authorities, and enabling the interception of communications a court orders",
		Categories: []*policy.Category{customer, traffic}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu12DataRetention, eu12Interception}, Recipients: []*policy.Recipient{authorities}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our tax and accounting records",
		Categories: []*policy.Category{billing}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{eu11ESTax, eu11ESCommerce}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Offering our customers Movistar products and services like those they have, by email and text message",
		Categories: []*policy.Category{customer, billing}, Bases: []policy.Basis{policy.BasisLegitimateInterests}, Profiling: true,
		Interest: "telling our customers about our own products that suit the services they have and how much they spend", OptOut: true,
		OptOutHow: "in the Privacy Centre of Mi Movistar, with the link in each email or by calling customer service", ConsentExemptBy: []policy.Obligation{eu6LSSISoftOpt},
		Recipients: []*policy.Recipient{providers}}
	calls := &policy.Purpose{ID: "calls", DirectMarketing: true, Name: "Calling you with our offers",
		Categories: []*policy.Category{customer}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{eu12PhoneCalls}, Withdraw: "in the Privacy Centre of Mi Movistar, or by telling the caller", Recipients: []*policy.Recipient{providers}}
	usageOffers := &policy.Purpose{ID: "usage-offers", DirectMarketing: true, Name: "Using your traffic and location data to make you offers that suit how you use our services",
		Categories: []*policy.Category{traffic, customer}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Profiling: true,
		Withdraw: "in the Privacy Centre of Mi Movistar"}
	partnerOffers := &policy.Purpose{ID: "partner-offers", DirectMarketing: true, Name: "Telling you about the products of Telefónica group companies and of our partners, such as insurance, alarms and energy",
		Categories: []*policy.Category{customer}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in the Privacy Centre of Mi Movistar"}
	tv := &policy.Purpose{ID: "tv", Name: "Recommending programmes in Movistar Plus+ from what you watch",
		Categories: []*policy.Category{viewing}, Bases: []policy.Basis{policy.BasisLegitimateInterests}, Profiling: true,
		Interest: "showing you programmes you are likely to enjoy", OptOut: true, OptOutHow: "in the settings of your Movistar Plus+ profile"}
	statistics := &policy.Purpose{ID: "statistics", Name: "Producing anonymised statistics of where and how many people move, for public bodies and businesses",
		Categories: []*policy.Category{traffic}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering statistics of the movements of people, such as to the National Statistics Institute, from data that no longer identifies anyone",
		OptOut:   true, OptOutHow: "in the Privacy Centre of Mi Movistar",
		Retention: policy.Retention{Kind: policy.RetentionCriteria, Anonymise: true,
			Criteria: "the data is anonymised and aggregated before any statistic is drawn from it"}}
	website := &policy.Purpose{ID: "website", Name: "Running our websites and the Mi Movistar app and keeping them secure",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the pages you ask for and protecting your account"}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our websites and apps are used",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6LSSICookies}, Withdraw: "in the cookie settings"}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and measuring them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6LSSICookies}, Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}

	p := &policy.Policy{
		Title: "Movistar privacy policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Telefónica de España, S.A.U.", Address: hq, Website: "https://www.movistar.example"},
			Registration: "NIF A-82018474", Country: regionES},
		DPO: &policy.Contact{Name: "Data Protection Officer of Telefónica de España and Telefónica Móviles España", Email: "dpo@telefonica.example",
			Address: "Apartado de Correos 46155, 28080 Madrid, Spain"},
		Version: "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		URL:       "https://www.movistar.example/privacidad",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu6LOPDGDD, eu6LSSI, eu12LGTel("")},
		Scope:     []string{"Movistar's fixed-line, fibre, mobile and Movistar Plus+ services for consumers in Spain, movistar.es and the Mi Movistar app"},
		OtherNotices: []policy.Notice{
			{Covers: "the cookies of our websites, in our cookie policy", URL: "https://www.movistar.example/cookies"},
			{Covers: "the alarm services of Movistar Prosegur Alarmas, which has its own notice"},
		},
		Categories: []*policy.Category{customer, billing, traffic, viewing, solvency, service, directory, online},
		NotCollected: []policy.Exclusion{
			{ID: "content", Name: "the content of your calls and messages, which our network carries without our looking at it", Category: traffic},
		},
		Purposes: []*policy.Purpose{contract, prepaid, billingPurpose, network, credit, financing, fraud, collection, support, recording, listing, emergencyCalls, lawful, records,
			offers, calls, usageOffers, partnerOffers, tv, statistics, website, analytics, ads},
		Recipients: []*policy.Recipient{tme, group, providers, shops, operators, files, financier, collectors, directories, emergency, authorities, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: eu12Peru, Recipient: providers, Categories: []*policy.Category{customer, billing, service}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can obtain a copy of the clauses from our data protection officer."},
			{Origin: regionEU, Destination: eu12Colombia, Recipient: providers, Categories: []*policy.Category{customer, billing, service}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can obtain a copy of the clauses from our data protection officer."},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: operators, Categories: []*policy.Category{traffic, customer}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{{From: policy.EventContractEnd, Categories: []*policy.Category{customer, billing, service},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "technical", Name: "technical cookies that keep you signed in and remember your choices", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies of our partners", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the Privacy Centre of Mi Movistar, or by email or post to our data protection officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by calling customer service, after which a member of our staff reviews the decision and hears your view"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			WithoutAccount: "by email or post to our data protection officer, with a copy of your identity document"},
		Redress: []policy.Redress{eu9AEPD},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureStaffTraining, Description: "Everyone who works for us is bound by the secrecy of communications."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.movistar.example/cookies/settings"},
		Children: policy.Children{MinimumAge: 18, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionParentalControls},
			Note: "A minor may use a line whose contract a parent or guardian holds; Movistar Plus+ has parental controls with a PIN."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "dpo@telefonica.example"},
	}
	return realPolicy{"telecoms operator (Movistar)", p, []statement{
		{says: "Telefónica de España, S.A.U., of Madrid, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionES && p.Controller.Name == "Telefónica de España, S.A.U." && strings.HasPrefix(p.Controller.Registration, "NIF")
		}},
		{says: "Telefónica de España and Telefónica Móviles España decide together how Movistar uses your data, and either answers your requests", typed: func(p *policy.Policy) bool {
			t := recipient(p, "tme")
			return t.Role == policy.RoleJointController && strings.Contains(t.Arrangement, "answers your requests")
		}},
		{says: "the two companies share a data protection officer, whom you can reach by email or post", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR, the LOPDGDD, the LSSI and the General Telecommunications Act", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu6LOPDGDD && p.LegalActs[1] == eu6LSSI && strings.HasPrefix(p.LegalActs[2].Act, "Ley 11/2022")
		}},
		{says: "this policy covers our consumer services, movistar.es and the Mi Movistar app; cookies and Movistar Prosegur Alarmas have their own", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "Mi Movistar") && len(p.OtherNotices) == 2
		}},
		{says: "for a contract we record your identity, identity document number, addresses, contact details, bank details, products and equipment", typed: func(p *policy.Policy) bool {
			c := p.Category("customer")
			return slices.Contains(c.Items, "the number of your DNI, NIE or passport") && slices.Contains(p.Category("billing").Items, "bank account (IBAN) for direct debit")
		}},
		{says: "without these details we cannot conclude a contract or provide the service", typed: func(p *policy.Policy) bool {
			c := p.Purpose("contract")
			return c.RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(c.Required, "cannot provide")
		}},
		{says: "we identify whoever buys a prepaid card, with an identity document, and keep a register of them, as Ley 25/2007 requires", typed: func(p *policy.Policy) bool {
			pp := p.Purpose("prepaid")
			return pp.RestsOn(policy.BasisLegalObligation, policy.GDPR) && pp.Obligations[0] == eu12Prepaid && strings.Contains(pp.Required, "identity document")
		}},
		{says: "to connect and bill your calls we process traffic data: the numbers, the time and length of each call, the data used, the IP address and the mobile cell", typed: func(p *policy.Policy) bool {
			return len(p.Category("traffic").Items) == 5 && p.Purpose("billing").Uses(p.Category("traffic"))
		}},
		{says: "your communications are protected by the secrecy of communications the Constitution guarantees", typed: func(p *policy.Policy) bool {
			s := p.Category("traffic").Secrecy
			return s.Kind == policy.SecrecyCommunications && strings.Contains(s.Laws[0].Act, "18.3")
		}},
		{says: "we do not look at the content of your calls and messages", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("traffic")
		}},
		{says: "we keep traffic data for twelve months for the authorities, as Ley 25/2007 requires, and hand it over only on a court's authority", typed: func(p *policy.Policy) bool {
			l := p.Purpose("lawful")
			return l.RestsOn(policy.BasisLegalObligation, policy.GDPR) && l.Obligations[0] == eu12DataRetention && recipient(p, "authorities").Conditional &&
				strings.Contains(p.Category("traffic").Retention.Criteria, "twelve months")
		}},
		{says: "we must enable the interception of communications a court orders", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("lawful").Obligations, eu12Interception) && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "when you call 112, we give the emergency services your number and location, as the law requires", typed: func(p *policy.Policy) bool {
			e := p.Purpose("emergency")
			return e.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(e.Recipients, recipient(p, "emergency")) && !recipient(p, "emergency").Conditional
		}},
		{says: "other operators receive traffic data to connect your calls, serve you when you roam, settle charges and move your number", typed: func(p *policy.Policy) bool {
			return recipient(p, "operators").Role == policy.RoleThirdParty && strings.Contains(recipient(p, "operators").Purpose, "move your number")
		}},
		{says: "when you roam, the operator of the country you travel to receives what it needs to serve you", typed: func(p *policy.Policy) bool {
			t := p.Transfers[2]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "we run, protect and improve our network and diagnose your line remotely, in our legitimate interest", typed: func(p *policy.Policy) bool {
			n := p.Purpose("network")
			return n.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && n.Interest != ""
		}},
		{says: "before a postpaid contract or the sale of a device in instalments we consult the common credit information systems ASNEF and BADEXCUG", typed: func(p *policy.Policy) bool {
			c := p.Purpose("credit")
			return slices.Contains(c.Recipients, recipient(p, "files")) && strings.Contains(p.Category("solvency").SourceDetail, "ASNEF")
		}},
		{says: "we decide automatically from your score whether to accept your application, ask for a deposit or limit instalments, and you may ask a person to review it", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision) && p.Purpose("credit").DecisionAreas[0] == policy.DecisionFinancial
		}},
		{says: "if you leave a certain and due debt unpaid after we asked for it and warned you, we may report it to those systems, where it stays until paid and at most five years", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("collection").Recipients, recipient(p, "files")) && strings.Contains(p.Category("solvency").Retention.Criteria, "five years")
		}},
		{says: "the credit information systems have their own information for you", typed: func(p *policy.Policy) bool { return recipient(p, "files").NoticeURL != "" }},
		{says: "if you pay for a device in instalments, Telefónica Consumer Finance checks your credit and grants the financing, as a controller in its own right", typed: func(p *policy.Policy) bool {
			f := recipient(p, "financier")
			return f.Role == policy.RoleThirdParty && f.Conditional && f.NoticeURL != "" && strings.Contains(p.Purpose("financing").Required, "at once")
		}},
		{says: "we may suspend a line or refuse an order where we suspect fraud, such as a duplicate SIM requested by an impostor", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover) && slices.Contains(s.Targets, policy.SuspensionTargetServices) && s.Contest != ""
		}},
		{says: "if you do not pay, we may suspend the service and pass the debt to a collection agency", typed: func(p *policy.Policy) bool {
			s := p.Purpose("collection").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundNonPayment) && recipient(p, "collectors").Conditional
		}},
		{says: "customer service uses what you tell us in calls, chats, emails and shops to answer you", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("service")) && p.Purpose("support").Required != ""
		}},
		{says: "we record calls, telling you at the start, to keep proof of contracts made by phone and to check quality", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recording")
			return p.Category("service").RecordingNotice && r.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && strings.Contains(r.Interest, "agreed")
		}},
		{says: "we list you in phone directories only if you ask, with the details you choose, and you may ask to be removed", typed: func(p *policy.Policy) bool {
			return p.Category("directory").Visibility == policy.VisibilityOptional && p.Purpose("directory").RestsOnConsent() && recipient(p, "directories").Conditional
		}},
		{says: "we keep invoices and accounting records as the General Tax Act and the Commercial Code require", typed: func(p *policy.Policy) bool {
			r := p.Purpose("records")
			return r.RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(r.Obligations) == 2 && p.Category("billing").Retention.Law == eu11ESBooks
		}},
		{says: "we offer our customers Movistar products like those they have, from a profile of their services and spending, in our legitimate interest", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.Profiling && o.DirectMarketing && o.RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "such offers by email or text message are allowed by art. 21.2 LSSI, and you may refuse them at any time in the Privacy Centre or with the link in each message", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.OptOut && strings.Contains(o.OptOutHow, "Privacy Centre") && o.ConsentExemptBy[0] == eu6LSSISoftOpt
		}},
		{says: "we call you with offers only if you agreed to it, as art. 66 of the General Telecommunications Act requires", typed: func(p *policy.Policy) bool {
			c := p.Purpose("calls")
			return c.RestsOnConsent() && c.ConsentRequiredBy[0] == eu12PhoneCalls
		}},
		{says: "with your consent we use your traffic and location data to make offers that suit how you use our services", typed: func(p *policy.Policy) bool {
			u := p.Purpose("usage-offers")
			return u.RestsOnConsent() && u.Uses(p.Category("traffic")) && u.Profiling
		}},
		{says: "with your consent we tell you about the products of Telefónica group companies and our partners", typed: func(p *policy.Policy) bool {
			return p.Purpose("partner-offers").RestsOnConsent() && p.Purpose("partner-offers").DirectMarketing
		}},
		{says: "you give and withdraw these consents in the Privacy Centre of Mi Movistar", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("usage-offers").Withdraw, "Privacy Centre") && strings.Contains(p.Purpose("partner-offers").Withdraw, "Privacy Centre")
		}},
		{says: "Movistar Plus+ recommends programmes from what you watch, which you may turn off", typed: func(p *policy.Policy) bool {
			t := p.Purpose("tv")
			return t.Profiling && t.OptOut && t.OptOutHow != "" && t.Uses(p.Category("viewing"))
		}},
		{says: "we produce statistics of people's movements from anonymised and aggregated data, such as for the National Statistics Institute, and you may object", typed: func(p *policy.Policy) bool {
			s := p.Purpose("statistics")
			return s.Retention.Anonymise && s.OptOut && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "companies of our group, distributors that run our shops and providers of call centres, installation and IT process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "shops").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "some providers work from Peru and Colombia under standard contractual clauses, a copy of which our DPO gives you", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == eu12Peru && p.Transfers[1].Destination == eu12Colombia && t.Safeguard == policy.SafeguardStandardClauses && t.Note != ""
		}},
		{says: "technical cookies are set without consent; analytics and advertising cookies only with your consent, as art. 22.2 LSSI requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "technical").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn &&
				p.Purpose("advertising").ConsentRequiredBy[0] == eu6LSSICookies
		}},
		{says: "advertising partners in the US receive cookie data under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[3].Destination == regionUS && p.Transfers[3].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "after the contract ends we block what we must keep and use it only for claims and the authorities", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.KeptRestricted && d.Keeps(policy.KeptLegalClaims) && d.From == policy.EventContractEnd
		}},
		{says: "you may access, rectify and erase your data, object to and restrict its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you exercise your rights in the Privacy Centre of Mi Movistar, or by writing to our DPO with a copy of your identity document", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && strings.Contains(p.Requests.WithoutAccount, "identity document")
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Agencia Española de Protección de Datos", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0] == eu9AEPD
		}},
		{says: "everyone who works for us is bound by the secrecy of communications, and we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we never ask for your passwords or codes by phone, email or text message; beware of messages that pretend to come from us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "only adults may contract with us; a minor may use a line a parent holds, and Movistar Plus+ has parental controls", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "we tell you of important changes to this policy on our website and in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		// Free text.
		{says: "you may hide your number from those you call, call by call or on every call, free of charge", free: toPurpose("contract")},
		{says: "before we issue a duplicate SIM card we check the identity of whoever asks, in a shop with an identity document or in the app", free: toPurpose("fraud")},
	}}
}

// eu12AT is Austria, where Runtastic GmbH, which runs the adidas Running
// app, is established.
var eu12AT = language.MustParseRegion("AT")

// realPolicyEu12Adidas paraphrases, in our own words and as we recall
// it, the privacy notice of adidas AG for its online shop, apps and the
// adiClub membership programme in Germany, as published in 2024-2025:
// the Herzogenaurach sportswear company sells on adidas.de and in the
// adidas app, lets members of the free adiClub collect points for
// purchases, reviews and activities they log in the adidas Running app
// (which Runtastic GmbH runs under its own notice) and unlock rewards
// and levels, runs draws for limited releases in the CONFIRMED app,
// from which it removes entries by bots and duplicate accounts, and
// personalises content and offers with the member's consent. Orders are
// checked for fraud automatically; Klarna checks credit for invoice and
// instalments. Newsletters need double opt-in consent, cookies other
// than the necessary ones consent under § 25 TDDDG, and matching
// customers with social networks for ads consent in the privacy
// settings. It declares the GDPR, the BDSG and the TDDDG, and names the
// Bavarian authority.
func realPolicyEu12Adidas() realPolicy {
	hq := "Adi-Dassler-Strasse 1, 91074 Herzogenaurach, Germany"

	account := &policy.Category{ID: "account", Name: "Account data",
		Items: []string{"first and last name", "email address and password", "date of birth", "gender, if you tell us", "phone number, if you give it",
			"delivery and billing addresses", "the Apple, Google or Facebook login you sign in with"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Apple, Google or Facebook, if you sign in with them", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	adiclub := &policy.Category{ID: "adiclub", Name: "adiClub data",
		Items: []string{"your member number and level", "your points, and how you earned and spent them", "the rewards and vouchers you unlock and redeem",
			"your purchases in adidas stores when you scan your adiClub ID at the till"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Order data",
		Items: []string{"the products you order, with size and price", "what you have printed on a product, such as a name or number", "home delivery or click and collect",
			"returns and refunds", "invoices", "the name and address of someone you send a gift to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.AsRequiredBy(de2Bookkeeping)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the payment method you choose", "the result of the payment", "for invoice or instalments, the result of Klarna's credit check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "payment service providers and Klarna", Linked: true,
		Retention: policy.AsRequiredBy(de2Bookkeeping)}
	activity := &policy.Category{ID: "activity", Name: "Activities from the adidas Running app",
		Items:       []string{"the runs and workouts you log, with their date and distance"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "Runtastic GmbH, if you connect the adidas Running app to your adiClub membership", Linked: true,
		Retention: policy.ByCriteria("as long as the adidas Running app stays connected to your membership")}
	preferences := &policy.Category{ID: "preferences", Name: "Preferences",
		Items:       []string{"the sports, teams and products you tell us you like", "your sizes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	usage := &policy.Category{ID: "usage", Name: "Usage and device data",
		Items: []string{"IP address", "browser, device and app version", "the pages and products you view, your searches and your basket",
			"signals of your device and connection, for checking orders and entries"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as each cookie or the check of an order needs it, as the cookie settings state")}
	profile := &policy.Category{ID: "profile", Name: "Interest profile",
		Items:       []string{"the sports, products and styles we infer you are interested in", "how you respond to our emails and offers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, adiclub, usage, preferences}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	reviews := &policy.Category{ID: "reviews", Name: "Product reviews",
		Items:       []string{"your rating and review", "the nickname and, if you choose, the photos you post with it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("while the product is offered, unless you ask us to remove the review")}
	drops := &policy.Category{ID: "drops", Name: "Entries for limited releases",
		Items:       []string{"your entries for releases in the CONFIRMED app, with the size and the store or delivery you choose", "whether your entry won"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("until the release is over, and longer only for an entry that broke the rules, as long as we need to keep its account from entering again")}
	service := &policy.Category{ID: "service", Name: "Customer service contacts",
		Items:       []string{"your calls, chats and emails with customer service", "your chats with our virtual assistant", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionCriteria, Criteria: "as long as needed to answer you, and then until claims about the matter are time-barred", Law: eu8Limitation}}
	location := &policy.Category{ID: "location", Name: "Location",
		Items:       []string{"the location of your phone, when you look for a store or use the app in one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "a scrambled (hashed) copy of your email address, for matching you on social networks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts, or until you withdraw your consent")}

	group := &policy.Recipient{ID: "group", Name: "other companies of the adidas group, such as adidas America, Inc.", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, adiclub, orders, service}, Purpose: "to run IT, customer service and our apps for us"}
	providers := &policy.Recipient{ID: "providers", Name: "providers of hosting, cloud, email, customer service software, app services and order checks", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, adiclub, orders, usage, service, drops, reviews}}
	carriers := &policy.Recipient{ID: "carriers", Name: "parcel services that deliver your orders and collect your returns", Role: policy.RoleThirdParty, Country: regionDE,
		Categories: []*policy.Category{account, orders}, Purpose: "to deliver your order, tell you when it arrives and collect returns", OwnPolicy: true}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers, such as Adyen, PayPal and Klarna", Role: policy.RoleThirdParty, Country: regionEU,
		Categories: []*policy.Category{account, orders, payment}, Purpose: "to take your payment, and for invoice or instalments through Klarna to check your credit", OwnPolicy: true}
	runtastic := &policy.Recipient{ID: "runtastic", Name: "Runtastic GmbH, which runs the adidas Running app", Role: policy.RoleThirdParty, Country: eu12AT,
		Categories: []*policy.Category{adiclub}, Conditional: true, NoticeURL: "https://www.runtastic.example/privacy",
		Purpose: "if you connect the adidas Running app to your adiClub membership, to exchange what is needed to give you points for your activities"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and social networks, such as Google, Meta and TikTok", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show our ads on other websites and social networks and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, prosecutors and tax authorities", Role: policy.RoleAuthority, Country: regionDE,
		Categories: []*policy.Category{account, orders, payment}, Conditional: true, Purpose: "where the law obliges us to disclose"}

	customerAccount := &policy.Purpose{ID: "account", Name: "Running your adidas account",
		Categories: []*policy.Category{account, preferences}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "you need an email address, a password and your date of birth for an account; you can also order as a guest"}
	selling := &policy.Purpose{ID: "orders", Name: "Selling, making and delivering what you order, and handling returns and refunds",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers, psps, group, providers},
		Required: "without your name, address and a means of payment we cannot deliver an order"}
	updates := &policy.Purpose{ID: "updates", Name: "Telling you by email and push notification about your order, its delivery and your return", ServiceMessages: true,
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, carriers}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Checking orders for fraud and choosing the payment methods we offer",
		Categories: []*policy.Category{account, orders, usage, payment}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "protecting us and our customers against fraudulent orders and the misuse of accounts and payment methods",
		Automated:  "when you order, an automated check of your order, your address and your device decides whether we accept the order and which payment methods we offer you",
		Recipients: []*policy.Recipient{providers, psps},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Automated: policy.AnswerYes, Contest: "by contacting customer service", HumanReview: true}}
	club := &policy.Purpose{ID: "adiclub", Name: "Running adiClub: points, levels and rewards",
		Categories: []*policy.Category{account, adiclub, orders, activity}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{runtastic, group, providers},
		Required: "membership is free and comes with your adidas account; you need not connect the adidas Running app, but without it you earn no points for activities"}
	personalisation := &policy.Purpose{ID: "personalisation", Name: "Personalising what you see on adidas.de, in the apps and in our emails, and the offers and rewards we choose for you",
		Categories: []*policy.Category{profile, orders, adiclub, usage, preferences}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in the privacy settings of your account", Profiling: true, Recipients: []*policy.Recipient{providers}}
	newsletter := &policy.Purpose{ID: "newsletter", Name: "Sending you our newsletter by email and text message", DirectMarketing: true,
		Categories: []*policy.Category{account, profile}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{eu7UWGConsent}, Withdraw: "with the unsubscribe link in every message or in your account", Recipients: []*policy.Recipient{providers}}
	similar := &policy.Purpose{ID: "similar", Name: "Emailing our customers offers of products like those they bought", DirectMarketing: true,
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products like those they bought", OptOut: true,
		OptOutHow: "with the link in every such email, or when you give us your email address", ConsentExemptBy: []policy.Obligation{eu8UWGExempt},
		Recipients: []*policy.Recipient{providers}}
	push := &policy.Purpose{ID: "push", Name: "Sending you push notifications about releases and offers in our apps", DirectMarketing: true,
		Categories: []*policy.Category{account, profile}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "in your phone's settings or in the app", Recipients: []*policy.Recipient{providers}}
	audiences := &policy.Purpose{ID: "audiences", Name: "Showing you our ads on social networks by matching a scrambled copy of your email address", DirectMarketing: true,
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in the privacy settings of your account", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing your product reviews",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by asking us to remove the review", Recipients: []*policy.Recipient{providers}}
	releases := &policy.Purpose{ID: "drops", Name: "Running draws for limited releases in the CONFIRMED app, and keeping bots and duplicate accounts out of them",
		Categories: []*policy.Category{account, drops, usage, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{providers, psps},
		Required:   "to enter you need an account and a valid means of payment; each person may enter once",
		Automated:  "our systems decide automatically, from the entry and signals of the device and account, whether an entry comes from a bot or a duplicate account and remove it from the draw",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach}, Automated: policy.AnswerYes, Contest: "by contacting customer service", HumanReview: true}}
	competitions := &policy.Purpose{ID: "competitions", Name: "Running competitions and prize draws, and telling the winners",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, carriers},
		Required: "taking part is up to you; without your name and contact details we cannot tell you that you won or send you the prize"}
	care := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{service, account, orders}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering questions that go beyond an order, and improving our service", Recipients: []*policy.Recipient{group, providers},
		Required: "we cannot look into a complaint about an order without its details"}
	stores := &policy.Purpose{ID: "location", Name: "Finding stores near you and showing what they have in stock",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Withdraw: "in your phone's settings"}
	operation := &policy.Purpose{ID: "operation", Name: "Running our website and apps and keeping them secure",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the pages you ask for and defending our systems against attacks", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and apps are used, to improve them",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", Name: "Showing you our ads on other websites and measuring them", DirectMarketing: true,
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our commercial and tax records",
		Categories: []*policy.Category{orders, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{de2Records}, Recipients: []*policy.Recipient{authorities},
		Required: "the law requires us to keep invoices and accounting records"}

	p := &policy.Policy{
		Title: "adidas privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "adidas AG", Address: hq, Website: "https://www.adidas.example"},
			Registration: "Amtsgericht Fürth, HRB 3868", Country: regionDE},
		DPO:     &policy.Contact{Name: "Data Protection Officer of adidas AG", Email: "dataprivacy@adidas.example", Address: hq},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		URL:       "https://www.adidas.example/de/privacy",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{de2BDSG, de2TDDDG},
		Scope:     []string{"adidas.de, the adidas and CONFIRMED apps and adiClub in Germany"},
		OtherNotices: []policy.Notice{
			{Covers: "the adidas Running and adidas Training apps, which Runtastic GmbH runs under its own notice", URL: "https://www.runtastic.example/privacy"},
			{Covers: "job applicants", URL: "https://careers.adidas.example/privacy"},
		},
		External:   []policy.ExternalService{policy.ExternalSocialNetworks},
		Categories: []*policy.Category{account, adiclub, orders, payment, activity, preferences, usage, profile, reviews, drops, service, location, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "The payment service provider that takes your payment keeps it."},
		},
		Purposes: []*policy.Purpose{customerAccount, selling, updates, fraud, club, personalisation, newsletter, similar, push, audiences, reviewing, releases, competitions, care, stores,
			operation, analytics, ads, records},
		Recipients: []*policy.Recipient{group, providers, carriers, psps, runtastic, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: group, Categories: []*policy.Category{account, adiclub, orders, service}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can obtain a copy of the clauses from our data protection officer."},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, adiclub, orders, usage, service, drops, reviews},
				Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, adiclub, preferences, profile},
			Kept: []policy.KeptReason{policy.KeptLegalObligation}, KeptFor: policy.Years(10), KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for your basket, login and security", Party: policy.PartyFirst, Purpose: operation,
				Categories: []*policy.Category{usage}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: providers, Purpose: analytics,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptIn},
			{ID: "marketing", Name: "marketing cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the privacy settings of your account, with our privacy request form or by writing to our data protection officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by contacting customer service, who will have a member of staff look at the decision"}),
		Requests:   policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress:    []policy.Redress{eu8BayLDA},
		UserDuties: []policy.UserDuty{policy.UserDutyOthersInformed},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:      policy.Links{CookieSettings: "https://www.adidas.example/de/cookie-settings", RequestForm: "https://www.adidas.example/de/privacy-request"},
		Children: policy.Children{MinimumAge: 16, AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared},
			Note: "If we learn that someone under 16 has given us their data, we delete it."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "dataprivacy@adidas.example"},
	}
	return realPolicy{"sportswear brand and membership programme (adidas)", p, []statement{
		{says: "adidas AG in Herzogenaurach is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && p.Controller.Name == "adidas AG" && strings.Contains(p.Controller.Address, "Herzogenaurach")
		}},
		{says: "our data protection officer can be reached by email and at our address", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR, the BDSG and the TDDDG", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == de2BDSG && p.LegalActs[1] == de2TDDDG
		}},
		{says: "this notice covers adidas.de, the adidas and CONFIRMED apps and adiClub; the adidas Running and Training apps have their own", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "CONFIRMED") && strings.Contains(p.OtherNotices[0].Covers, "Runtastic")
		}},
		{says: "for an account you give your name, email address, password and date of birth; you may also order as a guest", typed: func(p *policy.Policy) bool {
			a := p.Purpose("account")
			return a.RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(a.Required, "guest") && slices.Contains(p.Category("account").Items, "date of birth")
		}},
		{says: "you may sign in with Apple, Google or Facebook, which then tell us who you are", typed: func(p *policy.Policy) bool {
			a := p.Category("account")
			return slices.Contains(a.Sources, policy.SourceThirdParty) && strings.Contains(a.SourceDetail, "Apple")
		}},
		{says: "you may tell us the sports and products you like, and your sizes", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Uses(p.Category("preferences")) && slices.Contains(p.Category("preferences").Items, "your sizes")
		}},
		{says: "you must be at least 16 to have an account; we ask your date of birth, and delete the data of anyone younger we learn of", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 16 && slices.Contains(p.Children.AgeChecks, policy.AgeCheckDeclared) && p.Children.Note != ""
		}},
		{says: "we sell, make and deliver what you order, and handle returns and refunds, under our contract with you", typed: func(p *policy.Policy) bool {
			o := p.Purpose("orders")
			return o.RestsOn(policy.BasisContract, policy.GDPR) && slices.Contains(p.Category("orders").Items, "returns and refunds") && strings.Contains(o.Required, "cannot deliver")
		}},
		{says: "we print on a product the name or number you choose", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("orders").Items[1], "printed")
		}},
		{says: "if you send a gift to someone, you give us their name and address and must tell them", typed: func(p *policy.Policy) bool {
			return othersGive(p, "orders") && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "parcel services receive your name and address to deliver your order and collect returns", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").OwnPolicy && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "carriers"))
		}},
		{says: "we tell you by email and push notification about your order, its delivery and your return", typed: func(p *policy.Policy) bool {
			return p.Purpose("updates").ServiceMessages && !p.Purpose("updates").DirectMarketing
		}},
		{says: "payment service providers such as Adyen, PayPal and Klarna take your payment as controllers, and we do not keep your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").Role == policy.RoleThirdParty && recipient(p, "psps").OwnPolicy && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "for invoice or instalments Klarna checks your credit", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "psps").Purpose, "check your credit") && strings.Contains(p.Category("payment").SourceDetail, "Klarna")
		}},
		{says: "an automated check of each order for fraud decides whether we accept it and which payment methods we offer", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.Automated != "" && f.Suspension.Automated == policy.AnswerYes && slices.Contains(f.Suspension.Targets, policy.SuspensionTargetOrder)
		}},
		{says: "you may ask for a member of staff to look at such a decision, give your view and contest it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightNoAutomatedDecision) && p.Purpose("fraud").Suspension.HumanReview
		}},
		{says: "adiClub is free and comes with your account: you earn points, reach levels and unlock rewards", typed: func(p *policy.Policy) bool {
			c := p.Purpose("adiclub")
			return c.RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(c.Required, "free") && len(p.Category("adiclub").Items) == 4
		}},
		{says: "scan your adiClub ID at the till and your store purchases count too", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("adiclub").Items[3], "scan your adiClub ID")
		}},
		{says: "if you connect the adidas Running app, Runtastic gives us your activities so that you earn points for them", typed: func(p *policy.Policy) bool {
			r := recipient(p, "runtastic")
			return r.Conditional && r.NoticeURL != "" && r.Country == eu12AT && p.Purpose("adiclub").Uses(p.Category("activity"))
		}},
		{says: "with your consent we personalise our website, apps, emails, offers and rewards from what you buy, view and do in adiClub", typed: func(p *policy.Policy) bool {
			pe := p.Purpose("personalisation")
			return pe.RestsOnConsent() && pe.Profiling && slices.Contains(p.Category("profile").DerivedFrom, p.Category("adiclub"))
		}},
		{says: "you may withdraw that consent in your privacy settings, and we then stop using the profile", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("personalisation").Withdraw, "privacy settings") && p.Category("profile").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "we send the newsletter only with your consent, confirmed by double opt-in and recorded, as § 7 UWG requires", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.ConsentMethod == policy.ConsentMethodDoubleOptIn && n.ConsentLogged && n.ConsentRequiredBy[0] == eu7UWGConsent
		}},
		{says: "we may email customers offers of products like those they bought, as § 7(3) UWG allows, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			s := p.Purpose("similar")
			return s.OptOut && s.OptOutHow != "" && s.ConsentExemptBy[0] == eu8UWGExempt && !s.RestsOnConsent()
		}},
		{says: "the apps send push notifications about releases and offers only if you allow them on your phone", typed: func(p *policy.Policy) bool {
			return p.Purpose("push").ConsentMethod == policy.ConsentMethodPlatformPrompt && p.Purpose("push").DirectMarketing
		}},
		{says: "with your consent we match a scrambled copy of your email address with social networks to show you our ads there", typed: func(p *policy.Policy) bool {
			a := p.Purpose("audiences")
			return a.RestsOnConsent() && slices.Contains(a.Recipients, recipient(p, "advertising")) && strings.Contains(p.Category("tracking").Items[2], "hashed")
		}},
		{says: "we publish your product reviews, with the nickname and photos you choose, with your consent", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").RestsOnConsent()
		}},
		{says: "in the CONFIRMED app you enter draws for limited releases; you need an account and a means of payment, and may enter once", typed: func(p *policy.Policy) bool {
			d := p.Purpose("drops")
			return d.RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(d.Required, "enter once")
		}},
		{says: "our systems remove entries from bots and duplicate accounts automatically, and may block such accounts; customer service has a person look at it if you object", typed: func(p *policy.Policy) bool {
			d := p.Purpose("drops")
			return d.Automated != "" && d.Suspension.HumanReview && slices.Contains(d.Suspension.Targets, policy.SuspensionTargetAccount) &&
				slices.Contains(d.Suspension.Grounds, policy.SuspensionGroundTermsBreach)
		}},
		{says: "when you enter a competition we use your name and contact details to run it, tell you if you won and send the prize", typed: func(p *policy.Policy) bool {
			c := p.Purpose("competitions")
			return c.RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(c.Required, "prize")
		}},
		{says: "customer service and our virtual assistant use what you tell us to answer you", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && slices.Contains(p.Category("service").Items, "your chats with our virtual assistant")
		}},
		{says: "we keep customer service contacts until claims about them are time-barred", typed: func(p *policy.Policy) bool {
			return p.Category("service").Retention.Law == eu8Limitation
		}},
		{says: "the app finds stores near you with your phone's location, if you allow it", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "necessary cookies are set without consent; analytics and marketing cookies and pixels only with your consent, as § 25 TDDDG requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn &&
				cookie(p, "marketing").Technology == policy.TechnologyPixel && p.Purpose("advertising").ConsentRequiredBy[0] == eu7TDDDG
		}},
		{says: "you may change your cookie choices at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "companies of the adidas group and providers of hosting, email, customer service and order checks process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "adidas America and other group companies outside the EU receive data under standard contractual clauses, a copy of which our DPO gives you", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Recipient == recipient(p, "group") && t.Safeguard == policy.SafeguardStandardClauses && t.Note != ""
		}},
		{says: "providers and advertising partners in the US receive data under the EU-US Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[2].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to the police, prosecutors and tax authorities only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we keep invoices and accounting records for ten years, as the Commercial Code and the Fiscal Code require", typed: func(p *policy.Policy) bool {
			r := p.Purpose("records")
			return r.RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("orders").Retention.Law == de2Bookkeeping
		}},
		{says: "when you close your account we delete your account and adiClub data, except what we must keep, which we then only store", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.KeptRestricted && d.Keeps(policy.KeptLegalObligation) && d.KeptFor == policy.Years(10)
		}},
		{says: "you may access, rectify and erase your data, restrict its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may object at any time to processing in our legitimate interests and to direct marketing", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection) && p.Purpose("similar").DirectMarketing
		}},
		{says: "you exercise your rights in your account's privacy settings or with our privacy request form", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationSignedIn) && strings.Contains(p.Rights[0].How, "privacy settings")
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to a supervisory authority, in particular the Bavarian State Office for Data Protection Supervision", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0] == eu8BayLDA
		}},
		{says: "we protect data with encryption in transit and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "if you interact with us on social networks, their operators process your data under their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "the version published on our website applies", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && p.URL != ""
		}},
		// Free text.
		{says: "points expire if you do not use your membership for a time, and rewards are valid only for the period stated with them", free: toPurpose("adiclub")},
		{says: "we choose the winners of a competition at random, unless its conditions of entry say otherwise", free: toPurpose("competitions")},
	}}
}

// The French acts the Renault paraphrase cites beyond those of the other
// files, each as the law of France.
var (
	eu12FrRecall = policy.Obligation{Act: "Code de la consommation, art. L. 423-3", Region: regionFR}
	eu12FrSIV    = "the national vehicle registration system (SIV), which the Code de la route (art. L. 330-2) opens to manufacturers for recalls"
)

// realPolicyEu12Renault paraphrases, in our own words and as we recall
// it, the personal data protection policy of Renault SAS for its
// customers and prospects in France, as published in 2024-2025: the
// carmaker of Boulogne-Billancourt answers requests for brochures,
// quotes and test drives through the dealer the prospect chooses, sells
// and services vehicles through the independent dealers and repairers of
// its network, runs the MY Renault account and app and the connected
// services of its vehicles (remote charging and air conditioning, the
// vehicle's position and condition), recalls vehicles with the help of
// the national registration file, improves its vehicles from technical
// data, surveys customers' satisfaction, and markets to customers as
// the soft opt-in allows and to prospects with consent. Its vehicles'
// 112 eCall system sends the emergency services what they need after a
// serious accident without Renault receiving it; Google receives data
// only if the driver signs in to a Google account in a vehicle with
// Google built-in. Renault Nissan Technology & Business Centre India
// works on its systems under standard clauses. It declares the GDPR and
// the Loi Informatique et Libertés, recognises post-mortem directives,
// reminds customers of Bloctel, and names the CNIL.
func realPolicyEu12Renault() realPolicy {
	hq := "122-122 bis avenue du Général Leclerc, 92100 Boulogne-Billancourt, France"

	identity := &policy.Category{ID: "identity", Name: "Identity and contact data",
		Items:       []string{"title, first and last name", "postal address", "email address and phone numbers", "your MY Renault login", "your customer number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the dealer or repairer of our network you deal with", Linked: true,
		Retention: policy.ByCriteria("as long as you are our customer, and then three years from our last contact with you for our offers")}
	prospects := &policy.Category{ID: "prospects", Name: "Your requests as a prospect",
		Items:       []string{"the brochure, quote or test drive you ask for", "the model and version you are interested in", "the dealer you choose", "when you plan to buy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(3), policy.EventLastActivity)}
	vehicle := &policy.Category{ID: "vehicle", Name: "Vehicle data",
		Items: []string{"the vehicle identification number (VIN)", "model, version and registration number", "the date of purchase or first registration",
			"servicing, repairs and warranty claims", "mileage"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceAutomatic},
		SourceDetail: "the dealers and repairers of our network and, for recalls, " + eu12FrSIV, Linked: true,
		Retention: policy.ByCriteria("as long as you keep the vehicle, and as long as its warranty or a recall concerns it")}
	connected := &policy.Category{ID: "connected", Name: "Connected services data",
		Items: []string{"the vehicle's position, when you use a service that needs it", "battery level, charging, fuel level and range", "alerts about the vehicle's condition",
			"the commands you send from the app, such as starting the charge or the air conditioning"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your connected services last; the vehicle's position only as long as the service that uses it")}
	technical := &policy.Category{ID: "technical", Name: "Technical data of the vehicle",
		Items:       []string{"fault codes and the condition of the vehicle's systems", "how the vehicle's functions, such as driving aids and the multimedia system, are used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as we need it to study the quality of the vehicle, in pseudonymised form")}
	service := &policy.Category{ID: "service", Name: "Customer relations contacts",
		Items:       []string{"your calls, emails, letters and chats with Renault customer relations", "complaints", "recordings of calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as your request needs, and then five years, the time within which a claim may be brought (Code civil, art. 2224); call recordings six months")}
	surveys := &policy.Category{ID: "surveys", Name: "Survey answers",
		Items:       []string{"your answers to our satisfaction surveys after a purchase or a visit to the workshop"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(3), policy.EventCollection)}
	online := &policy.Category{ID: "online", Name: "Use of our websites and apps",
		Items:       []string{"IP address", "device and browser", "pages visited and configurations you make", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	dealers := &policy.Recipient{ID: "dealers", Name: "the dealers and repairers of the Renault network", Role: policy.RoleThirdParty, Country: regionFR,
		Categories: []*policy.Category{identity, prospects, vehicle}, OwnPolicy: true,
		Purpose: "to answer your request for a quote or a test drive, sell you a vehicle, service and repair it"}
	group := &policy.Recipient{ID: "group", Name: "companies of Renault Group, such as Renault Nissan Technology & Business Centre India", Role: policy.RoleProcessor, Country: fr2India,
		Categories: []*policy.Category{identity, vehicle, service}, Purpose: "to develop and run our IT and customer relations systems"}
	providers := &policy.Recipient{ID: "providers", Name: "providers of IT, hosting, connected services, call centres, marketing and surveys", Role: policy.RoleProcessor, Country: regionEU,
		Categories: []*policy.Category{identity, prospects, vehicle, connected, service, surveys, online}}
	mobilize := &policy.Recipient{ID: "mobilize", Name: "Mobilize Financial Services (RCI Banque S.A.)", Role: policy.RoleThirdParty, Country: regionFR,
		Categories: []*policy.Category{identity, prospects, vehicle}, Conditional: true, NoticeURL: "https://www.mobilize-fs.example/privacy",
		Purpose: "if you ask for a financing, leasing or insurance offer, or agree to receive its offers"}
	brands := &policy.Recipient{ID: "brands", Name: "the other brands and companies of Renault Group, such as Dacia and Alpine", Role: policy.RoleThirdParty, Country: regionFR,
		Categories: []*policy.Category{identity}, Conditional: true, OwnPolicy: true, Purpose: "if you agree to receive their offers"}
	google := &policy.Recipient{ID: "google", Name: "Google", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{connected}, Conditional: true, NoticeURL: "https://policies.google.example/privacy",
		Purpose: "if you sign in to your Google account in a vehicle with Google built-in, for the Google services you use there"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and social networks", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to show our ads on other websites and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the courts, the police and the authorities the law entitles", Role: policy.RoleAuthority, Country: regionFR,
		Categories: []*policy.Category{identity, vehicle, connected}, Conditional: true, Purpose: "on a requisition, or where a law obliges us"}

	requests := &policy.Purpose{ID: "requests", Name: "Answering your requests for brochures, quotes and test drives, and passing them to the dealer you choose",
		Categories: []*policy.Category{identity, prospects}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{dealers, providers},
		Required: "without your name and a way to contact you we cannot answer your request; the fields marked with an asterisk are required"}
	account := &policy.Purpose{ID: "account", Name: "Running your MY Renault account and app",
		Categories: []*policy.Category{identity, vehicle}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, group},
		Required: "you need an email address and a password for an account"}
	connectedServices := &policy.Purpose{ID: "connected", Name: "Providing the connected services of your vehicle, such as remote charging and air conditioning and finding where you parked",
		Categories: []*policy.Category{connected, vehicle, identity}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "the connected services need your vehicle's data; if you switch its sharing off, they stop working"}
	aftersales := &policy.Purpose{ID: "aftersales", Name: "Honouring the warranty, providing roadside assistance and following the servicing of your vehicle",
		Categories: []*policy.Category{identity, vehicle}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{dealers, providers}}
	recalls := &policy.Purpose{ID: "recalls", Name: "Recalling vehicles to correct a safety defect, and telling their owners",
		Categories: []*policy.Category{identity, vehicle}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{eu12FrRecall},
		Recipients: []*policy.Recipient{dealers, providers}}
	quality := &policy.Purpose{ID: "quality", Name: "Studying the quality and reliability of our vehicles and developing new ones from their technical data",
		Categories: []*policy.Category{technical, vehicle}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "improving the quality and safety of our vehicles, from data we pseudonymise", Recipients: []*policy.Recipient{group, providers}}
	relations := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints to Renault customer relations",
		Categories: []*policy.Category{service, identity, vehicle}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering questions that go beyond a contract with you", Recipients: []*policy.Recipient{providers, dealers},
		Required: "we cannot look into your complaint without knowing who you are and which vehicle it concerns"}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls with customer relations to train our advisers",
		Categories: []*policy.Category{service}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "training our advisers and checking the quality of our answers", OptOut: true, OptOutHow: "by saying so at the start of the call"}
	satisfaction := &policy.Purpose{ID: "surveys", Name: "Asking for your opinion after a purchase or a visit to the workshop",
		Categories: []*policy.Category{surveys, identity, vehicle}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "knowing how satisfied our customers are and improving our products and our network", OptOut: true,
		OptOutHow: "with the link in each survey or by writing to us", Recipients: []*policy.Recipient{providers, dealers}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Sending our customers offers for products and services like those they have, by email and text message",
		Categories: []*policy.Category{identity, vehicle}, Bases: []policy.Basis{policy.BasisLegitimateInterests}, Profiling: true,
		Interest: "offering our customers products and services that suit their vehicle and its age", OptOut: true,
		OptOutHow: "with the link in each email, by answering STOP to a text message, or in your MY Renault account", ConsentExemptBy: []policy.Obligation{frSoftOptIn},
		Recipients: []*policy.Recipient{providers, dealers}}
	canvassing := &policy.Purpose{ID: "canvassing", DirectMarketing: true, Name: "Offering our customers products and services by phone and post",
		Categories: []*policy.Category{identity, vehicle}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering our customers products and services that suit their vehicle and its age", OptOut: true,
		OptOutHow: "by telling us, or by writing to our data protection officer", Recipients: []*policy.Recipient{providers, dealers}}
	prospecting := &policy.Purpose{ID: "prospecting", DirectMarketing: true, Name: "Sending our offers by email and text message to prospects who agreed to receive them",
		Categories: []*policy.Category{identity, prospects}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{frSoftOptIn}, Withdraw: "with the link in each email or by answering STOP to a text message", Recipients: []*policy.Recipient{providers, dealers}}
	partners := &policy.Purpose{ID: "partners", DirectMarketing: true, Name: "Passing your details to Mobilize Financial Services and the other brands of Renault Group for their offers",
		Categories: []*policy.Category{identity}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by writing to us, or to the company that contacts you", Recipients: []*policy.Recipient{mobilize, brands}}
	financing := &policy.Purpose{ID: "financing", Name: "Passing your request for a financing, leasing or insurance offer to Mobilize Financial Services",
		Categories: []*policy.Category{identity, prospects, vehicle}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mobilize},
		Required: "Mobilize Financial Services needs your details to make you an offer; it is up to you to ask for one"}
	website := &policy.Purpose{ID: "website", Name: "Running our websites and apps and keeping them secure",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the pages and configurations you ask for and protecting our sites", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring the audience of our websites and apps",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6FrCookies}, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you personalised ads and measuring our campaigns",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6FrCookies}, Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting records",
		Categories: []*policy.Category{identity, vehicle}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{frCommercialCode}}
	googleServices := &policy.Purpose{ID: "google", Name: "Letting you use Google services in vehicles with Google built-in",
		Categories: []*policy.Category{connected}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{google},
		Required: "signing in to a Google account in the vehicle is up to you; without it you can drive and use the vehicle's other functions"}

	p := &policy.Policy{
		Title: "Renault personal data protection policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Renault SAS", Address: hq, Website: "https://www.renault.example"},
			Registration: "RCS Nanterre 780 129 987", Country: regionFR},
		DPO:     &policy.Contact{Name: "Data Protection Officer of Renault SAS", Email: "dpo@renault.example", Address: hq},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		URL:       "https://www.renault.example/donnees-personnelles",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{frDataProtectionAct},
		Scope:     []string{"renault.fr, the MY Renault account and app, the connected services of our vehicles and our customer relations in France"},
		OtherNotices: []policy.Notice{
			{Covers: "the cookies of our websites", URL: "https://www.renault.example/cookies"},
			{Covers: "what the dealers and repairers of our network do with your data as controllers, in their own notices"},
		},
		Categories: []*policy.Category{identity, prospects, vehicle, connected, technical, service, surveys, online},
		NotCollected: []policy.Exclusion{
			{ID: "ecall", Name: "the data the 112 eCall system of your vehicle sends", Category: vehicle,
				Note: "After a serious accident, or when you press its button, the system calls 112 by itself and sends the emergency services the vehicle's position, direction and identification number, as Regulation (EU) 2015/758 requires; we do not receive this data, and the system does not track the vehicle otherwise."},
		},
		Purposes: []*policy.Purpose{requests, account, connectedServices, aftersales, recalls, quality, relations, recording, satisfaction, offers, canvassing, prospecting, partners, financing,
			googleServices, website, analytics, ads, records},
		Recipients: []*policy.Recipient{dealers, group, providers, mobilize, brands, google, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: fr2India, Recipient: group, Categories: []*policy.Category{identity, vehicle, service}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can obtain a copy of the clauses by writing to our data protection officer."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{identity, connected},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for the site to work, your configurations and your account", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "audience measurement cookies", Party: policy.PartyFirst, Purpose: analytics,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising and social network cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("with the form on our website or by post to our data protection officer"),
			policy.Right{Kind: policy.RightPostMortemInstructions, How: "by writing to our data protection officer"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We ask for proof of your identity only where we have a reasonable doubt about who you are.",
			WithoutAccount:     "by post to our data protection officer"},
		Redress:              []policy.Redress{frCNIL},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasurePseudonymisation}},
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipWipeDevice},
		Links:                policy.Links{CookieSettings: "https://www.renault.example/cookies/settings", RequestForm: "https://www.renault.example/donnees-personnelles/formulaire"},
		Children:             policy.Children{MinimumAge: 18},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "dpo@renault.example", Address: hq},
	}
	return realPolicy{"carmaker and connected services (Renault)", p, []statement{
		{says: "Renault SAS, registered in Nanterre, of Boulogne-Billancourt, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionFR && p.Controller.Name == "Renault SAS" && strings.HasPrefix(p.Controller.Registration, "RCS Nanterre")
		}},
		{says: "our data protection officer can be reached by email and by post", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR and the Loi Informatique et Libertés", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == frDataProtectionAct
		}},
		{says: "this policy covers renault.fr, MY Renault, the connected services and our customer relations; the dealers of our network have their own notices", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "MY Renault") && strings.Contains(p.OtherNotices[1].Covers, "dealers")
		}},
		{says: "when you ask for a brochure, a quote or a test drive we pass your request to the dealer you choose", typed: func(p *policy.Policy) bool {
			r := p.Purpose("requests")
			return r.RestsOn(policy.BasisContract, policy.GDPR) && slices.Contains(r.Recipients, recipient(p, "dealers")) && slices.Contains(p.Category("prospects").Items, "the dealer you choose")
		}},
		{says: "the fields marked with an asterisk are required; without them we cannot answer your request", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("requests").Required, "asterisk")
		}},
		{says: "the dealers and repairers of our network are independent companies, controllers of the data they hold on you", typed: func(p *policy.Policy) bool {
			d := recipient(p, "dealers")
			return d.Role == policy.RoleThirdParty && d.OwnPolicy
		}},
		{says: "dealers tell us of your purchases and servicing, so that we know your vehicle and its history", typed: func(p *policy.Policy) bool {
			v := p.Category("vehicle")
			return slices.Contains(v.Sources, policy.SourceThirdParty) && strings.Contains(v.SourceDetail, "dealers")
		}},
		{says: "we record your vehicle's identification number, model, registration, purchase date, servicing history and mileage", typed: func(p *policy.Policy) bool {
			return len(p.Category("vehicle").Items) == 5 && slices.Contains(p.Category("vehicle").Items, "mileage")
		}},
		{says: "we run your MY Renault account and app under its terms of use", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("account").Required != ""
		}},
		{says: "the connected services let you charge, heat or cool your vehicle from the app and see its condition and where you parked it", typed: func(p *policy.Policy) bool {
			c := p.Purpose("connected")
			return c.RestsOn(policy.BasisContract, policy.GDPR) && c.Uses(p.Category("connected")) && len(p.Category("connected").Items) == 4
		}},
		{says: "we collect the vehicle's position only for the services that need it, and keep it no longer than they do", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("connected").Items[0], "when you use a service that needs it") &&
				strings.Contains(p.Category("connected").Retention.Criteria, "position only")
		}},
		{says: "if you switch off the sharing of your vehicle's data, the connected services stop working", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("connected").Required, "stop working")
		}},
		{says: "the eCall system calls 112 by itself after a serious accident and sends the emergency services the vehicle's position, as EU law requires; we do not receive that data", typed: func(p *policy.Policy) bool {
			e := p.NotCollected[0]
			return e.Category == p.Category("vehicle") && strings.Contains(e.Note, "2015/758")
		}},
		{says: "if you sign in to your Google account in a vehicle with Google built-in, Google processes your data under its own policy", typed: func(p *policy.Policy) bool {
			g := recipient(p, "google")
			return g.Conditional && g.NoticeURL != "" && strings.Contains(p.Purpose("google").Required, "up to you")
		}},
		{says: "we honour the warranty, arrange roadside assistance and follow your vehicle's servicing", typed: func(p *policy.Policy) bool {
			return p.Purpose("aftersales").RestsOn(policy.BasisContract, policy.GDPR) && slices.Contains(p.Purpose("aftersales").Recipients, recipient(p, "dealers"))
		}},
		{says: "if a vehicle must be recalled, we contact its owner, as consumer law requires", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recalls")
			return r.RestsOn(policy.BasisLegalObligation, policy.GDPR) && r.Obligations[0] == eu12FrRecall
		}},
		{says: "to find the owners of recalled vehicles we may use the national vehicle registration system, as the Highway Code allows", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("vehicle").SourceDetail, "L. 330-2")
		}},
		{says: "we study the quality of our vehicles and develop new ones from pseudonymised technical data, in our legitimate interest", typed: func(p *policy.Policy) bool {
			q := p.Purpose("quality")
			return q.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && strings.Contains(q.Interest, "pseudonymise") && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "customer relations use what you tell us to answer your questions and complaints", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && p.Purpose("service").Required != ""
		}},
		{says: "we may record calls with customer relations, telling you first, to train our advisers, and you may refuse", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recording")
			return p.Category("service").RecordingNotice && r.OptOut && r.RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "we keep call recordings six months", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("service").Retention.Criteria, "six months")
		}},
		{says: "after a purchase or a visit to the workshop we may ask your opinion, through a survey provider, and you may object", typed: func(p *policy.Policy) bool {
			s := p.Purpose("surveys")
			return s.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && s.OptOut && s.OptOutHow != ""
		}},
		{says: "we send our customers offers like what they have, chosen for their vehicle and its age, as art. L. 34-5 CPCE allows, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.Profiling && o.OptOut && o.ConsentExemptBy[0] == frSoftOptIn && !o.RestsOnConsent()
		}},
		{says: "you may refuse offers with the link in each email, by answering STOP to a text message or in your account", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("offers").OptOutHow, "STOP")
		}},
		{says: "we may also call our customers or write to them by post with our offers, in our legitimate interest, unless they object", typed: func(p *policy.Policy) bool {
			c := p.Purpose("canvassing")
			return c.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && c.OptOut && c.DirectMarketing && len(c.ConsentExemptBy) == 0
		}},
		{says: "we email or text prospects only with their consent", typed: func(p *policy.Policy) bool {
			pr := p.Purpose("prospecting")
			return pr.RestsOnConsent() && pr.ConsentRequiredBy[0] == frSoftOptIn
		}},
		{says: "we keep a prospect's data three years from our last contact", typed: func(p *policy.Policy) bool {
			r := p.Category("prospects").Retention
			return r.Period == policy.Years(3) && r.From == policy.EventLastActivity
		}},
		{says: "with your consent we pass your details to Mobilize Financial Services and the other brands of Renault Group for their offers", typed: func(p *policy.Policy) bool {
			pa := p.Purpose("partners")
			return pa.RestsOnConsent() && recipient(p, "brands").Conditional && slices.Contains(pa.Recipients, recipient(p, "mobilize"))
		}},
		{says: "if you ask for a financing, leasing or insurance offer, Mobilize Financial Services receives your request and makes the offer as a controller in its own right", typed: func(p *policy.Policy) bool {
			m := recipient(p, "mobilize")
			return m.Conditional && m.NoticeURL != "" && p.Purpose("financing").RestsOn(policy.BasisContract, policy.GDPR)
		}},
		{says: "we take no decision about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "companies of Renault Group and providers of IT, connected services, call centres, marketing and surveys process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "Renault Nissan Technology & Business Centre India works on our systems under standard contractual clauses, a copy of which our DPO gives you", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == fr2India && t.Safeguard == policy.SafeguardStandardClauses && t.Note != ""
		}},
		{says: "we disclose data to the courts, the police and the authorities only on a requisition or where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "audience measurement, advertising and social network cookies are set only with your consent, as art. 82 of the Loi Informatique et Libertés requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Consent == policy.CookieConsentOptIn &&
				p.Purpose("analytics").ConsentRequiredBy[0] == eu6FrCookies
		}},
		{says: "cookies needed for the site to work are set without consent, and no cookie lasts more than 13 months", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "analytics").Lifetime == policy.Expires(policy.Months(13)) &&
				cookie(p, "advertising").Lifetime == policy.Expires(policy.Months(13))
		}},
		{says: "you may change your cookie choices at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "advertising partners in the US receive cookie data under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Destination == regionUS && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we keep accounting records as the Commercial Code requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Purpose("records").Obligations[0] == frCommercialCode
		}},
		{says: "we keep customer data while you are our customer and three years after our last contact for offers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("identity").Retention.Criteria, "three years")
		}},
		{says: "when you close your MY Renault account we delete its data, except what the law requires us to keep or we need for a dispute", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "you may access, rectify and erase your data, restrict and object to its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may give directives on what becomes of your data after your death", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPostMortemInstructions) }},
		{says: "you exercise your rights with the form on our website or by post, and we ask proof of identity only if we doubt who you are", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.VerificationDetail != ""
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the CNIL", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) && p.Redress[0] == frCNIL }},
		{says: "we protect data with encryption, access controls and pseudonymisation", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "when you sell your vehicle, remove it from your MY Renault account and reset its multimedia system, so that the buyer cannot see your data", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipWipeDevice)
		}},
		{says: "our services are meant for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "the version published on our website applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && p.URL != "" }},
		// Free text.
		{says: "in the vehicle's settings you can switch off the sharing of its data and position at any time, and switch it on again", free: toCategory("connected")},
		{says: "if you do not want to be canvassed by telephone, you may register free of charge on the Bloctel list", free: toPurpose("canvassing")},
	}}
}
