package policy_test

import (
	"slices"
	"time"

	"golang.org/x/text/language"

	"github.com/gopolicy/policy"
)

// notionWorkspace paraphrases, in our own words and as we recall it, the
// privacy policy of Notion, the connected workspace for notes, documents
// and databases, as published in 2024-2025: a US company in San Francisco
// that is the controller of its users' account and usage data, processes
// the content of workspaces that organisations run on its behalf as their
// processor, sends content to AI model providers when its AI features are
// used, and declares the GDPR, the UK GDPR and the CCPA.
func notionWorkspace() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "password", "profile photo", "preferred name and language"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceOtherUsers},
		SourceDetail: "the sign-in provider you use, such as Google or Apple, or the workspace member who invites you",
		Retention:    policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherMembers, policy.AudienceAdministrators},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	content := &policy.Category{ID: "content", Name: "Content you put in Notion", Items: []string{"pages, notes and databases", "comments", "files and images you upload", "prompts you give Notion AI and the text it writes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention:   policy.WhileAccountActive(policy.Period{}),
		Visibility:  policy.VisibilityOptional,
		VisibleTo:   []policy.Audience{policy.AudienceOtherMembers, policy.AudienceAdministrators, policy.AudienceChosenContacts},
		Commitments: []policy.Commitment{policy.CommitmentModelTrainingOptIn},
		CCPA:        []policy.CCPACategory{policy.CCPACustomerRecords}}
	connected := &policy.Category{ID: "connected", Name: "Information from services you connect", Items: []string{"content and metadata of the files, messages and issues you link or sync"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the third-party services you connect to Notion, such as Slack, Google Drive or GitHub",
		Retention: policy.ByCriteria("until you disconnect the service or delete the linked content"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACustomerRecords}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"billing name and address", "last four digits and expiry of the card", "plan and invoices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processor",
		Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	usage := &policy.Category{ID: "usage", Name: "Device and usage information", Items: []string{"IP address", "browser and operating system", "device identifiers", "pages and features you use", "dates and times of access"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve the services"), VisibleTo: []policy.Audience{policy.AudienceAdministrators},
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAIdentifiers}}
	location := &policy.Category{ID: "location", Name: "Approximate location", Items: []string{"country, region and city inferred from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{usage},
		Retention: policy.ByCriteria("as long as needed to provide and secure the services"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"support requests", "feedback and survey answers", "event registrations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.ByCriteria("as long as needed to answer and to keep a record of the conversation"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	marketing := &policy.Category{ID: "marketing", Name: "Marketing and business contact information", Items: []string{"business email and job title", "company name and size", "how you responded to our campaigns"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "marketing partners, event organisers and providers of business contact information",
		Retention: policy.ByCriteria("until you unsubscribe or the information is out of date"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	website := &policy.Category{ID: "website", Name: "Website cookie and advertising data", Items: []string{"cookie identifiers", "pages visited on our websites", "ads seen and clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	subprocessors := &policy.Recipient{ID: "subprocessors", Name: "service providers for hosting, storage, customer support, email and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, content, connected, usage, support}, Country: regionUS}
	payments := &policy.Recipient{ID: "payments", Name: "our payment processor", Role: policy.RoleProcessor, Categories: []*policy.Category{payment, account}, Country: regionUS}
	ai := &policy.Recipient{ID: "ai", Name: "providers of the AI models behind Notion AI, such as OpenAI and Anthropic", Role: policy.RoleProcessor,
		Categories: []*policy.Category{content}, Country: regionUS, Purpose: "to generate answers, summaries and text when you use Notion AI",
		Retention: policy.Days(30), Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "the other Notion companies", Role: policy.RoleProcessor, Categories: []*policy.Category{account, usage, support},
		Purpose: "to help us provide and support the services"}
	integrations := &policy.Recipient{ID: "integrations", Name: "third-party services you connect to Notion", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, content},
		Conditional: true, Purpose: "you connect the service and choose what it may reach, under its own terms"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{website}, Country: regionUS}

	service := &policy.Purpose{ID: "service", Name: "Providing the services, running your account and your workspaces", Categories: []*policy.Category{account, content, connected, payment, usage, location, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{subprocessors, payments, affiliates, integrations},
		Required: "an account needs an email address; without it we cannot provide the services"}
	notionAI := &policy.Purpose{ID: "ai", Name: "Providing Notion AI when you use it", Categories: []*policy.Category{content},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{ai}}
	security := &policy.Purpose{ID: "security", Name: "Keeping the services and our users safe", Categories: []*policy.Category{account, content, usage, location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our users and the services from fraud, spam, abuse and attacks", Recipients: []*policy.Recipient{subprocessors}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how the services are used and improving them", Categories: []*policy.Category{usage, location, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how people use Notion so that we can make it better", Recipients: []*policy.Recipient{subprocessors}}
	news := &policy.Purpose{ID: "news", DirectMarketing: true, Name: "Sending news, offers and event invitations", Categories: []*policy.Category{account, marketing},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisConsent}, Interest: "telling people interested in Notion about its features and plans",
		Withdraw: "with the unsubscribe link in every email", OptOut: true, Recipients: []*policy.Recipient{subprocessors}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising Notion on other websites and measuring our campaigns", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting our legal obligations", Categories: []*policy.Category{payment, account},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Union VAT law on the records of electronically supplied services (Council Implementing Regulation (EU) No 282/2011, Art. 63c)", Region: regionEU},
			{Act: "Value Added Tax Act 1994", Region: regionGB}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Notion Labs, Inc.", Email: "privacy@notion.example", Address: "San Francisco, California, USA"}, Country: regionUS},
		Representatives: []policy.Representative{
			{Region: regionEU, Contact: policy.Contact{Name: "VeraSafe Ireland Ltd", Address: "Cork, Ireland", Website: "https://verasafe.example/contact"}},
			{Region: regionGB, Contact: policy.Contact{Name: "VeraSafe United Kingdom Ltd", Address: "London, United Kingdom", Website: "https://verasafe.example/contact"}},
		},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipCheckAIOutput},
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Scope:      []string{"the Notion website, the Notion apps for desktop and mobile, Notion Calendar and Notion Mail"},
		CustomerData: policy.CustomerData{Customers: "organisations that run a workspace on a Team, Business or Enterprise plan",
			Data:     "the pages, databases, files and other content their members put in the workspace",
			TermsURL: "https://notion.example/notion/dpa", ContractPrevails: true, ForwardsRequests: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, content, connected, payment, usage, location, support, marketing, website},
		Storage:     []policy.Storage{{Location: regionUS}},
		Purposes:    []*policy.Purpose{service, notionAI, security, improve, news, ads, legal},
		Recipients:  []*policy.Recipient{subprocessors, payments, ai, affiliates, integrations, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, content, connected, payment, usage, support, marketing}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, content, connected, payment, usage, support, marketing}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventTrashed, Categories: []*policy.Category{content}, Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, content}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "sign-in cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1))},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{website}, Lifetime: policy.Expires(policy.Months(13))},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your account settings or by writing to privacy@notion.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30),
			WithoutAccount: "by asking the organisation that runs your workspace, or by writing to privacy@notion.example"},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://notion.example/privacy-choices", RequestMethods: []string{"email to privacy@notion.example", "the privacy request form"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit, Description: "Data travels over TLS 1.2 or later."},
			{Kind: policy.MeasureEncryptionAtRest, Description: "Data is stored encrypted with AES-256."},
			{Kind: policy.MeasureCertification, Description: "The services have SOC 2 Type 2 reports and ISO/IEC 27001 certification."},
			{Kind: policy.MeasureAccessControl},
		},
		Links: policy.Links{Subprocessors: "https://notion.example/notion/subprocessors", Security: "https://notion.example/security",
			CookieSettings: "https://notion.example/cookie-settings", RequestForm: "https://notion.example/privacy-request"},
		Children: policy.Children{MinimumAge: 13},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@notion.example"},
	}
	return realPolicy{"connected workspace (Notion)", p, []statement{
		{says: "Notion Labs, Inc. in San Francisco is responsible for the personal information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Notion Labs, Inc." && p.Controller.Country == regionUS
		}},
		{says: "we have appointed representatives in the EU and in the UK", typed: func(p *policy.Policy) bool {
			return len(p.Representatives) == 2 && p.Representatives[0].Region == regionEU && p.Representatives[1].Region == regionGB
		}},
		{says: "the policy covers our website, our apps, Notion Calendar and Notion Mail", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "where an organisation runs a workspace, it controls the content its members put there and we process that content for it under our agreement with it", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.TermsURL != ""
		}},
		{says: "where that agreement and this policy differ, the agreement governs the workspace content", typed: func(p *policy.Policy) bool { return p.CustomerData.ContractPrevails }},
		{says: "requests about workspace content go to the organisation; if they reach us we pass them on", typed: func(p *policy.Policy) bool {
			return p.CustomerData.ForwardsRequests && p.Requests.WithoutAccount != ""
		}},
		{says: "the workspace's owners and administrators can see, manage, export and delete your account and the content in it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").VisibleTo, policy.AudienceAdministrators) && slices.Contains(p.Category("content").VisibleTo, policy.AudienceAdministrators)
		}},
		{says: "we collect your name, email address, password and profile photo when you sign up", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "profile photo")
		}},
		{says: "we also get account details from the sign-in provider you use, or from the member who invites you to a workspace", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && slices.Contains(p.Category("account").Sources, policy.SourceOtherUsers)
		}},
		{says: "we store the pages, databases, comments and files you create or upload", typed: func(p *policy.Policy) bool { return p.Purpose("service").Uses(p.Category("content")) }},
		{says: "pages you share are visible to the people you invite, and pages you publish to the web can be seen by anyone", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("content").VisibleTo, policy.AudienceChosenContacts) && p.Category("content").Visibility == policy.VisibilityOptional
		}},
		{says: "when you connect services such as Slack, Google Drive or GitHub we receive the content you link from them", typed: func(p *policy.Policy) bool {
			return p.Category("connected").Sources[0] == policy.SourceThirdParty && p.Category("connected").SourceDetail != ""
		}},
		{says: "we collect billing details through our payment processor, not full card numbers", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleProcessor && slices.Contains(p.Category("payment").Items, "last four digits and expiry of the card")
		}},
		{says: "we collect device and usage information automatically and infer your approximate location from your IP address", typed: func(p *policy.Policy) bool {
			return p.Category("usage").Sources[0] == policy.SourceAutomatic && slices.Contains(p.Category("location").DerivedFrom, p.Category("usage"))
		}},
		{says: "we keep what you tell us in support requests, feedback and surveys", typed: func(p *policy.Policy) bool { return p.Category("support") != nil }},
		{says: "we receive business contact details from marketing partners, events and data providers", typed: func(p *policy.Policy) bool {
			return p.Category("marketing").SourceDetail != "" && slices.Contains(p.Category("marketing").CCPA, policy.CCPAProfessionalInfo)
		}},
		{says: "we use data to provide the services under our terms with you", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "when you use Notion AI, the content it needs goes to the AI model providers that work for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "ai").Role == policy.RoleProcessor && p.Purpose("ai").Uses(p.Category("content"))
		}},
		{says: "those providers may not train their models on your content and delete it within 30 days", typed: func(p *policy.Policy) bool {
			r := recipient(p, "ai")
			return r.Retention == policy.Days(30) && slices.Contains(r.Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "we do not use your content to train our own models unless you opt in", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("content").Commitments, policy.CommitmentModelTrainingOptIn)
		}},
		{says: "we protect the services against fraud and abuse, and analyse usage to improve them, on our legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Interest != "" && p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we send news and invitations, which you can unsubscribe from at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("news").DirectMarketing && p.Purpose("news").OptOut
		}},
		{says: "with consent, advertising cookies let partners show our ads elsewhere and measure them", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "ads").Party == policy.PartyThird
		}},
		{says: "we process data to meet our legal obligations, such as tax", typed: func(p *policy.Policy) bool { return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) }},
		{says: "service providers host, store and support the services for us; the list is published", typed: func(p *policy.Policy) bool {
			return recipient(p, "subprocessors").Role == policy.RoleProcessor && p.Links.Subprocessors != ""
		}},
		{says: "the services you connect reach the data you let them under their own terms", typed: func(p *policy.Policy) bool { return recipient(p, "integrations").Conditional }},
		{says: "we disclose data to comply with the law, in a merger or sale, and to protect rights and safety", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "we may share aggregated or de-identified information", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "data is stored in the US and goes there from the EU and the UK under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionUS && p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Origin == regionGB
		}},
		{says: "we keep your data while your account exists and as long as needed for the purposes", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("usage").Retention.Criteria != ""
		}},
		{says: "deleted pages stay in the trash for 30 days", typed: func(p *policy.Policy) bool { return p.Deletion[0].Stages[0].Removal == policy.RemovalTrash }},
		{says: "when you delete your account we delete its data within 30 days, except what the law requires us to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventAccountClosure && p.Deletion[1].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we set cookies needed to sign you in, and analytics and advertising cookies you can refuse in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && !cookie(p, "analytics").StrictlyNecessary && p.Links.CookieSettings != ""
		}},
		{says: "we do not respond to Do Not Track but honour Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "you may access, correct, delete and port your data, restrict and object to processing, withdraw consent and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we do not sell personal information; advertising cookies may be sharing, which Californians can opt out of", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "Californians may know, delete and correct, through an authorised agent too, and are not discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify a request through your account or email address", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "data is encrypted in transit and at rest, and the services are SOC 2 and ISO 27001 audited", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "Notion is not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we tell you of material changes by email or in the services", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "no decision with legal or similar effects about you rests solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		// Free text.
		{says: "Enterprise workspaces can have their AI providers keep no content at all", free: toPurpose("ai")},
		{says: "AI output can be inaccurate, so check it before you rely on it", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipCheckAIOutput) }},
		{says: "Notion AI can search the connected services and the web for you, and only reaches what you can already see", free: toPurpose("ai")},
		{says: "content you publish to the web may be indexed by search engines unless you turn indexing off", free: toCategory("content")},
	}}
}

