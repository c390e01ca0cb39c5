package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// chatAssistant paraphrases, in our own words and as we recall it, the
// consumer privacy policy of an AI chat assistant in the manner of
// OpenAI's ChatGPT, as published in 2024 for users in the EEA, the UK and
// the US: a US company whose Irish subsidiary is the controller for users
// in Europe, which uses what users type and upload to train its models
// unless they turn that off, and which declares the GDPR, the UK GDPR and
// the CCPA.
func chatAssistant() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "phone number", "date of birth", "account credentials"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the account is open and then as long as needed to resolve disputes, keep the services safe and meet legal obligations"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"billing address", "payment card details", "transaction history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processor",
		Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	content := &policy.Category{ID: "content", Name: "User content", Items: []string{"prompts and other text you enter", "files and images you upload", "voice input", "feedback on answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensoryData}}
	answers := &policy.Category{ID: "answers", Name: "Answers the models generate", Items: []string{"text, images and audio the models generate in your conversations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{content}, Linked: true, ModelGenerated: true,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords}}
	temporary := &policy.Category{ID: "temporary", Name: "Temporary chats", Items: []string{"prompts, files and answers of chats you start as temporary"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Days(30), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords}}
	communications := &policy.Category{ID: "communications", Name: "Communication information", Items: []string{"your name and contact details", "the content of messages you send us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventPurposeAchieved),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	technical := &policy.Category{ID: "technical", Name: "Log, usage and device information", Items: []string{"IP address", "browser type and settings", "date and time of requests", "features used and actions taken", "time zone and country", "device name, operating system and identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run, secure and improve the services"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAIdentifiers}}
	location := &policy.Category{ID: "location", Name: "Location information", Items: []string{"general location derived from the IP address", "precise location, where you allow it on your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{technical},
		Retention: policy.ByCriteria("as long as needed to run and secure the services"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation}}
	partners := &policy.Category{ID: "partners", Name: "Information from security and marketing partners", Items: []string{"signals of fraud and abuse", "information about events and marketing responses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "security partners that help protect against fraud and abuse, and marketing vendors",
		Retention: policy.ByCriteria("as long as needed to keep the services safe and to market them"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	public := &policy.Category{ID: "public", Name: "Publicly available information used to develop models", Items: []string{"personal information that appears in publicly available content on the internet"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic}, SourceDetail: "publicly accessible websites",
		Retention: policy.ByCriteria("as long as it is part of a data set used to develop our models")}

	vendors := &policy.Recipient{ID: "vendors", Name: "vendors and service providers for hosting, cloud services, customer support, web analytics, email and payments", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, payment, content, communications, technical}, Country: regionUS}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "our affiliates", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, content, technical}, Country: regionUS, Purpose: "to help us provide, secure and improve the services"}
	gpts := &policy.Recipient{ID: "gpts", Name: "builders of custom assistants and third-party services you use through them", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{content}, Conditional: true, Purpose: "you use a custom assistant that calls a third-party service, which then receives the parts of your conversation it needs, under its own terms"}
	admins := &policy.Recipient{ID: "admins", Name: "the administrator of a business account you use", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, content}, Conditional: true, Purpose: "you use an account your organisation gives you, which its administrator manages"}

	service := &policy.Purpose{ID: "service", Name: "Providing, maintaining and supporting the services", Categories: []*policy.Category{account, payment, content, answers, temporary, communications, technical, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors, affiliates, gpts, admins},
		Required: "an account needs a name, an email address and a date of birth; without them we cannot provide the services"}
	training := &policy.Purpose{ID: "training", Name: "Improving the services and training the models that power them", Categories: []*policy.Category{content, technical, public},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "developing, improving and keeping safe models that are useful to our users and to society",
		OptOut: true, Recipients: []*policy.Recipient{affiliates}}
	research := &policy.Purpose{ID: "research", Name: "Analysing how the services are used and doing research", Categories: []*policy.Category{technical, location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how people use the services so that we can improve them", Profiling: true}
	safety := &policy.Purpose{ID: "safety", Name: "Preventing fraud, abuse and illegal activity and keeping the services secure", Categories: []*policy.Category{account, content, technical, location, partners},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our users, the public and the services from fraud, abuse and security threats",
		Recipients: []*policy.Recipient{vendors}}
	news := &policy.Purpose{ID: "news", Name: "Sending news about our services and events", Categories: []*policy.Category{account, partners},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{account, payment, communications},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Union and member-state tax and accounting law", Region: regionEU}, {Act: "UK tax and accounting law", Region: regionGB}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "OpenAI OpCo, LLC", Email: "privacy@openai.example", Address: "San Francisco, California, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: regionIE, Contact: policy.Contact{Name: "OpenAI Ireland Limited", Address: "Dublin, Ireland", Email: "privacy@openai.example"}, ControllerFor: regionEU},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "privacy@openai.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.November, 4), Updated: policy.MakeDate(2024, time.November, 4),
		Laws:  []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Scope: []string{"ChatGPT and our other services for individuals, on the web and in our apps"},
		CustomerData: policy.CustomerData{Customers: "the businesses that use them", Data: "the content submitted through our API and our business offerings",
			TermsURL: "https://openai.example/policies/data-processing-addendum", ContractPrevails: true, ForwardsRequests: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing, policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{account, payment, content, answers, temporary, communications, technical, location, partners, public},
		Purposes:    []*policy.Purpose{service, training, research, safety, news, legal},
		Recipients:  []*policy.Recipient{vendors, affiliates, gpts, admins},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, payment, content, communications, technical}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses at privacy@openai.example."},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, payment, content, communications, technical}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask us for a copy at privacy@openai.example."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{content, answers}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				LegalHold: true},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, content}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				LegalHold: true},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "sign-in cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: research, Categories: []*policy.Category{technical},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in the privacy portal, in the app's data controls, or by writing to privacy@openai.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo,
			RequestMethods: []string{"the privacy portal", "email to privacy@openai.example"}, OnlineOnly: true, SensitiveUse: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureAccessControl, Description: "We use commercially reasonable technical, administrative and organisational measures; no transmission over the internet is entirely secure."},
		},
		Links:    policy.Links{RequestForm: "https://privacy.openai.example", CookieSettings: "https://openai.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 13, ConsentAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@openai.example"},
	}
	return realPolicy{"AI chat assistant (ChatGPT)", p, []statement{
		{says: "OpenAI Ireland is the controller for users in the EEA and Switzerland, OpenAI OpCo in San Francisco for everyone else", typed: func(p *policy.Policy) bool {
			return p.Establishments[0].ControllerFor == regionEU && p.Controller.Country == regionUS
		}},
		{says: "our data protection officer can be reached at the privacy address", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "the policy covers the consumer services, not content business customers submit through our API, which we process for them", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && p.CustomerData.Data != ""
		}},
		{says: "we collect account information: name, contact details, date of birth, credentials", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth")
		}},
		{says: "we collect payment information and transaction history", typed: func(p *policy.Policy) bool { return p.Category("payment") != nil }},
		{says: "we collect the prompts, files, images and voice input you give the services", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("content").CCPA, policy.CCPASensoryData)
		}},
		{says: "we collect what you tell us when you write to us", typed: func(p *policy.Policy) bool { return p.Category("communications") != nil }},
		{says: "we collect log, usage and device information automatically", typed: func(p *policy.Policy) bool { return p.Category("technical").Sources[0] == policy.SourceAutomatic }},
		{says: "we derive your general location from your IP address, and precise location only if you allow it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").DerivedFrom, p.Category("technical"))
		}},
		{says: "we receive information from security partners and marketing vendors", typed: func(p *policy.Policy) bool { return p.Category("partners").SourceDetail != "" }},
		{says: "we train our models on publicly available information from the internet, which may include personal information", typed: func(p *policy.Policy) bool {
			return p.Category("public").Sources[0] == policy.SourcePublic && slices.Contains(p.Purpose("training").Categories, p.Category("public"))
		}},
		{says: "we take steps to reduce the personal information in our training data and train models to refuse requests for private information", free: toPurpose("training")},
		{says: "we use data to provide, maintain and support the services under our terms", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we use your content to improve the services and train our models, on our legitimate interests, unless you turn this off in the data controls", typed: func(p *policy.Policy) bool {
			return p.Purpose("training").OptOut && p.Purpose("training").HasBasis(policy.BasisLegitimateInterests) && slices.Contains(p.Purpose("training").Categories, p.Category("content"))
		}},
		{says: "we analyse usage and do research", typed: func(p *policy.Policy) bool { return p.Purpose("research").Profiling }},
		{says: "we prevent fraud, abuse and illegal activity and keep the services secure", typed: func(p *policy.Policy) bool { return p.Purpose("safety").Interest != "" }},
		{says: "with consent we send news about services and events, which you can stop at any time", typed: func(p *policy.Policy) bool { return p.Purpose("news").RestsOnConsent() }},
		{says: "we process data to meet legal obligations", typed: func(p *policy.Policy) bool { return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) }},
		{says: "an account needs a name, an email address and a date of birth", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we may make information aggregated or de-identified, keep it so and not try to re-identify it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification) && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "vendors and service providers receive data to host, support, analyse, email and take payments", typed: func(p *policy.Policy) bool { return recipient(p, "vendors").Role == policy.RoleProcessor }},
		{says: "our affiliates receive data to help provide the services", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates") != nil }},
		{says: "a custom assistant that calls a third-party service sends it the parts of the conversation it needs", typed: func(p *policy.Policy) bool { return recipient(p, "gpts").Conditional }},
		{says: "the administrator of a business account can see and control your account and content", typed: func(p *policy.Policy) bool { return recipient(p, "admins").Conditional }},
		{says: "conversations you share by a link can be seen by those you give it to", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("content").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "we disclose data to authorities as the law requires, in a merger or sale, and to protect rights and safety", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "data goes from Europe to the US under the Commission's standard clauses and the UK Addendum, a copy of which we give on request", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Origin == regionGB && p.Transfers[0].Note != ""
		}},
		{says: "we keep data as long as needed to provide the services and for legitimate purposes such as disputes, safety and legal obligations", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Criteria != ""
		}},
		{says: "temporary chats stay out of your history and are deleted after 30 days", typed: func(p *policy.Policy) bool {
			return p.Category("temporary").Retention == policy.Keep(policy.Days(30), policy.EventCollection)
		}},
		{says: "chats you delete are removed from our systems within 30 days unless we must keep them for security or legal reasons", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventDeletionRequest && p.Deletion[0].LegalHold
		}},
		{says: "you may access, correct, delete and export your data, restrict and object to processing, withdraw consent and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "answers may be factually wrong about you; you can ask us to correct them, and where we cannot, to remove the personal data from the output", typed: func(p *policy.Policy) bool {
			return p.Category("answers").ModelGenerated && slices.Contains(p.Category("answers").DerivedFrom, p.Category("content"))
		}},
		{says: "Californians may know, delete and correct, and are not discriminated against; an agent may ask for them", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we do not sell personal information or share it for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo
		}},
		{says: "we use login credentials only as the CCPA allows, to provide and secure the services", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "requests go through the privacy portal or by email, and we verify them", typed: func(p *policy.Policy) bool { return p.Links.RequestForm != "" && len(p.Requests.Verification) == 2 }},
		{says: "we set cookies to sign you in and, with your consent, for analytics", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn
		}},
		{says: "we do not respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we take commercially reasonable measures, but no transmission over the internet is entirely secure", typed: func(p *policy.Policy) bool { return len(p.Security) == 1 }},
		{says: "the services are not for children under 13, and users under 18 need a parent's permission", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.ConsentAge == 18
		}},
		{says: "we post changes here and tell you of material ones as the law requires", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "no decision with legal or similar effects is based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
	}}
}

