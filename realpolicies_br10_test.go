package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The policies below paraphrase, in our own words and as we recall them,
// three privacy policies under the LGPD as published in 2024-2025: that of
// a federal mixed-capital bank that is also the government's agent for
// rural credit and the PASEP fund, with fingerprints at its cash machines
// and a conglomerate of insurers and asset managers (Banco do Brasil), of
// an airline group's Brazilian carrier with its loyalty programme, its
// group in Chile and facial boarding (LATAM Airlines Brasil), and of a
// retailer of furniture and electronics that sells on instalment credit of
// its own, through its stores, apps, salespeople on WhatsApp and an online
// marketplace (Grupo Casas Bahia).

// realPolicyBr10BancoDoBrasil paraphrases, in our own words and as we
// recall it, the privacy notice of Banco do Brasil S.A. and the companies
// of its conglomerate in Brazil, as published in 2024-2025: the
// registration a customer gives at a branch or in the app, fingerprints
// at the cash machines and the face in the app, bank secrecy, Pix, the
// Central Bank's registers, credit on the ground of credit protection and
// the positive credit register, rural credit with the location of the
// property financed and its report to the Central Bank, the PASEP
// accounts the bank keeps for public servants, the investor profile, Open
// Finance on consent, the Mais BB correspondents, the insurers and other
// companies of the conglomerate, the virtual assistant on WhatsApp,
// cameras in branches, the ombudsman, accounts of minors, and the rights
// of LGPD Art. 18.
func realPolicyBr10BancoDoBrasil() realPolicy {
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Complementary Law No. 105/2001", Region: regionBR}}}
	tenYears := policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
		Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of customer due diligence"}
	registration := &policy.Category{ID: "registration", Name: "Registration data",
		Items: []string{"full name and social name", "CPF", "number of your identity card or driving licence", "date of birth", "names of your parents",
			"nationality and place of birth", "marital status", "address, email address and phone numbers", "occupation, income and assets",
			"whether you are a politically exposed person"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "the public body or company that pays your salary or benefit into an account with us, and public registers such as that of the Federal Revenue",
		Retention:    tenYears}
	linked := &policy.Category{ID: "linked-people", Name: "Data of people linked to you",
		Items:       []string{"the name, CPF and contact details of your legal representatives and attorneys", "those of the guarantors of your loans", "those of the beneficiaries of your insurance and pension plans"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true, Retention: tenYears}
	documents := &policy.Category{ID: "documents", Name: "Documents and signature",
		Items:       []string{"copy or photo of your identity card (RG) or driving licence (CNH)", "proof of address and of income", "your signature"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: tenYears}
	biometric := &policy.Category{ID: "biometric", Name: "Biometrics",
		Items: []string{"your fingerprints, registered at a branch, with which you withdraw money and confirm transactions at our cash machines",
			"the image of your face, which the app compares with your document when you open an account, enable the app on a new phone or confirm a large transaction"},
		Biometric: true, Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	financial := &policy.Category{ID: "financial", Name: "Financial data",
		Items: []string{"balance and statement of your accounts", "Pix, transfers, bills paid, deposits and withdrawals", "purchases and bills of your Ourocard cards",
			"loans, financing, consortia, investments, insurance, pension plans and capitalisation bonds you take out with the conglomerate"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Secrecy: secrecy,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventCollection,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of transactions"}}
	pixKeys := &policy.Category{ID: "pix", Name: "Pix keys", Items: []string{"the CPF, phone number, email address or random key you register"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"records of the Central Bank's credit information system (SCR)", "your positive credit history (Cadastro Positivo)", "credit scores and records of unpaid debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the Central Bank's SCR and the credit bureaus", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	rural := &policy.Category{ID: "rural", Name: "Rural credit data",
		Items: []string{"the location and boundaries of the property financed, with its geographic coordinates", "its entry in the Rural Environmental Registry (CAR)",
			"the crop or herd financed, its area and the harvest you expect", "satellite images of the property that show how the crop is going"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourcePublic}, Linked: true,
		SourceDetail: "the Rural Environmental Registry, the land registers and providers of satellite images",
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of transactions"}}
	pasep := &policy.Category{ID: "pasep", Name: "PASEP accounts", Items: []string{"the balance and movements of your individual PASEP account", "the public bodies you worked for and the deposits they made"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the public bodies that employ you and the National Treasury", Linked: true,
		Retention: policy.ByCriteria("as long as the PASEP fund and the law on it require")}
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
		Items:       []string{"recordings of calls to our call centre", "your conversations with our virtual assistant and staff on WhatsApp and in the app", "complaints to the ombudsman"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	cctv := &policy.Category{ID: "cctv", Name: "Images from cameras", Items: []string{"images of people in our branches and self-service areas"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed for the security of our branches and to look into an incident")}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the products of the conglomerate you are likely to want"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{registration, financial, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	conglomerate := &policy.Recipient{ID: "conglomerate", Name: "the companies of the Banco do Brasil conglomerate, such as those of BB Seguridade (Brasilseg, Brasilprev and Brasilcap), BB Consórcios and BB Asset",
		Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, linked, financial, investor, inferred}, Country: regionBR,
		Purpose: "to provide the insurance, pension plans, consortia, investment funds and other products each of them offers, to manage the conglomerate's risks, and to offer you their products"}
	payees := &policy.Recipient{ID: "payees", Name: "people and businesses you pay or who pay you", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, pixKeys}, Country: regionBR, Conditional: true,
		Purpose: "you make or receive a Pix or a transfer, which shows your name, part of your CPF and your bank to the other party"}
	cardNetworks := &policy.Recipient{ID: "card-networks", Name: "card networks, such as Elo, Visa and Mastercard, and the acquirers of the stores where you buy", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Purpose: "to authorise and settle the purchases you make with your Ourocard cards, in Brazil and abroad"}
	correspondents := &policy.Recipient{ID: "correspondents", Name: "the Mais BB banking correspondents", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, documents, financial}, Country: regionBR,
		Purpose: "to receive your payments, deposits and withdrawals, and your proposals for accounts and loans, in the stores where they serve on our behalf"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, credit, financial}, Country: regionBR,
		Purpose: "to analyse your credit, keep your positive credit history and record unpaid debts"}
	regulators := &policy.Recipient{ID: "regulators", Name: "the Central Bank of Brazil, the Securities Commission (CVM), the Superintendence of Private Insurance (SUSEP), COAF and the Federal Revenue",
		Role: policy.RoleAuthority, Categories: []*policy.Category{registration, financial, pixKeys, credit, rural}, Country: regionBR,
		Purpose: "to register Pix keys in the Central Bank's directory, register you in the register of customers of the financial system (CCS), report loans to the SCR and rural loans to the Central Bank's rural credit system (SICOR), report suspicious transactions to COAF and report financial transactions to the Federal Revenue"}
	treasury := &policy.Recipient{ID: "government", Name: "the National Treasury and the ministries whose programmes we run as the federal government's financial agent", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, rural, pasep}, Country: regionBR,
		Purpose: "to account for the public funds and interest subsidies of rural credit and other government programmes, and for the PASEP accounts we keep"}
	courts := &policy.Recipient{ID: "courts", Name: "courts, the police, the Public Prosecutor's Office and the Federal Court of Accounts", Role: policy.RoleAuthority,
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
	abroad := &policy.Recipient{ID: "abroad", Name: "our branches and subsidiaries abroad, and the banks abroad that take part in your foreign exchange and international transfers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Conditional: true, Purpose: "you buy or sell foreign currency or send or receive money from abroad"}

	accounts := &policy.Purpose{ID: "accounts", Name: "Opening and running your accounts and cards and making your payments, transfers and Pix",
		Categories: []*policy.Category{registration, linked, documents, financial, pixKeys, device},
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
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{conglomerate},
		Obligations: []policy.Obligation{{Act: "CVM Resolution No. 30/2021 (suitability)", Region: regionBR}},
		Required:    "the Securities Commission's rules require the profile; without it we cannot recommend investments to you"}
	authentication := &policy.Purpose{ID: "authentication", Name: "Confirming that it is you, with your fingerprints at our cash machines and your face in the app",
		Categories: []*policy.Category{registration, biometric, device},
		Bases:      []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "making sure that only you use your account, cards and money",
		Recipients: []*policy.Recipient{vendors},
		Required:   "registering your fingerprints is up to you; without them you withdraw money at our cash machines with your card and passwords"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and scams", Categories: []*policy.Category{registration, financial, location, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisCreditProtection}, Interest: "keeping our customers' accounts and money safe from fraud and scams",
		Recipients: []*policy.Recipient{vendors},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundUnauthorised},
			Contest: "by calling our call centre or going to your branch"}}
	lending := &policy.Purpose{ID: "credit", Name: "Analysing your credit and setting the limits of your cards, overdraft and loans",
		Categories: []*policy.Category{registration, financial, credit, openFinanceIn},
		Bases:      []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus},
		Automated:     "the credit we offer you and the limits of your cards and overdraft are set by models that weigh your income, your relationship with us and your credit records",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial}}
	positive := &policy.Purpose{ID: "positive-credit", Name: "Sending your payment history to the positive credit register", Categories: []*policy.Category{registration, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Law No. 12,414/2011 (positive credit register), as amended by Complementary Law No. 166/2019", Region: regionBR}}}
	ruralCredit := &policy.Purpose{ID: "rural-credit", Name: "Granting and following up rural credit, and reporting it to the Central Bank and the National Treasury",
		Categories: []*policy.Category{registration, rural, financial},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators, treasury},
		Obligations: []policy.Obligation{{Act: "the Central Bank's Rural Credit Manual (MCR), on the geographic coordinates of the property financed and the reports to SICOR", Region: regionBR},
			{Act: "Law No. 4,829/1965 (rural credit)", Region: regionBR}},
		Required: "rural credit cannot be granted without the location of the property and its entry in the Rural Environmental Registry, which the Central Bank's rules require"}
	pasepAccounts := &policy.Purpose{ID: "pasep", Name: "Keeping the PASEP accounts of public servants and paying what they are owed",
		Categories: []*policy.Category{registration, pasep},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{treasury},
		Obligations: []policy.Obligation{{Act: "Complementary Law No. 8/1970, which set up the PASEP and entrusted its accounts to Banco do Brasil", Region: regionBR}}}
	sharing := &policy.Purpose{ID: "open-finance", Name: "Sharing and receiving your data in Open Finance", Categories: []*policy.Category{registration, financial, openFinanceIn},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's Open Finance area or at the institution that receives the data",
		Recipients:        []*policy.Recipient{openFinanceOut},
		ConsentRequiredBy: []policy.Obligation{{Act: "Joint Resolution No. 1/2020 of the National Monetary Council and the Central Bank (Open Finance)", Region: regionBR}}}
	products := &policy.Purpose{ID: "conglomerate", Name: "Providing the insurance, pension plans, consortia, capitalisation bonds and investments of the companies of the conglomerate",
		Categories: []*policy.Category{registration, linked, financial, investor},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{conglomerate}}
	support := &policy.Purpose{ID: "service", Name: "Answering you through our call centre, the virtual assistant, our branches and the ombudsman",
		Categories: []*policy.Category{registration, financial, service},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{vendors},
		Obligations: []policy.Obligation{{Act: "Decree No. 11,034/2022 (customer service)", Region: regionBR},
			{Act: "Resolution CMN No. 4,860/2020 (ombudsmen of financial institutions)", Region: regionBR}}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you products of the conglomerate", Categories: []*policy.Category{registration, financial, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products suited to their profile and to how they use their accounts", OptOut: true, Profiling: true,
		OptOutHow: "in the app, by calling our call centre or by the link in each email", Recipients: []*policy.Recipient{conglomerate}}
	improve := &policy.Purpose{ID: "improve", Name: "Developing and improving our products, channels and virtual assistant", Categories: []*policy.Category{financial, device, service},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how our customers use our channels so that we make them simpler and better"}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and apps and measuring our campaigns", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of our website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	security := &policy.Purpose{ID: "security", Name: "Keeping our branches, customers and staff safe", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Interest: "protecting people and property in our branches and self-service areas",
		Obligations: []policy.Obligation{{Act: "Law No. 7,102/1983 (security of financial institutions), Art. 2", Region: regionBR}},
		Recipients:  []*policy.Recipient{courts}}
	collect := &policy.Purpose{ID: "collection", Name: "Collecting overdue instalments and bills", Categories: []*policy.Category{registration, linked, financial},
		Bases: []policy.Basis{policy.BasisExerciseOfRights, policy.BasisCreditProtection}, Recipients: []*policy.Recipient{collection, bureaus}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{registration, financial, service, cctv},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{courts}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Banco do Brasil S.A.", Address: "SAUN Quadra 5, Lote B, Brasília, DF, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Website: "https://bb.example/privacidade/encarregado"},
		Version: "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		URL:  "https://bb.example/privacidade",
		Laws: []policy.Law{policy.LGPD},
		Scope: []string{"the services of Banco do Brasil S.A. and of the companies of its conglomerate in Brazil",
			"our branches, cash machines, Mais BB correspondents, app, internet banking, call centre and WhatsApp channel"},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{registration, linked, documents, biometric, financial, pixKeys, credit, rural, pasep, investor, openFinanceIn, location, device, service, cctv, inferred},
		Storage:     []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes: []*policy.Purpose{accounts, kyc, regulatory, suitability, authentication, fraud, lending, positive, ruralCredit, pasepAccounts, sharing, products, support,
			marketing, improve, advertising, security, collect, claims},
		Recipients: []*policy.Recipient{conglomerate, payees, cardNetworks, correspondents, bureaus, regulators, treasury, courts, openFinanceOut, vendors, collection, adPartners, abroad},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{registration, documents, financial, device, service}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{device}, Safeguard: policy.SafeguardANPDClauses},
			{ChosenDestination: policy.ChosenDestinationPayee, Recipient: cardNetworks, Categories: []*policy.Category{registration, financial}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationPayee, Recipient: abroad, Categories: []*policy.Category{registration, financial}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud},
			KeptFor: policy.Years(10)}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: accounts, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app, in internet banking or at your branch"}, {Kind: policy.RightRectification, How: "in the app or at your branch"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "in the app or by calling our call centre"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking your branch or our call centre for a review of a credit decision"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument},
			WithoutAccount: "through the form of our privacy portal or at any branch"},
		Redress: []policy.Redress{{Kind: policy.RedressOmbudsman, Contact: policy.Contact{Name: "Ouvidoria BB", Phone: "0800 000 0000"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureIncidentDetection}, {Kind: policy.MeasureStaffTraining}},
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://bb.example/privacidade/cookies", RequestForm: "https://bb.example/privacidade/solicitacoes"},
		Children:   policy.Children{MinimumAge: 18, ParentalConsent: true, BestInterest: true},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Website: "https://bb.example/privacidade"},
	}
	return realPolicy{"bank (Banco do Brasil)", p, []statement{
		{says: "Banco do Brasil S.A., in Brasília, with its CNPJ, and the companies of its conglomerate in Brazil are the controllers", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && strings.Contains(p.Scope[0], "conglomerate")
		}},
		{says: "the notice covers our branches, cash machines, correspondents, app, internet banking, call centre and WhatsApp", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "WhatsApp")
		}},
		{says: "the encarregado answers through the form of our privacy portal", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Website != ""
		}},
		{says: "as a mixed-capital company that competes in the market, we are treated under the LGPD as a private company (Art. 24)", free: toIntroduction},
		{says: "we collect your name and social name, CPF, document number, date of birth, parents' names, nationality, marital status, contact details, occupation, income and assets, and whether you are politically exposed", typed: func(p *policy.Policy) bool {
			return len(p.Category("registration").Items) == 10 && p.Category("registration").Sources[0] == policy.SourceUser
		}},
		{says: "the public body or company that pays your salary or benefit into an account with us gives us your registration, and we check it against public registers", typed: func(p *policy.Policy) bool {
			c := p.Category("registration")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "salary")
		}},
		{says: "you give us the data of your representatives, attorneys, guarantors and beneficiaries, must be entitled to give it and must tell them of this notice", typed: func(p *policy.Policy) bool {
			return othersGive(p, "linked-people") && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "keep your registration up to date", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		{says: "we keep a copy of your RG or CNH, your proofs of address and income and your signature", typed: func(p *policy.Policy) bool {
			return len(p.Category("documents").Items) == 3 && p.Purpose("kyc").Uses(p.Category("documents"))
		}},
		{says: "the fingerprints you register at a branch let you withdraw money and confirm transactions at our cash machines, to keep others from using your account (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("authentication")
			return p.Category("biometric").Biometric && pu.RestsOn(policy.BasisFraudPrevention, policy.LGPD) && pu.Uses(p.Category("biometric"))
		}},
		{says: "registering your fingerprints is optional; without them you use your card and passwords", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("authentication").Required, "up to you")
		}},
		{says: "the app compares your face with your document when you open an account, enable the app on a new phone or confirm a large transaction", typed: func(p *policy.Policy) bool {
			return len(p.Category("biometric").Items) == 2 && p.Category("biometric").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "we process your balances, Pix, transfers, bills, Ourocard cards, loans, consortia, investments, insurance, pension plans and capitalisation bonds", typed: func(p *policy.Policy) bool {
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
		{says: "the Mais BB correspondents receive payments, deposits and proposals on our behalf in the stores where they serve", typed: func(p *policy.Policy) bool {
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
		{says: "under the Central Bank's special return mechanism for Pix (MED), we may block money received in a Pix reported as a scam and return it to the payer", free: toPurpose("fraud")},
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
		{says: "for rural credit we record the location and boundaries of the property, its entry in the CAR, the crop or herd financed, and satellite images of the property", typed: func(p *policy.Policy) bool {
			c := p.Category("rural")
			return len(c.Items) == 4 && slices.Contains(c.Sources, policy.SourcePublic) && c.SourceDetail != ""
		}},
		{says: "the Central Bank's Rural Credit Manual requires the coordinates of the property and the report of each rural loan to SICOR, and the National Treasury receives what it needs to pay the interest subsidies", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("rural-credit")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && slices.Contains(pu.Recipients, recipient(p, "government")) && pu.Required != ""
		}},
		{says: "we keep the PASEP accounts of public servants, as the law that set up the fund requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("pasep")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && pu.Uses(p.Category("pasep")) && p.Category("pasep").SourceDetail != ""
		}},
		{says: "with your consent we share data with, and receive data from, the institutions you choose in Open Finance, for the time you authorise", typed: func(p *policy.Policy) bool {
			return p.Purpose("open-finance").RestsOnConsent() && p.Category("open-finance").Retention.From == policy.EventConsentExpiry && len(p.Purpose("open-finance").ConsentRequiredBy) == 1
		}},
		{says: "the insurers, pension and capitalisation companies, consortium and asset managers of the conglomerate receive your data to provide the products you take out with them", typed: func(p *policy.Policy) bool {
			return p.Purpose("conglomerate").HasBasis(policy.BasisContract) && slices.Contains(p.Purpose("conglomerate").Recipients, recipient(p, "conglomerate"))
		}},
		{says: "our call centre, virtual assistant and ombudsman answer you, as the rules on customer service and on the ombudsmen of financial institutions require", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("service")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(pu.Obligations) == 2
		}},
		{says: "we record calls to our call centre, telling you at the start, and keep your conversations on WhatsApp and your complaints to the ombudsman", typed: func(p *policy.Policy) bool {
			return p.Category("service").RecordingNotice && len(p.Category("service").Items) == 3
		}},
		{says: "we offer you products of the conglomerate in our legitimate interest, and you may opt out in the app, by phone or by the link in each email", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.OptOutHow != "" && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we infer from your registration, accounts and use of our channels which products may suit you", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 3 && p.Purpose("marketing").Profiling
		}},
		{says: "we use data to improve our products, channels and virtual assistant, in our legitimate interest", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("improve")
			return pu.HasBasis(policy.BasisLegitimateInterests) && pu.Uses(p.Category("service"))
		}},
		{says: "card networks and acquirers receive what they need to process your card purchases, and a purchase abroad goes to the country where you pay (Art. 33(IX))", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.ChosenDestination == policy.ChosenDestinationPayee && t.Safeguard == policy.SafeguardContractNecessity && t.Recipient == recipient(p, "card-networks")
			})
		}},
		{says: "our branches abroad and other banks receive what they need for your foreign exchange and international transfers, because the contract needs it", typed: func(p *policy.Policy) bool {
			return recipient(p, "abroad").Conditional && slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool { return t.Recipient == recipient(p, "abroad") })
		}},
		{says: "cloud, technology, call centre and mailing providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses && p.Transfers[0].Destination == regionUS
		}},
		{says: "we give data to courts, police, prosecutors and the Federal Court of Accounts when a court lifts bank secrecy or the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "courts").Conditional
		}},
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we may use data in anonymised, aggregated form for statistics and studies", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "collection agencies and law firms collect overdue debts for us, and credit bureaus record unpaid debts", typed: func(p *policy.Policy) bool {
			return recipient(p, "collection").Role == policy.RoleProcessor && slices.Contains(p.Purpose("collection").Recipients, recipient(p, "bureaus"))
		}},
		{says: "cameras in our branches and self-service areas record images, as the law on the security of financial institutions requires", typed: func(p *policy.Policy) bool {
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
		{says: "necessary cookies keep internet banking working; analytics and advertising cookies are set with your consent, which you may change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "you may confirm processing, access, correct, anonymise, block, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object to offers, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are made in the app, through the form of our privacy portal or at a branch, we confirm who you are, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return r.Deadline == policy.Days(15) && r.WithoutAccount != "" && slices.Contains(r.Verification, policy.VerificationDocument) && p.Links.RequestForm != ""
		}},
		{says: "if our customer service did not resolve your complaint, you may turn to the Ouvidoria BB by phone", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Redress, func(r policy.Redress) bool { return r.Kind == policy.RedressOmbudsman && r.Contact.Phone != "" })
		}},
		{says: "we encrypt data, control access, train our staff and watch for incidents", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureIncidentDetection) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we never ask for your passwords or codes by phone, SMS, email or WhatsApp; keep them secret and report suspicious contacts", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "an account for a minor is opened by a parent or legal guardian, and we process the data of children and adolescents in their best interest", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.MinimumAge == 18 && p.Children.BestInterest
		}},
		{says: "we publish changes on our website and tell you of material ones in our channels", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelHomePage) && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "the virtual assistant on WhatsApp answers with artificial intelligence, and a member of our staff takes over when it cannot help", free: toPurpose("service")},
	}}
}

