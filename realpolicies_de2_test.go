package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

var (
	// de2Records are the German commercial and tax laws that require
	// invoices and accounting records to be kept for ten years.
	de2Records = policy.Obligation{Act: "Handelsgesetzbuch (HGB), § 257, and Abgabenordnung (AO), § 147", Region: regionDE}
	// de2BDSG and de2TDDDG are the German laws beside the GDPR that
	// all three notices name.
	de2BDSG  = policy.Obligation{Act: "Bundesdatenschutzgesetz (BDSG)", Region: regionDE}
	de2TDDDG = policy.Obligation{Act: "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG)", Region: regionDE}
	// de2BfDI is the Federal Commissioner, who supervises data protection
	// in telecommunications and postal services (§ 29 TDDDG; Postgesetz).
	de2BfDI = policy.Contact{Name: "Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)",
		Address: "Graurheindorfer Straße 153, 53117 Bonn, Germany", Website: "https://www.bfdi.bund.de"}
	de2Bookkeeping = "the Commercial Code (§ 257 HGB) and the Fiscal Code (§ 147 AO), which require invoices and accounting records to be kept for ten years and commercial letters for six"
)

// realPolicyDe2Telekom paraphrases, in our own words and as we recall it,
// the general data protection notice for consumers of Telekom Deutschland
// GmbH, as published in 2024-2025: a Bonn telecoms operator that provides
// fixed-line, broadband and mobile services; processes its customers'
// master data and, under the secrecy of telecommunications, their traffic
// data for connecting and billing calls, detecting faults and misuse;
// checks creditworthiness with SCHUFA; lists customers in directories on
// request; connects emergency calls; answers lawful requests of the
// authorities; advertises with consent or as § 7(3) UWG allows; and names
// the Federal Commissioner for Data Protection as its supervisory
// authority for telecommunications.
func realPolicyDe2Telekom() realPolicy {
	telecomsSecrecy := policy.Secrecy{Kind: policy.SecrecyCommunications,
		Laws: []policy.Obligation{{Act: "Grundgesetz (GG), Art. 10, and Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG), § 3", Region: regionDE}}}
	tkg := func(s string) policy.Obligation {
		return policy.Obligation{Act: "Telekommunikationsgesetz (TKG), " + s, Region: regionDE}
	}
	tdddg := func(s string) policy.Obligation {
		return policy.Obligation{Act: "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG), " + s, Region: regionDE}
	}

	master := &policy.Category{ID: "master", Name: "Customer master data",
		Items: []string{"name and title", "postal and billing address", "date of birth", "phone numbers and email address", "bank account (IBAN) for direct debit",
			"customer number, tariff and booked options", "the customer password we ask for on the phone"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(1), From: policy.EventContractEnd,
			Criteria: "as long as the contract runs and then until the end of the calendar year after it ends; what commercial and tax law require us to keep, for up to ten years"}}
	traffic := &policy.Category{ID: "traffic", Name: "Traffic data",
		Items: []string{"the calling and called numbers or line identifiers", "the start and end of each connection, with date and time", "the data volume transmitted",
			"the IP address assigned to your connection", "the mobile cell used, and so roughly where your phone was", "the service used, such as voice, text message or roaming"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: telecomsSecrecy,
		Retention: policy.ByCriteria("for billing, up to 80 days after we send the bill, or until a dispute about it is settled; to detect and clear faults and misuse, seven days")}
	location := &policy.Category{ID: "location", Name: "Location data for location-based services",
		Items:       []string{"the location of your mobile phone, determined from the network"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: telecomsSecrecy,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"the score and the information SCHUFA holds on you", "your payment history with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "SCHUFA Holding AG in Wiesbaden", DerivedFrom: []*policy.Category{master}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to decide on your order, and then as long as we must be able to show how we decided")}
	service := &policy.Category{ID: "service", Name: "Customer service contacts",
		Items:       []string{"your calls, letters, emails and chats with our customer service", "complaints and fault reports", "recordings of calls, where you agree to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to deal with your matter, and then as long as commercial law requires for commercial letters")}
	directory := &policy.Category{ID: "directory", Name: "Directory entry",
		Items:       []string{"name", "address", "phone number", "profession, where you ask for it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityOptional,
		Retention: policy.Until(policy.EventContractEnd)}
	online := &policy.Category{ID: "online", Name: "Use of our websites and apps",
		Items:       []string{"IP address", "device and browser", "pages visited on telekom.de and in the MeinMagenta app", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	group := &policy.Recipient{ID: "group", Name: "companies of the Deutsche Telekom group, such as Deutsche Telekom Service GmbH and Deutsche Telekom Technik GmbH", Role: policy.RoleProcessor,
		Categories: []*policy.Category{master, traffic, service}, Country: regionDE, Purpose: "to run customer service, IT and the network for us"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for IT, call centres, printing and dispatch of bills, and field service", Role: policy.RoleProcessor,
		Categories: []*policy.Category{master, service, online}}
	partners := &policy.Recipient{ID: "partners", Name: "sales partners, such as Telekom shops run by partners", Role: policy.RoleProcessor,
		Categories: []*policy.Category{master}, Country: regionDE, Purpose: "to take your order and advise you"}
	schufa := &policy.Recipient{ID: "schufa", Name: "SCHUFA Holding AG, Kormoranweg 5, 65201 Wiesbaden", Role: policy.RoleThirdParty, Country: regionDE,
		Categories: []*policy.Category{master, credit}, Purpose: "to give us information on your creditworthiness, and to record the conclusion and end of the contract and claims that meet the legal conditions",
		NoticeURL: "https://www.schufa.example/datenschutz-dsgvo"}
	carriers := &policy.Recipient{ID: "carriers", Name: "other network operators in Germany and abroad", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{traffic}, Purpose: "to connect your calls to their networks, serve you when you roam and bill one another, and to move your number when you switch"}
	directories := &policy.Recipient{ID: "directories", Name: "publishers of phone directories and directory enquiry services", Role: policy.RoleThirdParty, Country: regionDE,
		Categories: []*policy.Category{directory}, Purpose: "to list you, where you ask us to"}
	emergency := &policy.Recipient{ID: "emergency", Name: "the emergency services", Role: policy.RoleAuthority, Country: regionDE,
		Categories: []*policy.Category{master, traffic}, Purpose: "to find you and help when you call 110 or 112"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty, Country: regionDE, Conditional: true,
		Categories: []*policy.Category{master}, Purpose: "if you do not pay after our reminders"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement authorities, intelligence services and courts", Role: policy.RoleAuthority, Country: regionDE, Conditional: true,
		Categories: []*policy.Category{master, traffic}, Purpose: "where a court order or a law obliges us, such as for the interception of telecommunications or requests for subscriber information"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to show our adverts on other websites and measure them"}

	contract := &policy.Purpose{ID: "contract", Name: "Concluding and performing your contract: providing, setting up and maintaining your fixed-line, broadband and mobile services",
		Categories: []*policy.Category{master, traffic}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{group, providers, partners, carriers},
		Required:   "we need your name, address, date of birth and bank details to conclude the contract; without them we cannot provide our services"}
	billing := &policy.Purpose{ID: "billing", Name: "Calculating and billing the charges for your connections",
		Categories: []*policy.Category{master, traffic}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{providers, carriers}}
	faults := &policy.Purpose{ID: "faults", Name: "Detecting, limiting and clearing faults in our network and misuse of our services",
		Categories: []*policy.Category{traffic}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{tdddg("§ 12"), tkg("§ 165")}, Recipients: []*policy.Recipient{group}}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Checking your creditworthiness before we conclude a contract or sell you a device in instalments",
		Categories: []*policy.Category{master, credit}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "protecting ourselves from payment defaults, since we provide services and devices before you pay",
		Recipients: []*policy.Recipient{schufa},
		Automated:  "we decide automatically, from SCHUFA's score and what you tell us, whether we accept your order, and whether we ask for a deposit or limit the devices you may buy in instalments"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Protecting you and us from fraud, such as contracts concluded in someone else's name and unusually high charges",
		Categories: []*policy.Category{master, traffic}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and us from fraud and from losses",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Contest: "by contacting customer service"}}
	collection := &policy.Purpose{ID: "collection", Name: "Collecting overdue payments",
		Categories: []*policy.Category{master}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "recovering what we are owed", Recipients: []*policy.Recipient{collectors, schufa}}
	helping := &policy.Purpose{ID: "service", Name: "Answering your questions, fault reports and complaints",
		Categories: []*policy.Category{master, service}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "we cannot answer you without the details of your question or fault"}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls with customer service to check and improve its quality",
		Categories: []*policy.Category{service}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "by saying so at the start of the call, or at any time during it", OptOut: true}
	listing := &policy.Purpose{ID: "directory", Name: "Listing you in phone directories and directory enquiries, if you ask us to",
		Categories: []*policy.Category{directory}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{directories},
		OptOut:   true,
		Required: "being listed is up to you; if you do not ask for it, you are not listed"}
	emergencyCalls := &policy.Purpose{ID: "emergency", Name: "Connecting emergency calls and telling the emergency services where the caller is",
		Categories: []*policy.Category{master, traffic}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{tkg("§ 164")}, Recipients: []*policy.Recipient{emergency}}
	lawful := &policy.Purpose{ID: "lawful", Name: "Enabling the interception of telecommunications and answering requests for information, where the law obliges us",
		Categories: []*policy.Category{master, traffic}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{tkg("§§ 170, 173 and 174")}, Recipients: []*policy.Recipient{authorities}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounts and tax records",
		Categories: []*policy.Category{master}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{de2Records}}
	locationServices := &policy.Purpose{ID: "location", Name: "Providing location-based services you ask for",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "at any time, with effect for the future, by telling customer service", ConsentRequiredBy: []policy.Obligation{tdddg("§ 13")}}
	trafficMarketing := &policy.Purpose{ID: "traffic-marketing", DirectMarketing: true, Name: "Using your traffic data to advise you on tariffs that suit how you use our services",
		Categories: []*policy.Category{traffic, master}, Bases: []policy.Basis{policy.BasisConsent}, Profiling: true,
		Withdraw: "at any time, in the customer centre or by telling customer service", ConsentRequiredBy: []policy.Obligation{tdddg("§ 9(2)")}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our offers by phone, email and text message",
		Categories: []*policy.Category{master}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw:          "at any time, in the customer centre, by telling customer service or with the link in every email",
		ConsentRequiredBy: []policy.Obligation{{Act: "Gesetz gegen den unlauteren Wettbewerb (UWG), § 7(2)", Region: regionDE}}}
	similar := &policy.Purpose{ID: "similar", DirectMarketing: true, Name: "Emailing customers offers of our own products like those they have",
		Categories: []*policy.Category{master}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products like those they already use", OptOut: true,
		ConsentExemptBy: []policy.Obligation{{Act: "Gesetz gegen den unlauteren Wettbewerb (UWG), § 7(3)", Region: regionDE}}}
	post := &policy.Purpose{ID: "post", DirectMarketing: true, Name: "Sending our offers by post",
		Categories: []*policy.Category{master}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about our products by post", OptOut: true}
	website := &policy.Purpose{ID: "website", Name: "Delivering telekom.de and our apps and keeping them secure",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "delivering the pages you ask for and defending our websites against attacks", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how our websites and apps are used, to improve them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the privacy settings of the website or app", ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our adverts on other websites and measuring them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Withdraw: "in the privacy settings of the website or app", ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Recipients: []*policy.Recipient{adPartners}}

	p := &policy.Policy{
		Title: "Data protection notice of Telekom Deutschland GmbH",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Telekom Deutschland GmbH", Address: "Landgrabenweg 151, 53227 Bonn, Germany"},
			Registration: "Amtsgericht Bonn, HRB 5919", Country: regionDE},
		DPO: &policy.Contact{Name: "Data Protection Officer of Telekom Deutschland GmbH", Email: "datenschutz@telekom.example",
			Address: "Friedrich-Ebert-Allee 140, 53113 Bonn, Germany"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:       "https://www.telekom.example/datenschutzhinweise",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{de2BDSG, de2TDDDG, {Act: "Telekommunikationsgesetz (TKG)", Region: regionDE}},
		Scope:     []string{"the fixed-line, broadband and mobile services of Telekom Deutschland for consumers, telekom.de and the MeinMagenta app"},
		OtherNotices: []policy.Notice{{Covers: "particular products, such as MagentaTV, which have their own additional notices", URL: "https://www.telekom.example/datenschutz"},
			{Covers: "business customers"}},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{master, traffic, location, credit, service, directory, online},
		Storage:    []policy.Storage{{Location: regionDE}},
		NotCollected: []policy.Exclusion{{ID: "content", Name: "the content of your calls and messages, which our network carries without our storing it",
			Category: traffic}},
		Purposes: []*policy.Purpose{contract, billing, faults, creditCheck, fraud, collection, helping, recording, listing, emergencyCalls, lawful, records,
			locationServices, trafficMarketing, marketing, similar, post, website, analytics, ads},
		Recipients: []*policy.Recipient{group, providers, partners, schufa, carriers, directories, emergency, collectors, authorities, adPartners},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: carriers, Categories: []*policy.Category{traffic}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventContractEnd, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims},
			KeptFor: policy.Years(10), KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for login, the shopping basket and your privacy settings", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies of our partners", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the customer centre or by writing to our data protection officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking customer service to have a member of staff review the decision and hear your view"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Deadline: policy.Months(1)},
		Redress:  []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionDE, Contact: de2BfDI}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureStaffTraining, Description: "Everyone who works for us is bound to the secrecy of telecommunications and to data secrecy."},
			{Kind: policy.MeasureCertification}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.telekom.example/privacy-settings"},
		Children:   policy.Children{MinimumAge: 18},
		Changes:    policy.Changes{EffectiveOnPosting: true},
	}
	return realPolicy{"telecoms operator (Deutsche Telekom)", p, []statement{
		{says: "Telekom Deutschland GmbH in Bonn is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && strings.Contains(p.Controller.Registration, "Bonn")
		}},
		{says: "our data protection officer can be reached by post and email", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR, the Federal Data Protection Act, the TDDDG and the Telecommunications Act", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 3
		}},
		{says: "this notice covers our fixed-line, broadband and mobile services for consumers, our website and the app", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "particular products have their own, additional notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) >= 1 && p.OtherNotices[0].URL != "" }},
		{says: "for a contract we record your name, address, date of birth, contact details, bank details, tariff and customer password", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("master").Items, "the customer password we ask for on the phone")
		}},
		{says: "without these details we cannot conclude a contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("contract").Required != "" && p.Purpose("contract").HasBasis(policy.BasisContract)
		}},
		{says: "we keep master data until the end of the calendar year after the contract ends, and longer only as commercial and tax law require", typed: func(p *policy.Policy) bool {
			r := p.Category("master").Retention
			return r.From == policy.EventContractEnd && r.Period == policy.Years(1)
		}},
		{says: "data we must keep after the contract ends is blocked and used for nothing else", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) == 1 && p.Deletion[0].KeptRestricted && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "to connect and bill your calls we process traffic data: the numbers, the time and length of each connection, the data volume and the mobile cell", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("traffic").Items, "the data volume transmitted") && p.Purpose("billing").Uses(p.Category("traffic"))
		}},
		{says: "traffic data is protected by the secrecy of telecommunications", typed: func(p *policy.Policy) bool {
			return p.Category("traffic").Secrecy.Kind == policy.SecrecyCommunications && len(p.Category("traffic").Secrecy.Laws) == 1
		}},
		{says: "we delete traffic data for billing at the latest 80 days after sending the bill, unless you dispute it", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("traffic").Retention.Criteria, "80 days")
		}},
		{says: "we keep traffic data, including the IP addresses assigned, for seven days to detect and clear faults and misuse, as the TDDDG allows", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("faults")
			return pu.RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(pu.Obligations) == 2 && strings.Contains(p.Category("traffic").Retention.Criteria, "seven days")
		}},
		{says: "we do not store the content of your calls and messages", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Category == p.Category("traffic")
		}},
		{says: "other network operators receive traffic data to connect calls, serve you when roaming and settle charges", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("contract").Recipients, recipient(p, "carriers"))
		}},
		{says: "when you roam abroad, the foreign operator you use receives the data it needs", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) > 0 && p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[0].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "before we conclude a contract or sell a device in instalments we ask SCHUFA about your creditworthiness", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("credit").Recipients, recipient(p, "schufa")) && p.Category("credit").SourceDetail != ""
		}},
		{says: "we report the conclusion and end of the contract, and unpaid claims that meet the legal conditions, to SCHUFA", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "schufa").Purpose, "record") && slices.Contains(p.Purpose("collection").Recipients, recipient(p, "schufa"))
		}},
		{says: "SCHUFA's own information under Art. 14 GDPR is published on its website", typed: func(p *policy.Policy) bool { return recipient(p, "schufa").NoticeURL != "" }},
		{says: "the credit check rests on the contract and our legitimate interest in avoiding payment defaults", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("credit")
			return pu.HasBasis(policy.BasisContract) && pu.HasBasis(policy.BasisLegitimateInterests) && pu.Interest != ""
		}},
		{says: "we decide automatically from the score whether we accept an order or ask for a deposit, and you may have a person review it", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we may block a line or an order where we suspect fraud, and you may contact customer service", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetServices) && s.Contest != ""
		}},
		{says: "if you do not pay after reminders we may pass the claim to a collection agency", typed: func(p *policy.Policy) bool { return recipient(p, "collectors").Conditional }},
		{says: "companies of our group and service providers process data on our behalf and under our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "sales partners take orders and advise you on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "partners").Role == policy.RoleProcessor }},
		{says: "we list you in phone directories and directory enquiries only if you ask us to, and you choose which details", typed: func(p *policy.Policy) bool {
			return p.Category("directory").Visibility == policy.VisibilityOptional && p.Purpose("directory").Required != ""
		}},
		{says: "when you call 110 or 112, we pass your number and location to the emergency services, as the law requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("emergency")
			return pu.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(pu.Recipients, recipient(p, "emergency"))
		}},
		{says: "we must enable the interception of telecommunications and give authorities subscriber and traffic data where the law obliges us", typed: func(p *policy.Policy) bool {
			return p.Purpose("lawful").RestsOn(policy.BasisLegalObligation, policy.GDPR) && recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we keep invoices and accounting records as commercial and tax law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we provide location-based services only with your consent, which you may withdraw", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("location")
			return pu.RestsOnConsent() && len(pu.ConsentRequiredBy) == 1 && pu.Withdraw != ""
		}},
		{says: "we use traffic data to advise you on suitable tariffs only with your consent", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("traffic-marketing")
			return pu.RestsOnConsent() && pu.Uses(p.Category("traffic")) && len(pu.ConsentRequiredBy) == 1
		}},
		{says: "we advertise by phone, email and text message only with your consent, which you may withdraw at any time", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.RestsOnConsent() && pu.DirectMarketing && pu.Withdraw != ""
		}},
		{says: "we email customers about our own similar products, as § 7(3) UWG allows, and you may object at any time", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("similar")
			return pu.OptOut && len(pu.ConsentExemptBy) == 1 && !pu.RestsOnConsent()
		}},
		{says: "we send offers by post in our legitimate interest, to which you may object", typed: func(p *policy.Policy) bool {
			return p.Purpose("post").OptOut && p.Purpose("post").Interest != ""
		}},
		{says: "we record calls with customer service only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("recording").RestsOnConsent() && p.Category("service").RecordingNotice
		}},
		{says: "necessary cookies are set without consent; analytics and advertising cookies only with consent in the consent tool, as § 25 TDDDG requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn && len(p.Purpose("analytics").ConsentRequiredBy) == 1
		}},
		{says: "you may change your choices at any time in the privacy settings", typed: func(p *policy.Policy) bool { return p.Links.CookieSettings != "" }},
		{says: "advertising partners in the US receive data under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Destination == regionUS && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "you may access, rectify, erase, restrict and port your data and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may object to processing on our legitimate interests, and to direct marketing at any time", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightObjection) }},
		{says: "the Federal Commissioner for Data Protection in Bonn supervises us for telecommunications services", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "BfDI")
		}},
		{says: "everyone who works for us is bound to the secrecy of telecommunications", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureStaffTraining) }},
		{says: "we protect data with encryption and access controls, and our security is certified", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "we never ask for your password by email; beware of phishing in our name", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked)
		}},
		{says: "only adults may conclude a contract with us", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "our websites link to others' websites and our pages on social networks, whose own policies apply", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "we update this notice from time to time, and the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && p.URL != "" }},
		// Free text.
		{says: "on request we send an itemised bill, with the numbers called shortened by the last three digits or in full, and you must tell the other users of your line", free: toPurpose("billing")},
		{says: "you may suppress the display of your number to those you call, call by call or permanently", free: toPurpose("contract")},
		{says: "where service providers process data outside the EU, we make sure of an adequate level of protection by an adequacy decision or standard contractual clauses", free: toIntroduction},
	}}
}

