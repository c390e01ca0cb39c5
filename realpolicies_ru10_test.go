package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// Three more Russian policies under 152-FZ, paraphrased as the others are:
// the largest Russian retail bank, with its Sber ID and the Unified
// Biometric System; a taxi and delivery app whose taxi services, drivers
// and couriers are operators in their own right; and a map and city
// directory whose listings name the people behind businesses.

// sberbank paraphrases, in our own words and as we recall it, the policy
// on the processing of personal data of PJSC Sberbank, as published in
// 2024-2025: the definitions of 152-FZ, identification under the
// anti-money-laundering law, banking secrecy, credit history bureaus and
// automated loan decisions, biometric samples placed in the Unified
// Biometric System, the blocking of operations suspected of being made
// without the customer's consent, recorded calls and video in branches,
// the companies of the Sber ecosystem, sign-in to partners with Sber ID,
// advertising by consent, cookies on the website, transfers abroad the
// customer orders and requests with the contents Art. 14(3) lists.
func sberbank() realPolicy {
	all := policy.Actions()
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Federal Law No. 395-1 “On Banks and Banking Activity”, Art. 26", Region: regionRU}}}
	aml := "Federal Law No. 115-FZ, Art. 7(4) (5 years after the relationship with the customer ends)"
	identity := &policy.Category{ID: "identity", Name: "Identification data",
		Items:       []string{"surname, first name and patronymic", "date and place of birth", "citizenship", "passport details", "registration address", "INN and SNILS"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "state information systems that confirm the passport and the INN, and the Unified Identification and Authentication System (Gosuslugi)",
		Retention:    policy.AsRequiredBy(aml), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"phone number", "email address", "postal address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	finance := &policy.Category{ID: "finance", Name: "Financial position", Items: []string{"employment and income", "property", "family status and dependants"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Social Fund of Russia and the Federal Tax Service, where the customer asks the bank to obtain a statement of income through Gosuslugi",
		Retention:    policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	operations := &policy.Category{ID: "operations", Name: "Accounts and operations", Items: []string{"account and card numbers", "balances", "payments and transfers, with their payers and payees", "loans, deposits and their repayment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceOtherUsers},
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	credit := &policy.Category{ID: "credit", Name: "Credit history", Items: []string{"the credit report", "the individual credit rating"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "credit history bureaus, among them the United Credit Bureau",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	biometric := &policy.Category{ID: "biometric", Name: "Biometric personal data", Items: []string{"facial image", "voice recording"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Biometric: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Calls and chats with the bank", Items: []string{"recordings of calls to and from the contact centre", "chat messages in SberBank Online"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to prove the customer's instructions and to resolve disputes"), Linked: true}
	video := &policy.Category{ID: "video", Name: "Video recordings", Items: []string{"images recorded by cameras in branches and at ATMs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to investigate an incident at the branch or the ATM")}
	device := &policy.Category{ID: "device", Name: "Device and app data", Items: []string{"IP address", "device model and identifiers", "operating system", "location, if allowed",
		"the apps installed on an Android phone, which SberBank Online checks for malicious ones", "cookie identifiers", "actions in SberBank Online and on the website"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}

	couriers := &policy.Recipient{ID: "couriers", Name: "courier services that deliver cards", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, contact}, Purpose: "to bring a card to the customer and check the passport on the bank's order", Country: regionRU}
	messaging := &policy.Recipient{ID: "messaging", Name: "SMS and push notification providers", Role: policy.RoleProcessor, Categories: []*policy.Category{contact}, Country: regionRU}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit history bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations, credit}, Country: regionRU}
	ebs := &policy.Recipient{ID: "ebs", Name: "the operator of the Unified Biometric System", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, biometric},
		Purpose: "to place the biometric samples in the Unified Biometric System, so that the customer can be identified remotely", Country: regionRU}
	rfm := &policy.Recipient{ID: "rfm", Name: "the Federal Financial Monitoring Service (Rosfinmonitoring) and the Bank of Russia", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, operations}, Country: regionRU}
	group := &policy.Recipient{ID: "group", Name: "companies of the Sber ecosystem", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "to offer and provide their insurance, pension, investment, telecom, health and shopping services", Country: regionRU}
	sberID := &policy.Recipient{ID: "sberid", Name: "partners whose websites and apps the customer signs in to with Sber ID", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, contact}, Conditional: true, Country: regionRU,
		Purpose: "the customer signs in to the partner with Sber ID and agrees to the partner receiving the name, phone number and email address"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "a debt is overdue and the bank engages an agency or assigns the claim to it", Country: regionRU, Conditional: true}
	foreign := &policy.Recipient{ID: "foreign", Name: "foreign banks that receive the transfers the customer orders", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations}}

	account := &policy.Purpose{ID: "account", Name: "Opening and servicing accounts, cards and deposits, granting loans and making payments", Categories: []*policy.Category{identity, contact, operations, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, messaging},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "without identification data and a phone number the bank cannot open an account or conclude a contract"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Identifying customers and countering money laundering and the financing of terrorism", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rfm},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”, Art. 7", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	scoring := &policy.Purpose{ID: "scoring", Name: "Assessing creditworthiness and reporting to credit history bureaus", Categories: []*policy.Category{identity, finance, operations, credit},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegalObligation}, Withdraw: "by a written application in a branch; data already reported stays in the credit history",
		ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 218-FZ “On Credit Histories”, Art. 5 and 6", Region: regionRU}},
		Automated:   "a decision on an application for a loan or a credit card may be taken by the bank's models alone; the customer may object to it and have it reviewed by an employee",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	biometrics := &policy.Purpose{ID: "biometrics", Name: "Collecting biometric data and placing it in the Unified Biometric System", Categories: []*policy.Category{identity, biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in a branch, in SberBank Online or through the Gosuslugi portal", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true,
		Recipients: []*policy.Recipient{ebs}, OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "giving biometric data is voluntary, and the bank serves a customer who refuses in every other way"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting operations made without the customer's consent and protecting customers from fraud", Categories: []*policy.Category{identity, operations, device},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 161-FZ “On the National Payment System”, Art. 8(5.1)-(5.3) and 27(5)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnauthorised}, Contest: "by calling 900 or in the chat in SberBank Online"}}
	support := &policy.Purpose{ID: "support", Name: "Answering calls and chats, and keeping evidence of the customer's instructions", Categories: []*policy.Category{identity, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "checking the quality of service and proving what the customer instructed",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cameras := &policy.Purpose{ID: "video", Name: "Keeping branches and ATMs safe with video surveillance", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of customers, employees and cash, and evidence of disputed cash operations",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	debts := &policy.Purpose{ID: "debts", Name: "Recovering overdue debts", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{collectors},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 230-FZ “On Protecting the Rights and Legitimate Interests of Natural Persons in the Recovery of Overdue Debts”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	ecosystem := &policy.Purpose{ID: "ecosystem", Name: "Offering and providing the products of the companies of the Sber ecosystem", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in SberBank Online or by an application in a branch", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	signIn := &policy.Purpose{ID: "sberid", Name: "Signing in to partners' websites and apps with Sber ID", Categories: []*policy.Category{identity, contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the Sber ID settings of SberBank Online, partner by partner", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{sberID},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Sending advertising of the bank's, the ecosystem's and partners' products", Categories: []*policy.Category{contact, operations, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in SberBank Online's settings or by calling 900", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising the website and making it convenient", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by forbidding cookies in the browser's settings", OptOut: true, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	abroad := &policy.Purpose{ID: "abroad", Name: "Making the transfers abroad that the customer orders", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{foreign},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "19 Vavilova Street, Moscow, 117312, Russia"
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "PJSC Sberbank", Email: "privacy@sberbank.example", Phone: "900", Address: address},
			Country: regionRU, Registration: "OGRN 1027700132195, INN 7707083893, Bank of Russia general banking licence No. 1481"},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "privacy@sberbank.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-00-000000"},
		URL:              "https://sberbank.example/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Constitution of the Russian Federation", Region: regionRU},
			{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 395-1 “On Banks and Banking Activity”", Region: regionRU},
			{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”", Region: regionRU},
			{Act: "Federal Law No. 218-FZ “On Credit Histories”", Region: regionRU},
			{Act: "Federal Law No. 161-FZ “On the National Payment System”", Region: regionRU},
			{Act: "Federal Law No. 572-FZ on identification with biometric personal data", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "the bank's licence and charter"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination,
			policy.DefinitionProvision, policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem, policy.DefinitionCrossBorderTransfer},
		Scope:      []string{"the bank's branches and ATMs", "SberBank Online", "the website sberbank.ru", "the contact centre on 900"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{identity, contact, finance, operations, credit, biometric, calls, video, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		Purposes:   []*policy.Purpose{account, kyc, scoring, biometrics, fraud, support, cameras, debts, ecosystem, signIn, advertising, personalise, abroad},
		Recipients: []*policy.Recipient{couriers, messaging, bureaus, ebs, rfm, group, sberID, collectors, foreign},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationPayee, Recipient: foreign, Categories: []*policy.Category{identity, operations},
			Safeguard: policy.SafeguardContractNecessity, Notified: policy.MakeDate(2023, time.February, 28)}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{biometric}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentExpiry, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: account, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "personal", Name: "cookies that remember earlier visits", Party: policy.PartyFirst, Purpose: personalise, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("in SberBank Online, in a branch or by a written request to the bank"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		Security:   append(fz152Security(), policy.Measure{Name: "the protection of information in financial organisations under the Bank of Russia's standard GOST R 57580.1-2017"}),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret},
		Children:   policy.Children{MinimumAge: 14, ParentalConsent: true, ConsentAge: 18},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "privacy@sberbank.example", Phone: "900", Address: address},
	}
	return realPolicy{"retail bank (Sberbank)", p, []statement{
		{says: "the operator is PJSC Sberbank in Moscow, named with its OGRN, INN and general banking licence", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "licence") && p.Controller.Country == regionRU
		}},
		{says: "the bank has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the bank is in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the policy opens by defining the operator, processing and the other terms of Art. 3 of the law", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 10 }},
		{says: "the bank processes data under the Constitution, the Civil Code, the banking law, the laws on money laundering, credit histories, the payment system, biometrics and advertising, and its licence and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 9
		}},
		{says: "the bank processes data lawfully, for stated purposes only, no more than they need, accurately and no longer than they need", typed: func(p *policy.Policy) bool { return len(p.Principles) == 5 }},
		{says: "the policy covers branches and ATMs, SberBank Online, the website and the contact centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "to identify a customer the bank collects the name, date of birth, citizenship, passport, address, INN and SNILS, and checks them against state information systems", typed: func(p *policy.Policy) bool {
			c := p.Category("identity")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != "" && len(c.Items) == 6
		}},
		{says: "accounts, cards, deposits, loans and payments are serviced under the contract with the customer", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.FZ152)
		}},
		{says: "without identification data and a phone number the bank cannot conclude a contract", typed: func(p *policy.Policy) bool { return p.Purpose("account").Required != "" }},
		{says: "the bank also processes the data of people its customers name, such as payees, co-borrowers and guarantors", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("account").Subjects, policy.DataSubjectThirdParties) && slices.Contains(p.Category("operations").Sources, policy.SourceOtherUsers)
		}},
		{says: "the bank identifies customers and their representatives and reports operations to Rosfinmonitoring, as the anti-money-laundering law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "rfm").Role == policy.RoleAuthority
		}},
		{says: "identification data and operations are kept for five years after the relationship ends, as that law requires", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("operations").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "accounts, operations and credit histories are banking secrecy under Art. 26 of the banking law", typed: func(p *policy.Policy) bool {
			return p.Category("operations").Secrecy.Kind == policy.SecrecyBanking && len(p.Category("credit").Secrecy.Laws) == 1
		}},
		{says: "for a loan the customer states income, employment, property and family, and may have a statement of income obtained through Gosuslugi", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Uses(p.Category("finance")) && p.Category("finance").SourceDetail != ""
		}},
		{says: "with the customer's written consent the bank requests the credit report from credit history bureaus, and it reports loans to them as the law on credit histories requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("scoring")
			return s.HasBasis(policy.BasisConsent) && s.RestsOn(policy.BasisLegalObligation, policy.FZ152) && s.ConsentMethod == policy.ConsentMethodWritten && recipient(p, "bureaus") != nil
		}},
		{says: "a loan decision may be taken by the bank's models alone, and the customer may object and have it reviewed by an employee", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with written consent the bank collects a facial image and a voice recording and places them in the Unified Biometric System, so that the customer can be identified remotely", typed: func(p *policy.Policy) bool {
			b := p.Purpose("biometrics")
			return p.Category("biometric").Biometric && b.RestsOn(policy.BasisExplicitConsent, policy.FZ152) && b.ConsentMethod == policy.ConsentMethodWritten && recipient(p, "ebs") != nil
		}},
		{says: "giving biometric data is voluntary, and consent to it can be withdrawn in a branch, in the app or through Gosuslugi", typed: func(p *policy.Policy) bool {
			return p.Purpose("biometrics").Required != "" && p.Purpose("biometrics").Withdraw != ""
		}},
		{says: "once consent is withdrawn the biometric data is destroyed within 30 days", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventConsentWithdrawal && d.Categories[0] == p.Category("biometric") && d.Stages[0].Within == policy.Days(30)
		}},
		{says: "the bank checks operations for signs that they are made without the customer's consent and may block a card, suspend a transfer or SberBank Online, which the customer can contest by calling 900", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return p.Purpose("fraud").RestsOn(policy.BasisLegalObligation, policy.FZ152) && slices.Contains(s.Grounds, policy.SuspensionGroundUnauthorised) && len(s.Targets) == 3 && s.Contest != ""
		}},
		{says: "the app collects the device's model and identifiers, its location if allowed, and on Android checks the installed apps for malicious ones", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Category("device").Items, func(s string) bool { return strings.Contains(s, "malicious") }) && p.Purpose("fraud").Uses(p.Category("device"))
		}},
		{says: "calls to the contact centre are recorded after a warning, to check the quality of service and prove the customer's instructions", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "branches and ATMs are under video surveillance", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("video").Subjects, policy.DataSubjectPremisesVisitors) && p.Purpose("video").Uses(p.Category("video"))
		}},
		{says: "overdue debts are recovered by the bank and by collection agencies, within the limits of the law on debt recovery", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("debts").Obligations) == 1 && recipient(p, "collectors").Conditional
		}},
		{says: "cards are brought by courier services acting on the bank's order, and notifications are sent through SMS and push providers", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && recipient(p, "messaging").Role == policy.RoleProcessor
		}},
		{says: "with the customer's consent the bank passes data to the companies of the Sber ecosystem so that they can offer and provide their products", typed: func(p *policy.Policy) bool {
			return p.Purpose("ecosystem").RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "group").Role == policy.RoleThirdParty
		}},
		{says: "a customer who signs in to a partner with Sber ID agrees each time to the partner receiving the name, phone number and email address", typed: func(p *policy.Policy) bool {
			return p.Purpose("sberid").RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "sberid").Conditional
		}},
		{says: "access given to a partner through Sber ID can be withdrawn in SberBank Online", typed: func(p *policy.Policy) bool { return p.Purpose("sberid").Withdraw != "" }},
		{says: "advertising is sent only with consent, as Art. 18 of the law on advertising requires, and is chosen from the customer's operations", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.DirectMarketing && a.Profiling && len(a.ConsentRequiredBy) == 1
		}},
		{says: "consent to advertising can be withdrawn in SberBank Online or by calling 900", typed: func(p *policy.Policy) bool { return p.Purpose("advertising").Withdraw != "" }},
		{says: "the website uses cookies to personalise the services, which a visitor can forbid in the browser's settings", typed: func(p *policy.Policy) bool {
			c := cookie(p, "personal")
			return c.Consent == policy.CookieConsentOptOut && c.Purpose.OptOut && c.Purpose.Withdraw != ""
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "for a transfer abroad the payer's details go to the payee's bank in whatever country the customer chooses, as the contract requires, after Roskomnadzor was notified", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationPayee && t.Safeguard == policy.SafeguardContractNecessity && !t.Notified.IsZero()
		}},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to courts, investigators and other authorities only in the cases the banking law lists", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool { return p.Deletion[0].Stages[0].Within == policy.Days(30) }},
		{says: "processing stops when the purpose is achieved, consent expires or is withdrawn, processing is found unlawful or the bank is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 5
		}},
		{says: "a customer has the rights of Art. 14 to 17 and may withdraw consent, in SberBank Online, in a branch or in writing", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "a request must give the identity document, the details of the contract with the bank and the signature, and may be signed electronically", typed: func(p *policy.Policy) bool { return len(p.Requests.Contents) == 4 }},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10) && p.Requests.Extension == policy.Days(5)
		}},
		{says: "complaints go to Roskomnadzor or a court", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "the bank protects data with the measures of Art. 18.1 and 19 and the Bank of Russia's standard on information security", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertifiedTools) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return strings.Contains(m.Name, "GOST") })
		}},
		{says: "the bank never asks for codes from SMS messages or the card's PIN, and these must not be told to anyone", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "a minor from 14 may have a card of their own with a parent's consent, and consents alone from 18", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ParentalConsent && p.Children.ConsentAge == 18
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "a child from 6 to 14 uses the SberKids app and card, which a parent opens and watches over from the parent's own SberBank Online", free: toIntroduction},
		{says: "a customer who transfers money by phone number sees the payee's first name, patronymic and the first letter of the surname before confirming", free: toPurpose("account")},
		{says: "the contact centre identifies a caller by a code word or by the voice", free: toPurpose("support")},
	}}
}

