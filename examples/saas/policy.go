package main

import (
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The privacy policy of a project-management service sold by subscription
// to teams in the EU, the UK and the United States: accounts, workspaces
// and their content, billing through a payment processor, support,
// product analytics and marketing e-mail.
//
// The example is invented, not declared from a published policy: the
// company, its people, addresses, providers and every statement are
// made up, in the manner of the policies such services publish, to show
// the typed declarations together: first- and third-party cookies with
// their lifetimes, browser signals, commitments, conditional
// disclosures, staged deletion, transfers on different safeguards,
// request handling, security measures, redress and links.
//
// Where the company stands under each law: Tallyboard Inc. is a Delaware
// corporation and the controller for all users. Its Irish subsidiary is
// its establishment in the EU, so the GDPR applies under Art. 3(1) and no
// Art. 27 representative is needed; it has no establishment in the UK
// and offers the service there, so it names a UK representative (UK GDPR
// Art. 27). Under the CCPA it is a business that operates only online
// and has a direct relationship with its users, so requests go by e-mail
// and a web form, with no toll-free number.

var (
	us = language.MustParseRegion("US")
	eu = language.MustParseRegion("EU")
	gb = language.MustParseRegion("GB")
)

var (
	account = &policy.Category{
		ID:          "account",
		Name:        "Account data",
		Items:       []string{"name", "email address", "password, stored as a hash", "profile photo", "job title", "workspace memberships and roles", "language and notification settings"},
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		// A workspace administrator may invite a user, giving us their
		// name and e-mail address.
		SourceDetail: "the administrator of a workspace that invites you",
		Retention:    policy.WhileAccountActive(policy.Days(30)),
		Linked:       true,
		CCPA:         []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProfessionalInfo, policy.CCPASensitivePersonalInfo},
		Terms: policy.Terms{
			Fides: []string{"user.name", "user.contact.email", "user.authorization.credentials"},
			DPV:   []string{"dpv-pd:Name", "dpv-pd:EmailAddress", "dpv-pd:Password"},
			Apple: []string{"NSPrivacyCollectedDataTypeName", "NSPrivacyCollectedDataTypeEmailAddress", "NSPrivacyCollectedDataTypeUserID"},
			Play:  []string{"PSL_NAME", "PSL_EMAIL", "PSL_USER_ACCOUNT"},
		},
	}
	content = &policy.Category{
		ID:          "content",
		Name:        "Workspace content",
		Items:       []string{"boards, projects and tasks", "comments and mentions", "files you upload", "due dates, time entries and custom fields"},
		Description: "Your workspace administrator controls this content; we process it to provide the service to your organisation.",
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceUser},
		Retention:   policy.WhileAccountActive(policy.Days(30)),
		Linked:      true,
		CCPA:        []policy.CCPACategory{policy.CCPAProfessionalInfo},
		Terms: policy.Terms{
			Fides: []string{"user.content"},
			DPV:   []string{"dpv-pd:Professional"},
			Apple: []string{"NSPrivacyCollectedDataTypeOtherUserContent"},
			Play:  []string{"PSL_USER_GENERATED_CONTENT", "PSL_FILES_AND_DOCS"},
		},
	}
	billing = &policy.Category{
		ID:           "billing",
		Name:         "Billing data",
		Items:        []string{"billing contact and address", "VAT or tax number", "plan and number of seats", "invoices and payment history", "card brand, last four digits and expiry date"},
		Sensitivity:  policy.SensitivityPersonal,
		Sources:      []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "our payment processor",
		Retention: policy.Retention{
			Kind: policy.RetentionRequiredByLaw,
			Law:  "Irish and US tax law",
			Note: "This is currently 6 years after the end of the financial year in Ireland and up to 7 years in the United States.",
		},
		Linked: true,
		CCPA:   []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo},
		Terms: policy.Terms{
			Fides: []string{"user.financial", "user.payment", "user.contact.address"},
			DPV:   []string{"dpv-pd:PaymentCard", "dpv-pd:PhysicalAddress", "dpv-pd:Purchase"},
			Apple: []string{"NSPrivacyCollectedDataTypePaymentInfo", "NSPrivacyCollectedDataTypePurchaseHistory"},
			Play:  []string{"PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER", "PSL_PURCHASE_HISTORY"},
		},
	}
	usage = &policy.Category{
		ID:          "usage",
		Name:        "Usage and device data",
		Items:       []string{"IP address", "browser and operating system", "device identifiers", "pages and features used", "cookie identifiers", "crash reports"},
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceAutomatic},
		Retention:   policy.Keep(policy.Months(13), policy.EventCollection).ThenAnonymise(),
		CCPA:        []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
		Terms: policy.Terms{
			Fides: []string{"user.device.ip_address", "user.behavior.browsing_history"},
			DPV:   []string{"dpv-pd:IPAddress", "dpv-pd:UserAgent"},
			Apple: []string{"NSPrivacyCollectedDataTypeProductInteraction", "NSPrivacyCollectedDataTypeDeviceID"},
			Play:  []string{"PSL_USER_INTERACTION", "PSL_DEVICE_ID", "PSL_CRASH_LOGS"},
		},
	}
	security = &policy.Category{
		ID:          "security",
		Name:        "Security logs",
		Items:       []string{"sign-in times and locations derived from the IP address", "failed sign-in attempts", "changes to security settings", "administrator actions in the workspace audit log"},
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceAutomatic},
		Retention: policy.Retention{
			Kind:      policy.RetentionCriteria,
			Criteria:  "as long as we need them to investigate a security incident or abuse of the service, and no longer than 12 months unless an investigation is open",
			LegalHold: true,
		},
		Linked: true,
		CCPA:   []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
		Terms: policy.Terms{
			Fides: []string{"user.authorization"},
			DPV:   []string{"dpv-pd:AuthenticationHistory"},
			Apple: []string{"NSPrivacyCollectedDataTypeOtherDiagnosticData"},
			Play:  []string{"PSL_OTHER_APP_ACTIVITY"},
		},
	}
	support = &policy.Category{
		ID:          "support",
		Name:        "Support and communications",
		Items:       []string{"messages to our support team", "call recordings, where you agree to them", "survey answers", "marketing preferences"},
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceUser},
		Retention:   policy.Keep(policy.Years(3), policy.EventLastActivity),
		Linked:      true,
		CCPA:        []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData},
		Terms: policy.Terms{
			Fides: []string{"user.contact.email", "user.content"},
			DPV:   []string{"dpv-pd:Communication"},
			Apple: []string{"NSPrivacyCollectedDataTypeCustomerSupport"},
			Play:  []string{"PSL_OTHER_MESSAGES"},
		},
	}
)

