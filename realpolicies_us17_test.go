package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// realPolicyUs17UnitedHealthcare paraphrases, in our own words and as we
// recall it, the online privacy statement UnitedHealthcare published for
// uhc.com, myuhc.com, the UnitedHealthcare app and its other websites in
// 2024-2025, with its sections on cookies and advertising, text messages,
// the app's location and sign-in features, the protection of Social
// Security numbers, and the rights of California residents and of the
// residents of the other US states with privacy laws. UnitedHealthcare is
// the health benefits business of UnitedHealth Group; what it holds about
// its members (coverage, claims, ID cards, the health surveys they take
// and the rewards they earn for healthy activities) is protected health
// information, which its HIPAA Notice of Privacy Practices governs and the
// state laws exempt; the financial information of its enrollees has a
// notice of its own under the Gramm-Leach-Bliley Act, given with the
// Notice of Privacy Practices. The statement covers the rest: what the
// public websites collect from visitors and from people who shop for
// Medicare and individual plans, the advertising on those pages, and the
// texts people agree to receive. The headquarters address is UnitedHealth
// Group's; the telephone numbers, web and e-mail addresses are
// illustrative.
func realPolicyUs17UnitedHealthcare() realPolicy {
	account := &policy.Category{ID: "account", Name: "Registration information for myuhc.com and the app",
		Items:       []string{"name and date of birth", "member ID number from your health plan ID card", "email address and phone number", "username, password and security questions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralHIPAA,
		Retention: policy.WhileAccountActive(policy.Period{})}
	health := &policy.Category{ID: "health", Name: "Your health plan information",
		Items: []string{"your coverage, benefits and digital ID card", "claims, explanations of benefits and what you owe", "the prescriptions your plan pays for",
			"the answers you give in a health survey", "the rewards you earn for healthy activities"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "your employer or other plan sponsor, Medicare and state Medicaid agencies, and your doctors, hospitals and pharmacies",
		Linked:       true, GovernedBy: policy.SectoralHIPAA,
		Retention: policy.AsRequiredBy("HIPAA, the Medicare rules and state insurance laws, as the Notice of Privacy Practices describes")}
	activity := &policy.Category{ID: "activity", Name: "Activity from the fitness trackers you connect",
		Items:       []string{"daily steps", "sleep and active minutes"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the maker of the fitness tracker or app you connect to your account",
		Linked: true, GovernedBy: policy.SectoralHIPAA,
		Retention: policy.ByCriteria("as long as you take part in the rewards program and as the plan's record-keeping requires")}
	calls := &policy.Category{ID: "calls", Name: "Calls and chats with us", Items: []string{"recordings of calls and transcripts of chats with our advocates, nurses and licensed sales agents"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, GovernedBy: policy.SectoralHIPAA,
		Retention: policy.ByCriteria("as long as needed to serve you, check quality and meet Medicare's record-keeping rules")}
	shoppers := &policy.Category{ID: "shoppers", Name: "Information from people who shop for a plan",
		Items:       []string{"name, mailing address, email address and phone number", "date of birth and ZIP code", "whether you have, or soon will have, Medicare or Medicaid", "the plans you compare, the doctors and drugs you look up and the quotes you ask for"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "brokers, agents and lead providers you asked to put you in touch with us",
		Linked: true, Retention: policy.ByCriteria("as long as needed to answer you and follow up, or until you ask us to stop contacting you"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits, policy.CCPACommercialInfo}}
	online := &policy.Category{ID: "online", Name: "Information collected automatically on our public pages",
		Items:       []string{"IP address", "browser, operating system and device identifiers", "cookie and advertising identifiers", "the pages you visit, the links you click and the searches you make"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our websites and measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Your device's location", Items: []string{"your device's precise location, if you allow the app to use it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("only as long as needed to show you care near you"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	social := &policy.Category{ID: "social", Name: "What you post on our social media pages", Items: []string{"your comments, reviews and messages on our pages, with your profile name"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the post stays on our page"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences about your interest in our plans", Items: []string{"the kinds of plans you may want"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{shoppers, online}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	group := &policy.Recipient{ID: "group", Name: "the companies of UnitedHealth Group, such as Optum", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, health, calls}, Purpose: "to provide the pharmacy, behavioral health and care services that are part of your plan, as the Notice of Privacy Practices allows"}
	providers := &policy.Recipient{ID: "providers", Name: "companies that host our websites and apps, send our emails and texts, and answer calls for us, under contracts that limit their use of the information", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, health, activity, calls, shoppers, online, location}}
	care := &policy.Recipient{ID: "care", Name: "your doctors, hospitals and pharmacies", Role: policy.RoleThirdParty, Country: regionUS, OwnPolicy: true,
		Categories: []*policy.Category{health}, Purpose: "for your treatment and to pay their claims"}
	sponsor := &policy.Recipient{ID: "plan-sponsor", Name: "the employer or other sponsor of your group health plan", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{health}, Purpose: "to administer the plan, receiving only what HIPAA lets a plan sponsor have"}
	agents := &policy.Recipient{ID: "agents", Name: "licensed insurance agents and brokers", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{shoppers}, Purpose: "you ask an agent to contact you about a plan"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics companies whose cookies and pixels are on our public pages", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online, inferences}, Purpose: "to show our ads to people who visited our public pages, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, shoppers, online}, Purpose: "the law requires it, or they serve a subpoena or court order on us"}

	tcpa := policy.Obligation{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}
	member := &policy.Purpose{ID: "member", Name: "Letting members see their coverage, claims and ID cards, find care in their network, estimate costs and manage prescriptions on myuhc.com and in the app",
		Categories: []*policy.Category{account, health},
		Recipients: []*policy.Recipient{group, providers, care, sponsor},
		Required:   "to register you must give your name, date of birth and member ID so that we can confirm you are a member; without them you can use only our public pages"}
	rewards := &policy.Purpose{ID: "rewards", Name: "Running UnitedHealthcare Rewards, which rewards members for healthy activities such as daily steps", Categories: []*policy.Category{account, activity, health},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by disconnecting the tracker in the app or leaving the program", Recipients: []*policy.Recipient{providers}}
	service := &policy.Purpose{ID: "service", Name: "Answering your questions by phone and chat, and training our staff", Categories: []*policy.Category{account, health, calls},
		Recipients: []*policy.Recipient{providers}}
	shopping := &policy.Purpose{ID: "shopping", Name: "Helping people who shop for Medicare, Medicaid and individual plans compare plans, get quotes and enroll", Categories: []*policy.Category{shoppers},
		Recipients: []*policy.Recipient{providers, agents},
		Required:   "without your ZIP code and date of birth we cannot show the plans available to you"}
	agentCalls := &policy.Purpose{ID: "agent-contact", DirectMarketing: true, Name: "Having a licensed agent call, text or email you about Medicare plans when you ask for it", Categories: []*policy.Category{shoppers},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by telling the agent or calling us, and by replying STOP to a text",
		ConsentRequiredBy: []policy.Obligation{tcpa, {Act: "the Medicare marketing rules, 42 CFR 422.2264 and 423.2264", Region: regionUS}},
		Recipients:        []*policy.Recipient{agents, providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling people who shop for a plan about our plans and events by email and mail", Categories: []*policy.Category{shoppers, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in each email or by calling us", Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", Name: "Sending members reminders and alerts about their plan by text message", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by replying STOP to any text", ServiceMessages: true,
		ConsentRequiredBy: []policy.Obligation{tcpa}, Recipients: []*policy.Recipient{providers}}
	nearby := &policy.Purpose{ID: "nearby", Name: "Showing you in-network doctors, pharmacies and urgent care near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	socialP := &policy.Purpose{ID: "social", Name: "Running our pages on social media and answering what you post there", Categories: []*policy.Category{social}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing our ads on other websites and apps to people who visited our public pages, and measuring them", Categories: []*policy.Category{online, inferences},
		Profiling: true, OptOut: true, OptOutHow: "with the Your Privacy Choices link on our websites, in our cookie settings or with a Global Privacy Control signal",
		Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how our websites and apps are used and improving them", Categories: []*policy.Category{online},
		Recipients: []*policy.Recipient{providers}}
	security := &policy.Purpose{ID: "security", Name: "Protecting our websites, apps and your account, and detecting fraud", Categories: []*policy.Category{account, online},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundFraud},
			Contest: "by calling the member phone number on your ID card"}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{account, shoppers, online},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "federal and state insurance laws, the Medicare rules, and subpoenas and court orders", Region: regionUS}},
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title:      "UnitedHealthcare Online Privacy Statement",
		Controller: policy.Controller{Contact: policy.Contact{Name: "UnitedHealthcare Services, Inc. and the other UnitedHealthcare companies of UnitedHealth Group", Address: "9900 Bren Road East, Minnetonka, MN 55343, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		URL:   "https://www.uhc.example/privacy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"uhc.com and the other UnitedHealthcare websites that link to this statement", "myuhc.com and the UnitedHealthcare app"},
		OtherNotices: []policy.Notice{
			{Covers: "the protected health information of our members, which HIPAA governs (our Notice of Privacy Practices), including what members see and send on myuhc.com and in the app", URL: "https://www.uhc.example/privacy/hipaa"},
			{Covers: "the personal financial information of our enrollees (our Financial Information Privacy Notice, given with the Notice of Privacy Practices)", URL: "https://www.uhc.example/privacy/hipaa"},
			{Covers: "consumer health data under Washington's My Health My Data Act and Nevada law (our Consumer Health Data Privacy Notice)", URL: "https://www.uhc.example/privacy/consumer-health-data"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalConnectedApps, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{account, health, activity, calls, shoppers, online, location, social, inferences},
		NotCollected: []policy.Exclusion{{ID: "biometric", Name: "your fingerprint or face, when you sign in to the app with them", Class: policy.DataClassBiometric,
			Note: "Your device checks them, and the app learns only whether they matched."}},
		Purposes:    []*policy.Purpose{member, rewards, service, shopping, agentCalls, marketing, texts, nearby, socialP, ads, improve, security, legal},
		Recipients:  []*policy.Recipient{group, providers, care, sponsor, agents, adPartners, authorities},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion:    []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and secure your session", Party: policy.PartyFirst, Purpose: member, Categories: []*policy.Category{account},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and tags", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies and pixels on our public pages", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess, How: "with our online request form or by calling us"}, {Kind: policy.RightRectification},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link or in our cookie settings"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.uhc.example/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "our toll-free number, 1-800-555-0142"}, TollFreeNumber: "1-800-555-0142"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by following the instructions in our decision, or by writing to our privacy office", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards, including those HIPAA requires for health information."},
			{Kind: policy.MeasureLeastPrivilege}},
		SecurityCaveat: true,
		Links:          policy.Links{RequestForm: "https://www.uhc.example/privacy/request", CookieSettings: "https://www.uhc.example/privacy/your-privacy-choices"},
		Children:       policy.Children{MinimumAge: 13, Scope: "our websites and apps", Note: "Parents and guardians manage the coverage of dependents under 13; you must be 13 or older to register."},
		Changes:        policy.Changes{EffectiveOnPosting: true},
		Contact:        policy.Contact{Name: "UnitedHealthcare Privacy Office", Email: "privacy@uhc.example", Phone: "1-800-555-0142", Address: "9900 Bren Road East, Minnetonka, MN 55343, USA"},
	}
	return realPolicy{"health insurer (UnitedHealthcare)", p, []statement{
		{says: "UnitedHealthcare, part of UnitedHealth Group, gives this statement", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "UnitedHealth Group") && strings.Contains(p.Controller.Address, "Minnetonka") && p.Controller.Country == regionUS
		}},
		{says: "the statement covers uhc.com, our other websites that link to it, myuhc.com and the UnitedHealthcare app", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "app")
		}},
		{says: "members' health information is protected health information, governed by our HIPAA Notice of Privacy Practices", typed: func(p *policy.Policy) bool {
			return p.Category("health").GovernedBy == policy.SectoralHIPAA && strings.Contains(p.OtherNotices[0].Covers, "Notice of Privacy Practices") && p.OtherNotices[0].URL != ""
		}},
		{says: "where this statement and the Notice of Privacy Practices differ on health information, the Notice of Privacy Practices prevails", free: toCategory("health")},
		{says: "enrollees' financial information is covered by our Financial Information Privacy Notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "Financial Information Privacy Notice")
		}},
		{says: "consumer health data under Washington and Nevada law is covered by a separate notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[2].Covers, "Washington") && p.OtherNotices[2].URL != ""
		}},
		{says: "to register you give your name, date of birth, member ID and contact details, and choose a username and password", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 4 && p.Purpose("member").Required != ""
		}},
		{says: "members see their coverage, claims and ID cards, find care, estimate costs and manage prescriptions", typed: func(p *policy.Policy) bool {
			return p.Purpose("member").Uses(p.Category("health")) && len(p.Category("health").Items) == 5
		}},
		{says: "health information comes from you, your plan sponsor, Medicare and Medicaid agencies, and your doctors and pharmacies", typed: func(p *policy.Policy) bool {
			c := p.Category("health")
			return strings.Contains(c.SourceDetail, "Medicare") && slices.Contains(c.Sources, policy.SourceThirdParty)
		}},
		{says: "we share health information with UnitedHealth Group companies such as Optum that provide services in your plan", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "group").Name, "Optum") && slices.Contains(p.Purpose("member").Recipients, recipient(p, "group"))
		}},
		{says: "we share with your doctors and pharmacies for your treatment and to pay their claims", typed: func(p *policy.Policy) bool {
			return recipient(p, "care").OwnPolicy && slices.Contains(p.Purpose("member").Recipients, recipient(p, "care"))
		}},
		{says: "your employer's plan receives only what HIPAA allows a plan sponsor", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "plan-sponsor").Purpose, "HIPAA")
		}},
		{says: "members who join UnitedHealthcare Rewards may connect a fitness tracker, whose steps and sleep earn rewards, and may disconnect it", typed: func(p *policy.Policy) bool {
			r := p.Purpose("rewards")
			return r.Uses(p.Category("activity")) && r.RestsOnConsent() && strings.Contains(r.Withdraw, "disconnecting")
		}},
		{says: "trackers and apps you connect to your account follow their own privacy policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalConnectedApps) && strings.Contains(p.Category("activity").SourceDetail, "fitness tracker")
		}},
		{says: "calls and chats with us may be recorded and kept", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("service").Uses(p.Category("calls"))
		}},
		{says: "when you shop for a plan we ask for your contact details, date of birth, ZIP code and whether you have Medicare or Medicaid", typed: func(p *policy.Policy) bool {
			return len(p.Category("shoppers").Items) == 4 && p.Purpose("shopping").Required != ""
		}},
		{says: "we also receive shoppers' details from brokers, agents and lead providers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("shoppers").SourceDetail, "lead providers")
		}},
		{says: "a licensed agent contacts you about Medicare plans only when you ask, with your consent to calls and texts", typed: func(p *policy.Policy) bool {
			a := p.Purpose("agent-contact")
			return a.RestsOnConsent() && len(a.ConsentRequiredBy) == 2 && recipient(p, "agents").Conditional
		}},
		{says: "you may withdraw your permission to be contacted by an agent at any time", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("agent-contact").Withdraw, "calling us")
		}},
		{says: "we send shoppers emails and mail about our plans, and they can unsubscribe", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && strings.Contains(m.OptOutHow, "unsubscribe")
		}},
		{says: "members who agree receive texts about their plan and can stop them by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && t.ServiceMessages && strings.Contains(t.Withdraw, "STOP")
		}},
		{says: "message and data rates may apply, and how often we text depends on your plan", free: toPurpose("texts")},
		{says: "on our public pages we collect your IP address, device identifiers, cookie identifiers and the pages and searches you make", typed: func(p *policy.Policy) bool {
			c := p.Category("online")
			return c.Tracking && len(c.Items) == 4 && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "the app uses your location, if you allow it, to show care near you", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("nearby").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "if you sign in with your fingerprint or face, your device checks it and we do not receive it", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Class == policy.DataClassBiometric
		}},
		{says: "what you post on our social media pages is public, and the platform's own policy applies", typed: func(p *policy.Policy) bool {
			return p.Category("social").Visibility == policy.VisibilityAlways && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "we combine what we collect to infer which plans may interest you", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferences").DerivedFrom) == 2
		}},
		{says: "we use session cookies to keep you signed in, and analytics cookies to improve our sites", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "analytics").Purpose == p.Purpose("improve")
		}},
		{says: "advertising partners' cookies and pixels on our public pages show our ads elsewhere, which the law may treat as sharing or targeted advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.USStates.TargetedAdvertising == policy.AnswerYes && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "we do not place advertising technologies on the pages where members sign in", free: toCategory("online")},
		{says: "you opt out of sharing and targeted advertising with the Your Privacy Choices link, our cookie settings or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Links.CookieSettings != ""
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && p.CCPA.Sold == policy.AnswerNo && p.USStates.Sells == policy.AnswerNo
		}},
		{says: "we shared identifiers, internet activity and inferences for advertising in the past 12 months", typed: func(p *policy.Policy) bool { return len(p.CCPA.SoldCategories) == 3 }},
		{says: "the state privacy sections do not cover protected health information, which HIPAA governs", typed: func(p *policy.Policy) bool {
			return p.Category("account").GovernedBy == policy.SectoralHIPAA && len(p.Category("health").CCPA) == 0
		}},
		{says: "we use sensitive personal information only for the purposes the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "residents may know, access, correct, delete and get a copy of their information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through our online form or toll-free number; we match details you give us, and an authorized agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && slices.Contains(p.Requests.Verification, policy.VerificationDataPoints) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "members exercise their HIPAA rights to their health information as the Notice of Privacy Practices describes", free: toCategory("health")},
		{says: "we keep information as long as our purposes and the law require, and keep what the law needs after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("health").Retention.Kind == policy.RetentionRequiredByLaw && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "service providers act for us under contracts that limit their use of the information", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we may disclose information on legal process, to protect people and our rights, in a sale of a business, and in de-identified or aggregate form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil &&
				hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep de-identified information in that form and do not try to identify anyone from it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we may lock an account we believe someone else is using, and you call us to unlock it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover) && s.Contestable()
		}},
		{says: "we protect information with administrative, technical and physical safeguards, and limit access to those who need it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "no website or transmission is completely secure", typed: func(p *policy.Policy) bool { return p.SecurityCaveat }},
		{says: "we protect the confidentiality of the Social Security numbers we receive, forbid their unlawful disclosure and let only those who need them see them", free: toIntroduction},
		{says: "ordinary email is not secure; send questions about your health through the secure messages on myuhc.com", free: toCategory("account")},
		{says: "sites we link to follow their own privacy policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "our websites are not directed to children under 13, and parents manage the coverage of young dependents", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && strings.Contains(p.Children.Note, "dependents")
		}},
		{says: "we may change the statement, and changes take effect when posted with a new date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && !p.Updated.IsZero() }},
		{says: "questions go to our Privacy Office by email, phone or post", typed: func(p *policy.Policy) bool {
			return p.Contact.Email != "" && p.Contact.Phone != "" && strings.Contains(p.Contact.Name, "Privacy Office")
		}},
	}}
}

