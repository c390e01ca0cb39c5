package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// Two more Russian policies under 152-FZ, paraphrased as the others are:
// a large retail bank's policy on the processing of its customers' data,
// and an employer's policy on the data of job candidates and employees.

var regionCN = language.MustParseRegion("CN")

// retailBank paraphrases the policy on the processing of personal data
// that large Russian retail banks (digital banks with a marketplace of
// partner offers) publish under 152-FZ, as published in 2024: customer
// identification under the anti-money-laundering law, credit history
// bureaus, the Unified Biometric System, advertising by consent under the
// law on advertising, payments abroad, the anti-fraud duties of the law on
// the national payment system and processing by the bank's contractors
// on its order (Art. 6(3)).
func retailBank() realPolicy {
	all := policy.Actions()
	identity := &policy.Category{ID: "identity", Name: "Identification data",
		Items:       []string{"surname, first name and patronymic", "date and place of birth", "citizenship", "passport details", "registration address", "INN", "SNILS"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the Unified Identification and Authentication System (Gosuslugi), when you sign in with it",
		Retention: policy.AsRequiredBy("Federal Law No. 115-FZ, Art. 7(4) (5 years after the relationship with the customer ends)"), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"phone number", "email address", "postal address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	operations := &policy.Category{ID: "operations", Name: "Accounts and operations", Items: []string{"account and card numbers", "balances", "payments and transfers, with their counterparties", "loans and their repayment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.AsRequiredBy("Federal Law No. 115-FZ, Art. 7(4), and Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	credit := &policy.Category{ID: "credit", Name: "Credit history", Items: []string{"the credit report", "the individual credit rating"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "credit history bureaus",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	biometric := &policy.Category{ID: "biometric", Name: "Biometric personal data", Items: []string{"facial image", "voice recording"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Biometric: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Calls and chats with the bank", Items: []string{"recordings of calls", "chat messages"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "Device and usage data", Items: []string{"IP address", "device identifiers", "cookie identifiers", "actions in the app and on the website"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	couriers := &policy.Recipient{ID: "couriers", Name: "Representatives who deliver cards and documents", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, contact}, Purpose: "to deliver a card and have the contract signed", Country: regionRU}
	messaging := &policy.Recipient{ID: "messaging", Name: "SMS and push notification providers", Role: policy.RoleProcessor, Categories: []*policy.Category{contact}, Country: regionRU}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "Credit history bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations, credit}, Country: regionRU}
	ebs := &policy.Recipient{ID: "ebs", Name: "The operator of the Unified Biometric System", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, biometric},
		Purpose: "to place the biometric samples in the state Unified Biometric System, so that you can be identified remotely", Country: regionRU}
	rfm := &policy.Recipient{ID: "rfm", Name: "The Federal Financial Monitoring Service (Rosfinmonitoring) and the Bank of Russia", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, operations}, Country: regionRU}
	foreign := &policy.Recipient{ID: "foreign", Name: "Foreign banks that receive the transfers you order", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations}}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	account := &policy.Purpose{ID: "account", Name: "Opening and servicing accounts, cards and deposits, and granting loans", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, messaging},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "without identification data and a phone number the bank cannot open an account or conclude a contract"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Identifying customers and countering money laundering and the financing of terrorism", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rfm},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”, Art. 7", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	scoring := &policy.Purpose{ID: "scoring", Name: "Assessing creditworthiness and reporting to credit history bureaus", Categories: []*policy.Category{identity, operations, credit},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegalObligation}, Withdraw: "by writing to the bank; data already reported stays in the credit history",
		ConsentMethod: policy.ConsentMethodWritten, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 218-FZ “On Credit Histories”, Art. 5", Region: regionRU}},
		Automated:   "a decision on a loan application may be made by a scoring model alone; you may object and ask for the application to be reviewed by an employee",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	biometrics := &policy.Purpose{ID: "biometrics", Name: "Collecting biometric data and placing it in the Unified Biometric System", Categories: []*policy.Category{identity, biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "at any branch or through the Gosuslugi portal", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true,
		Recipients: []*policy.Recipient{ebs}, OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "giving biometric data is voluntary; the bank serves a customer who refuses it in every other way"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting operations made without the customer's consent and preventing fraud", Categories: []*policy.Category{identity, operations, device},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 161-FZ “On the National Payment System”, Art. 8(5.1)-(5.3) and 27(5)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetRemoteAccess, policy.SuspensionTargetCard, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnauthorised}, Contest: "by calling the bank or in the app"}}
	abroad := &policy.Purpose{ID: "abroad", Name: "Making the transfers abroad that you order", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{foreign},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "Answering calls and chats, and keeping evidence of the customer's instructions", Categories: []*policy.Category{identity, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "checking the quality of service and proving what the customer instructed",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Sending advertising of the bank's and its partners' products", Categories: []*policy.Category{contact, operations},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's settings, by replying to an SMS or by calling the bank", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{messaging},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectMessageRecipients}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie banner or in the browser's settings", OptOut: true, ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Retail Bank JSC", Email: "pd@bank.example", Phone: "8 800 000-00-00", Address: "1 Bankovsky Lane, Moscow, 123456, Russia"},
			Country: regionRU, Registration: "OGRN 1027700000000, INN 7710000000, Bank of Russia banking licence No. 0000"},
		Responsible:      &policy.Contact{Name: "the head of the personal data protection department", Email: "dpo@bank.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-14-000123", Notified: policy.MakeDate(2014, time.May, 12)},
		URL:              "https://bank.example/legal/personal-data",
		Version:          "12", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU}, {Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Федеральный закон от 02.12.1990 № 395-1 «О банках и банковской деятельности»", Region: regionRU},
			{Act: "Федеральный закон от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма»", Region: regionRU},
			{Act: "Федеральный закон от 30.12.2004 № 218-ФЗ «О кредитных историях»", Region: regionRU},
			{Act: "Федеральный закон от 29.12.2022 № 572-ФЗ «Об осуществлении идентификации и (или) аутентификации физических лиц с использованием биометрических персональных данных»", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU}, {Act: "устав Банка", Region: regionRU}},
		Scope:      []string{"the website bank.example", "the mobile bank", "the bank's branches and representatives"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{identity, contact, operations, credit, biometric, calls, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{account, kyc, scoring, biometrics, fraud, abroad, support, advertising, analytics},
		Recipients: []*policy.Recipient{couriers, messaging, bureaus, ebs, rfm, foreign, metrica},
		Transfers: []policy.Transfer{
			{Destination: regionKZ, Recipient: foreign, Categories: []*policy.Category{identity, operations}, Safeguard: policy.SafeguardAdequacy, Notified: policy.MakeDate(2023, time.February, 20)},
			{Destination: regionCN, Recipient: foreign, Categories: []*policy.Category{identity, operations}, Safeguard: policy.SafeguardContractNecessity, Notified: policy.MakeDate(2023, time.February, 20)},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}, Note: "Destruction is recorded in an act and in an extract from the log of events in the information system."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{biometric, contact, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: account, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica cookies", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "appmetrica", Name: "AppMetrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Technology: policy.TechnologySDK,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: fz152Rights("by writing to pd@bank.example, in the app or at a branch"),
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentExpiry, policy.EventConsentWithdrawal,
			policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship,
				policy.RequestDetailSignature, policy.RequestDetailElectronicSignature},
			RepeatAfter: policy.Days(30)},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 14, ParentalConsent: true, ConsentAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, Notice: policy.Days(10)},
		Contact:  policy.Contact{Email: "pd@bank.example", Phone: "8 800 000-00-00", Address: "1 Bankovsky Lane, Moscow, 123456, Russia"},
	}
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Days(1), Results: policy.Days(3)}
	return realPolicy{"retail bank (152-FZ)", p, []statement{
		{says: "the operator is a bank in Moscow, named with its OGRN, INN, licence and address", typed: func(p *policy.Policy) bool {
			return p.Controller.Registration != "" && p.Controller.Address != ""
		}},
		{says: "the bank has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the bank is in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the legal grounds are the Constitution, the Civil Code, the banking law, the laws on money laundering, credit histories, biometrics and advertising, and the charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 8
		}},
		{says: "to open an account the bank collects the customer's name, passport details, INN and SNILS, which may come from Gosuslugi", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").Sources, policy.SourceThirdParty) && p.Category("identity").SourceDetail != ""
		}},
		{says: "accounts, cards and loans are serviced under the contract with the customer", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.FZ152)
		}},
		{says: "the bank identifies customers and reports suspicious operations to Rosfinmonitoring, as the anti-money-laundering law requires", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("kyc").Obligations) == 1 && recipient(p, "rfm").Role == policy.RoleAuthority
		}},
		{says: "identification data and operations are kept for 5 years after the relationship ends, as that law requires", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "with the customer's consent the bank requests the credit report from credit history bureaus, and it reports loans to them as the law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").HasBasis(policy.BasisConsent) && p.Purpose("scoring").HasBasis(policy.BasisLegalObligation) && recipient(p, "bureaus") != nil
		}},
		{says: "a loan decision may be made by a scoring model alone, and the customer may object and have it reviewed by an employee", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with written consent the bank collects a facial image and a voice recording and places them in the Unified Biometric System", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && p.Purpose("biometrics").RestsOn(policy.BasisExplicitConsent, policy.FZ152) && recipient(p, "ebs") != nil
		}},
		{says: "giving biometric data is voluntary, and refusing it does not stop the bank from serving the customer", typed: func(p *policy.Policy) bool {
			return p.Purpose("biometrics").Required != "" && p.Purpose("biometrics").OptOut
		}},
		{says: "consent to biometrics can be withdrawn at a branch or through Gosuslugi", typed: func(p *policy.Policy) bool { return p.Purpose("biometrics").Withdraw != "" }},
		{says: "the bank checks transfers for signs of operations without the customer's consent, as the law on the national payment system requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "calls and chats are recorded and kept for 3 years, to check the quality of service and prove the customer's instructions", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Interest != "" && p.Category("calls").Retention.Period == policy.Years(3)
		}},
		{says: "cards are delivered and SMS are sent by contractors who process data on the bank's order", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && recipient(p, "messaging").Role == policy.RoleProcessor
		}},
		{says: "advertising of the bank's and partners' products is sent only with consent given by ticking a box, which is recorded", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").ConsentMethod == policy.ConsentMethodCheckbox && p.Purpose("advertising").ConsentLogged
		}},
		{says: "offers are chosen from the customer's operations", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Profiling && p.Purpose("advertising").Uses(p.Category("operations"))
		}},
		{says: "consent to advertising can be withdrawn in the app, by replying to an SMS or by calling", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Withdraw != "" && hasRight(p, policy.RightObjection)
		}},
		{says: "the website uses session cookies without consent, and Yandex Metrica and AppMetrica with consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptIn && cookie(p, "appmetrica").Technology == policy.TechnologySDK
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "for transfers abroad the bank sends the payer's details to foreign banks, including in countries without adequate protection, to perform the customer's order", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardContractNecessity && p.Purpose("abroad").Uses(p.Category("identity"))
		}},
		{says: "the bank notified Roskomnadzor of its cross-border transfers before making them", typed: func(p *policy.Policy) bool {
			return !p.Transfers[0].Notified.IsZero() && !p.Transfers[1].Notified.IsZero()
		}},
		{says: "for each purpose the policy lists the subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent being withdrawn, which is recorded in an act", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) == 2 && p.Deletion[0].Note != ""
		}},
		{says: "the bank stops processing when the purpose is achieved, consent expires or is withdrawn, processing is found unlawful or the bank is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 5
		}},
		{says: "the customer has the rights of Art. 14 to 17 and may withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "the bank answers requests within 10 working days, extendable by 5 with reasons", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(10) && p.Requests.WorkingDays && p.Requests.Extension == policy.Days(5)
		}},
		{says: "a request states the identity document, the contract and a signature", typed: func(p *policy.Policy) bool { return len(p.Requests.Contents) == 4 }},
		{says: "complaints go to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && policy.FZ152.Authority().Name != ""
		}},
		{says: "the bank protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertifiedTools) && hasMeasure(p, policy.MeasureBreachNotification)
		}},
		{says: "minors from 14 become customers with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ParentalConsent
		}},
		{says: "a new version is announced in the app 10 days before it takes effect", typed: func(p *policy.Policy) bool { return p.Changes.Notice == policy.Days(10) }},
		{says: "the bank may suspend remote access and block a card or a transfer it suspects of being made without the customer's consent, and the customer can contest it by calling the bank or in the app",
			typed: func(p *policy.Policy) bool {
				s := p.Purpose("fraud").Suspension
				return len(s.Targets) == 3 && slices.Equal(s.Grounds, []policy.SuspensionGround{policy.SuspensionGroundUnauthorised}) && s.Contest != ""
			}},
	}}
}

