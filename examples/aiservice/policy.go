package main

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The privacy policy of an AI service operated from Russia with users in
// Russia and the EU: accounts, payments, AI queries, support and marketing.
// Each category, purpose and ground of the published policy is a value
// here; the purposes refer to the categories by variable, so the compiler
// checks every reference.
//
// What is seed and what is filler: the published policy this example
// declares (sections 1 to 4: the introduction, the principles, the six
// categories with their items, the ten purposes and the four grounds)
// is marked "Seed" below, with its clause numbers. Everything marked
// "Filler" is invented to make the example a complete policy: the
// controller's details, the DPO, sources, retention, storage, which
// purpose rests on which ground, recipients, transfers, rights, security,
// children and changes (sections 5 to 12 of the document).
//
// Where the document's wording differs from the seed's on purpose:
// clause 1.2 of the seed defines personal data by an "identifiable
// user"; the library states the statutory definition (GDPR Art. 4(1),
// 152-FZ Art. 3(1)), an "identifiable natural person", which is wider
// and which a policy cannot narrow.

var russia = language.MustParseRegion("RU")

// The Russian laws that make the Company keep payment records: accounting
// documents for at least five years (402-FZ Art. 29(1)) and the data
// needed to compute and pay taxes for five years (Tax Code Art. 23(1)(8)).
var (
	accountingLaw = policy.Obligation{Act: "Federal Law No. 402-FZ “On Accounting”, Art. 29", Region: russia}
	taxCode       = policy.Obligation{Act: "Tax Code of the Russian Federation, Art. 23(1)(8)", Region: russia}
)

var (
	// Seed 2.1.1 to 2.1.6: names and items. Filler: sources, retention,
	// Linked. Seed 2.1.1's storage of Russian users' data in Russia is
	// the Storage of account data.
	account = &policy.Category{
		ID:          "account",
		Name:        "Account data",
		Items:       []string{"email address", "username or other specified name", "country", "interface language", "profile settings", "other information provided during registration or use of the service"},
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceUser},
		Storage:     []policy.Storage{{Subjects: russia, Location: russia}},
		Retention:   policy.WhileAccountActive(policy.Days(30)),
		Linked:      true,
	}
	auth = &policy.Category{
		ID:          "auth",
		Name:        "Authentication and security data",
		Items:       []string{"password hashes", "authorization tokens", "account login information", "two-factor authentication (2FA) data", "information about events related to account security"},
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention:   policy.WhileAccountActive(policy.Days(30)),
		Linked:      true,
	}
	payment = &policy.Category{
		ID:    "payment",
		Name:  "Payment and settlement data",
		Items: []string{"payment system identifiers", "transaction information", "payment statuses", "payment details to the extent required for accounting and payment confirmation"},
		// Seed 2.1.3, "the Company" being "we".
		Description:  "We do not store full bank card details.",
		Sensitivity:  policy.SensitivityPersonal,
		Sources:      []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "payment service providers",
		Retention: policy.Retention{
			Kind: policy.RetentionRequiredByLaw,
			Law:  "Federal Law No. 402-FZ “On Accounting” together with the Tax Code of the Russian Federation",
			Note: "This is currently 5 years after the end of the reporting year.",
		},
		Linked: true,
	}
	aiUsage = &policy.Category{
		ID:          "ai.usage",
		Name:        "Operational data related to the use of AI functions",
		Items:       []string{"text queries", "uploaded files", "generation or processing results", "data on selected models and providers", "system messages", "telemetry data, including processing time, token count and errors"},
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.Retention{
			Kind: policy.RetentionWhileActive, Period: policy.Days(30), From: policy.EventAccountClosure,
			Note: "You can delete individual queries, files and results at any time; telemetry is anonymised after 12 months.",
		},
		Linked: true,
	}
	technical = &policy.Category{
		ID:          "technical",
		Name:        "Technical data",
		Items:       []string{"IP address", "browser and user agent information", "device type", "operating system", "session information", "cookies", "localStorage", "other similar technical identifiers"},
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceAutomatic},
		Retention:   policy.Keep(policy.Months(12), policy.EventCollection).ThenAnonymise(),
	}
	communication = &policy.Category{
		ID:          "communication",
		Name:        "Communication data",
		Items:       []string{"support requests", "inquiries", "complaints", "feedback", "marketing preferences", "consent to data processing and its revocation"},
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceUser},
		Retention:   policy.Keep(policy.Years(3), policy.EventLastActivity),
		Linked:      true,
	}
)

