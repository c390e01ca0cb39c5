package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// transitAuthority paraphrases, in our own words and as we recall it, the
// privacy notice of Transport for London (TfL), as published in
// 2024-2025: TfL in Stratford is the controller for London's Tube,
// buses and roads; it keeps the journey history of Oyster cards and of
// contactless cards used to pay fares, records CCTV across the network
// and lets staff wear body-worn cameras, counts the devices that look
// for its station Wi-Fi, after depersonalising them, to measure
// crowding, issues penalty fares and prosecutes fare evasion, handles
// refunds, and runs the Congestion Charge and the Ultra Low Emission
// Zone with number-plate cameras and keeper details from the DVLA. It
// declares the UK GDPR, read with the Data Protection Act 2018.
func transitAuthority() realPolicy {
	gb := regionGB
	gla := policy.Obligation{Act: "the Greater London Authority Act 1999", Region: gb}
	charging := policy.Obligation{Act: "the Greater London Authority Act 1999, Schedule 23, and the Road User Charging (Enforcement and Adjudication) (London) Regulations 2001", Region: gb}
	oyster := &policy.Category{ID: "oyster", Name: "Oyster and photocard registration details", Items: []string{"name and address", "email address and phone number", "security question and answer", "photo on a Zip or other concessionary photocard", "card numbers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("while the card is in use, and for up to two years after it was last used or the account was closed")}
	contactless := &policy.Category{ID: "contactless", Name: "Contactless payment card details", Items: []string{"an encrypted and tokenised form of the card number", "card expiry date and type"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "the bank that issued the card and the payment networks",
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	journeys := &policy.Category{ID: "journeys", Name: "Journey and payment history", Items: []string{"where and when the card was touched in and out", "fares charged, caps and top-ups", "incomplete journeys and maximum fares"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection).ThenAnonymise()}
	cctv := &policy.Category{ID: "cctv", RecordingNotice: true, Name: "CCTV and body-worn video", Items: []string{"images from cameras in stations, on trains and buses and on the roads", "recordings from cameras worn by our staff, with sound"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Days(31), From: policy.EventCollection,
			Criteria: "usually no more than 31 days, longer where a recording is needed to investigate an incident or as evidence"}}
	wifi := &policy.Category{ID: "wifi", Name: "Wi-Fi connection data", Items: []string{"the MAC address of a device that looks for our station Wi-Fi, depersonalised as soon as it is collected", "the date, time and station of each connection attempt"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(12), policy.EventCollection)}
	offences := &policy.Category{ID: "offences", Criminal: true, Name: "Penalty fares and fare evasion cases", Items: []string{"name, address and date of birth given to a revenue inspector", "the journey and ticket checked", "penalty fares, interviews under caution and prosecution outcomes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(6), policy.EventPurposeAchieved)}
	vehicles := &policy.Category{ID: "vehicles", Name: "Vehicle and road charging details", Items: []string{"number-plate images from our cameras", "the registered keeper's name and address", "Auto Pay account and payments", "Penalty Charge Notices, challenges and appeals"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Driver and Vehicle Licensing Agency and, for vehicles registered abroad, the registration authorities of other countries", Linked: true,
		Retention: policy.ByCriteria("images of vehicles that have paid, are exempt or registered for a discount are deleted soon after the charging day; other records for six years after a charge or penalty is settled")}
	blueBadge := &policy.Category{ID: "blue-badge", Name: "Blue Badge and other discount details", Items: []string{"Blue Badge number and expiry", "the vehicles nominated for the discount"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(1), policy.EventPurposeAchieved)}
	refunds := &policy.Category{ID: "refunds", Name: "Refund and customer service records", Items: []string{"what you tell us about a complaint or a refund", "bank details for a refund", "recordings of calls to our contact centres"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, Retention: policy.Keep(policy.Years(6), policy.EventPurposeAchieved)}
	web := &policy.Category{ID: "web", Name: "Website and app usage", Items: []string{"IP address", "pages visited and searches in the journey planner", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	suppliers := &policy.Recipient{ID: "suppliers", Name: "contractors that run our ticketing, payment and road charging systems, such as Cubic Transportation Systems and Capita", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{oyster, contactless, journeys, vehicles, refunds}}
	operators := &policy.Recipient{ID: "operators", Name: "train operating companies and the Rail Delivery Group", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{journeys}, Purpose: "to share out fare income and settle refunds for journeys on National Rail"}
	police := &policy.Recipient{ID: "police", Name: "the police and other law enforcement agencies", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{oyster, journeys, cctv, vehicles}, Conditional: true,
		Purpose: "they ask for it to prevent or detect a crime or to find a missing person, and we judge the request lawful and necessary"}
	dvla := &policy.Recipient{ID: "dvla", Name: "the Driver and Vehicle Licensing Agency", Role: policy.RoleAuthority, Country: gb, Categories: []*policy.Category{vehicles},
		Purpose: "to find the registered keeper of a vehicle that has not paid"}
	epc := &policy.Recipient{ID: "epc", Name: "Euro Parking Collection plc", Role: policy.RoleProcessor, Country: gb, Categories: []*policy.Category{vehicles},
		Purpose: "to find the keepers of vehicles registered outside the UK and collect what they owe"}
	bailiffs := &policy.Recipient{ID: "bailiffs", Name: "enforcement agents", Role: policy.RoleProcessor, Country: gb, Categories: []*policy.Category{vehicles},
		Conditional: true, Purpose: "a Penalty Charge Notice stays unpaid after the county court registers it"}
	tribunal := &policy.Recipient{ID: "tribunal", Name: "London Tribunals", Role: policy.RoleThirdParty, Country: gb, Categories: []*policy.Category{vehicles},
		Conditional: true, Purpose: "you appeal a Penalty Charge Notice to the independent adjudicator"}
	courts := &policy.Recipient{ID: "courts", Name: "the courts and the Crown Prosecution Service", Role: policy.RoleAuthority, Country: gb, Categories: []*policy.Category{offences},
		Conditional: true, Purpose: "we prosecute you for a fare evasion offence"}

	travel := &policy.Purpose{ID: "travel", Name: "Charging fares, keeping journey history and managing Oyster and contactless accounts", Categories: []*policy.Category{oyster, contactless, journeys},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisContract}, Obligations: []policy.Obligation{gla}, Recipients: []*policy.Recipient{suppliers, operators},
		Required: "you need not register an Oyster card, but without registering you cannot protect its balance if it is lost or see its journey history online",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment},
			Contest: "by paying the fare that was declined, after which the card works again"}}
	concessions := &policy.Purpose{ID: "concessions", Name: "Issuing Zip and other concessionary photocards", Categories: []*policy.Category{oyster},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{gla}, Recipients: []*policy.Recipient{suppliers},
		Required: "we need your photo and proof of age to issue a photocard"}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping customers and staff safe, and preventing and detecting crime, with CCTV and body-worn cameras", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{gla, {Act: "the Crime and Disorder Act 1998, s. 17", Region: gb}}, Recipients: []*policy.Recipient{police}}
	crowding := &policy.Purpose{ID: "wifi", Name: "Measuring how people move through stations and how crowded they are, from depersonalised Wi-Fi data", Categories: []*policy.Category{wifi},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{gla}, OptOut: true}
	revenue := &policy.Purpose{ID: "revenue", Name: "Issuing penalty fares and prosecuting fare evasion", Categories: []*policy.Category{offences, journeys, oyster},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{gla}, Recipients: []*policy.Recipient{courts, police},
		Criminal: policy.CriminalAuthority{Laws: []policy.Obligation{{Act: "the Regulation of Railways Act 1889, s. 5, and the TfL Railway Byelaws", Region: gb}}, Condition: policy.DPAConditionLegalClaims},
		Required: "you must give your name and address to a revenue inspector who asks; refusing is an offence"}
	roads := &policy.Purpose{ID: "road-charging", HumanDecision: true, Name: "Running the Congestion Charge and the Ultra Low Emission Zone and enforcing them with Penalty Charge Notices", Categories: []*policy.Category{vehicles},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{charging}, Recipients: []*policy.Recipient{suppliers, dvla, epc, bailiffs, tribunal}}
	discounts := &policy.Purpose{ID: "discounts", Name: "Giving Blue Badge holders and others the discounts and exemptions they are entitled to", Categories: []*policy.Category{blueBadge, vehicles},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisSubstantialPublicInterest}, Obligations: []policy.Obligation{charging}, SpecialCondition: policy.DPAConditionStatutory,
		Recipients: []*policy.Recipient{suppliers}, Required: "without your Blue Badge details we cannot register your vehicle for the discount"}
	service := &policy.Purpose{ID: "service", Name: "Handling refunds, complaints and questions", Categories: []*policy.Category{refunds, oyster, journeys, contactless},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisContract}, Obligations: []policy.Obligation{gla}, Recipients: []*policy.Recipient{suppliers, operators},
		Required: "we need your card or account details to find your journeys, and your bank details to pay a refund that cannot go back to the card"}
	updates := &policy.Purpose{ID: "updates", Name: "Emailing you about changes to services and fares that affect your journeys", Categories: []*policy.Category{oyster, journeys},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{gla}, OptOut: true}
	planning := &policy.Purpose{ID: "planning", Name: "Planning the transport network from depersonalised journey data", Categories: []*policy.Category{journeys, wifi},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{gla}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and apps are used", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings on our website", ConsentMethod: policy.ConsentMethodConsentTool}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Transport for London", Email: "privacy@tfl.example", Address: "5 Endeavour Square, London E20 1JN"}, Country: gb,
			Registration: "a statutory corporation established by the Greater London Authority Act 1999"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@tfl.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		Laws:         []policy.Law{policy.UKGDPR},
		OtherNotices: []policy.Notice{{Covers: "our processing for law enforcement purposes, as a competent authority, under Part 3 of the Data Protection Act 2018"}},
		Scope:        []string{"the London Underground, London Buses, the Elizabeth line, the DLR, London Overground, trams and Santander Cycles", "the Congestion Charge and the Ultra Low Emission Zone", "tfl.gov.uk and the TfL Go app"},
		Categories:   []*policy.Category{oyster, contactless, journeys, cctv, wifi, offences, vehicles, blueBadge, refunds, web},
		Storage:      []policy.Storage{{Location: gb}},
		NotCollected: []policy.Exclusion{
			{ID: "card.name", Name: "the name on a contactless card or its full number", Category: contactless, Note: "We see only an encrypted and tokenised form of the card number."},
			{ID: "wifi.browsing", Name: "what you browse on our Wi-Fi", Category: wifi},
		},
		Purposes:    []*policy.Purpose{travel, concessions, safety, crowding, revenue, roads, discounts, service, updates, planning, analytics},
		Recipients:  []*policy.Recipient{suppliers, operators, police, dvla, epc, bailiffs, tribunal, courts},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureAggregate, Note: "We publish open data on journeys and crowding that identifies no one."}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: travel, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)),
				Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("with the online form or by writing to our data protection officer"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationDataPoints}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		NoAutomatedDecisions: true,
		Redress: []policy.Redress{{Kind: policy.RedressDisputeResolution, Region: gb,
			Contact: policy.Contact{Name: "London TravelWatch", Website: "https://www.londontravelwatch.org.uk"}}},
		Security: []policy.Measure{
			{Kind: policy.MeasurePseudonymisation, Description: "Wi-Fi MAC addresses are depersonalised as soon as they are collected, and journey data is depersonalised before we use it to plan."},
			{Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureEncryptionInTransit},
		},
		Links:   policy.Links{RequestForm: "https://tfl.example/corporate/privacy-and-cookies/access-your-data", CookieSettings: "https://tfl.example/cookies"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService}},
		Contact: policy.Contact{Email: "dpo@tfl.example"},
	}
	return realPolicy{"transport authority (Transport for London)", p, []statement{
		{says: "Transport for London, a statutory corporation in Stratford, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionGB && p.Controller.Registration != ""
		}},
		{says: "the notice covers the Tube, buses, rail, cycles, the roads we charge for and our website and apps", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "when you register an Oyster card or apply for a photocard we collect your name, address, contact details and photo", typed: func(p *policy.Policy) bool {
			return p.Category("oyster").Sources[0] == policy.SourceUser && len(p.Category("oyster").Items) == 5
		}},
		{says: "registering an Oyster card is optional, but protects its balance and shows its history online", typed: func(p *policy.Policy) bool { return p.Purpose("travel").Required != "" }},
		{says: "we record where and when each card touches in and out, and the fares charged", typed: func(p *policy.Policy) bool { return p.Category("journeys").Sources[0] == policy.SourceAutomatic }},
		{says: "for contactless we see only an encrypted, tokenised card number, never the name on the card", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("contactless")
		}},
		{says: "journey history is kept for 13 months and then depersonalised", typed: func(p *policy.Policy) bool {
			r := p.Category("journeys").Retention
			return r.Period == policy.Months(13) && r.Anonymise
		}},
		{says: "we charge fares and run the network under the Greater London Authority Act 1999", typed: func(p *policy.Policy) bool {
			return p.Purpose("travel").RestsOn(policy.BasisPublicTask, policy.UKGDPR) && len(p.Purpose("travel").Obligations) == 1
		}},
		{says: "contractors such as Cubic run ticketing and payments for us", typed: func(p *policy.Policy) bool { return recipient(p, "suppliers").Role == policy.RoleProcessor }},
		{says: "we share journey data with train operators to share out fares for National Rail journeys", typed: func(p *policy.Policy) bool { return recipient(p, "operators").Purpose != "" }},
		{says: "we give journey history and footage to the police when they ask for it to prevent or detect crime and the request is lawful", typed: func(p *policy.Policy) bool {
			return recipient(p, "police").Conditional && recipient(p, "police").Role == policy.RoleAuthority
		}},
		{says: "CCTV covers stations, trains, buses and roads to keep people safe and prevent crime", typed: func(p *policy.Policy) bool {
			return p.Purpose("cctv").Uses(p.Category("cctv")) && p.Purpose("cctv").HasBasis(policy.BasisPublicTask)
		}},
		{says: "staff wear body-worn cameras and tell you when they start recording", typed: func(p *policy.Policy) bool { return p.Category("cctv").RecordingNotice }},
		{says: "footage is usually kept for up to 31 days unless needed as evidence", typed: func(p *policy.Policy) bool {
			return p.Category("cctv").Retention.Period == policy.Days(31) && p.Category("cctv").Retention.Criteria != ""
		}},
		{says: "we collect Wi-Fi connection data from devices in stations to measure crowding", typed: func(p *policy.Policy) bool { return p.Purpose("wifi").Uses(p.Category("wifi")) }},
		{says: "MAC addresses are depersonalised as soon as they are collected", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasurePseudonymisation) }},
		{says: "we do not collect what you browse on our Wi-Fi", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Category == p.Category("wifi") }},
		{says: "you can avoid Wi-Fi collection by turning Wi-Fi off on your device", typed: func(p *policy.Policy) bool { return p.Purpose("wifi").OptOut }},
		{says: "Wi-Fi data is kept for 12 months", typed: func(p *policy.Policy) bool { return p.Category("wifi").Retention.Period == policy.Months(12) }},
		{says: "revenue inspectors take your name and address to issue a penalty fare, and refusing is an offence", typed: func(p *policy.Policy) bool {
			return p.Purpose("revenue").Required != "" && p.Category("offences").Sources[0] == policy.SourceUser
		}},
		{says: "we prosecute fare evasion under the Regulation of Railways Act 1889 and our byelaws", typed: func(p *policy.Policy) bool {
			return p.Category("offences").Criminal && len(p.Purpose("revenue").Criminal.Laws) == 1
		}},
		{says: "offence data is processed on the Schedule 1 condition for legal proceedings", typed: func(p *policy.Policy) bool {
			return p.Purpose("revenue").Criminal.Condition == policy.DPAConditionLegalClaims
		}},
		{says: "case files go to the courts when we prosecute", typed: func(p *policy.Policy) bool { return recipient(p, "courts").Conditional }},
		{says: "our cameras read number plates to charge the Congestion Charge and ULEZ", typed: func(p *policy.Policy) bool {
			return p.Purpose("road-charging").Uses(p.Category("vehicles")) && p.Category("vehicles").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we get the registered keeper's details from the DVLA to send a Penalty Charge Notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "dvla").Purpose != "" && p.Category("vehicles").SourceDetail != ""
		}},
		{says: "Euro Parking Collection traces the keepers of foreign vehicles for us", typed: func(p *policy.Policy) bool { return recipient(p, "epc").Role == policy.RoleProcessor }},
		{says: "unpaid penalties may go to enforcement agents, and appeals to London Tribunals", typed: func(p *policy.Policy) bool {
			return recipient(p, "bailiffs").Conditional && recipient(p, "tribunal").Conditional
		}},
		{says: "images of vehicles that paid or are exempt are deleted soon after", typed: func(p *policy.Policy) bool {
			return p.Category("vehicles").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "we hold Blue Badge details to give the discount, as a task in the substantial public interest", typed: func(p *policy.Policy) bool {
			return p.Category("blue-badge").Sensitivity == policy.SensitivitySpecial && p.Purpose("discounts").SpecialCondition == policy.DPAConditionStatutory
		}},
		{says: "we handle refunds and complaints, and record calls to our contact centres", typed: func(p *policy.Policy) bool {
			return p.Category("refunds").RecordingNotice && p.Purpose("service").Uses(p.Category("refunds"))
		}},
		{says: "we email you about service changes and you can unsubscribe", typed: func(p *policy.Policy) bool {
			return p.Purpose("updates").OptOut && !p.Purpose("updates").DirectMarketing
		}},
		{says: "we plan the network from depersonalised journey data and publish open data", typed: func(p *policy.Policy) bool {
			return p.Purpose("planning") != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "analytics cookies are set only with your consent", typed: func(p *policy.Policy) bool { return cookie(p, "analytics").Consent == policy.CookieConsentOptIn }},
		{says: "data is held in the UK", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionGB }},
		{says: "you may access, correct and delete your data, restrict or object to processing and complain to the ICO", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we answer requests within a month, which we may extend by two, and may ask for identification", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may take a complaint about our services to London TravelWatch", typed: func(p *policy.Policy) bool { return p.Redress[0].Kind == policy.RedressDisputeResolution }},
		{says: "we make no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with access controls, training and encryption", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		// Free text.
		{says: "a contactless card whose fare payment is declined is blocked on our network until the fare is paid", typed: func(p *policy.Policy) bool {
			s := p.Purpose("travel").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetCard) && slices.Contains(s.Grounds, policy.SuspensionGroundNonPayment)
		}},
		{says: "for the police we process data for law enforcement under Part 3 of the Data Protection Act 2018, which has its own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Part 3 of the Data Protection Act 2018")
		}},
		{says: "a member of staff checks the images before a Penalty Charge Notice is sent", typed: func(p *policy.Policy) bool { return p.Purpose("road-charging").HumanDecision }},
		{says: "a parent or guardian applies for the Zip Oyster photocard of a child under 16", free: toPurpose("concessions")},
	}}
}

