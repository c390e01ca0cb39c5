package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// The policies below paraphrase, in our own words and as we recall them,
// three privacy policies under the LGPD as published in 2024-2025: that of
// a Brazilian digital bank (Nubank), of a Brazilian ride-hailing app owned
// by DiDi (99) and of a Brazilian cosmetics maker that sells through
// independent beauty consultants (Natura).

// br6Nubank paraphrases, in our own words and as we recall it, the privacy
// policy of Nubank (Nu Pagamentos S.A. and the other companies of the Nu
// group in Brazil), as published in 2024-2025: a registration checked
// against an identity document and a selfie, bank secrecy, Pix keys in the
// Central Bank's directory, credit limits set by models on the ground of
// credit protection, the investor profile Nu Invest must ask for, Open
// Finance on consent, reports to the Central Bank, COAF and the Federal
// Revenue, cloud providers abroad, and the rights of LGPD Art. 18 in the
// app.
func br6Nubank() realPolicy {
	registration := &policy.Category{ID: "registration", Name: "Registration data",
		Items: []string{"full name", "CPF", "date of birth", "mother's name", "nationality", "marital status", "address", "email address", "mobile phone number",
			"occupation", "income and assets you declare"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of customer due diligence"}}
	documents := &policy.Category{ID: "documents", Name: "Identity documents", Items: []string{"photo of your identity card (RG) or driving licence (CNH)", "document number, issuer and date of issue"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67"}}
	biometric := &policy.Category{ID: "biometric", Name: "Facial biometrics",
		Items:     []string{"the selfie you take when you open your account, compared with the photo of your document", "selfies we ask for to confirm it is you when you sign in on a new phone or make an unusual transaction"},
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
	investor := &policy.Category{ID: "investor-profile", Name: "Investor profile",
		Items:       []string{"your investment goals and horizon", "your knowledge of and experience with investments", "how much risk you accept", "your financial situation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventContractEnd,
			Law: "CVM Resolution No. 30/2021 on the suitability of investments"}}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"records of the Central Bank's credit information system (SCR)", "positive credit history (Cadastro Positivo)", "credit scores", "records of unpaid debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the Central Bank's SCR and the credit bureaus", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	openFinanceIn := &policy.Category{ID: "open-finance", Name: "Data from other institutions in Open Finance", Items: []string{"accounts, cards, loans and investments you hold elsewhere"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the institutions you authorise in Open Finance", Linked: true,
		Retention: policy.Until(policy.EventConsentExpiry)}
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
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the products of the Nu group you are likely to need", "when you are likely to need them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{financial, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	group := &policy.Recipient{ID: "group", Name: "the companies of the Nu group in Brazil, such as Nu Financeira, Nu Invest and Nu Seguros", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial, investor, credit}, Country: regionBR,
		Purpose: "to provide the accounts, cards, loans, investments and insurance each of them offers, and to offer you their products"}
	payees := &policy.Recipient{ID: "payees", Name: "people and businesses you pay or who pay you", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, pixKeys}, Country: regionBR, Conditional: true,
		Purpose: "you make or receive a Pix or a transfer, which shows your name, part of your CPF and your institution to the other party"}
	cardNetwork := &policy.Recipient{ID: "card-network", Name: "Mastercard and the acquirers of the stores where you buy", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Purpose: "to authorise and settle the purchases you make with your card"}
	partners := &policy.Recipient{ID: "partners", Name: "insurers and partner stores whose products we offer in the app", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Country: regionBR, Conditional: true,
		Purpose: "you take out a partner's insurance or buy in a partner store through the app, to provide the product to you"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, credit, financial}, Country: regionBR,
		Purpose: "to analyse your credit, keep your positive credit history and record unpaid debts"}
	regulators := &policy.Recipient{ID: "regulators", Name: "the Central Bank of Brazil, the Securities Commission (CVM), COAF and the Federal Revenue", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, financial, pixKeys, credit}, Country: regionBR,
		Purpose: "to register Pix keys in the Central Bank's directory, report loans to the SCR, report suspicious transactions to COAF and report financial transactions to the Federal Revenue"}
	courts := &policy.Recipient{ID: "courts", Name: "courts, the police and the Public Prosecutor's Office", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, financial, device}, Country: regionBR, Conditional: true,
		Purpose: "a court orders it, or the law otherwise requires it"}
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
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payees, cardNetwork, partners, group, vendors},
		Required: "we cannot open an account without your registration data and a document, which the Central Bank's rules require us to collect and check"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Knowing our customers and preventing money laundering", Categories: []*policy.Category{registration, documents, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators},
		Obligations: []policy.Obligation{{Act: "Law No. 9,613/1998 (money laundering), Art. 10 and 11", Region: regionBR}, {Act: "Central Bank Circular No. 3,978/2020", Region: regionBR}}}
	regulatory := &policy.Purpose{ID: "regulatory", Name: "Reporting to the Central Bank and the Federal Revenue", Categories: []*policy.Category{registration, financial, pixKeys, credit},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators, courts},
		Obligations: []policy.Obligation{{Act: "the Central Bank's Pix Regulation (Resolution BCB No. 1/2020)", Region: regionBR},
			{Act: "the Central Bank's rules on the credit information system (SCR)", Region: regionBR},
			{Act: "Federal Revenue Normative Instruction No. 1,571/2015 (e-Financeira)", Region: regionBR}}}
	suitability := &policy.Purpose{ID: "suitability", Name: "Assessing your investor profile before we recommend investments", Categories: []*policy.Category{registration, investor},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{group},
		Obligations: []policy.Obligation{{Act: "CVM Resolution No. 30/2021 (suitability)", Region: regionBR}},
		Required:    "the Securities Commission's rules require the profile; without it we cannot recommend investments to you, and you invest on your own initiative"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Confirming your identity and preventing fraud and scams",
		Categories: []*policy.Category{registration, documents, biometric, location, device, financial},
		Bases:      []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "keeping our customers' accounts and money safe from fraud and scams",
		Recipients: []*policy.Recipient{vendors},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetCard, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Contest: "by talking to us in the app's chat"}}
	lending := &policy.Purpose{ID: "credit", Name: "Analysing your credit and setting the limits of your card and loans", Categories: []*policy.Category{registration, financial, credit, openFinanceIn},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus, group},
		Automated: "your card limit and the loans we offer you are set by models that weigh your income, how you use your account and your credit records"}
	sharing := &policy.Purpose{ID: "open-finance", Name: "Sharing and receiving your data in Open Finance", Categories: []*policy.Category{registration, financial, openFinanceIn},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's Open Finance area", Recipients: []*policy.Recipient{openFinanceOut},
		ConsentRequiredBy: []policy.Obligation{{Act: "Joint Resolution No. 1/2020 of the National Monetary Council and the Central Bank (Open Finance)", Region: regionBR}}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you products of the Nu group and its partners", Categories: []*policy.Category{registration, financial, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products suited to how they use their account", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{group}}
	improve := &policy.Purpose{ID: "improve", Name: "Doing research and developing and improving our products", Categories: []*policy.Category{financial, device, service},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how our customers use our products so that we make them simpler and better"}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our campaigns and advertising on other websites and apps", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	collect := &policy.Purpose{ID: "collection", Name: "Collecting overdue card bills and loans", Categories: []*policy.Category{registration, financial},
		Bases: []policy.Basis{policy.BasisExerciseOfRights, policy.BasisLegitimateInterests}, Interest: "recovering what customers owe us", Recipients: []*policy.Recipient{collection, bureaus}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings", Categories: []*policy.Category{registration, financial, service},
		Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{courts}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Nu Pagamentos S.A. – Instituição de Pagamento", Address: "São Paulo, SP, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "dpo@nubank.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.February, 1), Updated: policy.MakeDate(2025, time.February, 1),
		Laws:       []policy.Law{policy.LGPD},
		Scope:      []string{"the Nubank app and website", "Nu Financeira, Nu Invest, Nu Seguros and the other companies of the Nu group in Brazil"},
		Categories: []*policy.Category{registration, documents, biometric, financial, pixKeys, investor, credit, openFinanceIn, location, device, service, inferred},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{accounts, kyc, regulatory, suitability, fraud, lending, sharing, marketing, improve, advertising, collect, claims},
		Recipients: []*policy.Recipient{group, payees, cardNetwork, partners, bureaus, regulators, courts, openFinanceOut, vendors, collection, adPartners},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{registration, documents, biometric, financial, location, device, service}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{device}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion:    []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: accounts, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app's chat or by writing to the encarregado"}, {Kind: policy.RightRectification, How: "in the app"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, in the app's notification settings"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking in the app's chat for a person to review a credit decision"}, {Kind: policy.RightComplaint},
		},
		Requests:   policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn}},
		Redress:    []policy.Redress{{Kind: policy.RedressOmbudsman, Contact: policy.Contact{Name: "Ouvidoria Nubank"}}},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureIncidentDetection}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://nubank.example/privacidade/cookies"},
		Children:   policy.Children{MinimumAge: 18, ParentalConsent: true},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "dpo@nubank.example"},
	}
	return realPolicy{"digital bank (Nubank)", p, []statement{
		{says: "Nu Pagamentos S.A. in São Paulo, with its CNPJ, is the controller, with Nu Financeira, Nu Invest, Nu Seguros and the group's other companies in Brazil", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && len(p.Scope) == 2
		}},
		{says: "the encarregado answers at a dedicated email address", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email == "dpo@nubank.example" }},
		{says: "we collect your name, CPF, date of birth, mother's name, nationality, marital status, address, email, phone, occupation, income and assets when you ask for an account", typed: func(p *policy.Policy) bool {
			return len(p.Category("registration").Items) == 11 && p.Category("registration").Sources[0] == policy.SourceUser
		}},
		{says: "we ask for a photo of your RG or CNH to confirm who you are", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").Uses(p.Category("documents")) && p.Purpose("fraud").Uses(p.Category("documents"))
		}},
		{says: "we compare a selfie with the photo of your document, to confirm your identity and prevent fraud (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && p.Purpose("fraud").HasBasis(policy.BasisFraudPrevention) && p.Purpose("fraud").Uses(p.Category("biometric"))
		}},
		{says: "we may ask for a new selfie when you sign in on a new phone or make an unusual transaction", typed: func(p *policy.Policy) bool {
			return len(p.Category("biometric").Items) == 2 && p.Category("biometric").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "we process your balance, Pix, transfers, bills, card purchases, loans, investments and insurance", typed: func(p *policy.Policy) bool {
			return len(p.Category("financial").Items) == 4
		}},
		{says: "financial data is covered by bank secrecy under Complementary Law 105/2001", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Secrecy.Kind == policy.SecrecyBanking && len(p.Category("financial").Secrecy.Laws) == 1
		}},
		{says: "we record your device, IP address and the screens and features you use", typed: func(p *policy.Policy) bool {
			return len(p.Category("device").Items) == 3 && p.Category("device").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we collect your phone's location only if you allow it in the phone's settings, and use it to prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("fraud").Uses(p.Category("location"))
		}},
		{says: "we consult the Central Bank's SCR, the credit bureaus and the positive credit register", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail != "" && slices.Contains(p.Category("credit").Items, "positive credit history (Cadastro Positivo)")
		}},
		{says: "we record chats and calls with customer service, and tell you when a call is recorded", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "running your account and card and making your payments rests on our contract with you (Art. 7(V))", typed: func(p *policy.Policy) bool {
			return p.Purpose("accounts").RestsOn(policy.BasisContract, policy.LGPD)
		}},
		{says: "an account cannot be opened without your registration data and a document", typed: func(p *policy.Policy) bool { return p.Purpose("accounts").Required != "" }},
		{says: "the law on money laundering obliges us to know our customers and report suspicious transactions to COAF", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(p.Purpose("kyc").Obligations) == 2
		}},
		{says: "your Pix keys are registered in the Central Bank's directory, and we report to the SCR and to the Federal Revenue (e-Financeira)", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "regulators").Categories, p.Category("pix")) && len(p.Purpose("regulatory").Obligations) == 3
		}},
		{says: "Nu Invest asks for your investor profile, as the CVM's rules require, before it recommends investments", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("suitability")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && pu.Uses(p.Category("investor-profile")) && pu.Obligations[0].Region == regionBR
		}},
		{says: "without the profile we cannot recommend investments, and you invest on your own initiative", typed: func(p *policy.Policy) bool { return p.Purpose("suitability").Required != "" }},
		{says: "a Pix shows your name, part of your CPF and your institution to the other party", typed: func(p *policy.Policy) bool {
			r := recipient(p, "payees")
			return r.Conditional && slices.Contains(r.Categories, p.Category("pix"))
		}},
		{says: "we check transactions, devices and locations to prevent fraud, on the ground of fraud prevention and our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Interest != ""
		}},
		{says: "we may block your account, your card or a payment if we suspect fraud or that someone else is using your account, and you can talk to us in the chat", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetCard) && slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover) && s.Contest != ""
		}},
		{says: "under the Central Bank's special return mechanism for Pix (MED), we may block money received in a Pix reported as a scam and return it to the payer", free: toPurpose("fraud")},
		{says: "we analyse your credit on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").RestsOn(policy.BasisCreditProtection, policy.LGPD)
		}},
		{says: "card limits and loan offers are set by automated models, and you may ask for a person to review them (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with your consent we share data with, and receive data from, the institutions you choose in Open Finance, for the time you choose", typed: func(p *policy.Policy) bool {
			return p.Purpose("open-finance").RestsOnConsent() && p.Category("open-finance").Retention.From == policy.EventConsentExpiry && len(p.Purpose("open-finance").ConsentRequiredBy) == 1
		}},
		{says: "we offer products of the Nu group and its partners on our legitimate interest, and you may opt out", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we infer from how you use your account which products you are likely to need", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 2 && p.Purpose("marketing").Profiling
		}},
		{says: "we use data to do research and improve our products, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("improve").Interest != ""
		}},
		{says: "the companies of the Nu group receive data to provide their products and offer them to you", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Purpose != "" && recipient(p, "group").Role == policy.RoleThirdParty
		}},
		{says: "when you take out a partner's insurance or buy in a partner store in the app, the partner receives what it needs", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional
		}},
		{says: "Mastercard and the acquirers receive what they need to process your card purchases", typed: func(p *policy.Policy) bool {
			return recipient(p, "card-network").Purpose != "" && recipient(p, "card-network").Role == policy.RoleThirdParty
		}},
		{says: "cloud, technology, identity verification and customer service providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses && p.Transfers[0].Destination == regionUS
		}},
		{says: "we give data to courts, police and prosecutors when a court orders it or the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "courts").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we may use anonymised, aggregated data for studies and statistics", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "debt collection agencies collect overdue bills on our behalf, and credit bureaus record unpaid debts", typed: func(p *policy.Policy) bool {
			return recipient(p, "collection").Role == policy.RoleProcessor && slices.Contains(p.Purpose("collection").Recipients, recipient(p, "bureaus"))
		}},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "we keep registration and transaction records for ten years, as the Central Bank's rules require", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Retention.Period == policy.Years(10) && p.Category("registration").Retention.Law != ""
		}},
		{says: "we keep access records for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Category("device").Retention.Period == policy.Months(6) && p.Category("device").Retention.Law != ""
		}},
		{says: "closing your account does not reach what the law obliges us to keep, nor what we need to defend ourselves", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims)
			})
		}},
		{says: "advertising and analytics cookies are set with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object to offers, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are made in the app's chat, where you are signed in, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(15) && slices.Contains(p.Requests.Verification, policy.VerificationSignedIn)
		}},
		{says: "if you are not satisfied with our answer, you may turn to our ombudsman", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Redress, func(r policy.Redress) bool { return r.Kind == policy.RedressOmbudsman })
		}},
		{says: "we encrypt data, control access and watch for incidents", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "Nubank never calls or writes to ask for your password or codes; keep them secret and report suspicious messages", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "our products are for adults; an account for a minor is opened by a parent or guardian, who authorises its use", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent
		}},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
	}}
}

