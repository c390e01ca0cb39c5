package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// encryptedMail paraphrases, in our own words and as we recall it, the
// privacy policy of a Swiss encrypted email provider in the manner of
// Proton Mail, as published in 2024: a company in Geneva that holds as
// little as its services allow, encrypts mailboxes so that it cannot read
// them, logs no IP addresses unless abuse or a Swiss order requires it,
// answers only orders of Swiss authorities, and declares the FADP and,
// for its users in the EU, the GDPR.
func encryptedMail() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"user name and Proton address", "display name", "recovery email address or phone number, if you add one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	content := &policy.Category{ID: "content", Name: "Mailbox content", Items: []string{"message bodies and attachments", "contacts", "calendar events"},
		Description: "Messages between Proton users are encrypted end to end; messages from other providers are encrypted with your key as soon as they arrive, so that we cannot read them.",
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	metadata := &policy.Category{ID: "metadata", Name: "Message metadata", Items: []string{"sender and recipient addresses", "the time messages are sent and received", "message size"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	logs := &policy.Category{ID: "logs", Name: "Authentication logs", Items: []string{"IP address used to sign in", "time of sign-in", "app and browser used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep authentication logs turned on, or as long as an abuse investigation or a Swiss order requires")}
	verification := &policy.Category{ID: "verification", Name: "Human verification data", Items: []string{"a cryptographic hash of the email address or phone number used to verify sign-up"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	payments := &policy.Category{ID: "payments", Name: "Payment information", Items: []string{"plan and payment history", "billing name and country", "payment method, without full card numbers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors", Linked: true,
		Retention: policy.AsRequiredBy("the Swiss Code of Obligations (Art. 958f)")}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"what you write to our support team", "the email address you answer from"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved), Linked: true}
	diagnostics := &policy.Category{ID: "diagnostics", Name: "Crash reports and usage statistics", Items: []string{"crash reports", "app version and device model", "anonymised counts of features used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(90), policy.EventCollection)}

	processors := &policy.Recipient{ID: "payments", Name: "payment processors", Role: policy.RoleProcessor, Categories: []*policy.Category{payments}, Country: regionUS,
		Purpose: "to take card and PayPal payments; you may also pay in Bitcoin or cash"}
	authorities := &policy.Recipient{ID: "authorities", Name: "Swiss authorities", Role: policy.RoleAuthority, Categories: []*policy.Category{account, metadata, logs, payments},
		Country: regionCH, Conditional: true, Purpose: "a legally binding order of a Swiss court or authority requires it"}

	service := &policy.Purpose{ID: "service", Name: "Providing your encrypted mailbox and the other Proton services", Categories: []*policy.Category{account, content, metadata},
		Bases: []policy.Basis{policy.BasisContract}, Required: "an account needs only a user name and a password, which we never learn; a recovery address is up to you"}
	abuse := &policy.Purpose{ID: "abuse", Name: "Preventing spam, fraud and abuse of the services", Categories: []*policy.Category{verification, logs, metadata, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping the service usable and its mail deliverable by stopping spam and account abuse",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerNo, Contest: "by writing to our abuse team"}}
	security := &policy.Purpose{ID: "security", Name: "Showing you the sign-ins to your account", Categories: []*policy.Category{logs},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off authentication logs in the security settings"}
	billing := &policy.Purpose{ID: "billing", Name: "Billing paid plans", Categories: []*policy.Category{account, payments},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{processors},
		Required: "a paid plan needs a payment method; the free plan needs none"}
	helping := &policy.Purpose{ID: "support", Name: "Answering support requests", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisContract}, Required: "we need an email address to answer you"}
	improve := &policy.Purpose{ID: "improve", Name: "Fixing bugs and improving the apps", Categories: []*policy.Category{diagnostics},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "finding and fixing faults in our apps", OptOut: true}
	news := &policy.Purpose{ID: "news", Name: "Sending product news and offers", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling our users about features and offers of our services", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Answering legally binding orders of Swiss authorities", Categories: []*policy.Category{account, metadata, logs, payments},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Federal Act on the Surveillance of Post and Telecommunications (SPTA)", Region: regionCH}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Proton AG", Email: "privacy@proton.example", Address: "Route de la Galaise 32, 1228 Plan-les-Ouates, Geneva, Switzerland"},
			Country: regionCH},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@proton.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		Laws:        []policy.Law{policy.FADP, policy.GDPR},
		Principles:  []policy.Principle{policy.PrincipleMinimisation},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoThirdPartyAds},
		Categories:  []*policy.Category{account, content, metadata, logs, verification, payments, support, diagnostics},
		Storage:     []policy.Storage{{Location: regionCH}},
		NotCollected: []policy.Exclusion{
			{ID: "content.plaintext", Name: "the content of your encrypted messages in readable form", Category: content, Note: "Only you hold the keys that decrypt it."},
			{ID: "password", Name: "your password", Category: account, Note: "Signing in uses a protocol that proves you know it without sending it to us."},
			{ID: "ip", Name: "the IP addresses you use, unless you turn on authentication logs or we investigate abuse of your account", Category: logs},
		},
		Purposes:   []*policy.Purpose{service, abuse, security, billing, helping, improve, news, legal},
		Recipients: []*policy.Recipient{processors, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: processors, Categories: []*policy.Category{payments}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses at privacy@proton.example."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://proton.example/legal/transparency", Jurisdictions: []language.Region{regionCH}},
			{Kind: policy.DisclosureBusinessTransfer, Notice: true},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventAccountClosure, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(1)}, {Removal: policy.RemovalBackups, Within: policy.Days(30)}}},
			{From: policy.EventLastActivity, Categories: []*policy.Category{account, content, metadata}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Years(1)}},
				Note: "This applies to free accounts only; a paid account is kept while its subscription runs."},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and authentication cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
		},
		Rights: append(gdprRights("in your account settings or by writing to privacy@proton.example"),
			policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{
			{Kind: policy.MeasureEndToEndEncryption}, {Kind: policy.MeasureEncryptionAtRest, Description: "Messages from other providers are stored with zero-access encryption."},
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureAudits, Description: "Our apps are independently audited."}, {Kind: policy.MeasureOpenSource},
		},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@proton.example"},
	}
	return realPolicy{"encrypted email provider (Proton Mail)", p, []statement{
		{says: "Proton AG in Geneva is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionCH && p.Controller.Name != "" }},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we follow the Swiss FADP and, where it applies, the GDPR", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && p.Subject(policy.GDPR) }},
		{says: "we collect as little data as the services need", typed: func(p *policy.Policy) bool { return slices.Contains(p.Principles, policy.PrincipleMinimisation) }},
		{says: "an account needs only a user name and a password; a recovery email or phone number is optional", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we never learn your password, thanks to the sign-in protocol we use", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Category == p.Category("account") }},
		{says: "messages between Proton users are encrypted end to end", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEndToEndEncryption) }},
		{says: "messages from other providers are encrypted with zero-access encryption on arrival, so we cannot read them", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("content") && hasMeasure(p, policy.MeasureEncryptionAtRest)
		}},
		{says: "sender and recipient addresses and times are not end-to-end encrypted, as email delivery needs them", typed: func(p *policy.Policy) bool { return p.Category("metadata") != nil }},
		{says: "we do not log IP addresses by default", typed: func(p *policy.Policy) bool { return p.NotCollected[2].Category == p.Category("logs") }},
		{says: "you can turn on authentication logs to see the sign-ins to your account, and turn them off again", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").RestsOnConsent() && p.Purpose("security").Withdraw != ""
		}},
		{says: "to prevent spam we may ask you to verify by email or SMS and keep only a hash of the address or number", typed: func(p *policy.Policy) bool {
			return p.Category("verification") != nil && p.Purpose("abuse").Interest != ""
		}},
		{says: "accounts that send spam or break our terms may be suspended", typed: func(p *policy.Policy) bool { return !p.Purpose("abuse").Suspension.IsZero() }},
		{says: "payment processors handle card and PayPal payments; we keep no full card numbers", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleProcessor && p.Category("payments").SourceDetail != ""
		}},
		{says: "you may also pay in Bitcoin or cash, to keep payments anonymous", typed: func(p *policy.Policy) bool { return recipient(p, "payments").Purpose != "" }},
		{says: "we keep billing records as long as Swiss law requires", typed: func(p *policy.Policy) bool { return p.Category("payments").Retention.Law != "" }},
		{says: "we answer support requests with what you tell us", typed: func(p *policy.Policy) bool { return p.Purpose("support").HasBasis(policy.BasisContract) }},
		{says: "the apps send crash reports and anonymous usage statistics, which you can turn off in the settings", typed: func(p *policy.Policy) bool { return p.Purpose("improve").OptOut }},
		{says: "we send product news and offers, which you can unsubscribe from", typed: func(p *policy.Policy) bool { return p.Purpose("news").OptOut }},
		{says: "we do not sell data and show no advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && slices.Contains(p.Commitments, policy.CommitmentNoThirdPartyAds)
		}},
		{says: "our websites use no third-party trackers, only the cookies needed to sign in", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 1 && p.Cookies[0].StrictlyNecessary
		}},
		{says: "our servers are in Switzerland", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionCH }},
		{says: "payment processors in the US receive payment data under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "we disclose data only on a legally binding order of a Swiss court or authority", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Country == regionCH && p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.FADP)
		}},
		{says: "foreign authorities must go through Swiss international legal assistance, and a Swiss authority then decides", typed: func(p *policy.Policy) bool {
			return slices.Equal(hasDisclosure(p, policy.DisclosureLegalProcess).Jurisdictions, []language.Region{regionCH})
		}},
		{says: "a Swiss order can oblige us to record the IP address of a particular account from then on; we cannot hand over the content of encrypted messages", free: toPurpose("legal")},
		{says: "we tell the user of a legal request unless the law forbids it, and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d.Notice && d.ReportURL != ""
		}},
		{says: "if Proton is merged or sold, we tell you before your data passes to the new owner", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer).Notice }},
		{says: "you may access, correct, delete and port your data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the FDPIC or to your data protection authority in the EU", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we take no automated decisions with legal effects on you", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we answer requests within 30 days", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Days(30) }},
		{says: "we keep your data while your account is open; when you delete it, the data is deleted from our servers within a day and from backups within 30 days", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventAccountClosure && len(p.Deletion[0].Stages) == 2
		}},
		{says: "free accounts left unused for more than a year may be deleted", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventLastActivity && p.Deletion[1].Note != ""
		}},
		{says: "our apps are open source and independently audited", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAudits) && hasMeasure(p, policy.MeasureOpenSource)
		}},
		{says: "the services are not for children under 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "we announce material changes by email or in the apps", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
	}}
}

