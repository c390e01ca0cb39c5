package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// The policies below paraphrase, in our own words and as we recall them,
// three privacy policies under the LGPD as published in 2024-2025: that of
// a Brazilian digital bank with payroll loans, a toll tag and a points
// programme (C6 Bank), of a health plan operator with its own hospitals,
// clinics and laboratories (Hapvida NotreDame Intermédica) and of a pet
// retailer with veterinary centres and grooming (Petz).

// realPolicyBr8C6Bank paraphrases, in our own words and as we recall it,
// the privacy policy of Banco C6 S.A. and the other companies of the C6
// conglomerate in Brazil, as published in 2024-2025: the registration
// checked with a document and a selfie, bank secrecy, Pix, the Central
// Bank's registers, credit on the ground of credit protection, payroll
// loans to employees and INSS beneficiaries queried with their
// authorisation, the investor profile of the brokerage, Open Finance on
// consent, the C6 Tag for tolls and car parks, the Átomos points
// programme, card purchases abroad, accounts for teenagers opened by a
// parent, the ombudsman, and the rights of LGPD Art. 18.
func realPolicyBr8C6Bank() realPolicy {
	registration := &policy.Category{ID: "registration", Name: "Registration data",
		Items: []string{"full name", "CPF", "number of your identity card or driving licence", "date of birth", "mother's name", "nationality", "address",
			"email address", "mobile phone number", "occupation, income and assets", "whether you are a politically exposed person"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of customer due diligence"}}
	documents := &policy.Category{ID: "documents", Name: "Documents", Items: []string{"photo of your identity card (RG) or driving licence (CNH)", "proof of address and of income, where we ask for it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd, Law: "Central Bank Circular No. 3,978/2020, Art. 67"}}
	biometric := &policy.Category{ID: "biometric", Name: "Facial biometrics",
		Items:     []string{"the selfie you take when you open your account, compared with the photo of your document", "the facial checks that confirm it is you on a new phone or before a transaction out of your usual pattern"},
		Biometric: true, Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(5))}
	financial := &policy.Category{ID: "financial", Name: "Financial data",
		Items: []string{"balance and statement of your account", "Pix, transfers, bills paid and deposits", "purchases and bills of your credit card",
			"loans, investments and insurance you take out with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Secrecy: policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Complementary Law No. 105/2001", Region: regionBR}}},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventCollection,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of transactions"}}
	pixKeys := &policy.Category{ID: "pix", Name: "Pix keys", Items: []string{"the CPF, phone number, email address or random key you register"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"records of the Central Bank's credit information system (SCR)", "positive credit history (Cadastro Positivo)", "credit scores and records of unpaid debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the Central Bank's SCR and the credit bureaus", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	payroll := &policy.Category{ID: "payroll", Name: "Payroll and benefit data",
		Items:       []string{"your INSS benefit number and kind of benefit", "the salary or benefit you receive and the margin left for payroll loans", "your employer, where you are an employee"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the INSS, through Dataprev, or the employer that pays your salary, with your authorisation",
		Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	investor := &policy.Category{ID: "investor-profile", Name: "Investor profile",
		Items:       []string{"your investment goals and horizon", "your knowledge of investments", "how much risk you accept"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventContractEnd,
			Law: "CVM Resolution No. 30/2021 on the suitability of investments"}}
	openFinanceIn := &policy.Category{ID: "open-finance", Name: "Data from other institutions in Open Finance", Items: []string{"accounts, cards, loans and investments you hold elsewhere"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the institutions you authorise in Open Finance", Linked: true,
		Retention: policy.Until(policy.EventConsentExpiry)}
	tag := &policy.Category{ID: "tag", Name: "C6 Tag", Items: []string{"the plate, model and category of the vehicles you register", "the toll plazas and car parks you pass, with date, time and amount"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the toll concessionaires and car parks, which report each passage",
		Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	atomos := &policy.Category{ID: "atomos", Name: "Átomos points", Items: []string{"the points you earn with your card", "the points you redeem, and for what"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	location := &policy.Category{ID: "location", Name: "Location of your phone", Items: []string{"the location of your phone when you use the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	device := &policy.Category{ID: "device", Name: "Device and app use",
		Items:       []string{"device identifier, model and operating system", "IP address, with date and time", "the screens and features you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"chats in the app", "recordings of calls", "complaints to the ombudsman"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the products of the C6 conglomerate and its partners you are likely to want"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{financial, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	conglomerate := &policy.Recipient{ID: "conglomerate", Name: "the companies of the C6 conglomerate, such as C6 Consignado and C6 CTVM", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial, investor, payroll}, Country: regionBR,
		Purpose: "to provide the loans, investments and other products each of them offers, and to offer you their products"}
	payees := &policy.Recipient{ID: "payees", Name: "people and businesses you pay or who pay you", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, pixKeys}, Country: regionBR, Conditional: true,
		Purpose: "you make or receive a Pix or a transfer, which shows your name, part of your CPF and your bank to the other party"}
	cardNetwork := &policy.Recipient{ID: "card-network", Name: "Mastercard and the acquirers of the stores where you buy", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Purpose: "to authorise and settle the purchases you make with your card, in Brazil and abroad"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, credit, financial}, Country: regionBR,
		Purpose: "to analyse your credit, keep your positive credit history and record unpaid debts"}
	payrollSources := &policy.Recipient{ID: "payroll-sources", Name: "the INSS and Dataprev, or your employer", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, payroll}, Country: regionBR, Conditional: true,
		Purpose: "you take out a payroll loan, to register it and have its instalments deducted from your benefit or salary"}
	tagPartners := &policy.Recipient{ID: "tag-partners", Name: "the company that runs the C6 Tag network, toll concessionaires and car parks", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, tag}, Country: regionBR, Conditional: true,
		Purpose: "you use C6 Tag, so that the gates open for your vehicle and the passages are charged to your card"}
	loyaltyPartners := &policy.Recipient{ID: "loyalty-partners", Name: "the partners' programmes to which you transfer your Átomos, such as airline mileage programmes", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, atomos}, Country: regionBR, Conditional: true, Purpose: "you transfer your points to them"}
	insurers := &policy.Recipient{ID: "insurers", Name: "the insurers whose insurance we sell", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration}, Country: regionBR, Conditional: true, Purpose: "you take out their insurance in the app"}
	regulators := &policy.Recipient{ID: "regulators", Name: "the Central Bank of Brazil, the Securities Commission (CVM), COAF and the Federal Revenue", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, financial, pixKeys, credit}, Country: regionBR,
		Purpose: "to register Pix keys in the Central Bank's directory, register you in the Central Bank's register of customers (CCS), report loans to the SCR, report suspicious transactions to COAF and report financial transactions to the Federal Revenue"}
	courts := &policy.Recipient{ID: "courts", Name: "courts, the police and the Public Prosecutor's Office", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, financial, device}, Country: regionBR, Conditional: true, Purpose: "a court orders it, or the law otherwise requires it"}
	openFinanceOut := &policy.Recipient{ID: "open-finance", Name: "institutions you choose in Open Finance", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Country: regionBR, Conditional: true,
		Purpose: "you consent to share your data with them, for the data and the time you choose"}
	vendors := &policy.Recipient{ID: "vendors", Name: "cloud, technology, identity verification, messaging and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, documents, biometric, financial, location, device, service}, Country: regionUS}
	collection := &policy.Recipient{ID: "collection", Name: "debt collection agencies", Role: policy.RoleProcessor, Categories: []*policy.Category{registration, financial}, Country: regionBR,
		Purpose: "to collect overdue card bills and loan instalments on our behalf"}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{device}, Country: regionUS}

	accounts := &policy.Purpose{ID: "accounts", Name: "Opening and running your account and card and making your payments, transfers and Pix",
		Categories: []*policy.Category{registration, documents, financial, pixKeys, device, service},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payees, cardNetwork, conglomerate, vendors},
		Required: "we cannot open an account without your registration data and a document, which the Central Bank's rules require us to collect and check"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Knowing our customers and preventing money laundering and the financing of terrorism", Categories: []*policy.Category{registration, documents, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators},
		Obligations: []policy.Obligation{{Act: "Law No. 9,613/1998 (money laundering), Art. 10 and 11", Region: regionBR}, {Act: "Central Bank Circular No. 3,978/2020", Region: regionBR}}}
	regulatory := &policy.Purpose{ID: "regulatory", Name: "Reporting to the Central Bank and the Federal Revenue", Categories: []*policy.Category{registration, financial, pixKeys, credit},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators, courts},
		Obligations: []policy.Obligation{{Act: "the Central Bank's Pix Regulation (Resolution BCB No. 1/2020)", Region: regionBR},
			{Act: "the Central Bank's rules on the credit information system (SCR) and the register of customers of the financial system (CCS)", Region: regionBR},
			{Act: "Federal Revenue Normative Instruction No. 1,571/2015 (e-Financeira)", Region: regionBR}}}
	suitability := &policy.Purpose{ID: "suitability", Name: "Assessing your investor profile before we recommend investments", Categories: []*policy.Category{registration, investor},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{conglomerate},
		Obligations: []policy.Obligation{{Act: "CVM Resolution No. 30/2021 (suitability)", Region: regionBR}},
		Required:    "the Securities Commission's rules require the profile; without it we cannot recommend investments to you"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Confirming your identity and preventing fraud and scams",
		Categories: []*policy.Category{registration, documents, biometric, location, device, financial},
		Bases:      []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "keeping our customers' accounts and money safe from fraud and scams",
		Recipients: []*policy.Recipient{vendors},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetCard, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundMoneyLaundering},
			Contest: "by talking to us in the app's chat or calling our customer service"}}
	lending := &policy.Purpose{ID: "credit", Name: "Analysing your credit and setting the limits of your card and loans", Categories: []*policy.Category{registration, financial, credit, openFinanceIn},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus},
		Automated: "your card limit and the loans we offer you are set by models that weigh your income, your use of the account and your credit records"}
	margin := &policy.Purpose{ID: "margin", Name: "Querying your benefit or salary and the margin left for a payroll loan", Categories: []*policy.Category{registration, payroll},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app",
		ConsentRequiredBy: []policy.Obligation{{Act: "INSS Normative Instruction PRES/INSS No. 138/2022 (payroll loans to beneficiaries)", Region: regionBR}}}
	payrollLoans := &policy.Purpose{ID: "payroll-loans", Name: "Granting payroll loans and having their instalments deducted from your benefit or salary", Categories: []*policy.Category{registration, payroll, financial},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payrollSources, conglomerate}}
	sharing := &policy.Purpose{ID: "open-finance", Name: "Sharing and receiving your data in Open Finance", Categories: []*policy.Category{registration, financial, openFinanceIn},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's Open Finance area", Recipients: []*policy.Recipient{openFinanceOut},
		ConsentRequiredBy: []policy.Obligation{{Act: "Joint Resolution No. 1/2020 of the National Monetary Council and the Central Bank (Open Finance)", Region: regionBR}}}
	tolls := &policy.Purpose{ID: "tag", Name: "Running C6 Tag for tolls and car parks", Categories: []*policy.Category{registration, tag, financial},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{tagPartners}}
	points := &policy.Purpose{ID: "atomos", Name: "Running the Átomos points programme", Categories: []*policy.Category{registration, financial, atomos},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{loyaltyPartners}}
	partners := &policy.Purpose{ID: "partner-products", Name: "Selling you the insurance and other products of our partners", Categories: []*policy.Category{registration},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{insurers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you products of the C6 conglomerate and its partners", Categories: []*policy.Category{registration, financial, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products suited to how they use their account", OptOut: true, Profiling: true,
		OptOutHow: "in the app's notification settings or by the link in each email", Recipients: []*policy.Recipient{conglomerate}}
	improve := &policy.Purpose{ID: "improve", Name: "Developing and improving our products", Categories: []*policy.Category{financial, device, service},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how our customers use the app so that we make it simpler and better"}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and apps and measuring our campaigns", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	collect := &policy.Purpose{ID: "collection", Name: "Collecting overdue bills and instalments", Categories: []*policy.Category{registration, financial},
		Bases: []policy.Basis{policy.BasisExerciseOfRights, policy.BasisCreditProtection}, Recipients: []*policy.Recipient{collection, bureaus}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{registration, financial, service},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{courts}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Banco C6 S.A.", Address: "São Paulo, SP, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "privacidade@c6bank.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.September, 1), Updated: policy.MakeDate(2025, time.September, 1),
		Laws:       []policy.Law{policy.LGPD},
		Scope:      []string{"the C6 Bank app and website", "C6 Consignado, C6 CTVM and the other companies of the C6 conglomerate in Brazil"},
		External:   []policy.ExternalService{policy.ExternalLinkedSites},
		Categories: []*policy.Category{registration, documents, biometric, financial, pixKeys, credit, payroll, investor, openFinanceIn, tag, atomos, location, device, service, inferred},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes: []*policy.Purpose{accounts, kyc, regulatory, suitability, fraud, lending, margin, payrollLoans, sharing, tolls, points, partners,
			marketing, improve, advertising, collect, claims},
		Recipients: []*policy.Recipient{conglomerate, payees, cardNetwork, bureaus, payrollSources, tagPartners, loyaltyPartners, insurers, regulators, courts,
			openFinanceOut, vendors, collection, adPartners},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{registration, documents, biometric, financial, location, device, service}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{device}, Safeguard: policy.SafeguardANPDClauses},
			{ChosenDestination: policy.ChosenDestinationPayee, Recipient: cardNetwork, Categories: []*policy.Category{registration, financial}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud},
			KeptFor: policy.Years(10)}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: accounts, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app or by writing to the encarregado"}, {Kind: policy.RightRectification, How: "in the app"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, in the app's notification settings"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking in the app's chat for a person to review a credit decision"}, {Kind: policy.RightComplaint},
		},
		Requests:   policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn}, WithoutAccount: "by writing to the encarregado"},
		Redress:    []policy.Redress{{Kind: policy.RedressOmbudsman, Contact: policy.Contact{Name: "Ouvidoria C6 Bank", Phone: "0800 000 0000"}}},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureIncidentDetection}, {Kind: policy.MeasureStaffTraining}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://c6bank.example/privacidade/cookies"},
		Children:   policy.Children{MinimumAge: 18, ParentalConsent: true, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionParentalControls}},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "privacidade@c6bank.example"},
	}
	return realPolicy{"digital bank (C6 Bank)", p, []statement{
		{says: "Banco C6 S.A. in São Paulo, with its CNPJ, is the controller, with C6 Consignado, C6 CTVM and the other companies of the C6 conglomerate in Brazil", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && len(p.Scope) == 2
		}},
		{says: "the encarregado answers at a dedicated email address", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we collect your name, CPF, document number, date of birth, mother's name, nationality, address, email, phone, occupation, income and assets, and whether you are politically exposed", typed: func(p *policy.Policy) bool {
			return len(p.Category("registration").Items) == 11 && p.Category("registration").Sources[0] == policy.SourceUser
		}},
		{says: "we ask for a photo of your RG or CNH and, where needed, proofs of address and income", typed: func(p *policy.Policy) bool {
			return len(p.Category("documents").Items) == 2 && p.Purpose("kyc").Uses(p.Category("documents"))
		}},
		{says: "we compare a selfie with your document when you open the account, and check your face on a new phone or before an unusual transaction, to prevent fraud (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && p.Purpose("fraud").RestsOn(policy.BasisFraudPrevention, policy.LGPD) && p.Purpose("fraud").Uses(p.Category("biometric"))
		}},
		{says: "we process your balance, Pix, transfers, bills, card purchases, loans, investments and insurance", typed: func(p *policy.Policy) bool {
			return len(p.Category("financial").Items) == 4
		}},
		{says: "financial data is covered by bank secrecy under Complementary Law 105/2001", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Secrecy.Kind == policy.SecrecyBanking && len(p.Category("financial").Secrecy.Laws) == 1
		}},
		{says: "we record your device, IP address and how you use the app, and keep access records for six months as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return len(c.Items) == 3 && c.Retention.Period == policy.Months(6) && c.Retention.Law != ""
		}},
		{says: "we read your phone's location only if you allow it, to prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("fraud").Uses(p.Category("location"))
		}},
		{says: "we consult the Central Bank's SCR, the credit bureaus and the positive credit register", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail != "" && len(p.Category("credit").Items) == 3
		}},
		{says: "we record chats and calls with customer service and tell you when a call is recorded", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "running your account and card and making your payments rests on our contract with you (Art. 7(V)), and an account needs your data and a document", typed: func(p *policy.Policy) bool {
			return p.Purpose("accounts").RestsOn(policy.BasisContract, policy.LGPD) && p.Purpose("accounts").Required != ""
		}},
		{says: "the law on money laundering obliges us to know our customers and report suspicious transactions to COAF (Art. 7(II))", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(p.Purpose("kyc").Obligations) == 2
		}},
		{says: "your Pix keys are registered in the Central Bank's directory, you are registered in the CCS, and we report to the SCR and to the Federal Revenue", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "regulators").Categories, p.Category("pix")) && len(p.Purpose("regulatory").Obligations) == 3
		}},
		{says: "C6 CTVM asks for your investor profile, as the CVM's rules require, before it recommends investments", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("suitability")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && pu.Uses(p.Category("investor-profile")) && pu.Required != ""
		}},
		{says: "a Pix shows your name, part of your CPF and your bank to the other party", typed: func(p *policy.Policy) bool {
			r := recipient(p, "payees")
			return r.Conditional && slices.Contains(r.Categories, p.Category("pix"))
		}},
		{says: "we check transactions, devices and locations to prevent fraud, on the ground of fraud prevention and our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Interest != ""
		}},
		{says: "we may block your account, card or a payment on suspicion of fraud, of someone else using your account or of money laundering, and you may talk to us in the chat", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetCard) && slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover) && s.Contest != ""
		}},
		{says: "we analyse your credit on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").RestsOn(policy.BasisCreditProtection, policy.LGPD)
		}},
		{says: "card limits and loan offers are set by automated models, and you may ask a person to review them (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "before a payroll loan we query your benefit or salary and your margin with the INSS or your employer, only with the authorisation the INSS's rules require", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("margin")
			return pu.RestsOnConsent() && len(pu.ConsentRequiredBy) == 1 && p.Category("payroll").SourceDetail != ""
		}},
		{says: "the INSS or your employer receives the loan to deduct its instalments from your benefit or salary", typed: func(p *policy.Policy) bool {
			r := recipient(p, "payroll-sources")
			return r.Conditional && slices.Contains(p.Purpose("payroll-loans").Recipients, r) && p.Purpose("payroll-loans").HasBasis(policy.BasisContract)
		}},
		{says: "with your consent we share data with, and receive data from, the institutions you choose in Open Finance", typed: func(p *policy.Policy) bool {
			return p.Purpose("open-finance").RestsOnConsent() && p.Category("open-finance").Retention.From == policy.EventConsentExpiry && len(p.Purpose("open-finance").ConsentRequiredBy) == 1
		}},
		{says: "for C6 Tag we register your vehicles, and the company that runs the network, the toll concessionaires and car parks report your passages so that we charge them to your card", typed: func(p *policy.Policy) bool {
			return recipient(p, "tag-partners").Conditional && slices.Contains(p.Category("tag").Sources, policy.SourceThirdParty) && p.Purpose("tag").Uses(p.Category("tag"))
		}},
		{says: "we record the Átomos points you earn and redeem, and pass them to the partner programmes you transfer them to", typed: func(p *policy.Policy) bool {
			return p.Purpose("atomos").Uses(p.Category("atomos")) && recipient(p, "loyalty-partners").Conditional
		}},
		{says: "insurers receive your data when you take out their insurance in the app", typed: func(p *policy.Policy) bool { return recipient(p, "insurers").Conditional }},
		{says: "when you use your card abroad, the data needed for the purchase goes to the card network and the institutions in the country where you pay, because the contract needs it (Art. 33(IX))", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.ChosenDestination == policy.ChosenDestinationPayee && t.Safeguard == policy.SafeguardContractNecessity && t.Recipient == recipient(p, "card-network")
			})
		}},
		{says: "we offer products of the C6 conglomerate and its partners on our legitimate interest, and you may opt out in the app or by the link in each email", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.OptOutHow != "" && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we infer from your account and use of the app which products you may want", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 2 && p.Purpose("marketing").Profiling
		}},
		{says: "we use data to improve our products, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("improve").Interest != ""
		}},
		{says: "the companies of the C6 conglomerate receive data to provide their products and offer them to you", typed: func(p *policy.Policy) bool {
			return recipient(p, "conglomerate").Purpose != "" && recipient(p, "conglomerate").Role == policy.RoleThirdParty
		}},
		{says: "Mastercard and the acquirers receive what they need to process your card purchases", typed: func(p *policy.Policy) bool {
			return recipient(p, "card-network").Purpose != "" && slices.Contains(p.Purpose("accounts").Recipients, recipient(p, "card-network"))
		}},
		{says: "cloud, technology, identity verification and customer service providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses && p.Transfers[0].Destination == regionUS
		}},
		{says: "we give data to courts, police and prosecutors when a court orders it or the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "courts").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we may use data in anonymised, aggregated form for statistics and studies", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "debt collection agencies collect overdue bills for us, and credit bureaus record unpaid debts", typed: func(p *policy.Policy) bool {
			return recipient(p, "collection").Role == policy.RoleProcessor && slices.Contains(p.Purpose("collection").Recipients, recipient(p, "bureaus"))
		}},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "we keep registration and transaction records for ten years, as the Central Bank's rules require", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Retention.Period == policy.Years(10) && p.Category("registration").Retention.Law != ""
		}},
		{says: "after you close your account we keep, for up to ten years, only what the law obliges us to keep and what we need to defend ourselves and prevent fraud", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptFraud) && d.KeptFor == policy.Years(10)
			})
		}},
		{says: "advertising and analytics cookies are set with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "you may confirm processing, access, correct, anonymise, block, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object to offers, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are made in the app or to the encarregado, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(15) && p.Requests.WithoutAccount != ""
		}},
		{says: "if our customer service did not resolve your complaint, you may turn to our ombudsman (Ouvidoria) by phone", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Redress, func(r policy.Redress) bool { return r.Kind == policy.RedressOmbudsman && r.Contact.Phone != "" })
		}},
		{says: "we encrypt data, control access, train our staff and watch for incidents", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureIncidentDetection) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "C6 never asks for your password or codes by phone or message; keep them secret and report suspicious contacts", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "websites of others that the app links to have their own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "an account for a teenager is opened by a parent or guardian who is our customer, and who authorises and follows its use", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "under the Central Bank's special return mechanism for Pix (MED), we may block money received in a Pix reported as a scam and return it to the payer", free: toPurpose("fraud")},
	}}
}