// realPolicyUs17AmericanExpress paraphrases, in our own words and as we
// recall them, the privacy notices American Express published for its
// consumers in the United States in 2024-2025: the U.S. Consumer Privacy
// Notice its card, savings, checking and lending companies give their
// customers under the Gramm-Leach-Bliley Act (the model form: what it
// shares, whether the customer can limit it, and how), with its sections
// for residents of Vermont and California; the Online Privacy Statement
// for americanexpress.com, the Amex app and its other online services,
// with Membership Rewards, Amex Offers, co-brand Cards and the Additional
// Cards a Basic Card Member adds; and the notice for California residents
// under the CCPA. Customers' account, transaction and application
// information is governed by the Gramm-Leach-Bliley Act, and consumer
// reports by the Fair Credit Reporting Act; the California section
// reaches only the rest, such as what the website collects from visitors
// and the lists used to market to people who are not yet customers. The
// headquarters address is American Express's; the telephone numbers, web
// and e-mail addresses are illustrative.
func realPolicyUs17AmericanExpress() realPolicy {
	identity := &policy.Category{ID: "identity", Name: "Identity and application information",
		Items:       []string{"name, address, phone number, email address and date of birth", "Social Security number", "income, assets and employment"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our affiliates, identity verification services and other companies",
		Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("the customer identification program rule, 31 CFR 1020.220(a)(3), for five years after the account is closed")}
	accounts := &policy.Category{ID: "accounts", Name: "Account and transaction information",
		Items: []string{"Card and account numbers, balances and credit limits", "payment history on your Cards, loans and savings accounts",
			"your purchases: the merchant, the date and the amount and, for some purchases such as airline tickets, what you bought"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the merchants where you use your Card and the companies that process the payments", Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("federal banking record rules, such as 31 CFR 1010.430, which keep records five years")}
	credit := &policy.Category{ID: "credit", Name: "Credit history and credit scores", Items: []string{"credit reports and credit scores from consumer reporting agencies"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "consumer reporting agencies",
		Linked: true, GovernedBy: policy.SectoralFCRA,
		Retention: policy.AsRequiredBy("the Fair Credit Reporting Act and the Equal Credit Opportunity Act")}
	additional := &policy.Category{ID: "additional", Name: "Additional Card Members", Items: []string{"the name, date of birth and address of each person you add to your account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.WhileAccountActive(policy.Period{})}
	rewards := &policy.Category{ID: "rewards", Name: "Membership Rewards and travel",
		Items:       []string{"the points you earn, redeem and transfer", "the airline and hotel loyalty numbers you link to transfer points", "the trips you book with American Express Travel"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.WhileAccountActive(policy.Period{})}
	credentials := &policy.Category{ID: "credentials", Name: "Sign-in information", Items: []string{"User ID and password", "one-time verification codes"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.WhileAccountActive(policy.Period{})}
	calls := &policy.Category{ID: "calls", Name: "Calls with us", Items: []string{"recordings of calls with our customer care professionals"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as needed to serve you, check quality and meet record-keeping rules")}
	location := &policy.Category{ID: "location", Name: "Location of your mobile device", Items: []string{"your device's precise location, if you allow the Amex app to use it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as needed to confirm it is you who uses the Card and to show you offers near you")}
	online := &policy.Category{ID: "online", Name: "Online activity information",
		Items:       []string{"IP address", "browser, device type and device identifiers", "cookie and advertising identifiers", "the pages you visit and the links and ads you click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to secure our online services, measure our ads and improve our sites"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	prospects := &policy.Category{ID: "prospects", Name: "Information about people who are not yet customers",
		Items:       []string{"names and addresses for prescreened offers of credit", "demographic and marketing information, such as household income ranges"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic}, SourceDetail: "consumer reporting agencies, data providers and marketing partners",
		Linked: true, Retention: policy.ByCriteria("as long as needed for the offer we make with it"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences about your interests", Items: []string{"the products and offers you may be interested in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{online, prospects}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	limitHow := "by calling 1-800-555-0167 or at americanexpress.com/privacy"
	affiliates := &policy.Recipient{ID: "affiliates", Name: "our affiliates: financial and nonfinancial companies related to us by common ownership or control, such as American Express National Bank and American Express Travel Related Services Company, Inc.", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, accounts, credit, rewards}, Purpose: "for their everyday business and, unless you limit it, to market to you"}
	providers := &policy.Recipient{ID: "providers", Name: "companies that process transactions, print and mail statements, run our systems and market our products for us", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{identity, accounts, additional, credentials, calls, online, location}}
	joint := &policy.Recipient{ID: "joint-marketing", Name: "nonaffiliated financial companies, such as insurance companies, that together with us market financial products to you under a formal agreement", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, accounts}, Purpose: "to offer you the products we market together"}
	cobrand := &policy.Recipient{ID: "cobrand", Name: "the companies whose names are on our co-brand Cards, such as airlines, hotels and retailers", Role: policy.RoleThirdParty, Country: regionUS, OwnPolicy: true,
		Categories: []*policy.Category{identity, accounts}, Purpose: "to give you the Card's benefits, credit the miles or points you earn with it and, unless you limit it, market their products to you"}
	merchants := &policy.Recipient{ID: "merchants", Name: "the merchants where you use your Card, and the banks and networks that process your payments", Role: policy.RoleThirdParty, Country: regionUS, OwnPolicy: true,
		Categories: []*policy.Category{accounts}, Purpose: "to approve and complete your purchases and settle disputes about them"}
	partners := &policy.Recipient{ID: "rewards-partners", Name: "the airline and hotel loyalty programs you transfer Membership Rewards points to", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true, OwnPolicy: true,
		Categories: []*policy.Category{identity, rewards}, Purpose: "you transfer points to them, which they credit to your account with them"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "consumer reporting agencies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, accounts}, Purpose: "to report how you pay your Cards and loans, as the Fair Credit Reporting Act allows"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising companies, and the websites and social media platforms that show our ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online, inferences}, Purpose: "to show you our ads on other websites and apps based on your interests, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{identity, accounts, calls, online}, Purpose: "they examine us, the law requires a report, or they serve a subpoena, court order or other legal process on us"}

	everyday := &policy.Purpose{ID: "everyday", Name: "Our everyday business: processing your transactions, maintaining your accounts, answering court orders and legal investigations, and reporting to credit bureaus",
		Categories: []*policy.Category{identity, accounts, credit, additional, credentials},
		Recipients: []*policy.Recipient{providers, bureaus, merchants, authorities},
		Required:   "you must give your name, address, date of birth, Social Security number and income to apply for a Card, loan or account; without them we cannot decide on your application"}
	verify := &policy.Purpose{ID: "identity", Name: "Verifying your identity when you open an account", Categories: []*policy.Category{identity},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "USA PATRIOT Act, s. 326, and 31 CFR 1020.220 (customer identification programs for banks)", Region: regionUS}}}
	security := &policy.Purpose{ID: "security", Name: "Authenticating you, protecting your accounts and preventing fraud", Categories: []*policy.Category{credentials, accounts, online, location, calls},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundUnauthorised}, Contest: "by answering our fraud alert in the app, by text or by calling the number on the back of your Card"}}
	compliance := &policy.Purpose{ID: "compliance", Name: "Complying with banking laws, anti-money laundering and sanctions rules", Categories: []*policy.Category{identity, accounts, calls},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Bank Secrecy Act, 31 U.S.C. 5311 et seq.", Region: regionUS}, {Act: "OFAC sanctions regulations, 31 CFR Chapter V", Region: regionUS}},
		TippingOff:  []policy.Obligation{{Act: "31 U.S.C. 5318(g)(2)", Region: regionUS}}}
	rewardsP := &policy.Purpose{ID: "rewards", Name: "Running Membership Rewards: crediting points, letting you use them and transferring them to the loyalty programs you choose", Categories: []*policy.Category{rewards, accounts, identity},
		Recipients: []*policy.Recipient{partners, providers}}
	offers := &policy.Purpose{ID: "offers", Name: "Choosing the Amex Offers from merchants we show you, from your purchases and where you use your Card", Categories: []*policy.Category{accounts, location},
		Profiling: true}
	cobrandP := &policy.Purpose{ID: "cobrand", Name: "Running co-brand Cards with the companies whose names are on them", Categories: []*policy.Category{identity, accounts},
		Recipients: []*policy.Recipient{cobrand}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering our products and services to you, including prescreened offers of credit", Categories: []*policy.Category{identity, accounts, prospects, inferences},
		OptOut: true, OptOutHow: "by telling us, at 1-800-555-0167 or americanexpress.com/privacy, not to contact you for marketing by phone, mail or email; prescreened offers stop at optoutprescreen.com",
		Recipients: []*policy.Recipient{providers}}
	jointP := &policy.Purpose{ID: "joint-marketing", DirectMarketing: true, Name: "Marketing financial products together with other financial companies", Categories: []*policy.Category{identity, accounts},
		Recipients: []*policy.Recipient{joint}}
	affTransactions := &policy.Purpose{ID: "affiliates-transactions", Name: "Sharing with our affiliates, for their everyday business, information about your transactions and experiences with us",
		Categories: []*policy.Category{accounts, rewards}, Recipients: []*policy.Recipient{affiliates}}
	affCredit := &policy.Purpose{ID: "affiliates-credit", Name: "Sharing with our affiliates, for their everyday business, information about your creditworthiness",
		Categories: []*policy.Category{credit, identity}, Recipients: []*policy.Recipient{affiliates}, OptOut: true, OptOutHow: limitHow}
	affMarketing := &policy.Purpose{ID: "affiliates-marketing", DirectMarketing: true, Name: "Letting our affiliates use your information to market to you",
		Categories: []*policy.Category{identity, accounts}, Recipients: []*policy.Recipient{affiliates}, OptOut: true, OptOutHow: limitHow}
	nonaffMarketing := &policy.Purpose{ID: "nonaffiliates-marketing", DirectMarketing: true, Name: "Sharing information with the companies on our co-brand Cards so that they can market to you",
		Categories: []*policy.Category{identity, accounts}, Recipients: []*policy.Recipient{cobrand}, OptOut: true, OptOutHow: limitHow}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you our ads on other websites, apps and social media based on your interests", Categories: []*policy.Category{online, inferences},
		Profiling: true, OptOut: true, OptOutHow: "with the Your Privacy Choices link on americanexpress.com, in our cookie settings, with a Global Privacy Control signal or through the Digital Advertising Alliance's AdChoices",
		Recipients: []*policy.Recipient{adPartners}}
	locate := &policy.Purpose{ID: "location", Name: "Using your phone's location to confirm it is you who uses the Card and to show you offers near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analyzing and improving our websites, apps and products", Categories: []*policy.Category{online},
		Recipients: []*policy.Recipient{providers}}

	p := &policy.Policy{
		Title:      "American Express U.S. Consumer Privacy Notice and Online Privacy Statement",
		Controller: policy.Controller{Contact: policy.Contact{Name: "American Express Company and its affiliates, such as American Express National Bank", Address: "200 Vesey Street, New York, NY 10285, USA", Phone: "1-800-555-0167"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.April, 1), Updated: policy.MakeDate(2024, time.April, 1),
		URL:   "https://www.americanexpress.example/us/privacy",
		Laws:  []policy.Law{policy.CCPA},
		Scope: []string{"the consumer Cards, savings and checking accounts and loans of the American Express companies in the United States", "americanexpress.com, the Amex app and our other online services"},
		OtherNotices: []policy.Notice{
			{Covers: "the personal information of California residents that the CCPA reaches (our California Privacy Notice)", URL: "https://www.americanexpress.example/us/privacy/california"},
			{Covers: "our employees and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{identity, accounts, credit, additional, rewards, credentials, calls, location, online, prospects, inferences},
		Purposes: []*policy.Purpose{everyday, verify, security, compliance, rewardsP, offers, cobrandP, marketing, jointP, affTransactions, affCredit, affMarketing, nonaffMarketing,
			ads, locate, analytics},
		Recipients: []*policy.Recipient{affiliates, providers, joint, cobrand, merchants, partners, bureaus, adPartners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that recognize your device and keep your session secure", Party: policy.PartyFirst, Purpose: security, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and tags", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and tags", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your online account or by calling us"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link on americanexpress.com or a Global Privacy Control signal"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.americanexpress.example/us/privacy/your-privacy-choices", Under16: policy.AnswerNo,
			RequestMethods: []string{"our online California privacy request form", "our toll-free number, 1-800-555-0167"}, TollFreeNumber: "1-800-555-0167"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureLeastPrivilege, Description: "Our employees may see your information only when their work needs it, and the companies that work for us must protect it."},
			{Kind: policy.MeasureInternalRules, Description: "We use security measures that comply with federal law, including computer safeguards and secured files and buildings."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links: policy.Links{RequestForm: "https://www.americanexpress.example/us/privacy/california-request", CookieSettings: "https://www.americanexpress.example/us/privacy/your-privacy-choices",
			Security: "https://www.americanexpress.example/us/security-center"},
		Children: policy.Children{MinimumAge: 13, Scope: "our websites and apps", Note: "We do not knowingly collect the personal information of children under 13 online."},
		Changes:  policy.Changes{EffectiveOnPosting: true, Notify: []policy.Channel{policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Name: "American Express Customer Care", Phone: "1-800-555-0167", Email: "privacy@americanexpress.example", Address: "200 Vesey Street, New York, NY 10285, USA"},
		GLBA: policy.GLBANotice{
			Sharing: []policy.GLBASharing{
				{Reason: policy.GLBAEverydayBusiness, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAOwnMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAJointMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAAffiliatesTransactions, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAAffiliatesCreditworthiness, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes},
				{Reason: policy.GLBAAffiliatesMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes},
				{Reason: policy.GLBANonaffiliatesMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes},
			},
			LimitHow:        "call 1-800-555-0167 or visit americanexpress.com/privacy",
			WaitDays:        30,
			FormerCustomers: true,
		},
	}
	return realPolicy{"card issuer (American Express)", p, []statement{
		{says: "American Express Company and its affiliates, such as American Express National Bank, give this notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "American Express National Bank") && strings.Contains(p.Controller.Address, "New York") && p.Controller.Country == regionUS
		}},
		{says: "the consumer notice covers our consumer Cards, accounts and loans, and the online statement our websites and the Amex app", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "consumer") && strings.Contains(p.Scope[1], "Amex app")
		}},
		{says: "financial companies choose how they share personal information, and federal law lets consumers limit some but not all sharing", typed: func(p *policy.Policy) bool {
			return len(p.GLBA.Sharing) == 7 && glbaLimitsOnlyWhatLawGives(p)
		}},
		{says: "we collect your Social Security number and income, account balances and payment history, and credit history and credit scores", typed: func(p *policy.Policy) bool {
			return len(p.Category("identity").Items) == 3 && len(p.Category("accounts").Items) == 3 && p.Category("credit") != nil
		}},
		{says: "we collect it when you apply for a Card, use it, pay your bill or give us your contact details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("accounts").Sources, policy.SourceAutomatic) && slices.Contains(p.Category("identity").Sources, policy.SourceUser)
		}},
		{says: "we also collect information from credit bureaus, affiliates and other companies", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail == "consumer reporting agencies" && strings.Contains(p.Category("identity").SourceDetail, "affiliates")
		}},
		{says: "merchants tell us what you buy with your Card, and sometimes the details of the purchase, such as a flight", typed: func(p *policy.Policy) bool {
			c := p.Category("accounts")
			return strings.Contains(c.SourceDetail, "merchants") && strings.Contains(c.Items[2], "airline tickets")
		}},
		{says: "a Basic Card Member who adds Additional Card Members gives us their details and must have their permission to do so", typed: func(p *policy.Policy) bool {
			c := p.Category("additional")
			return slices.Contains(c.Sources, policy.SourceOtherUsers) && c.OthersConsent
		}},
		{says: "you must give your identity details and income to apply for a Card, loan or account", typed: func(p *policy.Policy) bool { return p.Purpose("everyday").Required != "" }},
		{says: "federal law requires us to verify your identity when you open an account", typed: func(p *policy.Policy) bool {
			v := p.Purpose("identity")
			return v.HasBasis(policy.BasisLegalObligation) && strings.Contains(v.Obligations[0].Act, "326")
		}},
		{says: "we share for our everyday business: processing transactions, maintaining accounts, answering courts and reporting to credit bureaus, and you cannot limit it", typed: func(p *policy.Policy) bool {
			e := p.Purpose("everyday")
			return glbaAnswers(p, policy.GLBAEverydayBusiness, policy.AnswerYes, policy.AnswerNo) &&
				!e.OptOut && slices.Contains(e.Recipients, recipient(p, "bureaus")) && slices.Contains(e.Recipients, recipient(p, "authorities"))
		}},
		{says: "we share for our own marketing, and you cannot limit that sharing", typed: func(p *policy.Policy) bool {
			return glbaAnswers(p, policy.GLBAOwnMarketing, policy.AnswerYes, policy.AnswerNo) && p.Purpose("marketing").DirectMarketing
		}},
		{says: "we share for joint marketing with other financial companies, and you cannot limit it", typed: func(p *policy.Policy) bool {
			j := p.Purpose("joint-marketing")
			return glbaAnswers(p, policy.GLBAJointMarketing, policy.AnswerYes, policy.AnswerNo) && !j.OptOut && j.Recipients[0] == recipient(p, "joint-marketing")
		}},
		{says: "we share information about your transactions and experiences with our affiliates for their everyday business, and you cannot limit it", typed: func(p *policy.Policy) bool {
			a := p.Purpose("affiliates-transactions")
			return glbaAnswers(p, policy.GLBAAffiliatesTransactions, policy.AnswerYes, policy.AnswerNo) && !a.OptOut && a.Recipients[0] == recipient(p, "affiliates")
		}},
		{says: "we share information about your creditworthiness with our affiliates for their everyday business, unless you limit it", typed: func(p *policy.Policy) bool {
			a := p.Purpose("affiliates-credit")
			return glbaAnswers(p, policy.GLBAAffiliatesCreditworthiness, policy.AnswerYes, policy.AnswerYes) && a.OptOut && a.Uses(p.Category("credit"))
		}},
		{says: "our affiliates may use your information to market to you, unless you limit it", typed: func(p *policy.Policy) bool {
			a := p.Purpose("affiliates-marketing")
			return glbaAnswers(p, policy.GLBAAffiliatesMarketing, policy.AnswerYes, policy.AnswerYes) && a.OptOut && a.DirectMarketing
		}},
		{says: "we share with nonaffiliates, such as the partners on our co-brand Cards, so that they can market to you, unless you limit it", typed: func(p *policy.Policy) bool {
			n := p.Purpose("nonaffiliates-marketing")
			return glbaAnswers(p, policy.GLBANonaffiliatesMarketing, policy.AnswerYes, policy.AnswerYes) && n.OptOut && n.Recipients[0] == recipient(p, "cobrand")
		}},
		{says: "to limit our sharing, call our number or visit our privacy page", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.GLBA.LimitHow, "1-800") && strings.Contains(p.GLBA.LimitHow, "privacy")
		}},
		{says: "new customers' information may be shared 30 days after we send this notice", typed: func(p *policy.Policy) bool { return p.GLBA.WaitDays == 30 }},
		{says: "we keep sharing as this notice says after you stop being our customer, but you may limit it at any time", typed: func(p *policy.Policy) bool {
			return p.GLBA.FormerCustomers && p.GLBA.LimitHow != ""
		}},
		{says: "your choice to limit marketing by our affiliates lasts at least five years, and we will offer to renew it", free: toPurpose("affiliates-marketing")},
		{says: "affiliates are companies related by common ownership or control, financial and nonfinancial, such as our bank and our travel company", typed: func(p *policy.Policy) bool {
			a := recipient(p, "affiliates")
			return strings.Contains(a.Name, "common ownership") && strings.Contains(a.Name, "Travel Related Services") && a.Role == policy.RoleThirdParty
		}},
		{says: "our joint marketing partners include insurance companies", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "joint-marketing").Name, "insurance companies")
		}},
		{says: "for residents of Vermont, we share information about them with nonaffiliates only as the law allows, and share their creditworthiness with affiliates only with their consent", free: toIntroduction},
		{says: "for residents of California, we do not share with nonaffiliates except as the law allows, and limit sharing among affiliates as California law requires", free: toIntroduction},
		{says: "we protect information with security measures that comply with federal law, including computer safeguards and secured files and buildings", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool {
				return m.Kind == policy.MeasureInternalRules && strings.Contains(m.Description, "federal law")
			})
		}},
		{says: "our employees see your information only when their work needs it, and companies that work for us must protect it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureLeastPrivilege) && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we will never ask for your password or a one-time code by email or text, and you should forward suspicious messages to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages) && p.Links.Security != ""
		}},
		{says: "online we collect your IP address, device identifiers, cookie identifiers and the pages and ads you view", typed: func(p *policy.Policy) bool {
			c := p.Category("online")
			return c.Tracking && len(c.Items) == 4 && slices.Contains(c.CCPA, policy.CCPAInternetActivity)
		}},
		{says: "the Amex app uses your location, if you allow it, to help confirm it is you using the Card and to show you offers nearby", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt && p.Purpose("security").Uses(p.Category("location"))
		}},
		{says: "we keep the Membership Rewards points you earn and use, and when you transfer points, the airline or hotel program receives your details", typed: func(p *policy.Policy) bool {
			r := recipient(p, "rewards-partners")
			return r.Conditional && r.OwnPolicy && slices.Contains(p.Purpose("rewards").Recipients, r)
		}},
		{says: "we choose the Amex Offers we show you from your purchases and where you use your Card", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.Profiling && o.Uses(p.Category("accounts")) && o.Uses(p.Category("location"))
		}},
		{says: "a merchant learns that you used an offer only when you use it at that merchant", free: toPurpose("offers")},
		{says: "the partners on our co-brand Cards receive your information to give you the Card's benefits and credit your miles or points", typed: func(p *policy.Policy) bool {
			c := recipient(p, "cobrand")
			return c.OwnPolicy && slices.Contains(p.Purpose("cobrand").Recipients, c)
		}},
		{says: "merchants and the companies that process payments receive what they need to complete your purchases and settle disputes", typed: func(p *policy.Policy) bool {
			return recipient(p, "merchants").OwnPolicy && slices.Contains(p.Purpose("everyday").Recipients, recipient(p, "merchants"))
		}},
		{says: "we may decline a charge or block a Card we suspect is fraudulent, and ask you to confirm it through our alert", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetCard) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contestable()
		}},
		{says: "we may record calls with us", typed: func(p *policy.Policy) bool { return p.Category("calls").RecordingNotice }},
		{says: "we report how you pay to consumer reporting agencies", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "bureaus").Purpose, "Fair Credit Reporting Act")
		}},
		{says: "we send prescreened offers of credit, from which you can opt out at optoutprescreen.com", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("marketing").OptOutHow, "optoutprescreen") && p.Purpose("marketing").Uses(p.Category("prospects"))
		}},
		{says: "we and advertising companies use cookies and pixels to show you our ads on other sites based on your interests", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Provider == recipient(p, "advertising") && p.Purpose("ads").Profiling
		}},
		{says: "you can opt out of interest-based ads through our privacy choices, cookie settings or AdChoices", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").OptOut && strings.Contains(p.Purpose("ads").OptOutHow, "AdChoices") && p.Links.CookieSettings != ""
		}},
		{says: "even if you opt out, you may still see ads from us that are not based on your interests", free: toPurpose("ads")},
		{says: "we do not respond to Do Not Track, but treat Global Privacy Control as a request to opt out of sharing", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "the California section does not cover information the Gramm-Leach-Bliley Act or the Fair Credit Reporting Act governs", typed: func(p *policy.Policy) bool {
			return p.Category("accounts").GovernedBy == policy.SectoralGLBA && p.Category("credit").GovernedBy == policy.SectoralFCRA && len(p.Category("accounts").CCPA) == 0
		}},
		{says: "we do not sell personal information, but share online identifiers and activity with advertising partners", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && slices.Contains(p.Commitments, policy.CommitmentNoSale) && len(p.CCPA.SoldCategories) == 3
		}},
		{says: "Californians opt out of sharing with the Your Privacy Choices link", typed: func(p *policy.Policy) bool { return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale) }},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "Californians may know, access, correct, delete and get a copy of their information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through our online form or toll-free number; we verify you, and an authorized agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.CCPA.TollFreeNumber != "" && p.Requests.Agents == policy.AnswerYes && len(p.Requests.Verification) == 2
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "we keep information as long as our purposes and record-keeping laws require, and keep what the law needs after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("accounts").Retention.Kind == policy.RetentionRequiredByLaw && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we may disclose information on legal process, to protect people and American Express, in a sale of a business, and in aggregate form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil &&
				hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep de-identified information in that form and do not try to identify anyone from it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification) && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "sites we link to and social media have their own privacy policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "our sites are not directed to children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 && p.Children.Scope != "" }},
		{says: "we post changes to the online statement with a new date, and send customers a revised consumer notice when the law requires", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		{says: "employees and job applicants have a notice of their own", typed: func(p *policy.Policy) bool { return strings.Contains(p.OtherNotices[1].Covers, "job applicants") }},
		{says: "questions go to the number on the back of your Card or to our privacy address", typed: func(p *policy.Policy) bool { return p.Contact.Phone != "" && p.Contact.Email != "" }},
	}}
}

