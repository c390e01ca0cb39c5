package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// toLegalProcessNote writes text into the note of the policy's
// disclosure on legal process.
func toLegalProcessNote(p *policy.Policy, text string) {
	d := hasDisclosure(p, policy.DisclosureLegalProcess)
	if d.Note != "" {
		d.Note += " "
	}
	d.Note += text
}

// videoConferencing paraphrases, in our own words and as we recall it,
// the global privacy statement of a video-conferencing service in the
// manner of Zoom, as published in 2024: a US company that hosts meetings,
// webinars, chat and whiteboards, offers generative AI features (AI
// Companion), processes the content of its business customers' meetings
// as their processor, and is the controller of account, billing, device,
// usage and marketing data. It declares the GDPR, the UK GDPR, the CCPA
// and the other US state privacy laws.
func videoConferencing() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account and profile information", Items: []string{"name", "display name", "email address", "phone number", "password", "profile picture", "job title and employer", "language and time zone"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the owner or administrator of the account you use, who may create your user, and the single sign-on provider you sign in with",
		Retention:    policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceAdministrators, policy.AudienceParticipants},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	billing := &policy.Category{ID: "billing", Name: "Billing information", Items: []string{"billing contact and address", "payment method and the last four digits of a card", "plan, add-ons and invoices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("US federal and state tax law"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	device := &policy.Category{ID: "device", Name: "Device and network information", Items: []string{"IP address", "device type, operating system and client version", "camera, microphone and speaker in use", "type of connection", "approximate location, to the city, derived from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	content := &policy.Category{ID: "content", RecordingNotice: true, Name: "Meeting, webinar, chat and whiteboard content", Items: []string{"audio and video", "screen shares and files shared", "in-meeting and team chat messages", "whiteboards, polls and Q&A", "cloud recordings and transcripts", "summaries and other outputs of AI Companion, and the questions you ask it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention:   policy.ByCriteria("as long as the account owner's settings keep it, such as the retention period set for cloud recordings, or until the host deletes it"),
		VisibleTo:   []policy.Audience{policy.AudienceParticipants, policy.AudienceAdministrators},
		Commitments: []policy.Commitment{policy.CommitmentNoModelTraining},
		CCPA:        []policy.CCPACategory{policy.CCPASensoryData, policy.CCPAIdentifiers}}
	usage := &policy.Category{ID: "usage", Name: "Meeting metadata and product usage", Items: []string{"meeting topic, host and participants", "times you join and leave", "features used, clicks and settings", "pages visited on our websites"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve the services"), VisibleTo: []policy.Audience{policy.AudienceAdministrators},
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAIdentifiers}}
	website := &policy.Category{ID: "website", Name: "Website cookie and advertising data", Items: []string{"cookie identifiers", "pages visited on our websites", "ads viewed and clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	partners := &policy.Category{ID: "partners", Name: "Business contact information from partners", Items: []string{"name", "business email address", "job title", "company"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "our resellers, event sponsors and providers of sales leads",
		Retention: policy.Keep(policy.Years(2), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"support requests and chats", "recordings of support calls", "feedback and survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}

	subprocessors := &policy.Recipient{ID: "subprocessors", Name: "service providers for hosting, payments, support and communications", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, billing, device, content, usage, support}, Country: regionUS}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "our affiliates", Role: policy.RoleProcessor, Categories: []*policy.Category{account, billing, usage, support},
		Purpose: "to provide, support and sell the services in their countries"}
	resellers := &policy.Recipient{ID: "resellers", Name: "resellers and other sales partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, billing},
		Purpose: "to handle a purchase you make through them"}
	apps := &policy.Recipient{ID: "apps", Name: "apps and integrations from our marketplace that you or the account owner add", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, content, usage}, Conditional: true, Purpose: "you or the account owner add the app, which uses the data under its developer's own terms"}
	aiProviders := &policy.Recipient{ID: "ai", Name: "providers of the AI models behind AI Companion", Role: policy.RoleProcessor, Categories: []*policy.Category{content},
		Country: regionUS, Purpose: "to generate summaries, answers and other outputs of AI Companion",
		Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{website}, Country: regionUS}

	service := &policy.Purpose{ID: "service", Name: "Providing, supporting and billing for the services", Categories: []*policy.Category{account, billing, device, content, usage, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{subprocessors, affiliates, resellers, apps},
		Required: "a host needs an account with an email address, and a participant a display name; without them we cannot run the meeting"}
	ai := &policy.Purpose{ID: "ai", Name: "Providing AI Companion features that the account owner turns on", Categories: []*policy.Category{content},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{aiProviders}}
	research := &policy.Purpose{ID: "research", Name: "Product research and development", Categories: []*policy.Category{device, usage, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how the services are used so that we can fix, test and improve them"}
	safety := &policy.Purpose{ID: "safety", Name: "Authentication, integrity, security and safety", Categories: []*policy.Category{account, device, usage, content},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping accounts and meetings safe from attacks, fraud and abuse, and investigating the conduct that users report to us",
		Recipients: []*policy.Recipient{subprocessors}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling customers and prospects about our services", Categories: []*policy.Category{account, partners},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling businesses and users about services like those they use or asked about", OptOut: true,
		Recipients: []*policy.Recipient{subprocessors}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our websites and advertising our services elsewhere", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping tax and accounting records", Categories: []*policy.Category{billing},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "meeting the tax and accounting obligations that US law places on us"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Zoom Video Communications, Inc.", Email: "privacy@zoom.example", Address: "San Jose, California, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: regionNL, Contact: policy.Contact{Name: "Zoom Video Communications Netherlands B.V.", Address: "Amsterdam, Netherlands"}},
			{Region: regionGB, Contact: policy.Contact{Name: "Zoom Video Communications UK Ltd", Address: "London, United Kingdom"}},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "privacy@zoom.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws: []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA, policy.USStates},
		CustomerData: policy.CustomerData{Customers: "the businesses, schools and other organisations whose accounts host meetings and webinars",
			Data:     "the content of the meetings, webinars, chats and recordings hosted on customers' accounts, and the details webinar attendees give a host when registering",
			TermsURL: "https://zoom.example/docs/en-us/privacy-and-legal.html", ContractPrevails: true, ChoosesStorage: true, ForwardsRequests: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, billing, device, content, usage, website, partners, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: billing, Note: "Our payment processors keep them."},
		},
		Purposes:   []*policy.Purpose{service, ai, research, safety, marketing, ads, legal},
		Recipients: []*policy.Recipient{subprocessors, affiliates, resellers, apps, aiProviders, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, billing, device, content, usage, partners, support}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, billing, device, content, usage, partners, support}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: subprocessors, Categories: []*policy.Category{account, device, content, usage}, Safeguard: policy.SafeguardStandardClauses,
				Note: "The clauses are part of our data processing agreement, which we publish; ask us for a copy."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://zoom.example/trust/transparency"},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies and pixels", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{website},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your profile settings or with the privacy request form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the cookie settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightOptOutOfTargetedAdvertising, How: "in the cookie settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes,
			WithoutAccount: "with the privacy request form, or by asking the owner of the account that hosted the meeting or webinar"},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://zoom.example/cookie-preferences", RequestMethods: []string{"the privacy request form", "a call to our toll-free number"}, TollFreeNumber: "1-888-799-9666",
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer to your request and asking us to reconsider it", AttorneyGeneral: true}},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit, Description: "Meeting content is encrypted with AES-256 GCM on its way between devices and our servers."},
			{Kind: policy.MeasureEndToEndEncryption, Description: "A host can turn it on for a meeting; features that need our servers to read the content, such as cloud recording and AI Companion, are then not available."},
			{Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "The services have SOC 2 reports and ISO/IEC 27001 certification, and are authorised under FedRAMP for US government customers."},
		},
		Links: policy.Links{Subprocessors: "https://zoom.example/subprocessors", Security: "https://zoom.example/trust/security",
			CookieSettings: "https://zoom.example/cookie-preferences", RequestForm: "https://zoom.example/privacy-request"},
		OtherNotices: []policy.Notice{{Covers: "students who use the services through their school", URL: "https://zoom.example/childrens-educational-privacy-statement"}},
		Children:     policy.Children{MinimumAge: 16, SchoolConsent: true},
		Changes:      policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:      policy.Contact{Email: "privacy@zoom.example"},
	}
	return realPolicy{"video-conferencing service (Zoom)", p, []statement{
		{says: "Zoom Video Communications, Inc. in San Jose is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Controller.Name != ""
		}},
		{says: "we have establishments in the Netherlands and the United Kingdom", typed: func(p *policy.Policy) bool {
			return p.Establishments[0].Region == regionNL && p.Establishments[1].Region == regionGB
		}},
		{says: "our data protection officer answers at the privacy address", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "for business and school accounts we process the content of meetings and webinars as the customer's processor, under our data processing agreement", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.TermsURL != ""
		}},
		{says: "where the customer's contract conflicts with this statement, the contract governs that content", typed: func(p *policy.Policy) bool { return p.CustomerData.ContractPrevails }},
		{says: "paying customers may choose the data-centre regions their meetings run and are stored in", typed: func(p *policy.Policy) bool { return p.CustomerData.ChoosesStorage }},
		{says: "a webinar attendee asks the host about registration data, and requests sent to us are passed on to the account owner", typed: func(p *policy.Policy) bool {
			return p.CustomerData.ForwardsRequests && p.Requests.WithoutAccount != ""
		}},
		{says: "we collect account and profile information from you, from the account owner who may create your user, or from your single sign-on provider", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && p.Category("account").SourceDetail != ""
		}},
		{says: "we collect billing information, and our payment processors keep full card numbers", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("billing")
		}},
		{says: "we collect device and network information, including an approximate location derived from the IP address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").CCPA, policy.CCPAGeolocation) && p.Category("device").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we process the audio, video, chat, shared files, whiteboards, recordings and transcripts of meetings and webinars", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("content").Items, "cloud recordings and transcripts")
		}},
		{says: "we record meeting metadata and how the services and websites are used", typed: func(p *policy.Policy) bool { return p.Category("usage").Sources[0] == policy.SourceAutomatic }},
		{says: "we receive business contact information from resellers, event sponsors and lead providers", typed: func(p *policy.Policy) bool {
			return p.Category("partners").SourceDetail != ""
		}},
		{says: "we keep what you tell support, and support calls may be recorded", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("support").CCPA, policy.CCPASensoryData)
		}},
		{says: "account log-in is sensitive personal information, used only to provide and secure the services", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").CCPA, policy.CCPASensitivePersonalInfo) && p.CCPA.SensitiveUse == policy.AnswerNo
		}},
		{says: "we use data to provide, support and bill for the services under our contract", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "AI Companion processes meeting content to produce summaries and answers, with third-party model providers acting for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "ai").Role == policy.RoleProcessor && slices.Contains(p.Purpose("ai").Recipients, recipient(p, "ai"))
		}},
		{says: "we do not use audio, video, chat, screen shares, attachments or other communications-like content to train our or third parties' AI models", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("content").Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "we research and develop our products on our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("research").Interest != "" }},
		{says: "we authenticate users, keep the services secure and review reported misconduct, which may include content", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Uses(p.Category("content")) && p.Purpose("safety").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we send marketing to customers and prospects, who can unsubscribe", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOut }},
		{says: "with consent, advertising cookies on our websites let partners advertise our services elsewhere", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "ads").Consent == policy.CookieConsentOptIn
		}},
		{says: "we keep invoices as tax law requires", typed: func(p *policy.Policy) bool { return p.Category("billing").Retention.Law != "" }},
		{says: "we do not sell personal data, but advertising cookies are sharing for targeted advertising, which you can opt out of", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "we honour Global Privacy Control, but not Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "service providers host the services, take payments and help with support; the list of subprocessors is online", typed: func(p *policy.Policy) bool {
			return recipient(p, "subprocessors").Role == policy.RoleProcessor && p.Links.Subprocessors != ""
		}},
		{says: "our affiliates help provide and sell the services", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates").Purpose != "" }},
		{says: "resellers receive what they need to handle a purchase made through them", typed: func(p *policy.Policy) bool { return recipient(p, "resellers").Role == policy.RoleThirdParty }},
		{says: "marketplace apps that you or the account owner add receive data under their developers' terms", typed: func(p *policy.Policy) bool { return recipient(p, "apps").Conditional }},
		{says: "the account owner and its administrators can see your profile, your usage and the content of meetings on the account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("content").VisibleTo, policy.AudienceAdministrators) && slices.Contains(p.Category("usage").VisibleTo, policy.AudienceAdministrators)
		}},
		{says: "the other participants in a meeting see your name, picture, video and what you share or write", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").VisibleTo, policy.AudienceParticipants) && slices.Contains(p.Category("content").VisibleTo, policy.AudienceParticipants)
		}},
		{says: "data goes from the EU and the UK to the US under the Data Privacy Framework and its UK Extension, and to subprocessors under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Origin == regionGB && p.Transfers[2].Safeguard == policy.SafeguardStandardClauses && p.Transfers[2].Note != ""
		}},
		{says: "we disclose data to governments only on valid legal process, tell the customer where we may, and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d.Notice && d.ReportURL != ""
		}},
		{says: "data may pass to a buyer in a merger, and may be disclosed to protect people and our rights", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "you may access, correct, delete and port your data, restrict and object, withdraw consent and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightComplaint)
		}},
		{says: "residents of US states may know, delete and correct, opt out of targeted advertising, appeal a refusal, and act through an agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.USStates.Appeal.How != "" && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "requests can be made with the form or on a toll-free number, and we verify them through the account or by email", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && len(p.Requests.Verification) == 2
		}},
		{says: "we keep account data while the account exists, and content as long as the account owner's settings keep it", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("content").Retention.Criteria != ""
		}},
		{says: "content is encrypted in transit, hosts can turn on end-to-end encryption, and the services are certified", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEndToEndEncryption) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "no one under 16 may open an account, except through a school, which consents for its students; a separate statement covers them", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 16 && p.Children.SchoolConsent && len(p.OtherNotices) == 1
		}},
		{says: "material changes are announced in the services or by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "hosts may record meetings, and everyone in the meeting is told when a recording starts and may leave", typed: func(p *policy.Policy) bool { return p.Category("content").RecordingNotice }},
		{says: "the account owner decides whether AI Companion is on, and meeting summaries go to the host, who may share them", free: toPurpose("ai")},
		{says: "the AI model providers may not use the data to train their models", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "ai").Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "the AI model providers may not keep the data", free: toRecipientPurpose("ai")},
	}}
}