// designPlatform paraphrases, in our own words and as we recall it, the
// privacy policy of Canva, the online design platform, as published in
// 2024-2025: an Australian company in Sydney with representatives in the
// EU and the UK, which offers Canva for Education free to schools,
// teachers and their students, runs AI features on its own models and
// its partners', asks permission before training AI on users' content,
// licenses content from contributors to its library, and declares the
// GDPR, the UK GDPR and the CCPA.
func designPlatform() realPolicy {
	au := language.MustParseRegion("AU")
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "phone number", "password", "profile photo", "language and country"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the account you sign in with, such as Google, Facebook, Apple or Microsoft, or the team or school that invites you",
		Retention:    policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherMembers, policy.AudienceAdministrators},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	designs := &policy.Category{ID: "designs", Name: "Your designs and uploads", Items: []string{"designs, presentations, videos and websites you make", "images, videos and audio you upload", "comments", "prompts you give our AI features and what they generate"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention:   policy.WhileAccountActive(policy.Period{}),
		Visibility:  policy.VisibilityOptional,
		VisibleTo:   []policy.Audience{policy.AudienceOtherMembers, policy.AudienceAdministrators, policy.AudienceChosenContacts},
		Commitments: []policy.Commitment{policy.CommitmentModelTrainingOptIn},
		CCPA:        []policy.CCPACategory{policy.CCPASensoryData, policy.CCPACustomerRecords}}
	teacher := &policy.Category{ID: "teacher", Name: "Teacher verification information", Items: []string{"school name and address", "your role at the school", "a document showing that you teach there, such as a staff card or a letter from the school"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to decide whether you are eligible for Canva for Education"),
		CCPA:      []policy.CCPACategory{policy.CCPAProfessionalInfo, policy.CCPAIdentifiers}}
	student := &policy.Category{ID: "student", Name: "Student information", Items: []string{"student's name and school email address", "class", "assignments and the designs submitted for them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceUser},
		SourceDetail: "the school or teacher who invites the student, or the school's learning management system, such as Google Classroom",
		Retention:    policy.ByCriteria("as long as the school uses Canva for Education, or until the school or teacher deletes the student's account"), Linked: true,
		VisibleTo:   []policy.Audience{policy.AudienceAdministrators, policy.AudienceOtherMembers},
		CCPA:        []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAEducationInfo},
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	contributor := &policy.Category{ID: "contributor", Name: "Contributor information", Items: []string{"legal name and address", "payout account, such as PayPal or Payoneer", "tax residency and tax forms", "the content you license to us and its earnings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("Australian and US tax law"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"billing name and address", "payment method details", "subscription and purchase history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors and app stores",
		Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	printing := &policy.Category{ID: "print", Name: "Print order information", Items: []string{"recipient's name", "delivery address", "phone number", "the design to print"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to make and deliver the order and to deal with any complaint"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	usage := &policy.Category{ID: "usage", Name: "Usage and device information", Items: []string{"IP address", "browser, device and operating system", "features, templates and elements you use", "searches in Canva", "dates and times of use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve Canva"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAIdentifiers}}
	location := &policy.Category{ID: "location", Name: "Approximate location", Items: []string{"country and city inferred from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{usage},
		Retention: policy.ByCriteria("as long as needed to show local prices, content and language"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation}}
	website := &policy.Category{ID: "website", Name: "Cookie and advertising data", Items: []string{"cookie and advertising identifiers", "pages visited", "ads seen and clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "advertising partners",
		Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"support requests", "feedback, survey and research answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.ByCriteria("as long as needed to answer and to keep a record of the conversation"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	invited := &policy.Category{ID: "invited", Name: "Details of people you invite", Items: []string{"email address of a person you invite to Canva or to a design"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers},
		Retention: policy.ByCriteria("as long as needed to send the invitation and a reminder"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, storage, customer support, email and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, designs, student, teacher, usage, support, invited}, Country: regionUS}
	payments := &policy.Recipient{ID: "payments", Name: "payment processors and payout providers", Role: policy.RoleProcessor, Categories: []*policy.Category{payment, contributor}, Country: regionUS}
	printers := &policy.Recipient{ID: "printers", Name: "printing and delivery partners", Role: policy.RoleProcessor, Categories: []*policy.Category{printing},
		Purpose: "to print your order and deliver it"}
	aiPartners := &policy.Recipient{ID: "ai", Name: "AI technology partners whose models power some of our AI features", Role: policy.RoleProcessor, Categories: []*policy.Category{designs},
		Country: regionUS, Purpose: "to generate the text, images and other output you ask for", Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "the other companies of the Canva group", Role: policy.RoleProcessor, Categories: []*policy.Category{account, usage, support},
		Purpose: "to help us provide and support Canva"}
	apps := &policy.Recipient{ID: "apps", Name: "developers of the apps and integrations you use in Canva", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, designs},
		Conditional: true, Purpose: "you add an app to Canva and let it reach your designs, under its developer's own terms"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{website}, Country: regionUS}

	service := &policy.Purpose{ID: "service", Name: "Providing Canva, running your account and your teams", Categories: []*policy.Category{account, designs, payment, printing, usage, location, support, invited},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, payments, printers, affiliates, apps},
		Required: "an account needs an email address or a sign-in provider; without it we cannot provide Canva"}
	education := &policy.Purpose{ID: "education", Name: "Providing Canva for Education to schools, teachers and students", Categories: []*policy.Category{teacher, student, designs},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "a teacher who does not show that they teach at a school cannot have Canva for Education"}
	aiFeatures := &policy.Purpose{ID: "ai", Name: "Providing our AI features when you use them", Categories: []*policy.Category{designs},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{aiPartners}}
	training := &policy.Purpose{ID: "training", Name: "Training our AI models on your content, with your permission", Categories: []*policy.Category{designs},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your privacy settings", OptOut: true}
	contributors := &policy.Purpose{ID: "contributors", Name: "Running the contributor programme: licensing contributors' content and paying them", Categories: []*policy.Category{contributor},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments},
		Required: "we need payout and tax details to pay contributors; without them we cannot pay royalties"}
	security := &policy.Purpose{ID: "security", Name: "Keeping Canva safe and moderating content", Categories: []*policy.Category{account, designs, usage, location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our users and Canva from fraud, abuse, unsafe content and attacks", Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how Canva is used, improving it and personalising it", Categories: []*policy.Category{usage, location, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making Canva better and suggesting templates and features that suit you", Profiling: true, OptOut: true}
	news := &policy.Purpose{ID: "news", DirectMarketing: true, Name: "Sending news, tips and offers", Categories: []*policy.Category{account, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisConsent}, Interest: "telling our users about features and plans that may interest them",
		Withdraw: "with the unsubscribe link in every email or in your account settings", OptOut: true, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising Canva on other websites and apps and measuring our ads", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting our legal obligations", Categories: []*policy.Category{payment, contributor},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Union VAT law on the records of electronically supplied services (Council Implementing Regulation (EU) No 282/2011, Art. 63c)", Region: regionEU},
			{Act: "Value Added Tax Act 1994", Region: regionGB}}}

	transferCats := []*policy.Category{account, designs, teacher, student, payment, usage, support, invited}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Canva Pty Ltd", Email: "privacy@canva.example", Address: "Surry Hills, New South Wales, Australia"}, Country: au},
		Representatives: []policy.Representative{
			{Region: regionEU, Contact: policy.Contact{Name: "Canva Austria GmbH", Address: "Vienna, Austria", Email: "privacy@canva.example"}},
			{Region: regionGB, Contact: policy.Contact{Name: "Canva UK Operations Ltd", Address: "London, United Kingdom", Email: "privacy@canva.example"}},
		},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		Laws: []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		CustomerData: policy.CustomerData{Customers: "schools, school districts and organisations on Canva for Education and Canva Enterprise",
			Data:     "the accounts of the students and members they manage and the designs made in them",
			TermsURL: "https://canva.example/policies/data-processing-addendum", ContractPrevails: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, designs, teacher, student, contributor, payment, printing, usage, location, website, support, invited},
		Storage:     []policy.Storage{{Location: regionUS}},
		Purposes:    []*policy.Purpose{service, education, aiFeatures, training, contributors, security, improve, news, ads, legal},
		Recipients:  []*policy.Recipient{providers, payments, printers, aiPartners, affiliates, apps, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: transferCats, Safeguard: policy.SafeguardStandardClauses},
			{Origin: regionEU, Destination: au, Categories: transferCats, Safeguard: policy.SafeguardStandardClauses},
			{Origin: regionGB, Destination: regionUS, Categories: transferCats, Safeguard: policy.SafeguardUKTransferAgreement},
			{Origin: regionGB, Destination: au, Categories: transferCats, Safeguard: policy.SafeguardUKTransferAgreement},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventTrashed, Categories: []*policy.Category{designs}, Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(14)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}},
		},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "functional", Name: "functional and analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1))},
			{ID: "ads", Name: "advertising cookies and pixels", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{website}, Lifetime: policy.Expires(policy.Months(13))},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your account settings or by writing to privacy@canva.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30),
			WithoutAccount: "by asking the school or organisation that manages your account, or by writing to privacy@canva.example"},
		Redress: []policy.Redress{
			{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "Office of the Australian Information Commissioner", Website: "https://www.oaic.gov.au"}, Region: au},
		},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAInternetActivity},
			OptOutURL: "https://canva.example/privacy-choices", RequestMethods: []string{"email to privacy@canva.example", "the privacy request form"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest},
			{Kind: policy.MeasureCertification, Description: "Canva holds ISO/IEC 27001 certification and SOC 2 Type II reports."},
			{Kind: policy.MeasureAudits, Description: "Security researchers may report vulnerabilities through our bug bounty programme."},
		},
		Links: policy.Links{Subprocessors: "https://canva.example/trust/subprocessors", Security: "https://canva.example/trust/security",
			CookieSettings: "https://canva.example/cookie-settings", RequestForm: "https://canva.example/privacy-request"},
		Children: policy.Children{MinimumAge: 13, SchoolConsent: true, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds},
			ParentRequests: "through the student's school, or by writing to privacy@canva.example"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@canva.example"},
	}
	return realPolicy{"design platform (Canva)", p, []statement{
		{says: "Canva Pty Ltd in Sydney is responsible for your personal information", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Canva Pty Ltd" && p.Controller.Country == au
		}},
		{says: "our group companies in Austria and the UK are our representatives in the EU and the UK", typed: func(p *policy.Policy) bool {
			return p.Representatives[0].Region == regionEU && p.Representatives[0].Contact.Name == "Canva Austria GmbH" && p.Representatives[1].Region == regionGB
		}},
		{says: "you may complain to the Australian privacy regulator, the OAIC", typed: func(p *policy.Policy) bool {
			return p.Redress[0].Kind == policy.RedressRegulator && p.Redress[0].Region == au
		}},
		{says: "we collect your name, email address, phone number and profile photo, from you or from the account you sign in with", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "profile photo") && slices.Contains(p.Category("account").Sources, policy.SourceThirdParty)
		}},
		{says: "we store the designs you make and the images, videos and audio you upload", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("designs")) && slices.Contains(p.Category("designs").CCPA, policy.CCPASensoryData)
		}},
		{says: "the people you share a design with can see it, and what you publish or share by link can be seen by anyone who has it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("designs").VisibleTo, policy.AudienceChosenContacts) && p.Category("designs").Visibility == policy.VisibilityOptional
		}},
		{says: "in a team, the other members see what is shared with the team, and its administrators can manage your account and designs", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("designs").VisibleTo, policy.AudienceOtherMembers) && slices.Contains(p.Category("account").VisibleTo, policy.AudienceAdministrators)
		}},
		{says: "when you invite someone we use the email address you give to send the invitation", typed: func(p *policy.Policy) bool {
			return p.Category("invited").Sources[0] == policy.SourceOtherUsers
		}},
		{says: "teachers who ask for Canva for Education show us that they teach at a school, which may mean sending a document", typed: func(p *policy.Policy) bool {
			return p.Purpose("education").Uses(p.Category("teacher")) && p.Purpose("education").Required != ""
		}},
		{says: "we receive students' details from their school or teacher, or from the school's learning platform", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("student").Sources, policy.SourceThirdParty) && p.Category("student").SourceDetail != ""
		}},
		{says: "teachers see the work students submit in their classes", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("student").VisibleTo, policy.AudienceAdministrators)
		}},
		{says: "for Canva for Education and Enterprise, the school or organisation controls the accounts it manages and we process them for it", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.ContractPrevails
		}},
		{says: "students under 13 use Canva only through a school that has given the consent needed", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.SchoolConsent
		}},
		{says: "students are not shown advertising based on their data", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds)
		}},
		{says: "parents can review or delete their child's data through the school or by writing to us", typed: func(p *policy.Policy) bool { return p.Children.ParentRequests != "" }},
		{says: "contributors who license content to our library give us payout and tax details so that we can pay them", typed: func(p *policy.Policy) bool {
			return p.Purpose("contributors").Uses(p.Category("contributor")) && p.Purpose("contributors").HasBasis(policy.BasisContract)
		}},
		{says: "we collect payment details through our payment processors and app stores", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleProcessor && p.Category("payment").SourceDetail != ""
		}},
		{says: "print orders go to our printing and delivery partners with the delivery address", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "printers").Categories, p.Category("print"))
		}},
		{says: "we collect usage and device information automatically and infer your approximate location from your IP address", typed: func(p *policy.Policy) bool {
			return p.Category("usage").Sources[0] == policy.SourceAutomatic && slices.Contains(p.Category("location").DerivedFrom, p.Category("usage"))
		}},
		{says: "our AI features send your prompts and the content they work on to AI technology partners, which may not train their models on it", typed: func(p *policy.Policy) bool {
			r := recipient(p, "ai")
			return p.Purpose("ai").Uses(p.Category("designs")) && slices.Contains(r.Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "we train our AI on your content only if you allow it in your privacy settings, and you can change your mind at any time", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("designs").Commitments, policy.CommitmentModelTrainingOptIn) && p.Purpose("training").RestsOnConsent() && p.Purpose("training").Withdraw != ""
		}},
		{says: "we provide Canva under our terms with you", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we check content and activity to keep Canva safe, on our legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("designs")) && p.Purpose("security").Interest != ""
		}},
		{says: "we analyse how Canva is used to improve it and to suggest templates that suit you, which you can turn off", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Profiling && p.Purpose("improve").OptOut
		}},
		{says: "we send news, tips and offers, which you can unsubscribe from", typed: func(p *policy.Policy) bool { return p.Purpose("news").DirectMarketing && p.Purpose("news").OptOut }},
		{says: "with consent, advertising partners' cookies and pixels let us advertise Canva elsewhere", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "ads").Party == policy.PartyThird
		}},
		{says: "we keep records the law requires, such as for tax", typed: func(p *policy.Policy) bool { return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) }},
		{says: "service providers host, store and support Canva for us; the list is on our trust site", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && p.Links.Subprocessors != ""
		}},
		{says: "apps you add to Canva reach the designs you let them, under their developers' terms", typed: func(p *policy.Policy) bool { return recipient(p, "apps").Conditional }},
		{says: "we disclose data to comply with the law, in a merger or sale, and to protect rights and safety", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "data is stored in the US and goes from Europe to the US and Australia under standard contractual clauses and the UK's transfer terms", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionUS && p.Transfers[1].Destination == au && p.Transfers[2].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "we keep your data while your account is open and as long as needed for the purposes", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("usage").Retention.Criteria != ""
		}},
		{says: "designs in the trash are deleted after 30 days", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Stages[0] == policy.Stage{Removal: policy.RemovalTrash, Within: policy.Days(30)}
		}},
		{says: "when you delete your account we delete your data, except what we must keep for legal obligations or disputes", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventAccountClosure && p.Deletion[1].Keeps(policy.KeptLegalObligation) && p.Deletion[1].Keeps(policy.KeptLegalClaims)
		}},
		{says: "you may access, correct, delete and port your data, object, withdraw consent and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we do not sell personal information; advertising cookies may be sharing, which you can opt out of, also with Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "Californians may know, delete and correct, through an authorised agent too, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "data is encrypted in transit and at rest, Canva is ISO 27001 certified, and researchers test it through a bug bounty", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureCertification) && hasMeasure(p, policy.MeasureAudits)
		}},
		{says: "we tell you of material changes by email or in Canva", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "you keep the rights in what you upload; content you publish as a contributor is licensed to Canva and its users", free: toCategory("contributor")},
		{says: "contributors who join the creator compensation programme let us train AI on their content and are paid for it", free: toPurpose("training")},
		{says: "we never train AI on the content of students or of Enterprise customers", free: toPurpose("training")},
		{says: "prompts and outputs of our AI features are checked automatically to block unsafe or harmful content", free: toPurpose("security")},
		{says: "a deleted account can be restored for 14 days before it is deleted for good", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventAccountClosure && d.Stages[0] == policy.Stage{Removal: policy.RemovalTrash, Within: policy.Days(14)}
		}},
		{says: "we do not use students' data for marketing to them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("student").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
	}}
}

