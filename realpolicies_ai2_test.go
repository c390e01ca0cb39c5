package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// realPolicyAi2Perplexity paraphrases, in our own words and as we recall
// it, the privacy policy of Perplexity AI, Inc. for its answer engine, as
// published in 2024-2025: a US company whose service answers questions by
// searching the web and sending the question, with what it found, to its
// own models and to models of other providers, such as OpenAI and
// Anthropic, which may not train on it; which uses consumers' questions
// to improve its models unless they turn off "AI data retention" in the
// settings; whose threads and pages can be shared by link or published;
// and which leaves Enterprise Pro and the API to its data processing
// addendum. It declares the CCPA and the other US state laws, and the
// GDPR for users in the European Economic Area. Addresses other than the
// company's city are illustrative.
func realPolicyAi2Perplexity() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "password, or the account you sign in with at Google or Apple", "profile picture", "settings and subscription plan"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Google or Apple, when you sign in with them",
		Linked: true, Retention: policy.WhileAccountActive(policy.Days(30)),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"billing name and address", "the last digits and expiry of your card", "subscription and transaction history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processor",
		Linked: true, Retention: policy.AsRequiredBy("US tax and accounting law"),
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	inputs := &policy.Category{ID: "inputs", Name: "Your inputs", Items: []string{"the questions and follow-ups you ask", "files and images you upload", "the instructions and sources you give Spaces", "feedback you give on answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Visibility: policy.VisibilityLink, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPAInternetActivity}}
	outputs := &policy.Category{ID: "outputs", Name: "Answers generated for you", Items: []string{"the answers, summaries and images the models generate", "the sources cited with them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{inputs}, Linked: true, ModelGenerated: true,
		Visibility: policy.VisibilityLink, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords}}
	pages := &policy.Category{ID: "pages", Name: "Pages you publish", Items: []string{"the pages you create from your threads and publish", "your name and profile picture shown with them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityOptional,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	memory := &policy.Category{ID: "memory", Name: "Memory", Items: []string{"preferences and facts about you that we remember from your threads, such as your interests and the sources you prefer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{inputs}, Linked: true,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	technical := &policy.Category{ID: "technical", Name: "Device and usage information", Items: []string{"IP address", "device type and unique device identifiers", "browser type", "pages you visit and links you click", "date and time of your activity"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run, secure and improve the services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "General location", Items: []string{"the country and city we derive from your IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{technical},
		Retention: policy.ByCriteria("as long as needed to localise answers and secure the services"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"your name and email address", "what you write to support or in surveys"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.ByCriteria("as long as needed to answer you and keep a record of the request"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for cloud hosting, email, payments, customer support and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, payment, inputs, outputs, technical, support}}
	models := &policy.Recipient{ID: "models", Name: "third-party providers of large language models, such as OpenAI and Anthropic", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{inputs}, Purpose: "to generate the answer with the model you choose",
		Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	search := &policy.Recipient{ID: "search", Name: "providers of web search and data services", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{inputs}, Purpose: "to find the web pages and data an answer draws on"}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "our affiliates", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, inputs, technical}, Purpose: "to help us provide and improve the services"}

	service := &policy.Purpose{ID: "service", Name: "Providing the services: answering your questions, keeping your threads and running your account", Categories: []*policy.Category{account, payment, inputs, outputs, pages, technical, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, models, search, affiliates},
		Required: "an account needs an email address, and an answer needs your question; without them we cannot provide the services"}
	personalise := &policy.Purpose{ID: "memory", Name: "Personalising answers with what we remember about you", Categories: []*policy.Category{inputs, memory},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "giving you answers that fit your interests and the way you work",
		Profiling: true, OptOut: true}
	training := &policy.Purpose{ID: "training", Name: "Improving the services and the AI models that power them", Categories: []*policy.Category{inputs, outputs, technical},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making our answers more accurate and useful",
		OptOut: true, Recipients: []*policy.Recipient{affiliates}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Understanding how the services are used", Categories: []*policy.Category{technical, location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{providers}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping the services safe and preventing fraud, abuse and violations of our terms", Categories: []*policy.Category{account, inputs, technical, location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our users, the public and the services",
		Recipients: []*policy.Recipient{providers}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions and requests", Categories: []*policy.Category{account, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need your email address to answer you"}
	news := &policy.Purpose{ID: "news", DirectMarketing: true, Name: "Sending news about Perplexity and its features", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email", OptOut: true, Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting our tax and accounting obligations", Categories: []*policy.Category{account, payment},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Union and member-state tax and accounting law", Region: regionEU}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Perplexity AI, Inc.", Email: "support@perplexity.example", Address: "San Francisco, California, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:            "https://www.perplexity.example/hub/legal/privacy-policy",
		SecurityCaveat: true,
		SafetyTips:     []policy.SafetyTip{policy.SafetyTipNoSensitiveInput},
		Laws:           []policy.Law{policy.GDPR, policy.CCPA, policy.USStates},
		Scope:          []string{"perplexity.ai, our apps and browser extensions, and the other services that link to this policy"},
		CustomerData: policy.CustomerData{Customers: "organisations on Enterprise Pro and developers who use our API", Data: "the questions, files and answers that users of those plans submit",
			TermsURL: "https://www.perplexity.example/hub/legal/dpa", ContractPrevails: true},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalConnectedApps},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing},
		Categories:  []*policy.Category{account, payment, inputs, outputs, pages, memory, technical, location, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment processor keeps them."},
		},
		Purposes:   []*policy.Purpose{service, personalise, training, analytics, safety, helping, news, legal},
		Recipients: []*policy.Recipient{providers, models, search, affiliates},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, payment, inputs, outputs, technical, support}, Safeguard: policy.SafeguardStandardClauses},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventAccountClosure, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}, Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{inputs, outputs, pages, memory}},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and remember your settings", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account},
				Lifetime: policy.Expires(policy.Months(12)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, ProviderName: "our analytics providers", Purpose: analytics, Categories: []*policy.Category{technical},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in your account settings or by writing to support@perplexity.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail}, Agents: policy.AnswerYes},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo,
			RequestMethods: []string{"the settings of your account", "email to support@perplexity.example"}, OnlineOnly: true},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerNo,
			Appeal: policy.Appeal{How: "by replying to our answer to your request", AttorneyGeneral: true}},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest},
			{Kind: policy.MeasureCertification, Description: "Our security programme is audited under SOC 2 Type II."},
		},
		Links:    policy.Links{CookieSettings: "https://www.perplexity.example/settings/cookies", Security: "https://trust.perplexity.example"},
		Children: policy.Children{MinimumAge: 13, ByRegion: []policy.AgeLimit{{Region: regionEU, Age: 16}}},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "support@perplexity.example"},
	}
	return realPolicy{"AI answer engine (Perplexity)", p, []statement{
		{says: "Perplexity AI, Inc. in San Francisco collects and uses the information this policy describes", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Controller.Name == "Perplexity AI, Inc."
		}},
		{says: "the policy covers our website, apps, extensions and the services that link to it", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "Enterprise Pro and the API are governed by their terms and data processing addendum, not by this policy", typed: func(p *policy.Policy) bool {
			return p.CustomerData.TermsURL != "" && p.CustomerData.ContractPrevails
		}},
		{says: "we collect your name, email address and password when you create an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "name") && p.Category("account").Linked
		}},
		{says: "if you sign in with Google or Apple, we receive your name and email address from them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && p.Category("account").SourceDetail != ""
		}},
		{says: "our payment processor handles payments for Pro; we do not keep full card numbers", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we collect the questions you ask and the files you upload", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("inputs").Sources, policy.SourceUser)
		}},
		{says: "we keep the answers our models generate for you, which may be inaccurate", typed: func(p *policy.Policy) bool {
			return p.Category("outputs").ModelGenerated && slices.Contains(p.Category("outputs").DerivedFrom, p.Category("inputs"))
		}},
		{says: "a thread you share can be seen by anyone who has its link", typed: func(p *policy.Policy) bool {
			return p.Category("inputs").Visibility == policy.VisibilityLink && p.Category("outputs").Visibility == policy.VisibilityLink
		}},
		{says: "a Space you share can be seen by the people you invite to it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("inputs").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "pages you publish are public, with your name and picture", typed: func(p *policy.Policy) bool { return p.Category("pages").Visibility == policy.VisibilityOptional }},
		{says: "we remember preferences from your threads to personalise answers, and you can see, delete or turn off what we remember", typed: func(p *policy.Policy) bool {
			return p.Purpose("memory").Profiling && p.Purpose("memory").OptOut && p.Category("memory").Retention.From == policy.EventDeletionRequest
		}},
		{says: "we collect your IP address, device and browser, and the pages you visit and links you click", typed: func(p *policy.Policy) bool {
			return p.Category("technical").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we derive your broad location, such as the country or city, from your IP address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").DerivedFrom, p.Category("technical"))
		}},
		{says: "we keep what you tell us when you write to support", typed: func(p *policy.Policy) bool { return p.Purpose("support").Categories[1] == p.Category("support") }},
		{says: "we use your information to provide the services, on the contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "an account needs an email address", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we send your question to the model you choose, our own or one of another provider such as OpenAI or Anthropic", typed: func(p *policy.Policy) bool {
			return recipient(p, "models").Role == policy.RoleProcessor && slices.Contains(p.Purpose("service").Recipients, recipient(p, "models"))
		}},
		{says: "our contracts forbid those model providers to train their models on your data", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "models").Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "search and data providers receive the question to find the sources of an answer", typed: func(p *policy.Policy) bool { return recipient(p, "search") != nil }},
		{says: "we use your questions and feedback to improve our services and train our AI models", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("training").Categories, p.Category("inputs"))
		}},
		{says: "you can turn off AI data retention in the settings, and we will no longer use your threads to improve our models", typed: func(p *policy.Policy) bool {
			return p.Purpose("training").OptOut
		}},
		{says: "turning it off applies from then on; what was already used to train cannot be taken out of the models", free: toPurpose("training")},
		{says: "data of Enterprise Pro organisations is never used to train our models", free: toIntroduction},
		{says: "we use information to keep the services safe and stop fraud and abuse, on our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("safety").Interest != ""
		}},
		{says: "trained staff may review threads that our systems flag for abuse", free: toPurpose("safety")},
		{says: "we use analytics cookies, with your consent where the law requires it", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we send news about Perplexity, and you can unsubscribe in every email", typed: func(p *policy.Policy) bool {
			return p.Purpose("news").DirectMarketing && p.Purpose("news").Withdraw != ""
		}},
		{says: "service providers host our services and help us with email, payments and support", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "our affiliates may receive information to help us run the services", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates") != nil }},
		{says: "we disclose information when the law requires it, and to protect rights and safety", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "a buyer or successor may receive information in a merger or sale", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we may share aggregated or de-identified information", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we do not sell your personal information", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && p.CCPA.Sold == policy.AnswerNo
		}},
		{says: "we do not share it for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSharing) && p.USStates.TargetedAdvertising == policy.AnswerNo
		}},
		{says: "do not put sensitive personal information about yourself or others in your questions", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNoSensitiveInput)
		}},
		{says: "we keep your information while your account is open and delete it within 30 days after you delete the account", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventAccountClosure && p.Deletion[0].Total() == policy.Days(30)
		}},
		{says: "you can delete individual threads at any time", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventDeletionRequest && slices.Contains(p.Deletion[1].Categories, p.Category("inputs"))
		}},
		{says: "answers link to websites of others, whose own policies govern them", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "apps you connect, such as a file storage service, are governed by their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalConnectedApps)
		}},
		{says: "Californians may know, delete and correct their information and are not discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "residents of other states with privacy laws have the same rights and can appeal our answer", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we verify a request by the email address of the account, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return p.Requests.Agents == policy.AnswerYes && p.Requests.Verification[0] == policy.VerificationEmail
		}},
		{says: "in the EEA we rely on the contract, our legitimate interests, your consent and legal obligations", typed: func(p *policy.Policy) bool {
			return p.Purpose("analytics").RestsOnConsent() && p.Purpose("legal").HasBasis(policy.BasisLegalObligation)
		}},
		{says: "in the EEA you may access, correct, delete and port your data, restrict or object to its use, and complain to your authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we transfer data of EEA users to the US on standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Destination == regionUS
		}},
		{says: "we protect data with encryption and are audited under SOC 2 Type II", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "no method of transmission or storage is completely secure", typed: func(p *policy.Policy) bool { return p.SecurityCaveat }},
		{says: "the services are not for children under 13, or under 16 in the EEA", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.ByRegion[0].Age == 16
		}},
		{says: "we do not respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we will tell you of material changes by email or in the services", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "questions go to our support address", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}