// br6NinetyNine paraphrases, in our own words and as we recall it, the
// privacy policy of 99 (99 Tecnologia Ltda., a company of the DiDi group),
// a Brazilian ride-hailing app, as published in 2024-2025: passengers'
// and drivers' registration, precise location, the criminal record
// certificate and the driving licence with the note of paid work that
// Law No. 12,587/2012 asks of drivers, a selfie that checks the driver
// before going online, trip audio recorded and kept encrypted on the
// phone, the emergency button, ratings, masked phone numbers, trip data
// reported to the cities that regulate ride-hailing, the DiDi group's
// technology abroad, and the rights of LGPD Art. 18.
func br6NinetyNine() realPolicy {
	passenger := &policy.Category{ID: "passenger", Name: "Passenger registration data",
		Items:       []string{"name", "mobile phone number", "email address", "CPF", "date of birth", "profile photo, if you add one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	driver := &policy.Category{ID: "driver", Name: "Driver registration data",
		Items: []string{"name, CPF, date of birth, address, email and phone number", "profile photo", "driving licence (CNH) with the note that you work as a driver (EAR)",
			"vehicle's plate, model, year and registration certificate (CRLV)", "bank account or Pix key for your earnings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(5))}
	checks := &policy.Category{ID: "checks", Name: "Driver background checks",
		Items:       []string{"criminal record certificates", "the status of your driving licence, its points and suspensions"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "background check providers, the courts' public records and the traffic authorities", Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(5))}
	selfie := &policy.Category{ID: "selfie", Name: "Facial verification",
		Items:     []string{"selfies drivers take before going online, compared with the photo of their registration", "selfies we ask of passengers to confirm their identity, such as those who pay in cash"},
		Biometric: true, Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	location := &policy.Category{ID: "location", Name: "Precise location",
		Items:       []string{"the GPS location of passengers while the app is open and during the trip", "the GPS location of drivers while they are online, also with the app in the background"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.ByCriteria("as long as we keep the record of the trip it belongs to")}
	trips := &policy.Category{ID: "trips", Name: "Trip data",
		Items:       []string{"pickup and destination", "route, date, time and distance", "fare, tips, discounts and cancellations", "payment method used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Criteria: "the five years of the tax records and of consumer claims"}}
	card := &policy.Category{ID: "card", Name: "Payment card details", Items: []string{"cardholder name", "last four digits and expiry date", "a token from the payment provider that stands for the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	earnings := &policy.Category{ID: "earnings", Name: "Drivers' earnings", Items: []string{"the fare of each trip and our fee", "payouts to your account", "incentives and bonuses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for tax records"}}
	ratings := &policy.Category{ID: "ratings", Name: "Ratings and comments", Items: []string{"the ratings passengers and drivers give each other", "compliments and complaints about a trip"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, Retention: policy.WhileAccountActive(policy.Period{})}
	comms := &policy.Category{ID: "communications", Name: "Communications", Items: []string{"chats and calls between passenger and driver through the app", "messages and calls to our customer service"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to settle the matter and any dispute about it")}
	audio := &policy.Category{ID: "audio", Name: "Trip audio recordings", Items: []string{"the sound of the trip, recorded by the app's safety feature"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, OnDevice: policy.OnDeviceUntilShared,
		Retention: policy.ByCriteria("on the phone, until it is replaced by a newer recording; once sent with a report, as long as needed to look into it")}
	incidents := &policy.Category{ID: "incidents", Name: "Safety incidents", Items: []string{"reports of accidents, harassment and other incidents", "the outcome of our investigation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("as long as claims about the incident may be brought")}
	device := &policy.Category{ID: "device", Name: "Device and access data", Items: []string{"IP address, with date and time", "device identifiers and model", "operating system and app version"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data", Items: []string{"advertising identifiers", "which of our campaigns brought you to the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	driversSee := &policy.Recipient{ID: "drivers", Name: "the driver who accepts your trip", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{passenger, location, trips, ratings}, Country: regionBR,
		Purpose: "to pick you up and take you to your destination: your name, photo, rating, pickup point and destination"}
	passengersSee := &policy.Recipient{ID: "passengers", Name: "the passengers you carry", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{driver, location, ratings}, Country: regionBR,
		Purpose: "to find and recognise you: your name, photo, rating, the car's model and plate and your location on the way"}
	payments := &policy.Recipient{ID: "payments", Name: "payment providers and card acquirers", Role: policy.RoleThirdParty, Categories: []*policy.Category{passenger, card, trips}, Country: regionBR,
		Purpose: "to authorise and settle payments by card"}
	pay := &policy.Recipient{ID: "99pay", Name: "99Pay, the payment institution of our group", Role: policy.RoleThirdParty, Categories: []*policy.Category{passenger, driver, trips, earnings}, Country: regionBR,
		Conditional: true, Purpose: "you pay with your 99Pay balance or receive your earnings in a 99Pay account"}
	screeners := &policy.Recipient{ID: "screeners", Name: "background check providers", Role: policy.RoleProcessor, Categories: []*policy.Category{driver, checks}, Country: regionBR,
		Purpose: "to check drivers' criminal records and driving licences"}
	didi := &policy.Recipient{ID: "didi", Name: "the companies of the DiDi group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{passenger, driver, location, trips, device, comms}, Country: regionCN,
		Purpose: "to provide the technology of the platform, maps and matching, and to support our customer service"}
	vendors := &policy.Recipient{ID: "vendors", Name: "cloud, maps, telephony, identity verification and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{passenger, driver, selfie, location, trips, device, comms}, Country: regionUS}
	insurers := &policy.Recipient{ID: "insurers", Name: "the insurer of the personal accident insurance of our trips", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{passenger, driver, trips, incidents}, Country: regionBR, Conditional: true,
		Purpose: "there is an accident during a trip and you or the driver make a claim"}
	police := &policy.Recipient{ID: "police", Name: "the police", Role: policy.RoleAuthority, Categories: []*policy.Category{passenger, driver, location, trips}, Country: regionBR, Conditional: true,
		Purpose: "you press the emergency button in the app, which calls the police and gives them your location, the car and the driver"}
	cities := &policy.Recipient{ID: "cities", Name: "the city governments that regulate ride-hailing, such as São Paulo's", Role: policy.RoleAuthority,
		Categories: []*policy.Category{driver, trips}, Country: regionBR, Purpose: "to report the trips made in the city and the drivers who made them, as the city's rules require"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, the police, Procon and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{passenger, driver, location, trips, comms, incidents, device}, Country: regionBR, Conditional: true,
		Purpose: "the law or an order requires it"}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and measurement partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{tracking}, Country: regionUS}

	rides := &policy.Purpose{ID: "trips", Name: "Arranging your trips and deliveries and taking payment",
		Categories: []*policy.Category{passenger, location, trips, card, ratings, comms},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{driversSee, payments, pay, didi, vendors},
		Required: "without your name, phone number and location we cannot arrange a trip for you"}
	driving := &policy.Purpose{ID: "driving", Name: "Registering drivers, offering them trips and paying their earnings",
		Categories: []*policy.Category{driver, location, trips, earnings, ratings, comms},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{passengersSee, pay, didi, vendors},
		Required: "without your licence, the vehicle's documents and an account for your earnings you cannot drive with us"}
	screening := &policy.Purpose{ID: "screening", Name: "Checking that drivers may carry passengers", Categories: []*policy.Category{driver, checks},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{screeners},
		Obligations: []policy.Obligation{{Act: "Law No. 12,587/2012 (National Urban Mobility Policy), Art. 11-B, as Law No. 13,640/2018 inserted it", Region: regionBR}},
		Criminal:    policy.CriminalAuthority{Laws: []policy.Obligation{{Act: "Law No. 12,587/2012, Art. 11-B", Region: regionBR}}},
		Required:    "the law asks every driver for a licence that allows paid work and a criminal record certificate; without them you cannot drive with us"}
	identity := &policy.Purpose{ID: "identity", Name: "Confirming with a selfie that the person driving, or riding, is the account holder",
		Categories: []*policy.Category{selfie, driver, passenger},
		Bases:      []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "making sure that the driver at the wheel is the one we checked, and protecting drivers from passengers who hide who they are",
		Recipients: []*policy.Recipient{vendors}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping passengers and drivers safe and looking into incidents",
		Categories: []*policy.Category{passenger, driver, location, trips, ratings, comms, audio, incidents},
		Bases:      []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of everyone who rides or drives with us",
		Recipients: []*policy.Recipient{insurers, police, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundSafetyReport, policy.SuspensionGroundTermsBreach}, Automated: policy.AnswerNo,
			Contest: "by asking in the app for a review"}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse of the app", Categories: []*policy.Category{passenger, driver, trips, card, device, location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing fake trips, payments with stolen cards and abuse of discounts",
		Automated: "our systems may block an account or a payment method automatically where they find signs of fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes,
			Contest: "by asking in the app for a person to look at it again", HumanReview: true}}
	pricing := &policy.Purpose{ID: "pricing", Name: "Setting fares, including dynamic prices when demand is high", Categories: []*policy.Category{location, trips},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "matching the number of drivers on the road to the number of passengers who want a trip"}
	municipal := &policy.Purpose{ID: "municipal", Name: "Reporting trips to the cities that regulate ride-hailing", Categories: []*policy.Category{driver, trips},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{cities},
		Obligations: []policy.Obligation{{Act: "Law No. 12,587/2012, Art. 11-A, and the cities' rules under it, such as São Paulo Municipal Decree No. 56,981/2016", Region: regionBR}}}
	records := &policy.Purpose{ID: "records", Name: "Keeping tax records and records of access to the app", Categories: []*policy.Category{trips, earnings, device},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the National Tax Code (Law No. 5,172/1966) and the rules on electronic invoices", Region: regionBR},
			{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	improve := &policy.Purpose{ID: "improve", Name: "Research and improving the app", Categories: []*policy.Category{trips, location, device, ratings},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making trips faster, cheaper and safer", Recipients: []*policy.Recipient{didi}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you coupons, offers and news by notification, email, SMS and WhatsApp",
		Categories: []*policy.Category{passenger, driver, trips},
		Bases:      []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our users discounts and services like those they already use", OptOut: true, Profiling: true}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising the app on other platforms and measuring our campaigns", Categories: []*policy.Category{tracking},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your phone's privacy settings", ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Recipients: []*policy.Recipient{adPartners}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{passenger, driver, trips, comms, incidents},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "99 Tecnologia Ltda.", Address: "São Paulo, SP, Brazil"}, Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:        &policy.Contact{Email: "privacidade@99app.example"},
		Version:    "2025", Effective: policy.MakeDate(2025, time.April, 1), Updated: policy.MakeDate(2025, time.April, 1),
		Laws:         []policy.Law{policy.LGPD},
		Scope:        []string{"the 99 app for passengers, with 99Pop, 99Taxi, 99Moto and 99Entrega", "the 99 Motorista app for drivers"},
		OtherNotices: []policy.Notice{{Covers: "the 99Pay digital account, which 99Pay offers as a payment institution", URL: "https://99app.example/99pay/privacidade"}},
		Categories:   []*policy.Category{passenger, driver, checks, selfie, location, trips, card, earnings, ratings, comms, audio, incidents, device, tracking},
		NotCollected: []policy.Exclusion{{ID: "card.number", Name: "full card numbers or security codes", Category: card,
			Note: "The payment provider keeps them and gives us a token for the card."}},
		Purposes:   []*policy.Purpose{rides, driving, screening, identity, safety, fraud, pricing, municipal, records, improve, marketing, advertising, claims},
		Recipients: []*policy.Recipient{driversSee, passengersSee, payments, pay, screeners, didi, vendors, insurers, police, cities, authorities, adPartners},
		Transfers: []policy.Transfer{
			{Destination: regionCN, Recipient: didi, Categories: []*policy.Category{passenger, driver, location, trips, device, comms}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{passenger, driver, selfie, location, trips, device, comms}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion:    []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud, policy.KeptAbuse}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed to run the website", Party: policy.PartyFirst, Purpose: rides, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising and attribution SDKs", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app, under Help, Privacy"}, {Kind: policy.RightRectification, How: "in your profile in the app"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure, How: "in the app, which also closes the account"}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, in the app's notification settings or with the link in each email"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking in the app for a person to review a block"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn},
			WithoutAccount: "by writing to the encarregado at privacidade@99app.example"},
		Security: []policy.Measure{{Kind: policy.MeasureContactMasking}, {Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureEncryptionAtRest, Description: "Trip audio is encrypted on the phone, and neither the passenger nor the driver can play it."}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacidade@99app.example"},
	}
	return realPolicy{"ride-hailing app (99)", p, []statement{
		{says: "99 Tecnologia Ltda. in São Paulo, with its CNPJ, a company of the DiDi group, is the controller for the passenger and the driver apps", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && len(p.Scope) == 2
		}},
		{says: "the encarregado answers at the privacy email address", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email == "privacidade@99app.example" }},
		{says: "the 99Pay digital account has its own privacy policy", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 && p.OtherNotices[0].URL != "" }},
		{says: "passengers give their name, phone number, email, CPF, date of birth and, if they wish, a photo", typed: func(p *policy.Policy) bool {
			return len(p.Category("passenger").Items) == 6 && p.Category("passenger").Sources[0] == policy.SourceUser
		}},
		{says: "drivers give their personal details, photo, licence with the EAR note, the vehicle's documents and an account for their earnings", typed: func(p *policy.Policy) bool {
			return len(p.Category("driver").Items) == 5 && p.Purpose("driving").Uses(p.Category("driver"))
		}},
		{says: "a driver cannot drive with us without a licence, the vehicle's documents and an account for the earnings", typed: func(p *policy.Policy) bool {
			return p.Purpose("driving").Required != "" && p.Purpose("driving").RestsOn(policy.BasisContract, policy.LGPD)
		}},
		{says: "the law on urban mobility requires drivers to present a criminal record certificate, which we check (Law 12,587/2012, Art. 11-B)", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("screening")
			return p.Category("checks").Criminal && pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(pu.Criminal.Laws) == 1
		}},
		{says: "background check providers and the traffic authorities tell us of drivers' records and of their licence's points and suspensions", typed: func(p *policy.Policy) bool {
			return p.Category("checks").SourceDetail != "" && recipient(p, "screeners").Role == policy.RoleProcessor
		}},
		{says: "a driver without the licence and the certificate the law asks for cannot drive with us", typed: func(p *policy.Policy) bool { return p.Purpose("screening").Required != "" }},
		{says: "drivers take a selfie before going online, which we compare with their registration, to prevent fraud (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			return p.Category("selfie").Biometric && p.Purpose("identity").HasBasis(policy.BasisFraudPrevention)
		}},
		{says: "we may also ask passengers for a selfie, such as those who pay in cash", typed: func(p *policy.Policy) bool {
			return len(p.Category("selfie").Items) == 2 && p.Purpose("identity").Uses(p.Category("passenger"))
		}},
		{says: "with your permission we collect your precise location; drivers' location is collected while they are online, even with the app in the background", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && len(p.Category("location").Items) == 2
		}},
		{says: "we record each trip's pickup, destination, route, times, fare, tips and payment method", typed: func(p *policy.Policy) bool {
			return len(p.Category("trips").Items) == 4 && p.Category("trips").Linked
		}},
		{says: "we do not store full card numbers; the payment provider keeps them and gives us a token", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Category == p.Category("card")
		}},
		{says: "passengers and drivers rate each other, and each sees the other's rating", typed: func(p *policy.Policy) bool {
			c := p.Category("ratings")
			return slices.Contains(c.Sources, policy.SourceOtherUsers) && slices.Contains(c.VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "passenger and driver talk through the app's chat and calls, which we keep for a dispute", typed: func(p *policy.Policy) bool {
			return p.Category("communications").Retention.Kind == policy.RetentionCriteria && p.Purpose("trips").Uses(p.Category("communications"))
		}},
		{says: "calls through the app mask both phone numbers, so that neither side sees the other's", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureContactMasking) }},
		{says: "the driver sees your name, photo, rating, pickup point and destination", typed: func(p *policy.Policy) bool {
			r := recipient(p, "drivers")
			return r.Role == policy.RoleThirdParty && r.Purpose != "" && slices.Contains(p.Purpose("trips").Recipients, r)
		}},
		{says: "the passenger sees the driver's name, photo, rating, the car's model and plate and the driver's location on the way", typed: func(p *policy.Policy) bool {
			r := recipient(p, "passengers")
			return slices.Contains(r.Categories, p.Category("driver")) && slices.Contains(p.Purpose("driving").Recipients, r)
		}},
		{says: "you can share your trip in real time with contacts you choose", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "the app can record the audio of a trip, which stays encrypted on the phone and reaches us only if you send it with a report", typed: func(p *policy.Policy) bool {
			return p.Category("audio").OnDevice == policy.OnDeviceUntilShared && p.Purpose("safety").Uses(p.Category("audio"))
		}},
		{says: "neither the passenger nor the driver can play the recording", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureEncryptionAtRest && m.Description != "" })
		}},
		{says: "the emergency button calls the police and gives them your location, the car and the driver", typed: func(p *policy.Policy) bool {
			r := recipient(p, "police")
			return r.Role == policy.RoleAuthority && r.Conditional && slices.Contains(r.Categories, p.Category("location"))
		}},
		{says: "we look into safety reports in our legitimate interest, and may deactivate an account; you may ask for the decision to be reviewed", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return p.Purpose("safety").HasBasis(policy.BasisLegitimateInterests) && slices.Contains(s.Grounds, policy.SuspensionGroundSafetyReport) && s.Contest != ""
		}},
		{says: "our systems may block an account or a card automatically on signs of fraud, and a person reviews the decision if you ask (Art. 20)", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return p.Purpose("fraud").Automated != "" && s.Automated == policy.AnswerYes && s.HumanReview && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "after an accident during a trip, the insurer of our personal accident insurance receives what it needs for the claim", typed: func(p *policy.Policy) bool {
			return recipient(p, "insurers").Conditional && recipient(p, "insurers").Role == policy.RoleThirdParty
		}},
		{says: "arranging trips rests on our contract with you, and we cannot do it without your name, phone and location (Art. 7(V))", typed: func(p *policy.Policy) bool {
			return p.Purpose("trips").RestsOn(policy.BasisContract, policy.LGPD) && p.Purpose("trips").Required != ""
		}},
		{says: "we pay drivers' earnings to their bank account, or to their 99Pay account if they have one", typed: func(p *policy.Policy) bool {
			return p.Purpose("driving").Uses(p.Category("earnings")) && recipient(p, "99pay").Conditional
		}},
		{says: "fares change with demand, in our legitimate interest in matching drivers to passengers", typed: func(p *policy.Policy) bool {
			return p.Purpose("pricing").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("pricing").Interest != ""
		}},
		{says: "we report trips and drivers to the cities that regulate ride-hailing, such as São Paulo, as their rules require", typed: func(p *policy.Policy) bool {
			return p.Purpose("municipal").RestsOn(policy.BasisLegalObligation, policy.LGPD) && recipient(p, "cities").Role == policy.RoleAuthority
		}},
		{says: "we keep tax records of trips and earnings for five years, and access records for six months, as the law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("earnings").Retention.Period == policy.Years(5) &&
				p.Category("device").Retention.Period == policy.Months(6)
		}},
		{says: "we use trip and app data for research and to improve the app, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we send coupons and offers by notification, email, SMS and WhatsApp, and you may opt out", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "advertising and attribution SDKs in the app measure our campaigns only with your consent, which you give and withdraw in your phone's settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Technology == policy.TechnologySDK
		}},
		{says: "the companies of the DiDi group, some in China, provide the platform's technology and support our customer service, under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "didi").Role == policy.RoleProcessor && p.Transfers[0].Destination == regionCN && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "cloud, maps, telephony and customer service providers process data for us, some in the United States", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[1].Destination == regionUS
		}},
		{says: "we give data to courts, the police and Procon when the law or an order requires, and to protect someone's life or safety", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "we keep passengers' data for five years after the account is closed, the time for consumer claims", typed: func(p *policy.Policy) bool {
			r := p.Category("passenger").Retention
			return r.Kind == policy.RetentionWhileActive && r.Period == policy.Years(5) && r.Criteria != ""
		}},
		{says: "after you delete your account we keep what the law requires and what we need for disputes, against fraud and to keep banned users out", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptFraud) && d.Keeps(policy.KeptAbuse)
		}},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object to offers, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are made in the app or to the encarregado, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(15) && p.Requests.WithoutAccount != ""
		}},
		{says: "we encrypt connections and control who may access data", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "accounts are for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "a minor may ride only with an adult who holds the account", free: toChildren},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
	}}
}

// br6Natura paraphrases, in our own words and as we recall it, the privacy
// policy of Natura (Natura Cosméticos S.A.), a Brazilian cosmetics maker
// that sells through independent beauty consultants, on its website and
// app and in its stores, as published in 2024-2025: customers' orders
// passed to the consultant they buy from, the consultants' registration,
// orders, credit and career in the consultancy, the business leaders who
// follow them, the Natura &Co group and Avon, recommendations and offers,
// surveys on consent, and the rights of LGPD Art. 18 through a privacy
// portal.
func br6Natura() realPolicy {
	customer := &policy.Category{ID: "customer", Name: "Customer registration data",
		Items:       []string{"name", "CPF", "date of birth", "gender", "email address", "phone number", "delivery address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	orders := &policy.Category{ID: "orders", Name: "Orders",
		Items:       []string{"products bought on our website and app, in our stores and from consultants' online stores", "price, payment method and invoice", "deliveries, exchanges and returns"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for invoices and tax records"}}
	card := &policy.Category{ID: "card", Name: "Payment card details", Items: []string{"cardholder name", "last four digits", "a token from the payment provider that stands for the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	preferences := &policy.Category{ID: "preferences", Name: "Beauty preferences", Items: []string{"your skin and hair type", "the fragrances and products you like"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	consultant := &policy.Category{ID: "consultant", Name: "Consultant registration data",
		Items:       []string{"name", "CPF", "identity card (RG)", "date of birth", "address", "email address", "mobile phone number", "the consultant or leader who referred you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	activity := &policy.Category{ID: "activity", Name: "Consultancy activity",
		Items: []string{"the orders you place with us in each cycle", "your bills and payments", "your level in the career plan, points and awards",
			"the training courses you take and the events you attend"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	credit := &policy.Category{ID: "credit", Name: "Consultants' credit", Items: []string{"credit score", "records of unpaid debts", "the credit limit we give you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "credit bureaus",
		DerivedFrom: []*policy.Category{activity}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	endCustomers := &policy.Category{ID: "end-customers", Name: "Consultants' customers", Items: []string{"the names, phone numbers and addresses of the customers a consultant registers in the app", "what they order from her"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("until the consultant deletes them or leaves the consultancy")}
	survey := &policy.Category{ID: "surveys", Name: "Survey answers", Items: []string{"your opinions on our products", "your answers to surveys and product research"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the research needs them").ThenAnonymise()}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the products and lines you are likely to want", "when you are likely to buy again"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, preferences}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	browsing := &policy.Category{ID: "browsing", Name: "Website and app use",
		Items:       []string{"IP address and access times", "device and browser", "pages and products viewed", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"calls, chats and emails with our customer service", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}

	consultants := &policy.Recipient{ID: "consultants", Name: "the Natura consultant you buy from", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, orders}, Country: regionBR, Conditional: true,
		Purpose: "you buy from a consultant, in person or in her online store, so that she can deliver your order and serve you"}
	leaders := &policy.Recipient{ID: "leaders", Name: "the business leaders who follow the consultants of their group", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{consultant, activity}, Country: regionBR,
		Purpose: "to support the consultants of their group and follow their orders, payments and career"}
	group := &policy.Recipient{ID: "group", Name: "the companies of the Natura &Co group in Brazil, such as Avon", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, orders, consultant, activity}, Country: regionBR,
		Purpose: "to run the consultancy that Natura and Avon share and to offer you the group's products"}
	carriers := &policy.Recipient{ID: "carriers", Name: "delivery companies", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, consultant, orders, activity}, Country: regionBR,
		Purpose: "to deliver orders to customers and consultants"}
	payments := &policy.Recipient{ID: "payments", Name: "payment providers, banks and card acquirers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, card, orders, consultant, activity}, Country: regionBR, Purpose: "to take payments by card, Pix and bank slip"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{consultant, credit}, Country: regionBR,
		Purpose: "to analyse consultants' credit and record their unpaid bills"}
	collection := &policy.Recipient{ID: "collection", Name: "debt collection agencies", Role: policy.RoleProcessor, Categories: []*policy.Category{consultant, activity}, Country: regionBR,
		Purpose: "to collect consultants' overdue bills on our behalf"}
	vendors := &policy.Recipient{ID: "vendors", Name: "technology, cloud, customer service and marketing providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, orders, preferences, consultant, activity, endCustomers, inferred, browsing, service, survey}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{browsing}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, Procon and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, orders, consultant, activity, service}, Country: regionBR, Conditional: true, Purpose: "the law or an order requires it"}

	sales := &policy.Purpose{ID: "sales", Name: "Selling and delivering our products, on our website and app, in our stores and through consultants",
		Categories: []*policy.Category{customer, orders, card, service},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{consultants, carriers, payments, vendors},
		Required: "an order cannot be placed without your name, CPF and delivery address, which the invoice and the delivery need"}
	consultancy := &policy.Purpose{ID: "consultancy", Name: "Registering consultants and running the consultancy: orders, bills, the career plan, training and awards",
		Categories: []*policy.Category{consultant, activity, endCustomers},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{leaders, group, carriers, payments, vendors},
		Required: "you cannot become a consultant without your CPF, identity card and address, which the orders, the invoices and the bills need"}
	cycles := &policy.Purpose{ID: "cycles", Name: "Telling consultants of each cycle's products, promotions and training", Categories: []*policy.Category{consultant, activity},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors}}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Analysing consultants' credit and setting the limit of their orders", Categories: []*policy.Category{consultant, activity, credit},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus},
		Automated: "an automated analysis of your credit and your payments sets whether you may order on credit and up to what amount"}
	collect := &policy.Purpose{ID: "collection", Name: "Collecting consultants' overdue bills", Categories: []*policy.Category{consultant, activity},
		Bases: []policy.Basis{policy.BasisExerciseOfRights, policy.BasisLegitimateInterests}, Interest: "recovering what consultants owe us",
		Recipients: []*policy.Recipient{collection, bureaus}}
	personalisation := &policy.Purpose{ID: "personalisation", Name: "Recommending products that suit you", Categories: []*policy.Category{orders, preferences, browsing, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each customer the products most likely to suit them", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{vendors}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email, SMS, WhatsApp and app notifications",
		Categories: []*policy.Category{customer, inferred},
		Bases:      []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products and promotions that suit them", OptOut: true,
		Recipients: []*policy.Recipient{group, vendors}}
	research := &policy.Purpose{ID: "research", Name: "Inviting you to surveys and product research", Categories: []*policy.Category{customer, survey},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by leaving the survey panel or telling us in the privacy portal", ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and measuring our campaigns", Categories: []*policy.Category{browsing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud in purchases, registrations and payments", Categories: []*policy.Category{customer, orders, consultant, activity, browsing},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our customers, consultants and us from purchases and registrations in someone else's name",
		Recipients: []*policy.Recipient{payments}}
	records := &policy.Purpose{ID: "records", Name: "Issuing invoices, keeping tax records and keeping records of access to our websites and apps",
		Categories: []*policy.Category{customer, orders, consultant, activity, browsing},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the National Tax Code (Law No. 5,172/1966) and the rules on electronic invoices", Region: regionBR},
			{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{customer, orders, consultant, activity, service},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Natura Cosméticos S.A.", Address: "São Paulo, SP, Brazil"}, Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:        &policy.Contact{Email: "dpo@natura.example", Website: "https://natura.example/privacidade/portal"},
		Version:    "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		Laws:        []policy.Law{policy.LGPD},
		Scope:       []string{"Natura's websites, app and stores and its consultants' online stores", "the Natura consultancy, for its consultants and business leaders"},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{customer, orders, card, preferences, consultant, activity, credit, endCustomers, survey, inferred, browsing, service},
		NotCollected: []policy.Exclusion{{ID: "card.number", Name: "full card numbers or security codes", Category: card,
			Note: "The payment provider keeps them and gives us a token for the card."}},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{sales, consultancy, cycles, creditCheck, collect, personalisation, marketing, research, advertising, fraud, records, claims},
		Recipients: []*policy.Recipient{consultants, leaders, group, carriers, payments, bureaus, collection, vendors, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{customer, orders, preferences, consultant, activity, endCustomers, inferred, browsing, service, survey},
				Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{browsing}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: sales, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{browsing}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the privacy portal"}, {Kind: policy.RightRectification, How: "in your account or the consultancy app"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, by the link in each message or in your account"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking in the privacy portal for a person to review your credit limit"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}},
		Links:    policy.Links{RequestForm: "https://natura.example/privacidade/portal", CookieSettings: "https://natura.example/privacidade/cookies"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureIncidentDetection}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact:  policy.Contact{Email: "dpo@natura.example"},
	}
	return realPolicy{"cosmetics maker with direct sales (Natura)", p, []statement{
		{says: "Natura Cosméticos S.A. in São Paulo, with its CNPJ, is the controller for its websites, app, stores and consultancy", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && len(p.Scope) == 2
		}},
		{says: "the encarregado answers by email and through the privacy portal", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Website != ""
		}},
		{says: "we collect your name, CPF, date of birth, gender, email, phone and address when you register or buy", typed: func(p *policy.Policy) bool {
			return len(p.Category("customer").Items) == 7 && p.Category("customer").Sources[0] == policy.SourceUser
		}},
		{says: "we record what you buy from us, in our stores and from consultants' online stores, how you pay and your deliveries and returns", typed: func(p *policy.Policy) bool {
			return len(p.Category("orders").Items) == 3
		}},
		{says: "you may tell us your skin and hair type and the fragrances you like, to get suggestions", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalisation").Uses(p.Category("preferences")) && p.Category("preferences").Sources[0] == policy.SourceUser
		}},
		{says: "we do not store full card numbers; the payment provider keeps them and gives us a token", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Category == p.Category("card") && p.NotCollected[0].Note != ""
		}},
		{says: "selling and delivering our products rests on our contract with you, and an order needs your name, CPF and address (Art. 7(V))", typed: func(p *policy.Policy) bool {
			return p.Purpose("sales").RestsOn(policy.BasisContract, policy.LGPD) && p.Purpose("sales").Required != ""
		}},
		{says: "when you buy from a consultant, she receives your name, address and order to deliver it and serve you", typed: func(p *policy.Policy) bool {
			r := recipient(p, "consultants")
			return r.Conditional && slices.Contains(r.Categories, p.Category("orders"))
		}},
		{says: "consultants are independent resellers, not our employees, and use what they receive as controllers in their own right", typed: func(p *policy.Policy) bool {
			return recipient(p, "consultants").Role == policy.RoleThirdParty
		}},
		{says: "delivery companies deliver orders on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "carriers").Role == policy.RoleProcessor }},
		{says: "payment providers, banks and acquirers take payments by card, Pix and bank slip", typed: func(p *policy.Policy) bool { return recipient(p, "payments").Purpose != "" }},
		{says: "to become a consultant you give your name, CPF, RG, date of birth, address, email, phone and who referred you", typed: func(p *policy.Policy) bool {
			return len(p.Category("consultant").Items) == 8
		}},
		{says: "you cannot become a consultant without these details, which the orders, invoices and bills need", typed: func(p *policy.Policy) bool {
			return p.Purpose("consultancy").Required != "" && p.Purpose("consultancy").RestsOn(policy.BasisContract, policy.LGPD)
		}},
		{says: "we record consultants' orders, bills, career level, points, awards, training and events", typed: func(p *policy.Policy) bool {
			return len(p.Category("activity").Items) == 4 && p.Purpose("consultancy").Uses(p.Category("activity"))
		}},
		{says: "we tell consultants of each cycle's products, promotions and training", typed: func(p *policy.Policy) bool {
			return p.Purpose("cycles").HasBasis(policy.BasisContract) && !p.Purpose("cycles").DirectMarketing
		}},
		{says: "we consult credit bureaus to analyse consultants' credit, on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").RestsOn(policy.BasisCreditProtection, policy.LGPD) && p.Category("credit").SourceDetail == "credit bureaus"
		}},
		{says: "an automated analysis sets whether and how much a consultant may order on credit, and she may ask for a review (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "overdue bills go to debt collection agencies, and credit bureaus may record them", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("collection")
			return pu.HasBasis(policy.BasisExerciseOfRights) && slices.Contains(pu.Recipients, recipient(p, "collection")) && slices.Contains(pu.Recipients, recipient(p, "bureaus"))
		}},
		{says: "the business leaders of a consultant's group see her orders, payments and career, to support her", typed: func(p *policy.Policy) bool {
			r := recipient(p, "leaders")
			return slices.Contains(r.Categories, p.Category("activity")) && r.Purpose != ""
		}},
		{says: "the companies of the Natura &Co group, such as Avon, receive data to run the consultancy they share and to offer their products", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Purpose != "" && slices.Contains(p.Purpose("consultancy").Recipients, recipient(p, "group"))
		}},
		{says: "consultants may register their own customers in the app to manage their sales", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("end-customers").Sources, policy.SourceOtherUsers) && p.Purpose("consultancy").Uses(p.Category("end-customers"))
		}},
		{says: "a consultant who registers her customers in the app answers for doing so lawfully", free: toCategory("end-customers")},
		{says: "we recommend products from your purchases and preferences, in our legitimate interest, and you may object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return pu.Profiling && pu.OptOut && pu.Interest != ""
		}},
		{says: "we infer from your orders and preferences what you are likely to want and when you will buy again", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 2 && p.Category("inferred").Sources[0] == policy.SourceDerived
		}},
		{says: "we send offers by email, SMS, WhatsApp and notifications in our legitimate interest, and you may opt out", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we invite you to surveys and product research only with your consent, which you may withdraw", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("research")
			return pu.RestsOnConsent() && pu.Withdraw != "" && pu.ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "advertising and analytics cookies are set with your consent, which you may change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "necessary cookies keep the website and the cart working", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "we check purchases and registrations for fraud in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Interest != ""
		}},
		{says: "we issue invoices and keep tax records as tax law requires, and access records for six months as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("browsing").Retention.Period == policy.Months(6)
		}},
		{says: "we record calls to customer service and tell you so at the start", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "technology, cloud, customer service and marketing providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "we give data to courts, Procon and other authorities when the law or an order requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "we keep customers' data for five years after the account is closed, the time for consumer claims, and consultants' for five years after they leave", typed: func(p *policy.Policy) bool {
			return p.Category("customer").Retention.Criteria != "" && p.Category("consultant").Retention.From == policy.EventContractEnd
		}},
		{says: "we do not sell personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object to offers, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests go through the privacy portal, where we may ask for a document to confirm who you are, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(15)
		}},
		{says: "we encrypt connections, restrict access, train our staff and watch for incidents", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "registration and the consultancy are for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we publish changes to this policy on our website", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Changes.Notify, []policy.Channel{policy.ChannelHomePage})
		}},
	}}
}
