package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// Three more Russian policies under 152-FZ, paraphrased as the others are:
// a large retail bank with its instalment card sold through partner
// stores, an electronics retail chain with its online shop, its community
// of reviews and its own service centres, and an online seller of rail,
// air and bus tickets.

// ru15Accounting is the accounting law's retention of primary documents.
const ru15Accounting = "Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"

// ru15Breach sets the 24- and 72-hour notices to Roskomnadzor of 152-FZ
// Art. 21(3.1) on the breach measure of p.
func ru15Breach(p *policy.Policy) {
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Hours(24), Results: policy.Hours(72)}
}

// realPolicyRu15Sovcombank paraphrases, in our own words and as we recall
// it, the policy of PJSC Sovcombank on the processing of personal data, as
// published in 2024-2025 (its exact dates and internal numbering are left
// out, since we do not recall them exactly): customers identified under
// the anti-money-laundering law, cash and car loans, the Halva instalment
// card used in partner stores, applications taken by agents in those
// stores and at car dealers, credit histories, biometrics in the Unified
// Biometric System, fraud checks under the law on the national payment
// system, insurance of the group's insurer, collection of overdue debts,
// recorded calls and video in offices, advertising by consent, cookies,
// localisation in Russia, the blocking of data that must still be kept,
// and the rights of 152-FZ.
func realPolicyRu15Sovcombank() realPolicy {
	all := policy.Actions()
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Federal Law No. 395-1 “On Banks and Banking Activity”, Art. 26", Region: regionRU}}}
	aml := "Federal Law No. 115-FZ, Art. 7(4) (5 years after the relationship with the customer ends)"
	identity := &policy.Category{ID: "identity", Name: "Identification data",
		Items:       []string{"surname, first name and patronymic, and any earlier ones", "date and place of birth", "citizenship", "passport details", "registration and residence address", "INN and SNILS"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceOtherUsers}, OthersConsent: true,
		SourceDetail: "the partner stores and car dealers where the bank's agents take applications, and state information systems that confirm the passport",
		Retention:    policy.AsRequiredBy(aml), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"mobile phone number", "email address", "the phone numbers of contact persons the customer names in a loan application"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers},
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	finance := &policy.Category{ID: "finance", Name: "Employment, income and family", Items: []string{"employer, position and length of service", "income and expenses", "family status and dependants", "education"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	operations := &policy.Category{ID: "operations", Name: "Accounts, cards and operations", Items: []string{"account and card numbers", "balances and limits", "payments, transfers and purchases, with the stores where the Halva card was used", "loans, deposits and their repayment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceOtherUsers},
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	collateral := &policy.Category{ID: "collateral", Name: "Collateral", Items: []string{"the car or real estate pledged, with its documents", "its valuation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "car dealers, appraisers and the register of pledges of movable property",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	credit := &policy.Category{ID: "credit", Name: "Credit history", Items: []string{"the credit report", "the individual credit rating"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "credit history bureaus",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	biometric := &policy.Category{ID: "biometric", Name: "Biometric personal data", Items: []string{"facial image", "voice recording"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Biometric: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Calls and chats", Items: []string{"recordings of calls to and from the bank", "messages in the chat of the apps"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	video := &policy.Category{ID: "video", Name: "Video recordings", Items: []string{"images recorded by cameras in the bank's offices and at its ATMs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(90), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "Device and website data", Items: []string{"IP address", "cookie identifiers", "the device's model, identifiers and operating system", "actions in the apps and on the website"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}

	agents := &policy.Recipient{ID: "agents", Name: "the bank's agents in partner stores and at car dealers, and its couriers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, contact, finance}, Purpose: "to take applications for loans and the Halva card, sign contracts and bring cards on the bank's instructions", Country: regionRU}
	messaging := &policy.Recipient{ID: "messaging", Name: "SMS and push notification providers", Role: policy.RoleProcessor, Categories: []*policy.Category{contact}, Country: regionRU}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit history bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations, credit}, Country: regionRU}
	ebs := &policy.Recipient{ID: "ebs", Name: "the operator of the Unified Biometric System", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, biometric},
		Purpose: "to place the biometric samples in the Unified Biometric System, so that the customer can be identified remotely", Country: regionRU}
	rfm := &policy.Recipient{ID: "rfm", Name: "the Federal Financial Monitoring Service (Rosfinmonitoring)", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations}, Country: regionRU}
	cbr := &policy.Recipient{ID: "cbr", Name: "the Bank of Russia", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations, device},
		Purpose: "to enter transfers made or attempted without the customer's consent in its database of such cases, and to supervise the bank", Country: regionRU}
	bailiffs := &policy.Recipient{ID: "bailiffs", Name: "the Federal Bailiff Service and the tax authorities", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations},
		Purpose: "a bailiff or a tax authority sends an enforcement document or a request about a customer's accounts", Country: regionRU, Conditional: true}
	dia := &policy.Recipient{ID: "dia", Name: "the state corporation Deposit Insurance Agency", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "an insured event occurs and the Agency pays depositors their compensation from the register of the bank's obligations", Country: regionRU, Conditional: true}
	nspk := &policy.Recipient{ID: "nspk", Name: "JSC National Payment Card System, the operator of the Mir card system and the Faster Payments System", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contact, operations}, Purpose: "to route card payments and transfers by phone number between banks", Country: regionRU}
	insurers := &policy.Recipient{ID: "insurers", Name: "Sovcombank Insurance JSC and the other insurers whose policies the bank offers", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, collateral},
		Purpose: "the customer takes out insurance through the bank", Country: regionRU, Conditional: true}
	group := &policy.Recipient{ID: "group", Name: "the companies of the Sovcombank group, such as its insurer, leasing company and brokerage", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, contact}, Purpose: "to offer and provide their own services", Country: regionRU}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies in the state register", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "a debt is overdue and the bank engages an agency or assigns the claim to it", Country: regionRU, Conditional: true}
	foreign := &policy.Recipient{ID: "foreign", Name: "foreign banks that receive the transfers the customer orders", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations}}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	account := &policy.Purpose{ID: "account", Name: "Opening and servicing accounts, cards and deposits, and making payments", Categories: []*policy.Category{identity, contact, operations, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agents, messaging, nspk},
		Required: "without identification data and a phone number the bank cannot open an account or conclude a contract",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	halva := &policy.Purpose{ID: "halva", Name: "Issuing the Halva instalment card and spreading purchases in partner stores into instalments", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agents},
		Required: "the card is a loan agreement, which needs the identification data and a phone number",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	loans := &policy.Purpose{ID: "loans", Name: "Granting cash loans, car loans and mortgages, and taking collateral", Categories: []*policy.Category{identity, contact, finance, operations, collateral},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agents},
		Required: "without the income, employment and collateral details the bank cannot consider the application",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	kyc := &policy.Purpose{ID: "kyc", Name: "Identifying customers, their representatives and beneficiaries, and countering money laundering and the financing of terrorism", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rfm},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”, Art. 7", Region: regionRU}},
		TippingOff:  []policy.Obligation{{Act: "Federal Law No. 115-FZ, Art. 7(6)", Region: regionRU}},
		Required:    "the law does not allow the bank to serve a customer it has not identified",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}, Contest: "by giving the bank the documents it asks for, or through the interdepartmental commission at the Bank of Russia"}}
	scoring := &policy.Purpose{ID: "scoring", Name: "Assessing creditworthiness and reporting to credit history bureaus", Categories: []*policy.Category{identity, finance, operations, credit},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegalObligation}, Withdraw: "by a written application in an office; data already reported stays in the credit history",
		ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 218-FZ “On Credit Histories”, Art. 5 and 6", Region: regionRU}},
		Automated:   "a decision on an application for a loan, a credit card or the Halva card, and on its limit, may be taken by the bank's scoring models alone; the customer may object and have it reviewed by an employee",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	biometrics := &policy.Purpose{ID: "biometrics", Name: "Collecting biometric data and placing it in the Unified Biometric System", Categories: []*policy.Category{identity, biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in an office or through the Gosuslugi portal", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true,
		Recipients: []*policy.Recipient{ebs}, OptOut: true,
		Required: "giving biometric data is voluntary, and the bank serves a customer who refuses in every other way",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting operations made without the customer's consent and protecting customers from fraud", Categories: []*policy.Category{identity, operations, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{cbr},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 161-FZ “On the National Payment System”, Art. 8(5.1)-(5.3) and 27(3)-(5)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetCard},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnauthorised}, Automated: policy.AnswerYes, Contest: "by calling the bank's hotline or in the chat in the app"}}
	enforcement := &policy.Purpose{ID: "enforcement", Name: "Executing enforcement documents and answering the requests of bailiffs and tax authorities", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bailiffs},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 229-FZ “On Enforcement Proceedings”, Art. 70", Region: regionRU}, {Act: "the Tax Code of the Russian Federation, Art. 86", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	deposits := &policy.Purpose{ID: "deposits", Name: "Keeping the register of the bank's obligations to depositors for deposit insurance", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{dia},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 177-FZ “On the Insurance of Deposits in Banks of the Russian Federation”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	debts := &policy.Purpose{ID: "debts", Name: "Recovering overdue debts", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{collectors},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 230-FZ “On Protecting the Rights and Legitimate Interests of Natural Persons in the Recovery of Overdue Debts”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	insurance := &policy.Purpose{ID: "insurance", Name: "Taking out insurance through the bank", Categories: []*policy.Category{identity, contact, collateral},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to the bank or to the insurer", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Recipients: []*policy.Recipient{insurers}, OptOut: true,
		Required: "insurance is voluntary, apart from the insurance of pledged property that the law requires, and a loan does not depend on it",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	groupOffers := &policy.Purpose{ID: "group", Name: "Offering and providing the services of the companies of the Sovcombank group", Categories: []*policy.Category{identity, contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by an application in an office or a written request to the bank", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	support := &policy.Purpose{ID: "support", Name: "Answering calls and chats, and keeping evidence of the customer's instructions", Categories: []*policy.Category{identity, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "checking the quality of service and proving what the customer instructed",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cameras := &policy.Purpose{ID: "video", Name: "Keeping offices and ATMs safe with video surveillance", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of customers, employees and cash, and evidence of disputed cash operations",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Sending advertising of the bank's and its partners' products and the Halva card's promotions", Categories: []*policy.Category{contact, operations, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's settings, by calling the bank or in an office", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing the use of the website and the apps", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by forbidding cookies in the browser's settings", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	abroad := &policy.Purpose{ID: "abroad", Name: "Making the transfers abroad that the customer orders, under currency control", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{foreign},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 173-FZ “On Currency Regulation and Currency Control”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "46 Tekstilshchikov Avenue, Kostroma, 156000, Russia"
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "PJSC Sovcombank (ПАО «Совкомбанк»)", Email: "pd@sovcombank.example", Address: address},
			Country: regionRU, Registration: "OGRN 1144400000425, INN 4401116480, Bank of Russia general banking licence No. 963"},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "pd@sovcombank.example"},
		URL:         "https://sovcombank.example/personal-data-policy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.June, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Constitution of the Russian Federation", Region: regionRU},
			{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "the Tax Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 395-1 “On Banks and Banking Activity”", Region: regionRU},
			{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”", Region: regionRU},
			{Act: "Federal Law No. 218-FZ “On Credit Histories”", Region: regionRU},
			{Act: "Federal Law No. 353-FZ “On Consumer Credit (Loans)”", Region: regionRU},
			{Act: "Federal Law No. 161-FZ “On the National Payment System”", Region: regionRU},
			{Act: "Federal Law No. 230-FZ on the recovery of overdue debts", Region: regionRU},
			{Act: "the bank's licences and charter"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision, policy.DefinitionDissemination,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem, policy.DefinitionCrossBorderTransfer},
		Scope:        []string{"the bank's offices and ATMs", "the points of sale in partner stores and at car dealers", "the website sovcombank.ru and the Halva and Sovcombank apps", "the contact centre"},
		OtherNotices: []policy.Notice{{Covers: "the bank's employees and job candidates"}},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{identity, contact, finance, operations, collateral, credit, biometric, calls, video, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{account, halva, loans, kyc, scoring, biometrics, fraud, enforcement, deposits, debts, insurance, groupOffers, support, cameras, advertising, analytics, abroad},
		Recipients: []*policy.Recipient{agents, messaging, bureaus, ebs, rfm, cbr, bailiffs, dia, nspk, insurers, group, collectors, foreign, metrica},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationPayee, Recipient: foreign, Categories: []*policy.Category{identity, operations},
			Safeguard: policy.SafeguardContractNecessity}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}, KeptRestricted: true},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{biometric, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventContractEnd, policy.EventConsentExpiry, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: account, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("in an office with a passport, or by a written request to the bank's address signed by hand or with an electronic signature"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		Redress: []policy.Redress{{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "the Bank of Russia, through its internet reception", Website: "https://cbr.ru/reception/"}}},
		Security: append(fz152Security(),
			policy.Measure{Name: "the protection of information in financial organisations under the Bank of Russia's standard GOST R 57580.1-2017"}),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret},
		Children:   policy.Children{MinimumAge: 14, ConsentAge: 18, Note: "Loans and the Halva card are for adults; a minor from 14 may have a debit card with a parent's consent."},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "pd@sovcombank.example", Phone: "8 800 100-00-06", Address: address},
	}
	ru15Breach(p)
	return realPolicy{"retail bank (Sovcombank)", p, []statement{
		{says: "the operator is PJSC Sovcombank, registered in Kostroma, named with its OGRN, INN and general banking licence No. 963", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "No. 963") && strings.Contains(p.Controller.Address, "Kostroma")
		}},
		{says: "the bank has appointed a person responsible for organising the processing of personal data", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy opens by defining the operator, processing, blocking, cross-border transfer and the other terms of Art. 3 of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 10 && slices.Contains(p.Definitions, policy.DefinitionBlocking)
		}},
		{says: "the bank processes data under the Constitution, the Civil and Tax Codes, the laws on banks, money laundering, credit histories, consumer credit, the payment system and debt recovery, and its licences and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 10
		}},
		{says: "the policy covers the offices and ATMs, the points of sale in partner stores and at car dealers, the website and apps, and the contact centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "the data of the bank's employees and candidates is processed under a separate document", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "processing is lawful and fair, limited to its purposes, proportionate, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 7 }},
		{says: "to identify a customer the bank collects the name and earlier names, date and place of birth, citizenship, passport, address, INN and SNILS", typed: func(p *policy.Policy) bool {
			return len(p.Category("identity").Items) == 6 && p.Purpose("kyc").Uses(p.Category("identity"))
		}},
		{says: "the bank identifies customers, their representatives and beneficiaries and reports operations to Rosfinmonitoring, as the anti-money-laundering law requires, and does not serve a customer it cannot identify", typed: func(p *policy.Policy) bool {
			k := p.Purpose("kyc")
			return k.RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "rfm").Role == policy.RoleAuthority && k.Required != ""
		}},
		{says: "the bank does not tell a customer of a report made about them under that law", typed: func(p *policy.Policy) bool { return len(p.Purpose("kyc").TippingOff) == 1 }},
		{says: "the bank may refuse or suspend an operation or remote banking under that law, and the customer can give the documents asked for or apply to the commission at the Bank of Russia", typed: func(p *policy.Policy) bool {
			s := p.Purpose("kyc").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundMoneyLaundering) && s.Contest != ""
		}},
		{says: "identification data and operations are kept for five years after the relationship ends", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("operations").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "accounts, operations, collateral and credit histories are banking secrecy", typed: func(p *policy.Policy) bool {
			return p.Category("operations").Secrecy.Kind == policy.SecrecyBanking && p.Category("credit").Secrecy.Kind == policy.SecrecyBanking && p.Category("collateral").Secrecy.Kind == policy.SecrecyBanking
		}},
		{says: "accounts, cards and deposits are serviced under the contract with the customer, which cannot be concluded without identification data and a phone number", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.FZ152) && p.Purpose("account").Required != ""
		}},
		{says: "the Halva card is a loan agreement that spreads purchases in partner stores into instalments, and the bank records where the card was used", typed: func(p *policy.Policy) bool {
			return p.Purpose("halva").RestsOn(policy.BasisContract, policy.FZ152) && strings.Contains(p.Category("operations").Items[2], "Halva")
		}},
		{says: "agents in partner stores and at car dealers take applications and sign contracts on the bank's instructions, and couriers bring cards", typed: func(p *policy.Policy) bool {
			return recipient(p, "agents").Role == policy.RoleProcessor && strings.Contains(p.Category("identity").SourceDetail, "car dealers")
		}},
		{says: "for a loan the customer states employment, income, family and education, and names contact persons, whose consent the customer confirms", typed: func(p *policy.Policy) bool {
			return p.Purpose("loans").Uses(p.Category("finance")) && slices.Contains(p.Category("contact").Sources, policy.SourceOtherUsers) && othersGive(p, "identity")
		}},
		{says: "for a car loan or a mortgage the bank records the pledged car or property, from dealers, appraisers and the register of pledges", typed: func(p *policy.Policy) bool {
			return p.Purpose("loans").Uses(p.Category("collateral")) && strings.Contains(p.Category("collateral").SourceDetail, "register of pledges")
		}},
		{says: "with written consent the bank requests the credit report, and it reports loans to credit history bureaus as the law on credit histories requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("scoring")
			return s.ConsentMethod == policy.ConsentMethodWritten && s.RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "bureaus") != nil
		}},
		{says: "a decision on a loan, a credit card or the Halva card and its limit may be taken by the bank's scoring models alone, and the customer may object and have it reviewed by an employee", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with written consent the bank collects a facial image and a voice recording and places them in the Unified Biometric System", typed: func(p *policy.Policy) bool {
			b := p.Purpose("biometrics")
			return p.Category("biometric").Biometric && b.RestsOn(policy.BasisExplicitConsent, policy.FZ152) && b.ConsentMethod == policy.ConsentMethodWritten && recipient(p, "ebs") != nil
		}},
		{says: "giving biometric data is voluntary, and the consent can be withdrawn in an office or through Gosuslugi, after which the data is destroyed within 30 days", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return p.Purpose("biometrics").Required != "" && p.Purpose("biometrics").Withdraw != "" && d.From == policy.EventConsentWithdrawal && d.Categories[0] == p.Category("biometric")
		}},
		{says: "the bank checks operations for signs that they are made without the customer's consent, may suspend them or block the card, and reports such cases to the Bank of Russia", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && slices.Contains(s.Grounds, policy.SuspensionGroundUnauthorised) && recipient(p, "cbr").Role == policy.RoleAuthority
		}},
		{says: "a customer can contest a suspended operation by calling the hotline or in the app's chat", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Suspension.Contest != "" }},
		{says: "card payments and transfers by phone number go through the National Payment Card System", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("account").Recipients, recipient(p, "nspk"))
		}},
		{says: "the bank executes enforcement documents and answers the requests of bailiffs and tax authorities", typed: func(p *policy.Policy) bool {
			return p.Purpose("enforcement").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "bailiffs").Conditional && len(p.Purpose("enforcement").Obligations) == 2
		}},
		{says: "the bank keeps a register of its obligations to depositors, which goes to the Deposit Insurance Agency if an insured event occurs", typed: func(p *policy.Policy) bool {
			return p.Purpose("deposits").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "dia").Conditional
		}},
		{says: "overdue debts are recovered by the bank and by registered collection agencies within the law on debt recovery, and contact persons may be called", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("debts").Obligations) == 1 && recipient(p, "collectors").Conditional && slices.Contains(p.Purpose("debts").Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "a customer who takes out insurance through the bank, with the group's insurer or another, agrees to the insurer receiving the data, and the loan does not depend on it", typed: func(p *policy.Policy) bool {
			i := p.Purpose("insurance")
			return i.RestsOn(policy.BasisConsent, policy.FZ152) && i.Required != "" && recipient(p, "insurers").Conditional
		}},
		{says: "with the customer's consent the bank passes data to the companies of its group to offer their services", typed: func(p *policy.Policy) bool {
			return p.Purpose("group").RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "group").Role == policy.RoleThirdParty
		}},
		{says: "calls are recorded after a warning, to check the quality of service and prove the customer's instructions", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "offices and ATMs are under video surveillance", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("video").Subjects, policy.DataSubjectPremisesVisitors)
		}},
		{says: "advertising is sent only with consent, as the law on advertising requires, is chosen from the customer's operations, and the consent can be withdrawn in the app, by calling or in an office", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.DirectMarketing && a.Profiling && len(a.ConsentRequiredBy) == 1 && a.Withdraw != ""
		}},
		{says: "the website uses session cookies and Yandex Metrica, which the visitor can forbid in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "for a transfer abroad the payer's details go to the payee's bank in the country the customer chooses, and the bank acts as an agent of currency control", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationPayee && t.Safeguard == policy.SafeguardContractNecessity && len(p.Purpose("abroad").Obligations) == 1
		}},
		{says: "the bank does not process special categories of personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to courts, investigators and other authorities only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool { return p.Deletion[0].Stages[0].Within == policy.Days(30) }},
		{says: "data that a law requires the bank to keep after the purpose is achieved or consent withdrawn is blocked, used for nothing else, until its period ends", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.KeptRestricted && slices.Contains(d.Kept, policy.KeptLegalObligation)
		}},
		{says: "processing stops when the purpose is achieved, the contract ends, consent expires or is withdrawn, processing is found unlawful or the bank is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 6
		}},
		{says: "a customer has the rights of Art. 14 to 17, exercised in an office or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a complaint about the bank may also be sent to the Bank of Russia through its internet reception", typed: func(p *policy.Policy) bool {
			return len(p.Redress) == 1 && p.Redress[0].Kind == policy.RedressRegulator
		}},
		{says: "a request states the identity document, the details of the contract and the signature, may be signed electronically, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the bank protects data with the measures of Art. 18.1 and 19 and the Bank of Russia's standard on information security, and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return strings.Contains(m.Name, "GOST") }) &&
				slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the bank never asks for codes from SMS messages or card details by phone, and these must be kept secret", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "loans and the Halva card are for adults, and a minor from 14 may have a debit card with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ConsentAge == 18
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "the bank entrusts processing to others, such as its agents, only under a contract that binds them to the principles of the law, to confidentiality and to the security measures of Art. 19", free: toIntroduction},
	}}
}

