package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var eu13FI = language.MustParseRegion("FI")

// The Spanish acts the BBVA paraphrase cites beyond those of the other
// files, each as the law of Spain, and the article of the EU rules on
// investment firms that has calls about investments recorded.
var (
	eu13ESAML            = policy.Obligation{Act: "Ley 10/2010, de 28 de abril, de prevención del blanqueo de capitales y de la financiación del terrorismo", Region: regionES}
	eu13ESAMLTip         = policy.Obligation{Act: "Ley 10/2010, de 28 de abril, art. 24 (prohibición de revelación)", Region: regionES}
	eu13ESOwnership      = policy.Obligation{Act: "Ley 10/2010, de 28 de abril, art. 43 (Fichero de Titularidades Financieras)", Region: regionES}
	eu13ESCIRBE          = policy.Obligation{Act: "Ley 44/2002, de 22 de noviembre, de Medidas de Reforma del Sistema Financiero, arts. 59 to 69 (Central de Información de Riesgos del Banco de España)", Region: regionES}
	eu13ESMortgage       = policy.Obligation{Act: "Ley 5/2019, de 15 de marzo, reguladora de los contratos de crédito inmobiliario, art. 11", Region: regionES}
	eu13ESConsumerCredit = policy.Obligation{Act: "Ley 16/2011, de 24 de junio, de contratos de crédito al consumo, art. 14", Region: regionES}
	eu13ESCRS            = policy.Obligation{Act: "Real Decreto 1021/2015, de 13 de noviembre (due diligence on the tax residence of account holders)", Region: regionES}
	eu13ESInvestment     = policy.Obligation{Act: "Ley 6/2023, de 17 de marzo, de los Mercados de Valores y de los Servicios de Inversión", Region: regionES}
	eu13MiFIDCalls       = policy.Obligation{Act: "Commission Delegated Regulation (EU) 2017/565, art. 76 (recording of telephone conversations)", Region: regionEU}
	eu13ESAMLRecords     = "Ley 10/2010 (art. 25), which requires the documents of due diligence to be kept for ten years after the relationship ends"
	eu13ESCameras        = "the LOPDGDD (art. 22.3), which requires images to be erased within one month unless they are needed to prove an act against people or property"
)

