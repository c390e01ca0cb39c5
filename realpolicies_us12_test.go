package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// realPolicyUs12Headspace paraphrases, in our own words and as we recall
// it, the Headspace Privacy Policy for its members in the United States,
// as published in 2024-2025, with its section for California and the
// other states with privacy laws, and the Consumer Health Data Privacy
// Policy it links to for Washington's My Health My Data Act,
// Connecticut's law and Nevada's SB 370: the meditation, sleep and
// mindfulness app with its mood check-ins, Headspace offered through an
// employer or a health plan, and coaching, therapy and psychiatry, which
// Headspace's affiliated medical groups and other medical providers (its
// "Care Providers") give as covered entities under HIPAA, with Headspace
// as their business associate, under their own Notice of Privacy
// Practices. Its sections for members outside the United States are left
// out. Addresses other than the headquarters are illustrative.
func realPolicyUs12Headspace() realPolicy {
	hipaa := []policy.Obligation{{Act: "the HIPAA Privacy Rule, 45 CFR Parts 160 and 164", Region: regionUS}}
	account := &policy.Category{ID: "account", Name: "Account and profile information", Items: []string{"name", "email address", "password", "your goals and the content you prefer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your account is open, and then as long as we need it for the purposes we collected it for or the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	signIn := &policy.Category{ID: "sign-in", Name: "Information from the service you sign in with", Items: []string{"the name and email address of your Apple, Google or Facebook account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "Apple, Google or Facebook, when you sign in with them", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	subscription := &policy.Category{ID: "subscription", Name: "Subscription and payment information", Items: []string{"your plan and when it renews", "what you bought and when", "billing name, postal code and the last digits of your card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the app store you subscribe through and our payment processors",
		Linked: true, Retention: policy.AsRequiredBy("US tax and accounting law"),
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	wellbeing := &policy.Category{ID: "wellbeing", Name: "Wellbeing information you share in the app", Items: []string{"mood check-ins", "reflections you write", "answers to questions about your stress, sleep and mood"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention:   policy.WhileAccountActive(policy.Period{}),
		CCPA:        []policy.CCPACategory{policy.CCPASensitivePersonalInfo},
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse, policy.CommitmentNoSale}}
	care := &policy.Category{ID: "care", Name: "Records of coaching, therapy and psychiatry", Items: []string{"intake questionnaires and assessment scores", "your mental and physical health history", "medications and prescriptions", "messages and session notes with your coach or clinician", "health insurance details", "an emergency contact"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your Care Provider, your health plan and pharmacies",
		Linked: true, GovernedBy: policy.SectoralHIPAA, Secrecy: policy.Secrecy{Kind: policy.SecrecyMedical, Laws: hipaa},
		Retention: policy.AsRequiredBy("HIPAA and the state laws on medical records")}
	eligibility := &policy.Category{ID: "eligibility", Name: "Eligibility information from your organisation", Items: []string{"name", "work or member email address", "employee or member ID", "the organisation that offers you Headspace"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the employer, health plan or other organisation that offers you Headspace",
		Linked: true, Retention: policy.ByCriteria("as long as your organisation offers you Headspace"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	usage := &policy.Category{ID: "usage", Name: "How you use the app", Items: []string{"the meditations, sleep sounds and courses you play, and for how long", "your streaks and minutes of practice", "the features you use and the reminders you open"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as your account is open, to show your progress and personalise the app"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	inferences := &policy.Category{ID: "inferences", Name: "What we infer about your preferences", Items: []string{"the content and times of day likely to suit you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{account, usage}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones, or your account is closed"),
		CCPA:      []policy.CCPACategory{policy.CCPAInferences}}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"IP address and the approximate location it shows", "device type and operating system", "device, advertising and cookie identifiers", "the pages you visit on our websites"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure the Platform and measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	support := &policy.Category{ID: "support", Name: "Messages to our support team", Items: []string{"emails and chats with our support team", "survey and feedback answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to answer you and keep a record of the conversation"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}

	careProviders := &policy.Recipient{ID: "care-providers", Name: "our Care Providers: our affiliated medical groups, such as Ginger.io of California Medical P.C., and other medical providers", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, eligibility, care}, Purpose: "to give you the coaching, therapy and psychiatry you ask for, as covered entities under HIPAA",
		NoticeURL: "https://www.headspace.example/notice-of-privacy-practices"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, analytics, communications and customer support", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, wellbeing, care, usage, device, support}}
	payments := &policy.Recipient{ID: "payments", Name: "payment processors", Role: policy.RoleProcessor, Country: regionUS, Categories: []*policy.Category{subscription}}
	sponsor := &policy.Recipient{ID: "sponsor", Name: "the employer, health plan or other organisation that offers you Headspace", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{eligibility}, Purpose: "to confirm that you are eligible and have signed up; what it learns of its members' use comes in aggregate only"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and social networks", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device}, Purpose: "to show our ads on other websites and apps and measure how they perform"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, device}, Purpose: "the law requires it or they serve valid legal process on us"}

	service := &policy.Purpose{ID: "service", Name: "Providing the app, your account and your subscription", Categories: []*policy.Category{account, signIn, subscription, usage, device},
		Recipients: []*policy.Recipient{providers, payments},
		Required:   "we need an email address, or the account you sign in with, to open your account; without one you cannot subscribe or keep your progress"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending meditations, sleep content and reminders suited to you", Categories: []*policy.Category{account, usage, inferences},
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	checkins := &policy.Purpose{ID: "check-ins", Name: "Keeping your mood check-ins and reflections and showing you your progress", Categories: []*policy.Category{wellbeing},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by writing to privacy@headspace.example or deleting your account",
		ConsentRequiredBy: []policy.Obligation{
			{Act: "Washington's My Health My Data Act, RCW 19.373.030", Region: regionUS},
			{Act: "the Connecticut Data Privacy Act, Conn. Gen. Stat. § 42-520(a)(4)", Region: regionUS},
			{Act: "Nevada's SB 370 (2023), NRS Chapter 603A", Region: regionUS},
		},
		Recipients: []*policy.Recipient{providers}}
	carePurpose := &policy.Purpose{ID: "care", Name: "Providing coaching, therapy and psychiatry through our Care Providers", Categories: []*policy.Category{account, eligibility, care},
		Recipients: []*policy.Recipient{careProviders, providers}, MinimumAge: 18,
		Required: "your Care Provider needs your intake answers, health history and, to bill your plan, your insurance details; without them it cannot treat you"}
	organisation := &policy.Purpose{ID: "organisation", Name: "Offering Headspace through your employer, health plan or other organisation", Categories: []*policy.Category{eligibility},
		Recipients: []*policy.Recipient{sponsor},
		Required:   "to use Headspace through your organisation you must show that it offers Headspace to you"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our content and offers by email and push notification", Categories: []*policy.Category{account, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in each email, or in your device's notification settings", Recipients: []*policy.Recipient{providers}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising Headspace on other websites and apps and measuring our campaigns", Categories: []*policy.Category{device},
		Profiling: true, OptOut: true, OptOutHow: "with the Your Privacy Choices link or the cookie settings on our websites", Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how the Platform is used, and improving and developing it", Categories: []*policy.Category{usage, device, support},
		Recipients: []*policy.Recipient{providers}}
	research := &policy.Purpose{ID: "research", Name: "Studies of mental health and of how well the Platform works, which you join only if you agree", Categories: []*policy.Category{account, usage, wellbeing},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by telling the study team that you leave the study"}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions", Categories: []*policy.Category{account, support},
		Recipients: []*policy.Recipient{providers}}
	security := &policy.Purpose{ID: "security", Name: "Protecting the Platform and our members, and preventing fraud and misuse", Categories: []*policy.Category{account, device, usage},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{account, subscription, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "US federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Headspace Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Headspace, Inc.", Address: "2415 Michigan Avenue, Santa Monica, CA 90404, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.January, 1), Updated: policy.MakeDate(2024, time.January, 1),
		URL:   "https://www.headspace.example/privacy-policy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"our websites, such as headspace.com, and the Headspace app", "the coaching, therapy and psychiatry our Care Providers give through them"},
		OtherNotices: []policy.Notice{
			{Covers: "the patients of our Care Providers, whose protected health information HIPAA governs (their Notice of Privacy Practices)", URL: "https://www.headspace.example/notice-of-privacy-practices"},
			{Covers: "consumer health data under the laws of Washington, Connecticut and Nevada (our Consumer Health Data Privacy Policy)", URL: "https://www.headspace.example/consumer-health-data"},
			{Covers: "cookies and similar technologies on our websites (our Cookie Policy)", URL: "https://www.headspace.example/cookie-policy"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{account, signIn, subscription, wellbeing, care, eligibility, usage, inferences, device, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: subscription, Note: "Our payment processors and the app stores keep them."},
		},
		Purposes:   []*policy.Purpose{service, personalise, checkins, carePurpose, organisation, marketing, advertising, improve, research, helping, security, legal},
		Recipients: []*policy.Recipient{careProviders, providers, payments, sponsor, adPartners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Organisations that offer Headspace receive reports on how their members use it as a group, which show no one's health information."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud},
			Note: "Care records stay with the Care Provider for as long as the law on medical records requires."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and remember your choices", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and SDKs", Technology: policy.TechnologySDK, Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{device, usage},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link on our websites and in the app, or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightWithdrawConsent, How: "for consumer health data, by writing to privacy@headspace.example"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes,
			VerificationDetail: "We ask you to confirm the request from the email address of your account.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://www.headspace.example/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our privacy request form", "email to privacy@headspace.example"}, OnlineOnly: true},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by writing to privacy@headspace.example with the word Appeal in the subject", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards, and those HIPAA requires for care records."}},
		Links:    policy.Links{RequestForm: "https://www.headspace.example/privacy-request", CookieSettings: "https://www.headspace.example/your-privacy-choices"},
		Children: policy.Children{MinimumAge: 13, Note: "If we learn that we have collected personal information from a child under 13, we delete it."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Name: "Headspace Privacy Team", Email: "privacy@headspace.example", Address: "2415 Michigan Avenue, Santa Monica, CA 90404, USA"},
	}
	return realPolicy{"meditation and mental health app (Headspace)", p, []statement{
		{says: "Headspace, Inc. in Santa Monica is responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Headspace, Inc." && strings.Contains(p.Controller.Address, "Santa Monica") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers our websites and app, and the coaching, therapy and psychiatry given through them", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "psychiatry")
		}},
		{says: "if you have a disability or need another language, you can get this policy in another form by emailing our help address", free: toIntroduction},
		{says: "our affiliated medical groups and other medical providers, our Care Providers, give coaching, therapy and psychiatry, and make the clinical decisions", free: toIntroduction},
		{says: "the Care Providers are covered entities under HIPAA and we are their business associate; their Notice of Privacy Practices governs your protected health information", typed: func(p *policy.Policy) bool {
			r := recipient(p, "care-providers")
			return r.Role == policy.RoleThirdParty && r.NoticeURL != "" && strings.Contains(p.OtherNotices[0].Covers, "HIPAA") && p.OtherNotices[0].URL == r.NoticeURL
		}},
		{says: "where this policy and the Notice of Privacy Practices differ, the Notice governs protected health information", free: toIntroduction},
		{says: "if you use the app without the Care Providers' services, HIPAA does not protect what you share in it", typed: func(p *policy.Policy) bool {
			return p.Category("care").GovernedBy == policy.SectoralHIPAA && p.Category("wellbeing").GovernedBy == 0 && p.Category("usage").GovernedBy == 0
		}},
		{says: "we collect your name, email address, password and the goals and content you prefer", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return len(c.Items) == 4 && slices.Contains(c.CCPA, policy.CCPAIdentifiers)
		}},
		{says: "if you sign in with Apple, Google or Facebook we receive your name and email address from them", typed: func(p *policy.Policy) bool {
			c := p.Category("sign-in")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Apple") && p.Purpose("service").Uses(c)
		}},
		{says: "we need an email address or a sign-in account to open your account", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we keep your plan and purchases; the app store or our payment processors take payment and keep full card numbers", typed: func(p *policy.Policy) bool {
			c := p.Category("subscription")
			return strings.Contains(c.SourceDetail, "app store") && p.NotCollected[0].Category == c && recipient(p, "payments").Role == policy.RoleProcessor
		}},
		{says: "we record what you play, for how long, your streaks and the features you use", typed: func(p *policy.Policy) bool {
			c := p.Category("usage")
			return len(c.Items) == 3 && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "we recommend content and reminders from your goals and what you play", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalise")
			return pu.Profiling && pu.Uses(p.Category("inferences")) && len(p.Category("inferences").DerivedFrom) == 2
		}},
		{says: "your mood check-ins, reflections and answers about stress, sleep and mood are health information, which we keep to show you your progress", typed: func(p *policy.Policy) bool {
			c := p.Category("wellbeing")
			return c.Sensitivity == policy.SensitivitySpecial && slices.Contains(c.CCPA, policy.CCPASensitivePersonalInfo) && p.Purpose("check-ins").Uses(c)
		}},
		{says: "we do not use that health information for advertising and do not sell it", typed: func(p *policy.Policy) bool {
			c := p.Category("wellbeing")
			return slices.Contains(c.Commitments, policy.CommitmentNoAdvertisingUse) && slices.Contains(c.Commitments, policy.CommitmentNoSale) && !p.Purpose("advertising").Uses(c)
		}},
		{says: "coaching, therapy and psychiatry records hold your intake answers, health history, medications, messages and session notes, insurance details and an emergency contact", typed: func(p *policy.Policy) bool {
			c := p.Category("care")
			return len(c.Items) == 6 && c.Sensitivity == policy.SensitivitySpecial && c.Secrecy.Kind == policy.SecrecyMedical
		}},
		{says: "the Care Providers receive what they need to treat you and keep their records as long as the law on medical records requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("care").Recipients[0] == recipient(p, "care-providers") && p.Category("care").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "without your intake answers, history and insurance details the Care Provider cannot treat you", typed: func(p *policy.Policy) bool { return p.Purpose("care").Required != "" }},
		{says: "coaching, therapy and psychiatry are for adults of 18 or older", typed: func(p *policy.Policy) bool { return p.Purpose("care").MinimumAge == 18 }},
		{says: "if your employer or health plan offers you Headspace, it gives us your name, work or member email and ID so that we can confirm you are eligible", typed: func(p *policy.Policy) bool {
			c := p.Category("eligibility")
			return strings.Contains(c.SourceDetail, "employer") && p.Purpose("organisation").Uses(c) && p.Purpose("organisation").Required != ""
		}},
		{says: "your organisation learns that you signed up and gets reports on its members' use as a group, never your health information", typed: func(p *policy.Policy) bool {
			r := recipient(p, "sponsor")
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return len(r.Categories) == 1 && r.Categories[0] == p.Category("eligibility") && d != nil && strings.Contains(d.Note, "health information")
		}},
		{says: "we collect IP address, approximate location, device and advertising identifiers, and the pages you visit, with cookies, SDKs and pixels", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return c.Tracking && slices.Contains(c.CCPA, policy.CCPAGeolocation) && len(p.Cookies) == 3
		}},
		{says: "we keep the messages you send our support team", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("support")) }},
		{says: "we analyse how the Platform is used to improve it and build new features", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Uses(p.Category("usage")) }},
		{says: "we invite you to research studies, and you take part only if you agree", typed: func(p *policy.Policy) bool {
			r := p.Purpose("research")
			return r.RestsOnConsent() && r.Withdraw != ""
		}},
		{says: "we use de-identified data for research and keep it de-identified", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification) && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we send news and offers by email and push notification, which you can stop", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && strings.Contains(m.OptOutHow, "notification")
		}},
		{says: "advertising partners and social networks use cookies and pixels on our websites to show and measure our ads, which the law may treat as a sale or sharing", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "what we sell or share for advertising is identifiers and online activity", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.CCPA.SoldCategories, []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity})
		}},
		{says: "you opt out with the Your Privacy Choices link or Global Privacy Control, and we do not respond to Do Not Track", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "we use sensitive personal information only to provide the Platform and for the other purposes the law allows", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "service providers act for us under contracts, and some of them handle care records", typed: func(p *policy.Policy) bool {
			r := recipient(p, "providers")
			return r.Role == policy.RoleProcessor && slices.Contains(r.Categories, p.Category("care"))
		}},
		{says: "the service providers that handle care records sign business associate agreements, as HIPAA requires", free: toCategory("care")},
		{says: "we disclose information on legal process, to protect people and our rights, and in a merger or sale", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we comply with the law and answer subpoenas and court orders", typed: func(p *policy.Policy) bool {
			l := p.Purpose("legal")
			return len(l.Obligations) == 1 && recipient(p, "authorities").Conditional
		}},
		{says: "we protect the Platform and our members and prevent fraud", typed: func(p *policy.Policy) bool { return p.Purpose("security").Uses(p.Category("device")) }},
		{says: "we keep information as long as your account is open and as our purposes and the law require, and keep what the law, disputes and fraud prevention need after you ask us to delete", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return p.Category("account").Retention.Kind == policy.RetentionCriteria && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims) && d.Keeps(policy.KeptFraud)
		}},
		{says: "we protect information with encryption, access controls and the safeguards HIPAA requires for care records", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureInternalRules)
		}},
		{says: "websites we link to follow their own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "the Platform is not for children under 13, and we delete what we learn we collected from one", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && strings.Contains(p.Children.Note, "delete")
		}},
		{says: "you may ask to know, access, correct, delete and take a copy of your information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) &&
				hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests with our form or by email, confirm them from your account's email address, and may use an authorised agent", typed: func(p *policy.Policy) bool {
			return p.CCPA.OnlineOnly && len(p.CCPA.RequestMethods) == 2 && slices.Contains(p.Requests.Verification, policy.VerificationEmail) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal our decision by email, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.USStates.Appeal.How, "Appeal") && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "our Consumer Health Data Privacy Policy covers consumer health data under the laws of Washington, Connecticut and Nevada", typed: func(p *policy.Policy) bool {
			n := p.OtherNotices[1]
			return strings.Contains(n.Covers, "Washington") && strings.Contains(n.Covers, "Nevada") && n.URL != ""
		}},
		{says: "we collect and share consumer health data only with your consent or as needed to give you what you ask for, as those laws require", typed: func(p *policy.Policy) bool {
			c := p.Purpose("check-ins")
			return c.RestsOnConsent() && len(c.ConsentRequiredBy) == 3 && strings.Contains(c.ConsentRequiredBy[0].Act, "My Health My Data")
		}},
		{says: "the consumer health data we collect comes from you, and we use it to keep your check-ins, show your progress and, if you agree, for research", typed: func(p *policy.Policy) bool {
			c := p.Category("wellbeing")
			return slices.Equal(c.Sources, []policy.Source{policy.SourceUser}) && p.Purpose("check-ins").Uses(c) && p.Purpose("research").Uses(c)
		}},
		{says: "we share consumer health data only with the service providers that process it for us", typed: func(p *policy.Policy) bool {
			c := p.Category("wellbeing")
			for _, r := range p.Recipients {
				if slices.Contains(r.Categories, c) && r.Role != policy.RoleProcessor {
					return false
				}
			}
			return slices.Contains(recipient(p, "providers").Categories, c)
		}},
		{says: "you may ask for the list of the third parties and affiliates with which we shared your consumer health data", free: toCategory("wellbeing")},
		{says: "you may withdraw your consent and have your consumer health data deleted", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightErasure) && p.Purpose("check-ins").Withdraw != ""
		}},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail) && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "questions go to our privacy team by email or by post", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" && p.Contact.Address != "" }},
	}}
}