// realPolicyRu15DNS paraphrases, in our own words and as we recall it,
// the policy on the processing of personal data of DNS Retail LLC (ООО
// «ДНС Ритейл»), which runs the DNS chain of electronics and appliance
// stores and the dns-shop.ru online shop, as published in 2024-2025 (its
// registration numbers and exact address are left out, since we do not
// recall them exactly): an account signed in to with a phone number,
// orders picked up in stores or delivered by the chain and by transport
// companies, bonus points, purchases by companies through their
// representatives, loans and instalments through partner banks, the
// chain's own service centres and the manufacturers' ones, the DNS Club
// community with its public reviews and posts, recorded calls, video in
// stores, advertising by consent, cookies, the websites it links to,
// localisation in Russia and the rights of 152-FZ.
func realPolicyRu15DNS() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"phone number", "first name and surname", "email address, if given", "the city whose stores and prices the customer chooses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Orders and purchases", Items: []string{"the goods and services ordered, their prices and discounts", "the store or pickup point and the date", "receipts, warranty cards and invoices", "bonus points earned and spent"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(ru15Accounting), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery data", Items: []string{"the delivery address", "the recipient's name and phone number", "the time agreed for delivery, lifting and installation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	company := &policy.Category{ID: "company", Name: "Data of the representatives of business customers", Items: []string{"surname, first name and patronymic", "position and the power of attorney", "work phone number and email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the company or individual entrepreneur that buys through the representative",
		Retention: policy.AsRequiredBy(ru15Accounting), Linked: true}
	loan := &policy.Category{ID: "loan", Name: "Loan and instalment applications", Items: []string{"passport details", "registration address", "employer and income", "the bank's decision on the application"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the partner banks that decide on the application",
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	repairs := &policy.Category{ID: "repairs", Name: "Repairs and quality checks", Items: []string{"the device's model and serial number or IMEI", "the fault the customer describes", "the results of the check, the repair and its cost"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the manufacturers' authorised service centres",
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	club := &policy.Category{ID: "club", Name: "DNS Club profile and posts", Items: []string{"the nickname and avatar", "reviews of goods, with ratings and photos", "posts, comments and questions in the community", "the reviewer's purchase of the goods, shown as a mark"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Requests to the contact centre", Items: []string{"recordings of calls", "messages in the chat on the website", "claims about goods and the answers to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	video := &policy.Category{ID: "video", Name: "Video surveillance in stores", Items: []string{"images of people in the sales areas, at the checkouts and at the pickup counters"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie identifiers", "the browser, the device and its operating system", "the pages and goods viewed, the searches and the basket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	interests := &policy.Category{ID: "interests", Name: "Interests inferred from purchases and browsing", Items: []string{"the kinds of goods the customer buys and looks at", "the goods recommended and the offers shown"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, device},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}

	carriers := &policy.Recipient{ID: "carriers", Name: "transport companies and delivery services", Role: policy.RoleProcessor, Categories: []*policy.Category{account, delivery},
		Purpose: "to bring orders to towns where the chain does not deliver itself, on its instructions", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "partner banks that grant loans and instalments for purchases", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, loan},
		Purpose: "the customer applies for a loan or an instalment plan for a purchase", Country: regionRU, Conditional: true}
	payments := &policy.Recipient{ID: "payments", Name: "banks and payment providers that accept payments", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "to accept payment online and by card in stores, and to make refunds", Country: regionRU}
	centres := &policy.Recipient{ID: "centres", Name: "manufacturers' authorised service centres", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, repairs},
		Purpose: "the manufacturer's warranty requires the goods to be repaired at its own service centre", Country: regionRU, Conditional: true}
	ofd := &policy.Recipient{ID: "ofd", Name: "the fiscal data operator", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "to pass receipts to the Federal Tax Service and send the customer the electronic receipt", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "providers that send SMS messages, emails and push notifications", Role: policy.RoleProcessor, Categories: []*policy.Category{account}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	signUp := &policy.Purpose{ID: "account", Name: "Registering customers and keeping their accounts on the website and in the app", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Required: "an account needs a phone number confirmed by a code; a customer can still buy in a store without one",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	sales := &policy.Purpose{ID: "sales", Name: "Selling goods and services in stores and online, with pickup, delivery and installation", Categories: []*policy.Category{account, orders, delivery},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers, payments},
		Required: "an online order needs a name and a phone number, and delivery needs the address; without them the order cannot be placed or delivered",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	bonus := &policy.Purpose{ID: "bonus", Name: "Crediting and writing off bonus points", Categories: []*policy.Category{account, orders},
		Bases: []policy.Basis{policy.BasisContract}, Required: "bonus points are credited only to a registered account",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	business := &policy.Purpose{ID: "business", Name: "Concluding and performing contracts with companies and entrepreneurs that buy through their representatives", Categories: []*policy.Category{company, orders},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "dealing with the business customer through the person it authorised, as the contract with it requires",
		Subjects: []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing receipts and keeping accounts", Categories: []*policy.Category{orders, company},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”", Region: regionRU}, {Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	credit := &policy.Purpose{ID: "credit", Name: "Passing applications for loans and instalments to partner banks", Categories: []*policy.Category{account, loan},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Withdraw: "by writing to the company or to the bank", OptOut: true,
		Recipients: []*policy.Recipient{banks},
		Required:   "a loan is voluntary, and the customer can pay for the goods in any other way",
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	warranty := &policy.Purpose{ID: "warranty", Name: "Accepting claims about goods, checking their quality and repairing them in the chain's service centres or the manufacturers'", Categories: []*policy.Category{account, orders, repairs},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{centres},
		Obligations: []policy.Obligation{{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”, Art. 18 to 22", Region: regionRU}},
		Required:    "a repair or a claim needs the name, a phone number and the device's serial number; without them the device cannot be accepted",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	community := &policy.Purpose{ID: "club", Name: "Running the DNS Club community and publishing reviews of goods", Categories: []*policy.Category{account, club, orders},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Withdraw: "by deleting the post or the review, or by writing to the company", OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundIllegalContent}, Contest: "by writing to the community's moderators"}}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending goods and showing personal offers", Categories: []*policy.Category{orders, device, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each customer first the goods they are likely to want", Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "Answering requests to the contact centre and checking the quality of service", Categories: []*policy.Category{account, orders, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "resolving customers' requests and claims and checking the quality of the contact centre's work",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "Protecting the stores, customers and staff by video surveillance", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of customers and staff and the protection of goods against theft",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending advertising and news of promotions by SMS, email and push notifications", Categories: []*policy.Category{account, interests},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the account's settings, with the link in each email or by calling the contact centre", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller:  policy.Controller{Contact: policy.Contact{Name: "DNS Retail LLC (ООО «ДНС Ритейл»)", Email: "pd@dns-shop.example", Address: "Vladivostok, Russia"}, Country: regionRU},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "pd@dns-shop.example"},
		URL:         "https://dns-shop.example/rules/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.May, 1),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipWipeDevice},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”", Region: regionRU},
			{Act: "the Rules for the Sale of Goods under a Retail Contract, approved by Government Decree No. 2463 of 31 December 2020", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”", Region: regionRU},
			{Act: "the company's charter and its contracts with customers"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision, policy.DefinitionDissemination,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:      []string{"the DNS stores and service centres", "the dns-shop.ru online shop and the DNS app", "the DNS Club community at club.dns-shop.ru"},
		External:   []policy.ExternalService{policy.ExternalLinkedSites},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, orders, delivery, company, loan, repairs, club, calls, video, device, interests},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "bank card details", Category: orders, Note: "Cards are paid at the terminal in the store or on the bank's payment page."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric, Note: "Video from the stores is not used to identify anyone."},
		},
		Purposes:    []*policy.Purpose{signUp, sales, bonus, business, receipts, credit, warranty, community, recommend, support, cctv, marketing, analytics},
		Recipients:  []*policy.Recipient{carriers, banks, payments, centres, ofd, mailers, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, interests}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{club, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookies the online shop needs, such as the city chosen and the basket", Party: policy.PartyFirst, Purpose: sales, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("by writing to pd@dns-shop.example or to the company's postal address"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Links:                policy.Links{Recommendations: "https://dns-shop.example/rules/recommendations"},
		Children:             policy.Children{MinimumAge: 18, Note: "Orders and accounts are for adults; the company does not knowingly collect data from children."},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "pd@dns-shop.example"},
	}
	ru15Breach(p)
	return realPolicy{"electronics retail chain (DNS)", p, []statement{
		{says: "the operator is DNS Retail LLC in Vladivostok, which runs the DNS stores and online shop", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "ДНС") && strings.Contains(p.Controller.Address, "Vladivostok") && strings.Contains(p.Scope[1], "dns-shop.ru")
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the stores and service centres, the online shop and app, and the DNS Club community", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the policy opens by defining the operator, processing, dissemination, blocking and the other terms of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 8 && slices.Contains(p.Definitions, policy.DefinitionDissemination)
		}},
		{says: "the company processes data under the Civil Code, the consumer protection law and the rules for retail sale, the laws on advertising and cash registers, its charter and its contracts", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a customer opens an account with a phone number confirmed by a code, and may give a name, an email and the city", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && len(p.Category("account").Items) == 4
		}},
		{says: "a customer can buy in a store without an account", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("account").Required, "without one") }},
		{says: "an online order needs a name and a phone number, and delivery the address", typed: func(p *policy.Policy) bool {
			return p.Purpose("sales").Required != "" && p.Purpose("sales").Uses(p.Category("delivery"))
		}},
		{says: "goods may be delivered to someone else, whose name and phone the customer gives with that person's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "orders are picked up in stores or delivered by the chain, and by transport companies on its instructions where it does not deliver itself", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Role == policy.RoleProcessor && slices.Contains(recipient(p, "carriers").Categories, p.Category("delivery"))
		}},
		{says: "payments online and by card in stores are accepted by banks and payment providers, which also make refunds", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Purpose != "" && slices.Contains(p.Purpose("sales").Recipients, recipient(p, "payments"))
		}},
		{says: "the company does not receive bank card details", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("orders") && p.NotCollected[0].Note != ""
		}},
		{says: "receipts go to the tax service through a fiscal data operator, as the law on cash registers requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil
		}},
		{says: "orders, receipts and warranty documents are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "delivery data is kept for three years after the order", typed: func(p *policy.Policy) bool {
			r := p.Category("delivery").Retention
			return r.Period == policy.Years(3) && r.From == policy.EventContractEnd
		}},
		{says: "bonus points are credited for purchases to a registered account and spent on later ones", typed: func(p *policy.Policy) bool {
			return p.Purpose("bonus").Uses(p.Category("orders")) && p.Purpose("bonus").Required != ""
		}},
		{says: "a company or entrepreneur buys through a representative, whose name, position, power of attorney and work contacts the company processes", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("business").Subjects, policy.DataSubjectCounterparties) && len(p.Category("company").Items) == 3
		}},
		{says: "with the customer's written consent an application for a loan or instalments goes to the partner banks, which decide on it", typed: func(p *policy.Policy) bool {
			c := p.Purpose("credit")
			return c.RestsOn(policy.BasisConsent, policy.FZ152) && c.ConsentMethod == policy.ConsentMethodWritten && recipient(p, "banks").Conditional
		}},
		{says: "a loan is voluntary and open to adults only", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Purpose("credit").Required != ""
		}},
		{says: "claims about goods are accepted and the goods checked and repaired under the consumer protection law, in the chain's service centres or the manufacturers'", typed: func(p *policy.Policy) bool {
			w := p.Purpose("warranty")
			return w.RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(w.Obligations) == 1 && recipient(p, "centres").Conditional
		}},
		{says: "a device is accepted for repair with the customer's name, phone and its serial number or IMEI", typed: func(p *policy.Policy) bool {
			return p.Purpose("warranty").Required != "" && strings.Contains(p.Category("repairs").Items[0], "IMEI")
		}},
		{says: "the customer should copy and delete personal data from a device before handing it in, since the company does not answer for the data stored on it", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipWipeDevice) }},
		{says: "reviews, posts and comments in DNS Club are published with the nickname and avatar for everyone to see, with the customer's consent to their dissemination", typed: func(p *policy.Policy) bool {
			c := p.Category("club")
			return c.Visibility == policy.VisibilityAlways && c.DisseminationConsent && p.Purpose("club").RestsOn(policy.BasisConsent, policy.FZ152)
		}},
		{says: "a review is marked when its author bought the goods at DNS", typed: func(p *policy.Policy) bool {
			return p.Purpose("club").Uses(p.Category("orders")) && strings.Contains(p.Category("club").Items[3], "purchase")
		}},
		{says: "the consent to publication is withdrawn by deleting the post or review or by writing to the company", typed: func(p *policy.Policy) bool { return p.Purpose("club").Withdraw != "" }},
		{says: "moderators may remove posts and block accounts that break the community's rules or the law", typed: func(p *policy.Policy) bool {
			s := p.Purpose("club").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach)
		}},
		{says: "recommended goods and personal offers are chosen from the customer's purchases and browsing", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && len(p.Category("interests").DerivedFrom) == 2
		}},
		{says: "the rules for the recommendation technologies on the website are published", typed: func(p *policy.Policy) bool { return p.Links.Recommendations != "" }},
		{says: "no decision producing legal effects is taken by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "calls to the contact centre are recorded after a warning, to check the quality of service", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "the stores are under video surveillance, which is not used to identify anyone", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("cctv").Subjects, policy.DataSubjectPremisesVisitors) && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "advertising is sent only with consent, as the law on advertising requires, and the consent can be withdrawn in the account, with the link in an email or by calling", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != ""
		}},
		{says: "the website uses the cookies it needs, such as for the city and the basket, and Yandex Metrica, which a visitor can turn off in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut
		}},
		{says: "the policy does not cover the websites of others that the shop links to", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the company does not process special categories or biometric personal data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "data is not transferred abroad", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 0 && !slices.ContainsFunc(p.Recipients, func(r *policy.Recipient) bool { return r.Country != regionRU })
		}},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to state bodies only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Stages[0].Within == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "a customer may ask to delete the account, and what the accounting law requires is kept", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventDeletionRequest && slices.Contains(d.Kept, policy.KeptLegalObligation)
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a customer has the rights of Art. 14 to 17, exercised by writing to the company, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the relationship with the company and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "orders and accounts are for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
	}}
}

