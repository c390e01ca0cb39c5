package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// The policies below paraphrase, in our own words and as we recall them,
// three privacy policies under the LGPD as published in 2024-2025: that of
// a large Brazilian bank with a conglomerate of insurers, a brokerage and
// card issuers, palm-vein biometrics at its cash machines and a virtual
// assistant (Bradesco), of a fashion retailer with its own credit card and
// financial company (Lojas Renner, with Meu Cartão and Realize) and of a
// medical cooperative that runs a health plan with its own hospitals and
// units and serves its beneficiaries across the country through the other
// cooperatives of its system (Unimed-BH).

// realPolicyBr9Bradesco paraphrases, in our own words and as we recall
// it, the privacy policy of Banco Bradesco S.A. and the companies of the
// Bradesco Organisation in Brazil, as published in 2024-2025: the
// registration a customer gives at a branch or in the app, palm-vein
// biometrics at the cash machines and facial biometrics in the app, bank
// secrecy, Pix, the Central Bank's registers, credit on the ground of
// credit protection and the positive credit register, the investor
// profile, Open Finance on consent, the banking correspondents of
// Bradesco Expresso, the insurers and other companies of the
// organisation, the virtual assistant BIA, cameras in branches, the
// ombudsman, accounts of minors opened by their parents, and the rights
// of LGPD Art. 18.
func realPolicyBr9Bradesco() realPolicy {
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Complementary Law No. 105/2001", Region: regionBR}}}
	tenYears := policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
		Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of customer due diligence"}
	registration := &policy.Category{ID: "registration", Name: "Registration data",
		Items: []string{"full name", "CPF", "number of your identity card or driving licence", "date of birth", "names of your parents", "nationality and place of birth",
			"marital status", "address", "email address", "phone numbers", "occupation, income and assets", "whether you are a politically exposed person"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "the employer that opens a salary account for you, and public registers such as that of the Federal Revenue",
		Retention:    tenYears}
	documents := &policy.Category{ID: "documents", Name: "Documents and signature",
		Items:       []string{"copy or photo of your identity card (RG) or driving licence (CNH)", "proof of address and of income", "your signature"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: tenYears}
	biometric := &policy.Category{ID: "biometric", Name: "Biometrics",
		Items: []string{"the pattern of the veins of your palm, registered at a branch, with which you use our cash machines and confirm transactions at the counter",
			"the image of your face, which the app compares with your document when you open an account or use a new phone"},
		Biometric: true, Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	financial := &policy.Category{ID: "financial", Name: "Financial data",
		Items: []string{"balance and statement of your accounts", "Pix, transfers, bills paid, deposits and withdrawals", "purchases and bills of your cards",
			"loans, financing, investments, insurance, pension plans and capitalisation bonds you take out with the organisation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Secrecy: secrecy,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventCollection,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of transactions"}}
	pixKeys := &policy.Category{ID: "pix", Name: "Pix keys", Items: []string{"the CPF, phone number, email address or random key you register"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"records of the Central Bank's credit information system (SCR)", "your positive credit history (Cadastro Positivo)", "credit scores and records of unpaid debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the Central Bank's SCR and the credit bureaus", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	investor := &policy.Category{ID: "investor-profile", Name: "Investor profile",
		Items:       []string{"your investment goals and horizon", "your knowledge of and experience with investments", "how much risk you accept"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventContractEnd,
			Law: "CVM Resolution No. 30/2021 on the suitability of investments"}}
	openFinanceIn := &policy.Category{ID: "open-finance", Name: "Data from other institutions in Open Finance", Items: []string{"accounts, cards, loans and investments you hold elsewhere"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the institutions you authorise in Open Finance", Linked: true,
		Retention: policy.Until(policy.EventConsentExpiry)}
	location := &policy.Category{ID: "location", Name: "Location of your phone", Items: []string{"the location of your phone when you use the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	device := &policy.Category{ID: "device", Name: "Device, app and internet banking use",
		Items:       []string{"device identifier, model and operating system", "IP address, with date and time", "the screens and functions you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	service := &policy.Category{ID: "service", Name: "Customer service records",
		Items:       []string{"recordings of calls to Alô Bradesco", "your conversations with BIA, our virtual assistant, and with our staff in the app and on WhatsApp", "complaints to the ombudsman"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	cctv := &policy.Category{ID: "cctv", Name: "Images from cameras", Items: []string{"images of people in our branches and in the areas of our cash machines"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed for the security of our branches and to look into an incident")}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the products of the organisation you are likely to want"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{registration, financial, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	organisation := &policy.Recipient{ID: "organisation", Name: "the companies of the Bradesco Organisation, such as Bradesco Seguros, Bradesco Vida e Previdência, Bradescard and Ágora Investimentos",
		Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, financial, investor, inferred}, Country: regionBR,
		Purpose: "to provide the insurance, pension plans, cards, investments and other products each of them offers, to manage the organisation's risks, and to offer you their products"}
	payees := &policy.Recipient{ID: "payees", Name: "people and businesses you pay or who pay you", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, pixKeys}, Country: regionBR, Conditional: true,
		Purpose: "you make or receive a Pix or a transfer, which shows your name, part of your CPF and your bank to the other party"}
	cardNetworks := &policy.Recipient{ID: "card-networks", Name: "card networks, such as Visa, Mastercard and Elo, and the acquirers of the stores where you buy", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Purpose: "to authorise and settle the purchases you make with your cards, in Brazil and abroad"}
	correspondents := &policy.Recipient{ID: "correspondents", Name: "the banking correspondents of Bradesco Expresso", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, documents, financial}, Country: regionBR,
		Purpose: "to receive your payments and deposits, and your proposals for accounts and loans, in the stores where they serve on our behalf"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, credit, financial}, Country: regionBR,
		Purpose: "to analyse your credit, keep your positive credit history and record unpaid debts"}
	regulators := &policy.Recipient{ID: "regulators", Name: "the Central Bank of Brazil, the Securities Commission (CVM), the Superintendence of Private Insurance (SUSEP), COAF and the Federal Revenue",
		Role: policy.RoleAuthority, Categories: []*policy.Category{registration, financial, pixKeys, credit}, Country: regionBR,
		Purpose: "to register Pix keys in the Central Bank's directory, register you in the register of customers of the financial system (CCS), report loans to the SCR, report suspicious transactions to COAF and report financial transactions to the Federal Revenue"}
	courts := &policy.Recipient{ID: "courts", Name: "courts, the police and the Public Prosecutor's Office", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, financial, device, cctv}, Country: regionBR, Conditional: true,
		Purpose: "a court lifts bank secrecy or orders the data to be given, or the law otherwise requires it"}
	openFinanceOut := &policy.Recipient{ID: "open-finance", Name: "institutions you choose in Open Finance", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Country: regionBR, Conditional: true,
		Purpose: "you consent to share your data with them, for the data and the time you choose"}
	vendors := &policy.Recipient{ID: "vendors", Name: "cloud, technology, call centre, printing and mailing providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, documents, financial, device, service}, Country: regionUS}
	collection := &policy.Recipient{ID: "collection", Name: "debt collection agencies and law firms", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, financial}, Country: regionBR, Purpose: "to collect overdue instalments and card bills on our behalf"}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{device}, Country: regionUS}
	abroad := &policy.Recipient{ID: "abroad", Name: "the banks and correspondents abroad that take part in your foreign exchange and international transfers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Conditional: true, Purpose: "you buy or sell foreign currency or send or receive money from abroad"}

	accounts := &policy.Purpose{ID: "accounts", Name: "Opening and running your accounts and cards and making your payments, transfers and Pix",
		Categories: []*policy.Category{registration, documents, financial, pixKeys, device},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payees, cardNetworks, correspondents, vendors, abroad},
		Required: "we cannot open an account without your registration data and documents, which the Central Bank's rules require us to collect and check"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Knowing our customers and preventing money laundering and the financing of terrorism", Categories: []*policy.Category{registration, documents, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators},
		Obligations: []policy.Obligation{{Act: "Law No. 9,613/1998 (money laundering), Art. 10 and 11", Region: regionBR}, {Act: "Central Bank Circular No. 3,978/2020", Region: regionBR}}}
	regulatory := &policy.Purpose{ID: "regulatory", Name: "Reporting to the Central Bank, the CVM, SUSEP and the Federal Revenue", Categories: []*policy.Category{registration, financial, pixKeys, credit},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators, courts},
		Obligations: []policy.Obligation{{Act: "the Central Bank's Pix Regulation (Resolution BCB No. 1/2020)", Region: regionBR},
			{Act: "the Central Bank's rules on the credit information system (SCR) and the register of customers of the financial system (CCS)", Region: regionBR},
			{Act: "Federal Revenue Normative Instruction No. 1,571/2015 (e-Financeira)", Region: regionBR}}}
	suitability := &policy.Purpose{ID: "suitability", Name: "Assessing your investor profile before we recommend investments", Categories: []*policy.Category{registration, investor},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{organisation},
		Obligations: []policy.Obligation{{Act: "CVM Resolution No. 30/2021 (suitability)", Region: regionBR}},
		Required:    "the Securities Commission's rules require the profile; without it we cannot recommend investments to you"}
	authentication := &policy.Purpose{ID: "authentication", Name: "Confirming that it is you, with your palm at our cash machines and counters and your face in the app",
		Categories: []*policy.Category{registration, biometric, device},
		Bases:      []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "making sure that only you use your account, cards and money",
		Recipients: []*policy.Recipient{vendors}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and scams", Categories: []*policy.Category{registration, financial, location, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisCreditProtection}, Interest: "keeping our customers' accounts and money safe from fraud and scams",
		Recipients: []*policy.Recipient{vendors},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundUnauthorised},
			Contest: "by calling Alô Bradesco or going to your branch"}}
	lending := &policy.Purpose{ID: "credit", Name: "Analysing your credit and setting the limits of your cards, overdraft and loans",
		Categories: []*policy.Category{registration, financial, credit, openFinanceIn},
		Bases:      []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus},
		Automated:     "the credit we offer you and the limits of your cards and overdraft are set by models that weigh your income, your relationship with us and your credit records",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial}}
	positive := &policy.Purpose{ID: "positive-credit", Name: "Sending your payment history to the positive credit register", Categories: []*policy.Category{registration, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Law No. 12,414/2011 (positive credit register), as amended by Complementary Law No. 166/2019", Region: regionBR}}}
	sharing := &policy.Purpose{ID: "open-finance", Name: "Sharing and receiving your data in Open Finance", Categories: []*policy.Category{registration, financial, openFinanceIn},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's Open Finance area or at the institution that receives the data",
		Recipients:        []*policy.Recipient{openFinanceOut},
		ConsentRequiredBy: []policy.Obligation{{Act: "Joint Resolution No. 1/2020 of the National Monetary Council and the Central Bank (Open Finance)", Region: regionBR}}}
	products := &policy.Purpose{ID: "organisation", Name: "Providing the insurance, pension plans, capitalisation bonds and investments of the companies of the organisation",
		Categories: []*policy.Category{registration, financial, investor},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{organisation}}
	support := &policy.Purpose{ID: "service", Name: "Answering you through Alô Bradesco, BIA, our branches and the ombudsman",
		Categories: []*policy.Category{registration, financial, service},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{vendors},
		Obligations: []policy.Obligation{{Act: "Decree No. 11,034/2022 (customer service)", Region: regionBR},
			{Act: "Resolution CMN No. 4,860/2020 (ombudsmen of financial institutions)", Region: regionBR}}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you products of the Bradesco Organisation", Categories: []*policy.Category{registration, financial, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products suited to their profile and to how they use their accounts", OptOut: true, Profiling: true,
		OptOutHow: "in the app, by calling Alô Bradesco or by the link in each email", Recipients: []*policy.Recipient{organisation}}
	improve := &policy.Purpose{ID: "improve", Name: "Developing and improving our products, channels and BIA", Categories: []*policy.Category{financial, device, service},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how our customers use our channels so that we make them simpler and better"}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and apps and measuring our campaigns", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of our website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	security := &policy.Purpose{ID: "security", Name: "Keeping our branches, customers and staff safe", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Interest: "protecting people and property in our branches and cash machine areas",
		Obligations: []policy.Obligation{{Act: "Law No. 7,102/1983 (security of financial institutions), Art. 2", Region: regionBR}},
		Recipients:  []*policy.Recipient{courts}}
	collect := &policy.Purpose{ID: "collection", Name: "Collecting overdue instalments and bills", Categories: []*policy.Category{registration, financial},
		Bases: []policy.Basis{policy.BasisExerciseOfRights, policy.BasisCreditProtection}, Recipients: []*policy.Recipient{collection, bureaus}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{registration, financial, service, cctv},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{courts}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Banco Bradesco S.A.", Address: "Cidade de Deus, Osasco, SP, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "encarregado@bradesco.example", Website: "https://bradesco.example/privacidade"},
		Version: "2025", Effective: policy.MakeDate(2025, time.February, 1), Updated: policy.MakeDate(2025, time.February, 1),
		URL:  "https://bradesco.example/privacidade",
		Laws: []policy.Law{policy.LGPD},
		Scope: []string{"the services of Banco Bradesco S.A. and of the companies of the Bradesco Organisation in Brazil",
			"our branches, cash machines, Bradesco Expresso correspondents, app, internet banking and Alô Bradesco"},
		External:   []policy.ExternalService{policy.ExternalLinkedSites},
		Categories: []*policy.Category{registration, documents, biometric, financial, pixKeys, credit, investor, openFinanceIn, location, device, service, cctv, inferred},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes: []*policy.Purpose{accounts, kyc, regulatory, suitability, authentication, fraud, lending, positive, sharing, products, support,
			marketing, improve, advertising, security, collect, claims},
		Recipients: []*policy.Recipient{organisation, payees, cardNetworks, correspondents, bureaus, regulators, courts, openFinanceOut, vendors, collection, adPartners, abroad},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{registration, documents, financial, device, service}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{device}, Safeguard: policy.SafeguardANPDClauses},
			{ChosenDestination: policy.ChosenDestinationPayee, Recipient: cardNetworks, Categories: []*policy.Category{registration, financial}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationPayee, Recipient: abroad, Categories: []*policy.Category{registration, financial}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud},
			KeptFor: policy.Years(10)}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: accounts, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "performance and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app, in internet banking or by calling Alô Bradesco"}, {Kind: policy.RightRectification, How: "in the app or at your branch"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, in the app or by calling Alô Bradesco"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking Alô Bradesco or your branch for a review of a credit decision"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument},
			WithoutAccount: "through the privacy page of our website or at any branch"},
		Redress: []policy.Redress{{Kind: policy.RedressOmbudsman, Contact: policy.Contact{Name: "Ouvidoria Bradesco", Phone: "0800 000 0000"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureIncidentDetection}, {Kind: policy.MeasureStaffTraining}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://bradesco.example/privacidade/cookies", RequestForm: "https://bradesco.example/privacidade/solicitacoes"},
		Children:   policy.Children{MinimumAge: 18, ParentalConsent: true},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "encarregado@bradesco.example"},
	}
	return realPolicy{"bank (Bradesco)", p, []statement{
		{says: "Banco Bradesco S.A., at Cidade de Deus in Osasco, with its CNPJ, and the companies of the Bradesco Organisation in Brazil are the controllers", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && strings.Contains(p.Scope[0], "Organisation")
		}},
		{says: "the policy covers our branches, cash machines, correspondents, app, internet banking and call centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "the encarregado answers by email and through the privacy page of our website", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Website != ""
		}},
		{says: "we collect your name, CPF, document number, date of birth, parents' names, nationality, marital status, address, email, phones, occupation, income and assets, and whether you are politically exposed", typed: func(p *policy.Policy) bool {
			return len(p.Category("registration").Items) == 12 && p.Category("registration").Sources[0] == policy.SourceUser
		}},
		{says: "the employer that opens your salary account gives us your registration, and we check it against public registers", typed: func(p *policy.Policy) bool {
			c := p.Category("registration")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "employer")
		}},
		{says: "we keep a copy of your RG or CNH, your proofs of address and income and your signature", typed: func(p *policy.Policy) bool {
			return len(p.Category("documents").Items) == 3 && p.Purpose("kyc").Uses(p.Category("documents"))
		}},
		{says: "the veins of your palm, registered at a branch, let you use our cash machines and confirm transactions, to keep others from using your account (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("authentication")
			return p.Category("biometric").Biometric && pu.RestsOn(policy.BasisFraudPrevention, policy.LGPD) && pu.Uses(p.Category("biometric"))
		}},
		{says: "the app compares your face with your document when you open an account or use a new phone", typed: func(p *policy.Policy) bool {
			return len(p.Category("biometric").Items) == 2 && p.Category("biometric").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "we process your balances, Pix, transfers, bills, cards, loans, investments, insurance, pension plans and capitalisation bonds", typed: func(p *policy.Policy) bool {
			return len(p.Category("financial").Items) == 4
		}},
		{says: "financial data is covered by bank secrecy under Complementary Law 105/2001", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Secrecy.Kind == policy.SecrecyBanking && len(p.Category("financial").Secrecy.Laws) == 1
		}},
		{says: "we record your device, IP address and how you use the app and internet banking, and keep access records for six months as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return len(c.Items) == 3 && c.Retention.Period == policy.Months(6) && c.Retention.Law != ""
		}},
		{says: "we read your phone's location only if you allow it, to prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("fraud").Uses(p.Category("location"))
		}},
		{says: "we consult the Central Bank's SCR, the credit bureaus and the positive credit register", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail != "" && len(p.Category("credit").Items) == 3
		}},
		{says: "we record calls to Alô Bradesco, telling you at the start, and keep your conversations with BIA and our staff and your complaints to the ombudsman", typed: func(p *policy.Policy) bool {
			return p.Category("service").RecordingNotice && len(p.Category("service").Items) == 3
		}},
		{says: "running your accounts and cards and making your payments rests on our contract with you (Art. 7(V)), and an account needs your data and documents", typed: func(p *policy.Policy) bool {
			return p.Purpose("accounts").RestsOn(policy.BasisContract, policy.LGPD) && p.Purpose("accounts").Required != ""
		}},
		{says: "the law on money laundering and the Central Bank's rules oblige us to know our customers and report suspicious transactions to COAF (Art. 7(II))", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(p.Purpose("kyc").Obligations) == 2
		}},
		{says: "your Pix keys go to the Central Bank's directory, you are registered in the CCS, and we report to the SCR and to the Federal Revenue", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "regulators").Categories, p.Category("pix")) && len(p.Purpose("regulatory").Obligations) == 3
		}},
		{says: "we ask for your investor profile, as the CVM's rules require, before we recommend investments", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("suitability")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && pu.Uses(p.Category("investor-profile")) && pu.Required != ""
		}},
		{says: "a Pix shows your name, part of your CPF and your bank to the other party", typed: func(p *policy.Policy) bool {
			r := recipient(p, "payees")
			return r.Conditional && slices.Contains(r.Categories, p.Category("pix"))
		}},
		{says: "the correspondents of Bradesco Expresso receive payments, deposits and proposals on our behalf in the stores where they serve", typed: func(p *policy.Policy) bool {
			r := recipient(p, "correspondents")
			return r.Role == policy.RoleProcessor && r.Purpose != "" && slices.Contains(p.Purpose("accounts").Recipients, r)
		}},
		{says: "we check transactions, devices and locations to prevent fraud, in our legitimate interest and to protect credit", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("fraud")
			return pu.HasBasis(policy.BasisLegitimateInterests) && pu.RestsOn(policy.BasisCreditProtection, policy.LGPD) && pu.Interest != ""
		}},
		{says: "we may block your card, a payment or your access to the app on suspicion of fraud or that someone else uses your account, and you may call us or go to your branch", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetRemoteAccess) && slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover) && s.Contestable()
		}},
		{says: "we analyse your credit on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").RestsOn(policy.BasisCreditProtection, policy.LGPD)
		}},
		{says: "credit offers and the limits of cards and overdraft are set by automated models, and you may ask for a review (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "the law on the positive credit register obliges us to send your payment history to the credit bureaus", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("positive-credit")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && slices.Contains(pu.Recipients, recipient(p, "bureaus"))
		}},
		{says: "with your consent we share data with, and receive data from, the institutions you choose in Open Finance, for the time you authorise", typed: func(p *policy.Policy) bool {
			return p.Purpose("open-finance").RestsOnConsent() && p.Category("open-finance").Retention.From == policy.EventConsentExpiry && len(p.Purpose("open-finance").ConsentRequiredBy) == 1
		}},
		{says: "the insurers and other companies of the organisation receive your data to provide the products you take out with them", typed: func(p *policy.Policy) bool {
			return p.Purpose("organisation").HasBasis(policy.BasisContract) && slices.Contains(p.Purpose("organisation").Recipients, recipient(p, "organisation"))
		}},
		{says: "our customer service, BIA and the ombudsman answer you, as the rules on customer service and on the ombudsmen of financial institutions require", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("service")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(pu.Obligations) == 2
		}},
		{says: "we offer you products of the organisation in our legitimate interest, and you may opt out in the app, by phone or by the link in each email", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.OptOutHow != "" && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we infer from your registration, accounts and use of our channels which products may suit you", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 3 && p.Purpose("marketing").Profiling
		}},
		{says: "we use data to improve our products, channels and BIA, in our legitimate interest", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("improve")
			return pu.HasBasis(policy.BasisLegitimateInterests) && pu.Uses(p.Category("service"))
		}},
		{says: "card networks and acquirers receive what they need to process your card purchases, and a purchase abroad goes to the country where you pay (Art. 33(IX))", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.ChosenDestination == policy.ChosenDestinationPayee && t.Safeguard == policy.SafeguardContractNecessity && t.Recipient == recipient(p, "card-networks")
			})
		}},
		{says: "banks abroad receive what they need for your foreign exchange and international transfers, because the contract needs it", typed: func(p *policy.Policy) bool {
			return recipient(p, "abroad").Conditional && slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool { return t.Recipient == recipient(p, "abroad") })
		}},
		{says: "cloud, technology, call centre and mailing providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses && p.Transfers[0].Destination == regionUS
		}},
		{says: "we give data to courts, police and prosecutors when a court lifts bank secrecy or the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "courts").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we may use data in anonymised, aggregated form for statistics and studies", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "collection agencies and law firms collect overdue debts for us, and credit bureaus record unpaid debts", typed: func(p *policy.Policy) bool {
			return recipient(p, "collection").Role == policy.RoleProcessor && slices.Contains(p.Purpose("collection").Recipients, recipient(p, "bureaus"))
		}},
		{says: "cameras in our branches and cash machine areas record images, as the law on the security of financial institutions requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("security")
			return pu.Uses(p.Category("cctv")) && pu.RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "we keep registration and transaction records for ten years, as the Central Bank's rules require", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Retention.Period == policy.Years(10) && p.Category("registration").Retention.Law != ""
		}},
		{says: "after you close your accounts we keep, for up to ten years, only what the law obliges us to keep and what we need to defend ourselves and prevent fraud", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptFraud) && d.KeptFor == policy.Years(10)
			})
		}},
		{says: "necessary cookies keep internet banking working; performance and advertising cookies are set with your consent, which you may change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "you may confirm processing, access, correct, anonymise, block, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object to offers, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are made in the app, through the form on our website or at a branch, we confirm who you are, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return r.Deadline == policy.Days(15) && r.WithoutAccount != "" && slices.Contains(r.Verification, policy.VerificationDocument) && p.Links.RequestForm != ""
		}},
		{says: "if our customer service did not resolve your complaint, you may turn to our ombudsman by phone", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Redress, func(r policy.Redress) bool { return r.Kind == policy.RedressOmbudsman && r.Contact.Phone != "" })
		}},
		{says: "we encrypt data, control access, train our staff and watch for incidents", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureIncidentDetection) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "Bradesco never asks for your password, token or card by phone, SMS, email or WhatsApp; keep them secret and report suspicious contacts", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "websites of others that our channels link to have their own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "an account for a minor is opened by a parent or legal guardian, who authorises its use", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.MinimumAge == 18
		}},
		{says: "we publish changes on our website and tell you of material ones in our channels", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelHomePage) && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "under the Central Bank's special return mechanism for Pix (MED), we may block money received in a Pix reported as a scam and return it to the payer", free: toPurpose("fraud")},
		{says: "BIA answers with artificial intelligence, and a member of our staff takes over when it cannot help", free: toPurpose("service")},
	}}
}