var (
	hosting = &policy.Recipient{
		ID: "hosting", Name: "cloud infrastructure provider", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, content, billing, usage, security, support},
		Purpose:    "hosting the service and storing its data on our instructions",
		Country:    us,
	}
	payments = &policy.Recipient{
		ID: "payments", Name: "Paystream, Inc.", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, billing},
		Purpose:    "processing card payments as our payment processor; card numbers go to it directly and never reach our servers",
		Country:    us,
	}
	mailer = &policy.Recipient{
		ID: "mailer", Name: "e-mail delivery provider", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, support},
		Purpose:    "sending service e-mail, such as invitations and notifications, and newsletters you subscribed to",
		Country:    us,
	}
	analytics = &policy.Recipient{
		ID: "analytics", Name: "product analytics provider", Role: policy.RoleProcessor,
		Categories: []*policy.Category{usage},
		Purpose:    "measuring which features are used, only with your consent",
		Country:    us,
	}
	helpdesk = &policy.Recipient{
		ID: "helpdesk", Name: "help desk software provider", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, support},
		Purpose:    "managing support conversations",
		Country:    us,
	}
)

var (
	provide = &policy.Purpose{
		ID: "service", Name: "Providing the service: workspaces, boards, sharing and notifications",
		Categories: []*policy.Category{account, content, usage},
		Bases:      []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{hosting, mailer},
		Required:   "an account and the content you enter are needed to provide the service under our terms; without them we cannot provide it",
		Terms: policy.Terms{
			Fides: []string{"essential.service"},
			DPV:   []string{"dpv:ServiceProvision"},
			Apple: []string{"NSPrivacyCollectedDataTypePurposeAppFunctionality"},
			Play:  []string{"PSL_APP_FUNCTIONALITY"},
		},
	}
	billingPurpose = &policy.Purpose{
		ID: "billing", Name: "Billing subscriptions and keeping accounting records",
		Categories:  []*policy.Category{account, billing},
		Bases:       []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: recordKeeping,
		Recipients:  []*policy.Recipient{payments, hosting},
		Required:    "billing data is needed to take payment for a paid plan and is required by tax law; without it you can use only the free plan",
		Terms: policy.Terms{
			Fides: []string{"essential.service.payment_processing"},
			DPV:   []string{"dpv:CustomerManagement"},
			Apple: []string{"NSPrivacyCollectedDataTypePurposeAppFunctionality"},
			Play:  []string{"PSL_APP_FUNCTIONALITY"},
		},
	}
	secure = &policy.Purpose{
		ID: "security", Name: "Keeping the service and accounts secure and preventing fraud and abuse",
		Categories: []*policy.Category{account, usage, security},
		Bases:      []policy.Basis{policy.BasisLegitimateInterests},
		Interest:   "protecting our users, their workspaces and our service from unauthorised access, fraud and abuse",
		Recipients: []*policy.Recipient{hosting},
		Terms: policy.Terms{
			Fides: []string{"essential.fraud_detection"},
			DPV:   []string{"dpv:EnforceSecurity", "dpv:FraudPreventionAndDetection"},
			Apple: []string{"NSPrivacyCollectedDataTypePurposeAppFunctionality"},
			Play:  []string{"PSL_FRAUD_PREVENTION_SECURITY"},
		},
	}
	help = &policy.Purpose{
		ID: "support", Name: "Answering support requests",
		Categories: []*policy.Category{account, support},
		Bases:      []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{helpdesk, mailer},
		Required:   "we need a way to reply; without it we cannot answer your request",
		Terms: policy.Terms{
			Fides: []string{"essential.service"},
			DPV:   []string{"dpv:CustomerCare"},
			Apple: []string{"NSPrivacyCollectedDataTypePurposeAppFunctionality"},
			Play:  []string{"PSL_APP_FUNCTIONALITY"},
		},
	}
	measure = &policy.Purpose{
		ID: "analytics", Name: "Understanding how the service is used, to improve it",
		Categories: []*policy.Category{usage},
		Bases:      []policy.Basis{policy.BasisConsent},
		Withdraw:   "in the cookie settings, at any time",
		OptOut:     true,
		Recipients: []*policy.Recipient{analytics},
		Terms: policy.Terms{
			Fides: []string{"analytics.reporting"},
			DPV:   []string{"dpv:ServiceUsageAnalytics"},
			Apple: []string{"NSPrivacyCollectedDataTypePurposeAnalytics"},
			Play:  []string{"PSL_ANALYTICS"},
		},
	}
	newsletter = &policy.Purpose{
		ID: "marketing", Name: "Sending our product newsletter", DirectMarketing: true,
		Categories: []*policy.Category{account, support},
		Bases:      []policy.Basis{policy.BasisConsent},
		Withdraw:   "with the unsubscribe link in every newsletter or in your notification settings",
		OptOut:     true,
		Recipients: []*policy.Recipient{mailer},
		Terms: policy.Terms{
			Fides: []string{"marketing.communications.email"},
			DPV:   []string{"dpv:DirectMarketing"},
			Apple: []string{"NSPrivacyCollectedDataTypePurposeDeveloperAdvertising"},
			Play:  []string{"PSL_DEVELOPER_COMMUNICATIONS"},
		},
	}
	// recordKeeping are the laws that make the company keep billing
	// records: Irish tax law for its Irish establishment (GDPR Art. 6(3):
	// member-state law), UK VAT law for its sales to UK customers (UK GDPR
	// Art. 6(3): domestic law), and US tax law, which neither GDPR
	// recognises but which the document names for readers in the US.
	recordKeeping = []policy.Obligation{
		{Act: "Taxes Consolidation Act 1997, s. 886", Region: language.MustParseRegion("IE")},
		{Act: "Value Added Tax Act 1994, Sch. 11, para. 6", Region: gb},
		{Act: "26 U.S.C. § 6001", Region: us},
	}
	comply = &policy.Purpose{
		ID: "legal", Name: "Meeting our legal obligations",
		Categories:  []*policy.Category{account, billing, security},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: recordKeeping,
		Required:    "the law requires us to keep this data and, on valid legal process, to disclose it",
		Terms: policy.Terms{
			Fides: []string{"essential.legal_obligation"},
			DPV:   []string{"dpv:LegalCompliance"},
			Apple: []string{"NSPrivacyCollectedDataTypePurposeOther"},
			Play:  []string{"PSL_FRAUD_PREVENTION_SECURITY"},
		},
	}
)