// fileStorage paraphrases, in our own words and as we recall it, the
// privacy policy of a cloud file storage service in the manner of
// Dropbox, as published in 2024: a US company, with an Irish company as
// the controller for users in Europe, that stores and syncs its users'
// files, lets them share files with people they choose or by link,
// processes the files of team accounts for the organisations that manage
// them, and offers AI features run with third-party models. It declares
// the GDPR, the UK GDPR and the CCPA.
func fileStorage() realPolicy {
	ie := language.MustParseRegion("IE")
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "password", "phone number", "profile photo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the administrator of a team account, who may create yours, or the account you sign in with, such as Google or Apple",
		Retention:    policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceAdministrators, policy.AudienceChosenContacts},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	files := &policy.Category{ID: "files", Name: "Your files", Items: []string{"files, documents and photos you store", "comments and edits", "file names and folder structure"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention:   policy.WhileAccountActive(policy.Period{}),
		Visibility:  policy.VisibilityLink,
		VisibleTo:   []policy.Audience{policy.AudienceChosenContacts, policy.AudienceAdministrators},
		Commitments: []policy.Commitment{policy.CommitmentModelTrainingOptIn},
		CCPA:        []policy.CCPACategory{policy.CCPASensoryData, policy.CCPAIdentifiers}}
	contacts := &policy.Category{ID: "contacts", Name: "Contacts you give us", Items: []string{"names and email addresses from your address book"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	usage := &policy.Category{ID: "usage", Name: "Usage and device information", Items: []string{"actions you take on files, such as viewing, editing and sharing", "the people you share with", "IP address", "browser, device type and device identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve the services"), VisibleTo: []policy.Audience{policy.AudienceAdministrators},
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAIdentifiers}}
	billing := &policy.Category{ID: "billing", Name: "Payment information", Items: []string{"payment card or other payment method", "billing address", "plan and invoices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("Irish, UK and US tax law"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	website := &policy.Category{ID: "website", Name: "Website cookie and advertising data", Items: []string{"cookie identifiers", "pages visited on our websites", "ads clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"what you tell our support team", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	vendors := &policy.Recipient{ID: "vendors", Name: "trusted third parties that host data, process payments and help with support", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, files, usage, billing, support}, Country: regionUS}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "the other Dropbox companies", Role: policy.RoleProcessor, Categories: []*policy.Category{account, usage, billing},
		Country: regionUS, Purpose: "to provide and support the services"}
	apps := &policy.Recipient{ID: "apps", Name: "apps you connect to your account", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, files},
		Conditional: true, Purpose: "you connect the app and choose what it may reach, under its developer's own terms"}
	aiPartners := &policy.Recipient{ID: "ai", Name: "third-party AI partners", Role: policy.RoleProcessor, Categories: []*policy.Category{files},
		Country: regionUS, Purpose: "to answer questions about your files and summarise them when you use our AI features",
		Retention: policy.Days(30), Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{website}, Country: regionUS}

	service := &policy.Purpose{ID: "service", Name: "Storing, syncing and sharing your files and running your account", Categories: []*policy.Category{account, files, usage, billing, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors, affiliates, apps},
		Required: "an account needs a name and an email address; without them we cannot open it"}
	sharing := &policy.Purpose{ID: "contacts", Name: "Suggesting people to share with from the contacts you give us", Categories: []*policy.Category{contacts},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by removing the imported contacts in your account settings", OptOut: true}
	ai := &policy.Purpose{ID: "ai", Name: "Providing AI features that answer questions about your files", Categories: []*policy.Category{files},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{aiPartners}}
	security := &policy.Purpose{ID: "security", Name: "Protecting the services and enforcing our acceptable use policy", Categories: []*policy.Category{account, files, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping our users and the services safe from malware, spam, fraud and abuse", Recipients: []*policy.Recipient{vendors}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding and improving the services", Categories: []*policy.Category{usage, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how the services are used so that we can improve them"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and offers", Categories: []*policy.Category{account, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling our users about features and plans like those they use", OptOut: true, Recipients: []*policy.Recipient{vendors}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our websites and advertising our services elsewhere", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting tax and accounting obligations", Categories: []*policy.Category{billing},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Irish tax and company law", Region: ie}, {Act: "Value Added Tax Act 1994", Region: regionGB}},
		Required: "the law requires us to keep invoices; without the billing details we cannot sell a paid plan"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Dropbox, Inc.", Email: "privacy@dropbox.example", Address: "San Francisco, California, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: ie, Contact: policy.Contact{Name: "Dropbox International Unlimited Company", Address: "Dublin, Ireland"}, ControllerFor: regionEU},
			{Region: ie, Contact: policy.Contact{Name: "Dropbox International Unlimited Company", Address: "Dublin, Ireland"}, ControllerFor: regionGB},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "privacy@dropbox.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.January, 15), Updated: policy.MakeDate(2024, time.January, 15),
		Laws: []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		CustomerData: policy.CustomerData{Customers: "the organisations that provide team accounts to their members",
			Data:     "the files and other content that members store in a team account",
			TermsURL: "https://dropbox.example/business/agreement", ContractPrevails: true, ChoosesStorage: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, files, contacts, usage, billing, website, support},
		Purposes:    []*policy.Purpose{service, sharing, ai, security, improve, marketing, ads, legal},
		Recipients:  []*policy.Recipient{vendors, affiliates, apps, aiPartners, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, files, contacts, usage, billing, support}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, files, contacts, usage, billing, support}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{account, files, usage}, Safeguard: policy.SafeguardStandardClauses,
				Note: "Ask us for a copy of the clauses."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://dropbox.example/transparency"},
			{Kind: policy.DisclosureBusinessTransfer, Notice: true},
			{Kind: policy.DisclosureProtection},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventTrashed, Categories: []*policy.Category{files}, Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(180)}},
				Note: "Deleted files can be restored for 30 days on Basic, Plus and Family plans, and for 180 days on Professional and team plans."},
			{From: policy.EventAccountClosure, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Removing copies from our servers and backups may take longer."},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "t", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(10)), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{website},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your account settings or by writing to privacy@dropbox.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the cookie settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes,
			WithoutAccount: "by asking the administrator of your team account about its files, or by writing to privacy@dropbox.example"},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://dropbox.example/cookie-preferences", RequestMethods: []string{"email to privacy@dropbox.example", "the privacy request form"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionAtRest, Description: "Files are stored encrypted with AES-256."},
			{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureAccessControl, Description: "You can turn on two-step verification for your account."},
			{Kind: policy.MeasureCertification, Description: "The services hold ISO/IEC 27001 certification and SOC 2 reports."},
			{Kind: policy.MeasureAudits, Description: "Security researchers may report vulnerabilities through our bug bounty programme."},
		},
		Links: policy.Links{Subprocessors: "https://dropbox.example/subprocessors", Security: "https://dropbox.example/security",
			CookieSettings: "https://dropbox.example/cookie-preferences", RequestForm: "https://dropbox.example/privacy-request"},
		Children: policy.Children{MinimumAge: 13, ByRegion: []policy.AgeLimit{{Region: regionEU, Age: 16}}},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@dropbox.example"},
	}
	return realPolicy{"cloud file storage (Dropbox)", p, []statement{
		{says: "Dropbox, Inc. in San Francisco is the controller for users in North America", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Controller.Name != ""
		}},
		{says: "for users in Europe, including the United Kingdom, Dropbox International Unlimited Company in Dublin is the controller instead", typed: func(p *policy.Policy) bool {
			return p.Establishments[0].Region == ie && p.Establishments[0].ControllerFor == regionEU && p.Establishments[1].ControllerFor == regionGB
		}},
		{says: "there is a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "the organisation that provides a team account controls its files, and we process them for it under our business agreement", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.TermsURL != ""
		}},
		{says: "where the organisation's agreement with us conflicts with this policy, the agreement governs the team's files", typed: func(p *policy.Policy) bool { return p.CustomerData.ContractPrevails }},
		{says: "team customers may choose the region where their files are stored", typed: func(p *policy.Policy) bool { return p.CustomerData.ChoosesStorage }},
		{says: "the administrator of a team account can see, control, transfer and delete your account and its files", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("files").VisibleTo, policy.AudienceAdministrators) && slices.Contains(p.Category("account").VisibleTo, policy.AudienceAdministrators)
		}},
		{says: "we collect account information from you, from a team administrator, or from the account you sign in with", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && p.Category("account").SourceDetail != ""
		}},
		{says: "we store the files, photos, comments and edits you put in your account to provide the services", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("files"))
		}},
		{says: "the people you share a file or folder with can see it, and anyone with a shared link can open it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("files").VisibleTo, policy.AudienceChosenContacts) && p.Category("files").Visibility == policy.VisibilityLink
		}},
		{says: "you may give us your contacts so that sharing is easier, and remove them again", typed: func(p *policy.Policy) bool {
			return p.Purpose("contacts").RestsOnConsent() && p.Purpose("contacts").Withdraw != ""
		}},
		{says: "we record how you use the services, whom you share with, and your device and IP address", typed: func(p *policy.Policy) bool {
			return p.Category("usage").Sources[0] == policy.SourceAutomatic && slices.Contains(p.Category("usage").Items, "the people you share with")
		}},
		{says: "we collect payment information for paid plans", typed: func(p *policy.Policy) bool { return p.Category("billing") != nil }},
		{says: "account log-in is sensitive personal information, used only to provide and secure the services", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").CCPA, policy.CCPASensitivePersonalInfo) && p.CCPA.SensitiveUse == policy.AnswerNo
		}},
		{says: "we store, sync, preview and search your files under our contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we scan files for malware, spam and abuse of our acceptable use policy, on our legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("files")) && p.Purpose("security").Interest != ""
		}},
		{says: "we analyse usage to improve the services", typed: func(p *policy.Policy) bool { return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) }},
		{says: "we send news and offers about our products, which you can unsubscribe from", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOut }},
		{says: "our AI features send the files you ask about to third-party AI partners acting for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "ai").Role == policy.RoleProcessor && p.Purpose("ai").Uses(p.Category("files"))
		}},
		{says: "we do not use your files to train AI models without your permission", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("files").Commitments, policy.CommitmentModelTrainingOptIn)
		}},
		{says: "we keep invoices as Irish tax and company law, and UK VAT law for sales in the UK, require", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "with consent, advertising cookies on our websites let partners advertise our services elsewhere", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "ads").Consent == policy.CookieConsentOptIn
		}},
		{says: "we do not sell personal information; advertising cookies are sharing, which you can opt out of, also by Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "trusted third parties host data, process payments and help with support; the list is online", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Links.Subprocessors != ""
		}},
		{says: "the other Dropbox companies help provide the services", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates") != nil }},
		{says: "apps you connect reach the data you let them, under their own terms", typed: func(p *policy.Policy) bool { return recipient(p, "apps").Conditional }},
		{says: "data goes from the EU and the UK to the US under the Data Privacy Framework and its UK Extension, and under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Origin == regionGB && p.Transfers[2].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "we answer government requests only when they are valid, tell users unless the law forbids it, and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d.Notice && d.ReportURL != ""
		}},
		{says: "in a merger your data may pass to the buyer, and we tell you first; we may disclose data to protect people and our rights", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer).Notice && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "you may access, correct, delete and port your data, restrict and object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know, delete, correct and opt out, through an agent too, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through the account or by email", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "we keep your data while your account exists, and begin deleting it 30 days after you delete the account", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Deletion[1].From == policy.EventAccountClosure
		}},
		{says: "deleted files can be restored for 30 or 180 days, depending on the plan", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventTrashed && p.Deletion[0].Stages[0].Removal == policy.RemovalTrash
		}},
		{says: "files are encrypted at rest and in transit, two-step verification is available, and the services are certified and tested by researchers", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureAudits)
		}},
		{says: "the services are not for children under 13, or the older age their country sets", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && len(p.Children.ByRegion) == 1
		}},
		{says: "material changes are announced in the services or by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "we resist requests that are overbroad and do not give any government a back door into the services", free: toLegalProcessNote},
		{says: "the AI partners delete the data within 30 days and do not train their models on it", typed: func(p *policy.Policy) bool {
			r := recipient(p, "ai")
			return r.Retention == policy.Days(30) && slices.Contains(r.Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "if we learn that a child under the minimum age gave us data, we delete it", free: toChildren},
		{says: "once you share a file, the people you share it with can copy it, and you answer for what you share", free: toCategory("files")},
	}}
}