// realPolicyUs12KhanAcademy paraphrases, in our own words and as we recall
// it, the Khan Academy Privacy Policy, as published in 2024-2025: a
// nonprofit's free courses, exercises and videos, used by learners of
// every age, their parents and teachers, and by school districts that
// partner with it; accounts for children under 13 only with a parent's
// or a teacher's consent, restricted so that a child cannot post in
// public; Khanmigo, its AI tutor and teaching assistant built on large
// language models of other companies, whose conversations a parent or
// teacher can see and whose moderation alerts them; no advertising; and
// donations. It has a section for California residents; the CCPA does not
// bind a nonprofit, which Khan Academy is, but the policy grants its
// rights. The Khan Academy Kids app has a policy of its own, and the
// sections for users in Europe are left out. The web and e-mail
// addresses are illustrative.
func realPolicyUs12KhanAcademy() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "username", "email address, or for a child under 13 a parent's email address", "password", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Google, Clever or another service you sign in with",
		Linked: true, Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	profile := &policy.Category{ID: "profile", Name: "Profile", Items: []string{"nickname", "avatar", "a short bio"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityOptional,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	learning := &policy.Category{ID: "learning", Name: "Learning activity and progress", Items: []string{"the videos you watch and the exercises you do", "your answers, hints used and scores", "mastery levels, energy points and badges", "assignments and when you complete them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		VisibleTo:   []policy.Audience{policy.AudienceAdministrators},
		Retention:   policy.WhileAccountActive(policy.Period{}),
		CCPA:        []policy.CCPACategory{policy.CCPAEducationInfo, policy.CCPAInternetActivity},
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	khanmigo := &policy.Category{ID: "khanmigo", Name: "Conversations with Khanmigo", Items: []string{"what you type to Khanmigo", "Khanmigo's replies", "flags our moderation system raises"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo:   []policy.Audience{policy.AudienceAdministrators},
		Retention:   policy.ByCriteria("as long as your account is open, so that you, and a parent or teacher linked to you, can look back at your chats"),
		CCPA:        []policy.CCPACategory{policy.CCPAEducationInfo, policy.CCPAInternetActivity},
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	community := &policy.Category{ID: "community", Name: "Questions, answers and comments you post", Items: []string{"what you post under videos and exercises", "your username next to it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("until you or our moderators remove it, or your account is closed"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	roster := &policy.Category{ID: "roster", Name: "Class and school information", Items: []string{"the school and the classes a teacher teaches", "class rosters: students' names, usernames and school IDs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "teachers, and the school district or the rostering service it uses, such as Clever or Google Classroom",
		Linked: true, Retention: policy.ByCriteria("as long as the class is open, or as the school district's agreement with us provides"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAEducationInfo, policy.CCPAProfessionalInfo}}
	donation := &policy.Category{ID: "donation", Name: "Donor information", Items: []string{"name, email and billing address", "the amount and date of each gift", "the last digits of your card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors",
		Linked: true, Retention: policy.AsRequiredBy("US tax law on charitable contributions"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address and the approximate location it shows", "browser, device and operating system", "the pages you visit and how long you stay", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run, secure and improve Khan Academy"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	correspondence := &policy.Category{ID: "correspondence", Name: "Messages to us", Items: []string{"emails and help requests", "feedback and survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to answer you and keep a record of it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, analytics, email and user support", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, profile, learning, khanmigo, community, roster, device, correspondence}}
	aiProviders := &policy.Recipient{ID: "ai", Name: "the providers of the large language models behind Khanmigo, such as OpenAI", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{khanmigo}, Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	payments := &policy.Recipient{ID: "payments", Name: "payment processors", Role: policy.RoleProcessor, Country: regionUS, Categories: []*policy.Category{donation}}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, community, khanmigo}, Purpose: "the law requires it, or someone's safety is at risk"}

	service := &policy.Purpose{ID: "service", Name: "Providing Khan Academy's courses, exercises and videos, and your account", Categories: []*policy.Category{account, profile, learning, device},
		Recipients: []*policy.Recipient{providers},
		Required:   "you may watch videos and practise without an account, but to save your progress you need a username, a password and your date of birth"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Suggesting what to learn next from your progress", Categories: []*policy.Category{learning},
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	classes := &policy.Purpose{ID: "classes", Name: "Letting teachers and school districts set work and follow their students' progress", Categories: []*policy.Category{roster, learning, khanmigo},
		Recipients: []*policy.Recipient{providers}}
	tutor := &policy.Purpose{ID: "khanmigo", Name: "Khanmigo, our AI tutor for learners and teaching assistant for teachers", Categories: []*policy.Category{khanmigo, learning},
		Recipients: []*policy.Recipient{aiProviders, providers}}
	moderation := &policy.Purpose{ID: "moderation", Name: "Checking Khanmigo conversations and public posts for harmful or unsafe content", Categories: []*policy.Category{khanmigo, community, account},
		Recipients: []*policy.Recipient{providers, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach}}}
	discussions := &policy.Purpose{ID: "community", Name: "Publishing the questions and answers you post", Categories: []*policy.Category{community},
		Recipients: []*policy.Recipient{providers}}
	donations := &policy.Purpose{ID: "donations", Name: "Taking donations and sending receipts", Categories: []*policy.Category{donation},
		Recipients: []*policy.Recipient{payments},
		Required:   "we need your name, email address and payment details to take a donation and send you a receipt"}
	fundraising := &policy.Purpose{ID: "fundraising", DirectMarketing: true, Name: "Sending adult users news about Khan Academy and asking for support", Categories: []*policy.Category{account, donation},
		OptOut: true, OptOutHow: "with the unsubscribe link in each email or in your account settings", Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Studying how people learn with Khan Academy, and improving it", Categories: []*policy.Category{learning, khanmigo, device, correspondence},
		Recipients: []*policy.Recipient{providers}}
	help := &policy.Purpose{ID: "support", Name: "Answering your questions", Categories: []*policy.Category{account, correspondence},
		Recipients: []*policy.Recipient{providers}}
	security := &policy.Purpose{ID: "security", Name: "Keeping Khan Academy and its users safe and secure", Categories: []*policy.Category{account, device},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law", Categories: []*policy.Category{account, donation, community, khanmigo},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "US federal and state law, including the Children's Online Privacy Protection Act, 15 U.S.C. 6501 et seq.", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Khan Academy Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Khan Academy, Inc.", Address: "P.O. Box 1630, Mountain View, CA 94042, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		URL:   "https://www.khanacademy.example/about/privacy-policy",
		Laws:  []policy.Law{policy.CCPA},
		Scope: []string{"khanacademy.org and the Khan Academy apps", "Khanmigo"},
		CustomerData: policy.CustomerData{Customers: "school districts that partner with us", Data: "the records of the students and teachers whose accounts the district provides",
			ContractPrevails: true, ForwardsRequests: true},
		OtherNotices: []policy.Notice{{Covers: "the Khan Academy Kids app", URL: "https://www.khanacademy.example/kids/privacy-policy"}},
		External:     []policy.ExternalService{policy.ExternalLinkedSites},
		Commitments:  []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing, policy.CommitmentNoThirdPartyAds, policy.CommitmentNoReidentification},
		Categories:   []*policy.Category{account, profile, learning, khanmigo, community, roster, donation, device, correspondence},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: donation, Note: "Our payment processors keep them."},
		},
		Purposes:   []*policy.Purpose{service, personalise, classes, tutor, moderation, discussions, donations, fundraising, improve, help, security, legal},
		Recipients: []*policy.Recipient{providers, aiProviders, payments, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer, SamePromises: true},
			{Kind: policy.DisclosureAggregate, Note: "We may share de-identified learning data with researchers who study education."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and remember your settings", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your account settings"},
			{Kind: policy.RightErasure, How: "by deleting your account in its settings, or by writing to privacy@khanacademy.example"}, {Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(45),
			WithoutAccount: "by writing to privacy@khanacademy.example"},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"email to privacy@khanacademy.example"}, OnlineOnly: true},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep physical, administrative and technical safeguards suited to the information we hold."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipCheckAIOutput},
		Children: policy.Children{MinimumAge: 13, ParentalConsent: true, SchoolConsent: true, ConsentAge: 13, AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared},
			Restrictions:   []policy.ChildRestriction{policy.ChildRestrictionPrivateProfile, policy.ChildRestrictionNoPersonalisedAds, policy.ChildRestrictionNoMarketing},
			ParentRequests: "in the parent's own account, where a parent can see, change and delete the child's account, or by writing to privacy@khanacademy.example",
			Note:           "We do not ask a child under 13 for an email address."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Name: "Khan Academy Privacy", Email: "privacy@khanacademy.example", Address: "P.O. Box 1630, Mountain View, CA 94042, USA"},
	}
	return realPolicy{"nonprofit learning platform (Khan Academy)", p, []statement{
		{says: "Khan Academy, Inc., a nonprofit in Mountain View, is responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Khan Academy, Inc." && strings.Contains(p.Controller.Address, "Mountain View") && p.Controller.Country == regionUS
		}},
		{says: "Khan Academy is a 501(c)(3) nonprofit whose mission is a free, world-class education for anyone, anywhere", free: toIntroduction},
		{says: "the policy covers our website, apps and Khanmigo; the Khan Academy Kids app has its own policy", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && p.Scope[1] == "Khanmigo" && strings.Contains(p.OtherNotices[0].Covers, "Kids") && p.OtherNotices[0].URL != ""
		}},
		{says: "where a school district partners with us, our agreement with it governs the student data, and we act as a school official under FERPA", typed: func(p *policy.Policy) bool {
			return p.CustomerData.ContractPrevails && strings.Contains(p.CustomerData.Customers, "district")
		}},
		{says: "we act for partner districts as a school official under FERPA, under their direct control as to the use of education records", free: toIntroduction},
		{says: "you can watch videos and practise without an account; to save progress you need a username, a password and your date of birth", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("service").Required, "without an account") && slices.Contains(p.Category("account").Items, "date of birth")
		}},
		{says: "we ask for your date of birth to give you the right kind of account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.AgeChecks, policy.AgeCheckDeclared) && p.Children.ConsentAge == 13
		}},
		{says: "you may sign in with Google, Clever or another service, which gives us your name and email", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Clever")
		}},
		{says: "you may add a nickname, an avatar and a bio, which other users may see", typed: func(p *policy.Policy) bool {
			return p.Category("profile").Visibility == policy.VisibilityOptional
		}},
		{says: "we record the videos you watch, the exercises you do, your answers, scores, mastery levels, points and assignments", typed: func(p *policy.Policy) bool {
			c := p.Category("learning")
			return len(c.Items) == 4 && slices.Contains(c.CCPA, policy.CCPAEducationInfo)
		}},
		{says: "we suggest what to learn next from your progress", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").Uses(p.Category("learning"))
		}},
		{says: "teachers and administrators of a school that provides your account see your progress and your Khanmigo chats", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("learning").VisibleTo, policy.AudienceAdministrators) && slices.Contains(p.Category("khanmigo").VisibleTo, policy.AudienceAdministrators)
		}},
		{says: "a parent or a teacher you link to your account as your coach can see your progress and your Khanmigo chats", free: toCategory("learning")},
		{says: "teachers give us their school and classes, and districts send class rosters themselves or through Clever or Google Classroom", typed: func(p *policy.Policy) bool {
			c := p.Category("roster")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Clever") && p.Purpose("classes").Uses(c)
		}},
		{says: "Khanmigo is an AI tutor for learners and an assistant for teachers, built on large language models of other companies such as OpenAI", typed: func(p *policy.Policy) bool {
			return p.Purpose("khanmigo").Recipients[0] == recipient(p, "ai") && strings.Contains(recipient(p, "ai").Name, "OpenAI")
		}},
		{says: "we send the model provider only the conversation, and it may not use it to train its models", typed: func(p *policy.Policy) bool {
			r := recipient(p, "ai")
			return len(r.Categories) == 1 && r.Categories[0] == p.Category("khanmigo") && slices.Contains(r.Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "Khanmigo can make mistakes, so check what it says", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipCheckAIOutput) }},
		{says: "we keep Khanmigo conversations so that you and the adults linked to you can look back at them", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("khanmigo").Retention.Criteria, "look back")
		}},
		{says: "our moderation system checks Khanmigo conversations for harmful or unsafe content, and a flag alerts the child's parent or teacher", free: toPurpose("moderation")},
		{says: "our staff may review Khanmigo conversations to keep it safe and improve it", typed: func(p *policy.Policy) bool {
			return p.Purpose("moderation").Uses(p.Category("khanmigo")) && p.Purpose("improve").Uses(p.Category("khanmigo"))
		}},
		{says: "questions and answers you post under videos are public with your username", typed: func(p *policy.Policy) bool {
			return p.Category("community").Visibility == policy.VisibilityAlways && p.Purpose("community").Uses(p.Category("community"))
		}},
		{says: "we may remove posts and restrict accounts that break our community guidelines", typed: func(p *policy.Policy) bool {
			s := p.Purpose("moderation").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach)
		}},
		{says: "children under 13 use restricted accounts only once a parent, or a teacher for class, agrees", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.ParentalConsent && p.Children.SchoolConsent
		}},
		{says: "a restricted account cannot post in discussions or show a profile to others, and gets no advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionPrivateProfile) && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds)
		}},
		{says: "children in restricted accounts cannot post questions, answers or comments", free: toCategory("community")},
		{says: "we do not ask a child under 13 for an email address, only the parent's", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("account").Items[2], "parent's email") && strings.Contains(p.Children.Note, "email")
		}},
		{says: "parents can review, change and delete their child's account and information, and stop its further collection", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Children.ParentRequests, "delete")
		}},
		{says: "we do not show advertising on Khan Academy", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoThirdPartyAds) }},
		{says: "we do not use learning data or Khanmigo conversations for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("learning").Commitments, policy.CommitmentNoAdvertisingUse) && slices.Contains(p.Category("khanmigo").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we do not sell personal information or share it for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo && slices.Contains(p.Commitments, policy.CommitmentNoSale)
		}},
		{says: "donors give their name, email, address and payment details; payment processors keep card numbers, and we keep gift records as tax law requires", typed: func(p *policy.Policy) bool {
			c := p.Category("donation")
			return c.Retention.Kind == policy.RetentionRequiredByLaw && p.NotCollected[0].Category == c && p.Purpose("donations").Required != ""
		}},
		{says: "we send adult users news and appeals for support, which they can stop", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fundraising")
			return f.DirectMarketing && f.OptOut && f.OptOutHow != ""
		}},
		{says: "we do not send marketing to children", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoMarketing)
		}},
		{says: "we collect IP address, approximate location, browser, device and the pages you visit", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return slices.Contains(c.Sources, policy.SourceAutomatic) && !c.Tracking && slices.Contains(c.CCPA, policy.CCPAGeolocation)
		}},
		{says: "we use cookies to keep you signed in and to understand how the site is used, not for advertising", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 2 && cookie(p, "necessary").StrictlyNecessary && cookie(p, "analytics").Party == policy.PartyFirst
		}},
		{says: "we do not respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we study how people learn with Khan Academy to improve it, and may share de-identified data with education researchers", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return p.Purpose("improve").Uses(p.Category("learning")) && d != nil && strings.Contains(d.Note, "researchers")
		}},
		{says: "service providers act for us under contracts that limit their use of the information", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we disclose information where the law requires or to protect someone's safety", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "if Khan Academy merges or transfers its assets, the successor must honour this policy", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureBusinessTransfer)
			return d != nil && d.SamePromises
		}},
		{says: "we keep information while your account is open, and delete it when you delete your account, except what the law or a dispute needs", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we protect information with encryption in transit, access controls and other safeguards", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureInternalRules)
		}},
		{says: "you can correct your information and delete your account in your settings", typed: func(p *policy.Policy) bool {
			for _, r := range p.Rights {
				if r.Kind == policy.RightErasure && strings.Contains(r.How, "settings") {
					return true
				}
			}
			return false
		}},
		{says: "California residents may know what we collect, use and disclose, and ask us to delete it, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "Californians send requests to our privacy email address, and we verify them through the email of the account", typed: func(p *policy.Policy) bool {
			return p.CCPA.OnlineOnly && p.Contact.Email != "" && slices.Contains(p.Requests.Verification, policy.VerificationEmail)
		}},
		{says: "an authorised agent may make a request for you", typed: func(p *policy.Policy) bool { return p.Requests.Agents == policy.AnswerYes }},
		{says: "we answer within 45 days", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Days(45) }},
		{says: "we tell you of material changes by email or on the site", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		{says: "before a material change to how we use children's information, we ask the parent again", free: toIntroduction},
		{says: "websites we link to follow their own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "questions go to our privacy email address or our postal address", typed: func(p *policy.Policy) bool {
			return p.Contact.Email != "" && strings.Contains(p.Contact.Address, "P.O. Box")
		}},
	}}
}