// translationService paraphrases, in our own words and as we recall it,
// the privacy policy of a German machine-translation service in the
// manner of DeepL, as published in 2024: a European company in Cologne,
// under the GDPR alone, whose free translator keeps the texts it is given
// for a while to train its neural networks, and whose Pro subscription
// deletes them once translated and never trains on them.
func translationService() realPolicy {
	logs := &policy.Category{ID: "logs", Name: "Server log data", Items: []string{"IP address", "date and time of access", "browser and operating system", "pages requested"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	freeTexts := &policy.Category{ID: "freetexts", Name: "Texts and documents translated with the free services", Items: []string{"texts you enter", "documents you upload", "translations and corrections you make"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.ByCriteria("the limited time needed to train and improve our translation models")}
	proTexts := &policy.Category{ID: "protexts", Name: "Texts and documents translated with the Pro services", Items: []string{"texts you enter", "documents you upload", "translations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Until(policy.EventPurposeAchieved), Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"name", "email address", "password", "language settings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	billing := &policy.Category{ID: "billing", Name: "Contract and billing data", Items: []string{"billing address", "company and VAT number", "payment method", "invoices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers",
		Linked: true, Retention: policy.AsRequiredBy("German commercial and tax law")}
	usage := &policy.Category{ID: "usage", Name: "App and usage statistics", Items: []string{"features used", "language pairs chosen", "crash reports", "app version and device type"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(14), policy.EventCollection)}
	newsletter := &policy.Category{ID: "newsletter", Name: "Newsletter data", Items: []string{"email address", "time of subscription and confirmation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventConsentWithdrawal)}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"your name and email address", "what you tell us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}

	hosting := &policy.Recipient{ID: "hosting", Name: "data centre operators in the EU", Role: policy.RoleProcessor,
		Categories: []*policy.Category{logs, freeTexts, proTexts, account, usage}, Country: regionEU}
	payments := &policy.Recipient{ID: "payments", Name: "payment service providers", Role: policy.RoleProcessor, Categories: []*policy.Category{billing, account}, Country: regionUS}
	tools := &policy.Recipient{ID: "tools", Name: "providers of email, support and analytics tools", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, support, newsletter, usage}, Country: regionUS}

	translate := &policy.Purpose{ID: "translate", Name: "Translating your texts and documents", Categories: []*policy.Category{freeTexts, proTexts, logs},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting},
		Required: "without the text we cannot translate it"}
	training := &policy.Purpose{ID: "training", Name: "Training and improving our translation models with texts from the free services", Categories: []*policy.Category{freeTexts},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "improving the quality of our translations", Recipients: []*policy.Recipient{hosting}}
	secure := &policy.Purpose{ID: "security", Name: "Running the website and services securely and preventing misuse", Categories: []*policy.Category{logs},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping our systems stable and secure and stopping misuse such as automated mass requests"}
	subscription := &policy.Purpose{ID: "subscription", Name: "Managing your account and Pro subscription", Categories: []*policy.Category{account, billing},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments, tools},
		Required: "a subscription needs your name, email address and payment details; without them we cannot conclude the contract"}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing the use of our website and apps", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings or the app's privacy settings", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{tools}}
	news := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter", Categories: []*policy.Category{newsletter},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every newsletter",
		ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentLogged: true, Recipients: []*policy.Recipient{tools}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your requests", Categories: []*policy.Category{support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "answering the questions people send us", Recipients: []*policy.Recipient{tools}}
	records := &policy.Purpose{ID: "records", Name: "Keeping commercial and tax records", Categories: []*policy.Category{billing},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "German Commercial Code, § 257, and Fiscal Code, § 147", Region: regionDE}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "DeepL SE", Email: "privacy@deepl.example", Address: "Maarweg 165, 50825 Cologne, Germany"}, Country: regionDE},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "dpo@deepl.example"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNoSensitiveInput},
		Laws:       []policy.Law{policy.GDPR},
		Scope:      []string{"our website, the web translator, the desktop and mobile apps, the browser extensions and the API"},
		Categories: []*policy.Category{logs, freeTexts, proTexts, account, billing, usage, newsletter, support},
		Storage:    []policy.Storage{{Location: regionEU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: billing, Note: "Our payment service providers keep them."},
		},
		Purposes:   []*policy.Purpose{translate, training, secure, subscription, analytics, news, helping, records},
		Recipients: []*policy.Recipient{hosting, payments, tools},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: payments, Categories: []*policy.Category{billing, account}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: tools, Categories: []*policy.Category{account, support, newsletter, usage}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses at privacy@deepl.example."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}, LegalHold: true},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: secure, Categories: []*policy.Category{logs}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Months(14)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("by writing to privacy@deepl.example"),
		NoAutomatedDecisions: true,
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureCertification, Description: "Our information security management is certified to ISO 27001."},
		},
		Links:   policy.Links{CookieSettings: "https://deepl.example/cookie-settings"},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "privacy@deepl.example"},
	}
	return realPolicy{"machine-translation service (DeepL)", p, []statement{
		{says: "DeepL SE in Cologne is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionDE && p.Controller.Name != "" }},
		{says: "we have appointed a data protection officer, whom you can write to", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "the policy covers the website, the translator, the apps, the extensions and the API", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "when you visit the website, the server logs your IP address, browser and the time, and deletes the logs after 30 days", typed: func(p *policy.Policy) bool {
			return p.Category("logs").Retention == policy.Keep(policy.Days(30), policy.EventCollection)
		}},
		{says: "we process server logs on our legitimate interest in a stable and secure service", typed: func(p *policy.Policy) bool { return p.Purpose("security").HasBasis(policy.BasisLegitimateInterests) }},
		{says: "we process the texts and documents you give us to translate them", typed: func(p *policy.Policy) bool { return p.Purpose("translate").HasBasis(policy.BasisContract) }},
		{says: "in the free services we keep texts, documents and translations for a limited time and use them to train and improve our models", typed: func(p *policy.Policy) bool {
			return p.Category("freetexts").Retention.Criteria != "" && slices.Contains(p.Purpose("training").Categories, p.Category("freetexts"))
		}},
		{says: "training on free texts rests on our legitimate interest in better translations", typed: func(p *policy.Policy) bool { return p.Purpose("training").Interest != "" }},
		{says: "do not enter personal or confidential data into the free translator", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipNoSensitiveInput) }},
		{says: "in the Pro services we delete texts and documents once translated and never use them to train our models", typed: func(p *policy.Policy) bool {
			return p.Category("protexts").Retention.From == policy.EventPurposeAchieved && slices.Contains(p.Category("protexts").Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "Pro texts are encrypted in transit", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionInTransit) }},
		{says: "we collect account data when you register", typed: func(p *policy.Policy) bool { return p.Category("account").Linked }},
		{says: "for a subscription we process contract and billing data; payment providers keep card numbers", typed: func(p *policy.Policy) bool {
			return p.Purpose("subscription").HasBasis(policy.BasisContract) && p.NotCollected[0].Category == p.Category("billing")
		}},
		{says: "we keep invoices and business records as long as commercial and tax law require, up to ten years", typed: func(p *policy.Policy) bool {
			return p.Category("billing").Retention.Law != "" && len(p.Purpose("records").Obligations) == 1
		}},
		{says: "a subscription needs name, email and payment details", typed: func(p *policy.Policy) bool { return p.Purpose("subscription").Required != "" }},
		{says: "the apps send usage statistics and crash reports if you agree", typed: func(p *policy.Policy) bool { return p.Purpose("analytics").RestsOnConsent() }},
		{says: "we send the newsletter only after you confirm your address, and you can unsubscribe at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").Withdraw != ""
		}},
		{says: "we confirm subscriptions by double opt-in and log the confirmation", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").ConsentMethod == policy.ConsentMethodDoubleOptIn && p.Purpose("newsletter").ConsentLogged
		}},
		{says: "we answer support requests and keep them for three years", typed: func(p *policy.Policy) bool {
			return p.Category("support").Retention == policy.Keep(policy.Years(3), policy.EventPurposeAchieved)
		}},
		{says: "necessary cookies keep the site running; others only with your consent, given in the cookie banner", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "our servers are in the EU", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionEU }},
		{says: "data centre operators process data for us", typed: func(p *policy.Policy) bool { return recipient(p, "hosting").Role == policy.RoleProcessor }},
		{says: "payment service providers process billing data", typed: func(p *policy.Policy) bool { return recipient(p, "payments") != nil }},
		{says: "we use providers for email, support and analytics", typed: func(p *policy.Policy) bool { return recipient(p, "tools") != nil }},
		{says: "some providers are in the US; we rely on the Data Privacy Framework or standard clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "we give data to authorities only where the law obliges us", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "we delete account data when you close your account, unless the law requires us to keep it", typed: func(p *policy.Policy) bool { return p.Deletion[0].LegalHold }},
		{says: "you have the rights of access, rectification, erasure, restriction, portability and objection, and may withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to a supervisory authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "no decisions are made by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "our information security is certified to ISO 27001", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "we may change the policy; the version on the website applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "questions go to the privacy address", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}