// Filler: the seed names no recipient.
var (
	hosting = &policy.Recipient{
		ID: "hosting", Name: "data centre and cloud hosting providers in the Russian Federation", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, auth, payment, aiUsage, technical, communication},
		Purpose:    "storing data and running the service on our instructions",
		Country:    russia,
	}
	payments = &policy.Recipient{
		ID: "payments", Name: "banks and payment service providers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, payment},
		Purpose:    "accepting and confirming payments",
		Country:    russia,
	}
	aiProviders = &policy.Recipient{
		ID: "ai.providers", Name: "providers of AI models", Role: policy.RoleProcessor,
		Categories: []*policy.Category{aiUsage},
		Purpose:    "processing your queries and files with the model you select and returning the result; providers do not use them to train models",
	}
	mailer = &policy.Recipient{
		ID: "mailer", Name: "email delivery service", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, communication},
		Purpose:    "delivering service and marketing messages",
		Country:    russia,
	}
	authorities = &policy.Recipient{
		ID: "authorities", Name: "courts, law enforcement and other public authorities", Role: policy.RoleAuthority,
		Purpose:     "a court order or another lawful request obliges us to disclose data",
		Conditional: true,
	}
)

// Filler: what 152-FZ Art. 18.1(1)(2) asks for each purpose. The people
// are the seed's "users of the website and services": visitors without an
// account for what the website collects from everyone, customers for
// payments. Every purpose collects, keeps, uses and in the end destroys
// its data; those with recipients also transfer it.
var (
	users    = []policy.DataSubject{policy.DataSubjectUsers}
	visitors = []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}
	payers   = []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCustomers}
)

// actions returns the actions of 152-FZ Art. 3(3) every purpose performs,
// with extra, in the statute's order.
func actions(extra ...policy.Action) []policy.Action {
	a := append([]policy.Action{
		policy.ActionCollection, policy.ActionRecording, policy.ActionSystematisation, policy.ActionAccumulation,
		policy.ActionStorage, policy.ActionClarification, policy.ActionExtraction, policy.ActionUse,
		policy.ActionBlocking, policy.ActionDeletion, policy.ActionDestruction,
	}, extra...)
	slices.Sort(a)
	return a
}