// realPolicyUs17Walgreens paraphrases, in our own words and as we recall
// it, the privacy notice Walgreens published for its customers in the
// United States in 2024-2025: one notice for walgreens.com, the Walgreens
// app, the stores, customer care, Walgreens Photo and the myWalgreens
// membership, with its notice of financial incentive for myWalgreens, its
// sections on cookies, targeted advertising (the retail media network
// through which brands advertise to Walgreens customers), text messages,
// the co-branded credit cards and same-day delivery, and its section for
// the residents of California and of the other US states with privacy
// laws. What the pharmacy holds about its patients (their prescriptions,
// insurance and vaccinations) is protected health information, which the
// HIPAA Notice of Privacy Practices governs and the state laws exempt;
// consumer health data under Washington's and Nevada's laws is left to a
// notice of its own. The telephone numbers, web and e-mail addresses are
// illustrative.
func realPolicyUs17Walgreens() realPolicy {
	contact := &policy.Category{ID: "contact", Name: "Contact and membership information",
		Items:       []string{"name, mailing address, email address and phone number", "date of birth", "myWalgreens member number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	credentials := &policy.Category{ID: "credentials", Name: "Sign-in information", Items: []string{"username and password"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases and rewards",
		Items:       []string{"what you buy in our stores, online and in the app", "the Walgreens Cash rewards you earn and use", "the deals you clip and the coupons you redeem"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you are a member and as our tax and accounting records require"),
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"the card you pay with and your billing address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to complete the payment, handle refunds and meet our records obligations"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords}}
	pharmacy := &policy.Category{ID: "pharmacy", Name: "Pharmacy information", Items: []string{"your prescriptions and the medicines we dispense", "your health insurance", "the vaccinations you receive at our pharmacies"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your prescribers, health plans and pharmacy benefit managers",
		Linked: true, GovernedBy: policy.SectoralHIPAA, Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Retention: policy.AsRequiredBy("federal and state pharmacy laws, as the Notice of Privacy Practices describes")}
	photos := &policy.Category{ID: "photos", Name: "Photos you upload", Items: []string{"the photos you upload to print or put on photo gifts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep them in your photo account, or until the order is complete"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	location := &policy.Category{ID: "location", Name: "Your device's location", Items: []string{"your device's precise location, if you allow the app to use it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("only as long as needed to find a store near you or tell the store you have arrived"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	calls := &policy.Category{ID: "calls", Name: "Calls and chats with customer care", Items: []string{"recordings of calls and transcripts of chats with customer care"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to answer you and check the quality of our service"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	online := &policy.Category{ID: "online", Name: "Information collected automatically online",
		Items:       []string{"IP address", "browser, device type and device identifiers", "cookie and advertising identifiers", "the pages you visit, what you search for and the ads you click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences about your interests", Items: []string{"the products, deals and ads you may be interested in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, online}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "the companies of the Walgreens group", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, purchases, online}, Purpose: "to run our business together and for the purposes this notice describes"}
	providers := &policy.Recipient{ID: "providers", Name: "companies that host our sites, process payments, print photos, send our messages and answer calls for us", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, credentials, purchases, payment, pharmacy, photos, calls, online, location}}
	delivery := &policy.Recipient{ID: "delivery", Name: "delivery services, such as DoorDash and Uber Eats", Role: policy.RoleThirdParty, Country: regionUS, OwnPolicy: true,
		Categories: []*policy.Category{contact, purchases}, Purpose: "to bring you the orders you ask to have delivered the same day"}
	care := &policy.Recipient{ID: "care", Name: "your prescribers, health plans and pharmacy benefit managers", Role: policy.RoleThirdParty, Country: regionUS, OwnPolicy: true,
		Categories: []*policy.Category{pharmacy}, Purpose: "to fill your prescriptions and be paid for them, as the Notice of Privacy Practices allows"}
	synchrony := &policy.Recipient{ID: "card-issuer", Name: "Synchrony Bank, which issues the myWalgreens credit cards", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true, OwnPolicy: true,
		Categories: []*policy.Category{contact, purchases}, Purpose: "you apply for or hold a myWalgreens credit card, which earns rewards in your membership"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising companies and social media platforms", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, purchases, online, inferences}, Purpose: "to show you ads for us and for the brands we sell, on our sites and elsewhere, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, purchases, online}, Purpose: "the law requires it, or they serve a subpoena or court order on us"}

	orders := &policy.Purpose{ID: "orders", Name: "Selling to you in our stores and online, and getting your orders to you by pickup, same-day delivery or shipping", Categories: []*policy.Category{contact, purchases, payment},
		Recipients: []*policy.Recipient{providers, delivery},
		Required:   "we need your name, address and payment details to complete an order online; without them we cannot"}
	pharmacyP := &policy.Purpose{ID: "pharmacy", Name: "Filling your prescriptions, giving vaccinations and sending refill and pickup reminders", Categories: []*policy.Category{pharmacy, contact},
		Recipients: []*policy.Recipient{care, providers}}
	loyalty := &policy.Purpose{ID: "loyalty", Name: "Running myWalgreens: Walgreens Cash rewards, member prices and deals chosen for you", Categories: []*policy.Category{contact, purchases, inferences},
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you offers and news by email, mail and app notifications", Categories: []*policy.Category{contact, purchases, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in each email, in your account settings, or by turning off notifications in your device's settings", Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending you offers by text message", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by replying STOP to any text",
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you ads for us and for the brands we sell, on our sites and apps and elsewhere, based on what you buy and browse", Categories: []*policy.Category{contact, purchases, online, inferences},
		Profiling: true, OptOut: true, OptOutHow: "with the Do Not Sell or Share My Personal Information link, in our cookie settings or with a Global Privacy Control signal",
		Recipients: []*policy.Recipient{adPartners}}
	photoP := &policy.Purpose{ID: "photo", Name: "Printing your photos and making photo gifts", Categories: []*policy.Category{photos, contact, payment},
		Recipients: []*policy.Recipient{providers}}
	locate := &policy.Purpose{ID: "location", Name: "Finding stores near you and telling the store you have arrived for a pickup", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	card := &policy.Purpose{ID: "credit-card", Name: "Offering the myWalgreens credit cards with Synchrony Bank", Categories: []*policy.Category{contact, purchases},
		Recipients: []*policy.Recipient{synchrony}}
	service := &policy.Purpose{ID: "service", Name: "Answering your questions through customer care", Categories: []*policy.Category{contact, purchases, calls},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how our sites, apps and stores are used and improving them", Categories: []*policy.Category{online, purchases},
		Recipients: []*policy.Recipient{providers}}
	security := &policy.Purpose{ID: "security", Name: "Protecting our sites, accounts and stores, and preventing fraud", Categories: []*policy.Category{credentials, online, purchases},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{contact, purchases, online},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "federal and state laws, such as tax and product-recall rules, and subpoenas and court orders", Region: regionUS}},
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title:      "Walgreens Privacy Notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Walgreen Co. and its subsidiaries", Address: "Deerfield, IL 60015, USA", Phone: "1-800-555-0125"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		URL:   "https://www.walgreens.example/privacy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"walgreens.com, the Walgreens app and our other websites and apps that link to this notice", "our stores, customer care, Walgreens Photo and the myWalgreens membership in the United States"},
		OtherNotices: []policy.Notice{
			{Covers: "the protected health information of our pharmacy patients, which HIPAA governs (our Notice of Privacy Practices)", URL: "https://www.walgreens.example/privacy/hipaa"},
			{Covers: "consumer health data under Washington's My Health My Data Act and Nevada law (our Consumer Health Data Privacy Notice)", URL: "https://www.walgreens.example/privacy/consumer-health-data"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{contact, credentials, purchases, payment, pharmacy, photos, location, calls, online, inferences},
		Purposes:    []*policy.Purpose{orders, pharmacyP, loyalty, marketing, texts, ads, photoP, locate, card, service, improve, security, legal},
		Recipients:  []*policy.Recipient{affiliates, providers, delivery, care, synchrony, adPartners, authorities},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep your cart and session working", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and tags", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and software development kits", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess, How: "with our online request form or by calling us"}, {Kind: policy.RightRectification, How: "in your account or by calling us"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share My Personal Information link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link or in our cookie settings"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.walgreens.example/privacy/do-not-sell-or-share", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "our toll-free number, 1-800-555-0125"}, TollFreeNumber: "1-800-555-0125"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our decision within the time it gives", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "mywalgreens", Name: "myWalgreens",
			Summary:    "Members earn Walgreens Cash rewards on eligible purchases and get member prices and deals chosen for them, in exchange for our use of their purchase history.",
			Categories: []*policy.Category{contact, purchases}, OptIn: "online, in the app or at a store", Withdraw: "by asking customer care to close your membership",
			Value: "We estimate the value of members' information from the rewards and discounts they receive, which is reasonably related to that value."}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards suited to the sensitivity of the information."}},
		SecurityCaveat: true,
		SafetyTips:     []policy.SafetyTip{policy.SafetyTipKeepSecret},
		Links:          policy.Links{RequestForm: "https://www.walgreens.example/privacy/request", CookieSettings: "https://www.walgreens.example/privacy/do-not-sell-or-share"},
		Children:       policy.Children{MinimumAge: 13, Scope: "our websites and apps", Note: "We do not knowingly collect personal information online from children under 13."},
		Changes:        policy.Changes{EffectiveOnPosting: true, MaterialOnly: true, Notify: []policy.Channel{policy.ChannelInService}},
		Contact:        policy.Contact{Name: "Walgreens Privacy Office", Email: "privacy@walgreens.example", Phone: "1-800-555-0125", Address: "Deerfield, IL 60015, USA"},
	}
	return realPolicy{"pharmacy retailer and loyalty programme (Walgreens)", p, []statement{
		{says: "Walgreen Co. and its subsidiaries, in Deerfield, Illinois, give this notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Walgreen Co.") && strings.Contains(p.Controller.Address, "Deerfield") && p.Controller.Country == regionUS
		}},
		{says: "the notice covers our websites and apps, stores, customer care, Walgreens Photo and myWalgreens", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "myWalgreens") && strings.Contains(p.Scope[1], "Photo")
		}},
		{says: "what our pharmacies hold about patients is governed by our HIPAA Notice of Privacy Practices", typed: func(p *policy.Policy) bool {
			return p.Category("pharmacy").GovernedBy == policy.SectoralHIPAA && strings.Contains(p.OtherNotices[0].Covers, "Notice of Privacy Practices")
		}},
		{says: "consumer health data under Washington and Nevada law is covered by a separate notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "My Health My Data") && p.OtherNotices[1].URL != ""
		}},
		{says: "we collect your name, contact details, date of birth and myWalgreens number", typed: func(p *policy.Policy) bool {
			return len(p.Category("contact").Items) == 3 && slices.Contains(p.Category("contact").CCPA, policy.CCPAIdentifiers)
		}},
		{says: "we keep the username and password of your account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("credentials").CCPA, policy.CCPASensitivePersonalInfo)
		}},
		{says: "we record what you buy in stores and online, with the rewards you earn and the deals you clip", typed: func(p *policy.Policy) bool {
			return len(p.Category("purchases").Items) == 3 && slices.Contains(p.Category("purchases").CCPA, policy.CCPACommercialInfo)
		}},
		{says: "you give your payment details and address to order online, and we need them to complete it", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("payment")) && p.Purpose("orders").Required != ""
		}},
		{says: "same-day deliveries are made by delivery services such as DoorDash and Uber Eats, which receive what they need to deliver", typed: func(p *policy.Policy) bool {
			d := recipient(p, "delivery")
			return d.OwnPolicy && strings.Contains(d.Name, "DoorDash") && slices.Contains(p.Purpose("orders").Recipients, d)
		}},
		{says: "our pharmacies fill your prescriptions, give vaccinations and remind you of refills, and share with your prescribers and health plans", typed: func(p *policy.Policy) bool {
			ph := p.Purpose("pharmacy")
			return ph.Uses(p.Category("pharmacy")) && slices.Contains(ph.Recipients, recipient(p, "care"))
		}},
		{says: "prescription information comes from you, your prescribers, health plans and pharmacy benefit managers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("pharmacy").SourceDetail, "prescribers")
		}},
		{says: "we do not sell your prescription information", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("pharmacy").Commitments, policy.CommitmentNoSale)
		}},
		{says: "myWalgreens members earn Walgreens Cash rewards and get member prices and deals chosen for them from what they buy", typed: func(p *policy.Policy) bool {
			l := p.Purpose("loyalty")
			return l.Profiling && l.Uses(p.Category("purchases")) && len(p.Incentives) == 1
		}},
		{says: "myWalgreens is a financial incentive: you join it online, in the app or in a store, and may leave at any time", typed: func(p *policy.Policy) bool {
			in := p.Incentives[0]
			return in.OptIn != "" && in.Withdraw != ""
		}},
		{says: "we value members' information by the rewards and discounts we give them", typed: func(p *policy.Policy) bool { return p.Incentives[0].Value != "" }},
		{says: "we send offers by email, mail and app notifications, which you can stop", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && strings.Contains(m.OptOutHow, "unsubscribe")
		}},
		{says: "we send marketing texts only with your consent, and you can stop them by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && len(t.ConsentRequiredBy) == 1 && strings.Contains(t.Withdraw, "STOP")
		}},
		{says: "message and data rates may apply, and how often we text varies", free: toPurpose("texts")},
		{says: "we use what you buy and browse to show you ads for us and for the brands we sell, on our sites and elsewhere", typed: func(p *policy.Policy) bool {
			a := p.Purpose("ads")
			return a.Profiling && a.Uses(p.Category("purchases")) && slices.Contains(a.Recipients, recipient(p, "advertising"))
		}},
		{says: "brands that advertise through us learn how their ads performed, not who you are", free: toPurpose("ads")},
		{says: "we upload and print the photos you send us, and keep them while they are in your photo account", typed: func(p *policy.Policy) bool {
			return p.Purpose("photo").Uses(p.Category("photos")) && p.Category("photos").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "the app uses your location, if you allow it, to find stores and tell the store you have arrived", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "if you apply for a myWalgreens credit card, Synchrony Bank receives your application and handles it under its own notice", typed: func(p *policy.Policy) bool {
			s := recipient(p, "card-issuer")
			return s.Conditional && s.OwnPolicy && strings.Contains(s.Name, "Synchrony")
		}},
		{says: "we may record calls with customer care", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("service").Uses(p.Category("calls"))
		}},
		{says: "online we collect your IP address, device identifiers, cookie identifiers and the pages, searches and ads you click", typed: func(p *policy.Policy) bool {
			c := p.Category("online")
			return c.Tracking && len(c.Items) == 4
		}},
		{says: "we infer your interests from what you buy and browse", typed: func(p *policy.Policy) bool { return len(p.Category("inferences").DerivedFrom) == 2 }},
		{says: "we share information among the Walgreens companies", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates").Role == policy.RoleThirdParty }},
		{says: "service providers host our sites, process payments, print photos and send our messages for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we use cookies that our sites need, analytics cookies, and advertising cookies and pixels of our partners", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Provider == recipient(p, "advertising") && cookie(p, "analytics").Party == policy.PartyFirst
		}},
		{says: "you manage advertising cookies in our cookie settings", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && cookie(p, "advertising").Consent == policy.CookieConsentOptOut
		}},
		{says: "we do not respond to Do Not Track, but honor Global Privacy Control as a request to opt out of sale and sharing", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "disclosing identifiers, contact details, purchases, online activity and inferences to advertising partners may be a sale or sharing under the law", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 5 && p.USStates.Sells == policy.AnswerYes
		}},
		{says: "we process personal information for targeted advertising", typed: func(p *policy.Policy) bool { return p.USStates.TargetedAdvertising == policy.AnswerYes }},
		{says: "you opt out of sale, sharing and targeted advertising with the Do Not Sell or Share link, cookie settings or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale) && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "we use sensitive personal information only for the purposes the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "the state privacy sections do not cover pharmacy information that HIPAA governs", typed: func(p *policy.Policy) bool {
			return len(p.Category("pharmacy").CCPA) == 0 && p.Category("pharmacy").GovernedBy == policy.SectoralHIPAA
		}},
		{says: "residents may know, access, correct, delete and get a copy of their information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through our online form or toll-free number; we verify you by email and by matching details, and an authorized agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && len(p.Requests.Verification) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we keep information as long as our purposes and the law require, and keep what the law needs after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("pharmacy").Retention.Kind == policy.RetentionRequiredByLaw && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we may suspend a myWalgreens account used for fraud or against the program's terms", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud)
		}},
		{says: "we may disclose information on legal process, to protect people and our rights, in a sale of a business, and in de-identified form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil &&
				hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep de-identified information in that form and do not try to identify anyone from it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we protect information with administrative, technical and physical safeguards, but no system is completely secure", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && p.SecurityCaveat
		}},
		{says: "keep your password secret", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret) }},
		{says: "sites we link to and social media have their own privacy policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "our websites and apps are not meant for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we post changes with a new date and tell you of material ones on our sites", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "questions go to our Privacy Office by email, phone or post", typed: func(p *policy.Policy) bool {
			return p.Contact.Email != "" && p.Contact.Phone != "" && strings.Contains(p.Contact.Name, "Privacy Office")
		}},
	}}
}