// realPolicyBr8Hapvida paraphrases, in our own words and as we recall it,
// the privacy policy of the Hapvida NotreDame Intermédica group for the
// beneficiaries of its health plans and the patients of its own
// hospitals, clinics, emergency units and laboratories, as published in
// 2024-2025: the registration of holders and dependants, the health
// declaration made when a plan is contracted, the medical record kept
// under medical secrecy for twenty years, the authorisation and audit of
// procedures, the reports the ANS and the health authorities receive,
// the reimbursement of the public health system, the accredited network
// and the company that contracts a collective plan, biometric
// identification in the units, health programmes, the ombudsman and the
// ANS, and the rights of LGPD Art. 18.
func realPolicyBr8Hapvida() realPolicy {
	medicalSecrecy := policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{
		{Act: "the Code of Medical Ethics (CFM Resolution No. 2,217/2018), Art. 73", Region: regionBR}, {Act: "the Penal Code, Art. 154", Region: regionBR}}}
	registration := &policy.Category{ID: "registration", Name: "Registration data of holders and dependants",
		Items: []string{"full name and social name", "CPF and identity card", "date of birth and sex", "mother's name", "address, phone number and email address",
			"number of the National Health Card (CNS)"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "the company, association or benefit administrator that contracts a collective plan for you, and the broker who sells it",
		Retention:    policy.ByCriteria("as long as the contract lasts and then for the periods the law, the ANS's rules and the time limits for claims require")}
	plan := &policy.Category{ID: "plan", Name: "Plan data",
		Items:       []string{"the plan you hold, its coverage and its waiting periods", "your card number and whether you are the holder or a dependant", "monthly fees, co-payments and their payment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as the contract lasts and then for the periods the law, the ANS's rules and the time limits for claims require")}
	declaration := &policy.Category{ID: "health-declaration", Name: "Health declaration",
		Items:       []string{"the illnesses and injuries you know you have when you contract the plan", "the answers you give the doctor who interviews you about them, where you ask for the interview"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Secrecy:   medicalSecrecy,
		Retention: policy.ByCriteria("as long as the contract lasts and then for the time limits for claims about it")}
	record := &policy.Category{ID: "medical-record", Name: "Medical record",
		Items: []string{"your medical history, diagnoses and the notes of the professionals who treat you", "the results and images of your exams",
			"prescriptions, procedures and hospital stays", "what is said and seen in a teleconsultation"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the doctors, hospitals and laboratories of the accredited network that treat you", Linked: true,
		Secrecy:     medicalSecrecy,
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(20), From: policy.EventLastActivity,
			Law: "Law No. 13,787/2018, Art. 6, and CFM Resolution No. 1,821/2007, for medical records"}}
	authorisations := &policy.Category{ID: "authorisations", Name: "Authorisations and medical bills",
		Items:       []string{"the requests for exams, procedures and hospital stays that we authorise", "the bills the accredited network sends us for your care, with the codes of the procedures and diagnoses"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the doctors, hospitals, clinics and laboratories that ask for them and bill us",
		Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	biometric := &policy.Category{ID: "biometric", Name: "Biometrics", Items: []string{"the image of your face, or your fingerprint, taken to identify you when you are seen in our units"},
		Biometric: true, Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you are our beneficiary")}
	payment := &policy.Category{ID: "payment", Name: "Payment and reimbursement data", Items: []string{"payment slips and card or account debits", "the bank account to which we pay reimbursements"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for tax records"}}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"calls, chats and messages with our customer service (SAC)", "complaints to our ombudsman and those the ANS forwards to us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the ANS, which forwards the complaints made to it",
		Linked: true, RecordingNotice: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	cctv := &policy.Category{ID: "cctv", Name: "Images from cameras in our units", Items: []string{"images of people in our hospitals, clinics and emergency units"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed for the security of our units and to look into an incident")}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"the location of your phone, to show you the nearest units"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	web := &policy.Category{ID: "web", Name: "Website and app use", Items: []string{"IP address, with date and time", "device and browser", "pages and screens you use", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}

	network := &policy.Recipient{ID: "network", Name: "the doctors, hospitals, clinics and laboratories of our accredited network", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, plan, record, authorisations}, Country: regionBR,
		Purpose: "to treat you, ask us to authorise your procedures and bill us for them"}
	contractor := &policy.Recipient{ID: "contractor", Name: "the company, association or benefit administrator that contracts your collective plan", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, plan, payment}, Country: regionBR,
		Purpose: "to manage who is covered, pay the invoices and charge you the co-payments; it never receives your diagnoses or medical records"}
	brokers := &policy.Recipient{ID: "brokers", Name: "the brokers who sell our plans", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, plan}, Country: regionBR,
		Purpose: "to prepare your proposal and follow your contract"}
	ans := &policy.Recipient{ID: "ans", Name: "the National Supplementary Health Agency (ANS)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, plan, authorisations, service}, Country: regionBR,
		Purpose: "to keep the register of beneficiaries (SIB), receive the data of the care we pay for in the TISS standard, answer the complaints it forwards and settle the reimbursement of the public health system"}
	health := &policy.Recipient{ID: "health-authorities", Name: "the Ministry of Health and the state and municipal health departments", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, record}, Country: regionBR, Purpose: "to report notifiable diseases and vaccinations"}
	payments := &policy.Recipient{ID: "payments", Name: "banks and payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, payment}, Country: regionBR,
		Purpose: "to collect monthly fees and pay reimbursements"}
	vendors := &policy.Recipient{ID: "vendors", Name: "cloud, technology, telemedicine, call centre and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, plan, record, authorisations, service, web}, Country: regionUS}
	collection := &policy.Recipient{ID: "collection", Name: "debt collection agencies", Role: policy.RoleProcessor, Categories: []*policy.Category{registration, plan, payment}, Country: regionBR,
		Purpose: "to collect overdue monthly fees on our behalf"}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{web}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, Procon, the police and the Public Prosecutor's Office", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, plan, record, service, cctv}, Country: regionBR, Conditional: true, Purpose: "a court orders it, or the law otherwise requires it"}

	contracting := &policy.Purpose{ID: "contracting", Name: "Contracting your plan and registering you and your dependants", Categories: []*policy.Category{registration, plan, declaration},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{brokers, contractor, vendors},
		Required: "a plan cannot be contracted without the registration data of each beneficiary and the health declaration the ANS's rules provide for"}
	coverage := &policy.Purpose{ID: "coverage", Name: "Running your plan: authorising and paying for your care in our own and the accredited network, and auditing the bills",
		Categories: []*policy.Category{registration, plan, authorisations, record},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{network, contractor, vendors}}
	care := &policy.Purpose{ID: "care", Name: "Treating you in our hospitals, clinics, emergency units and laboratories, and by teleconsultation",
		Categories: []*policy.Category{registration, plan, record},
		Bases:      []policy.Basis{policy.BasisHealthProtection}, Recipients: []*policy.Recipient{network, vendors}}
	records := &policy.Purpose{ID: "records", Name: "Keeping your medical record", Categories: []*policy.Category{registration, record},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Law No. 13,787/2018 (digitisation and keeping of medical records)", Region: regionBR},
			{Act: "CFM Resolution No. 1,638/2002 and No. 1,821/2007 (medical records)", Region: regionBR}}}
	reporting := &policy.Purpose{ID: "ans-reporting", Name: "Reporting to the ANS and reimbursing the public health system", Categories: []*policy.Category{registration, plan, authorisations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ans},
		Obligations: []policy.Obligation{{Act: "Law No. 9,656/1998 (health plans), Art. 20 and 32", Region: regionBR},
			{Act: "the ANS's rules on the register of beneficiaries (SIB) and the TISS standard", Region: regionBR}}}
	notification := &policy.Purpose{ID: "notification", Name: "Reporting notifiable diseases and vaccinations to the health authorities", Categories: []*policy.Category{registration, record},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{health},
		Obligations: []policy.Obligation{{Act: "Law No. 6,259/1975 (compulsory notification of diseases)", Region: regionBR}}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Identifying you when you are seen and preventing the use of your card by others", Categories: []*policy.Category{registration, plan, biometric, authorisations},
		Bases: []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "keeping our beneficiaries' plans from being used by others and protecting the plan's members from the cost of fraud",
		Recipients: []*policy.Recipient{vendors}}
	programmes := &policy.Purpose{ID: "programmes", Name: "Inviting you to our programmes for health promotion, prevention and chronic illness",
		Categories: []*policy.Category{registration, record, authorisations},
		Bases:      []policy.Basis{policy.BasisHealthProtection}, Profiling: true, OptOut: true, OptOutHow: "by telling the programme's team",
		Recipients: []*policy.Recipient{vendors}}
	support := &policy.Purpose{ID: "service", Name: "Answering you in our customer service and ombudsman and answering the complaints the ANS forwards",
		Categories: []*policy.Category{registration, plan, service},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ans, vendors},
		Obligations: []policy.Obligation{{Act: "Decree No. 11,034/2022 (customer service)", Region: regionBR},
			{Act: "ANS Normative Resolution No. 323/2013 (ombudsmen of health plan operators)", Region: regionBR}}}
	billing := &policy.Purpose{ID: "billing", Name: "Charging monthly fees and co-payments, paying reimbursements and keeping tax records", Categories: []*policy.Category{registration, plan, payment},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{payments, contractor, collection},
		Obligations: []policy.Obligation{{Act: "the National Tax Code (Law No. 5,172/1966) and the rules on electronic invoices", Region: regionBR}}}
	security := &policy.Purpose{ID: "security", Name: "Keeping our units, patients and staff safe", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting the people and property in our units", Recipients: []*policy.Recipient{authorities}}
	app := &policy.Purpose{ID: "app", Name: "Running our website and apps, showing you the nearest units and keeping access records",
		Categories: []*policy.Category{registration, plan, location, web},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{vendors},
		Obligations: []policy.Obligation{{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Offering you our plans, services and those of our partners", Categories: []*policy.Category{registration, plan},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our beneficiaries products and services that may suit them", OptOut: true,
		OptOutHow: "by the link in each message or by asking our customer service", Recipients: []*policy.Recipient{vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and measuring our campaigns", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{registration, plan, declaration, record, authorisations, service},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Hapvida Participações e Investimentos S.A.", Address: "Fortaleza, CE, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "dpo@hapvida.example", Website: "https://hapvida.example/privacidade"},
		Version: "2024", Effective: policy.MakeDate(2024, time.November, 1), Updated: policy.MakeDate(2024, time.November, 1),
		Laws: []policy.Law{policy.LGPD},
		Scope: []string{"the health and dental plans of Hapvida, NotreDame Intermédica and the group's other operators",
			"the group's hospitals, clinics, emergency units and laboratories", "the group's websites and apps"},
		Categories: []*policy.Category{registration, plan, declaration, record, authorisations, biometric, payment, service, cctv, location, web},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes: []*policy.Purpose{contracting, coverage, care, records, reporting, notification, fraud, programmes, support, billing, security, app,
			offers, advertising, claims},
		Recipients: []*policy.Recipient{network, contractor, brokers, ans, health, payments, vendors, collection, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{registration, plan, record, authorisations, service, web}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{web}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion:    []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: app, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app or the privacy portal"}, {Kind: policy.RightRectification, How: "in the app or at any of our units"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, by the link in each message"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument},
			WithoutAccount: "through the privacy portal or by writing to the encarregado"},
		Redress: []policy.Redress{
			{Kind: policy.RedressOmbudsman, Contact: policy.Contact{Name: "Ouvidoria Hapvida NotreDame Intermédica", Phone: "0800 000 0000"}},
			{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "the National Supplementary Health Agency (ANS)", Phone: "0800 701 9656", Website: "https://www.gov.br/ans"}},
		},
		Links: policy.Links{RequestForm: "https://hapvida.example/privacidade", CookieSettings: "https://hapvida.example/privacidade/cookies"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege},
			{Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureIncidentDetection}},
		Children: policy.Children{BestInterest: true, MinimumAge: 18, ParentalConsent: true},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact:  policy.Contact{Email: "dpo@hapvida.example"},
	}
	return realPolicy{"health plan operator and hospitals (Hapvida NotreDame Intermédica)", p, []statement{
		{says: "the companies of the Hapvida NotreDame Intermédica group, led by Hapvida Participações e Investimentos S.A. in Fortaleza, are the controllers", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && p.Controller.Name != ""
		}},
		{says: "the policy covers the group's health and dental plans, its hospitals, clinics, emergency units and laboratories, and its websites and apps", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3
		}},
		{says: "the encarregado answers by email and through the privacy portal", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Website != ""
		}},
		{says: "we collect the name, social name, CPF, identity card, date of birth, sex, mother's name, contact details and National Health Card of holders and dependants", typed: func(p *policy.Policy) bool {
			return len(p.Category("registration").Items) == 6 && p.Category("registration").Linked
		}},
		{says: "for a collective plan we receive your data from the company, association or benefit administrator that contracts it, and from the broker", typed: func(p *policy.Policy) bool {
			c := p.Category("registration")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != ""
		}},
		{says: "we record your plan, its coverage and waiting periods, your card and your payments", typed: func(p *policy.Policy) bool {
			return len(p.Category("plan").Items) == 3
		}},
		{says: "when you contract a plan you declare the illnesses and injuries you know you have, and may be interviewed by a doctor", typed: func(p *policy.Policy) bool {
			c := p.Category("health-declaration")
			return c.Sensitivity == policy.SensitivitySpecial && p.Purpose("contracting").Uses(c)
		}},
		{says: "contracting the plan and registering you rest on the contract and, for health data, on the regular exercise of rights in a contract (Art. 7(V), 11(II)(d))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("contracting")
			return pu.RestsOn(policy.BasisContract, policy.LGPD) && pu.RestsOn(policy.BasisExerciseOfRights, policy.LGPD) && pu.Required != ""
		}},
		{says: "the law forbids health plan operators to use health data to select risks when a plan is contracted or a beneficiary is taken in or excluded (Art. 11(5))", free: toCategory("health-declaration")},
		{says: "your medical record holds your history, diagnoses, exams, prescriptions, procedures, stays and teleconsultations", typed: func(p *policy.Policy) bool {
			return len(p.Category("medical-record").Items) == 4 && p.Category("medical-record").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "health data is covered by medical secrecy, under the Code of Medical Ethics and the Penal Code", typed: func(p *policy.Policy) bool {
			s := p.Category("medical-record").Secrecy
			return s.Kind == policy.SecrecyMedical && len(s.Laws) == 2
		}},
		{says: "our professionals treat you on the ground of the protection of health (Art. 7(VIII), 11(II)(f))", typed: func(p *policy.Policy) bool {
			return p.Purpose("care").RestsOn(policy.BasisHealthProtection, policy.LGPD) && p.Purpose("care").Uses(p.Category("medical-record"))
		}},
		{says: "we keep medical records for at least twenty years from the last entry, as the law requires", typed: func(p *policy.Policy) bool {
			r := p.Category("medical-record").Retention
			return r.Period == policy.Years(20) && r.Law != "" && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "we authorise your exams, procedures and stays and audit the bills of the network that treats you, under the contract", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("coverage")
			return pu.Uses(p.Category("authorisations")) && pu.HasBasis(policy.BasisContract) && p.Category("authorisations").SourceDetail != ""
		}},
		{says: "the doctors, hospitals, clinics and laboratories of the accredited network receive what they need to treat you and bill us", typed: func(p *policy.Policy) bool {
			r := recipient(p, "network")
			return r.Role == policy.RoleThirdParty && slices.Contains(r.Categories, p.Category("medical-record")) && r.Purpose != ""
		}},
		{says: "the company or association that contracts your collective plan receives your registration, plan and co-payments, never your diagnoses or medical record", typed: func(p *policy.Policy) bool {
			r := recipient(p, "contractor")
			return !slices.Contains(r.Categories, p.Category("medical-record")) && !slices.Contains(r.Categories, p.Category("authorisations")) &&
				slices.Contains(r.Categories, p.Category("payment"))
		}},
		{says: "brokers receive what they need to prepare your proposal", typed: func(p *policy.Policy) bool { return recipient(p, "brokers").Purpose != "" }},
		{says: "the law allows health data to be shared for economic advantage only to provide health services, pharmaceutical assistance and health care, and we share it only so (Art. 11(4))", free: toCategory("medical-record")},
		{says: "we report our beneficiaries to the ANS's register and the care we pay for in the TISS standard, as the law on health plans requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("ans-reporting")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(pu.Obligations) == 2 && recipient(p, "ans").Role == policy.RoleAuthority
		}},
		{says: "when you are treated in the public health system, the ANS tells us so that we reimburse it, as Art. 32 of the law on health plans requires", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Purpose("ans-reporting").Obligations, func(o policy.Obligation) bool { return strings.Contains(o.Act, "32") }) &&
				slices.Contains(recipient(p, "ans").Categories, p.Category("authorisations"))
		}},
		{says: "we report notifiable diseases and vaccinations to the health authorities", typed: func(p *policy.Policy) bool {
			return p.Purpose("notification").RestsOn(policy.BasisLegalObligation, policy.LGPD) && recipient(p, "health-authorities").Role == policy.RoleAuthority
		}},
		{says: "we identify you by your face or fingerprint when you are seen in our units, to keep others from using your card (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && p.Purpose("fraud").RestsOn(policy.BasisFraudPrevention, policy.LGPD)
		}},
		{says: "we look for fraud in the use of plans in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Interest != ""
		}},
		{says: "we invite beneficiaries whose care suggests it to programmes of prevention and care of chronic illness, and you may decline", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("programmes")
			return pu.Profiling && pu.OptOut && pu.OptOutHow != "" && pu.RestsOn(policy.BasisHealthProtection, policy.LGPD)
		}},
		{says: "we never use your health data for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("medical-record").Commitments, policy.CommitmentNoAdvertisingUse) && !p.Purpose("offers").Uses(p.Category("medical-record"))
		}},
		{says: "we offer you our plans and services and those of partners in our legitimate interest, and you may opt out by the link in each message", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("offers")
			return pu.DirectMarketing && pu.OptOut && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "our customer service and ombudsman answer you, as the rules on customer service and on operators' ombudsmen require, and we answer the complaints the ANS forwards", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("service")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(pu.Obligations) == 2 && slices.Contains(p.Category("service").Sources, policy.SourceThirdParty)
		}},
		{says: "we record calls to customer service and tell you so at the start", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "we charge monthly fees and co-payments, pay reimbursements and keep tax records for five years", typed: func(p *policy.Policy) bool {
			return p.Purpose("billing").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("payment").Retention.Period == policy.Years(5)
		}},
		{says: "banks and payment providers collect fees and pay reimbursements, and collection agencies collect overdue fees for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Purpose != "" && recipient(p, "collection").Role == policy.RoleProcessor
		}},
		{says: "cameras record images in our units for the safety of people and property", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("cctv")) && p.Purpose("security").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "the app reads your location only if you allow it, to show the nearest units", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("app").Uses(p.Category("location"))
		}},
		{says: "we keep access records of our websites and apps for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Category("web").Retention.Period == policy.Months(6) && p.Purpose("app").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "advertising cookies on our websites are set with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool
		}},
		{says: "we keep data to defend ourselves in proceedings, including health data (Art. 7(VI), 11(II)(d))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("claims")
			return pu.HasBasis(policy.BasisExerciseOfRights) && pu.Uses(p.Category("medical-record"))
		}},
		{says: "cloud, technology, telemedicine and call centre providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses && p.Transfers[0].Destination == regionUS
		}},
		{says: "we give data to courts, Procon, the police and prosecutors when an order or the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we may use anonymised data for studies and statistics on health", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we keep registration and plan data while the contract lasts and then for the periods the law, the ANS and the time limits for claims require", typed: func(p *policy.Policy) bool {
			return p.Category("plan").Retention.Kind == policy.RetentionCriteria && p.Category("registration").Retention.Criteria != ""
		}},
		{says: "when you ask us to delete your data, we keep what the law obliges us to keep, such as your medical record, and what disputes need", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims)
			})
		}},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests go through the app or the privacy portal, where we may ask for a document, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(15)
		}},
		{says: "if our customer service did not resolve your complaint you may turn to our ombudsman, and then to the ANS", typed: func(p *policy.Policy) bool {
			return len(p.Redress) == 2 && p.Redress[0].Kind == policy.RedressOmbudsman && p.Redress[1].Kind == policy.RedressRegulator
		}},
		{says: "we encrypt connections, control access, let only the professionals who care for you see your record, train our staff in confidentiality and watch for incidents", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "a parent or guardian registers a child or adolescent as a dependant and exercises their rights", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.MinimumAge == 18
		}},
		{says: "we process the data of children and adolescents in their best interest", typed: func(p *policy.Policy) bool { return p.Children.BestInterest }},
		{says: "we publish changes to this policy on our websites", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Changes.Notify, policy.ChannelHomePage)
		}},
	}}
}