// realPolicyBr9Renner paraphrases, in our own words and as we recall it,
// the privacy policy of Lojas Renner S.A. and the companies of its group
// (the Renner, Camicado and Youcom stores and Realize Crédito,
// Financiamento e Investimento S.A., which issues Meu Cartão), as
// published in 2024-2025: the registration in the stores, the website and
// the app, purchases with the CPF and online with delivery or pickup in a
// store, the CPF on the invoice for the states' invoice programmes,
// Meu Cartão and its credit analysis, the card's insurance and loans,
// the anti-fraud check of orders and card applications, offers and
// advertising, cameras in the stores, and the rights of LGPD Art. 18.
func realPolicyBr9Renner() realPolicy {
	customer := &policy.Category{ID: "customer", Name: "Registration data",
		Items:       []string{"name", "CPF", "date of birth", "gender", "email address", "mobile phone number", "addresses", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	orders := &policy.Category{ID: "orders", Name: "Purchases",
		Items: []string{"products bought on our websites and apps", "purchases in our stores where you give your CPF", "price, payment method and invoice",
			"delivery, pickup in a store, exchanges and returns"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for invoices and tax records"}}
	card := &policy.Category{ID: "card", Name: "Payment card details", Items: []string{"cardholder name", "last four digits and expiry date", "a token from the payment provider that stands for a card you save"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	application := &policy.Category{ID: "application", Name: "Meu Cartão application",
		Items:       []string{"your identity document and its photo", "occupation and income", "a photo of your face taken when you apply, compared with your document"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of customer due diligence"}}
	face := &policy.Category{ID: "biometric", Name: "Facial biometrics", Items: []string{"the features of your face, taken from the photo of your application and compared with your document"},
		Biometric: true, Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	cardAccount := &policy.Category{ID: "card-account", Name: "Meu Cartão account",
		Items:       []string{"your limit, bills and payments", "purchases with the card in our stores and, for the cards with a network, anywhere", "loans, instalments and insurance you take out with the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Secrecy: policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Complementary Law No. 105/2001", Region: regionBR}}},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventCollection,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of transactions"}}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"records of the Central Bank's credit information system (SCR)", "credit scores and records of unpaid debts", "your positive credit history (Cadastro Positivo)"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the Central Bank's SCR and the credit bureaus", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"the location of your phone, if you allow the app to read it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	browsing := &policy.Category{ID: "browsing", Name: "Navigation data",
		Items:       []string{"IP address, with date and time", "device, browser and operating system", "searches, pages and products viewed, favourites and the bag", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	cctv := &policy.Category{ID: "cctv", Name: "Images from store cameras", Items: []string{"images of people in our stores and distribution centres"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed for the security of our stores and to look into an incident")}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"calls, chats, WhatsApp messages and emails with our customer service", "complaints and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the styles, sizes and products you are likely to like"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, browsing}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	carriers := &policy.Recipient{ID: "carriers", Name: "the Post Office (Correios), carriers and couriers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, orders}, Country: regionBR, Purpose: "to deliver orders"}
	payments := &policy.Recipient{ID: "payments", Name: "payment providers, card acquirers and banks", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, card, orders}, Country: regionBR, Purpose: "to take payments by card, Pix and bank slip"}
	antifraud := &policy.Recipient{ID: "antifraud", Name: "anti-fraud and identity verification companies", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, orders, card, application, face, browsing}, Country: regionBR, Purpose: "to analyse orders and card applications for fraud"}
	group := &policy.Recipient{ID: "group", Name: "the companies of the Lojas Renner group, such as Realize, Camicado and Youcom", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, orders, cardAccount, inferred}, Country: regionBR,
		Purpose: "to serve you across the group's stores and brands, run Meu Cartão and offer you their products"}
	sefaz := &policy.Recipient{ID: "sefaz", Name: "the finance departments of the states", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, orders}, Country: regionBR, Conditional: true,
		Purpose: "you ask for your CPF on the invoice, which the electronic invoice carries to the state, whose programmes, such as Nota Fiscal Gaúcha, may then reward you"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, credit, cardAccount}, Country: regionBR,
		Purpose: "to analyse your credit, keep your positive credit history and record unpaid debts"}
	networks := &policy.Recipient{ID: "networks", Name: "the card networks of the Meu Cartão cards with a network, such as Mastercard", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, cardAccount}, Purpose: "to authorise and settle the purchases you make with the card outside our stores"}
	insurers := &policy.Recipient{ID: "insurers", Name: "the insurers whose insurance we offer with Meu Cartão", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer}, Country: regionBR, Conditional: true, Purpose: "you take out their insurance in a store or in the app"}
	regulators := &policy.Recipient{ID: "regulators", Name: "the Central Bank of Brazil and COAF", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, cardAccount, credit}, Country: regionBR,
		Purpose: "to report Realize's loans to the SCR and suspicious transactions to COAF"}
	collection := &policy.Recipient{ID: "collection", Name: "debt collection agencies", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, cardAccount}, Country: regionBR,
		Purpose: "to collect overdue bills of Meu Cartão on our behalf"}
	vendors := &policy.Recipient{ID: "vendors", Name: "technology, cloud, customer service and marketing providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, orders, cardAccount, location, browsing, service, inferred}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{browsing}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, Procon, the police and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, orders, cardAccount, cctv, service}, Country: regionBR, Conditional: true, Purpose: "the law or an order requires it"}

	sales := &policy.Purpose{ID: "sales", Name: "Registering you and selling and delivering your orders, or getting them ready for pickup in a store",
		Categories: []*policy.Category{customer, orders, card, location},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers, payments, vendors},
		Required: "an online order cannot be placed without your name, CPF and, for a delivery, your address; in our stores you may buy without giving your CPF"}
	records := &policy.Purpose{ID: "records", Name: "Issuing invoices, keeping tax records and keeping records of access to our websites and apps",
		Categories: []*policy.Category{customer, orders, browsing},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{sefaz, authorities},
		Obligations: []policy.Obligation{{Act: "the National Tax Code (Law No. 5,172/1966) and the rules on electronic invoices", Region: regionBR},
			{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	support := &policy.Purpose{ID: "service", Name: "Answering you in our customer service and handling exchanges, returns and complaints",
		Categories: []*policy.Category{customer, orders, cardAccount, service},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors}}
	cardPurpose := &policy.Purpose{ID: "meu-cartao", Name: "Issuing and running Meu Cartão, with its bills, loans and instalments",
		Categories: []*policy.Category{customer, application, cardAccount},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, networks, insurers, vendors},
		Required: "Realize cannot issue the card without your registration, document and income"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Knowing Realize's customers, preventing money laundering and reporting to the Central Bank",
		Categories: []*policy.Category{customer, application, cardAccount, credit},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators},
		Obligations: []policy.Obligation{{Act: "Law No. 9,613/1998 (money laundering), Art. 10 and 11", Region: regionBR}, {Act: "Central Bank Circular No. 3,978/2020", Region: regionBR},
			{Act: "the Central Bank's rules on the credit information system (SCR)", Region: regionBR}}}
	creditAnalysis := &policy.Purpose{ID: "credit", Name: "Analysing your credit and setting the limit of Meu Cartão", Categories: []*policy.Category{customer, application, cardAccount, credit},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus},
		Automated:     "whether Realize approves your card, and its limit, are decided by models that weigh your income, your purchases and your credit records",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial}}
	identity := &policy.Purpose{ID: "identity", Name: "Confirming that the person who applies for Meu Cartão is who they say", Categories: []*policy.Category{application, face},
		Bases: []policy.Basis{policy.BasisFraudPrevention}, Recipients: []*policy.Recipient{antifraud}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Analysing orders and card purchases to prevent fraud", Categories: []*policy.Category{customer, orders, card, cardAccount, browsing},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisCreditProtection}, Interest: "protecting our customers and us from purchases made with someone else's card or in someone else's name",
		Recipients: []*policy.Recipient{antifraud, payments},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetCard}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Contest: "by talking to our customer service"}}
	personalisation := &policy.Purpose{ID: "personalisation", Name: "Showing you products and looks that suit you", Categories: []*policy.Category{orders, browsing, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each customer the products they are most likely to like", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{vendors}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email, SMS, WhatsApp and app notifications",
		Categories: []*policy.Category{customer, orders, inferred},
		Bases:      []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers the products, collections and promotions of our stores and of Meu Cartão", OptOut: true,
		OptOutHow: "by the link in each message, in your account's communication settings or in the app's notification settings", Recipients: []*policy.Recipient{vendors, group}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing our advertising on other websites and apps and measuring it",
		Categories: []*policy.Category{browsing},
		Bases:      []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing how our websites, apps and stores are used and improving them", Categories: []*policy.Category{orders, browsing, service},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making our stores, websites and apps better for our customers"}
	collect := &policy.Purpose{ID: "collection", Name: "Collecting overdue bills of Meu Cartão", Categories: []*policy.Category{customer, cardAccount},
		Bases: []policy.Basis{policy.BasisExerciseOfRights, policy.BasisCreditProtection}, Recipients: []*policy.Recipient{collection, bureaus}}
	security := &policy.Purpose{ID: "security", Name: "Keeping our stores, customers and staff safe", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting people and goods in our stores", Recipients: []*policy.Recipient{authorities}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{customer, orders, cardAccount, service, cctv},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Lojas Renner S.A.", Address: "Porto Alegre, RS, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "privacidade@renner.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.November, 1), Updated: policy.MakeDate(2024, time.November, 1),
		Laws: []policy.Law{policy.LGPD},
		Scope: []string{"the Renner, Camicado and Youcom stores, websites and apps",
			"Meu Cartão and the other products of Realize Crédito, Financiamento e Investimento S.A."},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{customer, orders, card, application, face, cardAccount, credit, location, browsing, cctv, service, inferred},
		NotCollected: []policy.Exclusion{
			{ID: "card.number", Name: "full card numbers or security codes", Category: card, Note: "The payment provider keeps them and gives us a token for the card."},
		},
		Storage: []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes: []*policy.Purpose{sales, records, support, cardPurpose, kyc, creditAnalysis, identity, fraud, personalisation, marketing, advertising, improve,
			collect, security, claims},
		Recipients: []*policy.Recipient{carriers, payments, antifraud, group, sefaz, bureaus, networks, insurers, regulators, collection, vendors, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{customer, orders, cardAccount, location, browsing, service, inferred}, Safeguard: policy.SafeguardANPDClauses},
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
			{Kind: policy.RightAccess, How: "through the privacy form on our website"}, {Kind: policy.RightRectification, How: "in your account"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure, How: "by deleting your account in the app or through the privacy form"}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, by the link in each message or in your account's communication settings"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking Realize's customer service for a review of a decision on your card"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints},
			WithoutAccount: "through the privacy form on our website"},
		Redress:    []policy.Redress{{Kind: policy.RedressOmbudsman, Contact: policy.Contact{Name: "Ouvidoria Realize", Phone: "0800 000 0000"}}},
		Links:      policy.Links{CookieSettings: "https://renner.example/privacidade/cookies", RequestForm: "https://renner.example/privacidade/solicitacao"},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}, {Kind: policy.MeasureStaffTraining}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret},
		Children:   policy.Children{MinimumAge: 18},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "privacidade@renner.example"},
	}
	return realPolicy{"fashion retailer with its own card (Lojas Renner)", p, []statement{
		{says: "Lojas Renner S.A. in Porto Alegre, with its CNPJ, and the companies of its group are the controllers", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && p.Controller.Name != ""
		}},
		{says: "the policy covers the Renner, Camicado and Youcom stores, websites and apps, and Meu Cartão and the other products of Realize", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "Realize")
		}},
		{says: "the encarregado answers at a dedicated email address", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we collect your name, CPF, date of birth, gender, email, phone, addresses and password when you register", typed: func(p *policy.Policy) bool {
			return len(p.Category("customer").Items) == 8 && p.Category("customer").Sources[0] == policy.SourceUser
		}},
		{says: "we record what you buy online and, when you give your CPF, in our stores, with payment, delivery, exchanges and returns", typed: func(p *policy.Policy) bool {
			return len(p.Category("orders").Items) == 4 && p.Purpose("sales").Uses(p.Category("orders"))
		}},
		{says: "we do not store full card numbers; the payment provider keeps them and gives us a token", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("card") && p.NotCollected[0].Note != ""
		}},
		{says: "we read your phone's location only if you allow it, to show nearby stores and delivery options", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("sales").Uses(p.Category("location"))
		}},
		{says: "we record your IP address, device, searches, pages, favourites, bag and cookie identifiers", typed: func(p *policy.Policy) bool {
			return len(p.Category("browsing").Items) == 4 && p.Category("browsing").Tracking
		}},
		{says: "selling, delivering and getting orders ready for pickup rest on our contract with you (Art. 7(V)); an online order needs your name, CPF and address, but in a store you may buy without your CPF", typed: func(p *policy.Policy) bool {
			return p.Purpose("sales").RestsOn(policy.BasisContract, policy.LGPD) && strings.Contains(p.Purpose("sales").Required, "without giving your CPF")
		}},
		{says: "the Correios, carriers and couriers deliver orders on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "carriers").Role == policy.RoleProcessor }},
		{says: "payment providers, acquirers and banks receive what they need to take payments by card, Pix and bank slip", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Purpose != "" && slices.Contains(recipient(p, "payments").Categories, p.Category("card"))
		}},
		{says: "we issue invoices and keep tax records as tax law requires, and access records for six months as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("browsing").Retention.Period == policy.Months(6)
		}},
		{says: "when you ask for your CPF on the invoice, the invoice carries it to the state's finance department, whose invoice programme may reward you", typed: func(p *policy.Policy) bool {
			r := recipient(p, "sefaz")
			return r.Role == policy.RoleAuthority && r.Conditional && slices.Contains(p.Purpose("records").Recipients, r)
		}},
		{says: "our customer service answers you and handles exchanges, returns and complaints", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we record calls to customer service and tell you so at the start", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "to apply for Meu Cartão you give your document, occupation and income, and Realize issues and runs the card, its bills, loans and instalments under the contract", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("meu-cartao")
			return pu.RestsOn(policy.BasisContract, policy.LGPD) && pu.Uses(p.Category("application")) && pu.Required != ""
		}},
		{says: "a photo of your face taken when you apply is compared with your document, to prevent fraud in your name (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("identity")
			return p.Category("biometric").Biometric && pu.RestsOn(policy.BasisFraudPrevention, policy.LGPD) && pu.Uses(p.Category("biometric"))
		}},
		{says: "your card account is covered by bank secrecy, as Realize is a financial institution", typed: func(p *policy.Policy) bool {
			return p.Category("card-account").Secrecy.Kind == policy.SecrecyBanking
		}},
		{says: "we consult the Central Bank's SCR, the credit bureaus and the positive credit register", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail != "" && len(p.Category("credit").Items) == 3
		}},
		{says: "we analyse your credit on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").RestsOn(policy.BasisCreditProtection, policy.LGPD) && slices.Contains(p.Purpose("credit").Recipients, recipient(p, "bureaus"))
		}},
		{says: "whether the card is approved, and its limit, are decided by automated models, and you may ask for a review (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "Realize knows its customers, prevents money laundering and reports to the Central Bank's SCR and to COAF, as the law requires (Art. 7(II))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("kyc")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(pu.Obligations) == 3 && recipient(p, "regulators").Role == policy.RoleAuthority
		}},
		{says: "we keep the records of the card for ten years, as the Central Bank's rules require", typed: func(p *policy.Policy) bool {
			return p.Category("card-account").Retention.Period == policy.Years(10) && p.Category("card-account").Retention.Law != ""
		}},
		{says: "the card network receives what it needs for purchases with the card outside our stores", typed: func(p *policy.Policy) bool {
			return recipient(p, "networks").Purpose != "" && slices.Contains(p.Purpose("meu-cartao").Recipients, recipient(p, "networks"))
		}},
		{says: "the insurers whose insurance we offer with the card receive your data when you take it out", typed: func(p *policy.Policy) bool { return recipient(p, "insurers").Conditional }},
		{says: "we check orders and card purchases with anti-fraud companies, in our legitimate interest and to protect credit (Art. 7(IX), 7(X))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("fraud")
			return pu.RestsOn(policy.BasisCreditProtection, policy.LGPD) && pu.HasBasis(policy.BasisLegitimateInterests) && recipient(p, "antifraud").Role == policy.RoleProcessor
		}},
		{says: "we may cancel an order or block a card we suspect of fraud, and you may talk to customer service about it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Targets, policy.SuspensionTargetCard) && s.Contestable()
		}},
		{says: "collection agencies collect overdue bills for us, and credit bureaus record unpaid debts", typed: func(p *policy.Policy) bool {
			return recipient(p, "collection").Role == policy.RoleProcessor && slices.Contains(p.Purpose("collection").Recipients, recipient(p, "bureaus"))
		}},
		{says: "we show you products from what you buy and browse, in our legitimate interest, and you may object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return pu.Profiling && pu.OptOut && pu.Interest != ""
		}},
		{says: "we infer from your purchases and browsing which styles and sizes you like", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 2 && p.Category("inferred").Sources[0] == policy.SourceDerived
		}},
		{says: "we send offers by email, SMS, WhatsApp and notifications, and you may stop them by the link in each message or in your settings", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.OptOutHow != "" && hasRight(p, policy.RightObjection)
		}},
		{says: "the companies of the group, Realize among them, receive your data to serve you and offer their products", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Purpose != "" && slices.Contains(p.Purpose("marketing").Recipients, recipient(p, "group"))
		}},
		{says: "analytics and advertising cookies are set with your consent in the cookie banner, which you may change", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool && p.Links.CookieSettings != ""
		}},
		{says: "necessary cookies keep you signed in and keep the bag", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "we analyse how our websites, apps and stores are used to improve them", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "cameras in our stores record images for the safety of people and goods", typed: func(p *policy.Policy) bool {
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
		{says: "requests go through the privacy form on our website, we confirm who you are, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(15) && p.Links.RequestForm != "" && len(p.Requests.Verification) == 2
		}},
		{says: "Realize's ombudsman reviews complaints about the card that customer service did not resolve", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Redress, func(r policy.Redress) bool { return r.Kind == policy.RedressOmbudsman && r.Contact.Phone != "" })
		}},
		{says: "we encrypt connections, train our staff and give them access only to what their work needs", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we never ask for your password or card details by phone, email or WhatsApp; keep them secret", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "websites and social networks we link to have their own privacy policies, which this one does not cover", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "registration, purchases and the card are for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we publish changes on our website and tell you of material ones by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail) && slices.Contains(p.Changes.Notify, policy.ChannelHomePage)
		}},
		{says: "purchases with Meu Cartão in our stores earn the discounts and offers of the card's programme", free: toPurpose("meu-cartao")},
	}}
}

