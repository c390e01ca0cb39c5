package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// digitalIdentity paraphrases, in our own words and as we recall it, the
// privacy notice of GOV.UK One Login, the UK government's sign-in and
// identity service, as published in 2024: the Cabinet Office, through
// the Government Digital Service, is the controller; it processes on the
// public task of UK GDPR Art. 6(1)(e) and section 8 of the Data
// Protection Act 2018; it proves who a person is by matching a selfie to
// the photo on their identity document, a biometric check it rests on a
// substantial public interest; it checks for fraud with a credit
// reference agency; and it passes what a government service needs to the
// service the person signs in to.
func digitalIdentity() realPolicy {
	account := &policy.Category{ID: "account", Name: "Sign-in details", Items: []string{"email address", "password", "mobile phone number or authenticator app for security codes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	identity := &policy.Category{ID: "identity", Name: "Identity details", Items: []string{"name", "date of birth", "current and past addresses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	document := &policy.Category{ID: "document", Name: "Photo identity document", Items: []string{"passport, driving licence or residence permit details", "the photo on the document", "data read from the document's chip"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true}
	face := &policy.Category{ID: "face", Name: "Face scan", Items: []string{"selfie photo or video", "facial geometry compared with the photo on your identity document"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Days(30), policy.EventCollection), Linked: true}
	checks := &policy.Category{ID: "checks", Name: "Identity check results", Items: []string{"whether your identity was confirmed and at what level of confidence", "answers to security questions about your financial history", "fraud signals"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived, policy.SourceThirdParty}, SourceDetail: "a credit reference agency and the government bodies that issued your document",
		DerivedFrom: []*policy.Category{identity, document, face}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true}
	activity := &policy.Category{ID: "activity", Name: "Account activity", Items: []string{"the services you used your account for", "when you signed in", "IP address", "device and browser"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"what you tell our support team"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved)}
	analytics := &policy.Category{ID: "analytics", Name: "Analytics data", Items: []string{"pages visited", "how you got to the site", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(14), policy.EventCollection)}

	publicTask := []policy.Obligation{{Act: "Data Protection Act 2018, s. 8", Region: regionGB}}
	cra := &policy.Recipient{ID: "cra", Name: "Experian, a credit reference agency", Role: policy.RoleProcessor, Categories: []*policy.Category{identity, checks}, Country: regionGB,
		Purpose: "to check your details against its records, ask you security questions and look for signs of fraud"}
	issuers := &policy.Recipient{ID: "issuers", Name: "HM Passport Office and the DVLA", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, document}, Country: regionGB,
		Purpose: "to confirm that your passport or driving licence is genuine and valid"}
	biometrics := &policy.Recipient{ID: "biometrics", Name: "face matching and document reading suppliers", Role: policy.RoleProcessor, Categories: []*policy.Category{face, document}, Country: regionGB}
	postOffice := &policy.Recipient{ID: "postoffice", Name: "the Post Office", Role: policy.RoleProcessor, Categories: []*policy.Category{identity, document, face}, Country: regionGB,
		Conditional: true, Purpose: "if you choose to prove your identity in a branch"}
	services := &policy.Recipient{ID: "services", Name: "the government services you sign in to", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, identity, checks}, Country: regionGB,
		Purpose: "to let you use the service; each service is a controller of what it receives and has its own privacy notice"}
	hosting := &policy.Recipient{ID: "hosting", Name: "cloud hosting, email and text message providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, identity, document, checks, activity, support}, Country: regionGB}

	signin := &policy.Purpose{ID: "signin", Name: "Creating your account and letting you sign in", Categories: []*policy.Category{account, activity},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicTask, Recipients: []*policy.Recipient{hosting, services},
		Required: "you need an email address and a second way to get security codes to create an account"}
	prove := &policy.Purpose{ID: "identity", Name: "Proving your identity", Categories: []*policy.Category{identity, document, face, checks},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisSubstantialPublicInterest}, Obligations: publicTask, SpecialCondition: policy.DPAConditionStatutory,
		Recipients: []*policy.Recipient{cra, issuers, biometrics, postOffice, hosting},
		Automated:  "our systems decide whether your face matches the photo on your document and whether your identity is confirmed",
		Required:   "if you do not prove your identity online, you can do so at a Post Office or in another way the service offers"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing and detecting fraud", Categories: []*policy.Category{identity, checks, activity},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicTask, Recipients: []*policy.Recipient{cra}}
	share := &policy.Purpose{ID: "share", Name: "Sharing your details with the services you use", Categories: []*policy.Category{account, identity, checks},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicTask, Recipients: []*policy.Recipient{services}}
	helping := &policy.Purpose{ID: "support", Name: "Helping you when you contact us", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicTask, Recipients: []*policy.Recipient{hosting}}
	improve := &policy.Purpose{ID: "improve", Name: "Measuring and improving the service", Categories: []*policy.Category{analytics},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicTask}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Cabinet Office (Government Digital Service)", Email: "gds-privacy-office@digital.cabinet-office.example",
			Address: "The White Chapel Building, 10 Whitechapel High Street, London E1 8QS"}, Country: regionGB},
		DPO:     &policy.Contact{Name: "Cabinet Office Data Protection Officer", Email: "dpo@cabinetoffice.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:        []policy.Law{policy.UKGDPR},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse},
		Categories:  []*policy.Category{account, identity, document, face, checks, activity, support, analytics},
		Storage:     []policy.Storage{{Location: regionGB}},
		Purposes:    []*policy.Purpose{signin, prove, fraud, share, helping, improve},
		Recipients:  []*policy.Recipient{cra, issuers, biometrics, postOffice, services, hosting},
		Transfers: []policy.Transfer{{Origin: regionGB, Destination: regionEU, Recipient: hosting, Categories: []*policy.Category{account, activity, support},
			Safeguard: policy.SafeguardAdequacy}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies", Party: policy.PartyFirst, Purpose: signin, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{analytics},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "by writing to the privacy office"}, {Kind: policy.RightRectification, How: "in your account settings"},
			{Kind: policy.RightErasure, How: "by deleting your account"}, {Kind: policy.RightRestriction}, {Kind: policy.RightObjection},
			{Kind: policy.RightWithdrawConsent}, {Kind: policy.RightNoAutomatedDecision, How: "by contacting us to have a person look at the result"},
			{Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Months(1)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureIncidentDetection}},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact:  policy.Contact{Email: "gds-privacy-office@digital.cabinet-office.example"},
	}
	return realPolicy{"UK digital identity service (GOV.UK One Login)", p, []statement{
		{says: "the Cabinet Office, through the Government Digital Service in London, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionGB && p.Controller.Name != ""
		}},
		{says: "the Cabinet Office's data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we collect your email address, password and a phone number or authenticator app for security codes", typed: func(p *policy.Policy) bool {
			return p.Category("account") != nil && p.Purpose("signin").Required != ""
		}},
		{says: "to prove who you are we collect your name, date of birth and addresses", typed: func(p *policy.Policy) bool { return p.Purpose("identity").Uses(p.Category("identity")) }},
		{says: "we collect the details and photo of your passport, driving licence or residence permit, and may read its chip", typed: func(p *policy.Policy) bool {
			return p.Category("document") != nil
		}},
		{says: "we match a selfie to the photo on your document; this facial data is biometric", typed: func(p *policy.Policy) bool {
			return p.Category("face").Biometric && p.Category("face").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "we process biometric data for reasons of substantial public interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("identity").HasBasis(policy.BasisSubstantialPublicInterest)
		}},
		{says: "the condition for the biometric check is the statutory and government purposes of Schedule 1 to the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return p.Purpose("identity").SpecialCondition == policy.DPAConditionStatutory
		}},
		{says: "our legal basis is the performance of a task in the public interest, under section 8 of the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return p.Purpose("signin").RestsOn(policy.BasisPublicTask, policy.UKGDPR) && len(p.Purpose("signin").Obligations) == 1
		}},
		{says: "we record the result of your identity check and how confident we are in it", typed: func(p *policy.Policy) bool { return p.Category("checks").Sources[0] == policy.SourceDerived }},
		{says: "we record which services you used your account for, when you signed in, and your device", typed: func(p *policy.Policy) bool {
			return p.Category("activity").Sources[0] == policy.SourceAutomatic
		}},
		{says: "a credit reference agency checks your details, may ask security questions about your financial history, and looks for fraud", typed: func(p *policy.Policy) bool {
			return recipient(p, "cra").Purpose != "" && p.Purpose("fraud").Uses(p.Category("checks"))
		}},
		{says: "HM Passport Office and the DVLA confirm that your document is genuine", typed: func(p *policy.Policy) bool { return recipient(p, "issuers").Role == policy.RoleAuthority }},
		{says: "suppliers match faces and read documents for us", typed: func(p *policy.Policy) bool { return recipient(p, "biometrics").Role == policy.RoleProcessor }},
		{says: "you may instead prove your identity at a Post Office branch", typed: func(p *policy.Policy) bool { return recipient(p, "postoffice").Conditional }},
		{says: "we share your details and the result of your check with the government service you sign in to", typed: func(p *policy.Policy) bool {
			return p.Purpose("share").Uses(p.Category("checks")) && recipient(p, "services").Role == policy.RoleThirdParty
		}},
		{says: "each government service is a controller of what it receives and has its own privacy notice", typed: func(p *policy.Policy) bool { return recipient(p, "services").Purpose != "" }},
		{says: "we use your data to prevent and detect fraud", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Uses(p.Category("activity")) }},
		{says: "the decision whether your face matches and your identity is confirmed is automated", typed: func(p *policy.Policy) bool { return p.Purpose("identity").Automated != "" }},
		{says: "you can ask for a person to look at an automated decision", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNoAutomatedDecision) }},
		{says: "if you cannot prove your identity online, you can do so in another way", typed: func(p *policy.Policy) bool { return p.Purpose("identity").Required != "" }},
		{says: "we use what you tell support to help you", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("support")) }},
		{says: "with your consent, analytics cookies measure how the service is used", typed: func(p *policy.Policy) bool { return cookie(p, "analytics").Consent == policy.CookieConsentOptIn }},
		{says: "essential cookies keep you signed in", typed: func(p *policy.Policy) bool { return cookie(p, "session").StrictlyNecessary }},
		{says: "cloud hosting, email and text message providers process data for us", typed: func(p *policy.Policy) bool { return recipient(p, "hosting").Role == policy.RoleProcessor }},
		{says: "we store data in the UK, and some in the EEA, which the UK considers adequate", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionGB && p.Transfers[0].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "we keep your account data while you have an account", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "we keep records of identity checks for two years", typed: func(p *policy.Policy) bool { return p.Category("checks").Retention.Period == policy.Years(2) }},
		{says: "face scans are deleted soon after the check", typed: func(p *policy.Policy) bool { return p.Category("face").Retention.Period == policy.Days(30) }},
		{says: "you may access and correct your data, ask for it to be erased or restricted, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightRestriction)
		}},
		{says: "you may delete your account at any time", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightErasure) }},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we answer requests within a month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "data is encrypted, access is controlled, and the service is monitored for attacks", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "we may disclose data to law enforcement where the law requires", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "you must be 16 or over to create an account", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "we publish changes to this notice on this page", typed: func(p *policy.Policy) bool { return slices.Contains(p.Changes.Notify, policy.ChannelHomePage) }},
		{says: "we do not use your data for marketing and do not sell it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && slices.Contains(p.Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		// Free text.
		{says: "the government services you use may later ask us to check again that your identity is still valid", free: toPurpose("share")},
	}}
}