// realPolicyDe2Check24 paraphrases, in our own words and as we recall it,
// the data protection notice of CHECK24, as published in 2024-2025: a
// Munich comparison portal whose group companies compare and broker
// insurance, loans and current accounts, energy and telecoms tariffs,
// travel, flights, hotels and rental cars; passes applications to the
// providers that conclude the contracts; runs a customer account shared
// by the group's companies as joint controllers, and the CHECK24 points
// programme; asks explicit consent for the health questions of insurance
// applications; reminds customers when a contract can be switched; and
// advertises with consent, or to customers as § 7(3) UWG allows.
func realPolicyDe2Check24() realPolicy {
	account := &policy.Category{ID: "account", Name: "Customer account data",
		Items:       []string{"title and name", "email address", "password", "postal address", "phone number", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	inputs := &policy.Category{ID: "inputs", Name: "Details you enter for a comparison",
		Items: []string{"for car insurance, the car, its use and your no-claims class", "for energy, your postcode and consumption",
			"for loans, the amount, your income, occupation and outgoings", "for travel, the dates, destination and travellers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you may want to come back to the comparison, and for a comparison that leads to a contract as long as commercial law requires")}
	application := &policy.Category{ID: "application", Name: "Application and contract data",
		Items: []string{"the details the provider asks for to conclude the contract", "bank account (IBAN)", "your current provider and contract, where you switch",
			"the contract concluded, its documents and the commission we receive"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the provider that concludes the contract",
		Linked: true, Retention: policy.AsRequiredBy(de2Bookkeeping)}
	others := &policy.Category{ID: "others", Name: "Details of other people",
		Items:       []string{"the names and dates of birth of fellow travellers and of persons to be insured with you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.AsRequiredBy(de2Bookkeeping)}
	health := &policy.Category{ID: "health", Name: "Health data for insurance applications",
		Items:       []string{"your answers to the insurer's health questions, such as illnesses, treatments and height and weight"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as we broker and look after the insurance, and then as long as we must document our advice")}
	offers := &policy.Category{ID: "offers", Name: "Offers and decisions of banks",
		Items:       []string{"the personal loan offers and interest rates banks make you", "whether a bank accepts or declines your application"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the banks you apply to", Linked: true,
		Retention: policy.AsRequiredBy(de2Bookkeeping)}
	points := &policy.Category{ID: "points", Name: "CHECK24 points",
		Items:       []string{"points you collect with contracts and bookings", "points you redeem"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews",
		Items:       []string{"your rating and review of a provider, hotel or product", "your first name and the initial of your surname"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the review is shown, unless you ask us to remove it")}
	service := &policy.Category{ID: "service", Name: "Customer service",
		Items:       []string{"your calls, emails and chats with our experts", "recordings of calls, where you agree to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to deal with your matter, and recordings for up to three months")}
	usage := &policy.Category{ID: "usage", Name: "Device and usage data",
		Items:       []string{"IP address", "device, browser and operating system", "pages viewed and comparisons made", "the website you came from"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("server logs for a few days, unless an attack needs investigating")}
	tracking := &policy.Category{ID: "tracking", Name: "Analytics and advertising data",
		Items:       []string{"cookie and advertising identifiers", "the adverts you see and click", "a pseudonymous profile of your interests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{usage},
		Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	companies := &policy.Recipient{ID: "companies", Name: "the CHECK24 companies that run each product area, such as insurance, banking, energy and travel", Role: policy.RoleJointController,
		Categories: []*policy.Category{account, inputs, application, points, service}, Country: regionDE,
		Purpose:     "to compare and broker the products of their area, with the customer account we share",
		Arrangement: "CHECK24 Vergleichsportal GmbH runs the customer account and the points programme; the company of each product area compares and brokers its products and is responsible for them. You may exercise your rights against any of us, and our data protection officer answers for all."}
	providers := &policy.Recipient{ID: "providers", Name: "the providers whose products you choose: insurers, energy and telecoms suppliers and banks", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, inputs, application, others, health}, Purpose: "to make you an offer and conclude and perform the contract with you"}
	travel := &policy.Recipient{ID: "travel", Name: "the tour operators, airlines, hotels and car rental firms you book with", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, application, others}, Purpose: "to carry out your booking"}
	banks := &policy.Recipient{ID: "banks", Name: "the banks you apply to for a loan", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, inputs, application}, Country: regionDE,
		Purpose: "to check your application, which may include a query to SCHUFA, and make you an offer"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, application}, Purpose: "to take payment for travel you book with us"}
	processors := &policy.Recipient{ID: "processors", Name: "IT, hosting, email and call centre service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, inputs, application, service, usage}, Country: regionDE}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners, such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to measure our adverts and show them on other websites"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement authorities and courts", Role: policy.RoleAuthority, Country: regionDE, Conditional: true,
		Categories: []*policy.Category{account, application, usage}, Purpose: "where the law obliges us to disclose"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Running your customer account, where you save comparisons and see your contracts and bookings",
		Categories: []*policy.Category{account, inputs, application}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{companies, processors},
		Required: "an account needs your name, email address and a password; you may compare without one"}
	compare := &policy.Purpose{ID: "compare", Name: "Comparing products and tariffs for you",
		Categories: []*policy.Category{inputs, usage}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{companies},
		Required: "we can compare only with the details the comparison asks for; without them we cannot show you prices"}
	broker := &policy.Purpose{ID: "broker", Name: "Brokering the contract you choose and passing your application to the provider",
		Categories: []*policy.Category{account, inputs, application, others}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{companies, providers, travel, psps, processors},
		Required:   "the provider needs the details it asks for to conclude the contract; without them it cannot"}
	healthPurpose := &policy.Purpose{ID: "health", Name: "Passing your answers to health questions to the insurer you apply to",
		Categories: []*policy.Category{health, account}, Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent},
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Withdraw: "at any time, with effect for the future, by writing to us",
		Recipients: []*policy.Recipient{providers},
		Required:   "health, life and disability insurers ask these questions before they insure you; without the answers and your consent we cannot pass on your application"}
	loans := &policy.Purpose{ID: "loans", Name: "Obtaining personal loan offers from banks and passing your application to the bank you choose",
		Categories: []*policy.Category{account, inputs, application, offers}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{banks},
		Required:   "banks make an offer only with the details they ask for; without them we cannot obtain one"}
	pointsPurpose := &policy.Purpose{ID: "points", Name: "Running the CHECK24 points programme",
		Categories: []*policy.Category{points, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{companies}}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing your reviews of providers, hotels and products",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisContract},
		Required: "a review needs a rating; whether you write one is up to you"}
	helping := &policy.Purpose{ID: "service", Name: "Advising you and answering your questions by phone, email and chat",
		Categories: []*policy.Category{account, inputs, application, service}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{processors},
		Required: "we cannot advise you without the details of your question"}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls for quality and to show what was agreed",
		Categories: []*policy.Category{service}, Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by saying so at the start of the call or at any time during it"}
	switching := &policy.Purpose{ID: "switching", DirectMarketing: true, Name: "Reminding you by email when a contract you took out through us can be ended, with a new comparison",
		Categories: []*policy.Category{account, application}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping our customers save by switching, and offering them products like those they have", OptOut: true,
		ConsentExemptBy: []policy.Obligation{{Act: "Gesetz gegen den unlauteren Wettbewerb (UWG), § 7(3)", Region: regionDE}}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter with offers",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentLogged: true,
		Withdraw: "with the link in every newsletter or in your customer account", Recipients: []*policy.Recipient{processors}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse, such as bookings with stolen cards and false points claims",
		Categories: []*policy.Category{account, application, usage, points}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers, the providers and us from fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "by contacting customer service"}}
	website := &policy.Purpose{ID: "website", Name: "Delivering our website and app and keeping them secure",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "delivering the pages you ask for and defending the portal against attacks", Recipients: []*policy.Recipient{processors}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the portal is used, to improve it",
		Categories: []*policy.Category{usage, tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the privacy settings", ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Recipients: []*policy.Recipient{adPartners}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our adverts and showing them to you on other websites",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Withdraw: "in the privacy settings", ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounts and documenting our advice as an insurance broker",
		Categories: []*policy.Category{application, health}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegalClaims},
		Obligations: []policy.Obligation{de2Records, {Act: "Versicherungsvertragsgesetz (VVG), §§ 61 and 62", Region: regionDE}},
		Recipients:  []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title: "CHECK24 data protection notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "CHECK24 Vergleichsportal GmbH", Address: "Erika-Mann-Straße 62-66, 80636 München, Germany",
			Email: "info@check24.example"}, Registration: "Amtsgericht München", Country: regionDE},
		DPO:     &policy.Contact{Name: "Data Protection Officer of the CHECK24 group", Email: "datenschutz@check24.example", Address: "Erika-Mann-Straße 62-66, 80636 München, Germany"},
		Version: "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		URL:        "https://www.check24.example/datenschutz",
		Laws:       []policy.Law{policy.GDPR},
		LegalActs:  []policy.Obligation{de2BDSG, de2TDDDG},
		Scope:      []string{"check24.de and the CHECK24 app, with every comparison and the customer account"},
		External:   []policy.ExternalService{policy.ExternalLinkedSites},
		Categories: []*policy.Category{account, inputs, application, others, health, offers, points, reviews, service, usage, tracking},
		Storage:    []policy.Storage{{Location: regionDE}},
		Purposes: []*policy.Purpose{accountPurpose, compare, broker, healthPurpose, loans, pointsPurpose, reviewing, helping, recording, switching, newsletter, fraud,
			website, analytics, ads, records},
		Recipients: []*policy.Recipient{companies, providers, travel, banks, psps, processors, adPartners, authorities},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationBooking, Recipient: travel, Categories: []*policy.Category{account, application, others}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion:    []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation}, KeptFor: policy.Years(10), KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for login, comparisons and your privacy settings", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: analytics,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("in your customer account or by writing to our data protection officer"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionDE,
			Contact: policy.Contact{Name: "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)", Address: "Promenade 18, 91522 Ansbach, Germany", Website: "https://www.lda.bayern.de"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit, Description: "Your data travels to us encrypted with TLS."}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{CookieSettings: "https://www.check24.example/privacy-settings"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{EffectiveOnPosting: true},
	}
	return realPolicy{"comparison portal (CHECK24)", p, []statement{
		{says: "CHECK24 Vergleichsportal GmbH in Munich is the controller for the portal and the customer account", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && strings.Contains(p.Controller.Registration, "München")
		}},
		{says: "the CHECK24 company of each product area is responsible for its comparisons and the contracts it brokers, jointly with us for the customer account", typed: func(p *policy.Policy) bool {
			return recipient(p, "companies").Role == policy.RoleJointController && recipient(p, "companies").Arrangement != ""
		}},
		{says: "you may exercise your rights against any of the joint controllers", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "companies").Arrangement, "any of us")
		}},
		{says: "the data protection officer of the CHECK24 group can be reached by email and post", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process your data under the GDPR, the Federal Data Protection Act and the TDDDG", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 2
		}},
		{says: "for a customer account we record your name, email address and password, and your address, phone and date of birth where you give them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "password") && p.Purpose("account").Required != ""
		}},
		{says: "you may compare without an account", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("account").Required, "without one") }},
		{says: "we use the details you enter, such as your car, consumption or travel dates, to compare offers for you", typed: func(p *policy.Policy) bool {
			return p.Purpose("compare").Uses(p.Category("inputs")) && p.Purpose("compare").HasBasis(policy.BasisContract)
		}},
		{says: "without the details the comparison asks for we cannot show you prices", typed: func(p *policy.Policy) bool { return p.Purpose("compare").Required != "" }},
		{says: "when you apply, we pass your application to the provider you chose, which concludes the contract with you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("broker").Recipients, recipient(p, "providers")) && recipient(p, "providers").Role == policy.RoleThirdParty
		}},
		{says: "the provider tells us about the contract concluded and the commission we receive", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("application").Sources, policy.SourceThirdParty) && p.Category("application").SourceDetail != ""
		}},
		{says: "if you give us details of fellow travellers or co-insured persons, you confirm you may do so", typed: func(p *policy.Policy) bool { return othersGive(p, "others") }},
		{says: "for health, life and disability insurance we pass your answers to the health questions to the insurer only with your explicit consent", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("health")
			return pu.HasBasis(policy.BasisExplicitConsent) && p.Category("health").Sensitivity == policy.SensitivitySpecial && pu.ConsentLogged
		}},
		{says: "you may withdraw that consent at any time, with effect for the future", typed: func(p *policy.Policy) bool { return p.Purpose("health").Withdraw != "" }},
		{says: "for a loan we pass your details to the banks, which may ask SCHUFA about you and then make you an offer", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("loans").Recipients, recipient(p, "banks")) && strings.Contains(recipient(p, "banks").Purpose, "SCHUFA")
		}},
		{says: "we receive the banks' offers and decisions", typed: func(p *policy.Policy) bool {
			return p.Category("offers").SourceDetail != "" && p.Purpose("loans").Uses(p.Category("offers"))
		}},
		{says: "we make no automated decisions about you; the providers decide on your contract", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for travel you pay through payment service providers", typed: func(p *policy.Policy) bool { return recipient(p, "psps") != nil && recipient(p, "psps").Purpose != "" }},
		{says: "when you book a hotel or trip abroad, the hotel or operator there receives your booking", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationBooking && p.Transfers[0].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "we run the CHECK24 points programme, in which you collect and redeem points", typed: func(p *policy.Policy) bool {
			return p.Purpose("points").HasBasis(policy.BasisContract) && p.Category("points") != nil
		}},
		{says: "your reviews are published with your first name and initial", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && slices.Contains(p.Category("reviews").Items, "your first name and the initial of your surname")
		}},
		{says: "our experts advise you by phone, email and chat", typed: func(p *policy.Policy) bool { return p.Purpose("service").Uses(p.Category("service")) }},
		{says: "we record calls only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("recording").RestsOnConsent() && p.Category("service").RecordingNotice
		}},
		{says: "we remind you by email when your contract can be ended and compare again, as § 7(3) UWG allows, and you may object at any time", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("switching")
			return pu.OptOut && len(pu.ConsentExemptBy) == 1 && pu.DirectMarketing && !pu.RestsOnConsent()
		}},
		{says: "we send the newsletter only after you confirm your address, and you may unsubscribe in every newsletter", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("newsletter")
			return pu.ConsentMethod == policy.ConsentMethodDoubleOptIn && pu.Withdraw != ""
		}},
		{says: "we check for fraud and misuse in our legitimate interest, and may block an account or booking", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return p.Purpose("fraud").Interest != "" && slices.Contains(s.Targets, policy.SuspensionTargetAccount)
		}},
		{says: "our servers log your IP address and the pages you ask for, to deliver and secure the portal", typed: func(p *policy.Policy) bool {
			return p.Purpose("website").Interest != "" && slices.Contains(p.Category("usage").Items, "IP address")
		}},
		{says: "necessary cookies are set without consent; analytics and advertising cookies only with consent in the consent tool, as § 25 TDDDG requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && len(p.Purpose("advertising").ConsentRequiredBy) == 1
		}},
		{says: "you may change your cookie choices at any time in the privacy settings", typed: func(p *policy.Policy) bool { return p.Links.CookieSettings != "" }},
		{says: "analytics and advertising partners in the US receive data under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "IT, hosting and call centre service providers process data on our behalf in Germany", typed: func(p *policy.Policy) bool {
			return recipient(p, "processors").Role == policy.RoleProcessor && recipient(p, "processors").Country == regionDE
		}},
		{says: "we keep contract records for ten years, as commercial and tax law require, and document our advice as an insurance broker", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("records")
			return pu.RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(pu.Obligations) == 2
		}},
		{says: "we keep your account until you delete it", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "after you delete your account, what we must keep is blocked until the retention periods end", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) == 1 && p.Deletion[0].KeptRestricted && p.Deletion[0].From == policy.EventDeletionRequest
		}},
		{says: "we disclose data to authorities only where the law obliges us", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "you may access, rectify, erase, restrict and port your data and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may object to processing on our legitimate interests, and to advertising at any time", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightObjection) }},
		{says: "you may complain to a supervisory authority, such as the Bavarian one in Ansbach", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "BayLDA")
		}},
		{says: "your data travels to us encrypted", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionInTransit) }},
		{says: "when you go on to a provider's website, its own privacy policy applies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "only adults may conclude contracts through us", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we update this notice from time to time, and the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && p.URL != "" }},
		// Free text.
		{says: "we are paid a commission by the provider when a contract is concluded, and the comparison is free for you", free: toPurpose("broker")},
		{says: "we compare many, but not all, providers on the market, and say so in each comparison", free: toPurpose("compare")},
		{says: "the data you enter in a comparison is saved, so that you can take it up again or be advised by our experts", free: toCategory("inputs")},
	}}
}