// realPolicyEu13BBVA paraphrases, in our own words and as we recall it,
// the privacy policy of Banco Bilbao Vizcaya Argentaria, S.A. for its
// private customers in Spain, as published in 2024-2025: the Bilbao bank
// that opens accounts, issues cards, lends and sells investments and
// insurance as an agent, in its branches, on bbva.es and in the BBVA
// app. It identifies its customers as the anti-money-laundering law
// requires, in a branch or by video identification with a comparison of
// the customer's face with the photo of the identity document; reports
// accounts to the Financial Ownership File and loans to the Bank of
// Spain's Central Credit Register; checks solvency before lending,
// deciding small loans in the app automatically; consults and reports
// to the common credit information systems; tests investors' knowledge
// and records calls about investments as MiFID requires; blocks cards
// and payments that look fraudulent; offers its customers products like
// those they have from its own data unless they object, and asks
// consent in the app's privacy settings for offers built with outside
// data, for sharing data with the BBVA Group and for partners' offers.
// It keeps data blocked for the limitation periods once the relationship
// ends. It declares the GDPR and the LOPDGDD and names the AEPD.
func realPolicyEu13BBVA() realPolicy {
	hq := "Plaza de San Nicolás 4, 48005 Bilbao, Spain"

	identity := &policy.Category{ID: "identity", Name: "Identification and contact data",
		Items: []string{"name and surnames", "the number of your DNI, NIE or passport and a copy of the document", "date and place of birth and nationality",
			"postal address, email address and mobile phone number", "your signature"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd, Law: eu13ESAMLRecords}}
	economic := &policy.Category{ID: "economic", Name: "Professional and economic data",
		Items:       []string{"your profession and employer", "your income and where it comes from", "your assets and other debts", "the countries where you are resident for tax, and your tax numbers there"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd, Law: eu13ESAMLRecords}}
	biometric := &policy.Category{ID: "biometric", Name: "Video identification data",
		Items:       []string{"the video and the photographs of your face taken during the video identification", "the comparison of your face with the photo of your identity document"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("the recording, as the proof of your identification that the anti-money-laundering law requires, for ten years after our relationship ends; the measurements of your face only as long as the comparison takes")}
	financial := &policy.Category{ID: "financial", Name: "Product and transaction data",
		Items: []string{"your accounts, balances, cards, loans, deposits, investments and insurance", "the payments, transfers and direct debits you make and receive, with the other party",
			"card payments and cash withdrawals, with the merchant, the place and the time"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty, policy.SourceOtherUsers},
		SourceDetail: "other banks, card schemes and payment systems, and the people who pay you", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd, Law: eu13ESAMLRecords}}
	solvency := &policy.Category{ID: "solvency", Name: "Solvency data",
		Items: []string{"the loans and guarantees you have with other entities, as the Central Credit Register reports them", "any entry about you in the common credit information systems",
			"the property you own and its charges, for a mortgage", "the score and the limit we calculate"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived, policy.SourcePublic},
		SourceDetail: "the Bank of Spain's Central Credit Register (CIRBE), the credit information systems ASNEF-Equifax and BADEXCUG, the Land Registry and the Cadastre",
		DerivedFrom:  []*policy.Category{economic, financial}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to decide on your application and, if we lend to you, as long as the loan runs and the time to claim under it")}
	investor := &policy.Category{ID: "investor", Name: "Investor profile",
		Items:       []string{"your knowledge of and experience with financial products", "your investment objectives, horizon and tolerance of risk", "the result of your suitability or appropriateness test"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you hold investments with us and for five years afterwards, as the securities rules require")}
	interests := &policy.Category{ID: "interests", Name: "Commercial profile",
		Items:       []string{"the products you have and how you use them", "the segment we place you in", "the products and pre-approved credit that may suit you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{financial, economic}, Linked: true,
		Retention: policy.ByCriteria("as long as you are a customer and have not objected or withdrawn your consent")}
	calls := &policy.Category{ID: "calls", Name: "Conversations with us",
		Items:       []string{"recordings of calls with our managers and customer service", "chats in the app and emails", "complaints and claims"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as the matter needs and the time to claim about it; recordings of orders for investments for five years")}
	online := &policy.Category{ID: "online", Name: "Device and access data",
		Items:       []string{"IP address", "the device, its identifier and operating system", "when and how you log in to bbva.es and the app", "the location of the device when you operate, if you allow it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to secure your access and prevent fraud")}
	camera := &policy.Category{ID: "camera", Name: "Images from our cameras",
		Items:       []string{"images from the cameras in our branches and at our cash machines"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.AsRequiredBy(eu13ESCameras)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising cookie data",
		Items:       []string{"cookie and advertising identifiers", "the pages you visit on bbva.es and the ads of ours you see"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts")}

	providers := &policy.Recipient{ID: "providers", Name: "providers of IT and cloud services, call centres, printing, document custody and debt collection", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, economic, financial, calls, online}, Country: regionEU}
	cloud := &policy.Recipient{ID: "cloud", Name: "technology providers outside the European Economic Area", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, financial, online}, Country: regionUS, Purpose: "to host and support our systems"}
	payments := &policy.Recipient{ID: "payments", Name: "other banks, payment systems and card schemes, such as Redsys, SWIFT, Visa and Mastercard", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, financial}, Purpose: "to carry out your payments, transfers and card transactions", OwnPolicy: true}
	bizum := &policy.Recipient{ID: "bizum", Name: "Bizum, S.L.", Role: policy.RoleThirdParty, Country: regionES, Conditional: true,
		Categories: []*policy.Category{identity, financial}, Purpose: "if you sign up to Bizum, to link your mobile number to your account so that you can send and receive money with it"}
	tpps := &policy.Recipient{ID: "tpps", Name: "payment initiation and account information services you authorise", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, financial}, Conditional: true, OwnPolicy: true, Purpose: "if you give such a service access to your accounts under the payment services law"}
	cirbe := &policy.Recipient{ID: "cirbe", Name: "the Bank of Spain, which runs the Central Credit Register (CIRBE)", Role: policy.RoleAuthority, Country: regionES,
		Categories: []*policy.Category{identity, financial, solvency}, Purpose: "to report the loans and guarantees you hold with us, as the law requires, and to tell us, when you ask us for financing, the risks you have with other entities"}
	files := &policy.Recipient{ID: "files", Name: "the common credit information systems ASNEF-Equifax (Equifax Ibérica, S.L.) and BADEXCUG (Experian Bureau de Crédito, S.A.)", Role: policy.RoleThirdParty, Country: regionES,
		Categories: []*policy.Category{identity, solvency}, NoticeURL: "https://www.equifax.example/asnef/privacy",
		Purpose: "to tell us, when you apply for credit, whether you have unpaid debts; and, if you leave a certain and due debt unpaid after we have asked you for it and warned you, to record it, as art. 20 LOPDGDD allows"}
	insurers := &policy.Recipient{ID: "insurers", Name: "BBVA Seguros and the other insurers whose policies we sell as a banking insurance agent", Role: policy.RoleThirdParty, Country: regionES,
		Categories: []*policy.Category{identity, financial}, Conditional: true, OwnPolicy: true, Purpose: "if you take out insurance through us"}
	groupCos := &policy.Recipient{ID: "group", Name: "companies of the BBVA Group in Spain", Role: policy.RoleThirdParty, Country: regionES,
		Categories: []*policy.Category{identity, financial, interests}, Conditional: true, Purpose: "if you agree, to offer you their own products"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies, lawyers and court agents", Role: policy.RoleProcessor, Country: regionES,
		Categories: []*policy.Category{identity, financial}, Conditional: true, Purpose: "if you do not pay what you owe us"}
	tax := &policy.Recipient{ID: "tax", Name: "the State Tax Administration Agency (AEAT)", Role: policy.RoleAuthority, Country: regionES,
		Categories: []*policy.Category{identity, economic, financial}, Purpose: "to report your accounts, interest, withholdings and investments every year, and the accounts of those resident for tax abroad"}
	sepblac := &policy.Recipient{ID: "sepblac", Name: "the Executive Service of the Commission for the Prevention of Money Laundering (SEPBLAC), which also keeps the Financial Ownership File", Role: policy.RoleAuthority, Country: regionES,
		Categories: []*policy.Category{identity, financial}, Purpose: "to record who holds each account, as the law requires, and to receive our reports of suspicious transactions"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the Bank of Spain, the National Securities Market Commission (CNMV), the courts and the police", Role: policy.RoleAuthority, Country: regionES,
		Categories: []*policy.Category{identity, financial, camera}, Conditional: true, Purpose: "where a law or a court requires us to disclose"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and social media, such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show our ads on other websites and measure them"}

	onboarding := &policy.Purpose{ID: "onboarding", Name: "Identifying you and knowing your professional and economic activity before you become a customer",
		Categories: []*policy.Category{identity, economic}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract},
		Obligations: []policy.Obligation{eu13ESAML}, Recipients: []*policy.Recipient{providers},
		Required: "the anti-money-laundering law requires us to identify you and to know your activity and where your money comes from; without that information we cannot accept you as a customer"}
	videoID := &policy.Purpose{ID: "video-id", Name: "Identifying you remotely by video, comparing your face with the photo of your identity document",
		Categories: []*policy.Category{biometric, identity}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Obligations: []policy.Obligation{eu13ESAML}, Withdraw: "by stopping the video identification and coming to a branch instead", ConsentMethod: policy.ConsentMethodCheckbox,
		Required: "identifying yourself by video is up to you; you may identify yourself in a branch instead"}
	products := &policy.Purpose{ID: "products", Name: "Providing the accounts, cards, payments, loans and online banking you contract",
		Categories: []*policy.Category{identity, financial, online}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{payments, providers, cloud, tpps},
		Required:   "we cannot make a payment or a transfer for you without the details of the payee"}
	bizumPurpose := &policy.Purpose{ID: "bizum", Name: "Sending and receiving money with your mobile number through Bizum",
		Categories: []*policy.Category{identity, financial}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{bizum},
		Required: "Bizum needs your mobile number; without it you cannot use the service"}
	lending := &policy.Purpose{ID: "lending", Name: "Assessing your solvency and deciding on your applications for loans, credit cards and mortgages",
		Categories: []*policy.Category{identity, economic, financial, solvency}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13ESMortgage, eu13ESConsumerCredit}, Recipients: []*policy.Recipient{cirbe, files},
		Required:      "the law requires us to assess whether you can repay before we lend to you; without your income and debts we cannot grant the credit",
		Automated:     "when you apply for a consumer loan or a credit card in the app, our system decides from your data, your products with us and your risks with other entities whether we grant it and up to what amount",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial}}
	register := &policy.Purpose{ID: "cirbe", Name: "Reporting your loans and guarantees to the Central Credit Register",
		Categories: []*policy.Category{identity, financial}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13ESCIRBE}, Recipients: []*policy.Recipient{cirbe}}
	creditFiles := &policy.Purpose{ID: "credit-files", Name: "Consulting the common credit information systems, and reporting to them debts you leave unpaid",
		Categories: []*policy.Category{identity, solvency}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "lending responsibly and protecting the financial system against debts that are not repaid", Recipients: []*policy.Recipient{files}}
	collection := &policy.Purpose{ID: "collection", Name: "Recovering what you owe us",
		Categories: []*policy.Category{identity, financial}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "recovering the debts owed to us", Recipients: []*policy.Recipient{collectors, files}}
	aml := &policy.Purpose{ID: "aml", Name: "Preventing money laundering and the financing of terrorism, and applying international sanctions",
		Categories: []*policy.Category{identity, economic, financial}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13ESAML}, Recipients: []*policy.Recipient{sepblac, authorities},
		TippingOff:    []policy.Obligation{eu13ESAMLTip},
		HumanDecision: true,
		Required:      "the law requires you to explain unusual transactions and to keep your data up to date; if you do not, we may have to refuse the transaction or end our relationship",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetBankAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}, Automated: policy.AnswerNo, Contest: "by talking to your branch manager"}}
	ownership := &policy.Purpose{ID: "ownership", Name: "Reporting the accounts you open and hold to the Financial Ownership File",
		Categories: []*policy.Category{identity, financial}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13ESOwnership}, Recipients: []*policy.Recipient{sepblac}}
	taxPurpose := &policy.Purpose{ID: "tax", Name: "Reporting to the tax authorities",
		Categories: []*policy.Category{identity, economic, financial}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu11ESTax, eu13ESCRS}, Recipients: []*policy.Recipient{tax},
		Required: "the law requires you to tell us the countries where you are resident for tax and your tax numbers there; without them we cannot open your account"}
	investing := &policy.Purpose{ID: "investing", Name: "Assessing whether investments suit you before we advise you or sell them to you",
		Categories: []*policy.Category{investor, identity}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13ESInvestment},
		Required:    "the securities law requires us to ask you these questions; if you do not answer them we cannot advise you, and we warn you that we cannot tell whether a product you choose suits you"}
	recording := &policy.Purpose{ID: "investment-calls", Name: "Recording calls in which you give orders for investments or we advise you on them",
		Categories: []*policy.Category{calls}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13MiFIDCalls},
		Retention:   policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection, Law: "Commission Delegated Regulation (EU) 2017/565, art. 76(8)"},
		Required:    "the law requires these calls to be recorded; if you do not want to be recorded, give your order in writing or in a branch"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting and preventing fraud and protecting your accounts and cards",
		Categories: []*policy.Category{identity, financial, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu11PSD2RTS},
		Interest:    "protecting you and BBVA against fraud and against operations you did not make",
		Automated:   "our systems may block a card or stop an operation automatically when it looks fraudulent",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Automated: policy.AnswerYes,
			Contest: "by calling us or in the app", HumanReview: true}}
	service := &policy.Purpose{ID: "service", Name: "Answering your questions, complaints and claims, and recording calls with customer service",
		Categories: []*policy.Category{calls, identity}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "keeping proof of what you asked us and improving the quality of our service", Recipients: []*policy.Recipient{providers},
		Required: "we cannot look into a complaint without knowing who you are and what it is about"}
	cameras := &policy.Purpose{ID: "cameras", Name: "Filming our branches and cash machines",
		Categories: []*policy.Category{camera}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "the safety of people, money and property in our branches", Recipients: []*policy.Recipient{authorities}}
	insurance := &policy.Purpose{ID: "insurance", Name: "Selling you insurance as a banking insurance agent",
		Categories: []*policy.Category{identity, financial}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{insurers},
		Required: "the insurer needs your details to insure you; without them it cannot issue the policy"}
	offers := &policy.Purpose{ID: "offers", Name: "Offering you BBVA products like those you have, chosen from the data you have with us", DirectMarketing: true,
		Categories: []*policy.Category{interests, identity, financial}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering our customers products that fit their situation", Profiling: true, OptOut: true,
		OptOutHow: "in the privacy settings of the app or bbva.es, in a branch, or with the link in every email", ConsentExemptBy: []policy.Obligation{eu6LSSISoftOpt},
		Recipients: []*policy.Recipient{providers}}
	personalised := &policy.Purpose{ID: "personalised", Name: "Offering you products and pre-approved credit chosen also with data from outside BBVA, such as the credit information systems and the Central Credit Register", DirectMarketing: true,
		Categories: []*policy.Category{interests, solvency, financial}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, ConsentLogged: true,
		Withdraw: "in the privacy settings of the app or bbva.es, or in a branch", Profiling: true}
	sharing := &policy.Purpose{ID: "sharing", Name: "Passing your data to the companies of the BBVA Group for their own offers", DirectMarketing: true,
		Categories: []*policy.Category{identity, financial, interests}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the privacy settings of the app or bbva.es, or in a branch", Recipients: []*policy.Recipient{groupCos}}
	partners := &policy.Purpose{ID: "partners", Name: "Offering you the products of the companies we work with", DirectMarketing: true,
		Categories: []*policy.Category{identity, interests}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu9LSSIConsent}, Withdraw: "in the privacy settings of the app or bbva.es, or in a branch"}
	website := &policy.Purpose{ID: "website", Name: "Running bbva.es and the app and keeping your access secure",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you our website and app and protecting them against attacks", Recipients: []*policy.Recipient{providers, cloud}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how bbva.es and the app are used, to improve them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6LSSICookies}, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", Name: "Showing you our ads on other websites and social media", DirectMarketing: true,
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6LSSICookies}, Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Banco Bilbao Vizcaya Argentaria, S.A.", Address: hq, Website: "https://www.bbva.example"},
			Registration: "NIF A48265169, registered in the Mercantile Register of Bizkaia", Country: regionES},
		DPO:     &policy.Contact{Name: "Data Protection Officer of the BBVA Group", Email: "dpo@bbva.example", Address: "Calle Azul 4, 28050 Madrid, Spain"},
		Version: "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		URL:       "https://www.bbva.example/privacidad",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu6LOPDGDD},
		Scope:     []string{"our accounts, cards, loans, investments and insurance for private customers in Spain, bbva.es and the BBVA app"},
		OtherNotices: []policy.Notice{
			{Covers: "the cookies on bbva.es and in the app, in our cookie policy", URL: "https://www.bbva.example/cookies"},
			{Covers: "job candidates", URL: "https://www.bbva.example/careers/privacy"},
		},
		Categories: []*policy.Category{identity, economic, biometric, financial, solvency, investor, interests, calls, online, camera, tracking},
		Purposes: []*policy.Purpose{onboarding, videoID, products, bizumPurpose, lending, register, creditFiles, collection, aml, ownership, taxPurpose, investing, recording,
			fraud, service, cameras, insurance, offers, personalised, sharing, partners, website, analytics, ads},
		Recipients: []*policy.Recipient{providers, cloud, payments, bizum, tpps, cirbe, files, insurers, groupCos, collectors, tax, sepblac, authorities, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: cloud, Categories: []*policy.Category{identity, financial, online},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, ChosenDestination: policy.ChosenDestinationPayee, Recipient: payments, Categories: []*policy.Category{identity, financial},
				Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventContractEnd, Categories: []*policy.Category{identity, economic, financial, biometric},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptFor: policy.Years(10), KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "technical", Name: "technical cookies for logging in, security and your settings", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the privacy section of the app or bbva.es, in any branch, or by writing to our data protection officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by calling us or in a branch, after which one of our staff reviews the decision and hears your point of view"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			WithoutAccount: "by writing to our data protection officer, with a copy of your identity document"},
		Redress: []policy.Redress{eu9AEPD},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureLeastPrivilege}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Links:      policy.Links{CookieSettings: "https://www.bbva.example/cookies/settings"},
		Children:   policy.Children{ConsentAge: 14, ParentalConsent: true, ParentRequests: "in the parent's or guardian's own online banking, or in a branch"},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "dpo@bbva.example"},
	}
	return realPolicy{"bank (BBVA Spain)", p, []statement{
		{says: "Banco Bilbao Vizcaya Argentaria, S.A., of Bilbao, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionES && strings.HasPrefix(p.Controller.Registration, "NIF A48265169") && strings.Contains(p.Controller.Address, "Bilbao")
		}},
		{says: "the BBVA Group has a data protection officer, whom you can write to", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != "" }},
		{says: "we process your data under the GDPR and the LOPDGDD", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu6LOPDGDD
		}},
		{says: "this policy covers our private customers' products, bbva.es and the app; cookies and job candidates have their own notices", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "BBVA app") && len(p.OtherNotices) == 2
		}},
		{says: "we collect your name, identity document and a copy of it, date of birth, nationality, address, email, mobile number and signature", typed: func(p *policy.Policy) bool {
			return len(p.Category("identity").Items) == 5 && strings.Contains(p.Category("identity").Items[1], "copy of the document")
		}},
		{says: "the anti-money-laundering law requires us to identify you and to know your activity and income; without that we cannot accept you", typed: func(p *policy.Policy) bool {
			o := p.Purpose("onboarding")
			return o.RestsOn(policy.BasisLegalObligation, policy.GDPR) && o.Obligations[0] == eu13ESAML && strings.Contains(o.Required, "cannot accept") && o.Uses(p.Category("economic"))
		}},
		{says: "you may become a customer from the app by video identification, in which we compare your face with the photo of your identity document, with your explicit consent", typed: func(p *policy.Policy) bool {
			v := p.Purpose("video-id")
			return p.Category("biometric").Biometric && p.Category("biometric").Sensitivity == policy.SensitivitySpecial && v.HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "video identification is up to you; you may identify yourself in a branch instead", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("video-id").Required, "branch instead")
		}},
		{says: "we keep the recording of your video identification for ten years as the proof the law requires, and the measurements of your face only for the comparison", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("biometric").Retention.Criteria, "ten years") && strings.Contains(p.Category("biometric").Retention.Criteria, "only as long as the comparison")
		}},
		{says: "we provide the accounts, cards, payments, loans and online banking you contract", typed: func(p *policy.Policy) bool {
			return p.Purpose("products").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("products").Required != ""
		}},
		{says: "we record your payments with the other party, and where and when you pay by card", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("financial").Items[2], "merchant") && slices.Contains(p.Category("financial").Sources, policy.SourceOtherUsers)
		}},
		{says: "other banks, payment systems and card schemes receive what they need to carry out your payments, abroad too", typed: func(p *policy.Policy) bool {
			r := recipient(p, "payments")
			return r.OwnPolicy && p.Transfers[1].ChosenDestination == policy.ChosenDestinationPayee && p.Transfers[1].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "if you sign up to Bizum, we link your mobile number to your account with Bizum, S.L.", typed: func(p *policy.Policy) bool {
			return recipient(p, "bizum").Conditional && p.Purpose("bizum").RestsOn(policy.BasisContract, policy.GDPR)
		}},
		{says: "if you let a payment initiation or account information service into your accounts, we give it what you authorise", typed: func(p *policy.Policy) bool {
			r := recipient(p, "tpps")
			return r.Conditional && r.OwnPolicy
		}},
		{says: "before lending the law requires us to assess your solvency, with your income, your debts and your risks with other entities", typed: func(p *policy.Policy) bool {
			l := p.Purpose("lending")
			return l.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(l.Obligations, eu13ESMortgage) && slices.Contains(l.Obligations, eu13ESConsumerCredit)
		}},
		{says: "for a mortgage we look up the property in the Land Registry and the Cadastre", typed: func(p *policy.Policy) bool {
			s := p.Category("solvency")
			return strings.Contains(s.SourceDetail, "Land Registry") && slices.Contains(s.Sources, policy.SourcePublic)
		}},
		{says: "loans and credit cards applied for in the app are decided automatically; you may ask for one of our staff to review the decision and give your point of view", typed: func(p *policy.Policy) bool {
			return p.Purpose("lending").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision) && p.Purpose("lending").DecisionAreas[0] == policy.DecisionFinancial
		}},
		{says: "the law requires us to report your loans and guarantees to the Bank of Spain's Central Credit Register, and we consult it when you ask for financing", typed: func(p *policy.Policy) bool {
			c := p.Purpose("cirbe")
			return c.RestsOn(policy.BasisLegalObligation, policy.GDPR) && c.Obligations[0] == eu13ESCIRBE && recipient(p, "cirbe").Role == policy.RoleAuthority
		}},
		{says: "we consult the credit information systems ASNEF and BADEXCUG, and report to them debts left unpaid after we have asked for them, in our legitimate interest", typed: func(p *policy.Policy) bool {
			c := p.Purpose("credit-files")
			return c.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && strings.Contains(recipient(p, "files").Purpose, "art. 20 LOPDGDD") && recipient(p, "files").NoticeURL != ""
		}},
		{says: "if you do not pay, we may pass the debt to collection agencies and lawyers", typed: func(p *policy.Policy) bool {
			return recipient(p, "collectors").Conditional && p.Purpose("collection").RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "we monitor operations for money laundering, terrorist financing and sanctions, and may refuse an operation or block an account; our staff decide", typed: func(p *policy.Policy) bool {
			a := p.Purpose("aml")
			return a.HumanDecision && slices.Contains(a.Suspension.Targets, policy.SuspensionTargetBankAccount) && a.Suspension.Automated == policy.AnswerNo
		}},
		{says: "we report suspicious operations to SEPBLAC and the law forbids us to tell you so", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").TippingOff[0] == eu13ESAMLTip && slices.Contains(p.Purpose("aml").Recipients, recipient(p, "sepblac"))
		}},
		{says: "we keep the documents of your identification and of your operations for ten years after our relationship ends, as the anti-money-laundering law requires", typed: func(p *policy.Policy) bool {
			r := p.Category("identity").Retention
			return r.Period == policy.Years(10) && r.From == policy.EventContractEnd && strings.Contains(r.Law, "art. 25")
		}},
		{says: "we report the accounts you open to the Financial Ownership File", typed: func(p *policy.Policy) bool {
			return p.Purpose("ownership").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Purpose("ownership").Obligations[0] == eu13ESOwnership
		}},
		{says: "we report to the tax agency every year, and the accounts of those resident for tax abroad, who must tell us their country and tax number", typed: func(p *policy.Policy) bool {
			t := p.Purpose("tax")
			return t.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(t.Obligations, eu13ESCRS) && strings.Contains(t.Required, "tax numbers")
		}},
		{says: "before advising you on investments or selling them to you, the law requires us to test your knowledge, experience and objectives; if you do not answer, we cannot advise you", typed: func(p *policy.Policy) bool {
			i := p.Purpose("investing")
			return i.RestsOn(policy.BasisLegalObligation, policy.GDPR) && i.Obligations[0] == eu13ESInvestment && strings.Contains(i.Required, "cannot advise")
		}},
		{says: "we record calls in which you give investment orders or we advise you, as the law requires, and keep them five years", typed: func(p *policy.Policy) bool {
			r := p.Purpose("investment-calls")
			return r.Obligations[0] == eu13MiFIDCalls && r.Retention.Period == policy.Years(5)
		}},
		{says: "our fraud systems may block a card, stop an operation or suspend your online access automatically; call us and one of our staff reviews it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && s.HumanReview && slices.Contains(s.Targets, policy.SuspensionTargetRemoteAccess) && p.Purpose("fraud").Automated != ""
		}},
		{says: "we prevent fraud in our legitimate interest and because the payment services rules require us to monitor operations", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && f.Obligations[0] == eu11PSD2RTS
		}},
		{says: "we record calls with customer service, telling you first, to keep proof of what you asked and improve our service", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("service").RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "we film our branches and cash machines and erase the images within a month unless they are needed as proof", typed: func(p *policy.Policy) bool {
			return p.Purpose("cameras").Uses(p.Category("camera")) && strings.Contains(p.Category("camera").Retention.Law, "within one month")
		}},
		{says: "if you take out insurance through us, the insurer receives your data as a controller in its own right", typed: func(p *policy.Policy) bool {
			r := recipient(p, "insurers")
			return r.OwnPolicy && r.Conditional && r.Role == policy.RoleThirdParty
		}},
		{says: "we offer you BBVA products like those you have, chosen from the data you have with us, in our legitimate interest, and you may object", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.Profiling && o.OptOut && o.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && o.ConsentExemptBy[0] == eu6LSSISoftOpt
		}},
		{says: "with your consent we choose offers and pre-approved credit also from data from outside BBVA", typed: func(p *policy.Policy) bool {
			pe := p.Purpose("personalised")
			return pe.RestsOnConsent() && pe.Uses(p.Category("solvency")) && pe.Profiling
		}},
		{says: "with your consent we pass your data to the BBVA Group companies for their offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("sharing").RestsOnConsent() && recipient(p, "group").Conditional
		}},
		{says: "with your consent we send you offers of the companies we work with", typed: func(p *policy.Policy) bool {
			return p.Purpose("partners").RestsOnConsent() && p.Purpose("partners").ConsentRequiredBy[0] == eu9LSSIConsent
		}},
		{says: "you give, refuse and withdraw these consents at any time in the privacy settings of the app or bbva.es, and we keep a record of them", typed: func(p *policy.Policy) bool {
			pe := p.Purpose("personalised")
			return pe.ConsentMethod == policy.ConsentMethodConsentTool && pe.ConsentLogged && strings.Contains(pe.Withdraw, "privacy settings")
		}},
		{says: "providers of IT, cloud, call centres, printing, document custody and debt collection process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "some technology providers outside the EEA process data for us under standard contractual clauses, a copy of which our DPO gives you", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Safeguard == policy.SafeguardStandardClauses && t.Note != "" && t.Recipient == recipient(p, "cloud")
		}},
		{says: "we disclose data to the Bank of Spain, the CNMV, the courts and the police only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "when our relationship ends we block your data, keeping it only for the courts and the authorities until the time to claim has passed, and then erase it", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.KeptRestricted && d.Keeps(policy.KeptLegalClaims) && d.KeptFor == policy.Years(10)
		}},
		{says: "technical cookies are set without consent; analytics and advertising cookies only with it", typed: func(p *policy.Policy) bool {
			return cookie(p, "technical").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "you may access, rectify and erase your data, object to and restrict its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you exercise your rights in the app, on bbva.es, in a branch or by writing to our DPO with a copy of your identity document", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Rights[0].How, "branch") && slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.WithoutAccount != ""
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Spanish Data Protection Agency", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) && p.Redress[0] == eu9AEPD }},
		{says: "keep your data up to date, and tell the people whose data you give us, such as authorised persons and guarantors", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "a minor under 14 needs a parent or guardian, who opens the account and exercises the minor's rights", typed: func(p *policy.Policy) bool {
			return p.Children.ConsentAge == 14 && p.Children.ParentalConsent && p.Children.ParentRequests != ""
		}},
		{says: "we protect your data with encryption, access controls, need-to-know access and staff training", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we will never ask you for your passwords or codes by phone, email or text message; report suspicious messages to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "we tell you of important changes to this policy in the app and by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2
		}},
		// Free text.
		{says: "before complaining to the AEPD you may write to our data protection officer, who will look into your complaint", free: toIntroduction},
		{says: "the data we receive from the Central Credit Register is used to assess your risk and never for offers unless you have agreed", free: toCategory("solvency")},
		{says: "this policy also covers former and prospective customers and the people who act for a customer, such as authorised persons, representatives and guarantors", free: toIntroduction},
	}}
}

