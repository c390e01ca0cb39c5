package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// Two more Russian policies under 152-FZ, paraphrased as the others are:
// an online bank with no branches whose couriers bring cards and
// contracts to the customer, and a pizza delivery chain whose pizzerias
// are run by franchisees.

// onlineBank paraphrases the policy on the processing of personal data of
// T-Bank (JSC TBank, formerly Tinkoff Bank), as published in 2024: a bank
// without branches, customer identification under the anti-money-laundering
// law, credit history bureaus, the Unified Biometric System, banking
// secrecy, recorded calls and chats, data the mobile app takes from the
// phone, the companies of the T-Bank group and partners, advertising by
// consent and retention under banking law.
func onlineBank() realPolicy {
	all := policy.Actions()
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Federal Law No. 395-1 “On Banks and Banking Activity”, Art. 26", Region: regionRU}}}
	aml := "Federal Law No. 115-FZ, Art. 7(4) (5 years after the relationship with the customer ends)"
	identity := &policy.Category{ID: "identity", Name: "Identification data",
		Items:       []string{"surname, first name and patronymic", "date and place of birth", "citizenship", "passport details", "registration address", "INN and SNILS", "photograph of the customer and of the passport"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Unified Identification and Authentication System (Gosuslugi) and state registers that confirm the passport",
		Retention:    policy.AsRequiredBy(aml), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"phone number", "email address", "address for delivering the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	finance := &policy.Category{ID: "finance", Name: "Financial information", Items: []string{"employment and income", "property", "family status and dependants"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	operations := &policy.Category{ID: "operations", Name: "Accounts and operations", Items: []string{"account and card numbers", "balances", "payments and transfers, with their counterparties", "loans and their repayment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	credit := &policy.Category{ID: "credit", Name: "Credit history", Items: []string{"the credit report", "the individual credit rating"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "credit history bureaus",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	biometric := &policy.Category{ID: "biometric", Name: "Biometric personal data", Items: []string{"facial image", "voice recording"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Biometric: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Calls and chats with the bank", Items: []string{"recordings of calls", "chat messages in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "Device and app data", Items: []string{"IP address", "device model and identifiers", "operating system", "location, if allowed", "contacts in the phone's address book, if allowed", "cookie identifiers", "actions in the app and on the website"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}

	couriers := &policy.Recipient{ID: "couriers", Name: "representatives who deliver cards and contracts", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, contact}, Purpose: "to bring the card and the contract to the customer and check the passport", Country: regionRU}
	group := &policy.Recipient{ID: "group", Name: "companies of the T-Bank group", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "to offer and provide insurance, investment, mobile and travel services", Country: regionRU}
	partners := &policy.Recipient{ID: "partners", Name: "partners whose products the bank offers", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact},
		Purpose: "the customer asks for a partner's product or service", Country: regionRU, Conditional: true}
	messaging := &policy.Recipient{ID: "messaging", Name: "SMS and push notification providers", Role: policy.RoleProcessor, Categories: []*policy.Category{contact}, Country: regionRU}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit history bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations, credit}, Country: regionRU}
	ebs := &policy.Recipient{ID: "ebs", Name: "the operator of the Unified Biometric System", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, biometric},
		Purpose: "to place the biometric samples in the Unified Biometric System, so that the customer can be identified remotely", Country: regionRU}
	rfm := &policy.Recipient{ID: "rfm", Name: "the Federal Financial Monitoring Service (Rosfinmonitoring) and the Bank of Russia", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, operations}, Country: regionRU}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "a debt is overdue and the customer has agreed to its recovery by an agency, or the bank assigns the claim to the agency", Country: regionRU, Conditional: true}
	foreign := &policy.Recipient{ID: "foreign", Name: "foreign banks that receive the transfers the customer orders", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations}}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	account := &policy.Purpose{ID: "account", Name: "Opening and servicing accounts, cards and deposits, and granting loans", Categories: []*policy.Category{identity, contact, operations, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, messaging},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "without identification data and a phone number the bank cannot open an account or conclude a contract"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Identifying customers and countering money laundering and the financing of terrorism", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rfm},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”, Art. 7", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	scoring := &policy.Purpose{ID: "scoring", Name: "Assessing creditworthiness and reporting to credit history bureaus", Categories: []*policy.Category{identity, finance, operations, credit},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegalObligation}, Withdraw: "by writing to the bank; data already reported stays in the credit history",
		ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 218-FZ “On Credit Histories”, Art. 5 and 6", Region: regionRU}},
		Automated:   "a decision on a loan application may be made by a scoring model alone; the customer may object and ask for the application to be reviewed by an employee",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	biometrics := &policy.Purpose{ID: "biometrics", Name: "Collecting biometric data and placing it in the Unified Biometric System", Categories: []*policy.Category{identity, biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in the app or through the Gosuslugi portal", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true,
		Recipients: []*policy.Recipient{ebs}, OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "giving biometric data is voluntary; the bank serves a customer who refuses it in every other way"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting operations made without the customer's consent and preventing fraud", Categories: []*policy.Category{identity, operations, device},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 161-FZ “On the National Payment System”, Art. 8(5.1)-(5.3) and 27(5)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetRemoteAccess, policy.SuspensionTargetCard, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnauthorised}, Contest: "by calling the bank or in the chat in the app"}}
	abroad := &policy.Purpose{ID: "abroad", Name: "Making the transfers abroad that the customer orders", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{foreign},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "Answering calls and chats, and keeping evidence of the customer's instructions", Categories: []*policy.Category{identity, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "checking the quality of service and proving what the customer instructed",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	debts := &policy.Purpose{ID: "debts", Name: "Recovering overdue debts", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{collectors},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 230-FZ “On Protecting the Rights and Legitimate Interests of Natural Persons in the Recovery of Overdue Debts”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	crossSell := &policy.Purpose{ID: "group", Name: "Offering and providing the products of the group's companies and partners", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to the bank or in the app's settings", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{group, partners},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Sending advertising of the bank's, the group's and partners' products", Categories: []*policy.Category{contact, operations, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's settings, by replying to an SMS or by calling the bank", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the browser's or the phone's settings", OptOut: true, ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "38A 2nd Khutorskaya Street, building 26, Moscow, 127287, Russia"
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "JSC TBank", Email: "privacy@tbank.example", Phone: "8 800 555-777-8", Address: address},
			Country: regionRU, Registration: "OGRN 1027739642281, INN 7710140679, Bank of Russia banking licence No. 2673"},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "privacy@tbank.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-00-000000"},
		URL:              "https://tbank.example/privacy/",
		Version:          "2024", Effective: policy.MakeDate(2024, time.June, 4), Updated: policy.MakeDate(2024, time.June, 4),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 395-1 “On Banks and Banking Activity”", Region: regionRU},
			{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”", Region: regionRU},
			{Act: "Federal Law No. 218-FZ “On Credit Histories”", Region: regionRU},
			{Act: "Federal Law No. 572-FZ on identification with biometric personal data", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "the bank's licence and charter"}},
		Scope:      []string{"the website tbank.ru", "the T-Bank mobile apps", "the chat with the bank's support"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{identity, contact, finance, operations, credit, biometric, calls, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{account, kyc, scoring, biometrics, fraud, abroad, support, debts, crossSell, advertising, analytics},
		Recipients: []*policy.Recipient{couriers, group, partners, messaging, bureaus, ebs, rfm, collectors, foreign, metrica},
		Transfers: []policy.Transfer{
			{Destination: regionKZ, Recipient: foreign, Categories: []*policy.Category{identity, operations}, Safeguard: policy.SafeguardAdequacy, Notified: policy.MakeDate(2023, time.February, 28)},
			{Destination: regionCN, Recipient: foreign, Categories: []*policy.Category{identity, operations}, Safeguard: policy.SafeguardContractNecessity, Notified: policy.MakeDate(2023, time.February, 28)},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{biometric, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: account, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
			{ID: "appmetrica", Name: "AppMetrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Technology: policy.TechnologySDK,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights: fz152Rights("by writing to privacy@tbank.example or in the chat in the app"),
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentExpiry, policy.EventConsentWithdrawal,
			policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 14, ParentalConsent: true, ConsentAge: 18},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "privacy@tbank.example", Phone: "8 800 555-777-8", Address: address},
	}
	return realPolicy{"online bank (T-Bank)", p, []statement{
		{says: "the operator is JSC TBank in Moscow, named with its OGRN, INN and banking licence", typed: func(p *policy.Policy) bool {
			return p.Controller.Registration != "" && p.Controller.Address != ""
		}},
		{says: "the bank has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy covers the website, the apps and the chat with support", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the bank processes data under the Civil Code, the banking law, the laws on money laundering, credit histories, biometrics and advertising, and its licence and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7
		}},
		{says: "to open an account the bank collects the customer's name, passport details, INN, SNILS and photographs, which may be confirmed through Gosuslugi", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").Sources, policy.SourceThirdParty) && p.Category("identity").SourceDetail != ""
		}},
		{says: "for a loan the customer gives income, employment, property and family status", typed: func(p *policy.Policy) bool { return p.Purpose("scoring").Uses(p.Category("finance")) }},
		{says: "accounts, cards and loans are serviced under the contract with the customer", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.FZ152)
		}},
		{says: "without identification data and a phone number the bank cannot conclude a contract", typed: func(p *policy.Policy) bool { return p.Purpose("account").Required != "" }},
		{says: "cards and contracts are brought to the customer by representatives who act on the bank's order and check the passport", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor
		}},
		{says: "the bank identifies customers and reports to Rosfinmonitoring, as the anti-money-laundering law requires", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("kyc").Obligations) == 1 && recipient(p, "rfm").Role == policy.RoleAuthority
		}},
		{says: "identification data and operations are kept for five years after the relationship ends, as that law requires", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("operations").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "accounts, operations and credit data are banking secrecy", typed: func(p *policy.Policy) bool {
			return p.Category("operations").Secrecy.Kind == policy.SecrecyBanking && p.Category("credit").Secrecy.Kind == policy.SecrecyBanking
		}},
		{says: "with the customer's consent, signed in the app, the bank requests the credit report from credit history bureaus, and it reports loans to them as the law requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("scoring")
			return s.HasBasis(policy.BasisConsent) && s.HasBasis(policy.BasisLegalObligation) && s.ConsentMethod == policy.ConsentMethodWritten && recipient(p, "bureaus") != nil
		}},
		{says: "a loan decision may be made by a scoring model alone, and the customer may object and have it reviewed by an employee", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with written consent the bank collects a facial image and a voice recording and places them in the Unified Biometric System", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && p.Purpose("biometrics").RestsOn(policy.BasisExplicitConsent, policy.FZ152) && recipient(p, "ebs") != nil
		}},
		{says: "giving biometric data is voluntary, and consent to it can be withdrawn in the app or through Gosuslugi", typed: func(p *policy.Policy) bool {
			return p.Purpose("biometrics").Required != "" && p.Purpose("biometrics").Withdraw != ""
		}},
		{says: "the bank checks operations for signs that they are made without the customer's consent and may block a card, a transfer or access to the app, which the customer can contest", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return p.Purpose("fraud").RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(s.Targets) == 3 && s.Contest != ""
		}},
		{says: "calls and chats are recorded and kept for five years, to check the quality of service and prove the customer's instructions", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Interest != "" && p.Category("calls").Retention.Period == policy.Years(5)
		}},
		{says: "the app collects the device's model and identifiers, and with permission its location and the contacts in the address book", typed: func(p *policy.Policy) bool {
			return len(p.Category("device").Items) == 7 && p.Purpose("account").Uses(p.Category("device"))
		}},
		{says: "with the customer's consent the bank passes data to the companies of the T-Bank group and to partners so that they can offer and provide their products", typed: func(p *policy.Policy) bool {
			g := p.Purpose("group")
			return g.RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "group").Role == policy.RoleThirdParty && recipient(p, "partners").Conditional
		}},
		{says: "overdue debts are recovered by the bank and by collection agencies, within the limits of the law on debt recovery", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("debts").Obligations) == 1 && recipient(p, "collectors") != nil
		}},
		{says: "advertising is sent by SMS, push, email and calls only with consent, as Art. 18 of the law on advertising requires, and is chosen from the customer's operations", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.DirectMarketing && a.Profiling && len(a.ConsentRequiredBy) == 1
		}},
		{says: "consent to advertising can be withdrawn in the app, by replying to an SMS or by calling", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Withdraw != "" && hasRight(p, policy.RightObjection)
		}},
		{says: "the website uses session cookies, and the website and the app use Yandex Metrica and AppMetrica", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "appmetrica").Technology == policy.TechnologySDK
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "for transfers abroad the bank sends the payer's details to foreign banks, after notifying Roskomnadzor", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && !p.Transfers[1].Notified.IsZero()
		}},
		{says: "the bank does not process special categories of personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent being withdrawn", typed: func(p *policy.Policy) bool { return len(p.Deletion) == 2 }},
		{says: "processing stops when the purpose is achieved, consent expires or is withdrawn, processing is found unlawful or the bank is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 5
		}},
		{says: "data is disclosed to courts and authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "the customer has the rights of Art. 14 to 17 and may withdraw consent, by writing to the bank or in the chat", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10) && p.Requests.Extension == policy.Days(5)
		}},
		{says: "complaints go to Roskomnadzor or a court", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "the bank protects data with the measures of Art. 18.1 and 19 and the Bank of Russia's standards", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertifiedTools) }},
		{says: "a child under 14 uses a junior card that a parent opens, and a minor from 14 to 18 becomes a customer with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ParentalConsent && p.Children.ConsentAge == 18
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "a customer who transfers money by phone number through the Faster Payments System sees the recipient's first name and the first letter of the surname", free: toPurpose("account")},
		{says: "the bank may ask the customer to confirm an operation by a call or a code word", free: toPurpose("fraud")},
	}}
}