// realPolicyUs12Adobe paraphrases, in our own words and as we recall it,
// the Adobe Privacy Policy for users in the United States, as published in
// 2024-2025, with its section for California and the other states with
// privacy laws: the Adobe account, Creative Cloud, Document Cloud and
// Adobe Express apps with the content stored in Adobe's cloud, the
// content analysis users can turn off, Behance and the Adobe Community,
// Adobe Stock contributors, accounts that an employer or a school manages,
// the scanning of content for child sexual abuse material, and the
// enterprise services (Adobe Experience Cloud, Acrobat Sign) in which
// Adobe processes personal information for its business customers. Its
// sections for users outside the United States are left out. The web
// addresses and the e-mail address are illustrative.
func realPolicyUs12Adobe() realPolicy {
	account := &policy.Category{ID: "account", Name: "Adobe account information", Items: []string{"name", "email address", "password", "country", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Google, Apple or Facebook, when you sign in with them, or the organisation that manages your account",
		Linked: true, VisibleTo: []policy.Audience{policy.AudienceAdministrators},
		Retention: policy.ByCriteria("as long as your account is open, and then as long as the law or our legitimate business needs require"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	payment := &policy.Category{ID: "payment", Name: "Purchase and billing information", Items: []string{"billing address", "payment card or other payment method", "the plans and products you buy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the reseller or app store you buy through",
		Linked: true, Retention: policy.AsRequiredBy("US tax and accounting law"),
		CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo}}
	content := &policy.Category{ID: "content", Name: "Content you store in our cloud", Items: []string{"images, videos, documents and designs", "the libraries, fonts and assets you save", "the prompts you give our generative AI features and what they produce"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityLink,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts, policy.AudienceAdministrators},
		Retention: policy.ByCriteria("as long as you keep it in your account; when a paid plan ends you have a limited time to save what is over the free storage"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData, policy.CCPACustomerRecords}}
	usage := &policy.Category{ID: "usage", Name: "How you use our apps", Items: []string{"the features and tools you use", "performance, error and crash reports", "the version and settings of the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, fix and improve our apps"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"IP address and the approximate location it shows", "device and browser", "cookie and advertising identifiers", "the pages you visit on our websites and the emails you open"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our websites and measure our marketing"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	public := &policy.Category{ID: "public", Name: "Public profile and posts", Items: []string{"your profile on Behance and Adobe Portfolio", "the work you publish", "your posts and comments in the Adobe Community"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityOptional,
		Retention: policy.ByCriteria("until you remove it or close your account"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	contributor := &policy.Category{ID: "contributor", Name: "Adobe Stock contributor information", Items: []string{"tax identification number and tax forms", "the account your earnings are paid to", "model and property releases for your submissions"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("US tax law"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo, policy.CCPACommercialInfo}}
	business := &policy.Category{ID: "business", Name: "Information from other sources", Items: []string{"your business contact details and your company's size and industry", "what you tell us when you register for Adobe MAX and our other events"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "data providers, our partners and event organisers",
		Linked: true, Retention: policy.ByCriteria("as long as it stays useful for our marketing, or until you object"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	interests := &policy.Category{ID: "interests", Name: "Interests we infer", Items: []string{"the products and features you may want", "your skill level and creative interests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{usage, device, business}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"),
		CCPA:      []policy.CCPACategory{policy.CCPAInferences}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"chats, calls and emails with customer care", "survey and feedback answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to resolve your question and keep a record of it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}

	providers := &policy.Recipient{ID: "providers", Name: "Adobe's group companies and service providers for hosting, payments, customer care and marketing", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, payment, content, usage, device, support}}
	resellers := &policy.Recipient{ID: "resellers", Name: "resellers and partners you buy Adobe products through", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, payment}, Purpose: "to complete your purchase and manage your plan"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, interests}, Purpose: "to show Adobe ads on other websites and apps and measure them"}
	ncmec := &policy.Recipient{ID: "ncmec", Name: "the National Center for Missing & Exploited Children", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, content, device}, Purpose: "we find child sexual abuse material, which federal law requires us to report"}
	tax := &policy.Recipient{ID: "tax", Name: "the US Internal Revenue Service", Role: policy.RoleAuthority, Country: regionUS, Categories: []*policy.Category{contributor}}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, content, device}, Purpose: "they serve valid legal process on us, or someone's life or safety is at risk"}

	service := &policy.Purpose{ID: "service", Name: "Providing our apps and services, your Adobe account and your cloud storage", Categories: []*policy.Category{account, payment, content, usage, device},
		Recipients: []*policy.Recipient{providers, resellers},
		Required:   "most of our apps need an Adobe account with your name, email address and date of birth; without one you can use only what needs no sign-in"}
	analysis := &policy.Purpose{ID: "content-analysis", Name: "Analysing content stored in our cloud with machine learning to improve our products (content analysis)", Categories: []*policy.Category{content},
		OptOut: true, OptOutHow: "by turning content analysis off in the privacy settings of your Adobe account", Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how our apps are used, and fixing and improving them", Categories: []*policy.Category{usage, device},
		OptOut: true, OptOutHow: "by turning off the sharing of desktop app usage in the privacy settings of your Adobe account", Recipients: []*policy.Recipient{providers}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Suggesting tutorials, features and content in our apps", Categories: []*policy.Category{usage, interests},
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you marketing by email and in our apps, chosen from your interests", Categories: []*policy.Category{account, business, interests},
		Profiling: true, OptOut: true, OptOutHow: "with the unsubscribe link in each email or in the communication preferences of your Adobe account", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising Adobe on other websites and apps and measuring our campaigns", Categories: []*policy.Category{device, interests},
		Profiling: true, OptOut: true, OptOutHow: "with the Do Not Sell or Share My Personal Information link or the cookie preferences on our websites", Recipients: []*policy.Recipient{adPartners}}
	community := &policy.Purpose{ID: "community", Name: "Publishing your profile and work on Behance, Adobe Portfolio and the Adobe Community", Categories: []*policy.Category{public, account},
		Recipients: []*policy.Recipient{providers}}
	stock := &policy.Purpose{ID: "stock", Name: "Paying Adobe Stock contributors and reporting their earnings to the tax authorities", Categories: []*policy.Category{contributor, account},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{tax, providers},
		Obligations: []policy.Obligation{{Act: "the information reporting rules of the US Internal Revenue Code, 26 U.S.C. 6041 and 3406", Region: regionUS}},
		Required:    "without your tax information we cannot pay you for your submissions"}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping our services safe: detecting fraud, spam, malware and illegal content, including child sexual abuse material", Categories: []*policy.Category{account, content, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers, ncmec},
		Obligations: []policy.Obligation{{Act: "18 U.S.C. 2258A, which requires providers to report apparent child sexual abuse material to NCMEC", Region: regionUS}},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetContent},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundIllegalContent, policy.SuspensionGroundTermsBreach, policy.SuspensionGroundFraud}}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions through customer care", Categories: []*policy.Category{account, support},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{account, payment, content},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "US federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Adobe Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Adobe Inc.", Address: "345 Park Avenue, San Jose, CA 95110-2704, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.February, 1), Updated: policy.MakeDate(2024, time.February, 1),
		URL:   "https://www.adobe.example/privacy/policy.html",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"Adobe's websites, desktop and mobile apps and online services, such as Creative Cloud, Document Cloud and Adobe Express", "Behance, Adobe Portfolio, Adobe Stock and the Adobe Community"},
		CustomerData: policy.CustomerData{Customers: "businesses that use Adobe Experience Cloud, Adobe Acrobat Sign and our other enterprise services",
			Data: "the personal information that business customers collect with our enterprise services about their own customers and website visitors", TermsURL: "https://www.adobe.example/privacy/experience-cloud.html",
			ForwardsRequests: true},
		OtherNotices: []policy.Notice{{Covers: "students at schools that give them Adobe accounts (our Student Privacy notice)", URL: "https://www.adobe.example/privacy/student-policy.html"}},
		External:     []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks, policy.ExternalConnectedApps},
		Commitments:  []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:   []*policy.Category{account, payment, content, usage, device, public, contributor, business, interests, support},
		NotCollected: []policy.Exclusion{{ID: "card", Name: "full card numbers for purchases in app stores", Category: payment, Note: "The app store takes those payments."}},
		Purposes:     []*policy.Purpose{service, analysis, improve, personalise, marketing, ads, community, stock, safety, helping, legal},
		Recipients:   []*policy.Recipient{providers, resellers, adPartners, ncmec, tax, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, ReportURL: "https://www.adobe.example/legal/transparency.html"}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and your cart", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and personalisation cookies", Party: policy.PartyFirst, Purpose: personalise, Categories: []*policy.Category{device, usage},
				Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess, How: "in the Adobe Privacy Center"}, {Kind: policy.RightRectification, How: "in your Adobe account"},
			{Kind: policy.RightErasure, How: "in the Adobe Privacy Center"}, {Kind: policy.RightPortability, How: "in the Adobe Privacy Center"},
			{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share My Personal Information link, or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.adobe.example/privacy/opt-out.html", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"the Adobe Privacy Center or our privacy request form", "1-800-833-6687"}, TollFreeNumber: "1-800-833-6687"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer and asking us to reconsider it", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep technical and organisational measures suited to the information we hold."}},
		Links: policy.Links{Security: "https://www.adobe.example/trust/security.html", RequestForm: "https://www.adobe.example/privacy/privacy-center.html",
			CookieSettings: "https://www.adobe.example/privacy/cookies.html"},
		Children: policy.Children{MinimumAge: 13, SchoolConsent: true, AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared}},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Name: "Adobe Privacy Team", Email: "privacy@adobe.example", Address: "345 Park Avenue, San Jose, CA 95110-2704, USA"},
	}
	return realPolicy{"creative software and cloud services (Adobe)", p, []statement{
		{says: "Adobe Inc. in San Jose is responsible for the information of users in the United States", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Adobe Inc." && strings.Contains(p.Controller.Address, "San Jose") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers our websites, apps and online services, Behance, Adobe Stock and the Adobe Community", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "Behance")
		}},
		{says: "when we process personal information for businesses that use Adobe Experience Cloud or Acrobat Sign, their privacy policies govern it, and we pass on requests sent to us", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.CustomerData.Customers, "Experience Cloud") && p.CustomerData.ForwardsRequests && p.CustomerData.TermsURL != ""
		}},
		{says: "students whose school gives them an Adobe account are covered by our Student Privacy notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "students") && p.OtherNotices[0].URL != ""
		}},
		{says: "we collect your name, email, password, country and date of birth when you create an Adobe account", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return len(c.Items) == 5 && slices.Contains(c.Items, "date of birth")
		}},
		{says: "if you sign in with Google, Apple or Facebook we receive your name and email from them", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Facebook")
		}},
		{says: "most of our apps need an Adobe account", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we collect billing details and what you buy, and resellers and app stores tell us of purchases made through them", typed: func(p *policy.Policy) bool {
			c := p.Category("payment")
			return strings.Contains(c.SourceDetail, "reseller") && slices.Contains(recipient(p, "resellers").Categories, c)
		}},
		{says: "we store the content you put in our cloud, including your prompts to our generative AI features and what they produce", typed: func(p *policy.Policy) bool {
			c := p.Category("content")
			return len(c.Items) == 3 && p.Purpose("service").Uses(c)
		}},
		{says: "anyone with a link you share can see that content, and people you invite can see and edit it", typed: func(p *policy.Policy) bool {
			c := p.Category("content")
			return c.Visibility == policy.VisibilityLink && slices.Contains(c.VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "if your employer or school manages your account, its administrators control it and can reach your content", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").VisibleTo, policy.AudienceAdministrators) && slices.Contains(p.Category("content").VisibleTo, policy.AudienceAdministrators)
		}},
		{says: "we may analyse content in our cloud with machine learning to improve our products, and you can turn this off in your privacy settings", typed: func(p *policy.Policy) bool {
			a := p.Purpose("content-analysis")
			return a.OptOut && strings.Contains(a.OptOutHow, "privacy settings") && a.Uses(p.Category("content"))
		}},
		{says: "content you submit to Adobe Stock or to features in beta is analysed even if you turn content analysis off", free: toPurpose("content-analysis")},
		{says: "we do not train our generative AI models on the content of your account", free: toCategory("content")},
		{says: "our apps report the features you use, errors and crashes, and you can turn off the sharing of desktop app usage", typed: func(p *policy.Policy) bool {
			i := p.Purpose("improve")
			return i.OptOut && strings.Contains(i.OptOutHow, "desktop app usage") && len(p.Category("usage").Items) == 3
		}},
		{says: "we collect IP address, approximate location, device, cookie and advertising identifiers, the pages you visit and the emails you open", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return c.Tracking && slices.Contains(c.CCPA, policy.CCPAGeolocation) && strings.Contains(c.Items[3], "emails")
		}},
		{says: "your Behance and Portfolio profile, the work you publish and your Community posts are public", typed: func(p *policy.Policy) bool {
			return p.Category("public").Visibility == policy.VisibilityOptional && p.Purpose("community").Uses(p.Category("public"))
		}},
		{says: "Adobe Stock contributors give us tax and payout details, which we report to the tax authorities as the law requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("stock")
			return s.HasBasis(policy.BasisLegalObligation) && len(s.Obligations) == 1 && s.Recipients[0] == recipient(p, "tax") && p.Category("contributor").Sensitivity == policy.SensitivitySensitive
		}},
		{says: "we receive business contact details from data providers and partners, and what you give when you register for our events", typed: func(p *policy.Policy) bool {
			c := p.Category("business")
			return strings.Contains(c.SourceDetail, "data providers") && p.Purpose("marketing").Uses(c)
		}},
		{says: "we infer your interests and skills to suggest tutorials and features and to choose our marketing", typed: func(p *policy.Policy) bool {
			return len(p.Category("interests").DerivedFrom) == 3 && p.Purpose("personalise").Profiling && p.Purpose("marketing").Uses(p.Category("interests"))
		}},
		{says: "we send marketing by email and in our apps, which you can stop", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && m.OptOutHow != ""
		}},
		{says: "advertising partners' cookies and pixels on our websites help show our ads elsewhere, which is sharing under California law; we do not sell personal information", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && cookie(p, "advertising").Provider == recipient(p, "advertising") && p.USStates.Sells == policy.AnswerNo
		}},
		{says: "we share identifiers, online activity and inferences for targeted advertising", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.SoldCategories) == 3 && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "you opt out with the Do Not Sell or Share link or Global Privacy Control; we do not respond to Do Not Track", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "you manage cookies in our cookie preferences", typed: func(p *policy.Policy) bool { return p.Links.CookieSettings != "" && len(p.Cookies) == 3 }},
		{says: "we scan content with automated tools for child sexual abuse material and report what we find to NCMEC, as federal law requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety")
			return slices.Contains(s.Recipients, recipient(p, "ncmec")) && recipient(p, "ncmec").Conditional && strings.Contains(s.Obligations[0].Act, "2258A")
		}},
		{says: "we may remove content and suspend accounts that break the law or our terms, or are used for fraud", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && slices.Contains(s.Grounds, policy.SuspensionGroundIllegalContent) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud)
		}},
		{says: "our group companies and service providers process information for us under contract", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "resellers you buy through receive what they need to complete your purchase", typed: func(p *policy.Policy) bool {
			return recipient(p, "resellers").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("service").Recipients, recipient(p, "resellers"))
		}},
		{says: "we disclose information on valid legal process, publish a transparency report, and disclose to protect people and in a sale of the business", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d != nil && d.ReportURL != "" && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we may use aggregated or de-identified data, which we do not try to re-identify", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "apps you connect, plug-ins, social networks and sites we link to follow their own policies", typed: func(p *policy.Policy) bool {
			return len(p.External) == 3 && slices.Contains(p.External, policy.ExternalConnectedApps)
		}},
		{says: "we use sensitive personal information only as the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may know, access, correct, delete and download your information in the Adobe Privacy Center, without discrimination", typed: func(p *policy.Policy) bool {
			for _, r := range p.Rights {
				if r.Kind == policy.RightPortability && !strings.Contains(r.How, "Privacy Center") {
					return false
				}
			}
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests in the Privacy Center, with our form or by calling our toll-free number, and may use an authorised agent", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && len(p.CCPA.RequestMethods) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify account holders by their sign-in and others by email", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationSignedIn) && slices.Contains(p.Requests.Verification, policy.VerificationEmail)
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal our answer, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we keep information as long as your account is open and as the law and our legitimate needs require, and keep some after deletion for the law, disputes and fraud prevention", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptFraud) && p.Deletion[0].Keeps(policy.KeptLegalClaims)
		}},
		{says: "we protect information with encryption, access controls and other measures; our security practices are described online", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && p.Links.Security != ""
		}},
		{says: "our services for the public are not for children under 13; a school may give younger students accounts under our education terms", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.SchoolConsent && !p.Children.ParentalConsent
		}},
		{says: "we ask for your date of birth when you create an account, to check that you are old enough", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.AgeChecks, policy.AgeCheckDeclared) && slices.Contains(p.Category("account").Items, "date of birth")
		}},
		{says: "we tell you of material changes by email or in our apps", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "questions go to our privacy team", typed: func(p *policy.Policy) bool {
			return p.Contact.Email != "" && strings.Contains(p.Contact.Name, "Privacy")
		}},
	}}
}