// realPolicyBr9Unimed paraphrases, in our own words and as we recall it,
// the privacy policy of Unimed-BH Cooperativa de Trabalho Médico, the
// medical cooperative that runs a health plan in Belo Horizonte with its
// own hospitals, emergency units, health promotion centres and
// laboratory, for its beneficiaries and patients, as published in
// 2024-2025: the registration of holders and dependants, the health
// declaration, the medical record kept under medical secrecy, the
// authorisation of procedures by the cooperated doctors and the
// accredited network, the token that confirms each service, care
// anywhere in Brazil through the other cooperatives of the Unimed System,
// the reports the ANS and the health authorities receive, health
// programmes, the ombudsman and the ANS, and the rights of LGPD Art. 18.
func realPolicyBr9Unimed() realPolicy {
	medicalSecrecy := policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{
		{Act: "the Code of Medical Ethics (CFM Resolution No. 2,217/2018), Art. 73", Region: regionBR}, {Act: "the Penal Code, Art. 154", Region: regionBR}}}
	contract := "as long as the contract lasts and then for the periods the law, the ANS's rules and the time limits for claims require"
	registration := &policy.Category{ID: "registration", Name: "Registration data of holders and dependants",
		Items: []string{"full name and social name", "CPF and identity card", "date of birth and sex", "mother's name", "address, phone number and email address",
			"number of the National Health Card (CNS)", "the dependant's relationship to the holder"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "the company or association that contracts a collective plan for you, and the broker who sells it",
		Retention:    policy.ByCriteria(contract)}
	plan := &policy.Category{ID: "plan", Name: "Plan data",
		Items:       []string{"the plan you hold, its coverage, its network and its waiting periods", "your card number and whether you are the holder or a dependant", "monthly fees, co-payments and their payment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria(contract)}
	declaration := &policy.Category{ID: "health-declaration", Name: "Health declaration",
		Items:       []string{"the illnesses and injuries you know you or your dependants have when the plan is contracted", "the answers given to the doctor who helps fill it in, where you ask for one"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: medicalSecrecy,
		Retention: policy.ByCriteria("as long as the contract lasts and then for the time limits for claims about it")}
	record := &policy.Category{ID: "medical-record", Name: "Medical record",
		Items: []string{"your medical history, diagnoses and the notes of the professionals who treat you in our units", "the results and images of your exams",
			"prescriptions, procedures, vaccines and hospital stays", "what is said and seen in an online consultation"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Secrecy: medicalSecrecy, Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(20), From: policy.EventLastActivity,
			Law: "Law No. 13,787/2018, Art. 6, and CFM Resolution No. 1,821/2007, for medical records"}}
	authorisations := &policy.Category{ID: "authorisations", Name: "Authorisations and medical bills",
		Items: []string{"the requests for exams, procedures and hospital stays that we authorise", "the bills the cooperated doctors and the accredited network send us, with the codes of the procedures and diagnoses",
			"the care you receive from other cooperatives of the Unimed System"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "the cooperated doctors, hospitals, clinics and laboratories that ask for them and bill us, and the other Unimed cooperatives that treat you",
		Linked:       true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	token := &policy.Category{ID: "token", Name: "Service token", Items: []string{"the code the app generates, or we send you by SMS, that you give to confirm each consultation, exam or procedure"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	payment := &policy.Category{ID: "payment", Name: "Payment and reimbursement data", Items: []string{"bank slips and card or account debits", "the bank account to which we pay reimbursements"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for tax records"}}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"calls, chats and messages with our customer service", "complaints to our ombudsman and those the ANS forwards to us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the ANS, which forwards the complaints made to it",
		Linked: true, RecordingNotice: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	cctv := &policy.Category{ID: "cctv", Name: "Images from cameras in our units", Items: []string{"images of people in our hospitals, emergency units and other units"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed for the security of our units and to look into an incident")}
	web := &policy.Category{ID: "web", Name: "Website and app use", Items: []string{"IP address, with date and time", "device and browser", "pages and screens you use", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}

	network := &policy.Recipient{ID: "network", Name: "our cooperated doctors and the hospitals, clinics and laboratories of our accredited network", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, plan, record, authorisations, token}, Country: regionBR,
		Purpose: "to treat you, ask us to authorise your procedures and bill us for them"}
	system := &policy.Recipient{ID: "unimed-system", Name: "the other cooperatives of the Unimed System and Unimed do Brasil", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, plan, authorisations}, Country: regionBR, Conditional: true,
		Purpose: "you are treated in the area of another Unimed, which checks your coverage with us, treats you through its network and bills us for the care"}
	contractor := &policy.Recipient{ID: "contractor", Name: "the company or association that contracts your collective plan", Role: policy.RoleThirdParty,
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
	vendors := &policy.Recipient{ID: "vendors", Name: "cloud, technology, online consultation, call centre and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, plan, record, authorisations, service, web}, Country: regionUS}
	collection := &policy.Recipient{ID: "collection", Name: "debt collection agencies", Role: policy.RoleProcessor, Categories: []*policy.Category{registration, plan, payment}, Country: regionBR,
		Purpose: "to collect overdue monthly fees on our behalf"}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{web}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, Procon, the police and the Public Prosecutor's Office", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, plan, record, service, cctv}, Country: regionBR, Conditional: true, Purpose: "a court orders it, or the law otherwise requires it"}

	contracting := &policy.Purpose{ID: "contracting", Name: "Contracting your plan and registering you and your dependants", Categories: []*policy.Category{registration, plan, declaration},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{brokers, contractor, vendors},
		Required: "a plan cannot be contracted without the registration data of each beneficiary and the health declaration the ANS's rules provide for"}
	coverage := &policy.Purpose{ID: "coverage", Name: "Running your plan: authorising and paying for your care by our cooperated doctors and accredited network, and auditing the bills",
		Categories: []*policy.Category{registration, plan, authorisations, record, token},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{network, contractor, vendors}}
	interchange := &policy.Purpose{ID: "interchange", Name: "Having you treated anywhere in Brazil by the other cooperatives of the Unimed System",
		Categories: []*policy.Category{registration, plan, authorisations},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{system}}
	care := &policy.Purpose{ID: "care", Name: "Treating you in our hospitals, emergency units, health promotion centres and laboratory, and by online consultation",
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
	fraud := &policy.Purpose{ID: "fraud", Name: "Confirming with the token that you are the one being treated, and preventing the use of your card by others",
		Categories: []*policy.Category{registration, plan, token, authorisations},
		Bases:      []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests},
		Interest:   "keeping our beneficiaries' plans from being used by others and protecting the cooperative and its members from the cost of fraud",
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
	app := &policy.Purpose{ID: "app", Name: "Running our website and app and keeping access records", Categories: []*policy.Category{registration, plan, web},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{vendors},
		Obligations: []policy.Obligation{{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Offering you our plans and services", Categories: []*policy.Category{registration, plan},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our beneficiaries products and services of the cooperative that may suit them", OptOut: true,
		OptOutHow: "by the link in each message or by asking our customer service", Recipients: []*policy.Recipient{vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and measuring our campaigns", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{registration, plan, declaration, record, authorisations, service},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Unimed-BH Cooperativa de Trabalho Médico", Address: "Belo Horizonte, MG, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "encarregado@unimedbh.example", Website: "https://unimedbh.example/privacidade"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 15), Updated: policy.MakeDate(2025, time.January, 15),
		Laws: []policy.Law{policy.LGPD},
		Scope: []string{"the health plans of Unimed-BH", "our hospitals, emergency units, health promotion centres and laboratory",
			"our website and the Unimed-BH app"},
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Categories: []*policy.Category{registration, plan, declaration, record, authorisations, token, payment, service, cctv, web},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes: []*policy.Purpose{contracting, coverage, interchange, care, records, reporting, notification, fraud, programmes, support, billing, security, app,
			offers, advertising, claims},
		Recipients: []*policy.Recipient{network, system, contractor, brokers, ans, health, payments, vendors, collection, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{registration, plan, record, authorisations, service, web}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{web}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion:    []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: app, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app or through the privacy portal"}, {Kind: policy.RightRectification, How: "in the app or at our customer service"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, by the link in each message"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument},
			WithoutAccount: "through the privacy portal or by writing to the encarregado"},
		Redress: []policy.Redress{
			{Kind: policy.RedressOmbudsman, Contact: policy.Contact{Name: "Ouvidoria Unimed-BH", Phone: "0800 000 0000"}},
			{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "the National Supplementary Health Agency (ANS)", Phone: "0800 701 9656", Website: "https://www.gov.br/ans"}},
		},
		Links: policy.Links{RequestForm: "https://unimedbh.example/privacidade", CookieSettings: "https://unimedbh.example/privacidade/cookies"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege},
			{Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureIncidentDetection}},
		Children: policy.Children{BestInterest: true, MinimumAge: 18, ParentalConsent: true},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact:  policy.Contact{Email: "encarregado@unimedbh.example"},
	}
	return realPolicy{"medical cooperative and health plan (Unimed-BH)", p, []statement{
		{says: "Unimed-BH Cooperativa de Trabalho Médico in Belo Horizonte, with its CNPJ, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && strings.Contains(p.Controller.Name, "Cooperativa")
		}},
		{says: "the policy covers our health plans, our hospitals, emergency units, health promotion centres and laboratory, and our website and app", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3
		}},
		{says: "the encarregado answers by email and through the privacy portal", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Website != ""
		}},
		{says: "we collect the name, social name, CPF, identity card, date of birth, sex, mother's name, contact details, National Health Card and relationship to the holder of each beneficiary", typed: func(p *policy.Policy) bool {
			return len(p.Category("registration").Items) == 7 && p.Category("registration").Linked
		}},
		{says: "the holder gives us the data of the dependants, must be entitled to give it, and tells them of this policy", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("registration").Sources, policy.SourceOtherUsers) && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "keep your data up to date and tell us when it changes", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		{says: "for a collective plan we receive your data from the company or association that contracts it, and from the broker", typed: func(p *policy.Policy) bool {
			c := p.Category("registration")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "broker")
		}},
		{says: "we record your plan, its coverage, network and waiting periods, your card and your payments", typed: func(p *policy.Policy) bool {
			return len(p.Category("plan").Items) == 3
		}},
		{says: "when the plan is contracted you declare the illnesses and injuries you and your dependants know of, and may have a doctor help you", typed: func(p *policy.Policy) bool {
			c := p.Category("health-declaration")
			return c.Sensitivity == policy.SensitivitySpecial && p.Purpose("contracting").Uses(c)
		}},
		{says: "contracting the plan and registering you rest on the contract and, for health data, on the regular exercise of rights in a contract (Art. 7(V), 11(II)(d))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("contracting")
			return pu.RestsOn(policy.BasisContract, policy.LGPD) && pu.RestsOn(policy.BasisExerciseOfRights, policy.LGPD) && pu.Required != ""
		}},
		{says: "we do not use health data to select risks when a plan is contracted or a beneficiary is taken in or excluded, as the law forbids (Art. 11(5))", free: toCategory("health-declaration")},
		{says: "your medical record in our units holds your history, diagnoses, exams, prescriptions, procedures, vaccines, stays and online consultations", typed: func(p *policy.Policy) bool {
			return len(p.Category("medical-record").Items) == 4 && p.Category("medical-record").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "health data is covered by medical secrecy, under the Code of Medical Ethics and the Penal Code", typed: func(p *policy.Policy) bool {
			s := p.Category("medical-record").Secrecy
			return s.Kind == policy.SecrecyMedical && len(s.Laws) == 2 && p.Category("health-declaration").Secrecy.Kind == policy.SecrecyMedical
		}},
		{says: "our professionals treat you on the ground of the protection of health (Art. 7(VIII), 11(II)(f))", typed: func(p *policy.Policy) bool {
			return p.Purpose("care").RestsOn(policy.BasisHealthProtection, policy.LGPD) && p.Purpose("care").Uses(p.Category("medical-record"))
		}},
		{says: "we keep medical records for at least twenty years from the last entry, as the law requires", typed: func(p *policy.Policy) bool {
			r := p.Category("medical-record").Retention
			return r.Period == policy.Years(20) && r.Law != "" && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "we authorise your exams, procedures and stays and audit the bills of the cooperated doctors and the network that treat you, under the contract", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("coverage")
			return pu.Uses(p.Category("authorisations")) && pu.HasBasis(policy.BasisContract) && p.Category("authorisations").SourceDetail != ""
		}},
		{says: "our cooperated doctors and the hospitals, clinics and laboratories of the accredited network receive what they need to treat you and bill us", typed: func(p *policy.Policy) bool {
			r := recipient(p, "network")
			return r.Role == policy.RoleThirdParty && slices.Contains(r.Categories, p.Category("medical-record")) && r.Purpose != ""
		}},
		{says: "when you are treated in the area of another Unimed, that cooperative and Unimed do Brasil receive your registration, plan and the care you receive, to check your coverage, treat you and bill us", typed: func(p *policy.Policy) bool {
			r := recipient(p, "unimed-system")
			return r.Conditional && slices.Contains(p.Purpose("interchange").Recipients, r) && !slices.Contains(r.Categories, p.Category("medical-record"))
		}},
		{says: "you give the token from the app or an SMS at each consultation, exam or procedure, to confirm that you are the one being treated (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("fraud")
			return pu.Uses(p.Category("token")) && pu.RestsOn(policy.BasisFraudPrevention, policy.LGPD)
		}},
		{says: "we look for fraud in the use of plans in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Interest != ""
		}},
		{says: "the company or association that contracts your collective plan receives your registration, plan and co-payments, never your diagnoses or medical record", typed: func(p *policy.Policy) bool {
			r := recipient(p, "contractor")
			return !slices.Contains(r.Categories, p.Category("medical-record")) && !slices.Contains(r.Categories, p.Category("authorisations")) &&
				slices.Contains(r.Categories, p.Category("payment"))
		}},
		{says: "brokers receive what they need to prepare your proposal", typed: func(p *policy.Policy) bool { return recipient(p, "brokers").Purpose != "" }},
		{says: "we share health data for economic advantage only to provide health services and health care, as the law allows (Art. 11(4))", free: toCategory("medical-record")},
		{says: "we report our beneficiaries to the ANS's register and the care we pay for in the TISS standard, as the law on health plans requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("ans-reporting")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(pu.Obligations) == 2 && recipient(p, "ans").Role == policy.RoleAuthority
		}},
		{says: "when you are treated in the public health system, the ANS tells us so that we reimburse it (Art. 32 of the law on health plans)", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Purpose("ans-reporting").Obligations, func(o policy.Obligation) bool { return strings.Contains(o.Act, "32") }) &&
				slices.Contains(recipient(p, "ans").Categories, p.Category("authorisations"))
		}},
		{says: "we report notifiable diseases and vaccinations to the health authorities", typed: func(p *policy.Policy) bool {
			return p.Purpose("notification").RestsOn(policy.BasisLegalObligation, policy.LGPD) && recipient(p, "health-authorities").Role == policy.RoleAuthority
		}},
		{says: "we invite beneficiaries whose care suggests it to programmes of health promotion, prevention and care of chronic illness, and you may decline", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("programmes")
			return pu.Profiling && pu.OptOut && pu.OptOutHow != "" && pu.RestsOn(policy.BasisHealthProtection, policy.LGPD)
		}},
		{says: "we never use your health data for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("medical-record").Commitments, policy.CommitmentNoAdvertisingUse) && !p.Purpose("offers").Uses(p.Category("medical-record"))
		}},
		{says: "we offer you our plans and services in our legitimate interest, and you may opt out by the link in each message", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("offers")
			return pu.DirectMarketing && pu.OptOut && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "our customer service and ombudsman answer you, as the rules on customer service and on operators' ombudsmen require, and we answer the complaints the ANS forwards", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("service")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(pu.Obligations) == 2 && slices.Contains(p.Category("service").Sources, policy.SourceThirdParty)
		}},
		{says: "we record calls to customer service and tell you so at the start", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "we charge monthly fees and co-payments, pay reimbursements and keep tax records, through banks and payment providers", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("billing")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && pu.HasBasis(policy.BasisContract) && slices.Contains(pu.Recipients, recipient(p, "payments"))
		}},
		{says: "collection agencies collect overdue monthly fees for us", typed: func(p *policy.Policy) bool { return recipient(p, "collection").Role == policy.RoleProcessor }},
		{says: "cameras in our units record images for the safety of patients, staff and property", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("cctv")) && p.Purpose("security").Interest != ""
		}},
		{says: "we keep access records of our website and app for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Category("web").Retention.Period == policy.Months(6) && p.Purpose("app").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "advertising and analytics cookies are set with your consent, which you may change in the cookie settings; necessary cookies are always set", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "necessary").StrictlyNecessary && p.Links.CookieSettings != ""
		}},
		{says: "cloud, technology, online consultation and call centre providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses && p.Transfers[0].Destination == regionUS
		}},
		{says: "we give data to courts, Procon and other authorities when the law or an order requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we may use anonymised data for studies of the health of our beneficiaries", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").RestsOn(policy.BasisExerciseOfRights, policy.LGPD)
		}},
		{says: "we keep registration and plan data while the contract lasts and then for the periods the law, the ANS and the limits for claims require", typed: func(p *policy.Policy) bool {
			return p.Category("plan").Retention.Kind == policy.RetentionCriteria && p.Category("registration").Retention.Criteria != ""
		}},
		{says: "when you ask us to delete your data, we keep what the law obliges us to keep, such as the medical record, and what we need for disputes", typed: func(p *policy.Policy) bool {
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
		{says: "requests are made in the app, through the privacy portal or to the encarregado, we confirm who you are, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(15) && p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "if our customer service did not resolve your complaint, you may turn to our ombudsman and then to the ANS", typed: func(p *policy.Policy) bool {
			return len(p.Redress) == 2 && p.Redress[0].Kind == policy.RedressOmbudsman && p.Redress[1].Kind == policy.RedressRegulator
		}},
		{says: "we encrypt connections, control access, give staff only what their work needs, train them and watch for incidents", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "the data of children and adolescents who are our beneficiaries is given by their parents or guardians", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.MinimumAge == 18
		}},
		{says: "we process the data of children and adolescents in their best interest", typed: func(p *policy.Policy) bool { return p.Children.BestInterest }},
		{says: "we publish changes on our website", typed: func(p *policy.Policy) bool { return slices.Contains(p.Changes.Notify, policy.ChannelHomePage) }},
		{says: "the cooperated doctors who treat you are members of the cooperative, bound by medical secrecy like its staff", free: toIntroduction},
	}}
}