// The Italian acts and rules of the energy regulator the Enel Energia
// paraphrase cites beyond those of realpolicies_eu9_test.go, each as the
// law of Italy.
var (
	eu13ITPhoneContracts = policy.Obligation{Act: "Codice del consumo (D.lgs. 6 settembre 2005, n. 206), art. 51(6)", Region: eu9IT}
	eu13ITSII            = policy.Obligation{Act: "Decreto-legge 8 luglio 2010, n. 105, art. 1-bis, converted by Legge 13 agosto 2010, n. 129 (Sistema Informativo Integrato)", Region: eu9IT}
	eu13ITLicenceFee     = policy.Obligation{Act: "Legge 28 dicembre 2015, n. 208, art. 1, commi 152 ff. (the television licence fee charged in the electricity bill)", Region: eu9IT}
	eu13ITSocialBonus    = policy.Obligation{Act: "Decreto-legge 26 ottobre 2019, n. 124, art. 57-bis (automatic recognition of the social bonuses)", Region: eu9IT}
	eu13ITArrears        = policy.Obligation{Act: "ARERA, Testo integrato morosità elettrica (TIMOE), Annex A to decision 258/2015/R/com", Region: eu9IT}
	eu13ITComplaints     = policy.Obligation{Act: "ARERA, Testo integrato della qualità dei servizi di vendita (TIQV), Annex A to decision 413/2016/R/com", Region: eu9IT}
	eu13ITLimitation     = "the Civil Code (art. 2946), under which claims are time-barred after ten years"
)