// realPolicyDe2DHL paraphrases, in our own words and as we recall it, the
// data protection notice for the parcel services of DHL Paket in Germany,
// as published by Deutsche Post AG in 2024-2025: it carries parcels for
// senders, receives the recipient's details from the sender, announces
// deliveries by email, delivers to a neighbour, a place of deposit, a
// Packstation or a branch as the recipient chooses, checks the age of
// recipients of goods for adults, runs the customer account with the
// Postnummer and the Post & DHL app, sells postage online, declares
// international shipments to customs and screens them against sanctions
// lists, keeps postal secrecy, and names the Federal Commissioner for
// Data Protection as the authority that supervises postal services.
func realPolicyDe2DHL() realPolicy {
	postal := policy.Secrecy{Kind: policy.SecrecyCommunications,
		Laws: []policy.Obligation{{Act: "Grundgesetz (GG), Art. 10, and Postgesetz (PostG), on postal secrecy", Region: regionDE}}}
	ucc := policy.Obligation{Act: "Regulation (EU) No 952/2013 laying down the Union Customs Code", Region: regionEU}

	shipment := &policy.Category{ID: "shipment", Name: "Shipment data",
		Items: []string{"the names and addresses of the sender and the recipient", "the shipment number", "weight, size and the services booked, such as cash on delivery or an age check",
			"the recipient's email address or mobile number, where the sender gives it for an announcement"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the sender of the parcel, usually the shop you ordered from", Linked: true, Secrecy: postal,
		Retention: policy.ByCriteria("as long as we need it to deliver the parcel and deal with enquiries and claims about it, and then as long as commercial and tax law require")}
	tracking := &policy.Category{ID: "tracking", Name: "Tracking and proof of delivery",
		Items: []string{"each scan of the parcel, with place and time", "the delivery status", "how and to whom the parcel was delivered: in person, to a neighbour, at a place of deposit, at a Packstation or branch",
			"the signature of the person who accepted it", "the name of the neighbour who accepted it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true, Secrecy: postal,
		Retention: policy.ByCriteria("tracking for a few months after delivery; proof of delivery as long as claims may be brought and commercial law requires")}
	account := &policy.Category{ID: "account", Name: "Customer account data",
		Items: []string{"name and address", "email address and mobile number", "password", "your Postnummer for Packstations and branches",
			"your delivery preferences, such as a preferred neighbour, a place of deposit or a preferred day"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	payment := &policy.Category{ID: "payment", Name: "Payment data for postage bought online",
		Items:       []string{"the payment method you choose", "the postage bought and its price"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers",
		Linked: true, Retention: policy.AsRequiredBy(de2Bookkeeping)}
	ageCheck := &policy.Category{ID: "agecheck", Name: "Age check",
		Items:       []string{"that the recipient's age was checked on an identity document, and the result"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: postal,
		Retention: policy.ByCriteria("as long as the proof of delivery")}
	customs := &policy.Category{ID: "customs", Name: "Customs data",
		Items:       []string{"a description of the contents and their value", "the customs tariff number", "the names and addresses of the sender and the recipient", "the EORI number, where there is one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the sender of an international shipment",
		Linked: true, Secrecy: postal, Retention: policy.AsRequiredBy("customs law, which requires customs records to be kept for at least three years")}
	app := &policy.Category{ID: "app", Name: "App data",
		Items:       []string{"your location, to find the nearest Packstation or branch", "the push token of your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	service := &policy.Category{ID: "service", Name: "Enquiries and claims",
		Items:       []string{"your messages and calls to customer service", "search requests for missing parcels", "claims for lost or damaged parcels"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to deal with the matter, and then as long as commercial law requires for commercial letters")}
	usage := &policy.Category{ID: "usage", Name: "Use of our website and app",
		Items:       []string{"IP address", "device and browser", "pages visited and shipments tracked", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	newsletter := &policy.Category{ID: "newsletter", Name: "Newsletter data",
		Items:       []string{"email address", "when you subscribed and confirmed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}

	subcontractors := &policy.Recipient{ID: "subcontractors", Name: "delivery companies that deliver parcels on our behalf", Role: policy.RoleProcessor, Country: regionDE,
		Categories: []*policy.Category{shipment, tracking}, Purpose: "to deliver parcels in some areas for us"}
	senders := &policy.Recipient{ID: "senders", Name: "the sender of the parcel", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Purpose: "to know whether and how the parcel was delivered, and to show it in a dispute with you"}
	partners := &policy.Recipient{ID: "partners", Name: "the postal operators and DHL companies in the destination country", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{shipment, customs}, Purpose: "to carry and deliver an international shipment"}
	customsAuth := &policy.Recipient{ID: "customs", Name: "the customs authorities of Germany and of the destination country", Role: policy.RoleAuthority,
		Categories: []*policy.Category{shipment, customs}, Purpose: "to clear international shipments, as customs law requires"}
	group := &policy.Recipient{ID: "group", Name: "companies of the DHL Group", Role: policy.RoleProcessor, Country: regionDE,
		Categories: []*policy.Category{shipment, tracking, account, service}, Purpose: "to run IT and customer service for us"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, email and call centre service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, service, usage, newsletter}, Country: regionDE}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers, such as PayPal", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{payment}, Purpose: "to carry out the payment for postage you buy online"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "analytics and advertising partners, such as Google", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{usage}, Purpose: "to measure use of our website and our adverts"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement authorities and courts", Role: policy.RoleAuthority, Country: regionDE, Conditional: true,
		Categories: []*policy.Category{shipment, tracking}, Purpose: "where a court order or the law obliges us, such as the seizure of a shipment"}

	delivery := &policy.Purpose{ID: "delivery", Name: "Carrying and delivering parcels, and proving their delivery",
		Categories: []*policy.Category{shipment, tracking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "delivering the parcels sent to you, as our contract with the sender requires, and being able to prove it",
		Recipients: []*policy.Recipient{subcontractors, senders, group},
		Required:   "we cannot deliver a parcel without the recipient's name and address; without the sender's details we cannot return it"}
	announce := &policy.Purpose{ID: "announce", Name: "Announcing a parcel by email or in the app, and letting you change its delivery",
		Categories: []*policy.Category{shipment, tracking}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling recipients when their parcel comes, so that they can receive it or redirect it", OptOut: true}
	preferences := &policy.Purpose{ID: "preferences", Name: "Delivering as you prefer: to a neighbour, a place of deposit, a Packstation or a branch, or on a preferred day",
		Categories: []*policy.Category{account, shipment, tracking}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{subcontractors},
		Required: "you choose a preference only if you want one"}
	accountPurpose := &policy.Purpose{ID: "account", Name: "Running your customer account and Postnummer, for Packstations, branches and the app",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "to use a Packstation you need an account with your name, address, email address and mobile number; without them you cannot register"}
	ageChecks := &policy.Purpose{ID: "agecheck", Name: "Checking the age of the recipient of goods the sender may give only to adults",
		Categories: []*policy.Category{ageCheck, shipment}, Bases: []policy.Basis{policy.BasisContract},
		AgeChecks: []policy.AgeCheck{policy.AgeCheckDocument},
		Required:  "if you cannot show that you are old enough, we cannot hand you the parcel"}
	postage := &policy.Purpose{ID: "postage", Name: "Selling postage and parcel labels online",
		Categories: []*policy.Category{account, payment, shipment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psps},
		Required: "we need the addresses and a means of payment to sell you a label"}
	customsPurpose := &policy.Purpose{ID: "customs", Name: "Declaring international shipments to customs",
		Categories: []*policy.Category{shipment, customs}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{ucc},
		Recipients: []*policy.Recipient{customsAuth, partners},
		Required:   "customs law requires the declaration; without it we cannot send the shipment abroad"}
	sanctions := &policy.Purpose{ID: "sanctions", Name: "Screening senders and recipients against the EU's sanctions lists",
		Categories: []*policy.Category{shipment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Council Regulation (EC) No 2580/2001 and the EU's other sanctions regulations", Region: regionEU}}}
	helping := &policy.Purpose{ID: "service", Name: "Answering your enquiries, searching for missing parcels and settling claims",
		Categories: []*policy.Category{service, shipment, tracking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering recipients who are not our customers", Recipients: []*policy.Recipient{group, providers, senders},
		Required: "we cannot search for a parcel without its shipment number or address"}
	appPurpose := &policy.Purpose{ID: "app", Name: "Showing the nearest Packstations and branches and sending push notifications in the Post & DHL app",
		Categories: []*policy.Category{app}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "in your device's settings"}
	newsletterPurpose := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter",
		Categories: []*policy.Category{newsletter}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentLogged: true,
		Withdraw: "with the link in every newsletter", Recipients: []*policy.Recipient{providers}}
	website := &policy.Purpose{ID: "website", Name: "Delivering dhl.de and the app and keeping them secure",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "delivering the pages you ask for and defending our services against attacks", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how our website and app are used, and measuring our adverts",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the privacy settings", ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounts and tax records",
		Categories: []*policy.Category{payment, service, tracking}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{de2Records}}
	lawful := &policy.Purpose{ID: "lawful", Name: "Answering courts and authorities where the law obliges us",
		Categories: []*policy.Category{shipment, tracking}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Strafprozessordnung (StPO), §§ 99 and 100", Region: regionDE}}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title: "Data protection notice for DHL Paket",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Deutsche Post AG", Address: "Charles-de-Gaulle-Straße 20, 53113 Bonn, Germany"},
			Registration: "Amtsgericht Bonn, HRB 6792", Country: regionDE},
		DPO:     &policy.Contact{Name: "Data Protection Officer of Deutsche Post AG", Email: "datenschutz@dhl.example", Address: "Charles-de-Gaulle-Straße 20, 53113 Bonn, Germany"},
		Version: "2025", Effective: policy.MakeDate(2025, time.February, 1), Updated: policy.MakeDate(2025, time.February, 1),
		URL:       "https://www.dhl.example/de/privatkunden/datenschutz",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{de2BDSG, {Act: "Postgesetz (PostG)", Region: regionDE}, de2TDDDG},
		Scope:     []string{"the parcel services of DHL Paket in Germany, dhl.de and the Post & DHL app"},
		OtherNotices: []policy.Notice{{Covers: "letters and other services of Deutsche Post", URL: "https://www.deutschepost.example/datenschutz"},
			{Covers: "business customers who ship with us under a contract"}},
		External:     []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories:   []*policy.Category{shipment, tracking, account, payment, ageCheck, customs, app, service, usage, newsletter},
		Storage:      []policy.Storage{{Location: regionDE}},
		NotCollected: []policy.Exclusion{{ID: "id-number", Name: "the number or a copy of the identity document shown for an age check", Category: ageCheck}},
		Purposes: []*policy.Purpose{delivery, announce, preferences, accountPurpose, ageChecks, postage, customsPurpose, sanctions, helping, appPurpose,
			newsletterPurpose, website, analytics, records, lawful},
		Recipients: []*policy.Recipient{subcontractors, senders, partners, customsAuth, group, providers, psps, adPartners, authorities},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationShipment, Recipient: partners, Categories: []*policy.Category{shipment, customs}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{usage}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion:    []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for tracking, login and your privacy settings", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{usage}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and marketing cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: analytics,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("in your customer account or by writing to our data protection officer"),
		Requests:             policy.Requests{Deadline: policy.Months(1), WithoutAccount: "by writing to our data protection officer, with the shipment number"},
		NoAutomatedDecisions: true,
		Redress:              []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionDE, Contact: de2BfDI}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureStaffTraining, Description: "Everyone who handles parcels is bound to postal secrecy."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.dhl.example/privacy-settings"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
	}
	return realPolicy{"parcel delivery (DHL Paket)", p, []statement{
		{says: "Deutsche Post AG in Bonn is the controller for DHL Paket's services", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && strings.Contains(p.Controller.Registration, "Bonn")
		}},
		{says: "our data protection officer can be reached by post and email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process data under the GDPR, the Federal Data Protection Act, the Postal Act and the TDDDG", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 3
		}},
		{says: "this notice covers our parcel services in Germany, dhl.de and the Post & DHL app", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "letters and business customers have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "to carry a parcel we process the names and addresses of sender and recipient, the shipment number and the services booked", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("shipment").Items, "the shipment number") && p.Purpose("delivery").HasBasis(policy.BasisContract)
		}},
		{says: "we receive the recipient's details from the sender, usually the shop", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("shipment").Sources, policy.SourceThirdParty) && strings.Contains(p.Category("shipment").SourceDetail, "sender")
		}},
		{says: "we deliver to recipients in our legitimate interest in performing our contract with the sender", typed: func(p *policy.Policy) bool {
			return p.Purpose("delivery").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("delivery").Interest != ""
		}},
		{says: "without the recipient's name and address we cannot deliver", typed: func(p *policy.Policy) bool { return p.Purpose("delivery").Required != "" }},
		{says: "everything we learn about shipments is protected by postal secrecy", typed: func(p *policy.Policy) bool {
			return p.Category("shipment").Secrecy.Kind == policy.SecrecyCommunications && p.Category("tracking").Secrecy.Kind == policy.SecrecyCommunications
		}},
		{says: "everyone who handles parcels is bound to postal secrecy", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureStaffTraining) }},
		{says: "we record each scan of a parcel and how and to whom it was delivered, with the signature of the person who accepted it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("tracking").Items, "the signature of the person who accepted it")
		}},
		{says: "when a neighbour accepts your parcel, we record the neighbour's name", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("tracking").Items, "the name of the neighbour who accepted it")
		}},
		{says: "the sender receives the status and proof of delivery", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("delivery").Recipients, recipient(p, "senders")) && recipient(p, "senders").Role == policy.RoleThirdParty
		}},
		{says: "delivery companies deliver parcels in some areas on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "subcontractors").Role == policy.RoleProcessor }},
		{says: "where the sender gives us your email address, we announce the parcel, and you may object to announcements", typed: func(p *policy.Policy) bool {
			return p.Purpose("announce").OptOut && p.Purpose("announce").Interest != "" && slices.Contains(p.Category("shipment").Items, "the recipient's email address or mobile number, where the sender gives it for an announcement")
		}},
		{says: "you may choose a preferred neighbour, a place of deposit, a Packstation, a branch or a preferred day", typed: func(p *policy.Policy) bool {
			return p.Purpose("preferences").Uses(p.Category("account")) && p.Purpose("preferences").Required != ""
		}},
		{says: "to use a Packstation you register a customer account with a Postnummer", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "your Postnummer for Packstations and branches") && p.Purpose("account").Required != ""
		}},
		{says: "for goods only adults may receive, the courier checks your identity document and hands over the parcel only if you are old enough", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("agecheck").AgeChecks, policy.AgeCheckDocument) && p.Purpose("agecheck").Required != ""
		}},
		{says: "we record only the result of the age check, not the document's number", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Category == p.Category("agecheck")
		}},
		{says: "when you buy postage online, payment service providers such as PayPal take the payment", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("postage").Recipients, recipient(p, "psps"))
		}},
		{says: "for international shipments we declare the contents, their value, sender and recipient to customs, as customs law requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("customs")
			return pu.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(pu.Recipients, recipient(p, "customs"))
		}},
		{says: "the postal operators and customs of the destination country receive what they need to deliver the shipment", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationShipment && p.Transfers[0].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "we screen senders and recipients against the EU's sanctions lists, as the law requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("sanctions")
			return pu.RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(pu.Obligations) == 1 && pu.Obligations[0].Region == regionEU
		}},
		{says: "customer service answers enquiries, searches for missing parcels and settles claims", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && p.Purpose("service").Required != ""
		}},
		{says: "people without an account may make a request by writing with the shipment number", typed: func(p *policy.Policy) bool { return p.Requests.WithoutAccount != "" }},
		{says: "the app uses your location to find Packstations only if you allow it on your device", typed: func(p *policy.Policy) bool {
			return p.Category("app").DevicePermission && p.Purpose("app").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we send the newsletter only after you confirm your address, and you may unsubscribe in every issue", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("newsletter")
			return pu.ConsentMethod == policy.ConsentMethodDoubleOptIn && pu.Withdraw != ""
		}},
		{says: "our servers log your IP address and the pages you ask for, to deliver and secure the website", typed: func(p *policy.Policy) bool {
			return p.Purpose("website").Interest != "" && slices.Contains(p.Category("usage").Items, "IP address")
		}},
		{says: "necessary cookies are set without consent; analytics and marketing cookies only with consent, as § 25 TDDDG requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn && len(p.Purpose("analytics").ConsentRequiredBy) == 1
		}},
		{says: "you may change your choices at any time in the privacy settings", typed: func(p *policy.Policy) bool { return p.Links.CookieSettings != "" }},
		{says: "analytics partners in the US receive data under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Destination == regionUS && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "companies of the DHL Group and service providers process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we keep accounting records as commercial and tax law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we keep customs records as long as customs law requires", typed: func(p *policy.Policy) bool {
			return p.Category("customs").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "after you close your account, what we must keep is blocked until the retention periods end", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) == 1 && p.Deletion[0].KeptRestricted && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we disclose shipment data to courts and authorities only where the law obliges us, such as on an order to seize a shipment", typed: func(p *policy.Policy) bool {
			return p.Purpose("lawful").RestsOn(policy.BasisLegalObligation, policy.GDPR) && recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we make no automated decisions about you", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify, erase, restrict and port your data and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may object to processing on our legitimate interests", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightObjection) }},
		{says: "the Federal Commissioner for Data Protection supervises us for postal services", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "BfDI")
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "beware of fake text messages and emails about parcels that ask for payment or data", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "our website links to others' websites and our pages on social networks, whose own policies apply", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites)
		}},
		{says: "we update this notice from time to time, and the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && p.URL != "" }},
		// Free text.
		{says: "where a sender or recipient matches a name on a sanctions list, we hold the shipment until a member of staff has cleared the match", free: toPurpose("sanctions")},
		{says: "a parcel left at a place of deposit you chose is delivered when it is put there, and you bear the risk after that", free: toPurpose("preferences")},
		{says: "the sender, not we, decides what it tells us about you, and is responsible for passing on your email address", free: toCategory("shipment")},
	}}
}