// realPolicyBr10LATAM paraphrases, in our own words and as we recall it,
// the privacy policy of the LATAM group as it applies in Brazil, where TAM
// Linhas Aéreas S.A. (LATAM Airlines Brasil) is the controller, as
// published in 2024-2025: bookings made by the passenger, by others or by
// travel agencies, the CPF and the identity document asked for at
// boarding, advance passenger information for the authorities of Brazil
// and of the countries flown to, facial boarding under the federal
// government's programme on consent, special assistance and the travel
// of minors under the Statute of the Child and Adolescent, the passenger
// rights of ANAC's rules, LATAM Pass and its partners, the group's
// companies in Chile, partner airlines, offers and advertising, and the
// rights of LGPD Art. 18.
func realPolicyBr10LATAM() realPolicy {
	regionCL := language.MustParseRegion("CL")
	hq := "Rua Ática, 673, São Paulo, SP, Brazil"

	booking := &policy.Category{ID: "booking", Name: "Booking data",
		Items: []string{"the names of the passengers", "email address and phone number", "booking reference, flights, seats, bags and other services you buy",
			"the fare paid", "check-in and boarding status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "the travel agency or partner airline you booked through", OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to carry you and handle any claim, and then for the five years in which a consumer may claim damages (Consumer Defence Code, Art. 27)")}
	identity := &policy.Category{ID: "identity", Name: "Identity and travel documents",
		Items: []string{"CPF", "date of birth, sex and nationality", "type, number, issuing country and expiry of the identity document or passport you travel with",
			"visas and the address at your destination, where the country you fly to asks for them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the laws of Brazil and of the countries you fly to or from require, and no longer than needed to carry you")}
	face := &policy.Category{ID: "biometric", Name: "Facial biometrics for boarding",
		Items:     []string{"the image of your face taken at the boarding gate or when you enrol in the app", "the result of comparing it with the photo in the government's records"},
		Biometric: true, Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "the federal government's records of identity documents and driving licences, through SERPRO",
		Retention:    policy.Until(policy.EventConsentWithdrawal)}
	special := &policy.Category{ID: "special", Name: "Special assistance and special meals",
		Items: []string{"the assistance you need, such as a wheelchair or someone to accompany you", "medical conditions that affect your flight, the medical form (MEDIF) and the equipment you bring",
			"pregnancy past the week from which we ask for a medical certificate", "special meals you ask for, which may show your health or religion"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("until the flight is over and any claim about the assistance is settled")}
	minors := &policy.Category{ID: "minors", Name: "Travel of children and adolescents",
		Items: []string{"the child's name, age and identity document", "the authorisation of the parents or of a court for the child's travel",
			"the names, identity documents and phone numbers of the adults who hand over and collect a child who travels alone"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("until the journey is over and any claim about it is settled")}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the card type, the last digits and the expiry date", "the cardholder's name and CPF", "the instalments you choose", "the result of the payment and of fraud checks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers and anti-fraud providers",
		Linked: true, Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for invoices and tax records"}}
	pass := &policy.Category{ID: "latam-pass", Name: "LATAM Pass membership",
		Items: []string{"your LATAM Pass number and category", "name, CPF, date of birth, address, email address and phone number",
			"the points you earn and redeem, and with which partners", "your preferences, such as seat and meal"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the partners with which you earn points, such as the banks that issue LATAM Pass cards, stores, hotels and car rental companies", Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(5))}
	profile := &policy.Category{ID: "profile", Name: "Your commercial profile",
		Items:       []string{"the routes, cabins and times you fly", "how often you travel and how much you spend", "the offers likely to interest you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{booking, pass}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	service := &policy.Category{ID: "service", Name: "Customer service, claims and calls",
		Items: []string{"your calls, chats and messages with customer service, on WhatsApp too", "recordings of calls",
			"reports of delayed, damaged or lost baggage", "complaints, refund and compensation claims and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	online := &policy.Category{ID: "online", Name: "Website and app usage",
		Items:       []string{"IP address, with date and time", "device, browser and app version", "the flights you search for and the pages you view", "the push token of your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising cookie data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "whether an ad led to a purchase"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts")}

	group := &policy.Recipient{ID: "group", Name: "LATAM Airlines Group S.A., in Santiago, and the other airlines of the LATAM group in Chile, Peru, Colombia and Ecuador",
		Role: policy.RoleThirdParty, Categories: []*policy.Category{booking, identity, special, minors, pass, service}, Country: regionCL,
		Purpose: "to carry you on the flights they operate and to run the booking, customer service and LATAM Pass systems the group shares"}
	partners := &policy.Recipient{ID: "partners", Name: "our codeshare and interline partners, such as Delta Air Lines, with which we have a joint venture", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, identity, special, pass}, Conditional: true, OwnPolicy: true,
		Purpose: "your journey includes a flight they operate, to carry you and to credit your points or miles"}
	airports := &policy.Recipient{ID: "airports", Name: "the airports you fly from and to, and ground handling agents", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, identity, special, minors}, Purpose: "to check you in, board you and give you special assistance"}
	police := &policy.Recipient{ID: "federal-police", Name: "the Federal Police and the Federal Revenue", Role: policy.RoleAuthority,
		Categories: []*policy.Category{booking, identity}, Country: regionBR,
		Purpose: "to receive the advance passenger information and passenger name records of international flights that Brazilian law requires"}
	border := &policy.Recipient{ID: "border", Name: "the border, immigration and customs authorities of the countries you fly to or from",
		Role: policy.RoleAuthority, Categories: []*policy.Category{booking, identity},
		Purpose: "to receive the advance passenger information and passenger name records their laws require before a flight"}
	government := &policy.Recipient{ID: "embarque-seguro", Name: "the federal government's Embarque + Seguro programme, in which SERPRO compares your face with the government's records", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{face, identity}, Country: regionBR, Conditional: true, Purpose: "you choose to board with your face"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers, card schemes and anti-fraud providers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, payment}, Country: regionBR, Purpose: "to take your payment, refund you and screen payments for fraud"}
	passPartners := &policy.Recipient{ID: "pass-partners", Name: "LATAM Pass partners, such as the banks that issue LATAM Pass cards, stores, hotels and car rental companies", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{pass}, Country: regionBR, Conditional: true, OwnPolicy: true,
		Purpose: "you earn or redeem points with them, to check your membership and credit or debit your points"}
	travel := &policy.Recipient{ID: "travel", Name: "hotels, car rental companies and insurers whose services we sell", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, identity, payment}, Conditional: true, OwnPolicy: true, Purpose: "you buy a hotel stay, a car rental or travel insurance through us"}
	providers := &policy.Recipient{ID: "providers", Name: "cloud, IT, call centre, email and text message providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, identity, payment, pass, service, online}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our ads on other websites and apps and to measure them"}
	baggage := &policy.Recipient{ID: "baggage", Name: "the airlines and airports of your journey, through the industry's baggage tracing system", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, service}, Conditional: true, Purpose: "you report delayed, damaged or lost baggage, to find it and return it to you"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, the police, ANAC, Procon and other authorities", Role: policy.RoleAuthority, Country: regionBR,
		Categories: []*policy.Category{booking, identity, payment, service}, Conditional: true, Purpose: "the law or an order obliges us to disclose the data"}

	carriage := &policy.Purpose{ID: "carriage", Name: "Selling you flights and services, and carrying you",
		Categories: []*policy.Category{booking, identity, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{group, partners, airports, psps, providers},
		Required:   "without the names of the passengers, a contact and a means of payment we cannot sell you a flight"}
	boarding := &policy.Purpose{ID: "border", Name: "Identifying you at boarding and giving advance passenger information and passenger name records to the authorities",
		Categories: []*policy.Category{booking, identity}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{police, border, airports},
		Obligations: []policy.Obligation{{Act: "ANAC Resolution No. 400/2016, on the identification of passengers at boarding", Region: regionBR},
			{Act: "the rules of the Federal Revenue and the Federal Police on advance passenger information and passenger name records", Region: regionBR},
			{Act: "49 CFR Part 1560 (Secure Flight), for flights to and from the United States", Region: regionUS}},
		Required: "you cannot board without an identity document, and where the country you fly to requires travel document details before a flight, you cannot check in without giving them"}
	faceBoarding := &policy.Purpose{ID: "face-boarding", Name: "Letting you board with your face instead of your boarding pass and document",
		Categories: []*policy.Category{face, identity}, Bases: []policy.Basis{policy.BasisExplicitConsent}, Recipients: []*policy.Recipient{government, airports},
		Withdraw: "in the app, or by boarding with your document instead",
		Required: "boarding with your face is up to you; without it you board showing your boarding pass and identity document"}
	help := &policy.Purpose{ID: "assistance", Name: "Arranging the special assistance and special meals you ask for",
		Categories: []*policy.Category{special, booking}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Obligations: []policy.Obligation{{Act: "ANAC Resolution No. 280/2013, on passengers who need special assistance", Region: regionBR}},
		Recipients:  []*policy.Recipient{airports, group, partners},
		Withdraw:    "by cancelling the request with customer service, after which we cannot arrange the assistance or the meal",
		Required:    "asking is up to you; without the details of your needs we cannot arrange the assistance or the meal, and some conditions need a medical form before we can carry you"}
	children := &policy.Purpose{ID: "minors", Name: "Checking the authorisations for the travel of children and adolescents, and looking after those who travel alone",
		Categories: []*policy.Category{minors, booking}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract}, Recipients: []*policy.Recipient{airports, group},
		Obligations: []policy.Obligation{{Act: "Law No. 8,069/1990 (Statute of the Child and Adolescent), Art. 83 to 85", Region: regionBR},
			{Act: "Resolution No. 295/2019 of the National Council of Justice, on the travel of children and adolescents", Region: regionBR}},
		Required: "a child or adolescent under 16 who travels without a parent boards only with the authorisation the law requires, and we hand a child who travels alone only to an adult named in the form"}
	disruption := &policy.Purpose{ID: "disruption", Name: "Telling you of delays, cancellations and changes, assisting you and handling refunds",
		Categories: []*policy.Category{booking, service, payment}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "ANAC Resolution No. 400/2016, on the general conditions of carriage, Art. 20 to 30", Region: regionBR}},
		Recipients:  []*policy.Recipient{providers, psps},
		Required:    "if we do not have your own email address or phone number, we cannot tell you of a change to your flight"}
	care := &policy.Purpose{ID: "service", Name: "Answering your questions, complaints and baggage claims, and recording calls",
		Categories: []*policy.Category{service, booking, pass}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Decree No. 11,034/2022 (customer service)", Region: regionBR}}, Recipients: []*policy.Recipient{providers, group, baggage}}
	passPurpose := &policy.Purpose{ID: "latam-pass", Name: "Running LATAM Pass: crediting and redeeming your points, your category and its benefits",
		Categories: []*policy.Category{pass, booking}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{passPartners, partners, group, providers},
		Required: "joining needs your name, CPF, date of birth and contact details"}
	travelSales := &policy.Purpose{ID: "travel", Name: "Selling you hotel stays, car rentals and travel insurance of our partners",
		Categories: []*policy.Category{booking, identity, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{travel}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Sending you offers of flights, LATAM Pass and our partners by email, text message and app notification",
		Categories: []*policy.Category{booking, pass, profile}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers and members about flights, promotions and benefits like those they use", OptOut: true, Profiling: true,
		OptOutHow: "with the link in every email, in your LATAM Pass account or in the settings of your phone", Recipients: []*policy.Recipient{providers}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Screening payments, bookings and LATAM Pass accounts for fraud",
		Categories: []*policy.Category{payment, booking, pass, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisCreditProtection},
		Interest: "protecting our customers and us from fraudulent purchases and from the theft of points", Recipients: []*policy.Recipient{psps},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover},
			Contest: "through customer service"}}
	improve := &policy.Purpose{ID: "improve", Name: "Running our website and app, keeping them secure and measuring how they are used, to improve them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Obligations: []policy.Obligation{{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}},
		Interest:    "showing you the pages you ask for, defending our systems against attacks and learning what to improve", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Issuing invoices and keeping our tax records",
		Categories: []*policy.Category{payment, booking}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the National Tax Code (Law No. 5,172/1966)", Region: regionBR}}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{booking, service, payment}, Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "TAM Linhas Aéreas S.A. (LATAM Airlines Brasil)", Address: hq, Website: "https://www.latam.example"},
			Registration: "CNPJ 00.000.000/0001-00, a company of the LATAM Airlines Group", Country: regionBR},
		DPO:     &policy.Contact{Name: "Encarregado de Dados (data protection officer), LATAM Airlines Brasil", Email: "encarregado@latam.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 15), Updated: policy.MakeDate(2025, time.January, 15),
		URL:        "https://www.latam.example/br/privacidade",
		Laws:       []policy.Law{policy.LGPD},
		Scope:      []string{"latam.com, the LATAM app, our call centres, airport desks and aircraft, and LATAM Pass, for customers in Brazil"},
		External:   []policy.ExternalService{policy.ExternalLinkedSites},
		Categories: []*policy.Category{booking, identity, face, special, minors, payment, pass, profile, service, online, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service providers hold them."},
		},
		Purposes:   []*policy.Purpose{carriage, boarding, faceBoarding, help, children, disruption, care, passPurpose, travelSales, offers, fraud, improve, ads, records, claims},
		Recipients: []*policy.Recipient{group, partners, airports, police, border, government, psps, passPartners, travel, providers, adPartners, baggage, authorities},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionCL}, {Location: regionUS}},
		Transfers: []policy.Transfer{
			{Destination: regionCL, Recipient: group, Categories: []*policy.Category{booking, identity, special, minors, pass, service}, Safeguard: policy.SafeguardANPDClauses},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: border, Categories: []*policy.Category{booking, identity}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: partners, Categories: []*policy.Category{booking, identity, special, pass}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: providers, Categories: []*policy.Category{booking, identity, payment, pass, service, online}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{pass, profile},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptFor: policy.Years(5)}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for booking, login and security", Party: policy.PartyFirst, Purpose: carriage,
				Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "with the privacy request form on our website"}, {Kind: policy.RightRectification, How: "in your LATAM Pass account or with the form"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Days(15),
			WithoutAccount: "with the privacy request form on our website or by writing to the encarregado"},
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}},
		Links:      policy.Links{CookieSettings: "https://www.latam.example/br/cookies", RequestForm: "https://www.latam.example/br/privacidade/solicitacoes"},
		Children:   policy.Children{MinimumAge: 18, ParentalConsent: true, BestInterest: true},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}, EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "encarregado@latam.example"},
	}
	return realPolicy{"airline and loyalty programme (LATAM Airlines Brasil)", p, []statement{
		{says: "TAM Linhas Aéreas S.A. (LATAM Airlines Brasil), in São Paulo, a company of the LATAM Airlines Group, is the controller for customers in Brazil", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && strings.HasPrefix(p.Controller.Name, "TAM") && strings.Contains(p.Controller.Registration, "LATAM")
		}},
		{says: "the encarregado can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" && p.DPO.Name != "" }},
		{says: "this policy covers our website, app, call centres, airport desks, aircraft and LATAM Pass", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "LATAM Pass") && strings.Contains(p.Scope[0], "aircraft")
		}},
		{says: "we process booking data to sell you flights and carry you, under the contract of carriage (Art. 7(V))", typed: func(p *policy.Policy) bool {
			return p.Purpose("carriage").RestsOn(policy.BasisContract, policy.LGPD) && strings.Contains(p.Purpose("carriage").Required, "cannot sell")
		}},
		{says: "whoever books for others must be entitled to give their data and must tell them of this policy", typed: func(p *policy.Policy) bool {
			return othersGive(p, "booking") && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "give us accurate data, as it must match your documents", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		{says: "a travel agency or partner airline that sells you our flight gives us your booking", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("booking").Sources, policy.SourceThirdParty) && p.Category("booking").SourceDetail != ""
		}},
		{says: "we ask for your CPF, date of birth, nationality and the document you travel with, and for visas and your address at destination where a country asks for them", typed: func(p *policy.Policy) bool {
			return len(p.Category("identity").Items) == 4 && p.Category("identity").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "ANAC's rules oblige us to identify you with a document at boarding (Art. 7(II))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("border")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && strings.Contains(pu.Obligations[0].Act, "ANAC") && pu.Required != ""
		}},
		{says: "we give advance passenger information and passenger name records to the Federal Police, the Federal Revenue and the authorities of the countries you fly to, as their laws require", typed: func(p *policy.Policy) bool {
			return recipient(p, "border").Role == policy.RoleAuthority && recipient(p, "federal-police").Country == regionBR && len(p.Purpose("border").Obligations) == 3
		}},
		{says: "data for the authorities of another country goes to that country because your journey needs it (Art. 33(IX))", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.Recipient == recipient(p, "border") && t.ChosenDestination == policy.ChosenDestinationTravel && t.Safeguard == policy.SafeguardContractNecessity
			})
		}},
		{says: "where the airports take part in the Embarque + Seguro programme, you may board with your face, which SERPRO compares with the government's records, on your specific consent (Art. 11(I))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("face-boarding")
			return p.Category("biometric").Biometric && pu.RestsOn(policy.BasisExplicitConsent, policy.LGPD) && slices.Contains(pu.Recipients, recipient(p, "embarque-seguro"))
		}},
		{says: "boarding with your face is optional, and you may always board with your document instead", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("face-boarding")
			return strings.Contains(pu.Required, "up to you") && pu.Withdraw != ""
		}},
		{says: "we keep the image of your face only until you withdraw your consent", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "we arrange the special assistance you ask for, as ANAC's rules on passengers who need special assistance require, and some conditions need a medical form (MEDIF)", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("assistance")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && pu.Uses(p.Category("special")) && strings.Contains(pu.Required, "medical form")
		}},
		{says: "health data you give us for assistance and special meals, which may show your religion, are sensitive and used only with your consent or as the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("special").Sensitivity == policy.SensitivitySpecial && p.Purpose("assistance").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "pregnant passengers show a medical certificate from a given week of pregnancy", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Category("special").Items, func(s string) bool { return strings.Contains(s, "pregnancy") })
		}},
		{says: "children and adolescents under 16 who travel without a parent need the authorisation the Statute of the Child and Adolescent and the National Council of Justice require, which we check", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("minors")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(pu.Obligations) == 2 && pu.Required != ""
		}},
		{says: "for a child who travels alone we record the adults who hand the child over and collect them", typed: func(p *policy.Policy) bool {
			return len(p.Category("minors").Items) == 3 && othersGive(p, "minors")
		}},
		{says: "we tell you of delays, cancellations and changes and give you the assistance, rebooking and refunds ANAC's rules on the conditions of carriage require", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("disruption")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && pu.HasBasis(policy.BasisContract) && pu.Required != ""
		}},
		{says: "we answer your questions, complaints and baggage claims, on WhatsApp too, as the rules on customer service require", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(p.Category("service").Items) == 4
		}},
		{says: "we record calls to customer service and tell you so at the start", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "LATAM Airlines Group S.A. in Chile and the group's other airlines receive your data to carry you on the flights they operate and to run the systems the group shares", typed: func(p *policy.Policy) bool {
			r := recipient(p, "group")
			return r.Role == policy.RoleThirdParty && r.Country.String() == "CL" && r.Purpose != ""
		}},
		{says: "your data goes to the group in Chile under the ANPD's standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination.String() == "CL" && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "partner airlines, such as Delta, receive what they need to carry you on the flights they operate and use it under their own policies", typed: func(p *policy.Policy) bool {
			r := recipient(p, "partners")
			return r.OwnPolicy && r.Conditional && slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool { return t.Recipient == r })
		}},
		{says: "airports and ground handling agents receive what they need to check you in, board you and assist you", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "airports").Categories, p.Category("special"))
		}},
		{says: "LATAM Pass records your number, category, points and partners, and runs under its terms (Art. 7(V))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("latam-pass")
			return pu.RestsOn(policy.BasisContract, policy.LGPD) && len(p.Category("latam-pass").Items) == 4 && pu.Required != ""
		}},
		{says: "the banks that issue LATAM Pass cards, stores, hotels and car rental companies tell us of the points you earn with them, and receive what they need when you earn or redeem", typed: func(p *policy.Policy) bool {
			r := recipient(p, "pass-partners")
			return r.Conditional && r.OwnPolicy && strings.Contains(p.Category("latam-pass").SourceDetail, "banks")
		}},
		{says: "hotels, car rental companies and insurers whose services we sell receive what they need to provide them", typed: func(p *policy.Policy) bool {
			return p.Purpose("travel").HasBasis(policy.BasisContract) && recipient(p, "travel").Conditional
		}},
		{says: "we send offers of flights, LATAM Pass and partners by email, text message and notification in our legitimate interest, and you may opt out at any time", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("offers")
			return pu.DirectMarketing && pu.OptOut && pu.OptOutHow != "" && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we build a profile of the routes you fly and what you spend to tailor our offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("offers").Profiling && len(p.Category("profile").DerivedFrom) == 2
		}},
		{says: "we screen payments, bookings and LATAM Pass accounts for fraud, and may cancel a purchase or block an account, which you may contest through customer service", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contestable()
		}},
		{says: "payment providers, card schemes and anti-fraud providers receive your payment data; we do not store full card numbers", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps") != nil && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we keep access records of our website and app for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Category("online").Retention.Period == policy.Months(6) && p.Purpose("improve").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "necessary cookies are always set; analytics and advertising cookies only with your consent, which you may change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "advertising partners such as Google and Meta show our ads elsewhere, with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && recipient(p, "advertising").Country == regionUS
		}},
		{says: "cloud, IT, call centre and messaging providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.Recipient == recipient(p, "providers") && t.Safeguard == policy.SafeguardANPDClauses
			})
		}},
		{says: "we issue invoices and keep tax records for five years, as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("payment").Retention.Period == policy.Years(5)
		}},
		{says: "we give data to courts, police, ANAC and Procon when the law or an order obliges us", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").RestsOn(policy.BasisExerciseOfRights, policy.LGPD)
		}},
		{says: "we keep booking data as long as needed to carry you and for the five years in which a consumer may claim damages", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("booking").Retention.Criteria, "five years")
		}},
		{says: "when you leave LATAM Pass we keep, for up to five years, only what the law obliges us to keep and what we need for disputes", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalClaims) && d.KeptFor == policy.Years(5)
			})
		}},
		{says: "you may confirm processing, access, correct, anonymise, block, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are made with the form on our website, we may ask for a copy of your document, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(15) && p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "we encrypt connections, control access and give staff only what their work needs", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege)
		}},
		{says: "our website and LATAM Pass accounts are for adults; the data of children is given by their parents or guardians and processed in their best interest", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent && p.Children.BestInterest
		}},
		{says: "websites of others that we link to have their own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "we publish changes on our website, and they take effect when published", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && slices.Contains(p.Changes.Notify, policy.ChannelHomePage)
		}},
		{says: "the authorities of the countries you fly to use the data under their own laws, which we do not control", free: toPurpose("border")},
		{says: "lost-baggage reports are shared with the airlines and airports of your journey through the industry's baggage tracing system", typed: func(p *policy.Policy) bool {
			r := recipient(p, "baggage")
			return r.Conditional && slices.Contains(p.Purpose("service").Recipients, r) && slices.Contains(r.Categories, p.Category("service"))
		}},
	}}
}