// taxiApp paraphrases, in our own words and as we recall it, the privacy
// policy of the Yandex Go service (Yandex.Taxi LLC), as published in
// 2024-2025: an information service that passes orders to taxi services,
// their drivers and couriers, who carry them out as operators in their own
// right; the location of the passenger's device, the route and the trip;
// trips shared with chosen contacts, family accounts and business
// accounts that an employer pays for; the passenger's rating; the orders
// the taxi law requires a service of ordering to pass to the regional
// information systems; delivery of parcels for a sender who names the
// recipient; Yandex ID and the companies of the Yandex group; advertising
// by consent and AppMetrica; trips ordered abroad; and the separate policy
// that covers drivers and couriers.
func taxiApp() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"Yandex ID", "phone number", "first name", "email address, if given"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"location of the device from GPS, Wi-Fi networks and cell towers while the app is open", "the route of the car during the trip"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to complete the trip, calculate its price and answer complaints about it")}
	trips := &policy.Category{ID: "trips", Name: "Orders and trips", Items: []string{"pickup and destination addresses", "the time, tariff and price of the trip", "the car and the driver", "the way of payment", "ratings and comments given after the trip"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceOtherUsers}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts, policy.AudienceOtherMembers, policy.AudienceAdministrators},
		Retention: policy.AsRequiredBy("Federal Law No. 580-FZ “On the Organisation of Carriage of Passengers and Luggage by Passenger Taxi”, and the accounting law for payments")}
	rating := &policy.Category{ID: "rating", Name: "Passenger rating", Items: []string{"the passenger's rating, calculated from the ratings drivers give"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the drivers who carry the passenger",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts}}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery data", Items: []string{"the addresses of sender and recipient", "the recipient's name and phone number", "what is sent and its size"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"masked card number and card token", "payments, tips and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the bank that accepts the payment",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	support := &policy.Category{ID: "support", Name: "Requests to support", Items: []string{"chats and calls with support", "complaints about trips", "reports of items left in the car"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "device identifiers and advertising identifier", "operating system and app version", "screens viewed and buttons pressed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	partners := &policy.Recipient{ID: "partners", Name: "taxi services and the drivers who carry out the trip", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, location, trips, rating},
		Purpose: "to carry out the trip as carriers under their own responsibility: the first name, the pickup and destination addresses, the location at pickup and a substitute phone number", Country: regionRU}
	couriers := &policy.Recipient{ID: "couriers", Name: "delivery services and the couriers who carry out the delivery", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, delivery},
		Purpose: "to collect and hand over the parcel as carriers under their own responsibility", Country: regionRU}
	group := &policy.Recipient{ID: "group", Name: "Yandex LLC and the other companies of the Yandex group", Role: policy.RoleProcessor, Categories: []*policy.Category{account, location, trips, support, device},
		Purpose: "to run Yandex ID, store the data and support users on Yandex.Taxi's instructions", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "banks and payment service providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment}, Country: regionRU}
	rgis := &policy.Recipient{ID: "rgis", Name: "the regional information systems of passenger taxi", Role: policy.RoleAuthority, Categories: []*policy.Category{trips},
		Purpose: "to receive the data of each order that the taxi law requires", Country: regionRU}
	insurers := &policy.Recipient{ID: "insurers", Name: "insurance companies", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, trips},
		Purpose: "a passenger is injured or luggage is damaged on a trip, and the passenger claims under the carrier's compulsory insurance", Country: regionRU, Conditional: true}
	abroad := &policy.Recipient{ID: "abroad", Name: "taxi services and companies of the Yandex group in the country where the trip is ordered", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, location, trips}, Purpose: "to carry out a trip that the user orders outside Russia"}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	ride := &policy.Purpose{ID: "trips", Name: "Passing orders for taxi trips to taxi services and drivers, and letting the user follow the car", Categories: []*policy.Category{account, location, trips, rating, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners, group, banks},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "an order needs a Yandex ID with a confirmed phone number and a pickup address; without access to the location the user enters the address by hand"}
	parcels := &policy.Purpose{ID: "delivery", Name: "Passing orders for the delivery of parcels to delivery services and couriers", Categories: []*policy.Category{account, delivery, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, banks},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "a delivery needs the recipient's name, phone number and address"}
	taxiLaw := &policy.Purpose{ID: "taxilaw", Name: "Passing order data to the regional information systems of passenger taxi", Categories: []*policy.Category{trips},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rgis},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 580-FZ “On the Organisation of Carriage of Passengers and Luggage by Passenger Taxi”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectUsers}, Actions: []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionStorage, policy.ActionTransfer},
		Method: policy.ProcessingMethodAutomated}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping trips safe and preventing fraud and breaches of the terms", Categories: []*policy.Category{account, trips, rating, location, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of passengers and drivers and the prevention of fraud with orders and payments",
		Recipients: []*policy.Recipient{insurers},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "by writing to support in the app"}}
	helping := &policy.Purpose{ID: "support", Name: "Answering requests and complaints and finding items left in the car", Categories: []*policy.Category{account, trips, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners, group},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	improve := &policy.Purpose{ID: "improve", Name: "Suggesting addresses and tariffs and improving the service", Categories: []*policy.Category{trips, location, device},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending promo codes and news of Yandex Go and its partners", Categories: []*policy.Category{account, trips},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's settings or with the link in each message", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the app is used", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the phone's settings", OptOut: true, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	foreignTrips := &policy.Purpose{ID: "abroad", Name: "Passing orders for trips the user orders outside Russia", Categories: []*policy.Category{account, location, trips},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{abroad},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "Moscow, Russia"
	p := &policy.Policy{
		Controller:       policy.Controller{Contact: policy.Contact{Name: "Yandex.Taxi LLC", Email: "privacy@go.yandex.example", Address: address}, Country: regionRU},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "privacy@go.yandex.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-00-000000"},
		URL:              "https://go.yandex.example/legal/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.July, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 580-FZ “On the Organisation of Carriage of Passengers and Luggage by Passenger Taxi”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "the terms of use of the Yandex Go service"}},
		Scope:           []string{"the Yandex Go app", "the website go.yandex", "Yandex Go for Business"},
		Acknowledgement: true,
		OtherNotices:    []policy.Notice{{Covers: "drivers and couriers who work through the Yandex Pro app", URL: "https://pro.yandex.example/legal/privacy"}},
		Principles:      []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories:      []*policy.Category{account, location, trips, rating, delivery, payment, support, device},
		Storage:         []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "The bank keeps them; the service receives a token."},
			{ID: "special", Name: "special categories of personal data or biometric personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{ride, parcels, taxiLaw, safety, helping, improve, marketing, analytics, foreignTrips},
		Recipients: []*policy.Recipient{partners, couriers, group, banks, rgis, insurers, abroad, metrica},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationTravel, Recipient: abroad, Categories: []*policy.Category{account, location, trips},
			Safeguard: policy.SafeguardContractNecessity, Notified: policy.MakeDate(2023, time.February, 28)}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, rating}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "appmetrica", Name: "AppMetrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Technology: policy.TechnologySDK,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:   fz152Rights("in the app's support chat or by writing to privacy@go.yandex.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: append(fz152Security(), policy.Measure{Kind: policy.MeasureContactMasking}),
		Children: policy.Children{MinimumAge: 14, ParentalConsent: true, ConsentAge: 18},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "privacy@go.yandex.example", Address: address},
	}
	return realPolicy{"taxi and delivery app (Yandex Go)", p, []statement{
		{says: "the operator is Yandex.Taxi LLC in Moscow", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Yandex.Taxi LLC" && p.Controller.Country == regionRU
		}},
		{says: "the company has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy covers the app, the website and the service for business", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the company processes data under the Civil Code, the taxi law, the law on advertising and the terms of use", typed: func(p *policy.Policy) bool { return len(p.LegalActs) == 4 }},
		{says: "by using the service the user confirms having read the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "drivers and couriers are covered by the separate policy of the Yandex Pro app", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 1 && p.OtherNotices[0].URL != ""
		}},
		{says: "the service passes orders to taxi services and drivers and does not carry passengers itself", typed: func(p *policy.Policy) bool {
			return p.Purpose("trips").RestsOn(policy.BasisContract, policy.FZ152) && slices.Contains(p.Purpose("trips").Recipients, recipient(p, "partners"))
		}},
		{says: "taxi services and drivers receive the passenger's first name, addresses and location at pickup, and process them as operators in their own right", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Role == policy.RoleThirdParty && recipient(p, "partners").Purpose != ""
		}},
		{says: "an order needs a Yandex ID with a confirmed phone number", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("trips").Required, "Yandex ID") }},
		{says: "the app uses the device's location to find the pickup point and show the car, and without it the user enters the address by hand", typed: func(p *policy.Policy) bool {
			return p.Purpose("trips").Uses(p.Category("location")) && strings.Contains(p.Purpose("trips").Required, "location")
		}},
		{says: "the service records the route of the car to calculate the price and answer complaints", typed: func(p *policy.Policy) bool {
			return p.Category("location").Retention.Kind == policy.RetentionCriteria && len(p.Category("location").Items) == 2
		}},
		{says: "a passenger can share a trip with chosen contacts, who follow the car on a map", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("trips").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "the holder of a family account sees the trips of its members and pays for them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("trips").VisibleTo, policy.AudienceOtherMembers)
		}},
		{says: "an employer that pays for trips through the service for business sees its employees' trips", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("trips").VisibleTo, policy.AudienceAdministrators)
		}},
		{says: "drivers rate passengers, and a driver sees the passenger's rating before accepting an order", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("rating").VisibleTo, policy.AudienceCounterparts) && slices.Contains(p.Category("rating").Sources, policy.SourceThirdParty)
		}},
		{says: "a user can order a trip for another person, whose name and phone number the driver then receives", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("trips").Sources, policy.SourceOtherUsers) && slices.Contains(p.Purpose("trips").Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "a sender of a parcel gives the recipient's name, phone number and address and confirms the right to do so", typed: func(p *policy.Policy) bool {
			c := p.Category("delivery")
			return slices.Contains(c.Sources, policy.SourceOtherUsers) && c.OthersConsent
		}},
		{says: "delivery services and couriers receive the addresses and phone numbers to carry out a delivery, as operators in their own right", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleThirdParty && p.Purpose("delivery").Required != ""
		}},
		{says: "as the taxi law requires, the service passes the data of each order to the regional information systems of passenger taxi", typed: func(p *policy.Policy) bool {
			return p.Purpose("taxilaw").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "rgis").Role == policy.RoleAuthority
		}},
		{says: "payments are made through banks, and the service receives a token rather than the full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "banks") != nil && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "Yandex LLC and the group's companies run Yandex ID and store the data on the company's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleProcessor }},
		{says: "the service checks orders for fraud and may block the account of a user who breaks the terms, which the user can contest through support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach) && s.Contest != ""
		}},
		{says: "after an accident the data of the trip goes to the insurer of the carrier's compulsory insurance", typed: func(p *policy.Policy) bool { return recipient(p, "insurers").Conditional }},
		{says: "support answers complaints and looks for items left in the car with the taxi service", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("support")) && slices.Contains(p.Purpose("support").Recipients, recipient(p, "partners"))
		}},
		{says: "the service suggests addresses and tariffs from earlier trips", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Profiling }},
		{says: "promo codes and news are sent only with consent, which can be withdrawn in the app or with the link in each message", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.RestsOn(policy.BasisConsent, policy.FZ152) && m.Withdraw != "" && len(m.ConsentRequiredBy) == 1
		}},
		{says: "the app uses AppMetrica to analyse how it is used", typed: func(p *policy.Policy) bool { return cookie(p, "appmetrica").Technology == policy.TechnologySDK }},
		{says: "data of Russian citizens is stored in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU }},
		{says: "a trip ordered abroad is passed to the taxi services and the group's company of that country, after Roskomnadzor was notified", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Safeguard == policy.SafeguardContractNecessity && !t.Notified.IsZero()
		}},
		{says: "the service does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "a user may delete the account, after which trips and payments are kept only as long as the law requires or a dispute needs", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].Keeps(policy.KeptLegalObligation) && p.Deletion[1].Keeps(policy.KeptLegalClaims)
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a user has the rights of Art. 14 to 17 and may withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertifiedTools) }},
		{says: "teenagers from 14 ride on a parent's family account, and adults use the service on their own", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ParentalConsent && p.Children.ConsentAge == 18
		}},
		{says: "a new version takes effect when it is published", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the passenger and the driver call each other through a substitute number, so that neither sees the other's real phone number", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureContactMasking) }},
		{says: "the passenger sees the driver's first name, photo, car, plate number and rating, and the carrier's name and licence", free: toPurpose("trips")},
	}}
}