// realPolicyBr8Petz paraphrases, in our own words and as we recall it,
// the privacy policy of Pet Center Comércio e Participações S.A. (Petz),
// a Brazilian pet retailer with stores, a website and an app, veterinary
// centres under the Seres brand and grooming, as published in 2024-2025:
// the tutor's registration and the profile of each pet, purchases in the
// stores with the CPF and online with delivery or pickup in a store, the
// Petz subscription, the pet's veterinary record, the anti-fraud check of
// orders, offers and advertising, the companies of the group, and the
// rights of LGPD Art. 18.
func realPolicyBr8Petz() realPolicy {
	customer := &policy.Category{ID: "customer", Name: "Registration data",
		Items:       []string{"name", "CPF", "date of birth", "email address", "mobile phone number", "addresses", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Google, Facebook or Apple, if you sign in with them", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	pets := &policy.Category{ID: "pets", Name: "Pet profiles", Items: []string{"each pet's name, species, breed, sex, date of birth and weight", "a photo of the pet, if you add one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	vet := &policy.Category{ID: "vet-record", Name: "Your pet's veterinary record",
		Items:       []string{"consultations, diagnoses and treatments of your pet", "vaccines, exams and prescriptions", "what you tell the vet about the pet"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventLastActivity,
			Law: "CFMV Resolution No. 1,321/2020, on the documents of veterinary practice"}}
	grooming := &policy.Category{ID: "grooming", Name: "Grooming appointments", Items: []string{"the bath and grooming services you book", "notes on your pet's behaviour and care"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Purchases",
		Items: []string{"products bought on our website and app", "purchases in our stores where you give your CPF", "price, payment method and invoice",
			"delivery, pickup in a store, exchanges and returns"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for invoices and tax records"}}
	subscription := &policy.Category{ID: "subscription", Name: "Petz subscription", Items: []string{"the products you subscribe to and how often they come", "the discounts of the subscription"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	card := &policy.Category{ID: "card", Name: "Payment card details", Items: []string{"cardholder name", "last four digits and expiry date", "a token from the payment provider that stands for a card you save"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"the location of your phone, if you allow the app to read it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	browsing := &policy.Category{ID: "browsing", Name: "Navigation data",
		Items:       []string{"IP address, with date and time", "device, browser and operating system", "searches, pages and products viewed and the cart", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	cctv := &policy.Category{ID: "cctv", Name: "Images from store cameras", Items: []string{"images of people in our stores and veterinary centres"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed for the security of our stores and to look into an incident")}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"calls, chats, WhatsApp messages and emails with our customer service", "complaints and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the products and services likely to suit each of your pets", "when you are likely to need them again"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{pets, orders, browsing}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	carriers := &policy.Recipient{ID: "carriers", Name: "the Post Office (Correios), carriers and couriers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, orders}, Country: regionBR, Purpose: "to deliver orders"}
	payments := &policy.Recipient{ID: "payments", Name: "payment providers, card acquirers and banks", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, card, orders}, Country: regionBR, Purpose: "to take payments by card, Pix and bank slip"}
	antifraud := &policy.Recipient{ID: "antifraud", Name: "anti-fraud companies", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, orders, card, browsing}, Country: regionBR, Purpose: "to analyse orders for fraud"}
	labs := &policy.Recipient{ID: "labs", Name: "veterinary laboratories and clinics", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, pets, vet}, Country: regionBR, Conditional: true,
		Purpose: "our vet sends them your pet's exams or refers your pet to them"}
	group := &policy.Recipient{ID: "group", Name: "the companies of the Petz group, such as Zee.Dog", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, pets, orders, inferred}, Country: regionBR,
		Purpose: "to serve you across the group's brands and offer you their products"}
	vendors := &policy.Recipient{ID: "vendors", Name: "technology, cloud, customer service and marketing providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, pets, orders, subscription, location, browsing, service, inferred}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{browsing}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, Procon, the police and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, orders, cctv, service}, Country: regionBR, Conditional: true, Purpose: "the law or an order requires it"}

	sales := &policy.Purpose{ID: "sales", Name: "Registering you and selling and delivering your orders, or getting them ready for pickup in a store",
		Categories: []*policy.Category{customer, pets, orders, card, location},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers, payments, vendors},
		Required: "an order cannot be placed without your name, CPF and, for a delivery, your address"}
	subscribe := &policy.Purpose{ID: "subscription", Name: "Running your Petz subscription and charging it to your card", Categories: []*policy.Category{customer, subscription, card, orders},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments, carriers}}
	veterinary := &policy.Purpose{ID: "vet", Name: "Looking after your pet in our veterinary centres", Categories: []*policy.Category{customer, pets, vet},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{labs, vendors}}
	vetRecords := &policy.Purpose{ID: "vet-records", Name: "Keeping your pet's veterinary record", Categories: []*policy.Category{customer, vet},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "CFMV Resolution No. 1,321/2020 (documents of veterinary practice)", Region: regionBR}}}
	groom := &policy.Purpose{ID: "grooming", Name: "Booking and giving bath and grooming services", Categories: []*policy.Category{customer, pets, grooming},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors}}
	support := &policy.Purpose{ID: "service", Name: "Answering you in our customer service and handling exchanges, returns and complaints",
		Categories: []*policy.Category{customer, orders, service},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors}}
	personalisation := &policy.Purpose{ID: "personalisation", Name: "Showing you products and services that suit your pets", Categories: []*policy.Category{pets, orders, browsing, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each customer what their pets are most likely to need", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{vendors}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and reminders by email, SMS, WhatsApp and app notifications",
		Categories: []*policy.Category{customer, pets, inferred},
		Bases:      []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products, services and promotions for their pets", OptOut: true,
		OptOutHow: "by the link in each message, in your account's communication settings or in the app's notification settings", Recipients: []*policy.Recipient{vendors, group}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing our advertising on other websites and apps and measuring it",
		Categories: []*policy.Category{browsing},
		Bases:      []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Analysing orders to prevent fraud", Categories: []*policy.Category{customer, orders, card, browsing},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisCreditProtection}, Interest: "protecting our customers and us from purchases made with someone else's card or in someone else's name",
		Recipients: []*policy.Recipient{antifraud, payments},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Contest: "by talking to our customer service"}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing how our website, app and stores are used and improving them", Categories: []*policy.Category{orders, browsing, service},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making our services and stores better for our customers and their pets"}
	records := &policy.Purpose{ID: "records", Name: "Issuing invoices, keeping tax records and keeping records of access to our website and app",
		Categories: []*policy.Category{customer, orders, browsing},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the National Tax Code (Law No. 5,172/1966) and the rules on electronic invoices", Region: regionBR},
			{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	security := &policy.Purpose{ID: "security", Name: "Keeping our stores, customers, pets and staff safe", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting people, animals and goods in our stores", Recipients: []*policy.Recipient{authorities}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{customer, orders, vet, service, cctv},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Pet Center Comércio e Participações S.A.", Address: "São Paulo, SP, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "privacidade@petz.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		Laws:       []policy.Law{policy.LGPD},
		Scope:      []string{"the Petz stores, website and app", "the Seres veterinary centres and our bath and grooming services"},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{customer, pets, vet, grooming, orders, subscription, card, location, browsing, cctv, service, inferred},
		NotCollected: []policy.Exclusion{
			{ID: "card.number", Name: "full card numbers or security codes", Category: card, Note: "The payment provider keeps them and gives us a token for the card."},
			{ID: "sensitive", Name: "sensitive personal data about you", Class: policy.DataClassSpecial},
		},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{sales, subscribe, veterinary, vetRecords, groom, support, personalisation, marketing, advertising, fraud, improve, records, security, claims},
		Recipients: []*policy.Recipient{carriers, payments, antifraud, labs, group, vendors, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{customer, pets, orders, subscription, location, browsing, service, inferred}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{browsing}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest,
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: sales, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{browsing}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "by writing to the encarregado"}, {Kind: policy.RightRectification, How: "in your account"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure, How: "by deleting your account in the app or writing to the encarregado"}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, by the link in each message or in your account's communication settings"}, {Kind: policy.RightComplaint},
		},
		Requests:   policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, WithoutAccount: "by writing to the encarregado"},
		Links:      policy.Links{CookieSettings: "https://petz.example/privacidade/cookies"},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret},
		Children:   policy.Children{MinimumAge: 18},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "privacidade@petz.example"},
	}
	return realPolicy{"pet retailer and veterinary centres (Petz)", p, []statement{
		{says: "Pet Center Comércio e Participações S.A. (Petz) in São Paulo, with its CNPJ, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && p.Controller.Name != ""
		}},
		{says: "the policy covers our stores, website and app, the Seres veterinary centres and our bath and grooming services", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "the encarregado answers at a dedicated email address", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we collect your name, CPF, date of birth, email, phone, addresses and password when you register", typed: func(p *policy.Policy) bool {
			return len(p.Category("customer").Items) == 7 && p.Category("customer").Sources[0] == policy.SourceUser
		}},
		{says: "if you sign in with Google, Facebook or Apple, we receive your name and email from them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("customer").Sources, policy.SourceThirdParty) && p.Category("customer").SourceDetail != ""
		}},
		{says: "you tell us about each of your pets: name, species, breed, sex, age and weight, and a photo if you like", typed: func(p *policy.Policy) bool {
			return len(p.Category("pets").Items) == 2 && p.Category("pets").Linked
		}},
		{says: "we record what you buy online and, when you give your CPF, in our stores", typed: func(p *policy.Policy) bool {
			return len(p.Category("orders").Items) == 4
		}},
		{says: "we do not store full card numbers; the payment provider keeps them and gives us a token", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("card") && p.NotCollected[0].Note != ""
		}},
		{says: "we do not collect sensitive personal data about you", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.NotCollected, func(e policy.Exclusion) bool { return e.Class == policy.DataClassSpecial })
		}},
		{says: "we read your phone's location only if you allow it, to show nearby stores and delivery options", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("sales").Uses(p.Category("location"))
		}},
		{says: "we record your IP address, device, searches, pages, cart and cookie identifiers", typed: func(p *policy.Policy) bool {
			return len(p.Category("browsing").Items) == 4 && p.Category("browsing").Tracking
		}},
		{says: "selling, delivering and getting orders ready for pickup rest on our contract with you, and an order needs your name, CPF and address (Art. 7(V))", typed: func(p *policy.Policy) bool {
			return p.Purpose("sales").RestsOn(policy.BasisContract, policy.LGPD) && p.Purpose("sales").Required != ""
		}},
		{says: "the Correios, carriers and couriers deliver orders on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "carriers").Role == policy.RoleProcessor }},
		{says: "payment providers, acquirers and banks receive what they need to take payments by card, Pix and bank slip", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Purpose != "" && slices.Contains(recipient(p, "payments").Categories, p.Category("card"))
		}},
		{says: "we run your Petz subscription, deliver its products as often as you choose and charge it to your card", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("subscription")
			return pu.Uses(p.Category("subscription")) && pu.Uses(p.Category("card")) && pu.HasBasis(policy.BasisContract)
		}},
		{says: "our vets record your pet's consultations, vaccines, exams and prescriptions to look after it, under our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("vet").Uses(p.Category("vet-record")) && p.Purpose("vet").HasBasis(policy.BasisContract) && len(p.Category("vet-record").Items) == 3
		}},
		{says: "your pet's health records are about your pet, not health data about you", typed: func(p *policy.Policy) bool {
			return p.Category("vet-record").Sensitivity == policy.SensitivityPersonal && p.Category("vet-record").Linked
		}},
		{says: "we keep the veterinary record for the period the Federal Council of Veterinary Medicine sets", typed: func(p *policy.Policy) bool {
			r := p.Category("vet-record").Retention
			return r.Law != "" && p.Purpose("vet-records").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "veterinary laboratories and clinics receive your pet's data when our vet sends them exams or refers your pet", typed: func(p *policy.Policy) bool {
			return recipient(p, "labs").Conditional && slices.Contains(recipient(p, "labs").Categories, p.Category("vet-record"))
		}},
		{says: "we book and give bath and grooming services and note your pet's behaviour and care", typed: func(p *policy.Policy) bool {
			return p.Purpose("grooming").Uses(p.Category("grooming")) && len(p.Category("grooming").Items) == 2
		}},
		{says: "our customer service answers you and handles exchanges, returns and complaints", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we record calls to customer service and tell you so at the start", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "we check orders with anti-fraud companies, in our legitimate interest and to protect credit (Art. 7(IX), 7(X))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("fraud")
			return pu.RestsOn(policy.BasisCreditProtection, policy.LGPD) && pu.HasBasis(policy.BasisLegitimateInterests) && recipient(p, "antifraud").Role == policy.RoleProcessor
		}},
		{says: "we may cancel an order we suspect of fraud, and you may talk to customer service about it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && s.Contestable()
		}},
		{says: "we show you products and services for your pets from what you buy and browse, in our legitimate interest, and you may object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return pu.Profiling && pu.OptOut && pu.Interest != "" && pu.Uses(p.Category("pets"))
		}},
		{says: "we infer from your pets, purchases and browsing which products they need and when", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 3 && p.Category("inferred").Sources[0] == policy.SourceDerived
		}},
		{says: "we send offers and reminders by email, SMS, WhatsApp and notifications, and you may stop them by the link in each message or in your settings", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.OptOutHow != "" && hasRight(p, policy.RightObjection)
		}},
		{says: "the companies of the Petz group receive your data to serve you and offer their products", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Purpose != "" && slices.Contains(p.Purpose("marketing").Recipients, recipient(p, "group"))
		}},
		{says: "analytics and advertising cookies are set with your consent in the cookie banner, which you may change", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool && p.Links.CookieSettings != ""
		}},
		{says: "necessary cookies keep you signed in and keep the cart", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "we analyse how our website, app and stores are used to improve them", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "we issue invoices and keep tax records as tax law requires, and access records for six months as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("browsing").Retention.Period == policy.Months(6)
		}},
		{says: "cameras in our stores and veterinary centres record images for the safety of people, animals and goods", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("cctv")) && p.Purpose("security").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "technology, cloud, customer service and marketing providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses && p.Transfers[0].Destination == regionUS
		}},
		{says: "we give data to courts, Procon and other authorities when the law or an order requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep customers' data for five years after the account is closed, the time for consumer claims", typed: func(p *policy.Policy) bool {
			return p.Category("customer").Retention.Criteria != "" && p.Category("customer").Retention.Period == policy.Years(5)
		}},
		{says: "when you ask us to delete your data, we keep what the law obliges us to keep and what we need for disputes", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims)
			})
		}},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests go to the encarregado by email, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(15) && p.Requests.WithoutAccount != ""
		}},
		{says: "we encrypt connections and give staff access only to what their work needs", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege)
		}},
		{says: "we never ask for your password by phone, email or WhatsApp; keep it secret", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "websites and social networks we link to have their own privacy policies, which this one does not cover", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "registration and purchases are for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we publish changes on our website and tell you of material ones by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail) && slices.Contains(p.Changes.Notify, policy.ChannelHomePage)
		}},
	}}
}
