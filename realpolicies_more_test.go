package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// toRecipient writes text into a recipient's purpose, which holds a
// fragment, without its stop.
func toRecipientPurpose(id string) func(*policy.Policy, string) {
	return func(p *policy.Policy, text string) {
		r := recipient(p, id)
		if r.Purpose != "" {
			r.Purpose += "; "
		}
		r.Purpose += lowerFirst(trimStop(text))
	}
}

func trimStop(s string) string {
	if n := len(s); n > 0 && s[n-1] == '.' {
		return s[:n-1]
	}
	return s
}

func lowerFirst(s string) string {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

// workChat paraphrases the privacy policy of a business messaging
// service in the manner of Slack, as published in 2024: the customer
// organisation controls the content of its workspace, and the provider is
// the controller only of account, billing, usage and marketing data.
func workChat() realPolicy {
	ie := language.MustParseRegion("IE")
	account := &policy.Category{ID: "account", Name: "Account and profile information", Items: []string{"name", "email address", "password", "phone number", "profile photo", "job title"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the administrator of your workspace, who may create your account",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, VisibleTo: []policy.Audience{policy.AudienceOtherMembers, policy.AudienceConnectedOrganisations},
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo, policy.CCPASensitivePersonalInfo}}
	billing := &policy.Category{ID: "billing", Name: "Billing information", Items: []string{"billing contact", "billing address", "payment method", "plan and invoices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	usage := &policy.Category{ID: "usage", Name: "Usage information", Items: []string{"IP address", "device and browser", "features used and actions taken", "date and time of access"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run, secure and improve the services"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAIdentifiers}}
	website := &policy.Category{ID: "website", Name: "Website and advertising data", Items: []string{"cookie identifiers", "pages visited on our websites", "ads clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	integrations := &policy.Category{ID: "integrations", Name: "Information from integrations and partners", Items: []string{"identifiers from a single sign-on provider", "calendar availability", "business contact details of prospective customers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the third-party services you or your organisation connect, and our resellers and event partners",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	support := &policy.Category{ID: "support", Name: "Support and survey responses", Items: []string{"what you tell support", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	hosting := &policy.Recipient{ID: "subprocessors", Name: "subprocessors for hosting, support and email delivery", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, usage, support, billing}, Country: regionUS}
	payments := &policy.Recipient{ID: "payments", Name: "payment processors", Role: policy.RoleProcessor, Categories: []*policy.Category{billing}, Country: regionUS}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "Salesforce and its affiliates", Role: policy.RoleProcessor, Categories: []*policy.Category{account, usage, billing},
		Country: regionUS, Purpose: "to help provide, secure and sell the services"}
	apps := &policy.Recipient{ID: "apps", Name: "third-party apps installed in your workspace", Role: policy.RoleThirdParty, Categories: []*policy.Category{account},
		Conditional: true, Purpose: "your organisation or you install them, under their own terms"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{website}, Country: regionUS}
	service := &policy.Purpose{ID: "service", Name: "Providing, maintaining and supporting the services", Categories: []*policy.Category{account, billing, usage, integrations, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting, payments, affiliates, apps},
		Required: "an account needs an email address; without one we cannot create it"}
	secure := &policy.Purpose{ID: "security", Name: "Securing the services and investigating abuse", Categories: []*policy.Category{account, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our customers, users and services from spam, fraud and attacks", Recipients: []*policy.Recipient{hosting}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding and improving the services", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how the services are used so that we can improve them", Profiling: true}
	emails := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending news and offers about our services", Categories: []*policy.Category{account, integrations},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling business users about services like those they use", OptOut: true, Recipients: []*policy.Recipient{hosting}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our websites and advertising our services elsewhere", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{billing},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Irish tax and company law", Region: ie}},
		Required: "the law requires us to keep invoices; without them we cannot sell a paid plan"}
	p := &policy.Policy{
		Controller:     policy.Controller{Contact: policy.Contact{Name: "Slack Technologies, LLC", Email: "privacy@slack.example", Address: "San Francisco, California, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{{Region: ie, Contact: policy.Contact{Name: "Slack Technologies Limited", Address: "Dublin, Ireland"}, ControllerFor: regionEU}},
		DPO:            &policy.Contact{Name: "Data Protection Officer", Email: "dpo@slack.example"},
		Version:        "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		Laws: []policy.Law{policy.GDPR, policy.CCPA},
		CustomerData: policy.CustomerData{Customers: "the organisations that buy the services for their workspaces", Data: "the messages, files and other content that members submit to a workspace",
			TermsURL: "https://slack.example/terms-of-service/data-processing", ContractPrevails: true, ChoosesStorage: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoThirdPartyAds},
		Categories:  []*policy.Category{account, billing, usage, website, integrations, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: billing, Note: "The payment processors keep them."},
		},
		Purposes:   []*policy.Purpose{service, secure, improve, emails, ads, legal},
		Recipients: []*policy.Recipient{hosting, payments, affiliates, apps, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, billing, usage, integrations, support}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: hosting, Categories: []*policy.Category{account, usage, support}, Safeguard: policy.SafeguardStandardClauses,
				Note: "The clauses are part of our data processing addendum, which is published with our terms."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://slack.example/trust/transparency-report"},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "d", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{website},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your account settings or by writing to privacy@slack.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the cookie settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30),
			WithoutAccount: "by asking the organisation that runs your workspace, which controls its content"},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://slack.example/cookie-preferences", RequestMethods: []string{"email to privacy@slack.example", "the privacy request form"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "The services hold ISO/IEC 27001, 27017 and 27018 certifications and SOC 2 and SOC 3 reports."},
			{Kind: policy.MeasureBreachNotification},
		},
		Links: policy.Links{Subprocessors: "https://slack.example/slack-subprocessors", Security: "https://slack.example/trust/security",
			CookieSettings: "https://slack.example/cookie-preferences", RequestForm: "https://slack.example/privacy-request"},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@slack.example"},
	}
	return realPolicy{"work chat (Slack)", p, []statement{
		{says: "Slack Technologies, LLC in San Francisco is the controller, with an establishment in Dublin", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Establishments[0].Region == ie
		}},
		{says: "for users in the EEA, Slack Technologies Limited in Dublin is the controller instead", typed: func(p *policy.Policy) bool {
			return p.Establishments[0].ControllerFor == regionEU
		}},
		{says: "there is a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "the customer organisation controls the content of its workspace and we process it as its processor under the contract", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.TermsURL != ""
		}},
		{says: "where the customer's contract with us conflicts with this policy, the contract governs workspace content", typed: func(p *policy.Policy) bool {
			return p.CustomerData.ContractPrevails
		}},
		{says: "the customer may choose the region where workspace content is stored", typed: func(p *policy.Policy) bool { return p.CustomerData.ChoosesStorage }},
		{says: "members ask the organisation that runs the workspace about its content", typed: func(p *policy.Policy) bool { return p.Requests.WithoutAccount != "" }},
		{says: "we collect account and profile information, which the workspace administrator may provide", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty)
		}},
		{says: "we collect billing information for paid plans, without full card numbers", typed: func(p *policy.Policy) bool {
			return p.Category("billing") != nil && p.NotCollected[0].Category == p.Category("billing")
		}},
		{says: "we log how the services are used: IP address, device, features and times", typed: func(p *policy.Policy) bool { return p.Category("usage").Sources[0] == policy.SourceAutomatic }},
		{says: "we receive information from integrations you connect and from resellers and event partners", typed: func(p *policy.Policy) bool {
			return p.Category("integrations").SourceDetail != ""
		}},
		{says: "under the CCPA we collect identifiers, commercial, professional and internet activity information, and log-in credentials", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").CCPA, policy.CCPAProfessionalInfo) && slices.Contains(p.Category("account").CCPA, policy.CCPASensitivePersonalInfo)
		}},
		{says: "we use data to provide and support the services under our contract", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we secure the services and investigate abuse on our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("security").Interest != "" }},
		{says: "we analyse usage to improve the services", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Profiling }},
		{says: "we send business users news about our services, which they can unsubscribe from", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOut }},
		{says: "with consent, advertising cookies on our websites let partners advertise our services elsewhere", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "ads").Consent == policy.CookieConsentOptIn
		}},
		{says: "we keep invoices as tax and company law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we do not sell personal data, and there is no advertising in the services", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && slices.Contains(p.Commitments, policy.CommitmentNoThirdPartyAds)
		}},
		{says: "advertising cookies on our websites are sharing under the CCPA, which you can turn off", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "we honour Global Privacy Control but not Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "subprocessors host the services, deliver email and help with support; the list is online", typed: func(p *policy.Policy) bool {
			return recipient(p, "subprocessors").Role == policy.RoleProcessor && p.Links.Subprocessors != ""
		}},
		{says: "Salesforce and its affiliates help provide the services", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates") != nil }},
		{says: "third-party apps your organisation installs receive data under their own terms", typed: func(p *policy.Policy) bool { return recipient(p, "apps").Conditional }},
		{says: "data goes from the EU to the US under the Data Privacy Framework and standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "we answer legal process only when it is valid, tell the user where we may, and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d != nil && d.Notice && d.ReportURL != ""
		}},
		{says: "data may pass to a buyer in a merger, and may be shared to protect people or our rights", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "you may access, correct, delete and port your data, object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know, delete, correct and opt out of sharing, by email or web form, or through an agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightOptOutOfSale) && p.Requests.Agents == policy.AnswerYes && len(p.CCPA.RequestMethods) == 2
		}},
		{says: "we keep data while the account exists and as long as needed for the purposes", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("usage").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "data is encrypted in transit and at rest, access is controlled, and the services are certified to ISO 27001 and SOC 2", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "your profile is visible to the other members of your workspace, and to members of other organisations in channels you share with them", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Category("account").VisibleTo, []policy.Audience{policy.AudienceOtherMembers, policy.AudienceConnectedOrganisations})
		}},
		{says: "the services are not meant for anyone under 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "material changes are announced by email or in the services", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "workspace owners can export messages, set how long content is kept and see members' profiles, depending on their plan", free: toIntroduction},
		{says: "an organisation you are invited to through a shared channel controls the copy of your messages in its workspace", free: toIntroduction},
		{says: "we do not train generative models on workspace content, but our search and recommendation models learn from it in de-identified form unless the customer opts out", free: toPurpose("improve")},
	}}
}