// realPolicyEu13EnelEnergia paraphrases, in our own words and as we
// recall it, the privacy notice of Enel Energia S.p.A. for its customers,
// as published in 2024-2025: the Rome company of the Enel group that
// sells electricity and gas on the free market to households in Italy,
// through enel.it, the Enel Energia app, its shops, sales agencies and
// call centres. It registers supplies and switches them through the
// Integrated Information System that Acquirente Unico runs for the
// energy markets; receives meter readings from the distributor; records
// the confirmation of contracts made by phone; checks customers' payment
// reliability; sends formal notices and has supplies suspended when
// bills go unpaid, as the regulator's rules lay down; applies the social
// bonuses the system recognises automatically; keeps supplies to
// customers who depend on life-support equipment from being suspended;
// charges the television licence fee in the bill, as the law requires;
// asks separate consents for its own marketing, for profiling, and for
// passing data to other Enel companies and to partners; and emails its
// customers offers of like services as art. 130(4) of the Codice privacy
// allows. It declares the GDPR and the Codice privacy and names the
// Garante.
func realPolicyEu13EnelEnergia() realPolicy {
	hq := "Viale Regina Margherita 125, 00198 Rome, Italy"

	identity := &policy.Category{ID: "identity", Name: "Identification and contact data",
		Items: []string{"first name and surname", "tax code (codice fiscale)", "the type and number of your identity document", "residence and billing address",
			"email address and phone numbers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd, Law: eu13ITLimitation}}
	supply := &policy.Category{ID: "supply", Name: "Supply data",
		Items: []string{"the address of the supply", "the code of the supply point (POD for electricity, PDR for gas) and the meter number",
			"the offer, the power and the use you contract, such as a household where you live", "your previous supplier"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the distributor and the Integrated Information System (SII)", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd, Law: eu13ITLimitation}}
	consumption := &policy.Category{ID: "consumption", Name: "Meter readings and consumption",
		Items:       []string{"the readings of your meter and your consumption in each time band", "with a second-generation smart meter, your consumption every quarter of an hour", "the readings you send us yourself"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceUser},
		SourceDetail: "the distributor, directly or through the SII", Linked: true,
		Retention: policy.ByCriteria("as long as a bill based on them may be challenged, and at most ten years after the contract ends")}
	billing := &policy.Category{ID: "billing", Name: "Billing and payment data",
		Items:       []string{"your bills and payments", "the bank account (IBAN) for direct debit", "reminders, formal notices and amounts unpaid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(eu9ITBooks)}
	reliability := &policy.Category{ID: "reliability", Name: "Payment reliability",
		Items:       []string{"how punctually you paid us in the past", "the credit and business information providers hold on you", "our assessment of the risk that bills go unpaid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "companies that supply credit and business information", DerivedFrom: []*policy.Category{billing}, Linked: true,
		Retention: policy.ByCriteria("the assessment as long as we need it to decide on your request, and your payment history as long as you are our customer and any debt stays unpaid")}
	bonus := &policy.Category{ID: "bonus", Name: "Social bonus",
		Items:       []string{"that you are entitled to the social bonus for economic hardship, and for how long"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "the SII, which learns from INPS of the households whose ISEE entitles them to it", Linked: true,
		Retention: policy.ByCriteria("as long as you are entitled to the bonus, and then as long as the bills that applied it")}
	lifeSupport := &policy.Category{ID: "life-support", Name: "Life-support equipment",
		Items:       []string{"that you or someone living with you depends on electrically powered life-support equipment, as the certificate of the local health authority states"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the distributor, to which the certificate may also be sent", Linked: true,
		Retention: policy.ByCriteria("as long as the certificate is valid and you are our customer")}
	licence := &policy.Category{ID: "licence", Name: "Television licence fee",
		Items:       []string{"whether we charge the television licence fee in your bill", "any declaration that you owe no fee, as the Revenue Agency tells us of it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceAutomatic},
		SourceDetail: "the Revenue Agency (Agenzia delle Entrate)", Linked: true,
		Retention: policy.AsRequiredBy(eu9ITBooks)}
	calls := &policy.Category{ID: "calls", Name: "Contacts with us",
		Items:       []string{"recordings of the confirmation of contracts made by phone", "recordings of calls with customer service", "your complaints, requests and our answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("the recording of a contract made by phone as long as the contract and then until claims under it are time-barred; other recordings as long as we need to check the quality of the call")}
	online := &policy.Category{ID: "online", Name: "Customer area and app data",
		Items:       []string{"your username and password", "IP address, device and browser", "what you do in the customer area on enel.it and in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	habits := &policy.Category{ID: "habits", Name: "Consumption profile",
		Items:       []string{"how and when you use energy", "the offers and services likely to suit you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{consumption, supply}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	tracking := &policy.Category{ID: "tracking", Name: "Profiling cookie data",
		Items:       []string{"cookie and advertising identifiers", "the pages you visit on enel.it and the ads of ours you see"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts")}

	distributor := &policy.Recipient{ID: "distributor", Name: "the company that runs the electricity or gas grid in your area, such as e-distribuzione", Role: policy.RoleThirdParty, Country: eu9IT,
		Categories: []*policy.Category{identity, supply, consumption, lifeSupport}, Purpose: "to connect and activate your supply, read your meter, carry out technical work, and suspend or restore the supply when we ask"}
	sii := &policy.Recipient{ID: "sii", Name: "Acquirente Unico S.p.A., which runs the Integrated Information System (SII) of the electricity and gas markets", Role: policy.RoleThirdParty, Country: eu9IT,
		Categories: []*policy.Category{identity, supply, consumption, bonus}, Purpose: "to register your supply point and its supplier, carry out your switch, pass on your readings and tell us of your social bonus"}
	arera := &policy.Recipient{ID: "arera", Name: "the Regulatory Authority for Energy, Networks and Environment (ARERA)", Role: policy.RoleAuthority, Country: eu9IT,
		Categories: []*policy.Category{identity, supply, calls}, Conditional: true, Purpose: "if it looks into your complaint, runs a conciliation you ask for, or inspects us"}
	revenue := &policy.Recipient{ID: "revenue", Name: "the Revenue Agency (Agenzia delle Entrate)", Role: policy.RoleAuthority, Country: eu9IT,
		Categories: []*policy.Category{identity, supply, licence, billing}, Purpose: "to account for the television licence fee we charge and collect, and for tax"}
	group := &policy.Recipient{ID: "group", Name: "Enel Italia S.p.A. and other companies of the Enel group that run administration, IT and customer service for us", Role: policy.RoleProcessor, Country: eu9IT,
		Categories: []*policy.Category{identity, supply, billing, calls, online}}
	agencies := &policy.Recipient{ID: "agencies", Name: "the sales agencies, shops and call centres that sell our offers and serve you on our behalf", Role: policy.RoleProcessor, Country: eu9IT,
		Categories: []*policy.Category{identity, supply, billing, calls}}
	providers := &policy.Recipient{ID: "providers", Name: "providers of IT services, printing and mailing of bills, payment collection and surveys", Role: policy.RoleProcessor, Country: regionEU,
		Categories: []*policy.Category{identity, supply, billing, online}}
	cloud := &policy.Recipient{ID: "cloud", Name: "providers of cloud and customer management software outside the European Union", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{identity, supply, calls, online}}
	banks := &policy.Recipient{ID: "banks", Name: "banks and payment service providers", Role: policy.RoleThirdParty, Country: eu9IT,
		Categories: []*policy.Category{identity, billing}, OwnPolicy: true, Purpose: "to collect your payments and direct debits"}
	creditInfo := &policy.Recipient{ID: "credit-info", Name: "companies that supply credit and business information", Role: policy.RoleThirdParty, Country: eu9IT,
		Categories: []*policy.Category{identity, reliability}, OwnPolicy: true, Purpose: "to tell us, before we accept your contract or a payment by instalments, how reliable a payer you are"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies and lawyers", Role: policy.RoleProcessor, Country: eu9IT,
		Categories: []*policy.Category{identity, billing, supply}, Conditional: true, Purpose: "if your bills stay unpaid after our reminders"}
	enelX := &policy.Recipient{ID: "enel-x", Name: "Enel X Italia S.r.l. and other companies of the Enel group", Role: policy.RoleThirdParty, Country: eu9IT,
		Categories: []*policy.Category{identity, supply}, Conditional: true, Purpose: "if you agree, to offer you their own products and services, such as charging, boilers and solar panels"}
	partners := &policy.Recipient{ID: "partners", Name: "our business partners in energy services, telecommunications, insurance and finance", Role: policy.RoleThirdParty, Country: eu9IT,
		Categories: []*policy.Category{identity}, Conditional: true, Purpose: "if you agree, to offer you their own products and services"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the courts, the police and other public authorities", Role: policy.RoleAuthority, Country: eu9IT,
		Categories: []*policy.Category{identity, supply, billing}, Conditional: true, Purpose: "where the law requires us to disclose"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show our ads on other websites and measure them"}

	contract := &policy.Purpose{ID: "contract", Name: "Concluding your contract, activating your supply, billing it and collecting payment",
		Categories: []*policy.Category{identity, supply, consumption, billing}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{distributor, sii, group, agencies, providers, cloud, banks},
		Required:   "we need your identity, tax code, the address and code of the supply point and a way to pay; without them we cannot conclude the contract or supply you"}
	byPhone := &policy.Purpose{ID: "by-phone", Name: "Recording your confirmation when you conclude a contract by phone",
		Categories: []*policy.Category{calls, identity}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract},
		Obligations: []policy.Obligation{eu13ITPhoneContracts}, Recipients: []*policy.Recipient{agencies, group},
		Required: "a contract offered by phone binds you only once you confirm it, and we record the confirmation; without it no contract is concluded"}
	market := &policy.Purpose{ID: "market", Name: "Registering your supply and switching it to us through the Integrated Information System, as the rules of the energy market require",
		Categories: []*policy.Category{identity, supply, consumption}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13ITSII}, Recipients: []*policy.Recipient{sii, distributor}}
	checks := &policy.Purpose{ID: "reliability", Name: "Checking how reliable a payer you are before we accept your contract or let you pay by instalments",
		Categories: []*policy.Category{identity, billing, reliability}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "not supplying energy we will not be paid for, since we deliver it before you pay", Recipients: []*policy.Recipient{creditInfo}}
	arrears := &policy.Purpose{ID: "arrears", Name: "Reminding you of unpaid bills, sending formal notice, having the supply suspended and recovering what is owed",
		Categories: []*policy.Category{identity, billing, supply}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13ITArrears}, Interest: "recovering what we are owed", Recipients: []*policy.Recipient{collectors, distributor, sii},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment},
			Automated: policy.AnswerNo, Contest: "by paying, or by showing us that you have paid, before the date the formal notice gives, or by calling customer service"}}
	bonusPurpose := &policy.Purpose{ID: "bonus", Name: "Applying the social bonus to your bills",
		Categories: []*policy.Category{bonus, identity, supply}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13ITSocialBonus}, Recipients: []*policy.Recipient{sii}}
	care := &policy.Purpose{ID: "life-support", Name: "Keeping the supply of customers who depend on life-support equipment from being suspended",
		Categories: []*policy.Category{lifeSupport, identity, supply}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisSubstantialPublicInterest},
		Obligations: []policy.Obligation{eu13ITArrears}, Recipients: []*policy.Recipient{distributor},
		Required: "telling us is up to you; without the certificate of the local health authority we cannot treat your supply as one that may not be suspended"}
	licenceFee := &policy.Purpose{ID: "licence-fee", Name: "Charging the television licence fee in your electricity bill",
		Categories: []*policy.Category{licence, identity, supply}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13ITLicenceFee}, Recipients: []*policy.Recipient{revenue},
		Required: "the law has the fee charged in the bill of every household supply where the holder lives; if you owe no fee, you must send the Revenue Agency the declaration it asks for"}
	books := &policy.Purpose{ID: "books", Name: "Keeping our accounts and meeting our tax obligations",
		Categories: []*policy.Category{identity, billing}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu9CivilCodeBooks}, Recipients: []*policy.Recipient{revenue}}
	complaints := &policy.Purpose{ID: "complaints", Name: "Answering your requests and complaints within the times the regulator sets",
		Categories: []*policy.Category{calls, identity, supply}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13ITComplaints}, Recipients: []*policy.Recipient{group, agencies, arera},
		Required: "we cannot look into a complaint without your details and those of your supply"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing contracts and switches you did not ask for, and other fraud",
		Categories: []*policy.Category{identity, supply, calls}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers against contracts made in their name without their agreement, and ourselves against fraud", Recipients: []*policy.Recipient{agencies}}
	quality := &policy.Purpose{ID: "quality", Name: "Recording calls with customer service to check and improve its quality",
		Categories: []*policy.Category{calls}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "checking that our operators and agencies serve you well and train them", Recipients: []*policy.Recipient{group}}
	area := &policy.Purpose{ID: "area", Name: "Running your customer area on enel.it and the Enel Energia app",
		Categories: []*policy.Category{online, identity}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, cloud},
		Required: "to register you need your customer code, your tax code and an email address; you can manage your supply in other ways without registering"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you our offers by email, text message, phone and post, and asking your opinion of them",
		Categories: []*policy.Category{identity, supply}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{eu9CodiceMarketing}, Withdraw: "in your customer area, with the link in every email, or by calling customer service",
		Recipients: []*policy.Recipient{agencies, providers}}
	similar := &policy.Purpose{ID: "soft-spam", DirectMarketing: true, Name: "Emailing our customers offers of services like those they have",
		Categories: []*policy.Category{identity, supply}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about services like those they already have", OptOut: true,
		OptOutHow: "with the link in every such email or in your customer area", ConsentExemptBy: []policy.Obligation{eu9CodiceSoftSpam}, Recipients: []*policy.Recipient{providers}}
	profiling := &policy.Purpose{ID: "profiling", Name: "Analysing your consumption and your choices to tailor our offers to you",
		Categories: []*policy.Category{habits, consumption, supply}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your customer area or by writing to our data protection officer", Profiling: true}
	groupOffers := &policy.Purpose{ID: "group-offers", DirectMarketing: true, Name: "Passing your contact details to Enel X and other Enel companies for their own offers",
		Categories: []*policy.Category{identity, supply}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{eu9CodiceMarketing}, Withdraw: "in your customer area or by writing to our data protection officer", Recipients: []*policy.Recipient{enelX}}
	partnerOffers := &policy.Purpose{ID: "partner-offers", DirectMarketing: true, Name: "Passing your contact details to our business partners for their own offers",
		Categories: []*policy.Category{identity}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{eu9CodiceMarketing}, Withdraw: "in your customer area or by writing to our data protection officer", Recipients: []*policy.Recipient{partners}}
	surveys := &policy.Purpose{ID: "surveys", Name: "Asking you how satisfied you are with our service",
		Categories: []*policy.Category{identity, calls}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "learning what our customers think of our service and improving it", OptOut: true, OptOutHow: "by telling the interviewer or with the link in the email",
		Recipients: []*policy.Recipient{providers}}
	website := &policy.Purpose{ID: "website", Name: "Running enel.it and the app and keeping them secure",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you our website and app and protecting them against attacks", Recipients: []*policy.Recipient{providers, cloud}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how enel.it and the app are used, to improve them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu9CodiceCookies}, Withdraw: "in the cookie settings linked at the foot of every page", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and social media, chosen from what you browse",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu9CodiceCookies}, Withdraw: "in the cookie settings linked at the foot of every page", Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}

	p := &policy.Policy{
		Title: "privacy notice for customers",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Enel Energia S.p.A.", Address: hq, Website: "https://www.enel.example"},
			Registration: "a company of the Enel group, under the direction and coordination of Enel S.p.A.", Country: eu9IT},
		DPO:     &policy.Contact{Name: "Data Protection Officer of Enel Energia", Email: "dpo.enelenergia@enel.example", Address: hq},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		URL:       "https://www.enel.example/it/privacy",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu9Codice},
		Scope:     []string{"our electricity and gas supplies to households, enel.it, the Enel Energia app, our shops and the agencies and call centres that sell our offers"},
		OtherNotices: []policy.Notice{
			{Covers: "the cookies on enel.it and in the app, in our cookie policy", URL: "https://www.enel.example/it/cookie-policy"},
			{Covers: "the services of Enel X, which has its own notice", URL: "https://www.enelx.example/it/privacy"},
		},
		Categories: []*policy.Category{identity, supply, consumption, billing, reliability, bonus, lifeSupport, licence, calls, online, habits, tracking},
		Purposes: []*policy.Purpose{contract, byPhone, market, checks, arrears, bonusPurpose, care, licenceFee, books, complaints, fraud, quality, area,
			marketing, similar, profiling, groupOffers, partnerOffers, surveys, website, analytics, ads},
		Recipients: []*policy.Recipient{distributor, sii, arera, revenue, group, agencies, providers, cloud, banks, creditInfo, collectors, enelX, partners, authorities, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: cloud, Categories: []*policy.Category{identity, supply, calls, online},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventContractEnd, Categories: []*policy.Category{identity, supply, consumption, billing},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptFor: policy.Years(10)}},
		Cookies: []policy.Cookie{
			{ID: "technical", Name: "technical cookies for logging in, security and your choices", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "profiling", Name: "profiling cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("in your customer area, or by writing to our data protection officer by email or by post"),
		Requests:             policy.Requests{Deadline: policy.Months(1), Extension: policy.Months(2), WithoutAccount: "by writing to our data protection officer by email or by post"},
		Redress:              []policy.Redress{eu9Garante},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege},
			{Kind: policy.MeasureAudits, Description: "We check that the agencies and call centres that work for us follow our instructions."}},
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Links:      policy.Links{CookieSettings: "https://www.enel.example/it/cookie-settings"},
		Children:   policy.Children{MinimumAge: 18, Scope: "our supply contracts and the customer area"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "dpo.enelenergia@enel.example", Address: hq},
	}
	return realPolicy{"energy supplier (Enel Energia)", p, []statement{
		{says: "Enel Energia S.p.A. in Rome, a company of the Enel group, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == eu9IT && p.Controller.Name == "Enel Energia S.p.A." && strings.Contains(p.Controller.Registration, "Enel S.p.A.")
		}},
		{says: "we have a data protection officer, whom you can write to by email or by post", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR and the Italian Codice privacy", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu9Codice
		}},
		{says: "this notice covers our household electricity and gas supplies, enel.it, the app, our shops, agencies and call centres; cookies and Enel X have their own notices", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "call centres") && len(p.OtherNotices) == 2
		}},
		{says: "we collect your name, tax code, identity document, addresses, email and phone numbers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").Items, "tax code (codice fiscale)") && len(p.Category("identity").Items) == 5
		}},
		{says: "we record the supply address, the POD or PDR code of the supply point, the meter, the offer and your previous supplier", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("supply").Items[1], "POD") && len(p.Category("supply").Items) == 4
		}},
		{says: "to conclude the contract we need your identity, tax code, the supply point and a way to pay; without them we cannot supply you", typed: func(p *policy.Policy) bool {
			c := p.Purpose("contract")
			return c.RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(c.Required, "cannot conclude")
		}},
		{says: "the distributor connects and activates your supply, reads the meter and does technical work, as a controller in its own right", typed: func(p *policy.Policy) bool {
			d := recipient(p, "distributor")
			return d.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("contract").Recipients, d)
		}},
		{says: "we receive your meter readings from the distributor, with a smart meter of the second generation your consumption every quarter of an hour", typed: func(p *policy.Policy) bool {
			c := p.Category("consumption")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.Items[1], "quarter of an hour") && strings.Contains(c.SourceDetail, "distributor")
		}},
		{says: "you may send us your readings yourself", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("consumption").Sources, policy.SourceUser) && slices.Contains(p.Category("consumption").Items, "the readings you send us yourself")
		}},
		{says: "the rules of the energy market require us to register your supply and switch it through the Integrated Information System run by Acquirente Unico", typed: func(p *policy.Policy) bool {
			m := p.Purpose("market")
			return m.RestsOn(policy.BasisLegalObligation, policy.GDPR) && m.Obligations[0] == eu13ITSII && slices.Contains(m.Recipients, recipient(p, "sii"))
		}},
		{says: "a contract offered by phone binds you only once you confirm it, and we record your confirmation", typed: func(p *policy.Policy) bool {
			b := p.Purpose("by-phone")
			return b.Obligations[0] == eu13ITPhoneContracts && p.Category("calls").RecordingNotice && strings.Contains(b.Required, "record")
		}},
		{says: "we keep the recording of a contract made by phone as long as the contract and the time to claim under it", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("calls").Retention.Criteria, "time-barred")
		}},
		{says: "before we accept your contract or instalments, we check how reliable a payer you are from your history with us and from credit and business information providers, in our legitimate interest", typed: func(p *policy.Policy) bool {
			r := p.Purpose("reliability")
			return r.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && recipient(p, "credit-info").OwnPolicy && slices.Contains(p.Category("reliability").Sources, policy.SourceDerived)
		}},
		{says: "if your bills stay unpaid, we remind you, send you formal notice and then have the distributor suspend your supply, as ARERA's rules lay down", typed: func(p *policy.Policy) bool {
			a := p.Purpose("arrears")
			return slices.Contains(a.Suspension.Grounds, policy.SuspensionGroundNonPayment) && a.Obligations[0] == eu13ITArrears && slices.Contains(a.Recipients, recipient(p, "distributor"))
		}},
		{says: "you can avoid the suspension by paying, or showing us you have paid, before the date the notice gives", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("arrears").Suspension.Contest, "formal notice")
		}},
		{says: "we may pass unpaid bills to debt collection agencies and lawyers", typed: func(p *policy.Policy) bool {
			return recipient(p, "collectors").Conditional && recipient(p, "collectors").Role == policy.RoleProcessor
		}},
		{says: "the social bonus is recognised automatically from your ISEE; the SII tells us, and we apply it to your bills as the law requires", typed: func(p *policy.Policy) bool {
			b := p.Purpose("bonus")
			return b.RestsOn(policy.BasisLegalObligation, policy.GDPR) && b.Obligations[0] == eu13ITSocialBonus && strings.Contains(p.Category("bonus").SourceDetail, "INPS")
		}},
		{says: "if someone in your home depends on life-support equipment, we process that health data, from the health authority's certificate, so that your supply is never suspended", typed: func(p *policy.Policy) bool {
			c := p.Purpose("life-support")
			return p.Category("life-support").Sensitivity == policy.SensitivitySpecial && c.HasBasis(policy.BasisSubstantialPublicInterest) && c.RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "telling us of life-support equipment is up to you, but without the certificate we cannot protect your supply", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("life-support").Required, "certificate")
		}},
		{says: "the law has us charge the television licence fee in the bill of household supplies and account for it to the Revenue Agency, which tells us of exemptions", typed: func(p *policy.Policy) bool {
			l := p.Purpose("licence-fee")
			return l.Obligations[0] == eu13ITLicenceFee && slices.Contains(l.Recipients, recipient(p, "revenue")) && strings.Contains(p.Category("licence").SourceDetail, "Revenue Agency")
		}},
		{says: "we keep accounting records and invoices for ten years, as the Civil Code requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("books").Obligations[0] == eu9CivilCodeBooks && p.Category("billing").Retention.Law == eu9ITBooks
		}},
		{says: "we answer your requests and complaints within the times ARERA sets", typed: func(p *policy.Policy) bool {
			c := p.Purpose("complaints")
			return c.RestsOn(policy.BasisLegalObligation, policy.GDPR) && c.Obligations[0] == eu13ITComplaints
		}},
		{says: "ARERA may receive your data if it looks into your complaint, runs a conciliation or inspects us", typed: func(p *policy.Policy) bool {
			return recipient(p, "arera").Conditional && recipient(p, "arera").Role == policy.RoleAuthority
		}},
		{says: "we check contracts and switches to prevent those you did not ask for, and other fraud, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && strings.Contains(p.Purpose("fraud").Interest, "without their agreement")
		}},
		{says: "we record calls with customer service, telling you first, to check and improve their quality", typed: func(p *policy.Policy) bool {
			return p.Purpose("quality").RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && p.Category("calls").RecordingNotice
		}},
		{says: "we run your customer area and the app; registering needs your customer code, tax code and email", typed: func(p *policy.Policy) bool {
			return p.Purpose("area").RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(p.Purpose("area").Required, "customer code")
		}},
		{says: "with your consent we send you our offers by email, text message, phone and post", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.RestsOnConsent() && m.DirectMarketing && m.ConsentRequiredBy[0] == eu9CodiceMarketing
		}},
		{says: "you withdraw that consent in your customer area, with the link in every email or by calling us", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("marketing").Withdraw, "customer area") && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we may email our customers offers of services like those they have without consent, as art. 130(4) allows, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			s := p.Purpose("soft-spam")
			return s.ConsentExemptBy[0] == eu9CodiceSoftSpam && s.OptOut && !s.RestsOnConsent()
		}},
		{says: "with your separate consent we analyse your consumption and choices to tailor our offers", typed: func(p *policy.Policy) bool {
			pr := p.Purpose("profiling")
			return pr.RestsOnConsent() && pr.Profiling && slices.Contains(p.Category("habits").DerivedFrom, p.Category("consumption"))
		}},
		{says: "with your separate consent we pass your contact details to Enel X and other Enel companies for their offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("group-offers").RestsOnConsent() && recipient(p, "enel-x").Conditional
		}},
		{says: "with your separate consent we pass your contact details to business partners for their offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("partner-offers").RestsOnConsent() && recipient(p, "partners").Conditional
		}},
		{says: "we may ask you how satisfied you are, in our legitimate interest, and you may refuse", typed: func(p *policy.Policy) bool {
			return p.Purpose("surveys").OptOut && p.Purpose("surveys").RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "companies of the Enel group, our sales agencies and call centres, and providers of IT, printing and payment collection process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "agencies").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we check that the agencies and call centres that work for us follow our instructions", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAudits)
		}},
		{says: "some providers outside the EU process data for us under standard contractual clauses, a copy of which our DPO gives you", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Safeguard == policy.SafeguardStandardClauses && t.Note != ""
		}},
		{says: "we disclose data to the courts, the police and other authorities only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "technical cookies are set without consent; analytics and profiling cookies only with it, and you may change your choice at any time", typed: func(p *policy.Policy) bool {
			return cookie(p, "technical").StrictlyNecessary && cookie(p, "profiling").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we keep contract data for ten years after the contract ends, the time within which claims can be brought", typed: func(p *policy.Policy) bool {
			r := p.Category("identity").Retention
			return r.Period == policy.Years(10) && r.From == policy.EventContractEnd && r.Law == eu13ITLimitation
		}},
		{says: "we keep marketing and profiling data until you withdraw your consent", typed: func(p *policy.Policy) bool {
			return p.Category("habits").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "we take no decision about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify and erase your data, restrict and object to its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you exercise your rights in your customer area or by writing to our DPO, and we answer within a month", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Rights[0].How, "customer area") && p.Requests.Deadline == policy.Months(1)
		}},
		{says: "you may complain to the Garante per la protezione dei dati personali", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0] == eu9Garante
		}},
		{says: "keep your details up to date", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		{says: "only adults can conclude a supply contract", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we protect your data with encryption, access controls and need-to-know access", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureLeastPrivilege)
		}},
		{says: "we may update this notice and publish the new version on enel.it", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && p.URL != "" }},
		// Free text.
		{says: "if your number is in the public register of objections, we call you with offers only if you consented to our calls after registering", free: toPurpose("marketing")},
		{says: "refusing these consents does not affect your supply contract", free: toPurpose("marketing")},
		{says: "you can see your consumption data yourself on the consumption portal run by Acquirente Unico", free: toCategory("consumption")},
		{says: "we work only with sales agencies and call centres that we have authorised, and our operators always give their name and that of the agency", free: toPurpose("contract")},
	}}
}