// realPolicyAi2Mistral paraphrases, in our own words and as we recall it,
// the privacy policy of Mistral AI for Le Chat and its other services for
// individuals, as published in 2024-2025: a French company in Paris that
// hosts its services in the European Union, uses what users of the free
// Le Chat type and receive to train its models on its legitimate interest
// unless they object in the settings, never trains on the conversations
// of its business plans, on documents in libraries or on what connectors
// fetch, keeps conversations until the user deletes them, keeps the
// inputs of its API for 30 days to detect abuse, and remembers, where the
// user allows it, facts from conversations ("Memories"). It declares the
// GDPR and the French Data Protection Act, names a DPO and the CNIL, and
// recognises post-mortem directives. Addresses other than the registered
// office are illustrative.
func realPolicyAi2Mistral() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"name", "email address", "password or the account you sign in with", "phone number, where we ask to verify it", "language and settings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Years(3))}
	billing := &policy.Category{ID: "billing", Name: "Subscription and billing data", Items: []string{"plan subscribed to", "billing address and VAT number", "invoices and payment history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service provider",
		Linked: true, Retention: policy.AsRequiredBy("French commercial law, ten years for invoices")}
	chats := &policy.Category{ID: "chats", Name: "Inputs to Le Chat", Items: []string{"the prompts you write or dictate", "the files and images you upload to a conversation", "the instructions you give agents"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityLink,
		Retention: policy.Until(policy.EventDeletionRequest)}
	outputs := &policy.Category{ID: "outputs", Name: "Outputs of Le Chat", Items: []string{"the text, code and images our models generate in your conversations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{chats}, Linked: true, ModelGenerated: true,
		Visibility: policy.VisibilityLink, Retention: policy.Until(policy.EventDeletionRequest)}
	memories := &policy.Category{ID: "memories", Name: "Memories", Items: []string{"facts and preferences from your conversations that Le Chat remembers, such as your job or your projects"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{chats}, Linked: true,
		Retention: policy.Until(policy.EventDeletionRequest)}
	feedback := &policy.Category{ID: "feedback", Name: "Feedback", Items: []string{"your ratings of answers", "the comments you add to them and the conversation they concern"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to improve our models")}
	libraries := &policy.Category{ID: "libraries", Name: "Documents in libraries", Items: []string{"the documents you upload to a library for Le Chat to draw on"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventDeletionRequest), Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	connectors := &policy.Category{ID: "connectors", Name: "Data fetched through connectors", Items: []string{"the emails, files and calendar entries Le Chat fetches from the services you connect, when a request needs them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the services you connect, such as your email or file storage",
		Linked: true, Retention: policy.Until(policy.EventPurposeAchieved), Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	api := &policy.Category{ID: "api", Name: "Inputs and outputs of our API", Items: []string{"the prompts you send to our API and the completions it returns"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Days(30), policy.EventCollection), Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	technical := &policy.Category{ID: "technical", Name: "Connection and usage data", Items: []string{"IP address", "browser and device", "date and time of connection", "features used", "error logs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"your name and email address", "what you write to us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}
	prospects := &policy.Category{ID: "prospects", Name: "Newsletter and prospect data", Items: []string{"email address", "name and company, where you give them", "whether you open our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(3), policy.EventLastActivity)}

	hosting := &policy.Recipient{ID: "hosting", Name: "cloud providers that host our models and services in the European Union", Role: policy.RoleProcessor, Country: regionEU,
		Categories: []*policy.Category{account, chats, outputs, memories, feedback, libraries, connectors, api, technical}}
	payments := &policy.Recipient{ID: "payments", Name: "our payment service provider", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, billing}}
	features := &policy.Recipient{ID: "features", Name: "partners that provide features of Le Chat, such as web search, news and image generation", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{chats}, Purpose: "to return search results, news or an image for the prompt that asks for them",
		Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	tools := &policy.Recipient{ID: "tools", Name: "providers of tools for support, email, analytics and security", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, support, prospects, technical}}

	service := &policy.Purpose{ID: "service", Name: "Providing Le Chat and our other services", Categories: []*policy.Category{account, chats, outputs, libraries, connectors, api, technical},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting, features},
		Required: "an account needs an email address; without it we cannot provide Le Chat"}
	remember := &policy.Purpose{ID: "memories", Name: "Remembering what matters to you across conversations", Categories: []*policy.Category{chats, memories},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off Memories in the settings", ConsentMethod: policy.ConsentMethodCheckbox,
		Profiling: true, Recipients: []*policy.Recipient{hosting}}
	training := &policy.Purpose{ID: "training", Name: "Training and improving our models with the inputs and outputs of Le Chat Free and with feedback", Categories: []*policy.Category{chats, outputs, feedback},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "developing models that are more accurate, useful and safe",
		OptOut: true, Recipients: []*policy.Recipient{hosting}}
	subscription := &policy.Purpose{ID: "subscription", Name: "Managing your subscription and billing", Categories: []*policy.Category{account, billing},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments},
		Required: "a paid plan needs your billing details; without them we cannot sell it"}
	moderation := &policy.Purpose{ID: "moderation", Name: "Detecting and preventing abuse of our services and enforcing our usage policy", Categories: []*policy.Category{account, chats, api, technical},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping our services safe and lawful and stopping their misuse",
		Recipients: []*policy.Recipient{hosting, tools},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Contest: "by writing to our support"}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring the audience of our website and services", Categories: []*policy.Category{technical},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{tools}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions and requests", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "answering the people who write to us", Recipients: []*policy.Recipient{tools}}
	news := &policy.Purpose{ID: "news", DirectMarketing: true, Name: "Sending our newsletter and news of our products", Categories: []*policy.Category{prospects},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email", OptOut: true, Recipients: []*policy.Recipient{tools}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting and tax records", Categories: []*policy.Category{billing},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{frCommercialCode}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Mistral AI", Address: "15 rue des Halles, 75001 Paris, France", Email: "privacy@mistral.example"},
			Registration: "RCS Paris 952 418 325", Country: regionFR},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@mistral.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.February, 6), Updated: policy.MakeDate(2025, time.February, 6),
		URL:        "https://mistral.example/terms#privacy-policy",
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNoSensitiveInput},
		Laws:       []policy.Law{policy.GDPR},
		LegalActs:  []policy.Obligation{frDataProtectionAct},
		Scope:      []string{"Le Chat on the web and in our apps, La Plateforme and our website"},
		CustomerData: policy.CustomerData{Customers: "organisations on Le Chat Team and Le Chat Enterprise, and businesses that build on our API", Data: "the conversations, documents and API inputs that users of those plans submit",
			TermsURL: "https://mistral.example/terms#data-processing-agreement", ContractPrevails: true, ForwardsRequests: true},
		External:    []policy.ExternalService{policy.ExternalConnectedApps, policy.ExternalLinkedSites},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing},
		Categories:  []*policy.Category{account, billing, chats, outputs, memories, feedback, libraries, connectors, api, technical, support, prospects},
		Storage:     []policy.Storage{{Location: regionEU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: billing, Note: "Our payment service provider keeps them."},
		},
		Purposes:   []*policy.Purpose{service, remember, training, subscription, moderation, analytics, helping, news, records},
		Recipients: []*policy.Recipient{hosting, payments, features, tools},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: payments, Categories: []*policy.Category{account, billing}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: tools, Categories: []*policy.Category{account, support, prospects, technical}, Safeguard: policy.SafeguardStandardClauses},
			{Origin: regionEU, Destination: regionUS, Recipient: features, Categories: []*policy.Category{chats}, Safeguard: policy.SafeguardStandardClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion: []policy.Deletion{
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{chats, outputs, memories}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, chats, outputs, memories, libraries}, Kept: []policy.KeptReason{policy.KeptLegalObligation}},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed to sign in and keep the service secure", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account},
				Lifetime: policy.Expires(policy.Months(13)), StrictlyNecessary: true},
			{ID: "analytics", Name: "audience measurement cookies", Party: policy.PartyThird, Provider: tools, Purpose: analytics, Categories: []*policy.Category{technical},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the settings of Le Chat or with our contact form"),
			policy.Right{Kind: policy.RightPostMortemInstructions, How: "by writing to our data protection officer"}),
		Redress:              []policy.Redress{frCNIL},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest},
			{Kind: policy.MeasureCertification, Description: "Our services are certified to ISO/IEC 27001 and audited under SOC 2 Type II."},
		},
		Links:    policy.Links{Subprocessors: "https://trust.mistral.example/subprocessors", CookieSettings: "https://mistral.example/cookies", RequestForm: "https://help.mistral.example/privacy-request"},
		Children: policy.Children{MinimumAge: 13},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@mistral.example"},
	}
	return realPolicy{"AI assistant (Mistral AI Le Chat)", p, []statement{
		{says: "Mistral AI, a French company in Paris, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionFR && p.Controller.Registration != ""
		}},
		{says: "you can reach our data protection officer by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process data under the GDPR and the French Data Protection Act", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == frDataProtectionAct
		}},
		{says: "the policy covers Le Chat, La Plateforme and our website", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "for Le Chat Team and Enterprise and for businesses on our API we process data on our customers' behalf under our data processing agreement", typed: func(p *policy.Policy) bool {
			return p.CustomerData.TermsURL != "" && p.CustomerData.ContractPrevails
		}},
		{says: "we collect your name, email address and login details when you create an account", typed: func(p *policy.Policy) bool { return p.Category("account").Linked }},
		{says: "we keep account data while the account is open and for three years after", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention == policy.WhileAccountActive(policy.Years(3))
		}},
		{says: "for a paid plan we process billing data; our payment provider keeps the card numbers", typed: func(p *policy.Policy) bool {
			return p.Purpose("subscription").HasBasis(policy.BasisContract) && p.NotCollected[0].Category == p.Category("billing")
		}},
		{says: "we keep invoices for ten years, as French commercial law requires", typed: func(p *policy.Policy) bool {
			return p.Category("billing").Retention.Law != "" && p.Purpose("records").Obligations[0] == frCommercialCode
		}},
		{says: "we process the prompts and files you give Le Chat and the outputs it generates to provide the service", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").HasBasis(policy.BasisContract) && slices.Contains(p.Purpose("service").Categories, p.Category("chats"))
		}},
		{says: "outputs are generated by a model and may be inaccurate; you may ask us to correct or remove inaccurate data about you", typed: func(p *policy.Policy) bool {
			return p.Category("outputs").ModelGenerated
		}},
		{says: "we keep your conversations until you delete them or your account", typed: func(p *policy.Policy) bool {
			return p.Category("chats").Retention.From == policy.EventDeletionRequest && p.Deletion[1].From == policy.EventAccountClosure
		}},
		{says: "you can delete a conversation at any time", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventDeletionRequest && slices.Contains(p.Deletion[0].Categories, p.Category("chats"))
		}},
		{says: "a conversation you share can be read by anyone with its link", typed: func(p *policy.Policy) bool { return p.Category("chats").Visibility == policy.VisibilityLink }},
		{says: "with Memories on, Le Chat remembers facts from your conversations; you can see, edit, delete or turn them off", typed: func(p *policy.Policy) bool {
			return p.Purpose("memories").RestsOnConsent() && p.Purpose("memories").Withdraw != "" && p.Category("memories").Retention.From == policy.EventDeletionRequest
		}},
		{says: "we use the inputs and outputs of Le Chat Free to train and improve our models, on our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("training").HasBasis(policy.BasisLegitimateInterests) && slices.Contains(p.Purpose("training").Categories, p.Category("chats"))
		}},
		{says: "you can object to that use at any time in the settings of your account", typed: func(p *policy.Policy) bool {
			return p.Purpose("training").OptOut && hasRight(p, policy.RightObjection)
		}},
		{says: "the feedback you give on answers is used to improve our models", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("training").Categories, p.Category("feedback"))
		}},
		{says: "we never train on the conversations of Le Chat Team and Enterprise or on data sent through our paid API", free: toIntroduction},
		{says: "documents in your libraries are never used to train our models", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("libraries").Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "connectors fetch data from the services you connect only when a request needs it, keep it no longer, and never train on it", typed: func(p *policy.Policy) bool {
			c := p.Category("connectors")
			return c.Retention.From == policy.EventPurposeAchieved && slices.Contains(c.Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "the services you connect are governed by their own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalConnectedApps) }},
		{says: "we keep the inputs and outputs of our API for 30 days to detect abuse, and do not train on them", typed: func(p *policy.Policy) bool {
			c := p.Category("api")
			return c.Retention == policy.Keep(policy.Days(30), policy.EventCollection) && slices.Contains(c.Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "eligible customers can ask for zero data retention on the API", free: toCategory("api")},
		{says: "our systems check inputs for abuse, and we may suspend an account that breaks our usage policy", typed: func(p *policy.Policy) bool {
			s := p.Purpose("moderation").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Contest != ""
		}},
		{says: "conversations flagged for abuse may be reviewed by authorised staff", free: toPurpose("moderation")},
		{says: "do not share sensitive data or the data of others in your prompts", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipNoSensitiveInput) }},
		{says: "partners for web search, news and image generation receive the prompt that needs them and may not train on it", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "features").Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "answers link to sources on the web, whose own policies govern them", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "we log connection data for security and keep it for a year", typed: func(p *policy.Policy) bool {
			return p.Category("technical").Retention == policy.Keep(policy.Years(1), policy.EventCollection)
		}},
		{says: "we measure our audience with cookies only if you agree, and you can change your choice in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we send our newsletter with your consent, and you can unsubscribe in every email", typed: func(p *policy.Policy) bool {
			return p.Purpose("news").RestsOnConsent() && p.Purpose("news").Withdraw != ""
		}},
		{says: "we keep prospect data for three years after our last contact", typed: func(p *policy.Policy) bool {
			return p.Category("prospects").Retention == policy.Keep(policy.Years(3), policy.EventLastActivity)
		}},
		{says: "we answer support requests and keep them for three years", typed: func(p *policy.Policy) bool {
			return p.Category("support").Retention == policy.Keep(policy.Years(3), policy.EventPurposeAchieved)
		}},
		{says: "we do not sell your data or share it for targeted advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && slices.Contains(p.Commitments, policy.CommitmentNoSharing)
		}},
		{says: "we host your data in the European Union", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionEU && recipient(p, "hosting").Country == regionEU
		}},
		{says: "our subprocessors are listed in our trust centre", typed: func(p *policy.Policy) bool { return p.Links.Subprocessors != "" }},
		{says: "some providers are outside the Union; we rely on the Data Privacy Framework or standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "we disclose data to authorities where the law requires, and to a buyer in a merger", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to its processing and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you can export your conversations from Le Chat", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightPortability && r.How != "" })
		}},
		{says: "you may give directives on what becomes of your data after your death", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPostMortemInstructions) }},
		{says: "you may complain to the CNIL", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) && p.Redress[0] == frCNIL }},
		{says: "requests go through our contact form", typed: func(p *policy.Policy) bool { return p.Links.RequestForm != "" }},
		{says: "we take no decision about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "data is encrypted in transit and at rest, and we are certified to ISO 27001 and audited under SOC 2", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "Le Chat is not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we will tell you of material changes by email or in the service", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
	}}
}