// realPolicyRu15Tutu paraphrases, in our own words and as we recall it,
// the policy on the processing of personal data of Tutu.ru LLC (ООО
// «Туту.ру»), which sells rail, air, bus and suburban train tickets and
// tours through its website and app as the carriers' agent, as published
// in 2024-2025 (its registration numbers and exact address are left out,
// since we do not recall them exactly): an account signed in to with a
// phone number or email, the passengers' identity documents that
// personalised tickets and the transport security law require, tickets
// bought for other passengers and for children, the carriers, booking
// systems and tour operators that receive the data, carriers abroad on
// international routes, travel insurance, payment by card through the
// bank, notices of changes to the trip, support with recorded calls,
// reviews, recommendations, advertising by consent, cookies, localisation
// in Russia and the rights of 152-FZ.
func realPolicyRu15Tutu() realPolicy {
	all := policy.Actions()
	transportSecurity := policy.Obligation{Act: "Federal Law No. 16-FZ “On Transport Security”, Art. 11 (automated centralised databases of passengers’ personal data)", Region: regionRU}
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"phone number", "email address", "the passengers saved in the account for later bookings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	passengers := &policy.Category{ID: "passengers", Name: "Passenger data", Items: []string{"surname, first name and patronymic", "date of birth", "sex", "citizenship", "type, series and number of the identity document, and its expiry for international travel", "the loyalty programme card number, if given"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		SourceDetail: "the customer who books for other passengers, or a parent who books for a child", Retention: policy.AsRequiredBy(ru15Accounting), Linked: true}
	bookings := &policy.Category{ID: "bookings", Name: "Orders and tickets", Items: []string{"the route, dates, train, flight or bus, carriage, seat and fare", "the order and ticket numbers", "exchanges, refunds and their amounts", "the insurance policies bought"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "the carriers and booking systems that issue the tickets",
		Retention: policy.AsRequiredBy(ru15Accounting), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"the masked number of the bank card and the bank's token, if the customer saves the card", "the status of payments and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the bank that accepts the payment", Retention: policy.AsRequiredBy(ru15Accounting), Linked: true}
	support := &policy.Category{ID: "support", Name: "Requests to support", Items: []string{"messages in the chat and by email", "recordings of calls", "claims and their answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews", Items: []string{"the text and rating of a review of a trip, a carrier or a tour", "the first name under which it is published"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	searches := &policy.Category{ID: "searches", Name: "Searches and preferences", Items: []string{"the routes and dates searched", "the trips viewed and the price alerts set"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie identifiers", "the device's model, operating system and advertising identifier", "the push token", "actions on the website and in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	rail := &policy.Recipient{ID: "rail", Name: "rail carriers, such as JSC FPK, and the Russian Railways' ticket system", Role: policy.RoleThirdParty, Categories: []*policy.Category{passengers, bookings},
		Purpose: "to issue the personalised ticket and carry the passenger", Country: regionRU, OwnPolicy: true}
	air := &policy.Recipient{ID: "air", Name: "airlines and the booking systems through which their tickets are issued, such as Sirena-Travel", Role: policy.RoleThirdParty, Categories: []*policy.Category{passengers, bookings},
		Purpose: "to book the flight, issue the ticket and carry the passenger", OwnPolicy: true}
	bus := &policy.Recipient{ID: "bus", Name: "bus carriers and bus stations", Role: policy.RoleThirdParty, Categories: []*policy.Category{passengers, bookings},
		Purpose: "to issue the ticket and carry the passenger", OwnPolicy: true}
	tours := &policy.Recipient{ID: "tours", Name: "tour operators and hotels", Role: policy.RoleThirdParty, Categories: []*policy.Category{passengers, bookings},
		Purpose: "the customer books a tour or a hotel, which the tour operator or the hotel provides", Conditional: true}
	insurers := &policy.Recipient{ID: "insurers", Name: "partner insurance companies", Role: policy.RoleThirdParty, Categories: []*policy.Category{passengers, bookings},
		Purpose: "the customer adds a travel or accident insurance policy to the order", Country: regionRU, Conditional: true}
	databases := &policy.Recipient{ID: "databases", Name: "the automated centralised databases of passengers’ personal data, through the carriers", Role: policy.RoleAuthority,
		Categories: []*policy.Category{passengers, bookings}, Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "the bank that accepts payments and makes refunds", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment, bookings}, Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "the fiscal data operator", Role: policy.RoleThirdParty, Categories: []*policy.Category{bookings},
		Purpose: "to pass receipts to the Federal Tax Service and send the customer the electronic receipt", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "providers that send SMS messages, emails and push notifications", Role: policy.RoleProcessor, Categories: []*policy.Category{account, device}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	ads := &policy.Recipient{ID: "ads", Name: "advertising platforms", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "to show Tutu's advertising on other websites and apps and to measure it", Country: regionRU}

	signUp := &policy.Purpose{ID: "account", Name: "Registering users and keeping their accounts, with the passengers they save", Categories: []*policy.Category{account, passengers},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Required: "an account needs a phone number or an email confirmed by a code; a ticket can be bought without one",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	tickets := &policy.Purpose{ID: "tickets", Name: "Booking and selling tickets as the carriers' agent, exchanging and refunding them", Categories: []*policy.Category{account, passengers, bookings, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{rail, air, bus, bank},
		Required: "a ticket is issued in the passenger's name, with the identity document; without them the carrier does not issue it",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	security := &policy.Purpose{ID: "security", Name: "Giving passengers' data to carriers for the transport security databases", Categories: []*policy.Category{passengers, bookings},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{databases},
		Obligations: []policy.Obligation{transportSecurity, {Act: "the Charter of Railway Transport of the Russian Federation (Federal Law No. 18-FZ), Art. 82", Region: regionRU}},
		Required:    "the law requires a ticket for long-distance trains, flights and intercity buses to carry the passenger's identity document",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	tourism := &policy.Purpose{ID: "tours", Name: "Booking tours and hotels with tour operators and partners", Categories: []*policy.Category{passengers, bookings, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{tours},
		Required: "the tour operator needs the name and document of each traveller to book the tour",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	insurance := &policy.Purpose{ID: "insurance", Name: "Taking out travel insurance with partner insurers", Categories: []*policy.Category{passengers, bookings},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Withdraw: "by cancelling the policy in the order or by writing to support", OptOut: true,
		Recipients: []*policy.Recipient{insurers}, Required: "insurance is voluntary, and the ticket is sold without it",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing receipts and keeping accounts", Categories: []*policy.Category{bookings, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”", Region: regionRU}, {Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	notices := &policy.Purpose{ID: "notices", Name: "Sending tickets and telling customers of changes to their trips", Categories: []*policy.Category{account, bookings},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	help := &policy.Purpose{ID: "support", Name: "Answering requests and claims and checking the quality of support", Categories: []*policy.Category{account, bookings, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "resolving customers' requests about tickets, exchanges and refunds, and checking the quality of the support service's work",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	publish := &policy.Purpose{ID: "reviews", Name: "Publishing reviews of trips, carriers and tours", Categories: []*policy.Category{reviews},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Withdraw: "by asking support to remove the review", OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Showing the routes, trips and offers a user is likely to want", Categories: []*policy.Category{searches, bookings, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each user first the trips they are likely to look for", Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing payment fraud and the mass booking of seats", Categories: []*policy.Category{account, bookings, payment, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting customers and carriers from payments with stolen cards and from seats held by resellers",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Automated: policy.AnswerYes, Contest: "by writing to support"}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending news, offers and promo codes by email, SMS and push notifications", Categories: []*policy.Category{account, searches},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the link in each email, in the app's settings or by writing to support", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing the use of the website and the app and measuring advertising", Categories: []*policy.Category{device, searches},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser or resetting the advertising identifier", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{metrica, ads},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller:  policy.Controller{Contact: policy.Contact{Name: "Tutu.ru LLC (ООО «Туту.ру»)", Email: "privacy@tutu.example", Address: "Moscow, Russia"}, Country: regionRU},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "privacy@tutu.example"},
		URL:         "https://tutu.example/legal/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.October, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "the Air Code of the Russian Federation", Region: regionRU},
			{Act: "the Charter of Railway Transport of the Russian Federation", Region: regionRU},
			{Act: "the Charter of Road Transport and Urban Surface Electric Transport", Region: regionRU},
			{Act: "Federal Law No. 16-FZ “On Transport Security”", Region: regionRU},
			{Act: "Federal Law No. 132-FZ “On the Fundamentals of Tourist Activity”", Region: regionRU},
			{Act: "the agency contracts with the carriers and the user agreement of Tutu.ru"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionCrossBorderTransfer},
		Scope:      []string{"the tutu.ru website", "the Tutu apps", "the support service"},
		External:   []policy.ExternalService{policy.ExternalLinkedSites},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, passengers, bookings, payment, support, reviews, searches, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "the full number and security code of the bank card", Category: payment, Note: "The customer enters them on the bank's payment page, and the company receives only the masked number and a token."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:   []*policy.Purpose{signUp, tickets, security, tourism, insurance, receipts, notices, help, publish, recommend, fraud, marketing, analytics},
		Recipients: []*policy.Recipient{rail, air, bus, tours, insurers, databases, bank, ofd, mailers, metrica, ads},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: air, Categories: []*policy.Category{passengers, bookings}, Safeguard: policy.SafeguardContractNecessity,
				Note: "A foreign airline, and the authorities of the country of destination, receive the passengers' data only for the international flights the customer books."},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: bus, Categories: []*policy.Category{passengers, bookings}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationBooking, Recipient: tours, Categories: []*policy.Category{passengers, bookings}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, searches}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{reviews, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookies the website needs for searching, booking and signing in", Party: policy.PartyFirst, Purpose: tickets, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "sdk", Name: "AppMetrica", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "pixels", Name: "advertising platforms' pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: ads, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("by writing to privacy@tutu.example or to the company's postal address"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Links:                policy.Links{Recommendations: "https://tutu.example/legal/recommendations"},
		Children: policy.Children{MinimumAge: 18,
			Note: "Tickets are bought by adults; a parent or other legal representative gives the data of a child travelling, with the child's birth certificate."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "privacy@tutu.example"},
	}
	ru15Breach(p)
	return realPolicy{"travel ticket seller (Tutu.ru)", p, []statement{
		{says: "the operator is Tutu.ru LLC in Moscow", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Туту.ру") && strings.Contains(p.Controller.Address, "Moscow")
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the website, the apps and the support service", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the policy opens by defining the operator, processing, cross-border transfer and the other terms of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 8 && slices.Contains(p.Definitions, policy.DefinitionCrossBorderTransfer)
		}},
		{says: "the company processes data under the Civil and Air Codes, the charters of rail and road transport, the laws on transport security and tourism, and its contracts with carriers and users", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a user signs in with a phone number or an email confirmed by a code, and may save passengers for later bookings", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && p.Purpose("account").Uses(p.Category("passengers")) && len(p.Category("account").Items) == 3
		}},
		{says: "a ticket can be bought without an account", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("account").Required, "without one") }},
		{says: "for each passenger the customer gives the name, date of birth, sex, citizenship and identity document, and a loyalty card number if wanted", typed: func(p *policy.Policy) bool {
			return len(p.Category("passengers").Items) == 6 && p.Purpose("tickets").Uses(p.Category("passengers"))
		}},
		{says: "a customer who books for other passengers confirms having their consent to give their data", typed: func(p *policy.Policy) bool { return othersGive(p, "passengers") }},
		{says: "the company sells tickets as the carriers' agent under its contracts with them, and without the passenger's details no ticket is issued", typed: func(p *policy.Policy) bool {
			t := p.Purpose("tickets")
			return t.RestsOn(policy.BasisContract, policy.FZ152) && t.Required != "" && strings.Contains(p.LegalActs[6].Act, "agency")
		}},
		{says: "rail carriers and the Russian Railways' ticket system receive the passenger's data to issue the personalised ticket", typed: func(p *policy.Policy) bool {
			return recipient(p, "rail").Role == policy.RoleThirdParty && slices.Contains(recipient(p, "rail").Categories, p.Category("passengers"))
		}},
		{says: "airlines and the booking systems such as Sirena-Travel receive it for air tickets, and bus carriers and stations for bus tickets", typed: func(p *policy.Policy) bool {
			return recipient(p, "air") != nil && recipient(p, "bus") != nil && slices.Contains(p.Purpose("tickets").Recipients, recipient(p, "air"))
		}},
		{says: "the transport security law requires the identity document on tickets, and carriers pass the data to the automated centralised databases of passengers", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security")
			return s.RestsOn(policy.BasisLegalObligation, policy.FZ152) && strings.Contains(s.Obligations[0].Act, "16-FZ") && recipient(p, "databases").Role == policy.RoleAuthority
		}},
		{says: "for international flights and buses the data goes to the foreign carrier and the authorities of the country the customer travels to", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[0].Note != "" && p.Transfers[1].Recipient == recipient(p, "bus")
		}},
		{says: "a tour or hotel booked goes to the tour operator or hotel, which may be abroad", typed: func(p *policy.Policy) bool {
			return recipient(p, "tours").Conditional && p.Transfers[2].ChosenDestination == policy.ChosenDestinationBooking
		}},
		{says: "travel insurance is optional, and if the customer adds it the partner insurer receives the passengers' data", typed: func(p *policy.Policy) bool {
			i := p.Purpose("insurance")
			return i.RestsOn(policy.BasisConsent, policy.FZ152) && i.Required != "" && recipient(p, "insurers").Conditional
		}},
		{says: "payment is accepted by the bank, which also makes refunds, and the company keeps only the masked number and a token of a saved card", typed: func(p *policy.Policy) bool {
			return recipient(p, "bank") != nil && p.NotCollected[0].Category == p.Category("payment") && strings.Contains(p.Category("payment").Items[0], "token")
		}},
		{says: "receipts go to the tax service through a fiscal data operator, and orders and payments are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && p.Category("bookings").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "tickets are sent by email and SMS, and the customer is told of cancelled or delayed trains, flights and buses", typed: func(p *policy.Policy) bool {
			return p.Purpose("notices").RestsOn(policy.BasisContract, policy.FZ152) && p.Purpose("notices").Uses(p.Category("bookings"))
		}},
		{says: "exchanges and refunds are processed through the carriers under their rules", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("tickets").Name, "refunding") && strings.Contains(p.Category("bookings").Items[2], "refunds")
		}},
		{says: "calls to support are recorded after a warning, to resolve disputes and check the quality of service", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "reviews of trips, carriers and tours are published under the author's first name with consent, and removed on request", typed: func(p *policy.Policy) bool {
			r := p.Category("reviews")
			return r.Visibility == policy.VisibilityAlways && r.DisseminationConsent && p.Purpose("reviews").Withdraw != ""
		}},
		{says: "routes and offers are recommended from the user's searches and trips, under published rules for recommendation technologies", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Links.Recommendations != ""
		}},
		{says: "orders suspected of fraud or of mass booking by resellers may be cancelled automatically, and the customer may contest it with support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && slices.Contains(s.Targets, policy.SuspensionTargetOrder) && s.Contest != ""
		}},
		{says: "no decision producing legal effects is taken by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "advertising and promo codes are sent only with consent, as the law on advertising requires, and the consent can be withdrawn with the link, in the app or through support", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != ""
		}},
		{says: "the website uses the cookies it needs, Yandex Metrica and advertising pixels, and the app AppMetrica, which a user can turn off in the browser or the phone's settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "sdk").Technology == policy.TechnologySDK && cookie(p, "pixels").Consent == policy.CookieConsentOptOut
		}},
		{says: "the policy does not cover the websites of carriers, hotels and other partners that the service links to", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the company does not process special categories or biometric personal data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to state bodies only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Stages[0].Within == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "an account can be deleted, after which its data is removed within 30 days, except what the accounting law requires", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventAccountClosure && slices.Contains(d.Kept, policy.KeptLegalObligation)
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a user has the rights of Art. 14 to 17, exercised by writing to the company, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the relationship with the company and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "tickets are bought by adults, and a parent gives the data of a child travelling, with the birth certificate", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.Note != ""
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "the company is not responsible for the accuracy of the data the customer gives, and a ticket with wrong details may be refused for boarding", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		{says: "the company answers for the carriers' processing only as their agent, and each carrier processes the data as an operator under its own policy", typed: func(p *policy.Policy) bool {
			for _, id := range []string{"rail", "air", "bus"} {
				if r := recipient(p, id); !r.OwnPolicy || r.Role != policy.RoleThirdParty {
					return false
				}
			}
			return true
		}},
	}}
}