// employer paraphrases the policy on the processing of the personal data
// of job candidates and employees that Russian employers publish beside
// their vacancies («положение об обработке персональных данных
// соискателей и работников»), as published in 2024: résumés received
// from job boards, the candidate's consent, a talent pool by consent,
// Labour Code Art. 86 to 90, medical examinations for fitness to work,
// and the authorities employment law sends data to.
func employer() realPolicy {
	all := policy.Actions()
	resume := &policy.Category{ID: "resume", Name: "Résumé data", Items: []string{"surname, first name and patronymic", "phone number and email address", "education", "work experience", "desired position and salary", "photograph, if the candidate gives one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "job boards on which the candidate published the résumé or replied to a vacancy, and recruitment agencies",
		Retention:    policy.Keep(policy.Days(30), policy.EventPurposeAchieved), Linked: true}
	interview := &policy.Category{ID: "interview", Name: "Interview results", Items: []string{"notes of interviews", "results of tests and assignments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Days(30), policy.EventPurposeAchieved), Linked: true}
	personnel := &policy.Category{ID: "personnel", Name: "Personnel data", Items: []string{"passport details", "address of registration and residence", "SNILS and INN", "education and qualifications", "work record", "military registration", "marital status", "bank account for the salary"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Federal Law No. 125-FZ “On Archiving in the Russian Federation”, Art. 22.1 (50 years for records of employment since 2003)"), Linked: true}
	family := &policy.Category{ID: "family", Name: "Data of family members", Items: []string{"names and dates of birth of children and spouse", "documents on the right to deductions and benefits"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	medical := &policy.Category{ID: "medical", Name: "Medical examination results", Items: []string{"the medical report on fitness for the work", "the results of periodic examinations"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the medical organisation that carries out the examinations",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	work := &policy.Category{ID: "work", Name: "Work data", Items: []string{"position and department", "working time records", "salary and bonuses", "leave and sick leave"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser},
		Retention: policy.AsRequiredBy("Federal Law No. 125-FZ “On Archiving in the Russian Federation”, Art. 22.1"), Linked: true}
	sfr := &policy.Recipient{ID: "sfr", Name: "The Social Fund of Russia", Role: policy.RoleAuthority, Categories: []*policy.Category{personnel, work}, Country: regionRU}
	fns := &policy.Recipient{ID: "fns", Name: "The Federal Tax Service", Role: policy.RoleAuthority, Categories: []*policy.Category{personnel, work, family}, Country: regionRU}
	military := &policy.Recipient{ID: "military", Name: "Military commissariats", Role: policy.RoleAuthority, Categories: []*policy.Category{personnel}, Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "The bank that pays the salary to the employee's card", Role: policy.RoleThirdParty, Categories: []*policy.Category{personnel, work}, Country: regionRU}
	clinic := &policy.Recipient{ID: "clinic", Name: "The medical organisation that carries out examinations", Role: policy.RoleProcessor, Categories: []*policy.Category{personnel, medical}, Country: regionRU}
	insurer := &policy.Recipient{ID: "insurer", Name: "The voluntary health insurer", Role: policy.RoleThirdParty, Categories: []*policy.Category{personnel, family}, Country: regionRU}
	recruitment := &policy.Purpose{ID: "recruitment", Name: "Considering candidates for vacancies", Categories: []*policy.Category{resume, interview},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to hr@plant.example or in the job board's messages",
		Subjects: []policy.DataSubject{policy.DataSubjectApplicants}, Actions: all, Method: policy.ProcessingMethodMixed}
	pool := &policy.Purpose{ID: "pool", Name: "Keeping a refused candidate in the talent pool for future vacancies", Categories: []*policy.Category{resume},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to hr@plant.example", ConsentMethod: policy.ConsentMethodCheckbox, OptOut: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection),
		Subjects:  []policy.DataSubject{policy.DataSubjectApplicants}, Actions: all, Method: policy.ProcessingMethodMixed}
	employment := &policy.Purpose{ID: "employment", Name: "Concluding and performing employment contracts", Categories: []*policy.Category{personnel, work, family},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{sfr, fns, military, bank},
		Obligations: []policy.Obligation{{Act: "Labour Code of the Russian Federation, Art. 65, 86 to 90 and 228", Region: regionRU},
			{Act: "Tax Code of the Russian Federation, Art. 230", Region: regionRU},
			{Act: "Federal Law No. 27-FZ “On Individual (Personified) Accounting”, Art. 11", Region: regionRU},
			{Act: "Federal Law No. 53-FZ “On Military Duty and Military Service”, Art. 8", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectEmployees, policy.DataSubjectRelatives}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "the documents of Labour Code Art. 65 are needed to conclude the employment contract"}
	fitness := &policy.Purpose{ID: "fitness", Name: "Checking fitness for work through pre-employment and periodic medical examinations", Categories: []*policy.Category{personnel, medical},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisEmploymentLaw}, Recipients: []*policy.Recipient{clinic},
		Obligations: []policy.Obligation{{Act: "Labour Code of the Russian Federation, Art. 214 and 220", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectApplicants, policy.DataSubjectEmployees}, Actions: all, Method: policy.ProcessingMethodMixed}
	insurance := &policy.Purpose{ID: "insurance", Name: "Insuring employees and their families under voluntary health insurance", Categories: []*policy.Category{personnel, family},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to the HR department; the insurance then ends", ConsentMethod: policy.ConsentMethodWritten,
		Recipients: []*policy.Recipient{insurer},
		Subjects:   []policy.DataSubject{policy.DataSubjectEmployees, policy.DataSubjectRelatives}, Actions: all, Method: policy.ProcessingMethodMixed}
	archive := &policy.Purpose{ID: "archive", Name: "Keeping the records of former employees", Categories: []*policy.Category{personnel, work},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 125-FZ “On Archiving in the Russian Federation”, Art. 17 and 22.1", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectFormerEmployees}, Actions: []policy.Action{policy.ActionStorage, policy.ActionExtraction, policy.ActionUse, policy.ActionTransfer, policy.ActionDestruction},
		Method: policy.ProcessingMethodMixed}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Ural Machine Plant JSC", Email: "hr@plant.example", Phone: "+7 343 000-00-00", Address: "10 Zavodskaya St., Yekaterinburg, 620000, Russia"},
			Country: regionRU, Registration: "OGRN 1026600000000, INN 6600000000"},
		Responsible:      &policy.Contact{Name: "the deputy director for human resources", Email: "pd@plant.example"},
		OperatorRegister: policy.OperatorRegister{Number: "66-11-000456", Notified: policy.MakeDate(2011, time.March, 3)},
		URL:              "https://plant.example/careers/personal-data",
		Version:          "3", Effective: policy.MakeDate(2024, time.February, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU}, {Act: "Трудовой кодекс Российской Федерации", Region: regionRU},
			{Act: "Налоговый кодекс Российской Федерации", Region: regionRU}, {Act: "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»", Region: regionRU},
			{Act: "Федеральный закон от 22.10.2004 № 125-ФЗ «Об архивном деле в Российской Федерации»", Region: regionRU}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionProvision, policy.DefinitionDestruction},
		Scope:       []string{"the processing of the personal data of candidates for vacancies, employees, former employees and their family members"},
		Principles:  []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleStorageLimitation},
		Categories:  []*policy.Category{resume, interview, personnel, family, medical, work},
		Storage:     []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "beliefs", Name: "data on political, religious or other beliefs, private life or membership of public associations", Class: policy.DataClassSpecial, Except: []*policy.Category{medical},
				Note: "Labour Code Art. 86(1)(4) and (5) forbid it except where federal law provides."},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{recruitment, pool, employment, fitness, insurance, archive},
		Recipients:  []*policy.Recipient{sfr, fns, military, bank, clinic, insurer},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}, Note: "Paper documents are shredded and destruction is recorded in an act."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{resume, interview, personnel, family}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Rights:      fz152Rights("by writing to pd@plant.example or to the HR department"),
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Contact:              policy.Contact{Email: "pd@plant.example", Address: "10 Zavodskaya St., Yekaterinburg, 620000, Russia"},
	}
	return realPolicy{"employer, candidates and employees (152-FZ)", p, []statement{
		{says: "the operator is a plant in Yekaterinburg, named with its OGRN, INN and address", typed: func(p *policy.Policy) bool { return p.Controller.Registration != "" }},
		{says: "the deputy director for human resources is responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible.Name != "" }},
		{says: "the policy covers candidates, employees, former employees and their family members", typed: func(p *policy.Policy) bool {
			var subjects []policy.DataSubject
			for _, pu := range p.Purposes {
				subjects = append(subjects, pu.Subjects...)
			}
			return slices.Contains(subjects, policy.DataSubjectApplicants) && slices.Contains(subjects, policy.DataSubjectFormerEmployees) && slices.Contains(subjects, policy.DataSubjectRelatives)
		}},
		{says: "the legal grounds are the Constitution, the Labour Code, the Tax Code, 152-FZ and the law on archiving", typed: func(p *policy.Policy) bool { return len(p.LegalActs) == 5 }},
		{says: "the policy defines its terms as Art. 3 does", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 4 }},
		{says: "a résumé comes from the candidate, from a job board where the candidate published it, or from a recruitment agency", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("resume").Sources, policy.SourceThirdParty) && p.Category("resume").SourceDetail != ""
		}},
		{says: "by sending a résumé or replying to a vacancy the candidate consents to its consideration, and may withdraw that consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("recruitment").RestsOn(policy.BasisConsent, policy.FZ152) && p.Purpose("recruitment").Withdraw != ""
		}},
		{says: "interview notes and test results are kept with the résumé", typed: func(p *policy.Policy) bool { return p.Purpose("recruitment").Uses(p.Category("interview")) }},
		{says: "a refused candidate's data is destroyed within 30 days of the refusal", typed: func(p *policy.Policy) bool {
			r := p.Category("resume").Retention
			return r.Period == policy.Days(30) && r.From == policy.EventPurposeAchieved
		}},
		{says: "with separate consent a refused candidate is kept in the talent pool for a year", typed: func(p *policy.Policy) bool {
			return p.Purpose("pool").Retention.Period == policy.Years(1) && p.Purpose("pool").ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "an employee gives the documents of Labour Code Art. 65 to conclude the contract", typed: func(p *policy.Policy) bool { return p.Purpose("employment").Required != "" }},
		{says: "employees' data is processed under the contract and Labour Code Art. 86 to 90", typed: func(p *policy.Policy) bool {
			return p.Purpose("employment").HasBasis(policy.BasisContract) && len(p.Purpose("employment").Obligations) == 4
		}},
		{says: "data on children and spouses is processed for deductions and benefits", typed: func(p *policy.Policy) bool {
			return p.Purpose("employment").Uses(p.Category("family")) && slices.Contains(p.Purpose("employment").Subjects, policy.DataSubjectRelatives)
		}},
		{says: "data goes to the Social Fund, the tax service and military commissariats as the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "sfr").Role == policy.RoleAuthority && recipient(p, "fns").Role == policy.RoleAuthority && recipient(p, "military").Role == policy.RoleAuthority
		}},
		{says: "the salary is paid through a bank that receives the employee's details", typed: func(p *policy.Policy) bool { return recipient(p, "bank").Role == policy.RoleThirdParty }},
		{says: "the results of pre-employment and periodic medical examinations are health data, processed as labour law requires", typed: func(p *policy.Policy) bool {
			return p.Category("medical").Sensitivity == policy.SensitivitySpecial && p.Purpose("fitness").RestsOn(policy.BasisEmploymentLaw, policy.FZ152)
		}},
		{says: "examinations are carried out by a medical organisation on the employer's order", typed: func(p *policy.Policy) bool { return recipient(p, "clinic").Role == policy.RoleProcessor }},
		{says: "data on beliefs, private life and membership of associations is not processed", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Class == policy.DataClassSpecial && len(p.NotCollected[0].Except) == 1
		}},
		{says: "biometric data is not processed", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassBiometric }},
		{says: "voluntary health insurance covers employees and their families with written consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("insurance").ConsentMethod == policy.ConsentMethodWritten && recipient(p, "insurer") != nil
		}},
		{says: "records of former employees are kept for 50 years, as the law on archiving requires", typed: func(p *policy.Policy) bool {
			return p.Category("personnel").Retention.Kind == policy.RetentionRequiredByLaw && slices.Contains(p.Purpose("archive").Subjects, policy.DataSubjectFormerEmployees)
		}},
		{says: "for each purpose the policy lists the subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is stored in Russia and not transferred abroad", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU && len(p.Transfers) == 0 }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn, paper by shredding, with an act", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[0].Note != ""
		}},
		{says: "candidates and employees have the rights of Art. 14 to 17 and may withdraw consent", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightWithdrawConsent) }},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Extension == policy.Days(5)
		}},
		{says: "the employer does not base decisions about an employee on data obtained solely by automated processing (Labour Code Art. 86(1)(6))", typed: func(p *policy.Policy) bool {
			return p.NoAutomatedDecisions
		}},
		{says: "the plant protects data with the measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureInternalRules) }},
		// Free text.
		{says: "a certificate of no criminal record is asked for only where federal law requires it for the position, such as work with minors under Labour Code Art. 351.1", free: toCategory("personnel")},
		{says: "employees are made familiar, against signature, with the employer's documents on the processing of personal data (Labour Code Art. 86(1)(8))", free: toIntroduction},
	}}
}