// realPolicyAi2Midjourney paraphrases, in our own words and as we recall
// it, the privacy policy of Midjourney, Inc. for its image generation
// service, as published in 2024-2025: a US company whose users sign in
// with Discord or Google and make images from text prompts and images
// they upload, on the website or through its bot on Discord; whose
// images are public in the gallery and the Discord channels unless a
// subscriber to a plan with Stealth Mode turns it on; which uses prompts,
// images and the ratings users give images to train its models and to
// personalise the style of their images; and which sets advertising
// cookies. It has sections for users in the EEA and the UK and for
// California. Addresses other than the company's city are illustrative.
func realPolicyAi2Midjourney() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"Discord or Google account ID and username", "email address", "profile picture", "subscription plan"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Discord or Google, when you sign in with them",
		Linked: true, Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"billing name and address", "card type and last four digits", "subscription and payment history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processor",
		Linked: true, Retention: policy.AsRequiredBy("US tax and accounting law"),
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	prompts := &policy.Category{ID: "prompts", Name: "Prompts and uploaded images", Items: []string{"the text prompts you enter", "the images you upload as image prompts or references"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityDefault,
		Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensoryData}}
	images := &policy.Category{ID: "images", Name: "Images you generate", Items: []string{"the images our models generate from your prompts", "the variations, upscales and edits you make of them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{prompts}, Linked: true, ModelGenerated: true,
		Visibility: policy.VisibilityDefault, Retention: policy.Until(policy.EventDeletionRequest), CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	ratings := &policy.Category{ID: "ratings", Name: "Ratings and reactions", Items: []string{"the images you rank, rate, like or react to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	style := &policy.Category{ID: "style", Name: "Your style profile", Items: []string{"the aesthetic preferences we infer from the images you rate and like"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{ratings}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	technical := &policy.Category{ID: "technical", Name: "Device and usage information", Items: []string{"IP address", "browser and device type", "cookie identifiers", "pages you visit and actions you take", "approximate location derived from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run, secure and improve the service and measure our marketing"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"your email address", "what you write to support or in surveys"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.ByCriteria("as long as needed to answer you"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for cloud computing, payments, customer support, email and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, payment, prompts, images, technical, support}}
	advertisers := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{technical}, Purpose: "to show ads for Midjourney on other sites and measure them"}

	service := &policy.Purpose{ID: "service", Name: "Providing the service: generating, storing and showing your images", Categories: []*policy.Category{account, payment, prompts, images, technical},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "you need a Discord or Google account and a subscription to generate images; without them we cannot provide the service"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising the style of your images from your ratings", Categories: []*policy.Category{ratings, style},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, OptOut: true,
		Required: "personalisation needs your ratings; without them your images keep the default style"}
	training := &policy.Purpose{ID: "training", Name: "Training and improving our models", Categories: []*policy.Category{prompts, images, ratings},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "developing better image models", Recipients: []*policy.Recipient{providers}}
	moderation := &policy.Purpose{ID: "moderation", Name: "Enforcing our community guidelines and keeping the service safe", Categories: []*policy.Category{account, prompts, images, technical},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping the service safe and its content within our guidelines",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach}, Contest: "by writing to our support"}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising Midjourney on other sites and measuring our marketing", Categories: []*policy.Category{technical},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, OptOut: true,
		Recipients: []*policy.Recipient{advertisers}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping the people who write to us", Recipients: []*policy.Recipient{providers}}
	news := &policy.Purpose{ID: "news", DirectMarketing: true, Name: "Sending news about Midjourney", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email", OptOut: true, Recipients: []*policy.Recipient{providers}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Midjourney, Inc.", Email: "privacy@midjourney.example", Address: "San Francisco, California, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.June, 2), Updated: policy.MakeDate(2025, time.June, 2),
		URL:         "https://docs.midjourney.example/docs/privacy-policy",
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Scope:       []string{"midjourney.com, the Midjourney bot on Discord and our other services"},
		External:    []policy.ExternalService{policy.ExternalSocialNetworks, policy.ExternalLinkedSites},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, payment, prompts, images, ratings, style, technical, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment processor keeps them."},
		},
		Purposes:   []*policy.Purpose{service, personalise, training, moderation, ads, helping, news},
		Recipients: []*policy.Recipient{providers, advertisers},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, payment, prompts, images, technical, support}, Safeguard: policy.SafeguardStandardClauses},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, payment, prompts, images, technical, support}, Safeguard: policy.SafeguardUKTransferAgreement},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{prompts, images}},
			{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account},
				Lifetime: policy.Expires(policy.Months(12)), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising and analytics cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: advertisers, Purpose: ads,
				Categories: []*policy.Category{technical}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("on your account page or by writing to privacy@midjourney.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the cookie settings"}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation},
			OptOutURL: "https://www.midjourney.example/cookie-settings", Under16: policy.AnswerNo,
			RequestMethods: []string{"your account page", "email to privacy@midjourney.example"}, OnlineOnly: true},
		Security:       []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		SecurityCaveat: true,
		Links:          policy.Links{CookieSettings: "https://www.midjourney.example/cookie-settings"},
		Children:       policy.Children{MinimumAge: 13, Note: "If we learn that we collected personal information from a child under 13, we delete it."},
		Changes:        policy.Changes{EffectiveOnPosting: true},
		Contact:        policy.Contact{Email: "privacy@midjourney.example"},
	}
	return realPolicy{"AI image generator (Midjourney)", p, []statement{
		{says: "Midjourney, Inc. in San Francisco is responsible for your information", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Controller.Name == "Midjourney, Inc."
		}},
		{says: "the policy covers our website, our bot on Discord and our other services", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "you sign in with Discord or Google, which give us your account ID, username and email address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && p.Category("account").SourceDetail != ""
		}},
		{says: "our payment processor handles subscriptions; we do not keep full card numbers", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we collect the prompts you write and the images you upload", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("prompts").CCPA, policy.CCPASensoryData)
		}},
		{says: "we keep the images our models generate for you", typed: func(p *policy.Policy) bool {
			return p.Category("images").ModelGenerated && slices.Contains(p.Category("images").DerivedFrom, p.Category("prompts"))
		}},
		{says: "your images and prompts are public in the gallery and on Discord, where others can see and reuse them", typed: func(p *policy.Policy) bool {
			return p.Category("images").Visibility == policy.VisibilityDefault && p.Category("prompts").Visibility == policy.VisibilityDefault
		}},
		{says: "only subscribers to a plan with Stealth Mode can keep their images out of public view", free: toCategory("images")},
		{says: "even images made in Stealth Mode may be seen by our moderators and used to train our models", free: toCategory("images")},
		{says: "we collect the images you rate and like", typed: func(p *policy.Policy) bool { return p.Category("ratings").Linked }},
		{says: "we infer your style preferences from your ratings to personalise your images, which you can turn off", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").OptOut && slices.Contains(p.Category("style").DerivedFrom, p.Category("ratings"))
		}},
		{says: "we collect your IP address, device, browser and activity, and derive your approximate location", typed: func(p *policy.Policy) bool {
			return p.Category("technical").Sources[0] == policy.SourceAutomatic && slices.Contains(p.Category("technical").CCPA, policy.CCPAGeolocation)
		}},
		{says: "we keep what you write to support", typed: func(p *policy.Policy) bool { return p.Category("support") != nil }},
		{says: "we use your information to provide the service, as our contract with you requires", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "you need an account and a subscription to generate images", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we use prompts, images and ratings to train and improve our models, on our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("training").HasBasis(policy.BasisLegitimateInterests) && slices.Contains(p.Purpose("training").Categories, p.Category("images"))
		}},
		{says: "we use information to enforce our community guidelines, and may remove content or ban accounts that break them", typed: func(p *policy.Policy) bool {
			s := p.Purpose("moderation").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Targets, policy.SuspensionTargetContent)
		}},
		{says: "our systems block prompts that break the guidelines before an image is made", free: toPurpose("moderation")},
		{says: "we send news about Midjourney, and you can unsubscribe in every email", typed: func(p *policy.Policy) bool {
			return p.Purpose("news").DirectMarketing && p.Purpose("news").Withdraw != ""
		}},
		{says: "we use advertising cookies and pixels to advertise Midjourney on other sites", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Party == policy.PartyThird && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "you can change your cookie choices in the cookie settings", typed: func(p *policy.Policy) bool { return p.Links.CookieSettings != "" }},
		{says: "service providers host the service and help with payments, support, email and analytics", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "when you use Midjourney on Discord, Discord's own policy governs what it collects", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "we disclose information on valid legal process and tell you first unless the law forbids it", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d != nil && d.Notice
		}},
		{says: "we may disclose information to protect rights and safety, and to a buyer in a merger", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep your information while your account is open and as long as needed for our purposes", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention == policy.WhileAccountActive(policy.Period{})
		}},
		{says: "you can delete your images, and we keep some data after you close your account where the law or a dispute needs it", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventDeletionRequest && slices.Contains(p.Deletion[1].Kept, policy.KeptLegalClaims)
		}},
		{says: "images already used to train a model cannot be removed from it", free: toPurpose("training")},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && p.CCPA.Sold == policy.AnswerNo
		}},
		{says: "our advertising cookies may be sharing under California law, and you can opt out of it", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale)
		}},
		{says: "in the last 12 months we collected identifiers, commercial information, internet activity, approximate location, images and inferences", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("style").CCPA, policy.CCPAInferences) && slices.Contains(p.Category("payment").CCPA, policy.CCPACommercialInfo)
		}},
		{says: "we do not knowingly sell or share the personal information of consumers under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "Californians may know, delete and correct their information, and are not discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests can be made on your account page or by email, and an authorised agent may make them for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through your account or its email address", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "in the EEA and the UK we rely on the contract, legitimate interests and consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && p.Purpose("moderation").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "in the EEA and the UK you may access, correct, delete and port your data, object to or restrict its use, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to your data protection authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we transfer data to the US on standard contractual clauses and the UK's transfer terms", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "we protect information with encryption in transit and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "no security is perfect, and you use the service at your own risk", typed: func(p *policy.Policy) bool { return p.SecurityCaveat }},
		{says: "the service is not for children under 13, and we delete what we learn we collected from one", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.Note != ""
		}},
		{says: "we do not respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "changes take effect when we post them", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "questions go to our privacy address", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}