// swissTelecom paraphrases, in our own words and as we recall it, the
// privacy statement of a Swiss telecommunications operator in the manner
// of Swisscom, as published in 2024 after the revised FADP took effect:
// one statement under the FADP alone, telecommunications secrecy under the
// Telecommunications Act, the identification of mobile customers and the
// six months for which secondary telecommunications data is kept for
// surveillance under the SPTA, credit checks before a subscription,
// marketing from usage data that customers can object to, data centres in
// Switzerland, and roaming abroad.
func swissTelecom() realPolicy {
	secrecy := policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{{Act: "Telecommunications Act (TCA), Art. 43", Region: regionCH}}}
	tenYears := policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
		Criteria: "the ten years the Swiss Code of Obligations requires business records to be kept (Art. 958f)"}
	customer := &policy.Category{ID: "customer", Name: "Customer data", Items: []string{"name and address", "date of birth", "phone number and email address", "customer number", "language"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: tenYears, Linked: true}
	identity := &policy.Category{ID: "identity", Name: "Identification of mobile customers", Items: []string{"type and number of the identity document", "a copy of the identity document", "nationality"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventContractEnd, Criteria: "the period the SPTA sets for identification data"}}
	contract := &policy.Category{ID: "contract", Name: "Contract and billing data", Items: []string{"subscriptions and options", "devices bought or rented", "invoices and payments", "reminders and debt collection"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: tenYears, Linked: true}
	credit := &policy.Category{ID: "credit", Name: "Creditworthiness", Items: []string{"result of a credit check", "payment history with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "credit agencies",
		DerivedFrom: []*policy.Category{contract}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true}
	traffic := &policy.Category{ID: "traffic", Name: "Secondary telecommunications data", Items: []string{"numbers called and calling", "date, time and duration of calls and sessions", "the mobile cell used", "IP addresses assigned", "data volumes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: secrecy,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Criteria: "the six months for which the SPTA requires us to keep it for surveillance ordered by the prosecuting authorities"}}
	content := &policy.Category{ID: "content", Name: "Content of communications", Items: []string{"voicemail messages", "SMS and MMS waiting for delivery"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true, Secrecy: secrecy,
		Retention: policy.Until(policy.EventPurposeAchieved), Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	tv := &policy.Category{ID: "tv", Name: "TV usage", Items: []string{"channels and programmes watched", "recordings and replay"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(12), policy.EventCollection), Linked: true}
	interactions := &policy.Category{ID: "interactions", Name: "Contacts with customer service", Items: []string{"calls, chats and emails with us", "recordings of calls, if you agree"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true}
	online := &policy.Category{ID: "online", Name: "Website and app usage", Items: []string{"IP address", "device and browser", "pages viewed and actions", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(13), policy.EventCollection), Tracking: true}
	directory := &policy.Category{ID: "directory", Name: "Directory entry", Items: []string{"name", "address", "phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityOptional, Retention: policy.Until(policy.EventContractEnd), Linked: true}

	group := &policy.Recipient{ID: "group", Name: "companies of the Swisscom group", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, contract, interactions}, Country: regionCH}
	vendors := &policy.Recipient{ID: "vendors", Name: "IT, call-centre and logistics providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, contract, interactions, online}}
	carriers := &policy.Recipient{ID: "carriers", Name: "other telecommunications providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{traffic},
		Purpose: "to connect calls to their networks, bill them among providers and serve you when you roam"}
	agencies := &policy.Recipient{ID: "agencies", Name: "credit agencies and debt collectors", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, credit, contract}, Country: regionCH,
		Purpose: "to check creditworthiness before a subscription and collect unpaid invoices"}
	surveillance := &policy.Recipient{ID: "surveillance", Name: "the Post and Telecommunications Surveillance Service", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, identity, traffic, content}, Country: regionCH, Conditional: true,
		Purpose: "a prosecuting authority orders surveillance or information under the SPTA"}
	directories := &policy.Recipient{ID: "directories", Name: "directory publishers", Role: policy.RoleThirdParty, Categories: []*policy.Category{directory}, Country: regionCH}
	ads := &policy.Recipient{ID: "ads", Name: "analytics and advertising providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{online}, Country: regionUS}

	services := &policy.Purpose{ID: "services", Name: "Providing telecommunications, internet and TV services", Categories: []*policy.Category{customer, contract, traffic, content, tv},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, vendors, carriers},
		Required: "without your name, address and date of birth we cannot conclude a subscription"}
	billing := &policy.Purpose{ID: "billing", Name: "Billing and collecting payments", Categories: []*policy.Category{customer, contract, traffic},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agencies, vendors}}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Checking creditworthiness before a subscription", Categories: []*policy.Category{customer, contract, credit},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "avoiding losses from unpaid invoices", Recipients: []*policy.Recipient{agencies},
		Automated: "our system decides from the credit check whether we offer a subscription or ask for a deposit"}
	care := &policy.Purpose{ID: "care", Name: "Answering customer service requests", Categories: []*policy.Category{customer, contract, interactions},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors}}
	network := &policy.Purpose{ID: "network", Name: "Operating, securing and planning our network", Categories: []*policy.Category{traffic},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping the network secure, stable and sized for its use, and stopping fraud and misuse"}
	surveil := &policy.Purpose{ID: "surveillance", Name: "Identifying mobile customers and keeping data for surveillance ordered by the authorities", Categories: []*policy.Category{identity, traffic, customer},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{surveillance},
		Obligations: []policy.Obligation{{Act: "Federal Act on the Surveillance of Post and Telecommunications (SPTA), Art. 21 and 26", Region: regionCH}}}
	records := &policy.Purpose{ID: "records", Name: "Keeping business records", Categories: []*policy.Category{customer, contract},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Swiss Code of Obligations, Art. 958f", Region: regionCH}}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you products that suit how you use our services", Categories: []*policy.Category{customer, contract, tv, traffic},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "proposing offers that fit your use", Profiling: true, OptOut: true}
	listing := &policy.Purpose{ID: "directory", Name: "Publishing your directory entry", Categories: []*policy.Category{directory},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in My Swisscom", Recipients: []*policy.Recipient{directories}}
	web := &policy.Purpose{ID: "web", Name: "Measuring our websites and advertising online", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{ads}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Swisscom (Switzerland) Ltd", Email: "datenschutz@swisscom.example", Address: "Alte Tiefenaustrasse 6, 3048 Worblaufen, Switzerland"},
			Country: regionCH},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		Laws:       []policy.Law{policy.FADP},
		Categories: []*policy.Category{customer, identity, contract, credit, traffic, content, tv, interactions, online, directory},
		Storage:    []policy.Storage{{Location: regionCH}},
		Purposes:   []*policy.Purpose{services, billing, creditCheck, care, network, surveil, records, marketing, listing, web},
		Recipients: []*policy.Recipient{group, vendors, carriers, agencies, surveillance, directories, ads},
		Transfers: []policy.Transfer{
			{Destination: regionEU, Recipient: vendors, Categories: []*policy.Category{customer, contract, interactions, online}, Safeguard: policy.SafeguardAdequacy},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: carriers, Categories: []*policy.Category{traffic}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationAddressee, Recipient: carriers, Categories: []*policy.Category{traffic}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: ads, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Jurisdictions: []language.Region{regionCH}}, {Kind: policy.DisclosureAggregate}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "login and shopping cart cookies", Party: policy.PartyFirst, Purpose: services, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: ads, Purpose: web, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in My Swisscom or by writing to us"}, {Kind: policy.RightRectification, How: "in My Swisscom"}, {Kind: policy.RightErasure},
			{Kind: policy.RightObjection, How: "in the data protection settings of My Swisscom"}, {Kind: policy.RightPortability}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking us to have an employee review the decision, and telling us your view"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(30), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Our information security management is certified to ISO/IEC 27001."}},
		Links:    policy.Links{CookieSettings: "https://www.swisscom.example/cookies"},
		Children: policy.Children{MinimumAge: 18, Note: "Minors may use a subscription that a parent concludes for them."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}},
		Contact:  policy.Contact{Email: "datenschutz@swisscom.example"},
	}
	return realPolicy{"telecom operator (Swisscom)", p, []statement{
		{says: "Swisscom (Switzerland) Ltd in Worblaufen is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionCH }},
		{says: "we process data under the Swiss FADP", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && len(p.Laws) == 1 }},
		{says: "we record your name, address, date of birth and contact details", typed: func(p *policy.Policy) bool { return p.Category("customer") != nil }},
		{says: "we need them to conclude a subscription", typed: func(p *policy.Policy) bool { return p.Purpose("services").Required != "" }},
		{says: "the law requires us to identify mobile customers by an identity document and keep a copy", typed: func(p *policy.Policy) bool {
			return p.Purpose("surveillance").RestsOn(policy.BasisLegalObligation, policy.FADP) && slices.Contains(p.Purpose("surveillance").Categories, p.Category("identity"))
		}},
		{says: "we record subscriptions, devices, invoices and payments", typed: func(p *policy.Policy) bool { return p.Category("contract") != nil }},
		{says: "our network records who communicates with whom, when, for how long and from which cell", typed: func(p *policy.Policy) bool { return p.Category("traffic") != nil }},
		{says: "the content and circumstances of your communications are protected by telecommunications secrecy", typed: func(p *policy.Policy) bool {
			return p.Category("traffic").Secrecy.Kind == policy.SecrecyCommunications && len(p.Category("traffic").Secrecy.Laws) == 1
		}},
		{says: "we do not use the content of your communications for marketing", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("content").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we store content such as voicemail only as long as needed to deliver it", typed: func(p *policy.Policy) bool {
			return p.Category("content").Retention.From == policy.EventPurposeAchieved
		}},
		{says: "we keep secondary telecommunications data for six months, as the SPTA requires for surveillance", typed: func(p *policy.Policy) bool {
			return p.Category("traffic").Retention.Period == policy.Months(6) && len(p.Purpose("surveillance").Obligations) == 1
		}},
		{says: "we hand data to the Post and Telecommunications Surveillance Service when a prosecuting authority orders surveillance", typed: func(p *policy.Policy) bool {
			return recipient(p, "surveillance").Role == policy.RoleAuthority && recipient(p, "surveillance").Conditional
		}},
		{says: "we answer only Swiss authorities; a foreign authority must ask Switzerland for legal assistance", typed: func(p *policy.Policy) bool {
			return slices.Equal(hasDisclosure(p, policy.DisclosureLegalProcess).Jurisdictions, []language.Region{regionCH})
		}},
		{says: "we bill and collect payments, with the help of debt collectors", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("billing").Recipients, recipient(p, "agencies"))
		}},
		{says: "before a subscription we check creditworthiness with credit agencies", typed: func(p *policy.Policy) bool { return p.Category("credit").SourceDetail != "" }},
		{says: "the credit check decides automatically whether we offer a subscription, and you may ask for an employee to review it", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we keep contract and billing records for ten years after the contract ends, as the Code of Obligations requires", typed: func(p *policy.Policy) bool {
			return p.Category("contract").Retention.Period == policy.Years(10) && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.FADP)
		}},
		{says: "we use traffic data to run, secure and plan the network and to detect fraud", typed: func(p *policy.Policy) bool { return p.Purpose("network").Interest != "" }},
		{says: "we record what you watch on TV to provide replay and recordings", typed: func(p *policy.Policy) bool { return p.Purpose("services").Uses(p.Category("tv")) }},
		{says: "we may record customer service calls, with your agreement, for quality and training", typed: func(p *policy.Policy) bool { return p.Category("interactions") != nil }},
		{says: "we use your usage of our services to propose offers that fit you, which you can object to in My Swisscom", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").Profiling && p.Purpose("marketing").OptOut && hasRight(p, policy.RightObjection)
		}},
		{says: "your entry in public directories is published only if you choose it", typed: func(p *policy.Policy) bool {
			return p.Category("directory").Visibility == policy.VisibilityOptional && p.Purpose("directory").RestsOnConsent()
		}},
		{says: "analytics and advertising cookies are set only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "group companies and our IT, call-centre and logistics providers process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "vendors").Role == policy.RoleProcessor
		}},
		{says: "other telecommunications providers receive traffic data to connect and bill calls", typed: func(p *policy.Policy) bool { return recipient(p, "carriers").Purpose != "" }},
		{says: "we store your data in our data centres in Switzerland", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionCH }},
		{says: "some providers process data in the EU, which the Federal Council lists as adequate", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionEU && p.Transfers[0].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "when you roam abroad or call abroad, foreign operators receive the data needed to connect you", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[2].ChosenDestination == policy.ChosenDestinationAddressee
		}},
		{says: "advertising providers in the US are certified under the Swiss-U.S. Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[3].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we publish only anonymised, aggregated statistics on the movement of crowds drawn from our network", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "you may see, correct and delete your data, have it issued to you, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may turn to the FDPIC", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we answer requests within 30 days and may ask for an identity document", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "we protect data with encryption and access controls, under ISO/IEC 27001", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "subscriptions are for adults; minors use one their parents conclude", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 && p.Children.Note != "" }},
		{says: "we publish changes to this statement on our website", typed: func(p *policy.Policy) bool { return len(p.Changes.Notify) == 1 }},
		// Free text.

		{says: "data from the network is also used to detect and block spam calls and fraudulent SMS", free: toPurpose("network")},
	}}
}