// Policy is the service's privacy policy.
var Policy = &policy.Policy{
	// Filler: the seed calls the controller "the Company".
	Controller: policy.Controller{
		Contact: policy.Contact{
			Name:    "Nimbus AI LLC",
			Email:   "privacy@nimbus-ai.example",
			Address: "12 Tverskaya St., Moscow, 125009, Russian Federation",
			Website: "https://nimbus-ai.example",
		},
		Registration: "OGRN 1237700000000, INN 7700000000",
		Country:      russia,
	},
	// 152-FZ Art. 22.1: the person responsible for organising the
	// processing, a role of its own (the GDPR's DPO is another).
	Responsible: &policy.Contact{
		Name:  "Ivan Petrov",
		Email: "dpo@nimbus-ai.example",
	},
	// The service is offered to people in the EU (GDPR Art. 3(2)), so the
	// controller, established in Russia, names a representative there
	// (Art. 27).
	Representatives: []policy.Representative{{
		Region:  language.MustParseRegion("EU"),
		Contact: policy.Contact{Name: "Nimbus AI EU Representative B.V.", Email: "eu-representative@nimbus-ai.example", Address: "Keizersgracht 1, 1015 CJ Amsterdam, Netherlands"},
	}},
	// Filler: the entry in Roskomnadzor's register of operators (152-FZ
	// Art. 22), notified when the company began processing in 2023.
	OperatorRegister: policy.OperatorRegister{Number: "77-23-000000", Notified: policy.MakeDate(2023, time.March, 15)},
	Version:          "3.0",
	Effective:        policy.MakeDate(2025, time.June, 1),
	Updated:          policy.MakeDate(2025, time.May, 20),
	URL:              "https://nimbus-ai.example/privacy",
	Language:         language.English,
	Laws:             []policy.Law{policy.FZ152, policy.GDPR},
	Scope:            []string{"the website nimbus-ai.example", "the Nimbus AI services", "software interfaces (API)", "feedback forms", "other digital products of Nimbus AI LLC"},
	// Seed: the introduction, "the Company" being Nimbus AI LLC.
	Introduction: []string{
		"This Privacy Policy defines the processing and protection of information about users of the website and services provided by Nimbus AI LLC (“we”). It has been developed to comply with applicable personal data laws and to inform users of what data is processed, for what purposes, on what grounds, and how its protection is ensured.",
		"By using our website and services, you confirm that you have read this Privacy Policy and understand the terms of data processing set forth in it.",
	},
	// Seed 1.3.
	Principles: []policy.Principle{
		policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrincipleProportionality,
		policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy,
	},
	Categories: []*policy.Category{account, auth, payment, aiUsage, technical, communication},
	Storage:    []policy.Storage{{Subjects: russia, Location: russia}},
	// Filler.
	NotCollected: []policy.Exclusion{
		{ID: "biometrics", Name: "biometric data"},
	},
	// Seed 3.1.1 to 3.1.10: the names. Filler: the categories each uses,
	// its grounds (the seed lists purposes and grounds separately) and the
	// rest.
	Purposes: []*policy.Purpose{
		{ID: "registration", Name: "Registering, identifying and authenticating users on the Service",
			Subjects: users, Actions: actions(), Method: policy.ProcessingMethodAutomated,
			Categories: []*policy.Category{account, auth}, Bases: []policy.Basis{policy.BasisContract},
			Required: "an email address and a password are needed to conclude the user agreement; without them we cannot create an account"},
		{ID: "access", Name: "Providing access to the functionality of the Website and the Service",
			Subjects: visitors, Actions: actions(policy.ActionTransfer), Method: policy.ProcessingMethodAutomated,
			Categories: []*policy.Category{account, auth, technical}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting},
			Required: "technical data is sent by your browser and is needed to deliver the service"},
		{ID: "service", Name: "Fulfilling obligations to the User, including providing services, processing requests and providing the results of the Service",
			Subjects: users, Actions: actions(policy.ActionTransfer), Method: policy.ProcessingMethodAutomated,
			Categories: []*policy.Category{account, aiUsage}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting, aiProviders},
			Required: "without your queries and files we cannot produce results"},
		{ID: "stability", Name: "Ensuring the stability, security and proper functioning of the Website and technical infrastructure",
			Subjects: visitors, Actions: actions(), Method: policy.ProcessingMethodAutomated,
			Categories: []*policy.Category{auth, aiUsage, technical}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
			Interest: "keeping the service available, secure and working as intended for all users"},
		{ID: "fraud", Name: "Preventing fraud, abuse, unauthorised access and other illegal activities",
			Subjects: payers, Actions: actions(), Method: policy.ProcessingMethodAutomated,
			Categories: []*policy.Category{account, auth, payment, technical}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
			Interest: "protecting users, the Company and payment partners from fraud, abuse and unauthorised access"},
		{ID: "payments", Name: "Processing payments, maintaining accounting and tax records, and generating settlement and reporting documents",
			Subjects: payers, Actions: actions(policy.ActionTransfer), Method: policy.ProcessingMethodMixed,
			Categories: []*policy.Category{account, payment}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{payments},
			// Russian accounting and tax law: a legal obligation under
			// 152-FZ, none under the GDPR (Art. 6(3) needs Union or
			// member-state law), where the contract is the ground.
			Obligations: []policy.Obligation{accountingLaw, taxCode},
			Required:    "payment details are needed to pay for paid plans and are required by accounting law; without them we cannot accept payment"},
		{ID: "support", Name: "Processing support requests and communicating with users",
			Subjects: visitors, Actions: actions(policy.ActionTransfer), Method: policy.ProcessingMethodAutomated,
			Categories: []*policy.Category{account, communication}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailer},
			Required: "we need a way to reply; without it we cannot answer your request"},
		// Seed 3.1.8: "where permitted by law and/or with the User's
		// consent", so consent or, where the law permits messages without
		// it, legitimate interests.
		{ID: "marketing", Name: "Sending informational and marketing messages, where permitted by law and/or with the User’s consent", DirectMarketing: true,
			Subjects: users, Actions: actions(policy.ActionTransfer), Method: policy.ProcessingMethodAutomated,
			Categories: []*policy.Category{account, communication}, Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests},
			Interest: "informing existing users about our services where the law permits this without consent",
			Withdraw: "with the unsubscribe link in every message or in the account settings", OptOut: true,
			Recipients: []*policy.Recipient{mailer}},
		{ID: "analytics", Name: "Analysing, developing, improving and optimising the Service",
			Subjects: visitors, Actions: actions(policy.ActionDepersonalisation), Method: policy.ProcessingMethodAutomated,
			Categories: []*policy.Category{aiUsage, technical}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
			Interest: "understanding how the service is used in order to improve it", OptOut: true},
		{ID: "legal", Name: "Fulfilling obligations imposed on the Company by applicable law",
			Subjects: payers, Actions: actions(policy.ActionTransfer), Method: policy.ProcessingMethodMixed,
			// Under 152-FZ a legal obligation; under the GDPR, which
			// accepts only Union or member-state law as one (Art. 6(3)),
			// the Company's legitimate interest in complying with the law
			// of the country it is established in.
			Categories: []*policy.Category{account, payment, communication}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
			Obligations: []policy.Obligation{accountingLaw, taxCode,
				{Act: "Code of Criminal Procedure of the Russian Federation, Art. 21(4)", Region: russia}},
			Interest:   "complying with the laws of the Russian Federation, where the Company is established, which the GDPR does not recognise as a legal obligation",
			Recipients: []*policy.Recipient{authorities},
			Required:   "the law requires us to keep and, on lawful request, disclose this data"},
	},
	Recipients: []*policy.Recipient{hosting, payments, aiProviders, mailer, authorities},
	// Filler: how data is destroyed once a purpose is achieved (152-FZ
	// Art. 18.1(1)(2)), within the 30 days of Art. 21(4) in all.
	Deletion: []policy.Deletion{{
		From:   policy.EventPurposeAchieved,
		Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(10)}, {Removal: policy.RemovalBackups, Within: policy.Days(20)}},
	}},
	// Filler from here on.
	// One transfer, lawful on a different footing under each law.
	Transfers: []policy.Transfer{{
		Destination: language.MustParseRegion("US"),
		Recipient:   aiProviders,
		Categories:  []*policy.Category{aiUsage},
		Safeguard:   policy.SafeguardStandardClauses,
		Laws:        []policy.Law{policy.GDPR},
		Note:        "Only when you select a model hosted in the United States; queries to models hosted in Russia stay in Russia.",
	}, {
		Destination: language.MustParseRegion("US"),
		Recipient:   aiProviders,
		Categories:  []*policy.Category{aiUsage},
		Safeguard:   policy.SafeguardContractNecessity,
		Laws:        []policy.Law{policy.FZ152},
		Notified:    policy.MakeDate(2025, time.May, 5),
		Note:        "We notify the Russian data protection authority (Roskomnadzor) of cross-border transfers as Art. 12 of Federal Law No. 152-FZ requires.",
	}},
	NoAutomatedDecisions: true,
	Rights: []policy.Right{
		{Kind: policy.RightAccess, How: "in the account settings, or by request to privacy@nimbus-ai.example"},
		{Kind: policy.RightRectification, How: "in the account settings"},
		{Kind: policy.RightErasure, How: "by deleting your account in the settings, or by request"},
		{Kind: policy.RightRestriction},
		{Kind: policy.RightPortability, How: "with the data export in the account settings"},
		{Kind: policy.RightObjection},
		{Kind: policy.RightWithdrawConsent, How: "with the unsubscribe link or in the account settings"},
		{Kind: policy.RightComplaint, How: "to Roskomnadzor in Russia, or to the supervisory authority of your EU country of residence or work"},
	},
	Security: []policy.Measure{
		{Name: "Encryption", Description: "Data is encrypted in transit (TLS 1.2 or later) and at rest."},
		{Name: "Access control", Description: "Staff access data only as their role requires, with two-factor authentication, and every access is logged."},
		{Name: "Passwords", Description: "Passwords are stored only as salted hashes."},
		{Name: "Organisational measures", Description: "Internal rules on data processing, staff training and confidentiality obligations, and regular review of these measures."},
	},
	Children: policy.Children{
		MinimumAge: 16,
		Note:       "If we learn that we hold data of a younger person without a parent's consent, we delete it.",
	},
	Changes: policy.Changes{
		Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService},
		Notice: policy.Days(10),
	},
}
