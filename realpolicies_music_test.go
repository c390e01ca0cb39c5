package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var regionSE = language.MustParseRegion("SE")

// musicStreaming paraphrases, in our own words and as we recall it, the
// privacy policy of a music streaming service in the manner of Spotify, as
// published in 2024: a Swedish controller under the GDPR with users
// worldwide, free (advertising-funded) and paid plans, family plans whose
// members share an address, public playlists and profiles, voice features
// used only with consent, and a table of purposes and their grounds. It
// declares the GDPR, the UK GDPR and the CCPA.
func musicStreaming() realPolicy {
	user := &policy.Category{ID: "user", Name: "User data", Items: []string{"profile name", "email address", "phone number", "date of birth", "gender", "country"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	profile := &policy.Category{ID: "profile", Name: "Public profile and playlists", Items: []string{"profile name", "profile picture", "public playlists", "followers and who you follow"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityDefault, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	usage := &policy.Category{ID: "usage", Name: "Usage data", Items: []string{"streaming history", "searches", "playlists and library", "interactions with other users", "inferences about your interests and preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceDerived}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAInferences}}
	technical := &policy.Category{ID: "technical", Name: "Technical data and general location", Items: []string{"IP address", "device and browser information", "network connection", "cookie identifiers", "country or region derived from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(25), policy.EventCollection),
		Tracking: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	payment := &policy.Category{ID: "payment", Name: "Payment and purchase data", Items: []string{"name on the card", "card type and expiry date", "postal code", "purchase and payment history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment partners and app stores",
		Retention: policy.AsRequiredBy("Swedish bookkeeping law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo}}
	plan := &policy.Category{ID: "plan", Name: "Plan verification data", Items: []string{"home address of the family plan", "location at the time of verification"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.Until(policy.EventPurposeAchieved),
		Linked: true, VisibleTo: []policy.Audience{policy.AudienceOtherMembers}, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAGeolocation}}
	voice := &policy.Category{ID: "voice", Name: "Voice data", Items: []string{"recordings of voice commands", "transcripts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	surveys := &policy.Category{ID: "surveys", Name: "Survey and research data", Items: []string{"answers to surveys", "feedback in user research"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInferences}}
	partners := &policy.Category{ID: "partners", Name: "Data from connected partners", Items: []string{"sign-in data from a social network you log in with", "data from a device or car you connect", "advertising and marketing partners' inferences about your interests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "authentication partners, device and car makers, and advertising and marketing partners",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInferences}}

	processors := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer support, payments, analytics and security", Role: policy.RoleProcessor,
		Categories: []*policy.Category{user, usage, technical, payment, surveys}, Country: regionUS}
	group := &policy.Recipient{ID: "group", Name: "other companies of our group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{user, usage, technical, payment}, Purpose: "to run the service and carry out the purposes of this policy on our behalf", Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{technical, usage}}
	rightsholders := &policy.Recipient{ID: "rightsholders", Name: "record labels, publishers and other rights holders", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{usage}, Purpose: "to report and pay for the streams they licensed us; they receive reports that do not identify you by name"}
	connected := &policy.Recipient{ID: "connected", Name: "partners whose apps, devices or cars you connect", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{user, usage}, Conditional: true, Purpose: "you connect your account to their app, device or car"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{user, usage, technical, payment}, Conditional: true, Purpose: "the law requires it, or it is reasonably necessary to respond to a valid legal process"}

	service := &policy.Purpose{ID: "service", Name: "Providing and personalising the service", Categories: []*policy.Category{user, profile, usage, technical, plan},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "recommending music and podcasts you are likely to enjoy",
		Recipients: []*policy.Recipient{processors, group, connected}, Profiling: true,
		Required: "an account needs an email address, a date of birth and a country; without them we cannot provide the service"}
	verification := &policy.Purpose{ID: "verification", Name: "Checking that the members of a family or duo plan live together", Categories: []*policy.Category{plan, user},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{processors}}
	voiceControl := &policy.Purpose{ID: "voice", Name: "Letting you control the service by voice", Categories: []*policy.Category{voice},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the settings of the voice feature", ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Recipients: []*policy.Recipient{processors}}
	payments := &policy.Purpose{ID: "payments", Name: "Processing payments and keeping accounts", Categories: []*policy.Category{payment, user},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{processors},
		Obligations: []policy.Obligation{{Act: "Swedish Bookkeeping Act", Region: regionSE}},
		Required:    "payment data is needed for a paid plan; without it we cannot take payment, and you can use the free plan instead"}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding, diagnosing and improving the service", Categories: []*policy.Category{usage, technical, surveys},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making sure the service works and developing new features", Recipients: []*policy.Recipient{processors}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing advertising on the free plan", Categories: []*policy.Category{technical, usage, partners},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests}, Interest: "funding the free plan with advertising that is relevant to you",
		Withdraw: "in the privacy settings of your account, under tailored ads", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true, OptOut: true,
		Recipients: []*policy.Recipient{adPartners}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our service and offers", Categories: []*policy.Category{user, usage},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests}, Interest: "telling our users about features and offers like those they use",
		Withdraw: "with the unsubscribe link or in the notification settings", OptOut: true}
	licences := &policy.Purpose{ID: "licences", Name: "Meeting our obligations to rights holders", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "paying artists and rights holders for what is streamed, as our licences require",
		Recipients: []*policy.Recipient{rightsholders}}
	security := &policy.Purpose{ID: "security", Name: "Preventing fraud and abuse, and complying with the law", Categories: []*policy.Category{user, usage, technical, payment},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisLegalObligation}, Interest: "protecting the service, artists and users from fraud such as artificial streams",
		Obligations: []policy.Obligation{{Act: "Swedish and EU law on lawful requests by authorities", Region: regionSE}}, Recipients: []*policy.Recipient{authorities}}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, exercising or defending legal claims", Categories: []*policy.Category{user, usage, payment},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "defending our rights and those of our users and partners"}
	research := &policy.Purpose{ID: "research", Name: "Surveys, contests and user research", Categories: []*policy.Category{surveys, user},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by telling us or leaving the study", ConsentMethod: policy.ConsentMethodCheckbox}

	p := &policy.Policy{
		Controller:     policy.Controller{Contact: policy.Contact{Name: "Spotify AB", Email: "privacy@spotify.example", Address: "Regeringsgatan 19, 111 53 Stockholm, Sweden"}, Country: regionSE},
		DPO:            &policy.Contact{Name: "Data Protection Officer", Email: "dpo@spotify.example"},
		Establishments: []policy.Establishment{{Region: regionGB, Contact: policy.Contact{Name: "Spotify Limited", Address: "London, United Kingdom"}}},
		Version:        "2024", Effective: policy.MakeDate(2024, time.January, 16), Updated: policy.MakeDate(2024, time.January, 16),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories:  []*policy.Category{user, profile, usage, technical, payment, plan, voice, surveys, partners},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment partners keep them."},
		},
		Purposes:   []*policy.Purpose{service, verification, voiceControl, payments, improve, ads, marketing, licences, security, claims, research},
		Recipients: []*policy.Recipient{processors, group, adPartners, rightsholders, connected, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{user, usage, technical, payment, surveys}, Safeguard: policy.SafeguardStandardClauses,
				Note: "Where the country has no adequacy decision, we use the standard contractual clauses, and you can ask us for a copy."},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{user, usage, technical, payment, surveys}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask us for a copy of the agreement."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "sign-in cookie", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{technical}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{technical},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("with Download your data in the account's privacy settings, or by writing to privacy@spotify.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "by turning off tailored ads in the privacy settings"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		Redress:              []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Integritetsskyddsmyndigheten (IMY)", Website: "https://www.imy.se"}, Region: regionSE}},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://www.spotify.example/account/privacy", RequestMethods: []string{"the privacy settings of your account", "email to privacy@spotify.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasurePseudonymisation}, {Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureIncidentDetection},
		},
		Links:    policy.Links{CookieSettings: "https://www.spotify.example/legal/cookies-policy", RequestForm: "https://www.spotify.example/account/privacy"},
		Children: policy.Children{MinimumAge: 13, ByRegion: []policy.AgeLimit{{Region: regionNL, Age: 16}}, Note: "A separate app for children, run with a parent's account, has its own privacy policy."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@spotify.example"},
	}
	p.SafetyTips = []policy.SafetyTip{policy.SafetyTipStrongPassword, policy.SafetyTipKeepSecret}
	return realPolicy{"music streaming (Spotify)", p, []statement{
		{says: "Spotify AB in Stockholm is the controller of your personal data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionSE && p.Controller.Name != ""
		}},
		{says: "you can contact our data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we collect user data when you sign up: name, email, phone, date of birth, gender and country", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("user").Items, "date of birth") && p.Category("user").Sources[0] == policy.SourceUser
		}},
		{says: "your profile name, picture and playlists are public unless you make them private", typed: func(p *policy.Policy) bool {
			return p.Category("profile").Visibility == policy.VisibilityDefault
		}},
		{says: "we collect usage data: what you stream, search and save, and we infer your interests from it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("usage").Sources, policy.SourceDerived) && slices.Contains(p.Category("usage").CCPA, policy.CCPAInferences)
		}},
		{says: "we collect technical data and a general location from your IP address", typed: func(p *policy.Policy) bool {
			return p.Category("technical").Sources[0] == policy.SourceAutomatic && slices.Contains(p.Category("technical").CCPA, policy.CCPAGeolocation)
		}},
		{says: "payment data comes from you and from payment partners and app stores; they keep full card numbers", typed: func(p *policy.Policy) bool {
			return p.Category("payment").SourceDetail != "" && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "to check a family plan we ask for the home address and may check your location, which the plan's members see", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("plan").VisibleTo, policy.AudienceOtherMembers) && p.Purpose("verification").HasBasis(policy.BasisContract)
		}},
		{says: "voice data is collected only if you turn on a voice feature and agree", typed: func(p *policy.Policy) bool {
			return p.Purpose("voice").RestsOnConsent() && p.Purpose("voice").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we collect survey answers and research feedback if you take part", typed: func(p *policy.Policy) bool { return p.Purpose("research").RestsOnConsent() }},
		{says: "we receive data from partners you log in with or connect, and from advertising partners", typed: func(p *policy.Policy) bool {
			return p.Category("partners").Sources[0] == policy.SourceThirdParty && p.Category("partners").SourceDetail != ""
		}},
		{says: "we provide and personalise the service under our contract with you, and recommend content by legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").HasBasis(policy.BasisContract) && p.Purpose("service").Profiling
		}},
		{says: "some data is needed for the contract; without it we cannot provide the service", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we process payments and keep accounts as bookkeeping law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("payments").HasBasis(policy.BasisLegalObligation) && len(p.Purpose("payments").Obligations) == 1
		}},
		{says: "payment data is needed only for a paid plan", typed: func(p *policy.Policy) bool { return p.Purpose("payments").Required != "" }},
		{says: "we diagnose problems and develop new features by legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "on the free plan we show ads, tailored with your consent or by legitimate interests, which you can turn off", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").RestsOnConsent() && p.Purpose("ads").OptOut
		}},
		{says: "we send marketing, which you can unsubscribe from", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOut }},
		{says: "we report streams to rights holders to meet our licences", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("licences").Recipients, recipient(p, "rightsholders"))
		}},
		{says: "we prevent fraud such as artificial streams and comply with the law", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").HasBasis(policy.BasisLegalObligation) && p.Purpose("security").Interest != ""
		}},
		{says: "we use data to establish, exercise or defend legal claims", typed: func(p *policy.Policy) bool { return p.Purpose("claims").Interest != "" }},
		{says: "we share data with service providers and our group companies acting for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && recipient(p, "group").Role == policy.RoleProcessor
		}},
		{says: "apps, devices and cars you connect receive data", typed: func(p *policy.Policy) bool { return recipient(p, "connected").Conditional }},
		{says: "advertising partners receive technical and usage data", typed: func(p *policy.Policy) bool { return recipient(p, "advertising").Role == policy.RoleThirdParty }},
		{says: "we disclose data to authorities when the law requires, and in a merger or sale", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Role == policy.RoleAuthority && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "data goes outside the EEA with adequacy decisions or standard contractual clauses, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "we keep data as long as needed for the service: your streaming history for the life of the account", typed: func(p *policy.Policy) bool {
			return p.Category("usage").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "some data is kept longer where the law requires, such as for bookkeeping", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "you can access, correct, delete, restrict and port your data, object and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightRestriction)
		}},
		{says: "you can download your data in the privacy settings", typed: func(p *policy.Policy) bool { return p.Rights[0].How != "" }},
		{says: "you can complain to the Swedish authority or the one where you live", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && len(p.Redress) == 1
		}},
		{says: "we do not sell personal information; tailored ads are sharing, which Californians can turn off, also by Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track signals, but honour Global Privacy Control", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "our UK company is our establishment in the United Kingdom", typed: func(p *policy.Policy) bool { return len(p.Establishments) == 1 }},
		{says: "we use pseudonymisation, encryption, access controls and monitoring", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasurePseudonymisation) }},
		{says: "you must be 13 or older, or older where local law says so", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && len(p.Children.ByRegion) == 1
		}},
		{says: "the children's app has its own policy", typed: func(p *policy.Policy) bool { return p.Children.Note != "" }},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "use a strong password and keep your account to yourself", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipStrongPassword) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "podcast creators and hosting partners have their own policies for what they collect", free: toIntroduction},
	}}
}