// writingAssistant paraphrases, in our own words and as we recall it, the
// privacy policy of Grammarly, the writing assistant, as published in
// 2024-2025: a US company in San Francisco whose apps and browser
// extension send the text users write to its servers to suggest
// corrections and rewrites, which offers business, enterprise and
// education accounts that organisations manage, promises never to sell
// users' content or use it for advertising, and declares the GDPR, the UK
// GDPR and the CCPA.
func writingAssistant() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "password", "writing goals, occupation and preferred variety of English"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the account you sign in with, such as Google, Apple or Facebook, or the organisation that gives you a business or education account",
		Retention:    policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceAdministrators},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	content := &policy.Category{ID: "content", Name: "User content", Items: []string{"text you write or paste where Grammarly is on", "documents you upload or keep in Grammarly", "prompts you give our generative AI and the text it writes", "whether you accept or dismiss suggestions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention:   policy.ByCriteria("as long as your account exists or until you delete the document, and the text you check elsewhere only as long as needed to give suggestions and improve them"),
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse},
		CCPA:        []policy.CCPACategory{policy.CCPACustomerRecords}}
	usage := &policy.Category{ID: "usage", Name: "Usage and device information", Items: []string{"IP address", "device, operating system and browser", "the app or website where you use Grammarly", "features you use and how often", "dates and times of use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve the services"), VisibleTo: []policy.Audience{policy.AudienceAdministrators},
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAIdentifiers}}
	location := &policy.Category{ID: "location", Name: "Approximate location", Items: []string{"country and city inferred from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{usage},
		Retention: policy.ByCriteria("as long as needed to provide and secure the services"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"billing name and address", "payment method", "plan and invoices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors and app stores",
		Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"support requests", "feedback and survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.ByCriteria("as long as needed to answer and to keep a record of the conversation"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	website := &policy.Category{ID: "website", Name: "Website cookie and advertising data", Items: []string{"cookie and advertising identifiers", "pages visited on our websites", "ads seen and clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, storage, customer support, email and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, content, usage, support}, Country: regionUS}
	payments := &policy.Recipient{ID: "payments", Name: "our payment processors", Role: policy.RoleProcessor, Categories: []*policy.Category{payment, account}, Country: regionUS}
	llm := &policy.Recipient{ID: "llm", Name: "providers of the large language models behind our generative AI features", Role: policy.RoleProcessor, Categories: []*policy.Category{content},
		Country: regionUS, Purpose: "to generate the text you ask for", Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "the other Grammarly companies", Role: policy.RoleProcessor, Categories: []*policy.Category{account, usage, support},
		Purpose: "to help us provide and support the services"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{website}, Country: regionUS}

	service := &policy.Purpose{ID: "service", Name: "Giving you writing suggestions and running your account", Categories: []*policy.Category{account, content, usage, location, payment, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, payments, affiliates},
		Required: "we need the text you write to suggest anything, and an email address for an account; without them we cannot provide the services"}
	genAI := &policy.Purpose{ID: "ai", Name: "Generating text when you use our generative AI features", Categories: []*policy.Category{content},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{llm}}
	improve := &policy.Purpose{ID: "improve", Name: "Improving our suggestions and training our models", Categories: []*policy.Category{content, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making our suggestions more accurate and useful", OptOut: true}
	security := &policy.Purpose{ID: "security", Name: "Keeping the services and our users safe", Categories: []*policy.Category{account, content, usage, location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our users and the services from fraud, abuse and attacks", Recipients: []*policy.Recipient{providers}}
	news := &policy.Purpose{ID: "news", DirectMarketing: true, Name: "Sending news, writing tips and offers", Categories: []*policy.Category{account, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisConsent}, Interest: "telling our users about features and plans that may interest them",
		Withdraw: "with the unsubscribe link in every email or in your account settings", OptOut: true, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising Grammarly on other websites and measuring our ads", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting our legal obligations", Categories: []*policy.Category{payment, account},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Union VAT law on the records of electronically supplied services (Council Implementing Regulation (EU) No 282/2011, Art. 63c)", Region: regionEU},
			{Act: "Value Added Tax Act 1994", Region: regionGB}}}

	transferCats := []*policy.Category{account, content, usage, payment, support}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Grammarly, Inc.", Email: "privacy@grammarly.example", Address: "San Francisco, California, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipCheckAIOutput},
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		CustomerData: policy.CustomerData{Customers: "organisations on Grammarly Business, Enterprise and Education plans",
			Data:     "the accounts of the members they manage and what those members write with Grammarly",
			TermsURL: "https://grammarly.example/legal/dpa", ContractPrevails: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoThirdPartyAds},
		Categories:  []*policy.Category{account, content, usage, location, payment, support, website},
		Storage:     []policy.Storage{{Location: regionUS}},
		NotCollected: []policy.Exclusion{
			{ID: "sensitive.fields", Name: "what you type in password and payment card fields", Category: content, Note: "Grammarly does not check those fields."},
		},
		Purposes:   []*policy.Purpose{service, genAI, improve, security, news, ads, legal},
		Recipients: []*policy.Recipient{providers, payments, llm, affiliates, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: transferCats, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionUS, Categories: transferCats, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation}},
		},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1))},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{website}, Lifetime: policy.Expires(policy.Months(13))},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your account settings or by writing to privacy@grammarly.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the cookie settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30),
			WithoutAccount: "by asking the organisation that manages your account, or by writing to privacy@grammarly.example"},
		Redress: []policy.Redress{
			{Kind: policy.RedressDisputeResolution, Contact: policy.Contact{Name: "the independent dispute-resolution body named for the Data Privacy Framework"}},
			{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "US Federal Trade Commission", Website: "https://www.ftc.gov"}, Region: regionUS},
		},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAInternetActivity},
			OptOutURL: "https://grammarly.example/privacy-choices", RequestMethods: []string{"email to privacy@grammarly.example", "the privacy request form"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit, Description: "Text travels over TLS 1.2 or later."},
			{Kind: policy.MeasureEncryptionAtRest, Description: "Data is stored encrypted with AES-256."},
			{Kind: policy.MeasureCertification, Description: "The services have SOC 2 Type 2 reports and ISO/IEC 27001, 27017 and 27018 certification."},
			{Kind: policy.MeasureLeastPrivilege, Description: "Our staff look at your content only when you ask for help, to keep the services secure, or where the law requires."},
			{Kind: policy.MeasureAudits, Description: "Security researchers may report vulnerabilities through our bug bounty programme."},
		},
		Links: policy.Links{Subprocessors: "https://grammarly.example/legal/subprocessors", Security: "https://grammarly.example/trust",
			CookieSettings: "https://grammarly.example/cookie-settings", RequestForm: "https://grammarly.example/privacy-request"},
		Children: policy.Children{MinimumAge: 13, ConsentAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@grammarly.example"},
	}
	return realPolicy{"writing assistant (Grammarly)", p, []statement{
		{says: "Grammarly, Inc. in San Francisco is responsible for your personal information", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Grammarly, Inc." && p.Controller.Country == regionUS
		}},
		{says: "we collect your name, email address and password, and the goals and preferences you tell us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "writing goals, occupation and preferred variety of English")
		}},
		{says: "we may get account details from the account you sign in with or from the organisation that gives you an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && p.Category("account").SourceDetail != ""
		}},
		{says: "we process the text you write where Grammarly is on, and the documents you keep with us, to give you suggestions", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("content")) && p.Purpose("service").HasBasis(policy.BasisContract)
		}},
		{says: "without the text we cannot suggest anything, and an account needs an email address", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we do not check what you type in password or payment card fields", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("content")
		}},
		{says: "we record how you use the services, on which apps and websites, and your device and IP address", typed: func(p *policy.Policy) bool {
			return p.Category("usage").Sources[0] == policy.SourceAutomatic && slices.Contains(p.Category("usage").Items, "the app or website where you use Grammarly")
		}},
		{says: "we infer your approximate location from your IP address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").DerivedFrom, p.Category("usage"))
		}},
		{says: "we collect payment details through our payment processors and app stores", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleProcessor && p.Category("payment").SourceDetail != ""
		}},
		{says: "we keep what you tell us when you write to support", typed: func(p *policy.Policy) bool { return p.Category("support") != nil }},
		{says: "our generative AI features send your prompts and text to the providers of the models behind them, which may not train on it", typed: func(p *policy.Policy) bool {
			r := recipient(p, "llm")
			return p.Purpose("ai").Uses(p.Category("content")) && r.Role == policy.RoleProcessor && slices.Contains(r.Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "we use content and usage to improve our suggestions and train our models, on our legitimate interests, and you can turn this off in your settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Uses(p.Category("content")) && p.Purpose("improve").OptOut && p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we keep the services secure and prevent fraud and abuse, on our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("security").Interest != "" }},
		{says: "we send news, tips and offers, which you can unsubscribe from", typed: func(p *policy.Policy) bool { return p.Purpose("news").DirectMarketing && p.Purpose("news").OptOut }},
		{says: "with consent, advertising cookies on our websites help us advertise Grammarly elsewhere", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "ads").Party == policy.PartyThird
		}},
		{says: "we keep records the law requires, such as for tax", typed: func(p *policy.Policy) bool { return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) }},
		{says: "we do not sell your content and do not use it for advertising", typed: func(p *policy.Policy) bool {
			c := p.Category("content").Commitments
			return slices.Contains(c, policy.CommitmentNoSale) && slices.Contains(c, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && p.CCPA.Sold == policy.AnswerNo
		}},
		{says: "we show no third-party ads in our products", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoThirdPartyAds) }},
		{says: "advertising cookies on our websites may be sharing under California law, which you can opt out of, also with Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "for business, enterprise and education accounts the organisation controls its members' accounts and content, and our agreement with it governs", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.ContractPrevails
		}},
		{says: "the administrators of such an account can manage your account and see how you use Grammarly", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").VisibleTo, policy.AudienceAdministrators) && slices.Contains(p.Category("usage").VisibleTo, policy.AudienceAdministrators)
		}},
		{says: "service providers host and support the services for us; the list is published", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && p.Links.Subprocessors != ""
		}},
		{says: "the other Grammarly companies help provide the services", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates") != nil }},
		{says: "we disclose data on valid legal process, telling you unless we may not, in a merger or sale, and to protect rights and safety", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).Notice && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "data is stored in the US and goes there from the EU and the UK under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionUS && p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Origin == regionGB
		}},
		{says: "unresolved complaints about the Framework go to an independent dispute-resolution body, and the FTC oversees us", typed: func(p *policy.Policy) bool {
			return p.Redress[0].Kind == policy.RedressDisputeResolution && p.Redress[1].Kind == policy.RedressRegulator
		}},
		{says: "we keep your data while your account exists and as long as needed for the purposes", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("content").Retention.Criteria != ""
		}},
		{says: "when you delete your account we delete your data, except what the law requires us to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventAccountClosure && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "you may access, correct, delete and port your data, restrict and object, withdraw consent and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know, delete and correct, through an authorised agent too, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through your account or email address and answer within 30 days", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "we set essential cookies, and analytics and advertising cookies you can refuse in the cookie settings; we do not respond to Do Not Track", typed: func(p *policy.Policy) bool {
			return cookie(p, "essential").StrictlyNecessary && p.Links.CookieSettings != "" && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "text is encrypted in transit and at rest, and our security is certified to SOC 2 and ISO standards", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "our staff look at your content only when you ask for help, for security, or where the law requires", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureLeastPrivilege) }},
		{says: "researchers can report vulnerabilities through our bug bounty programme", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureAudits) }},
		{says: "the services are not for children under 13, and users under 18 need a parent's permission", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.ConsentAge == 18
		}},
		{says: "we tell you of material changes by email or in the services", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "no decision with legal or similar effects about you rests solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		// Free text.
		{says: "we never train our models on the content of business, enterprise and education accounts", free: toPurpose("improve")},
		{says: "you can turn Grammarly off for any app or website, and it then reads nothing you type there", free: toCategory("content")},
		{says: "our generative AI can be wrong, so check what it writes before you use it", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipCheckAIOutput) }},
		{says: "the text we use to improve our models is de-identified and randomly sampled first", free: toPurpose("improve")},
	}}
}