// realPolicyBr10CasasBahia paraphrases, in our own words and as we recall
// it, the privacy policy of Grupo Casas Bahia S.A. (formerly Via S.A.),
// for the Casas Bahia and Ponto stores, websites and apps and the
// Extra.com.br website, as published in 2024-2025: the registration and
// the purchases in stores, online and through salespeople on WhatsApp,
// the CPF on the electronic invoice, delivery, assembly and pickup in a
// store, the marketplace and its sellers, the Casas Bahia instalment
// credit (carnê) with its credit analysis, facial check and collection,
// the positive credit register, extended warranties and insurance sold
// for insurers, the co-branded credit card and the banQi account that
// their issuers' own notices cover, reviews, offers and retail media,
// cameras in stores, and the rights of LGPD Art. 18.
func realPolicyBr10CasasBahia() realPolicy {
	customer := &policy.Category{ID: "customer", Name: "Registration data",
		Items:       []string{"name", "CPF", "date of birth", "gender", "email address", "phone numbers", "addresses", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	orders := &policy.Category{ID: "orders", Name: "Purchases",
		Items: []string{"products bought on our websites and apps, in our stores with your CPF and through our salespeople on WhatsApp",
			"price, payment method and the electronic invoice", "delivery, assembly, pickup in a store, exchanges and returns", "warranty and technical assistance"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for invoices and tax records"}}
	recipientData := &policy.Category{ID: "recipient", Name: "Data of the person who receives a delivery", Items: []string{"name", "address", "phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to deliver the order and handle any claim about it")}
	card := &policy.Category{ID: "card", Name: "Payment card details", Items: []string{"cardholder name", "last four digits and expiry date", "a token from the payment provider that stands for a card you save"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	application := &policy.Category{ID: "carne-application", Name: "Application for the carnê",
		Items: []string{"your identity document and its photo", "proof of address and of income", "occupation, employer and income",
			"the names and phone numbers of people who can give you a reference, where we ask for them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	face := &policy.Category{ID: "biometric", Name: "Facial biometrics", Items: []string{"the features of your face, taken from a photo when you apply for the carnê and compared with your document"},
		Biometric: true, Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	carne := &policy.Category{ID: "carne", Name: "Your carnê account", Items: []string{"your limit, instalments and due dates", "the payments you make and those overdue", "the renegotiations you agree"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"credit scores and records of unpaid debts", "your positive credit history (Cadastro Positivo)"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the credit bureaus", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews", Items: []string{"the stars and comments you give products and sellers", "your first name and city, published with them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the product is on sale or until you ask us to remove the review")}
	browsing := &policy.Category{ID: "browsing", Name: "Navigation data",
		Items:       []string{"IP address, with date and time", "device, browser and operating system", "searches, pages and products viewed, and the cart", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"the location of your phone, if you allow the app to read it, to show the nearest stores and delivery times"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"calls, chats, WhatsApp messages and emails with customer service and our salespeople", "complaints and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	cctv := &policy.Category{ID: "cctv", Name: "Images from store cameras", Items: []string{"images of people in our stores and distribution centres"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed for the security of our stores and to look into an incident")}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the products and offers you are likely to be interested in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, browsing}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	sellers := &policy.Recipient{ID: "sellers", Name: "the sellers of our marketplace", Role: policy.RoleThirdParty, OwnPolicy: true,
		Categories: []*policy.Category{customer, orders, recipientData}, Country: regionBR, Conditional: true,
		Purpose: "you buy a product a seller sells on our websites, so that the seller issues the invoice, delivers it and answers for it"}
	carriers := &policy.Recipient{ID: "carriers", Name: "carriers and the assemblers and technicians who install what you buy", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, orders, recipientData}, Country: regionBR, Purpose: "to deliver, assemble and install your products"}
	payments := &policy.Recipient{ID: "payments", Name: "payment service providers, card acquirers and anti-fraud providers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, orders, card}, Country: regionBR, Purpose: "to take your payment, refund you and check orders for fraud"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, carne, credit}, Country: regionBR,
		Purpose: "to analyse your credit, keep your positive credit history and record unpaid instalments"}
	insurers := &policy.Recipient{ID: "insurers", Name: "the insurers whose extended warranties and insurance we sell as their representative", Role: policy.RoleThirdParty, OwnPolicy: true,
		Categories: []*policy.Category{customer, orders}, Country: regionBR, Conditional: true, Purpose: "you take out an extended warranty or insurance with a purchase"}
	issuer := &policy.Recipient{ID: "card-issuer", Name: "the bank that issues the Cartão Casas Bahia", Role: policy.RoleThirdParty, OwnPolicy: true,
		Categories: []*policy.Category{customer}, Country: regionBR, Conditional: true, Purpose: "you apply for the card in our stores or websites"}
	collection := &policy.Recipient{ID: "collection", Name: "collection agencies and law firms", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, carne}, Country: regionBR,
		Purpose: "to collect overdue instalments on our behalf"}
	providers := &policy.Recipient{ID: "providers", Name: "cloud, technology, call centre and messaging providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, orders, service, browsing}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{browsing}, Country: regionUS, Purpose: "to show our ads and measure them"}
	tax := &policy.Recipient{ID: "tax", Name: "the tax authorities of the states and the Federal Revenue", Role: policy.RoleAuthority, Categories: []*policy.Category{customer, orders}, Country: regionBR,
		Purpose: "to receive the electronic invoices of your purchases, with your CPF where you give it"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, Procon, the police and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, orders, service, cctv}, Country: regionBR, Conditional: true, Purpose: "the law or an order obliges us to disclose the data"}

	sales := &policy.Purpose{ID: "sales", Name: "Selling you our products in our stores, websites and apps and through our salespeople on WhatsApp, and delivering them",
		Categories: []*policy.Category{customer, orders, recipientData, card, location}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{carriers, payments, sellers, providers},
		Required:   "we cannot sell online or deliver without your name, CPF, address and a means of payment"}
	invoices := &policy.Purpose{ID: "invoices", Name: "Issuing electronic invoices and keeping our tax records", Categories: []*policy.Category{customer, orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{tax},
		Obligations: []policy.Obligation{{Act: "Ajuste SINIEF No. 7/2005 (electronic invoice, NF-e) and the states' rules on the consumer's electronic invoice (NFC-e)", Region: regionBR},
			{Act: "the National Tax Code (Law No. 5,172/1966), Art. 195", Region: regionBR}}}
	consumer := &policy.Purpose{ID: "consumer", Name: "Honouring exchanges, returns, warranties and your right to withdraw from online purchases",
		Categories: []*policy.Category{customer, orders, service}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract},
		Obligations: []policy.Obligation{{Act: "Law No. 8,078/1990 (Consumer Defence Code), Art. 18, 26 and 49", Region: regionBR},
			{Act: "Decree No. 7,962/2013 (electronic commerce)", Region: regionBR}},
		Recipients: []*policy.Recipient{carriers, sellers}}
	carneCredit := &policy.Purpose{ID: "carne", Name: "Analysing your credit and granting and running your carnê",
		Categories: []*policy.Category{customer, application, carne, credit}, Bases: []policy.Basis{policy.BasisCreditProtection, policy.BasisContract},
		Recipients:    []*policy.Recipient{bureaus},
		Automated:     "whether we grant you the carnê and its limit are decided by a model that weighs your registration, your income, your history with us and the bureaus' scores",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial},
		Required:      "without your document, proof of income and address we cannot analyse your credit or grant the carnê"}
	faceCheck := &policy.Purpose{ID: "face-check", Name: "Confirming with a photo of your face that it is you who applies for the carnê",
		Categories: []*policy.Category{face, application}, Bases: []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests},
		Interest: "keeping others from taking out credit in your name", Recipients: []*policy.Recipient{providers}}
	positive := &policy.Purpose{ID: "positive-credit", Name: "Sending your carnê payment history to the positive credit register", Categories: []*policy.Category{customer, carne},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Law No. 12,414/2011 (positive credit register), as amended by Complementary Law No. 166/2019", Region: regionBR}}}
	collect := &policy.Purpose{ID: "collection", Name: "Collecting overdue instalments and recording unpaid debts with the credit bureaus",
		Categories: []*policy.Category{customer, carne}, Bases: []policy.Basis{policy.BasisCreditProtection, policy.BasisExerciseOfRights},
		Recipients: []*policy.Recipient{collection, bureaus}}
	insurance := &policy.Purpose{ID: "insurance", Name: "Selling extended warranties and insurance for the insurers we represent", Categories: []*policy.Category{customer, orders},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{insurers}}
	cardApplication := &policy.Purpose{ID: "card", Name: "Passing your application for the Cartão Casas Bahia to its issuer", Categories: []*policy.Category{customer},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{issuer}}
	support := &policy.Purpose{ID: "service", Name: "Answering you through customer service, our salespeople and our stores",
		Categories: []*policy.Category{customer, orders, service}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Decree No. 7,962/2013 (electronic commerce), Art. 4", Region: regionBR}}, Recipients: []*policy.Recipient{providers}}
	publishing := &policy.Purpose{ID: "reviews", Name: "Publishing your reviews of products and sellers", Categories: []*policy.Category{reviews},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping other customers choose by what buyers say"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Checking orders for fraud", Categories: []*policy.Category{customer, orders, card, browsing},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisCreditProtection}, Interest: "protecting our customers and us from purchases made with others' cards or in others' names",
		Recipients: []*policy.Recipient{payments},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Contest: "through customer service"}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you offers by email, text message, WhatsApp and app notification",
		Categories: []*policy.Category{customer, orders, inferred}, Bases: []policy.Basis{policy.BasisLegitimateInterests}, Profiling: true,
		Interest: "offering our customers products like those they buy and look at", OptOut: true,
		OptOutHow: "with the link in each email, by answering SAIR to a text or WhatsApp message, or in the app's settings", Recipients: []*policy.Recipient{providers}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you ads for our products and those of the brands we sell, on our websites and elsewhere, and measuring them",
		Categories: []*policy.Category{browsing, inferred}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings of our websites", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	site := &policy.Purpose{ID: "site", Name: "Running our websites and apps and keeping their access records", Categories: []*policy.Category{browsing, location},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Interest: "showing you the pages you ask for and keeping our systems secure",
		Obligations: []policy.Obligation{{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}, Recipients: []*policy.Recipient{providers}}
	security := &policy.Purpose{ID: "security", Name: "Keeping our stores, customers and staff safe", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting people and goods in our stores and distribution centres", Recipients: []*policy.Recipient{authorities}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{customer, orders, carne, service, cctv}, Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Grupo Casas Bahia S.A.", Address: "São Caetano do Sul, SP, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "dpo@casasbahia.example", Website: "https://casasbahia.example/privacidade"},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		URL:  "https://casasbahia.example/privacidade",
		Laws: []policy.Law{policy.LGPD},
		Scope: []string{"the Casas Bahia and Ponto stores, websites and apps, the Extra.com.br website and our marketplace",
			"our customer service and our salespeople on WhatsApp"},
		OtherNotices: []policy.Notice{{Covers: "the banQi digital account, which banQi offers as a payment institution", URL: "https://banqi.example/privacidade"},
			{Covers: "the Cartão Casas Bahia, whose issuer's notice governs the card"}},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{customer, orders, recipientData, card, application, face, carne, credit, reviews, browsing, location, service, cctv, inferred},
		Storage:     []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		NotCollected: []policy.Exclusion{
			{ID: "card.number", Name: "full card numbers and security codes", Category: card, Note: "Our payment providers keep them."},
		},
		Purposes: []*policy.Purpose{sales, invoices, consumer, carneCredit, faceCheck, positive, collect, insurance, cardApplication, support, publishing, fraud,
			marketing, advertising, site, security, claims},
		Recipients: []*policy.Recipient{sellers, carriers, payments, bureaus, insurers, issuer, collection, providers, adPartners, tax, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: providers, Categories: []*policy.Category{customer, orders, service, browsing}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{browsing}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Brands that advertise with us see only how their campaigns performed, in aggregate."}},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: sales, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies and pixels", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{browsing}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "through the privacy portal"}, {Kind: policy.RightRectification, How: "in your account or through the privacy portal"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection}, {Kind: policy.RightNoAutomatedDecision, How: "by asking customer service or a store for a review of a decision on your carnê"},
			{Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationDataPoints, policy.VerificationDocument},
			WithoutAccount: "through the privacy portal or by writing to our data protection officer"},
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}, {Kind: policy.MeasureIncidentDetection}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://casasbahia.example/privacidade/cookies", RequestForm: "https://casasbahia.example/privacidade/portal"},
		Children:   policy.Children{MinimumAge: 18},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact:    policy.Contact{Email: "dpo@casasbahia.example"},
	}
	return realPolicy{"retailer and instalment credit (Casas Bahia)", p, []statement{
		{says: "Grupo Casas Bahia S.A., in São Caetano do Sul, with its CNPJ, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && strings.HasPrefix(p.Controller.Name, "Grupo Casas Bahia")
		}},
		{says: "the policy covers the Casas Bahia and Ponto stores, websites and apps, Extra.com.br, the marketplace, customer service and our salespeople on WhatsApp", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "Extra.com.br") && strings.Contains(p.Scope[1], "WhatsApp")
		}},
		{says: "our data protection officer answers by email and through the privacy portal", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Website != ""
		}},
		{says: "the banQi account and the Cartão Casas Bahia are covered by their providers' own notices", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 2 && strings.Contains(p.OtherNotices[0].Covers, "banQi")
		}},
		{says: "we collect your name, CPF, date of birth, gender, email, phones, addresses and password", typed: func(p *policy.Policy) bool {
			return len(p.Category("customer").Items) == 8
		}},
		{says: "we record what you buy online, in our stores with your CPF and through our salespeople on WhatsApp, how you pay, the invoice, delivery, assembly, exchanges and warranty", typed: func(p *policy.Policy) bool {
			return len(p.Category("orders").Items) == 4 && p.Purpose("sales").Uses(p.Category("orders"))
		}},
		{says: "if someone else receives your delivery, you give us their name, address and phone and must be entitled to", typed: func(p *policy.Policy) bool {
			return othersGive(p, "recipient") && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "keep your registration accurate and up to date", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		{says: "selling and delivering your products rests on the contract (Art. 7(V)), and we cannot sell online without your name, CPF, address and payment", typed: func(p *policy.Policy) bool {
			return p.Purpose("sales").RestsOn(policy.BasisContract, policy.LGPD) && strings.Contains(p.Purpose("sales").Required, "CPF")
		}},
		{says: "carriers, assemblers and technicians receive what they need to deliver, assemble and install what you buy", typed: func(p *policy.Policy) bool {
			r := recipient(p, "carriers")
			return r.Role == policy.RoleProcessor && slices.Contains(r.Categories, p.Category("recipient"))
		}},
		{says: "when you buy from a marketplace seller, the seller receives your name, CPF, address and order, and uses them under its own policy", typed: func(p *policy.Policy) bool {
			r := recipient(p, "sellers")
			return r.OwnPolicy && r.Conditional && slices.Contains(r.Categories, p.Category("customer"))
		}},
		{says: "we save only a token for your card, never its full number or security code", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("card") && len(p.Category("card").Items) == 3
		}},
		{says: "the electronic invoice carries your CPF where you give it, and goes to the states' tax authorities, as tax law requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("invoices")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && slices.Contains(pu.Recipients, recipient(p, "tax"))
		}},
		{says: "we keep invoices and purchase records for five years, as the National Tax Code requires", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Period == policy.Years(5) && p.Category("orders").Retention.Law != ""
		}},
		{says: "we honour exchanges, warranties and your right to withdraw from an online purchase within seven days, as the Consumer Defence Code and the decree on e-commerce require", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("consumer")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(pu.Obligations) == 2
		}},
		{says: "for the carnê we ask for your document, proofs of address and income, your occupation and income, and sometimes personal references", typed: func(p *policy.Policy) bool {
			c := p.Category("carne-application")
			return len(c.Items) == 4 && slices.Contains(c.Sources, policy.SourceOtherUsers)
		}},
		{says: "we analyse your credit for the carnê with the credit bureaus, on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("carne")
			return pu.RestsOn(policy.BasisCreditProtection, policy.LGPD) && slices.Contains(pu.Recipients, recipient(p, "bureaus")) && p.Category("credit").SourceDetail != ""
		}},
		{says: "a model decides whether to grant the carnê and its limit, and you may ask for a review of the decision (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("carne").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "without your document and proofs we cannot grant the carnê", typed: func(p *policy.Policy) bool { return p.Purpose("carne").Required != "" }},
		{says: "we compare a photo of your face with your document when you apply for the carnê, to prevent fraud (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("face-check")
			return p.Category("biometric").Biometric && pu.RestsOn(policy.BasisFraudPrevention, policy.LGPD)
		}},
		{says: "we send your carnê payment history to the positive credit register, as the law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("positive-credit").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "collection agencies and law firms collect overdue instalments for us, and we may record unpaid debts with the credit bureaus", typed: func(p *policy.Policy) bool {
			return recipient(p, "collection").Role == policy.RoleProcessor && slices.Contains(p.Purpose("collection").Recipients, recipient(p, "bureaus"))
		}},
		{says: "before an unpaid debt is recorded with a credit bureau, you are told in writing, as the Consumer Defence Code requires (Art. 43(2))", free: toPurpose("collection")},
		{says: "insurers whose extended warranties and insurance we sell receive what they need to insure you", typed: func(p *policy.Policy) bool {
			return recipient(p, "insurers").Conditional && p.Purpose("insurance").HasBasis(policy.BasisContract)
		}},
		{says: "when you apply for the Cartão Casas Bahia we pass your application to the bank that issues it", typed: func(p *policy.Policy) bool {
			return recipient(p, "card-issuer").OwnPolicy && slices.Contains(p.Purpose("card").Recipients, recipient(p, "card-issuer"))
		}},
		{says: "we answer you through customer service, as the decree on e-commerce requires, and record calls after telling you", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("service").RecordingNotice
		}},
		{says: "your reviews are published with your first name and city", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").Uses(p.Category("reviews"))
		}},
		{says: "we check orders for fraud in our legitimate interest, and may cancel an order or block an account, which you may contest through customer service", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && slices.Contains(s.Targets, policy.SuspensionTargetOrder) && s.Contestable()
		}},
		{says: "payment providers, acquirers and anti-fraud providers receive what they need to take your payment and check it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("fraud").Recipients, recipient(p, "payments"))
		}},
		{says: "we send offers by email, text, WhatsApp and notification in our legitimate interest, based on what you buy and look at, and you may opt out at any time", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.OptOutHow != "" && pu.Profiling && len(p.Category("inferred").DerivedFrom) == 2
		}},
		{says: "with your consent, advertising cookies and pixels show you our ads and those of the brands we sell, on our websites and elsewhere", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "brands that advertise with us see only aggregated results of their campaigns", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && d.Note != ""
		}},
		{says: "necessary cookies are always set, and you may change your other choices in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && p.Links.CookieSettings != ""
		}},
		{says: "we read your phone's location only if you allow it, to show nearby stores and delivery times", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission
		}},
		{says: "we keep access records of our websites and apps for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Category("browsing").Retention.Period == policy.Months(6) && p.Purpose("site").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "cameras in our stores and distribution centres record images for the safety of people and goods", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("cctv")) && p.Purpose("security").Interest != ""
		}},
		{says: "cloud, technology, call centre and messaging providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we give data to courts, Procon and the police when the law or an order obliges us", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "a buyer of our business or of one of our brands may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").RestsOn(policy.BasisExerciseOfRights, policy.LGPD)
		}},
		{says: "we keep your registration while your account exists and then for the five years in which a consumer may claim damages", typed: func(p *policy.Policy) bool {
			r := p.Category("customer").Retention
			return r.Kind == policy.RetentionWhileActive && r.Period == policy.Years(5) && r.Criteria != ""
		}},
		{says: "when you ask us to delete your data we keep what the law requires and what we need for disputes and to prevent fraud", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptFraud)
			})
		}},
		{says: "you may confirm processing, access, correct, anonymise, block, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are made through the privacy portal; we confirm who you are with your details or a document, and answer within 15 days", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return r.Deadline == policy.Days(15) && slices.Contains(r.Verification, policy.VerificationDataPoints) && p.Links.RequestForm != ""
		}},
		{says: "we encrypt connections, control access, give staff only what they need and watch for incidents", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "we never ask for your password or card's security code by phone or WhatsApp; report suspicious messages to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "our websites, apps and the carnê are for adults of 18 and over", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we publish changes on our websites", typed: func(p *policy.Policy) bool { return slices.Contains(p.Changes.Notify, policy.ChannelHomePage) }},
		{says: "our salespeople on WhatsApp use the company's accounts and send payment links only from our own websites", free: toPurpose("sales")},
	}}
}