// The Finnish acts the Wolt paraphrase cites, each as the law of Finland,
// and the Finnish supervisory authority.
var (
	eu13FIDataAct   = policy.Obligation{Act: "Tietosuojalaki (1050/2018), the Finnish Data Protection Act", Region: eu13FI}
	eu13FISoftOptIn = policy.Obligation{Act: "Laki sähköisen viestinnän palveluista (917/2014), 200 § 2 momentti", Region: eu13FI}
	eu13FICookies   = policy.Obligation{Act: "Laki sähköisen viestinnän palveluista (917/2014), 205 §", Region: eu13FI}
	eu13FIBooks     = policy.Obligation{Act: "Kirjanpitolaki (1336/1997), 2 luku 10 §", Region: eu13FI}
	eu13FIBooksText = "the Finnish Accounting Act (Kirjanpitolaki, chapter 2, section 10), which requires the vouchers of each order to be kept for six years from the end of the year in which the financial period ended"
	eu13FIOmbudsman = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: eu13FI,
		Contact: policy.Contact{Name: "Office of the Data Protection Ombudsman (Tietosuojavaltuutetun toimisto)", Address: "Lintulahdenkuja 4, 00530 Helsinki, Finland", Website: "https://tietosuoja.fi"}}
)

// realPolicyEu13Wolt paraphrases, in our own words and as we recall it,
// the privacy statement of Wolt for its customers, as published in
// 2024-2025: the Helsinki delivery platform, part of the DoorDash group
// since 2022, whose app and website take orders from restaurants, shops
// and Wolt's own Wolt Market stores and have them delivered by courier
// partners, with the Wolt+ subscription. Wolt Enterprises Oy decides on
// the processing together with the Wolt company of the customer's
// country. The venue receives the order and the courier the name,
// address and phone number needed to deliver it; payments go through
// payment service providers, which keep the card details; couriers
// check the identity document of a customer who orders alcohol; fraud
// systems may block an account or a payment method automatically, with
// review by a person on request; the app recommends venues from past
// orders; customers get Wolt's marketing emails and push notifications
// unless they opt out, as Finnish law allows for existing customers,
// and advertising cookies only with consent. Data goes to DoorDash in
// the US under standard contractual clauses. It declares the GDPR and
// the Finnish Data Protection Act and names the Finnish Data Protection
// Ombudsman.
func realPolicyEu13Wolt() realPolicy {
	hq := "Arkadiankatu 6, 00100 Helsinki, Finland"

	account := &policy.Category{ID: "account", Name: "Account data",
		Items:       []string{"name", "email address and phone number", "password, or the account you sign in with at Apple, Google or Facebook", "language and country"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Apple, Google or Facebook, if you sign in with them", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	address := &policy.Category{ID: "address", Name: "Delivery addresses",
		Items:       []string{"the addresses you save or enter", "floor, door code and instructions for the courier"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	location := &policy.Category{ID: "location", Name: "Location of your device",
		Items:       []string{"the location of your phone, if you allow the app to use it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Linked: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	orders := &policy.Category{ID: "orders", Name: "Order data",
		Items: []string{"what you order, from which venue, when, and at what price", "delivery or pickup, the tip and any promotion code", "your ratings and feedback on venues and deliveries",
			"the orders you place with others in a group order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceGroupMembers},
		Retention: policy.AsRequiredBy(eu13FIBooksText)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the type of card or other means of payment", "the last digits and expiry date of your card", "the amount, time and result of each payment, and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the payment service providers that process your payments", Linked: true,
		Retention: policy.AsRequiredBy(eu13FIBooksText)}
	support := &policy.Category{ID: "support", Name: "Customer support",
		Items:       []string{"your chats and emails with our support", "photos you send of a wrong or damaged item", "refunds and credits given"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your account exists and the time to bring claims about the order has not passed")}
	device := &policy.Category{ID: "device", Name: "Device and usage data",
		Items:       []string{"IP address", "device model, operating system and app version", "device and advertising identifiers", "the venues and items you view and search for in the app", "crash reports"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to run, secure and improve the service")}
	preferences := &policy.Category{ID: "preferences", Name: "Preferences we infer",
		Items:       []string{"the cuisines, venues and products you like", "how often and when you order", "the offers likely to interest you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "whether an ad of ours led you to install the app or to order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie or the identifier lasts")}

	local := &policy.Recipient{ID: "local", Name: "the Wolt company of the country where you use the service", Role: policy.RoleJointController,
		Categories:  []*policy.Category{account, address, orders, payment, support},
		Arrangement: "Wolt Enterprises Oy runs the platform and decides with the Wolt company of your country how your data is used to serve you there. Wolt Enterprises Oy answers your requests and is your contact point for both; you may also write to the company of your country.",
		Purpose:     "to sell and deliver your orders in your country and answer your questions"}
	venues := &policy.Recipient{ID: "venues", Name: "the restaurants and stores you order from", Role: policy.RoleThirdParty, OwnPolicy: true,
		Categories: []*policy.Category{account, orders}, Purpose: "to prepare your order and deal with questions about it"}
	couriers := &policy.Recipient{ID: "couriers", Name: "courier partners", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, address, orders}, Purpose: "to pick up your order and deliver it to you"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers", Role: policy.RoleThirdParty, OwnPolicy: true, Country: regionEU,
		Categories: []*policy.Category{account, payment}, Purpose: "to process your payments and refunds and check them for fraud"}
	doordash := &policy.Recipient{ID: "doordash", Name: "DoorDash, Inc. and the other companies of the DoorDash group", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, orders, support, device}, Purpose: "to run IT, security and customer support for us"}
	providers := &policy.Recipient{ID: "providers", Name: "providers of cloud hosting, customer support tools, messaging and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, address, orders, support, device}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show our ads on other websites and apps and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, orders, payment}, Conditional: true, Purpose: "where the law requires us to disclose"}

	service := &policy.Purpose{ID: "service", Name: "Taking your orders, passing them to the venue and having them delivered",
		Categories: []*policy.Category{account, address, orders, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{local, venues, couriers, psps, doordash, providers},
		Required:   "we need your name, phone number and delivery address, and a means of payment, to deliver an order; without them we cannot take it",
		AgeChecks:  []policy.AgeCheck{policy.AgeCheckDocument}}
	nearby := &policy.Purpose{ID: "nearby", Name: "Showing the venues near you and finding your address",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "in your phone's settings"}
	updates := &policy.Purpose{ID: "updates", Name: "Telling you where your order is, sending receipts and telling you of changes to our terms", ServiceMessages: true,
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}}
	subscription := &policy.Purpose{ID: "wolt-plus", Name: "Running your Wolt+ subscription",
		Categories: []*policy.Category{account, payment, orders}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psps},
		Required: "Wolt+ needs a means of payment for its monthly fee"}
	help := &policy.Purpose{ID: "support", Name: "Helping you with your orders, refunds and questions",
		Categories: []*policy.Category{support, orders, account}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "solving problems with orders and learning from them", Recipients: []*policy.Recipient{local, venues, doordash, providers},
		Required: "we cannot look into a problem with an order without knowing which order it is"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse of the service and keeping it secure",
		Categories: []*policy.Category{account, payment, orders, device}, Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisContract},
		Interest:   "protecting our customers, venues, couriers and ourselves against fraud, stolen cards and abuse of refunds and promotions",
		Recipients: []*policy.Recipient{psps, doordash},
		Automated:  "our systems may automatically block an account, an order or a means of payment when they show signs of fraud or abuse",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder, policy.SuspensionTargetPayment},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerYes, Contest: "by contacting our support", HumanReview: true}}
	recommend := &policy.Purpose{ID: "recommend", Name: "Recommending venues and products that may suit you in the app",
		Categories: []*policy.Category{preferences, orders, device}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "making it easier for you to find what you like", Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you news and offers of Wolt by email and push notification",
		Categories: []*policy.Category{account, preferences}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers of offers and services like those they use", Profiling: true, OptOut: true,
		OptOutHow: "in the app's settings, with the link in every email, or by turning off notifications on your phone", ConsentExemptBy: []policy.Obligation{eu13FISoftOptIn},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing how the service is used, to develop and improve it",
		Categories: []*policy.Category{device, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "developing a better service, from data we pseudonymise or aggregate wherever we can", Recipients: []*policy.Recipient{providers, doordash}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu13FICookies}, Withdraw: "in the cookie settings on our website or in the app's privacy settings", Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	books := &policy.Purpose{ID: "books", Name: "Keeping accounting records",
		Categories: []*policy.Category{orders, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu13FIBooks}}

	p := &policy.Policy{
		Title: "privacy statement for customers",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Wolt Enterprises Oy", Address: hq, Website: "https://wolt.example"},
			Registration: "business ID 2646674-9, a company of the DoorDash group", Country: eu13FI},
		DPO:     &policy.Contact{Name: "Wolt's data protection officer", Email: "privacy@wolt.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		URL:       "https://wolt.example/privacy",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu13FIDataAct},
		Scope:     []string{"the Wolt app and website and Wolt+"},
		OtherNotices: []policy.Notice{
			{Covers: "courier partners", URL: "https://wolt.example/privacy/couriers"},
			{Covers: "the venues that sell on Wolt", URL: "https://wolt.example/privacy/merchants"},
		},
		Categories: []*policy.Category{account, address, location, orders, payment, support, device, preferences, tracking},
		NotCollected: []policy.Exclusion{{ID: "card.number", Name: "your full card number", Category: payment,
			Note: "The payment service provider keeps it; we store only the card's type, last digits and expiry date."}},
		Purposes:   []*policy.Purpose{service, nearby, updates, subscription, help, fraud, recommend, marketing, improve, ads, books},
		Recipients: []*policy.Recipient{local, venues, couriers, psps, doordash, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: doordash, Categories: []*policy.Category{account, orders, support, device},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask us for a copy of the clauses at privacy@wolt.example."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection}},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, address, orders, payment, support, preferences},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for logging in, your basket and your choices", Party: policy.PartyFirst, Purpose: service,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and SDKs", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the app's settings or by writing to privacy@wolt.example"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by contacting our support"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1), Extension: policy.Months(2),
			WithoutAccount: "by writing to privacy@wolt.example"},
		Redress:  []policy.Redress{eu13FIOmbudsman},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@wolt.example"},
	}
	return realPolicy{"delivery app (Wolt)", p, []statement{
		{says: "Wolt Enterprises Oy, of Helsinki, part of the DoorDash group, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == eu13FI && p.Controller.Name == "Wolt Enterprises Oy" && strings.Contains(p.Controller.Registration, "DoorDash")
		}},
		{says: "the Wolt company of your country decides on the processing together with Wolt Enterprises Oy, which answers your requests for both", typed: func(p *policy.Policy) bool {
			l := recipient(p, "local")
			return l.Role == policy.RoleJointController && strings.Contains(l.Arrangement, "contact point")
		}},
		{says: "Wolt has a data protection officer, whom you can write to", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process your data under the GDPR and the Finnish Data Protection Act", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu13FIDataAct
		}},
		{says: "this statement covers customers of the Wolt app and website and Wolt+; couriers and venues have their own", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "Wolt+") && len(p.OtherNotices) == 2
		}},
		{says: "we collect your name, email, phone number and password, or the account you sign in with at Apple, Google or Facebook", typed: func(p *policy.Policy) bool {
			a := p.Category("account")
			return slices.Contains(a.Sources, policy.SourceThirdParty) && strings.Contains(a.SourceDetail, "Apple")
		}},
		{says: "we keep your delivery addresses and instructions for the courier", typed: func(p *policy.Policy) bool {
			return len(p.Category("address").Items) == 2 && strings.Contains(p.Category("address").Items[1], "door code")
		}},
		{says: "if you allow it, we use your phone's location to show venues near you and find your address, and you can turn it off in your phone's settings", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("nearby").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we record what you order, from where, when and at what price, the tip, and your ratings", typed: func(p *policy.Policy) bool {
			return len(p.Category("orders").Items) == 4 && strings.Contains(p.Category("orders").Items[2], "ratings")
		}},
		{says: "in a group order, the others in the group see what you order", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").VisibleTo, policy.AudienceGroupMembers)
		}},
		{says: "we take your order and have it delivered under our terms; without your name, phone number, address and a means of payment we cannot", typed: func(p *policy.Policy) bool {
			s := p.Purpose("service")
			return s.RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(s.Required, "cannot take it")
		}},
		{says: "the venue receives your name and order, as a controller in its own right", typed: func(p *policy.Policy) bool {
			v := recipient(p, "venues")
			return v.OwnPolicy && v.Role == policy.RoleThirdParty && slices.Contains(v.Categories, p.Category("orders"))
		}},
		{says: "the courier partner receives your name, address, phone number and instructions to deliver your order", typed: func(p *policy.Policy) bool {
			c := recipient(p, "couriers")
			return slices.Contains(c.Categories, p.Category("address")) && slices.Contains(p.Purpose("service").Recipients, c)
		}},
		{says: "payment service providers process your payments and keep your card details; we store only the card's type, last digits and expiry date", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").OwnPolicy && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "if you order alcohol or other age-restricted products, the courier checks your identity document on delivery", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("service").AgeChecks, policy.AgeCheckDocument)
		}},
		{says: "we tell you where your order is, send you receipts and tell you of changes to our terms, whatever your marketing choices", typed: func(p *policy.Policy) bool {
			u := p.Purpose("updates")
			return u.ServiceMessages && !u.DirectMarketing
		}},
		{says: "we run your Wolt+ subscription under its terms", typed: func(p *policy.Policy) bool {
			return p.Purpose("wolt-plus").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("wolt-plus").Required != ""
		}},
		{says: "our support helps you with orders and refunds and keeps your chats and the photos you send", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("support")) && strings.Contains(p.Category("support").Items[1], "photos")
		}},
		{says: "we fight fraud, stolen cards and abuse of refunds and promotions in our legitimate interest", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && strings.Contains(f.Interest, "promotions")
		}},
		{says: "our systems may automatically block an account, an order or a means of payment; contact support and a person reviews the decision", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return p.Purpose("fraud").Automated != "" && s.Automated == policy.AnswerYes && s.HumanReview && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we recommend venues and products from your past orders and what you view, in our legitimate interest", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recommend")
			return r.Profiling && r.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && slices.Contains(p.Category("preferences").DerivedFrom, p.Category("orders"))
		}},
		{says: "we send our customers news and offers of Wolt by email and push notification, as Finnish law allows, unless they opt out in the app, with the link in the email or in the phone's settings", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.ConsentExemptBy[0] == eu13FISoftOptIn && m.OptOut && strings.Contains(m.OptOutHow, "notifications")
		}},
		{says: "we analyse how the service is used to improve it, from pseudonymised or aggregated data where we can", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("improve").Interest, "pseudonymise")
		}},
		{says: "advertising cookies and SDKs are used only with your consent, as Finnish law requires, and you may withdraw it in the cookie or privacy settings", typed: func(p *policy.Policy) bool {
			c := cookie(p, "advertising")
			return c.Consent == policy.CookieConsentOptIn && c.Technology == policy.TechnologySDK && p.Purpose("advertising").ConsentRequiredBy[0] == eu13FICookies
		}},
		{says: "necessary cookies are set without consent", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "the law requires us to keep accounting records of orders and payments for six years", typed: func(p *policy.Policy) bool {
			return p.Purpose("books").Obligations[0] == eu13FIBooks && p.Category("orders").Retention.Law == eu13FIBooksText
		}},
		{says: "DoorDash and its group companies, and providers of hosting, support tools, messaging and analytics, process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "doordash").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "data goes to DoorDash in the US under standard contractual clauses, a copy of which you can ask us for", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == regionUS && t.Safeguard == policy.SafeguardStandardClauses && t.Note != ""
		}},
		{says: "advertising partners in the US receive data under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to the authorities where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we may disclose data where needed to protect people's safety or our rights", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "if Wolt is sold or merged, your data may pass to the buyer", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep your account data while your account exists", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "when you delete your account we delete its data, except what the law, a dispute or the prevention of fraud requires us to keep", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptFraud)
		}},
		{says: "you may access, rectify and erase your data, restrict and object to its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you exercise your rights in the app or by writing to us; we may ask you to confirm from your email address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationEmail) && strings.Contains(p.Rights[0].How, "app")
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Finnish Data Protection Ombudsman or the authority of your country", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0] == eu13FIOmbudsman
		}},
		{says: "we protect your data with encryption, access controls and need-to-know access", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureLeastPrivilege)
		}},
		{says: "the service is not for people under 18", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		// Free text.
		{says: "what you write in the instructions for the venue or the courier, such as an allergy, they see; do not write there what they need not know", free: toCategory("orders")},
		{says: "the venue and the courier partner may contact you through the app or by phone about your order", free: toPurpose("service")},
		{says: "if you use Wolt at Work, your employer sees the orders you place on its account", free: toIntroduction},
	}}
}