// mobileBank paraphrases, in our own words and as we recall it, the
// privacy policy of N26 Bank AG, a German mobile bank, as published in
// 2024: the GDPR and the Federal Data Protection Act (BDSG); video
// identification to know its customers, as the Money Laundering Act
// (GwG) requires; banking secrecy; credit checks with SCHUFA; records
// kept for six or ten years under the Commercial Code and the Fiscal
// Code; transfers to service providers outside the EEA; and automated
// decisions when an account is opened.
func mobileBank() realPolicy {
	gwg := policy.Obligation{Act: "Geldwäschegesetz (GwG)", Region: regionDE}
	banking := policy.Secrecy{Kind: policy.SecrecyBanking}
	bookkeeping := "the six years of the Commercial Code (HGB, § 257) for business letters and the ten years of the Fiscal Code (AO, § 147) for accounting records"
	master := &policy.Category{ID: "master", Name: "Master data", Items: []string{"name", "address", "date and place of birth", "nationality", "tax residence and tax identification number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: banking,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(10), From: policy.EventAccountClosure, Criteria: bookkeeping}}
	ident := &policy.Category{ID: "ident", Name: "Identification data", Items: []string{"identity document and its number", "recording of the video identification", "photos of you and your document"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: banking,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years the Money Laundering Act (GwG, § 8) requires for identification records"}}
	contact := &policy.Category{ID: "contact", Name: "Contact data", Items: []string{"email address", "mobile phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: banking,
		Retention: policy.WhileAccountActive(policy.Years(3))}
	transactions := &policy.Category{ID: "transactions", Name: "Transaction data", Items: []string{"payments in and out, with payers and payees", "card payments and merchants", "balances", "IBAN"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "other banks, card schemes and the people who pay you",
		Linked: true, Secrecy: banking,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(10), From: policy.EventAccountClosure, Criteria: bookkeeping}}
	credit := &policy.Category{ID: "credit", Name: "Credit data", Items: []string{"SCHUFA score", "information on existing credit and defaults", "income and occupation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceUser}, SourceDetail: "SCHUFA Holding AG",
		Linked: true, Secrecy: banking, Retention: policy.WhileAccountActive(policy.Years(3))}
	device := &policy.Category{ID: "device", Name: "Device and usage data", Items: []string{"device identifiers", "IP address", "operating system", "how you use the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"chats and emails with customer service", "recordings of phone calls", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: banking,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(6), From: policy.EventAccountClosure,
			Criteria: "the six years the Commercial Code (HGB, § 257) requires for business letters"}}
	tracking := &policy.Category{ID: "tracking", Name: "Marketing and analytics data", Items: []string{"cookie and advertising identifiers", "how you respond to our messages and ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	identProviders := &policy.Recipient{ID: "ident", Name: "video identification providers", Role: policy.RoleProcessor, Categories: []*policy.Category{master, ident}, Country: regionDE}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for IT, cloud hosting, customer service and card production", Role: policy.RoleProcessor,
		Categories: []*policy.Category{master, contact, transactions, device, support}, Country: regionEU}
	group := &policy.Recipient{ID: "group", Name: "N26 group companies", Role: policy.RoleProcessor, Categories: []*policy.Category{master, contact, transactions, support},
		Purpose: "to provide customer service and technology for the bank"}
	schufa := &policy.Recipient{ID: "schufa", Name: "SCHUFA Holding AG", Role: policy.RoleThirdParty, Categories: []*policy.Category{master, credit}, Country: regionDE,
		Purpose: "to check your creditworthiness, and to record the opening of your account and any conduct in breach of contract", NoticeURL: "https://www.schufa.de/datenschutz"}
	payments := &policy.Recipient{ID: "payments", Name: "Mastercard, other banks and payment service providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{master, transactions},
		Purpose: "to carry out your payments"}
	authorities := &policy.Recipient{ID: "authorities", Name: "BaFin, the Deutsche Bundesbank, the Financial Intelligence Unit, tax authorities and law enforcement", Role: policy.RoleAuthority,
		Categories: []*policy.Category{master, ident, transactions}, Country: regionDE, Conditional: true, Purpose: "where the law requires us to report or disclose"}
	collectors := &policy.Recipient{ID: "collection", Name: "debt collection agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{master, contact, transactions}, Country: regionDE,
		Conditional: true, Purpose: "if you do not pay what you owe"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{tracking}}

	account := &policy.Purpose{ID: "account", Name: "Opening and running your account and cards", Categories: []*policy.Category{master, contact, transactions, device, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, group, payments},
		Automated: "when you apply, our systems decide automatically from your details, the identification and the SCHUFA check whether we can open your account",
		Required:  "we need your master and contact data to open an account; without them we cannot enter into the contract"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Identifying you and preventing money laundering and terrorist financing", Categories: []*policy.Category{master, ident, transactions},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{gwg, {Act: "Kreditwesengesetz (KWG)", Region: regionDE}},
		TippingOff: []policy.Obligation{{Act: "Geldwäschegesetz (GwG), § 47", Region: regionDE}},
		Recipients: []*policy.Recipient{identProviders, authorities},
		Required:   "the Money Laundering Act requires you to give us the information and documents we need to identify you, and to tell us of changes; without them we cannot open or keep your account",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering, policy.SuspensionGroundFraud}}}
	scoring := &policy.Purpose{ID: "credit", Name: "Checking your creditworthiness", Categories: []*policy.Category{master, credit},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "protecting ourselves and other lenders from default, and preventing over-indebtedness",
		Recipients: []*policy.Recipient{schufa},
		Required:   "without a SCHUFA check we cannot open an account or consider an overdraft or credit",
		Automated:  "we decide automatically from your SCHUFA score and your account history whether to offer an overdraft or credit, and its limit"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and keeping your account secure", Categories: []*policy.Category{master, transactions, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisLegalObligation}, Interest: "protecting you and us from fraud and misuse of accounts",
		Obligations: []policy.Obligation{{Act: "Kreditwesengesetz (KWG), § 25h", Region: regionDE}}, Recipients: []*policy.Recipient{providers}}
	tax := &policy.Purpose{ID: "tax", Name: "Meeting our tax, reporting and record-keeping duties", Categories: []*policy.Category{master, transactions, support},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Handelsgesetzbuch (HGB), § 257", Region: regionDE}, {Act: "Abgabenordnung (AO), § 147", Region: regionDE},
			{Act: "Finanzkonten-Informationsaustauschgesetz (FKAustG)", Region: regionDE}},
		Recipients: []*policy.Recipient{authorities}}
	collection := &policy.Purpose{ID: "collection", Name: "Collecting what you owe", Categories: []*policy.Category{master, contact, transactions},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "recovering debts", Recipients: []*policy.Recipient{collectors, schufa}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and measuring our advertising", Categories: []*policy.Category{contact, tracking},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's settings or the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool,
		Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Improving our products", Categories: []*policy.Category{device, transactions},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how customers use the app so that we can improve it"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "N26 Bank AG", Email: "privacy@n26.example", Address: "Voltairestraße 8, 10179 Berlin, Germany"},
			Registration: "registered at the Local Court of Charlottenburg under HRB 170602 B, supervised by BaFin and the European Central Bank", Country: regionDE},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@n26.example", Address: "Voltairestraße 8, 10179 Berlin, Germany"},
		Version: "2024", Effective: policy.MakeDate(2024, time.February, 1), Updated: policy.MakeDate(2024, time.February, 1),
		Laws:       []policy.Law{policy.GDPR},
		LegalActs:  []policy.Obligation{{Act: "Bundesdatenschutzgesetz (BDSG)", Region: regionDE}},
		Categories: []*policy.Category{master, ident, contact, transactions, credit, device, support, tracking},
		Purposes:   []*policy.Purpose{account, kyc, scoring, fraud, tax, collection, marketing, improve},
		Recipients: []*policy.Recipient{identProviders, providers, group, schufa, payments, authorities, collectors, adPartners},
		Transfers: []policy.Transfer{{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{master, contact, device, support},
			Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies", Party: policy.PartyFirst, Purpose: account, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "marketing", Name: "marketing and analytics cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: marketing, Categories: []*policy.Category{tracking},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in the app"}, {Kind: policy.RightErasure}, {Kind: policy.RightRestriction},
			{Kind: policy.RightPortability}, {Kind: policy.RightObjection}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking customer service to have a person review the decision"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Deadline: policy.Months(1)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionDE,
			Contact: policy.Contact{Name: "Berliner Beauftragte für Datenschutz und Informationsfreiheit", Website: "https://www.datenschutz-berlin.de"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}},
		Contact:  policy.Contact{Email: "privacy@n26.example"},
	}
	return realPolicy{"German mobile bank (N26)", p, []statement{
		{says: "N26 Bank AG in Berlin is the controller, supervised by BaFin", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && p.Controller.Registration != ""
		}},
		{says: "our data protection officer can be reached by email and post", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Address != "" }},
		{says: "we process data under the GDPR and the Federal Data Protection Act (BDSG)", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 1
		}},
		{says: "we collect master data such as name, address, date and place of birth, nationality and tax identification number", typed: func(p *policy.Policy) bool {
			return p.Category("master") != nil
		}},
		{says: "we identify you by a video call or photo identification with a provider, recording your document", typed: func(p *policy.Policy) bool {
			return recipient(p, "ident").Role == policy.RoleProcessor && p.Purpose("kyc").Uses(p.Category("ident"))
		}},
		{says: "the Money Laundering Act (GwG) requires us to identify you and obliges you to give us what we need and tell us of changes", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Purpose("kyc").Required != ""
		}},
		{says: "without the data the contract and the law require, we cannot open an account", typed: func(p *policy.Policy) bool { return p.Purpose("account").Required != "" }},
		{says: "we record your payments, card transactions and balances", typed: func(p *policy.Policy) bool { return p.Category("transactions") != nil }},
		{says: "your account data is subject to banking secrecy", typed: func(p *policy.Policy) bool {
			return p.Category("transactions").Secrecy.Kind == policy.SecrecyBanking
		}},
		{says: "we process data to perform the account contract", typed: func(p *policy.Policy) bool { return p.Purpose("account").HasBasis(policy.BasisContract) }},
		{says: "we check your creditworthiness with SCHUFA and receive a score; without the check we cannot open an account", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail != "" && p.Purpose("credit").Required != ""
		}},
		{says: "we tell SCHUFA that you opened an account and about conduct in breach of contract, on a legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").HasBasis(policy.BasisLegitimateInterests) && recipient(p, "schufa").Purpose != ""
		}},
		{says: "SCHUFA explains its own processing in its information notice", typed: func(p *policy.Policy) bool { return recipient(p, "schufa").NoticeURL != "" }},
		{says: "when you apply, we decide automatically whether to open your account", typed: func(p *policy.Policy) bool { return p.Purpose("account").Automated != "" }},
		{says: "we decide automatically on overdrafts and credit from your score", typed: func(p *policy.Policy) bool { return p.Purpose("credit").Automated != "" }},
		{says: "you may have a person review an automated decision, give your view and contest it", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNoAutomatedDecision) }},
		{says: "we monitor transactions and report suspicions to the Financial Intelligence Unit, and may block your account", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("kyc").Suspension.Targets) == 2 && recipient(p, "authorities").Role == policy.RoleAuthority
		}},
		{says: "we may not tell you that we have reported a suspicion", typed: func(p *policy.Policy) bool { return len(p.Purpose("kyc").TippingOff) == 1 }},
		{says: "we use device and transaction data to prevent fraud, on our legitimate interest and under the Banking Act", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && len(p.Purpose("fraud").Obligations) == 1
		}},
		{says: "we report to tax authorities, including under the automatic exchange of financial account information", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("tax").Obligations) == 3
		}},
		{says: "we keep business letters and accounting records for six or ten years, as the Commercial Code and the Fiscal Code require", typed: func(p *policy.Policy) bool {
			return p.Category("transactions").Retention.Period == policy.Years(10) && p.Category("transactions").Retention.Criteria != ""
		}},
		{says: "we keep identification records for five years after the relationship ends", typed: func(p *policy.Policy) bool {
			return p.Category("ident").Retention.Period == policy.Years(5) && p.Category("ident").Retention.From == policy.EventAccountClosure
		}},
		{says: "we pass debts you do not pay to collection agencies", typed: func(p *policy.Policy) bool { return recipient(p, "collection").Conditional }},
		{says: "with your consent, we tell you about products and measure our advertising with partners", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").RestsOnConsent() && cookie(p, "marketing").Consent == policy.CookieConsentOptIn
		}},
		{says: "we analyse how the app is used to improve it", typed: func(p *policy.Policy) bool { return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) }},
		{says: "service providers and group companies process data for us under contract", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && recipient(p, "group").Role == policy.RoleProcessor
		}},
		{says: "Mastercard and other banks receive what they need to carry out payments", typed: func(p *policy.Policy) bool { return recipient(p, "payments") != nil }},
		{says: "BaFin, the Bundesbank and other authorities receive data where the law requires", typed: func(p *policy.Policy) bool { return recipient(p, "authorities").Conditional }},
		{says: "transfers outside the EEA rely on standard contractual clauses, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "you may access, correct, erase, restrict and port your data, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may object to processing on our legitimate interests, and to direct marketing at any time", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightObjection) }},
		{says: "you may complain to a supervisory authority, such as the Berlin commissioner", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Kind == policy.RedressSupervisoryAuthority
		}},
		{says: "essential cookies run the website; others are set only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "session").StrictlyNecessary }},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionAtRest) }},
		{says: "our accounts are for people aged 18 or over", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of changes to this policy in the app", typed: func(p *policy.Policy) bool { return slices.Contains(p.Changes.Notify, policy.ChannelInService) }},
		// Free text.
		{says: "the rights of access and erasure are limited by sections 34 and 35 of the BDSG, for instance where data must be kept", free: toIntroduction},
	}}
}