// copyNote and copyNoteUK say how to obtain a copy of the standard
// contractual clauses and of the UK transfer agreement (GDPR and UK GDPR
// Art. 13(1)(f)).
const (
	copyNote   = "You can get a copy of the standard contractual clauses by writing to privacy@tallyboard.example."
	copyNoteUK = "You can get a copy of the transfer agreement or addendum by writing to privacy@tallyboard.example."
)

// Policy is the service's privacy policy.
var Policy = &policy.Policy{
	Controller: policy.Controller{
		Contact: policy.Contact{
			Name:    "Tallyboard Inc.",
			Email:   "privacy@tallyboard.example",
			Address: "500 Market Street, Suite 400, Wilmington, DE 19801, United States",
			Website: "https://tallyboard.example",
		},
		Registration: "Delaware Division of Corporations, file number 7412093",
		Country:      us,
	},
	DPO: &policy.Contact{
		Name:  "Aoife Brennan",
		Email: "dpo@tallyboard.example",
	},
	Establishments: []policy.Establishment{{
		Region:  eu,
		Contact: policy.Contact{Name: "Tallyboard Ireland Limited", Email: "eu-privacy@tallyboard.example", Address: "40 Harcourt Street, Dublin 2, D02 H635, Ireland"},
	}},
	Representatives: []policy.Representative{{
		Region:  gb,
		Contact: policy.Contact{Name: "Kestrel Privacy Representation Ltd", Email: "tallyboard@kestrel-rep.example", Address: "14 Bridge Street, Manchester M3 3BZ, United Kingdom"},
	}},
	Version:   "4.2",
	Effective: policy.MakeDate(2026, time.January, 15),
	Updated:   policy.MakeDate(2025, time.December, 10),
	URL:       "https://tallyboard.example/legal/privacy",
	Language:  language.English,
	Laws:      []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
	Scope:     []string{"the website tallyboard.example", "the Tallyboard web, desktop and mobile apps", "the Tallyboard API"},
	Introduction: []string{
		"Tallyboard is a project-management service for teams. This policy explains what personal data Tallyboard Inc. (“we”) collects when you visit our website or use Tallyboard, why, and what choices you have.",
		"If you use Tallyboard through a workspace that your employer or another organisation pays for, that organisation decides what goes into the workspace, and its own privacy notice applies to that content as well.",
	},
	Principles: []policy.Principle{policy.PrincipleTransparency, policy.PrincipleMinimisation, policy.PrincipleStorageLimitation, policy.PrincipleIntegrity},
	Commitments: []policy.Commitment{
		policy.CommitmentNoSale,
		policy.CommitmentNoSharing,
		policy.CommitmentNoThirdPartyAds,
		policy.CommitmentNoModelTraining,
	},
	Categories: []*policy.Category{account, content, billing, usage, security, support},
	NotCollected: []policy.Exclusion{
		{ID: "card.number", Name: "full card numbers", Category: billing, Note: "Card details go straight to our payment processor."},
		{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial, Note: "Please do not put health or other sensitive information into your workspace."},
	},
	Purposes:   []*policy.Purpose{provide, billingPurpose, secure, help, measure, newsletter, comply},
	Recipients: []*policy.Recipient{hosting, payments, mailer, analytics, helpdesk},
	Transfers: []policy.Transfer{
		{Origin: eu, Destination: us, Recipient: payments, Categories: []*policy.Category{account, billing},
			Safeguard: policy.SafeguardDataPrivacyFramework, Laws: []policy.Law{policy.GDPR}},
		{Origin: gb, Destination: us, Recipient: payments, Categories: []*policy.Category{account, billing},
			Safeguard: policy.SafeguardDataPrivacyFramework, Laws: []policy.Law{policy.UKGDPR},
			Note: "The processor is certified under the UK Extension to the Data Privacy Framework."},
		{Origin: eu, Destination: us, Recipient: hosting, Categories: []*policy.Category{account, content, billing, usage, security, support},
			Safeguard: policy.SafeguardDataPrivacyFramework, Laws: []policy.Law{policy.GDPR}},
		{Origin: gb, Destination: us, Recipient: hosting, Categories: []*policy.Category{account, content, billing, usage, security, support},
			Safeguard: policy.SafeguardDataPrivacyFramework, Laws: []policy.Law{policy.UKGDPR},
			Note: "The provider is certified under the UK Extension to the Data Privacy Framework."},
		{Origin: eu, Destination: us, Recipient: mailer, Categories: []*policy.Category{account, support},
			Safeguard: policy.SafeguardStandardClauses, Laws: []policy.Law{policy.GDPR}, Note: copyNote},
		{Origin: gb, Destination: us, Recipient: mailer, Categories: []*policy.Category{account, support},
			Safeguard: policy.SafeguardUKTransferAgreement, Laws: []policy.Law{policy.UKGDPR}, Note: copyNoteUK},
		{Origin: eu, Destination: us, Recipient: analytics, Categories: []*policy.Category{usage},
			Safeguard: policy.SafeguardStandardClauses, Laws: []policy.Law{policy.GDPR}, Note: copyNote},
		{Origin: gb, Destination: us, Recipient: analytics, Categories: []*policy.Category{usage},
			Safeguard: policy.SafeguardUKTransferAgreement, Laws: []policy.Law{policy.UKGDPR}, Note: copyNoteUK},
		{Origin: eu, Destination: us, Recipient: helpdesk, Categories: []*policy.Category{account, support},
			Safeguard: policy.SafeguardStandardClauses, Laws: []policy.Law{policy.GDPR}, Note: copyNote},
		{Origin: gb, Destination: us, Recipient: helpdesk, Categories: []*policy.Category{account, support},
			Safeguard: policy.SafeguardUKTransferAgreement, Laws: []policy.Law{policy.UKGDPR}, Note: copyNoteUK},
	},
	Disclosures: []policy.Disclosure{
		{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://tallyboard.example/legal/transparency",
			Note: "We read every request to check that it is valid and narrow it where it asks for more than the law allows."},
		{Kind: policy.DisclosureBusinessTransfer, Notice: true, SamePromises: true},
	},
	Deletion: []policy.Deletion{
		{
			From:       policy.EventTrashed,
			Categories: []*policy.Category{content},
			Stages: []policy.Stage{
				{Removal: policy.RemovalTrash, Within: policy.Days(30)},
				{Removal: policy.RemovalLive, Within: policy.Days(30)},
				{Removal: policy.RemovalBackups, Within: policy.Days(35)},
			},
			LegalHold: true,
		},
		{
			From:       policy.EventDeletionRequest,
			Categories: []*policy.Category{account, content, usage, support},
			Stages: []policy.Stage{
				{Removal: policy.RemovalLive, Within: policy.Days(30)},
				{Removal: policy.RemovalBackups, Within: policy.Days(35)},
			},
			LegalHold: true,
		},
		{
			From:       policy.EventCancellation,
			Categories: []*policy.Category{content},
			Stages: []policy.Stage{
				{Removal: policy.RemovalLive, Within: policy.Days(30)},
				{Removal: policy.RemovalBackups, Within: policy.Days(35)},
			},
			LegalHold: true,
			Note:      "You can export your workspace until its data is removed from live systems.",
		},
	},
	Cookies: []policy.Cookie{
		{ID: "session", Name: "tb_session", Party: policy.PartyFirst, Purpose: provide,
			Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
		{ID: "remember", Name: "tb_remember", Party: policy.PartyFirst, Purpose: provide,
			Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Days(30)), StrictlyNecessary: true,
			Note: "Set only when you choose “Keep me signed in”."},
		{ID: "csrf", Name: "tb_csrf", Party: policy.PartyFirst, Purpose: secure,
			Categories: []*policy.Category{security}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
		{ID: "consent", Name: "tb_consent", Party: policy.PartyFirst, Purpose: provide,
			Lifetime: policy.Expires(policy.Months(6)), StrictlyNecessary: true,
			Note: "Remembers your cookie choices."},
		{ID: "drafts", Name: "tb_drafts", Technology: policy.TechnologyLocalStorage, Party: policy.PartyFirst, Purpose: provide,
			Categories: []*policy.Category{content}, Lifetime: policy.UntilCleared(), StrictlyNecessary: true,
			Note: "Keeps unsaved comments if you lose your connection."},
		{ID: "fraud", Name: "__ps_mid", Party: policy.PartyThird, Provider: payments, Purpose: secure,
			Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true,
			Note: "Set on the checkout page only, to detect fraudulent payments."},
		{ID: "analytics", Name: "_pa_*", Party: policy.PartyThird, Provider: analytics, Purpose: measure,
			Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Months(13))},
	},
	Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
	Rights: []policy.Right{
		{Kind: policy.RightAccess, How: "with the data export in your account settings, or by request"},
		{Kind: policy.RightRectification, How: "in your profile settings"},
		{Kind: policy.RightErasure, How: "by deleting your account in the settings, or by request"},
		{Kind: policy.RightRestriction},
		{Kind: policy.RightPortability, How: "with the data export in your account settings"},
		{Kind: policy.RightObjection},
		{Kind: policy.RightWithdrawConsent, How: "in the cookie settings or with the unsubscribe link"},
		{Kind: policy.RightOptOutOfSale, How: "we do not sell or share personal information, so there is nothing to opt out of; we treat a Global Privacy Control signal as an opt-out all the same"},
		{Kind: policy.RightNonDiscrimination},
		{Kind: policy.RightComplaint},
	},
	Requests: policy.Requests{
		Verification:       []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail},
		VerificationDetail: "If you cannot sign in, we ask you to confirm two details of your account, such as your workspace name and the date of your last invoice.",
		Agents:             policy.AnswerYes,
		Deadline:           policy.Months(1),
		Extension:          policy.Months(2),
		WithoutAccount:     "by writing to privacy@tallyboard.example; if your data is in a workspace of one of our customers, we pass your request to that customer",
	},
	Redress: []policy.Redress{
		{Kind: policy.RedressDisputeResolution, Region: us,
			Contact: policy.Contact{Name: "JAMS Data Privacy Framework Dispute Resolution", Website: "https://www.jamsadr.com"}},
		{Kind: policy.RedressRegulator, Region: us,
			Contact: policy.Contact{Name: "US Federal Trade Commission", Website: "https://www.ftc.gov"}},
	},
	NoAutomatedDecisions: true,
	CCPA: policy.CCPANotice{
		Sold:           policy.AnswerNo,
		Shared:         policy.AnswerNo,
		OnlineOnly:     true,
		RequestMethods: []string{"by e-mail to privacy@tallyboard.example", "with the request form at https://tallyboard.example/privacy/request"},
		SensitiveUse:   policy.AnswerNo,
	},
	Security: []policy.Measure{
		{Kind: policy.MeasureEncryptionInTransit, Description: "All connections use TLS 1.2 or later."},
		{Kind: policy.MeasureEncryptionAtRest, Description: "Databases and file storage are encrypted with AES-256."},
		{Kind: policy.MeasureEncryptedBackups, Description: "Backups are encrypted and kept in a separate region."},
		{Kind: policy.MeasureFieldEncryption, Description: "Passwords are stored only as salted hashes; API tokens are encrypted one by one."},
		{Kind: policy.MeasureLeastPrivilege, Description: "Staff access customer data only to answer a support request you opened or to keep the service running, and every access is logged."},
		{Kind: policy.MeasureAudits, Description: "Independent penetration tests every year."},
		{Kind: policy.MeasureCertification, Description: "SOC 2 Type II and ISO/IEC 27001."},
		{Kind: policy.MeasureBreachNotification, Description: "We tell affected customers and the supervisory authority of a personal data breach as the law requires, under the GDPR within 72 hours of becoming aware of it."},
	},
	SafetyTips: []policy.SafetyTip{policy.SafetyTipTwoStep, policy.SafetyTipNeverAsked},
	Links: policy.Links{
		Subprocessors:  "https://tallyboard.example/legal/subprocessors",
		Security:       "https://tallyboard.example/security",
		CookieSettings: "https://tallyboard.example/cookies",
		RequestForm:    "https://tallyboard.example/privacy/request",
	},
	Children: policy.Children{
		MinimumAge: 16,
		Note:       "Tallyboard is a tool for work and study and is not meant for children; if we learn that a child under 16 has an account, we delete it.",
	},
	Changes: policy.Changes{
		Notify:       []policy.Channel{policy.ChannelEmail, policy.ChannelInService},
		AllChannels:  true,
		MaterialOnly: true,
		Notice:       policy.Days(30),
		HistoryURL:   "https://tallyboard.example/legal/privacy/history",
	},
}