// cityDirectory paraphrases, in our own words and as we recall it, the
// privacy policy of 2GIS (DoubleGIS LLC), as published in 2024-2025: maps
// and a city directory that work without an account, the location of the
// device for the map, routes and search nearby, friends who share their
// location on the map, reviews and photos published with the author's
// name, the listings of organisations with the names and phone numbers of
// entrepreneurs and staff, gathered from the organisations and public
// sources and checked by calling them, advertisers' representatives,
// online booking passed to the organisation, the group's company in
// Kazakhstan, cookies, advertising by consent and the rules of the
// recommendation technologies.
func cityDirectory() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"name", "phone number or email address", "profile photo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the services the user signs in with, such as VK ID or Yandex ID", Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"location of the device from GPS, Wi-Fi networks and cell towers, if allowed", "approximate location from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts}}
	activity := &policy.Category{ID: "activity", Name: "Use of the maps and directory", Items: []string{"search queries", "places and organisations viewed", "routes built", "places saved to favourites"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Days(30))}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews and photos", Items: []string{"the text and rating of a review", "photos of places", "the author's name and profile photo shown beside them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityOptional, DisseminationConsent: true}
	listings := &policy.Category{ID: "listings", Name: "Listings of organisations", Items: []string{"the name, surname and phone number of an individual entrepreneur", "the names, positions and phone numbers of staff whom an organisation lists as contacts", "email addresses and websites"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic},
		SourceDetail: "the organisations themselves, their websites and signs, and the state registers of legal entities and entrepreneurs",
		Retention:    policy.ByCriteria("as long as the organisation works, and until it asks for the listing to be changed or removed"), Linked: true,
		Visibility: policy.VisibilityAlways}
	clients := &policy.Category{ID: "clients", Name: "Data of advertisers' representatives", Items: []string{"name", "position", "phone number and email address", "the contract and the advertising bought"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	bookings := &policy.Category{ID: "bookings", Name: "Online bookings", Items: []string{"name and phone number", "the organisation, the service and the time booked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventPurposeAchieved), Linked: true}
	feedback := &policy.Category{ID: "feedback", Name: "Messages and corrections", Items: []string{"messages to support", "corrections to the map and the directory that users send"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie and device identifiers", "operating system and app version", "crash reports"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	organisations := &policy.Recipient{ID: "organisations", Name: "organisations the user books with, and the online booking systems they use", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{bookings}, Conditional: true, Country: regionRU,
		Purpose: "the user books a visit, a service or a table with an organisation through 2GIS"}
	group := &policy.Recipient{ID: "group", Name: "companies of the 2GIS group", Role: policy.RoleProcessor, Categories: []*policy.Category{account, activity, reviews, feedback, device},
		Purpose: "to develop and support the service and to check reviews and corrections on DoubleGIS's instructions"}
	providers := &policy.Recipient{ID: "providers", Name: "providers of hosting, SMS and email delivery", Role: policy.RoleProcessor, Categories: []*policy.Category{account, device}, Country: regionRU}

	maps := &policy.Purpose{ID: "maps", Name: "Showing the map, searching for places and organisations and building routes", Categories: []*policy.Category{location, activity, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "the maps and the directory work without an account; without access to the location the app does not show where the user is, and a route starts from a point the user chooses"}
	accounts := &policy.Purpose{ID: "account", Name: "Keeping the user's account, favourites and their synchronisation between devices", Categories: []*policy.Category{account, activity},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "reviews, synchronised favourites and friends on the map need an account confirmed by a code"}
	friends := &policy.Purpose{ID: "friends", Name: "Showing the user's location to the friends the user chooses", Categories: []*policy.Category{account, location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off sharing with a friend, or for all of them, in the app", OptOut: true, ConsentMethod: policy.ConsentMethodCheckbox,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	publishing := &policy.Purpose{ID: "reviews", Name: "Publishing reviews and photos and moderating them", Categories: []*policy.Category{account, reviews},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by deleting the review or the photo, or by writing to support", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true,
		Recipients: []*policy.Recipient{group},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach}, Contest: "by writing to support"}}
	directory := &policy.Purpose{ID: "directory", Name: "Keeping the directory of organisations and checking its data", Categories: []*policy.Category{listings, feedback},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping users find organisations and reach them, and keeping the directory accurate",
		Subjects: []policy.DataSubject{policy.DataSubjectCounterparties, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	booking := &policy.Purpose{ID: "booking", Name: "Passing online bookings to organisations", Categories: []*policy.Category{bookings},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{organisations},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "the organisation needs a name and a phone number to confirm the booking"}
	sales := &policy.Purpose{ID: "advertisers", Name: "Concluding and performing contracts with advertisers", Categories: []*policy.Category{clients},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	support := &policy.Purpose{ID: "support", Name: "Answering messages and checking corrections", Categories: []*policy.Category{account, feedback},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending places and ranking search results", Categories: []*policy.Category{activity, location},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending news and offers of 2GIS and its partners", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the link in each message or in the account's settings", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the apps are used", Categories: []*policy.Category{device, activity},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser's settings", OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "Novosibirsk, Russia"
	p := &policy.Policy{
		Controller:       policy.Controller{Contact: policy.Contact{Name: "DoubleGIS LLC", Email: "privacy@2gis.example", Address: address}, Country: regionRU},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "privacy@2gis.example"},
		OperatorRegister: policy.OperatorRegister{Number: "54-00-000000"},
		URL:              "https://law.2gis.example/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.April, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "the licence agreement for the 2GIS apps"}},
		Scope:      []string{"the 2GIS apps for phones and computers", "the website 2gis.ru", "the personal account of advertisers"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, location, activity, reviews, listings, clients, bookings, feedback, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data or biometric personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{maps, accounts, friends, publishing, directory, booking, sales, support, recommend, newsletter, analytics},
		Recipients: []*policy.Recipient{organisations, group, providers},
		Transfers: []policy.Transfer{{Destination: regionKZ, Recipient: group, Categories: []*policy.Category{account, activity, reviews, feedback, device},
			Safeguard: policy.SafeguardAdequacy, Notified: policy.MakeDate(2023, time.February, 28)}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, activity, reviews}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Links:       policy.Links{Recommendations: "https://law.2gis.example/recommendations"},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookies that keep the user signed in and remember the city", Party: policy.PartyFirst, Purpose: accounts, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights:   fz152Rights("in the app's settings or by writing to privacy@2gis.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 14, ParentalConsent: true, ConsentAge: 18},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "privacy@2gis.example", Address: address},
	}
	return realPolicy{"map and city directory (2GIS)", p, []statement{
		{says: "the operator is DoubleGIS LLC in Novosibirsk", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "DoubleGIS LLC" && p.Controller.Country == regionRU
		}},
		{says: "the company has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy covers the apps, the website and the advertisers' personal account", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the company processes data under the Civil Code, the information law, the law on advertising and the licence agreement", typed: func(p *policy.Policy) bool { return len(p.LegalActs) == 4 }},
		{says: "the maps and the directory can be used without an account", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("maps").Required, "without an account") && slices.Contains(p.Purpose("maps").Subjects, policy.DataSubjectVisitors)
		}},
		{says: "with the user's permission the app uses the device's location to show the user on the map, build routes and search nearby", typed: func(p *policy.Policy) bool {
			return p.Purpose("maps").Uses(p.Category("location")) && p.Purpose("maps").RestsOn(policy.BasisContract, policy.FZ152)
		}},
		{says: "without access to the location the app does not show where the user is, and routes start from a point the user chooses", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("maps").Required, "location")
		}},
		{says: "the service records searches, places viewed, routes built and favourites", typed: func(p *policy.Policy) bool { return len(p.Category("activity").Items) == 4 }},
		{says: "a user may sign in with a phone number or email confirmed by a code, or through VK ID or Yandex ID", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && p.Category("account").SourceDetail != ""
		}},
		{says: "an account is needed for reviews, for favourites synchronised between devices and for friends on the map", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && p.Purpose("account").Uses(p.Category("activity"))
		}},
		{says: "a user may show his location to friends he chooses, and stop at any time", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").VisibleTo, policy.AudienceChosenContacts) && p.Purpose("friends").Withdraw != ""
		}},
		{says: "reviews and photos are published with the author's name and profile photo, on the author's consent to their dissemination", typed: func(p *policy.Policy) bool {
			c := p.Category("reviews")
			return c.Visibility == policy.VisibilityOptional && c.DisseminationConsent && p.Purpose("reviews").RestsOn(policy.BasisConsent, policy.FZ152)
		}},
		{says: "the author may delete a review or a photo", typed: func(p *policy.Policy) bool { return p.Purpose("reviews").Withdraw != "" }},
		{says: "reviews are moderated, and the account of a user who posts fake or abusive reviews may be blocked", typed: func(p *policy.Policy) bool {
			s := p.Purpose("reviews").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach) && slices.Contains(s.Targets, policy.SuspensionTargetAccount)
		}},
		{says: "the directory publishes the names and phone numbers of individual entrepreneurs and of staff whom organisations list as contacts", typed: func(p *policy.Policy) bool {
			return p.Category("listings").Visibility == policy.VisibilityAlways && len(p.Category("listings").Items) == 3
		}},
		{says: "listings come from the organisations themselves, their websites and signs, and the state registers", typed: func(p *policy.Policy) bool {
			c := p.Category("listings")
			return slices.Contains(c.Sources, policy.SourcePublic) && slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != ""
		}},
		{says: "the directory is kept in the interest of users who look for organisations, and a listing stays until the organisation closes or asks for a change", typed: func(p *policy.Policy) bool {
			return p.Purpose("directory").Interest != "" && p.Category("listings").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "users may send corrections to the map and the directory, which the company checks", typed: func(p *policy.Policy) bool {
			return p.Purpose("directory").Uses(p.Category("feedback")) && p.Purpose("support").Uses(p.Category("feedback"))
		}},
		{says: "the company processes the data of advertisers' representatives to conclude and perform contracts", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("advertisers").Subjects, policy.DataSubjectCounterparties) && p.Purpose("advertisers").RestsOn(policy.BasisContract, policy.FZ152)
		}},
		{says: "a booking made through 2GIS goes to the organisation and the booking system it uses", typed: func(p *policy.Policy) bool {
			return recipient(p, "organisations").Conditional && p.Purpose("booking").Required != ""
		}},
		{says: "places and search results are recommended from the user's searches and location, under rules of recommendation technologies published on a separate page", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Links.Recommendations != ""
		}},
		{says: "news and offers are sent only with consent, which can be withdrawn with the link in each message", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.DirectMarketing && n.RestsOn(policy.BasisConsent, policy.FZ152) && n.Withdraw != ""
		}},
		{says: "the website uses cookies that keep the user signed in and analytics cookies, which the user can turn off in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptOut
		}},
		{says: "the group's companies help develop and support the service on the company's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleProcessor }},
		{says: "hosting, SMS and email providers process data on the company's order", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "data of Russian citizens is stored in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "data may go to the group's company in Kazakhstan, a country with adequate protection, after Roskomnadzor was notified", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == regionKZ && t.Safeguard == policy.SafeguardAdequacy && !t.Notified.IsZero()
		}},
		{says: "the company may publish statistics that identify no one, such as the popularity of places", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "the company does not process special categories or biometric data", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "a user may delete the account in the app, and its data is deleted within 30 days", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventDeletionRequest && p.Deletion[1].Stages[0].Within == policy.Days(30)
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a user has the rights of Art. 14 to 17 and may withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10)
		}},
		{says: "complaints go to Roskomnadzor or a court", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "the company protects data with the measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertifiedTools) }},
		{says: "a child under 14 uses the service with a parent's consent", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 14 && p.Children.ParentalConsent }},
		{says: "a new version takes effect when it is published", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the data of entrepreneurs that the state register publishes is shown in the directory as the law makes it public, without their consent", free: toPurpose("directory")},
		{says: "an entrepreneur or an employee listed as a contact may ask for his name or phone number to be removed from the listing", free: toCategory("listings")},
		{says: "the company does not check the accuracy of the data users give about themselves or others, and the user answers for it", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
	}}
}