// gymChain paraphrases, in our own words and as we recall it, the
// privacy policy of PureGym, a UK chain of low-cost gyms, as published
// in 2024-2025: PureGym Ltd in Leeds is the controller; members join
// online and pay by Direct Debit; they enter a gym with a PIN or a QR
// code in the app through an entry pod that takes their photo; gyms
// record CCTV; members confirm they are fit to exercise and tell staff
// of conditions and injuries; personal trainers are self-employed
// businesses that act as controllers of their clients' data. It
// declares the UK GDPR.
func gymChain() realPolicy {
	gb := regionGB
	member := &policy.Category{ID: "member", Name: "Membership details", Items: []string{"name", "home address", "email address and phone number", "date of birth", "gender", "home gym and membership type"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Years(6))}
	payment := &policy.Category{ID: "payment", Name: "Payment details", Items: []string{"bank details for Direct Debit", "card payments for the joining fee", "missed payments and arrears"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment providers and your bank", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(6), Criteria: "six years after the membership ends, as tax law and the time to bring a claim require"}}
	access := &policy.Category{ID: "access", Name: "Gym access records", Items: []string{"your PIN or app QR code", "the time you enter and leave each gym", "a photo taken by the entry pod"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Months(12))}
	cctv := &policy.Category{ID: "cctv", RecordingNotice: true, Name: "CCTV footage", Items: []string{"images from cameras in our gyms and car parks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Days(30), From: policy.EventCollection, Criteria: "longer where footage is needed to investigate an incident"}}
	health := &policy.Category{ID: "health", Name: "Health information", Items: []string{"your confirmation that you are fit to exercise", "medical conditions you tell us about", "injuries and accidents in our gyms"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("for accident reports, three years after the accident, or until a child who is injured turns 21, the time to bring a claim")}
	app := &policy.Category{ID: "app", Name: "App and workout data", Items: []string{"classes booked and attended", "workouts and goals you log", "device and app usage"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	contact := &policy.Category{ID: "contact", Name: "Correspondence with us", Items: []string{"emails, chats and calls with member services", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(3), policy.EventCollection)}
	web := &policy.Category{ID: "web", Name: "Website usage", Items: []string{"IP address", "pages visited", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for payments, IT, hosting, the app and customer messaging", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{member, payment, access, app, contact}}
	group := &policy.Recipient{ID: "group", Name: "other companies of the PureGym group", Role: policy.RoleProcessor, Country: gb, Categories: []*policy.Category{member, access},
		Purpose: "to let you use our gyms abroad and to run shared systems"}
	trainers := &policy.Recipient{ID: "trainers", Name: "personal trainers who work in our gyms as independent businesses", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{member}, Purpose: "to contact you about personal training when you ask them to"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty, Country: gb, Categories: []*policy.Category{member, payment},
		Conditional: true, Purpose: "you leave arrears unpaid after we have asked you to pay them"}
	police := &policy.Recipient{ID: "police", Name: "the police", Role: policy.RoleAuthority, Country: gb, Categories: []*policy.Category{member, access, cctv},
		Conditional: true, Purpose: "they ask for data to prevent or detect a crime"}
	insurers := &policy.Recipient{ID: "insurers", Name: "our insurers and legal advisers", Role: policy.RoleThirdParty, Country: gb, Categories: []*policy.Category{member, health, cctv},
		Conditional: true, Purpose: "a claim is made about an accident or an incident in a gym"}
	hse := &policy.Recipient{ID: "hse", Name: "the Health and Safety Executive", Role: policy.RoleAuthority, Country: gb, Categories: []*policy.Category{member, health},
		Conditional: true, Purpose: "an accident in a gym is one the law requires us to report"}
	ads := &policy.Recipient{ID: "advertising", Name: "advertising partners such as Meta and Google", Role: policy.RoleThirdParty, Country: regionUS, Categories: []*policy.Category{web, member}}

	membership := &policy.Purpose{ID: "membership", Name: "Running your membership and taking your payments", Categories: []*policy.Category{member, payment, access, app},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, group},
		Required: "we need your name, contact details, date of birth and bank details to make you a member; without them you cannot join"}
	entry := &policy.Purpose{ID: "entry", Name: "Letting members into our gyms and stopping others from using their membership", Categories: []*policy.Category{access, member},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "making sure only members enter our unstaffed gyms and no one shares a PIN",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerNo, Contest: "by contacting member services"}}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping members and staff safe and preventing crime with CCTV", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting people and property in our gyms, most of which are open around the clock", Recipients: []*policy.Recipient{police, insurers}}
	fitness := &policy.Purpose{ID: "fitness", Name: "Checking that you are fit to exercise and looking after you in the gym", Categories: []*policy.Category{health, member},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, Withdraw: "by telling member services",
		Required: "you must confirm that you are fit to exercise before you join; telling us about a condition is your choice"}
	accidents := &policy.Purpose{ID: "accidents", Name: "Recording accidents and injuries, reporting them where the law requires and dealing with claims", Categories: []*policy.Category{health, member, cctv},
		Bases:       []policy.Basis{policy.BasisLegalObligation, policy.BasisLegalClaims, policy.BasisVitalInterestsIncapable},
		Obligations: []policy.Obligation{{Act: "the Reporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013", Region: gb}}, Recipients: []*policy.Recipient{hse, insurers}}
	training := &policy.Purpose{ID: "trainers", Name: "Putting you in touch with personal trainers", Categories: []*policy.Category{member},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by telling the trainer or us", Recipients: []*policy.Recipient{trainers}}
	debts := &policy.Purpose{ID: "debts", Name: "Recovering unpaid membership fees", Categories: []*policy.Category{member, payment},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "recovering money members owe us", Recipients: []*policy.Recipient{collectors}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news about our gyms by email, text and app notification", Categories: []*policy.Category{member, app},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling members and people who asked about joining about our own gyms and offers", OptOut: true}
	targeting := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing our ads on social media and other websites", Categories: []*policy.Category{web, member},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{ads}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how our gyms and app are used and answering your questions", Categories: []*policy.Category{access, app, contact, web},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "planning opening hours and equipment, improving the app and helping members", Recipients: []*policy.Recipient{providers}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "PureGym Ltd", Email: "privacy@puregym.example", Address: "Town Centre House, Merrion Centre, Leeds LS2 8LY"}, Country: gb,
			Registration: "registered in England and Wales"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@puregym.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:       []policy.Law{policy.UKGDPR},
		Categories: []*policy.Category{member, payment, access, cctv, health, app, contact, web},
		Storage:    []policy.Storage{{Location: gb}},
		Purposes:   []*policy.Purpose{membership, entry, safety, fitness, accidents, training, debts, marketing, targeting, improve},
		Recipients: []*policy.Recipient{providers, group, trainers, collectors, police, insurers, hse, ads},
		Transfers: []policy.Transfer{{Origin: gb, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{member, payment, access, app, contact},
			Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our data protection officer for a copy of the safeguards."}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: membership, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: ads, Purpose: targeting,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("by writing to our data protection officer"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}},
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipKeepSecret},
		Children:             policy.Children{MinimumAge: 16},
		Changes:              policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:              policy.Contact{Email: "dpo@puregym.example"},
	}
	return realPolicy{"gym chain (PureGym)", p, []statement{
		{says: "PureGym Ltd in Leeds is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionGB }},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "you give your name, address, contact details, date of birth and gender when you join", typed: func(p *policy.Policy) bool { return len(p.Category("member").Items) == 6 }},
		{says: "without these details and your bank details you cannot become a member", typed: func(p *policy.Policy) bool { return p.Purpose("membership").Required != "" }},
		{says: "you pay by Direct Debit, and we keep payment records for six years after you leave", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("payment").Items, "bank details for Direct Debit") && p.Category("payment").Retention.Period == policy.Years(6)
		}},
		{says: "you enter the gym with a PIN or the QR code in the app, and we record your visits", typed: func(p *policy.Policy) bool {
			return p.Purpose("entry").Uses(p.Category("access"))
		}},
		{says: "the entry pod takes a photo so that staff can check that members do not share their PIN", typed: func(p *policy.Policy) bool {
			return p.Purpose("entry").Interest != "" && !p.Category("access").Biometric
		}},
		{says: "keep your PIN to yourself", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret) }},
		{says: "we may suspend or cancel the membership of anyone who lets others in, and you can contact us about it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("entry").Suspension
			return s.Targets[0] == policy.SuspensionTargetAccount && s.Contestable()
		}},
		{says: "our gyms record CCTV, with signs telling you so", typed: func(p *policy.Policy) bool { return p.Category("cctv").RecordingNotice }},
		{says: "we keep CCTV for about 30 days unless needed to investigate", typed: func(p *policy.Policy) bool { return p.Category("cctv").Retention.Period == policy.Days(30) }},
		{says: "CCTV protects people and property in gyms open 24 hours a day", typed: func(p *policy.Policy) bool { return p.Purpose("cctv").Interest != "" }},
		{says: "we give footage to the police when they ask to investigate a crime", typed: func(p *policy.Policy) bool { return recipient(p, "police").Conditional }},
		{says: "you confirm that you are fit to exercise before you join", typed: func(p *policy.Policy) bool {
			return p.Purpose("fitness").Required != "" && p.Category("health").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "health conditions you tell us about are used with your explicit consent, which you can withdraw", typed: func(p *policy.Policy) bool {
			return p.Purpose("fitness").RestsOn(policy.BasisExplicitConsent, policy.UKGDPR) && p.Purpose("fitness").Withdraw != ""
		}},
		{says: "we record accidents and injuries and report serious ones to the Health and Safety Executive as RIDDOR requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("accidents").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && recipient(p, "hse").Conditional
		}},
		{says: "we use injury records to deal with claims, with our insurers", typed: func(p *policy.Policy) bool {
			return p.Purpose("accidents").HasBasis(policy.BasisLegalClaims) && recipient(p, "insurers") != nil
		}},
		{says: "in an emergency we share health information to protect your life", typed: func(p *policy.Policy) bool {
			return p.Purpose("accidents").HasBasis(policy.BasisVitalInterestsIncapable)
		}},
		{says: "accident reports are kept for three years, or until an injured child turns 21", typed: func(p *policy.Policy) bool {
			return p.Category("health").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "personal trainers are self-employed businesses and controllers of what they collect from their clients", typed: func(p *policy.Policy) bool {
			return recipient(p, "trainers").Role == policy.RoleThirdParty
		}},
		{says: "we pass your details to a trainer only if you ask", typed: func(p *policy.Policy) bool { return p.Purpose("trainers").HasBasis(policy.BasisConsent) }},
		{says: "unpaid fees may be passed to a debt collection agency", typed: func(p *policy.Policy) bool { return recipient(p, "collectors").Conditional }},
		{says: "we send offers about our gyms, and you can unsubscribe at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "with your consent, advertising cookies let Meta and Google show you our ads", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Purpose("ads").DirectMarketing
		}},
		{says: "the app records classes you book and workouts you log", typed: func(p *policy.Policy) bool { return p.Category("app") != nil }},
		{says: "we use visit and app data to plan opening hours and equipment", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "our group companies let you use gyms abroad", typed: func(p *policy.Policy) bool { return recipient(p, "group").Purpose != "" }},
		{says: "some service providers are in the US, under the UK transfer agreement, a copy of which you may ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[0].Note != ""
		}},
		{says: "if we sell the business, data goes to the buyer", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "you may access, correct, delete and move your data, object and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the ICO", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we answer requests within a month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "members must be 16 or over", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "we make no decisions by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with encryption and limited access", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureLeastPrivilege) }},
		{says: "we tell you of important changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "personal trainers answer for the data they collect from you directly, such as health and progress notes, under their own privacy terms", free: toPurpose("trainers")},
		{says: "if you freeze your membership we keep your details and stop your payments until it restarts", free: toPurpose("membership")},
	}}
}