// pizzaChain paraphrases the privacy policy of Dodo Pizza (Dodo
// Franchising LLC), as published in 2024: orders for delivery and pickup,
// sign-in with a phone number confirmed by a code sent in a text message,
// the dodocoins loyalty programme, recorded calls to the contact centre,
// couriers, the franchisees who run the pizzerias and process orders on
// the company's instructions, payment providers, cookies and Yandex
// Metrica, advertising by consent and deletion of the account on request.
func pizzaChain() realPolicy {
	all := policy.Actions()
	accounting := "Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"
	customer := &policy.Category{ID: "customer", Name: "Customer data", Items: []string{"phone number", "first name", "email address, if given", "date of birth, if given"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery data", Items: []string{"delivery address, with the entrance, floor and flat", "comment for the courier", "the recipient's phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Orders and receipts", Items: []string{"what was ordered, when and from which pizzeria", "the amount and the way of payment", "electronic receipts", "ratings of orders"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(accounting), Linked: true}
	loyalty := &policy.Category{ID: "loyalty", Name: "Loyalty programme data", Items: []string{"dodocoins earned and spent", "promo codes and gifts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Calls and messages to the contact centre", Items: []string{"recordings of calls", "chat messages", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie and device identifiers", "location, if allowed, to find the nearest pizzeria", "pages and screens viewed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	franchisees := &policy.Recipient{ID: "franchisees", Name: "franchisees who run the pizzerias", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, delivery, orders, calls},
		Purpose: "to cook and deliver orders and answer complaints on the company's instructions", Country: regionRU}
	couriers := &policy.Recipient{ID: "couriers", Name: "delivery services and couriers", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, delivery},
		Purpose: "to bring the order to the address and call the recipient", Country: regionRU}
	payments := &policy.Recipient{ID: "payments", Name: "banks and payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "to accept online payments and make refunds", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "the fiscal data operator", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "to pass receipts to the Federal Tax Service and send the customer the electronic receipt", Country: regionRU}
	sms := &policy.Recipient{ID: "sms", Name: "providers that send text messages and push notifications", Role: policy.RoleProcessor, Categories: []*policy.Category{customer}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	account := &policy.Purpose{ID: "account", Name: "Registering customers and keeping their accounts", Categories: []*policy.Category{customer},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sms},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "signing in needs a phone number confirmed by a code sent in a text message; an order can be placed without an account"}
	ordering := &policy.Purpose{ID: "orders", Name: "Accepting, cooking and delivering orders", Categories: []*policy.Category{customer, delivery, orders, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{franchisees, couriers, payments},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "an order for delivery needs a phone number and an address"}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing receipts and keeping accounts", Categories: []*policy.Category{orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”, Art. 1.2", Region: regionRU}, {Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionStorage, policy.ActionUse, policy.ActionTransfer},
		Method: policy.ProcessingMethodAutomated}
	loyal := &policy.Purpose{ID: "loyalty", Name: "Running the dodocoins loyalty programme", Categories: []*policy.Category{customer, orders, loyalty},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	quality := &policy.Purpose{ID: "quality", Name: "Answering calls and complaints and checking the quality of service", Categories: []*policy.Category{customer, orders, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "resolving complaints about orders and training the contact centre's staff", Recipients: []*policy.Recipient{franchisees},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and promo codes", Categories: []*policy.Category{customer, orders, loyalty},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's profile, by the link in an email or by writing to the company", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{sms},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser's settings", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "Moscow, Russia"
	p := &policy.Policy{
		Controller:  policy.Controller{Contact: policy.Contact{Name: "Dodo Franchising LLC", Email: "privacy@dodopizza.example", Address: address}, Country: regionRU},
		Responsible: &policy.Contact{Email: "privacy@dodopizza.example"},
		URL:         "https://dodopizza.example/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.March, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "the public offer for ordering on the website and in the app"}},
		Scope:      []string{"the website dodopizza.ru", "the Dodo Pizza mobile app", "the contact centre that takes orders by phone"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{customer, delivery, orders, loyalty, calls, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "card details", Category: orders, Note: "The payment provider receives them on its own page."},
			{ID: "special", Name: "special categories of personal data or biometric personal data", Class: policy.DataClassSpecial},
		},
		Purposes:    []*policy.Purpose{account, ordering, receipts, loyal, quality, marketing, analytics},
		Recipients:  []*policy.Recipient{franchisees, couriers, payments, ofd, sms, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{customer, loyalty}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Orders and receipts are kept for the periods the accounting and tax laws set."},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and basket cookies", Party: policy.PartyFirst, Purpose: ordering, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:   fz152Rights("in the app or by writing to privacy@dodopizza.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "privacy@dodopizza.example"},
	}
	return realPolicy{"pizza delivery chain (Dodo Pizza)", p, []statement{
		{says: "the operator is Dodo Franchising LLC, which runs the website and the app", typed: func(p *policy.Policy) bool { return p.Controller.Name != "" && p.Controller.Country == regionRU }},
		{says: "the policy covers the website, the app and orders by phone", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the company processes data under the Civil Code, the consumer protection law, the law on advertising and its public offer", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 4
		}},
		{says: "a customer signs in with a phone number confirmed by a code sent in a text message", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && recipient(p, "sms") != nil
		}},
		{says: "a customer may add a name, email and date of birth to the profile", typed: func(p *policy.Policy) bool { return len(p.Category("customer").Items) == 4 }},
		{says: "for delivery the customer gives the address with the entrance, floor and flat and a comment for the courier", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("delivery"))
		}},
		{says: "a customer may order for someone else and give the recipient's phone number, having that person's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "orders are cooked and delivered by the franchisees who run the pizzerias, on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "franchisees").Role == policy.RoleProcessor
		}},
		{says: "couriers and delivery services receive the address, name and phone number to bring the order", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && slices.Contains(recipient(p, "couriers").Categories, p.Category("delivery"))
		}},
		{says: "online payments go through banks and payment providers, and the company never receives card details", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("orders")
		}},
		{says: "electronic receipts are issued as the law on cash registers requires and pass through a fiscal data operator", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil
		}},
		{says: "orders and receipts are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "customers earn dodocoins for orders and spend them on products", typed: func(p *policy.Policy) bool { return p.Purpose("loyalty").Uses(p.Category("loyalty")) }},
		{says: "calls to the contact centre are recorded and kept for a year, to resolve complaints and check the quality of service", typed: func(p *policy.Policy) bool {
			return p.Purpose("quality").Interest != "" && p.Category("calls").Retention.Period == policy.Years(1)
		}},
		{says: "complaints about an order are passed to the pizzeria that made it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("quality").Recipients, recipient(p, "franchisees"))
		}},
		{says: "with permission the app uses the phone's location to find the nearest pizzeria", typed: func(p *policy.Policy) bool { return p.Purpose("orders").Uses(p.Category("device")) }},
		{says: "offers and promo codes are sent by SMS, push and email only with consent, chosen from past orders", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.Profiling && m.RestsOn(policy.BasisConsent, policy.FZ152) && len(m.ConsentRequiredBy) == 1
		}},
		{says: "consent to offers can be withdrawn in the profile, by the link in an email or by writing to the company", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").Withdraw != ""
		}},
		{says: "the website uses session and basket cookies and Yandex Metrica, and cookies can be turned off in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Provider == recipient(p, "metrica")
		}},
		{says: "technical data is kept for a year", typed: func(p *policy.Policy) bool { return p.Category("device").Retention.Period == policy.Years(1) }},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "the company does not process special categories or biometric data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "a customer may delete the account in the app, and its data is destroyed within 30 days, except orders and receipts the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventDeletionRequest && p.Deletion[1].Note != ""
		}},
		{says: "other data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool { return p.Deletion[0].Total() == policy.Days(30) }},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "data is disclosed to courts and authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "customers have the rights of Art. 14 to 17, exercised in the app or by email, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertifiedTools) }},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "dodocoins have no cash value and expire if not used", free: toPurpose("loyalty")},
		{says: "the courier may photograph the handed-over order as proof of delivery", free: toPurpose("orders")},
	}}
}