// mobileGame paraphrases the privacy notice of a free-to-play mobile
// game studio in the manner of Supercell, as published in 2024: an EU
// controller that funds its games with in-app purchases and advertising,
// measures installs with attribution partners, and moderates chat.
func mobileGame() realPolicy {
	fi := language.MustParseRegion("FI")
	account := &policy.Category{ID: "account", Name: "Game account", Items: []string{"email address of a linked game account", "identifiers of the Apple, Google or Facebook account you sign in with"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the platform accounts you link",
		Retention: policy.Keep(policy.Years(2), policy.EventLastActivity), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	profile := &policy.Category{ID: "profile", Name: "Player profile", Items: []string{"player name and tag", "clan", "trophies and statistics"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.Keep(policy.Years(2), policy.EventLastActivity), Linked: true, Visibility: policy.VisibilityAlways, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	device := &policy.Category{ID: "device", Name: "Device information", Items: []string{"advertising identifier", "device identifiers", "IP address", "device model, operating system and language", "approximate location derived from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, Tracking: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	play := &policy.Category{ID: "play", Name: "Gameplay data", Items: []string{"progress and achievements", "in-game actions and battles", "session times"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchase history", Items: []string{"in-app purchases and their receipts", "virtual currency and items earned and spent"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "the Apple App Store and Google Play",
		Retention: policy.AsRequiredBy("the Finnish Accounting Act"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	chat := &policy.Category{ID: "chat", Name: "Chat messages", Items: []string{"messages in clan and global chat", "reports of other players"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Months(6), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	marketing := &policy.Category{ID: "attribution", Name: "Advertising and attribution data", Items: []string{"the ad or campaign that led to your install", "ads viewed and clicked in the game"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "advertising networks and attribution partners",
		Retention: policy.Keep(policy.Years(2), policy.EventCollection), Tracking: true, CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	cheat := &policy.Category{ID: "cheat", Name: "Fair-play signals", Items: []string{"signs of modified game clients or devices", "unusual patterns of play"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{device, play},
		Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	age := &policy.Category{ID: "age", Name: "Age", Items: []string{"age or year of birth you give at the age check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits}}
	support := &policy.Category{ID: "support", Name: "Player support conversations", Items: []string{"what you tell player support"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	stores := &policy.Recipient{ID: "stores", Name: "Apple and Google, which run the app stores", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases}, Country: regionUS,
		Purpose: "to take payment for in-app purchases, under their own privacy policies"}
	networks := &policy.Recipient{ID: "networks", Name: "advertising networks", Role: policy.RoleThirdParty, Categories: []*policy.Category{device, play, marketing}, Country: regionUS}
	attribution := &policy.Recipient{ID: "attribution", Name: "attribution partners", Role: policy.RoleProcessor, Categories: []*policy.Category{device, marketing}, Country: regionUS}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, analytics, player support and chat moderation", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, device, play, purchases, chat, support}, Country: regionUS}
	players := &policy.Recipient{ID: "players", Name: "other players", Role: policy.RoleThirdParty, Categories: []*policy.Category{profile, chat},
		Purpose: "to read the messages you send in chat"}
	game := &policy.Purpose{ID: "game", Name: "Running the games and their social features", Categories: []*policy.Category{account, profile, device, play, chat, age},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, players},
		Required: "the games need a device identifier to keep your progress; without it you cannot play"}
	buying := &policy.Purpose{ID: "purchases", Name: "Processing in-app purchases", Categories: []*policy.Category{purchases, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{stores},
		Required: "without the store's receipt we cannot deliver what you bought"}
	fair := &policy.Purpose{ID: "fair-play", Name: "Detecting cheating and enforcing the terms of service", Categories: []*policy.Category{device, play, cheat},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "keeping the games fair for every player",
		Automated: "our systems detect cheating and may suspend or ban an account automatically", Recipients: []*policy.Recipient{providers}}
	moderation := &policy.Purpose{ID: "moderation", Name: "Moderating chat", Categories: []*policy.Category{chat, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting players from abuse, harassment and scams", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing personalised ads in the games", Categories: []*policy.Category{device, play, marketing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the game's privacy settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{networks}}
	measure := &policy.Purpose{ID: "attribution", Name: "Measuring our marketing campaigns", Categories: []*policy.Category{device, marketing},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisConsent}, Interest: "knowing which of our campaigns bring new players", OptOut: true, Recipients: []*policy.Recipient{attribution, networks},
		Withdraw: "in your device's tracking settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Personalising in-game offers", Categories: []*policy.Category{play, purchases},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing players the offers most relevant to how they play", Profiling: true}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and developing the games", Categories: []*policy.Category{play, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "balancing the games and developing new ones", Recipients: []*policy.Recipient{providers}}
	helping := &policy.Purpose{ID: "support", Name: "Answering players in player support", Categories: []*policy.Category{support, account, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "what you tell player support is up to you, but without your player tag we cannot find your account"}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping accounting records", Categories: []*policy.Category{purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Accounting Act (1336/1997)", Region: fi}},
		Required: "the law requires us to keep records of purchases"}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Supercell Oy", Address: "Jätkäsaarenlaituri 1, 00180 Helsinki, Finland", Website: "https://help.supercell.example"}, Country: fi},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "dpo@supercell.example"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:       []policy.Law{policy.GDPR, policy.CCPA},
		Scope:      []string{"the Supercell games, websites and Supercell ID"},
		Categories: []*policy.Category{account, profile, device, play, purchases, chat, marketing, cheat, age, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "payment card details", Category: purchases, Note: "The app stores take payment; we receive only a receipt."},
		},
		Purposes:   []*policy.Purpose{game, buying, fair, moderation, ads, measure, offers, improve, helping, legal},
		Recipients: []*policy.Recipient{stores, networks, attribution, providers, players},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, device, play, purchases, chat, support},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask us for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: networks, Categories: []*policy.Category{device, play, marketing}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection}},
		Cookies: []policy.Cookie{
			{ID: "ads-sdk", Name: "advertising SDKs", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: networks, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.UntilCleared(), Consent: policy.CookieConsentOptIn},
			{ID: "attribution-sdk", Name: "attribution SDK", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: attribution, Purpose: measure,
				Categories: []*policy.Category{device, marketing}, Lifetime: policy.UntilCleared()},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in the game's settings under Privacy, or through player support"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking player support to have a person review a ban"},
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the game's privacy settings"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Agents: policy.AnswerYes, Deadline: policy.Months(1)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: fi,
			Contact: policy.Contact{Name: "Office of the Data Protection Ombudsman", Website: "https://tietosuoja.fi"}}},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://supercell.example/privacy/do-not-share", RequestMethods: []string{"the in-game player support", "email to dpo@supercell.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasurePseudonymisation}},
		Children: policy.Children{MinimumAge: 13, ParentalConsent: true, ByRegion: []policy.AgeLimit{{Region: regionEU, Age: 16}}, ConsentAge: 16,
			Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds, policy.ChildRestrictionNoProfiling, policy.ChildRestrictionFilteredChat}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "dpo@supercell.example"},
	}
	return realPolicy{"mobile game (Supercell)", p, []statement{
		{says: "Supercell Oy in Helsinki is the controller, with a data protection officer", typed: func(p *policy.Policy) bool { return p.Controller.Country == fi && p.DPO != nil }},
		{says: "the notice covers the games, the websites and Supercell ID", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "we keep your player name and tag, and the platform account you sign in with", typed: func(p *policy.Policy) bool { return p.Category("account").SourceDetail != "" }},
		{says: "your player name, profile and clan are visible to all players", typed: func(p *policy.Policy) bool { return p.Category("profile").Visibility == policy.VisibilityAlways }},
		{says: "we collect the advertising ID, device identifiers, IP address and approximate location", typed: func(p *policy.Policy) bool { return p.Category("device").Tracking }},
		{says: "we record gameplay: progress, battles and sessions", typed: func(p *policy.Policy) bool { return p.Category("play") != nil }},
		{says: "in-app purchases go through the app stores; we get a receipt, never the card", typed: func(p *policy.Policy) bool {
			return recipient(p, "stores").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("purchases")
		}},
		{says: "we keep purchase records as accounting law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we store chat messages and reports, and moderate chat to protect players", typed: func(p *policy.Policy) bool {
			return p.Purpose("moderation").Uses(p.Category("chat")) && p.Purpose("moderation").Interest != ""
		}},
		{says: "messages you send in chat are seen by other players", typed: func(p *policy.Policy) bool { return recipient(p, "players") != nil }},
		{says: "anti-cheat systems derive signals from the device and play, and may ban an account automatically", typed: func(p *policy.Policy) bool {
			return p.Category("cheat").DerivedFrom != nil && p.Purpose("fair-play").Automated != ""
		}},
		{says: "you may have a person review an automated ban", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNoAutomatedDecision) }},
		{says: "we ask your age, to tailor the games to younger players", typed: func(p *policy.Policy) bool { return p.Category("age") != nil }},
		{says: "in the EU, personalised ads are shown only with consent, which you can withdraw in the settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "advertising networks show ads in the games and receive device and play data", typed: func(p *policy.Policy) bool { return recipient(p, "networks").Role == policy.RoleThirdParty }},
		{says: "attribution partners tell us which campaign brought an install, on our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("attribution").HasBasis(policy.BasisLegitimateInterests) && recipient(p, "attribution").Role == policy.RoleProcessor
		}},
		{says: "advertising and attribution SDKs in the app read the advertising ID", typed: func(p *policy.Policy) bool {
			return cookie(p, "ads-sdk").Technology == policy.TechnologySDK && cookie(p, "attribution-sdk").Technology == policy.TechnologySDK
		}},
		{says: "we personalise in-game offers to how you play", typed: func(p *policy.Policy) bool { return p.Purpose("offers").Profiling }},
		{says: "we analyse play to balance and develop games", typed: func(p *policy.Policy) bool { return p.Purpose("improve") != nil }},
		{says: "service providers host the games and help with support and moderation", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "data goes to the US under standard contractual clauses, a copy of which you can ask for, or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Note != "" && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "under the CCPA we do not sell data but share it with ad networks, and you can opt out", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.CCPA.Sold == policy.AnswerNo && p.CCPA.OptOutURL != ""
		}},
		{says: "we do not share data of players we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may access, correct, delete and port your data and object, in the game's settings", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPortability) }},
		{says: "you may complain to the Finnish data protection ombudsman", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == language.MustParseRegion("FI")
		}},
		{says: "requests made in the game need no further verification", typed: func(p *policy.Policy) bool { return p.Requests.Verification[0] == policy.VerificationSignedIn }},
		{says: "we disclose data on valid legal process, to a buyer, or to protect players", typed: func(p *policy.Policy) bool { return len(p.Disclosures) == 3 }},
		{says: "children under 13, and under 16 where EU law sets it, need a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.ParentalConsent && len(p.Children.ByRegion) == 1
		}},
		{says: "we delete accounts after two years of inactivity", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.From == policy.EventLastActivity && p.Category("profile").Retention.From == policy.EventLastActivity
		}},
		{says: "we keep chat for six months and attribution data for two years", typed: func(p *policy.Policy) bool {
			return p.Category("chat").Retention.Period == policy.Months(6) && p.Category("attribution").Retention.Period == policy.Years(2)
		}},
		{says: "we tell you of material changes in the game", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "younger players see no personalised ads, no offers based on profiling and only filtered chat", typed: func(p *policy.Policy) bool {
			return p.Children.ConsentAge == 16 && len(p.Children.Restrictions) == 3
		}},
		{says: "on iOS we read the advertising ID only if you allow it in Apple's tracking prompt", typed: func(p *policy.Policy) bool {
			return p.Purpose("attribution").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		// Free text.
		{says: "you can reset your advertising ID or limit ad tracking in your device's settings", free: toPurpose("advertising")},
		{says: "the chat filter blocks offensive words automatically, and moderators read chat that players report", free: toPurpose("moderation")},
	}}
}

// ukBank paraphrases the privacy notice of a UK app-only bank in the
// manner of Monzo, as published in 2025: UK GDPR, identity checks with
// credit reference and fraud prevention agencies, the Money Laundering
// Regulations, retention for six years after the account closes, and
// automated decisions on credit and fraud with a right to have a person
// review them.
func ukBank() realPolicy {
	identity := &policy.Category{ID: "identity", Name: "Identity information", Items: []string{"name", "date of birth", "home address and address history", "nationality", "photo of an identity document"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(6)), Linked: true}
	face := &policy.Category{ID: "face", Name: "Facial biometrics", Items: []string{"selfie video", "facial geometry compared with the photo on your identity document"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(6)), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"email address", "phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(6)), Linked: true}
	money := &policy.Category{ID: "transactions", Name: "Account and transaction information", Items: []string{"balances", "payments in and out, with payees and payers", "card transactions and merchants", "income and employment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "card schemes, other banks and the people who pay you", Linked: true, VisibleTo: []policy.Audience{policy.AudienceJointHolders},
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(6), From: policy.EventAccountClosure,
			Criteria: "the time in which a claim can be brought, and the five years the Money Laundering Regulations require"}}
	credit := &policy.Category{ID: "credit", Name: "Credit reference information", Items: []string{"credit history and score", "electoral roll entry", "public records such as county court judgments and insolvencies", "financial associations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the credit reference agencies Experian, Equifax and TransUnion",
		Retention: policy.WhileAccountActive(policy.Years(6)), Linked: true}
	fraudData := &policy.Category{ID: "fraud", Name: "Fraud prevention information", Items: []string{"fraud and money-laundering markers", "records of suspicious activity"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "fraud prevention agencies such as Cifas",
		DerivedFrom: []*policy.Category{money, identity}, Retention: policy.Keep(policy.Years(6), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "Device and app usage", Items: []string{"device identifiers", "IP address", "approximate location", "how you use the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(6), policy.EventCollection)}
	calls := &policy.Category{ID: "communications", Name: "Conversations with us", Items: []string{"in-app chat", "recordings of phone calls", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(6)), Linked: true}
	vulnerable := &policy.Category{ID: "vulnerability", Name: "Health and vulnerability", Items: []string{"health conditions, gambling or money worries you tell us about"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	cras := &policy.Recipient{ID: "cras", Name: "Credit reference agencies (Experian, Equifax and TransUnion)", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, money, credit}, Country: regionGB, Purpose: "to check your identity and credit, and to record how you manage your account and repay credit",
		NoticeURL: "https://www.experian.co.uk/crain"}
	fpas := &policy.Recipient{ID: "fpas", Name: "Fraud prevention agencies such as Cifas and National Hunter", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, contact, fraudData, device}, Country: regionGB, Purpose: "to prevent fraud and money laundering and to verify your identity",
		Retention: policy.Years(6)}
	authorities := &policy.Recipient{ID: "authorities", Name: "HM Revenue & Customs, the National Crime Agency, the police and our regulators", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, money, fraudData}, Country: regionGB}
	ombudsman := &policy.Recipient{ID: "ombudsman", Name: "The Financial Ombudsman Service", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, calls},
		Country: regionGB, Conditional: true, Purpose: "if you take a complaint to it"}
	schemes := &policy.Recipient{ID: "schemes", Name: "Mastercard and other payment schemes", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, money},
		Purpose: "to make card payments and transfers"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for cloud hosting, identity verification and customer support", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, face, contact, money, device, calls}, Country: regionUS}
	account := &policy.Purpose{ID: "account", Name: "Opening and running your account", Categories: []*policy.Category{identity, contact, money, device, calls},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{schemes, providers},
		Required: "we cannot open an account without your identity and contact details"}
	aml := &policy.Purpose{ID: "aml", Name: "Checking your identity and preventing money laundering and terrorist financing", Categories: []*policy.Category{identity, money, credit, fraudData},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{cras, fpas, authorities},
		Obligations: []policy.Obligation{
			{Act: "the Money Laundering, Terrorist Financing and Transfer of Funds (Information on the Payer) Regulations 2017", Region: regionGB},
			{Act: "the Proceeds of Crime Act 2002", Region: regionGB}},
		TippingOff: []policy.Obligation{{Act: "Proceeds of Crime Act 2002, s. 333A", Region: regionGB}},
		Required:   "the law requires us to verify your identity; if we cannot, we cannot open an account"}
	selfie := &policy.Purpose{ID: "selfie", Name: "Matching your face to your identity document", Categories: []*policy.Category{face, identity},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisSubstantialPublicInterest}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "the Money Laundering, Terrorist Financing and Transfer of Funds (Information on the Payer) Regulations 2017", Region: regionGB}},
		Required:    "if you do not record the video we cannot verify you, and so cannot open an account"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting and preventing fraud", Categories: []*policy.Category{identity, contact, money, device, fraudData},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisLegalObligation}, Interest: "protecting you, us and others from fraud and financial crime",
		Obligations: []policy.Obligation{{Act: "the Proceeds of Crime Act 2002", Region: regionGB}},
		Automated:   "our systems may decide that you pose a fraud or money-laundering risk, block a payment, or refuse or close your account", Recipients: []*policy.Recipient{fpas, authorities}}
	lending := &policy.Purpose{ID: "credit", Name: "Deciding whether to lend to you, and how much", Categories: []*policy.Category{identity, money, credit},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{cras},
		Automated: "we decide automatically whether to offer an overdraft or loan, and its limit, from your credit file and how you use your account",
		Required:  "we cannot consider a loan or overdraft without a credit search"}
	reporting := &policy.Purpose{ID: "reporting", Name: "Telling credit reference agencies how you manage credit", Categories: []*policy.Category{identity, money},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "responsible lending across the industry", Recipients: []*policy.Recipient{cras}}
	support := &policy.Purpose{ID: "support", Name: "Supporting customers in vulnerable circumstances", Categories: []*policy.Category{vulnerable, calls},
		Bases:       []policy.Basis{policy.BasisLegalObligation, policy.BasisSubstantialPublicInterest},
		Obligations: []policy.Obligation{{Act: "the FCA's Consumer Duty and its guidance on vulnerable customers", Region: regionGB}},
		Required:    "telling us is up to you; if you do not, we cannot adapt how we support you"}
	website := &policy.Purpose{ID: "website", Name: "Measuring how our website is used", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products", Categories: []*policy.Category{contact, money},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering customers products like those they already have", OptOut: true, Profiling: true}
	records := &policy.Purpose{ID: "records", Name: "Keeping records and reporting to our regulators", Categories: []*policy.Category{identity, money, calls},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities, ombudsman},
		Obligations: []policy.Obligation{{Act: "the FCA Handbook (SYSC 9) and the PRA Rulebook", Region: regionGB}, {Act: "the Taxes Management Act 1970", Region: regionGB}}}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Monzo Bank Limited", Email: "help@monzo.example", Address: "Broadwalk House, 5 Appold Street, London EC2A 2AG"},
			Registration: "registered in England and Wales under company number 09446231, authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority",
			Country:      regionGB},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@monzo.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.April, 1), Updated: policy.MakeDate(2025, time.April, 1),
		Laws:       []policy.Law{policy.UKGDPR},
		Categories: []*policy.Category{identity, face, contact, money, credit, fraudData, device, calls, vulnerable},
		Purposes:   []*policy.Purpose{account, aml, selfie, fraud, lending, reporting, support, marketing, website, records},
		Recipients: []*policy.Recipient{cras, fpas, authorities, ombudsman, schemes, providers},
		Transfers: []policy.Transfer{{Origin: regionGB, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{identity, face, contact, money, device, calls},
			Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask us for a copy of the safeguards."}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookie", Party: policy.PartyFirst, Purpose: account, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: website, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app's chat or by email"}, {Kind: policy.RightRectification, How: "in the app"}, {Kind: policy.RightErasure},
			{Kind: policy.RightRestriction}, {Kind: policy.RightPortability}, {Kind: policy.RightObjection}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking us in the app's chat to have a person review the decision"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Deadline: policy.Months(1)},
		Redress: []policy.Redress{{Kind: policy.RedressDisputeResolution, Region: regionGB,
			Contact: policy.Contact{Name: "Financial Ombudsman Service", Website: "https://www.financial-ombudsman.org.uk"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureIncidentDetection}},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true, Notice: policy.Months(2)},
		Contact:  policy.Contact{Email: "dpo@monzo.example"},
		OtherNotices: []policy.Notice{{Covers: "accounts for under-16s and the parents who open them", URL: "https://monzo.example/legal/under-16s-privacy"},
			{Covers: "business accounts", URL: "https://monzo.example/legal/business-privacy"}},
	}
	return realPolicy{"UK bank (Monzo)", p, []statement{
		{says: "Monzo Bank Limited in London is the controller, authorised by the PRA and regulated by the FCA and PRA", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionGB && p.Controller.Registration != ""
		}},
		{says: "the data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we collect identity information and a photo of your ID to open an account", typed: func(p *policy.Policy) bool { return p.Purpose("account").Required != "" }},
		{says: "we compare a selfie video with your ID photo, using biometric data under a substantial public interest", typed: func(p *policy.Policy) bool {
			return p.Category("face").Biometric && p.Purpose("selfie").HasBasis(policy.BasisSubstantialPublicInterest)
		}},
		{says: "we record your transactions, payees, balances and income", typed: func(p *policy.Policy) bool { return p.Category("transactions") != nil }},
		{says: "we search credit reference agencies and get your credit history and public records", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail != "" && recipient(p, "cras") != nil
		}},
		{says: "we tell credit reference agencies how you manage your account and repay credit", typed: func(p *policy.Policy) bool {
			return p.Purpose("reporting").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "the Money Laundering Regulations and the Proceeds of Crime Act oblige us to check who you are and report suspicions", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && len(p.Purpose("aml").Obligations) == 2
		}},
		{says: "we share data with fraud prevention agencies, and keep fraud records for six years", typed: func(p *policy.Policy) bool {
			return recipient(p, "fpas").Role == policy.RoleThirdParty && p.Category("fraud").Retention.Period == policy.Years(6)
		}},
		{says: "we may decide automatically that you pose a fraud risk and refuse or close the account", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Automated != "" }},
		{says: "we decide automatically on overdrafts and loans from your credit file", typed: func(p *policy.Policy) bool { return p.Purpose("credit").Automated != "" }},
		{says: "you may ask a person to review an automated decision, give your view and contest it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we record device, IP address and how you use the app to spot fraud", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Uses(p.Category("device")) }},
		{says: "we record calls and keep chats and complaints", typed: func(p *policy.Policy) bool { return p.Category("communications") != nil }},
		{says: "if you tell us about your health or vulnerability, we use it to support you", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("vulnerability")) && p.Category("vulnerability").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "we keep your data for six years after the account closes", typed: func(p *policy.Policy) bool {
			return p.Category("transactions").Retention == policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(6), From: policy.EventAccountClosure,
				Criteria: p.Category("transactions").Retention.Criteria}
		}},
		{says: "we keep records so long because of the limitation period for claims and the Money Laundering Regulations", typed: func(p *policy.Policy) bool {
			return p.Category("transactions").Retention.Criteria != ""
		}},
		{says: "we tell you about our products on our legitimate interest, and you may opt out", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOut }},
		{says: "we keep records and report to HMRC, the NCA and our regulators as the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Role == policy.RoleAuthority && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "Mastercard and other schemes receive what they need to make payments", typed: func(p *policy.Policy) bool { return recipient(p, "schemes") != nil }},
		{says: "service providers host data and help us verify identity and support you", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "data sent to the US is protected by the UK's transfer agreement, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[0].Note != ""
		}},
		{says: "you may access, correct, erase, restrict and port your data, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may complain to the ICO", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "you may take a complaint about us to the Financial Ombudsman Service", typed: func(p *policy.Policy) bool {
			return p.Redress[0].Kind == policy.RedressDisputeResolution && recipient(p, "ombudsman").Conditional
		}},
		{says: "we protect data with encryption, access controls and monitoring for unauthorised access", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "if we sell or transfer part of the business, the buyer may receive your data", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we give data to law enforcement when the law requires it", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "requests you make in the app need no further proof of identity", typed: func(p *policy.Policy) bool {
			return p.Requests.Verification[0] == policy.VerificationSignedIn
		}},
		{says: "we answer requests within a month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "personal accounts are for people aged 16 or over; under-16 accounts have their own notice", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 16 && len(p.OtherNotices) == 2
		}},
		{says: "analytics cookies on the website are set only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "analytics").Consent == policy.CookieConsentOptIn }},
		{says: "we tell you two months before a material change", typed: func(p *policy.Policy) bool {
			return p.Changes.Notice == policy.Months(2) && p.Changes.MaterialOnly
		}},
		{says: "a joint account holder sees the transactions of the joint account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("transactions").VisibleTo, policy.AudienceJointHolders)
		}},
		{says: "the credit reference agencies explain how they use your data in their Credit Reference Agency Information Notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "cras").NoticeURL != ""
		}},
		{says: "fraud prevention agencies may keep your data for up to six years", typed: func(p *policy.Policy) bool { return recipient(p, "fpas").Retention == policy.Years(6) }},
		// Free text.
		{says: "if a fraud prevention agency records you as a fraud or money-laundering risk, other organisations may refuse you services", free: toRecipientPurpose("fpas")},
		{says: "fraud markers are information about alleged offences, which we process under the conditions of Schedule 1 to the Data Protection Act 2018", free: toCategory("fraud")},
		{says: "a joint account or a credit application links your credit file to the other person's, until one of you asks the agencies to break the link", free: toCategory("credit")},
		{says: "we may not tell you that we have reported a suspicion to the National Crime Agency, and may withhold data from an access request for that reason", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Purpose("aml").TippingOff, func(o policy.Obligation) bool {
				return o.Region == regionGB && strings.Contains(o.Act, "333A")
			}) && slices.Contains(p.Purpose("aml").Recipients, recipient(p, "authorities"))
		}},
		{says: "a credit search leaves a footprint on your credit file that other lenders can see", free: toCategory("credit")},
	}}
}
