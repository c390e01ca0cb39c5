package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// connectedFitness paraphrases, in our own words and as we recall it, the
// US privacy policy of Peloton Interactive, Inc., as published in
// 2024-2025: a connected fitness company that sells the Bike, Tread, Row
// and Guide and a membership of live and on-demand classes, shows each
// member's Leaderboard name and workout metrics to the other members in
// class, reads heart rate from a monitor the member pairs, tracks the
// route of outdoor workouts with the phone's location when allowed, and
// counts the movements in strength classes with the Guide's camera on the
// device itself. It declares the CCPA and the other US state laws, and
// leaves consumer health data under the laws of Washington and Nevada,
// members outside the United States and job applicants to notices of
// their own.
func connectedFitness() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "phone number", "password", "date of birth", "gender", "height and weight"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProtectedTraits}}
	profile := &policy.Category{ID: "profile", Name: "Leaderboard name and member profile", Items: []string{"Leaderboard name", "profile photo", "city and state, if you add them", "the members you follow and who follow you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	workouts := &policy.Category{ID: "workouts", Name: "Workout and performance information", Items: []string{"classes you take and when", "output, cadence, resistance, speed and distance", "calories, streaks, badges and personal records"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		CCPA:      []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPAInternetActivity}}
	heart := &policy.Category{ID: "heart-rate", Name: "Heart rate", Items: []string{"heart rate read from a monitor or watch you pair", "time in each heart rate zone"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	movement := &policy.Category{ID: "movement", Name: "Camera images for movement tracking", Items: []string{"images from the Peloton Guide's camera", "the position of your body and limbs during a strength class"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, OnDevice: policy.OnDeviceOnly}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"precise location and route of outdoor runs and walks, if you allow it", "approximate location from your IP address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchase and delivery information", Items: []string{"products and memberships you buy", "billing and delivery address", "payment card details, taken by our payment processors", "delivery and installation appointments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.AsRequiredBy("tax, accounting and consumer protection laws"),
		CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo}}
	hardware := &policy.Category{ID: "hardware", Name: "Hardware and app information", Items: []string{"serial number and software version of your Peloton hardware", "sensor readings and diagnostic logs", "IP address and device identifiers", "how you use the apps and the hardware's touchscreen"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run, support and improve the hardware and the services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	online := &policy.Category{ID: "online", Name: "Cookie and advertising information", Items: []string{"cookie identifiers and advertising identifiers", "pages you visit on our websites and ads you click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie lasts, and then as long as needed to measure our advertising"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	support := &policy.Category{ID: "support", Name: "Communications with Member Support", Items: []string{"emails and chats with Member Support", "recordings of calls with Member Support", "survey answers and product reviews"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to answer you, train our team and keep a record of the conversation"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	partnerData := &policy.Category{ID: "eligibility", Name: "Eligibility information from partners", Items: []string{"whether your employer, insurer or other partner covers your membership", "the identifier the partner gives you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "employers, health plans and other partners that offer Peloton to their people", Linked: true,
		Retention: policy.ByCriteria("as long as the partner's program covers you"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	inferences := &policy.Category{ID: "preferences", Name: "Preferences and recommendations", Items: []string{"the classes, instructors and music you are likely to enjoy", "the fitness goals you seem to have"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{workouts, account}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, delivery and installation, customer support and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, profile, workouts, heart, purchases, hardware, support}}
	financing := &policy.Recipient{ID: "financing", Name: "financing partners, such as Affirm", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, purchases}, Purpose: "you apply to pay for your hardware in instalments"}
	connected := &policy.Recipient{ID: "connected-apps", Name: "apps and devices you connect, such as Apple Health, Strava and Fitbit", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{workouts, heart}, Purpose: "you choose to connect them to your Peloton account"}
	partners := &policy.Recipient{ID: "partners", Name: "employers, health plans and other partners that cover your membership", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, partnerData, workouts}, Purpose: "you join Peloton through their program: to confirm you are eligible and, where the program says so, how often you work out"}
	advertising := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online, account}, Purpose: "to show our ads on other websites and apps and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement, regulators and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, purchases, support}, Purpose: "the law requires it or they serve valid legal process on us"}

	service := &policy.Purpose{ID: "service", Name: "Providing the membership, the classes and your hardware", Categories: []*policy.Category{account, profile, workouts, hardware},
		Recipients: []*policy.Recipient{providers, connected},
		Required:   "you must give your name, email address and a password to open a membership; without them we cannot open one"}
	community := &policy.Purpose{ID: "community", Name: "Running the Leaderboard, profiles and following", Categories: []*policy.Category{profile, workouts}}
	metrics := &policy.Purpose{ID: "heart-rate", Name: "Showing your heart rate and heart rate zones", Categories: []*policy.Category{heart, account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by unpairing your heart rate monitor or turning off heart rate in your settings", OptOut: true,
		Required: "heart rate is optional; classes work without it"}
	outdoor := &policy.Purpose{ID: "outdoor", Name: "Tracking the route and pace of outdoor workouts", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your phone's location settings", OptOut: true}
	guide := &policy.Purpose{ID: "guide", Name: "Counting your repetitions with Peloton Guide", Categories: []*policy.Category{movement}}
	orders := &policy.Purpose{ID: "orders", Name: "Selling, delivering and installing our products", Categories: []*policy.Category{account, purchases},
		Recipients: []*policy.Recipient{providers, financing},
		Required:   "we need your delivery address, phone number and payment details to deliver an order"}
	programs := &policy.Purpose{ID: "programs", Name: "Running memberships that employers, health plans and other partners cover", Categories: []*policy.Category{account, partnerData, workouts},
		Recipients: []*policy.Recipient{partners}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending classes, instructors and programs", Categories: []*policy.Category{workouts, inferences, account},
		Profiling: true, OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email and push notification", Categories: []*policy.Category{account, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in each email, and for push notifications in your settings"}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending offers by text message", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by replying STOP to any text", OptOut: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}, ConsentMethod: policy.ConsentMethodCheckbox}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Targeted advertising of Peloton on other websites and apps", Categories: []*policy.Category{online, account},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{advertising}}
	help := &policy.Purpose{ID: "support", Name: "Answering Member Support requests", Categories: []*policy.Category{support, account, purchases, hardware},
		Recipients: []*policy.Recipient{providers}}
	safety := &policy.Purpose{ID: "recalls", Name: "Telling owners about product safety issues and recalls", Categories: []*policy.Category{account, purchases, hardware},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Consumer Product Safety Act, 15 U.S.C. 2064", Region: regionUS}}}
	security := &policy.Purpose{ID: "security", Name: "Preventing fraud and keeping accounts and the services secure", Categories: []*policy.Category{account, hardware, purchases},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Contest: "by contacting Member Support"}}
	improve := &policy.Purpose{ID: "improve", Name: "Research and developing new classes, features and products", Categories: []*policy.Category{workouts, hardware, support}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{account, purchases, support},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Peloton Interactive, Inc.", Email: "privacy@onepeloton.example", Address: "441 Ninth Avenue, New York, NY 10001, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		URL:   "https://www.onepeloton.example/privacy-policy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"our websites, the Peloton apps, our Bike, Tread, Row and Guide, and the memberships and classes we offer in the United States"},
		OtherNotices: []policy.Notice{
			{Covers: "consumer health data under the laws of Washington and Nevada", URL: "https://www.onepeloton.example/consumer-health-data-privacy"},
			{Covers: "members in Canada, the United Kingdom, Germany, Austria and Australia", URL: "https://www.onepeloton.example/privacy-policy/international"},
			{Covers: "job applicants in California", URL: "https://www.onepeloton.example/careers/privacy"},
		},
		Categories: []*policy.Category{account, profile, workouts, heart, movement, location, purchases, hardware, online, support, partnerData, inferences},
		NotCollected: []policy.Exclusion{
			{ID: "guide.images", Name: "images from the Peloton Guide's camera", Category: movement, Note: "The Guide processes them on the device and does not send them to us."},
		},
		Purposes:   []*policy.Purpose{service, community, metrics, outdoor, guide, orders, programs, personalise, marketing, texts, ads, help, safety, security, improve, legal},
		Recipients: []*policy.Recipient{providers, financing, connected, partners, advertising, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{hardware}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: advertising, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your profile settings or through the privacy request form"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link on our websites"}, {Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}, {Kind: policy.RightWithdrawConsent}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{ShineTheLight: true, Sold: policy.AnswerYes, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://www.onepeloton.example/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"the privacy request form", "email to privacy@onepeloton.example"}, TollFreeNumber: "1-866-555-0129"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by writing to privacy@onepeloton.example with the word Appeal in the subject line", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{RequestForm: "https://www.onepeloton.example/privacy-request", CookieSettings: "https://www.onepeloton.example/your-privacy-choices"},
		Children: policy.Children{MinimumAge: 13, Note: "If we learn that we have collected personal information from a child under 13, we delete it."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@onepeloton.example", Address: "441 Ninth Avenue, New York, NY 10001, USA"},
	}
	return realPolicy{"connected fitness (Peloton)", p, []statement{
		{says: "Peloton Interactive, Inc. in New York is responsible for your information", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Peloton Interactive, Inc." && p.Controller.Country == regionUS
		}},
		{says: "the policy covers our websites, apps, hardware and memberships in the US", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "members outside the US, job applicants and Washington and Nevada consumer health data have their own notices", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 3 && strings.Contains(p.OtherNotices[0].Covers, "consumer health data")
		}},
		{says: "to open a membership you give your name, email and a password, and may add your birthday, gender, height and weight", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "height and weight") && p.Purpose("service").Required != ""
		}},
		{says: "other members see your Leaderboard name, photo and the location you add", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("profile").VisibleTo, policy.AudienceOtherUsers) && slices.Contains(p.Category("profile").Items, "Leaderboard name")
		}},
		{says: "other members see your workout history and your metrics on the Leaderboard", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("workouts").VisibleTo, policy.AudienceOtherUsers) && p.Purpose("community").Uses(p.Category("workouts"))
		}},
		{says: "you can make your profile private, so that only members you approve see your workout history", free: toCategory("profile")},
		{says: "instructors may call out your Leaderboard name and milestones in a live class, which stays in the recording", free: toCategory("profile")},
		{says: "we record the classes you take and your output, cadence, resistance, speed and distance", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("workouts").Sources, policy.SourceAutomatic) && len(p.Category("workouts").Items) == 3
		}},
		{says: "exercise data that identifies you counts as biometric information under California law", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("workouts").CCPA, policy.CCPABiometricInfo) && !p.Category("workouts").Biometric
		}},
		{says: "if you pair a heart rate monitor we collect your heart rate, which is health information, and you can turn it off", typed: func(p *policy.Policy) bool {
			h := p.Purpose("heart-rate")
			return p.Category("heart-rate").Sensitivity == policy.SensitivitySpecial && h.RestsOnConsent() && h.Withdraw != ""
		}},
		{says: "with your permission the app tracks the route and pace of outdoor runs and walks", typed: func(p *policy.Policy) bool {
			return p.Purpose("outdoor").ConsentMethod == policy.ConsentMethodPlatformPrompt && slices.Contains(p.Category("location").CCPA, policy.CCPAGeolocation)
		}},
		{says: "Peloton Guide counts your movements with its camera on the device and does not send us the images", typed: func(p *policy.Policy) bool {
			return p.Category("movement").OnDevice == policy.OnDeviceOnly && p.NotCollected[0].Category == p.Category("movement")
		}},
		{says: "the Guide's camera has a cover you can close", free: toCategory("movement")},
		{says: "our hardware sends us its serial number, software version, sensor readings and diagnostic logs", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("hardware").Items, "sensor readings and diagnostic logs")
		}},
		{says: "when you buy we collect billing and delivery details, and payment processors take the card", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("purchases")) && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "if you finance your purchase, Affirm receives your details and decides under its own policy", typed: func(p *policy.Policy) bool {
			r := recipient(p, "financing")
			return r.Conditional && r.Role == policy.RoleThirdParty
		}},
		{says: "calls with Member Support may be recorded, and we tell you so", typed: func(p *policy.Policy) bool { return p.Category("support").RecordingNotice }},
		{says: "if your employer or health plan covers your membership, it tells us you are eligible and may learn how often you work out", typed: func(p *policy.Policy) bool {
			return p.Category("eligibility").SourceDetail != "" && recipient(p, "partners").Conditional && slices.Contains(recipient(p, "partners").Categories, p.Category("workouts"))
		}},
		{says: "apps you connect, such as Apple Health or Strava, receive your workouts only if you choose", typed: func(p *policy.Policy) bool {
			return recipient(p, "connected-apps").Conditional && slices.Contains(recipient(p, "connected-apps").Categories, p.Category("heart-rate"))
		}},
		{says: "we recommend classes and instructors from your workouts", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && slices.Contains(p.Category("preferences").DerivedFrom, p.Category("workouts"))
		}},
		{says: "we send offers by email and push notification, and you can opt out", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && !m.RestsOnConsent()
		}},
		{says: "you stop marketing emails with the unsubscribe link in each, and push notifications in your settings", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOutHow != "" }},
		{says: "we send offers by text only with your consent, as the TCPA requires, and you stop them by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && len(t.ConsentRequiredBy) == 1 && t.Withdraw != ""
		}},
		{says: "we contact owners about product safety issues and recalls, as product safety law requires", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recalls")
			return r.HasBasis(policy.BasisLegalObligation) && len(r.Obligations) == 1 && r.Uses(p.Category("purchases"))
		}},
		{says: "advertising partners place cookies and pixels on our websites to show our ads elsewhere", typed: func(p *policy.Policy) bool {
			c := cookie(p, "advertising")
			return c.Party == policy.PartyThird && c.Technology == policy.TechnologyPixel && c.Consent == policy.CookieConsentOptOut
		}},
		{says: "this may be a sale or sharing of personal information, which you can opt out of with Your Privacy Choices", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != "" && p.USStates.Sells == policy.AnswerYes
		}},
		{says: "the information sold or shared is identifiers and online activity", typed: func(p *policy.Policy) bool { return len(p.CCPA.SoldCategories) == 2 }},
		{says: "we honour Global Privacy Control but not Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "we use sensitive personal information only as the CCPA allows without a right to limit", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "we do not sell or share the information of members we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "we detect fraud and misuse and may suspend an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("security").Suspension.Grounds, policy.SuspensionGroundFraud)
		}},
		{says: "we disclose information to comply with the law, to protect people, and in a sale of the business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we may share aggregated or de-identified information", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we keep information while your account is open and as long as needed for the purposes", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("hardware").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "after deletion we keep what the law requires or we need against fraud and for legal claims", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptFraud)
		}},
		{says: "you may know, access, correct, delete and take a copy of your information", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may opt out of sale and targeted advertising, and will not be discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightOptOutOfSale) && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through the web form, by email, or to our toll-free number", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && len(p.CCPA.RequestMethods) == 2 && p.Links.RequestForm != ""
		}},
		{says: "we verify you by email and details we hold, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days, and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal by email and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "California residents may ask once a year which information we gave others for their direct marketing", typed: func(p *policy.Policy) bool { return p.CCPA.ShineTheLight }},
		{says: "we protect information with reasonable safeguards, but no system is perfectly secure", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "the services are not for children under 13, and we delete what we learn we collected from one", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.Note != ""
		}},
		{says: "members aged 13 to 17 may use Peloton only with a parent's or guardian's permission", free: toIntroduction},
		{says: "we tell you of material changes by email or in the apps", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "questions go to our privacy address or our office in New York", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" && p.Contact.Address != "" }},
	}}
}

// deliveryMarketplace paraphrases, in our own words and as we recall it,
// the US privacy policy of DoorDash, Inc., as published in 2024-2025: a
// marketplace that takes customers' orders from restaurants and stores,
// has them delivered by independent couriers (Dashers) whose precise
// location it tracks during a delivery, screens Dashers through a
// consumer reporting agency and verifies them with selfies, scans the
// customer's identity document before it hands over alcohol, and sells
// advertising on its marketplace to merchants and brands. It covers
// customers, Dashers and merchants, and declares the CCPA and the other
// US state laws.
func deliveryMarketplace() realPolicy {
	account := &policy.Category{ID: "account", Name: "Customer account information", Items: []string{"name", "email address", "phone number", "password", "delivery addresses", "DashPass membership"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"payment card or other payment method", "billing address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors", Linked: true,
		Retention: policy.AsRequiredBy("tax and accounting laws"), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo}}
	orders := &policy.Category{ID: "orders", Name: "Orders", Items: []string{"the stores and items you order", "delivery instructions", "tips", "ratings and reviews of merchants and Dashers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	gift := &policy.Category{ID: "gift", Name: "Gift recipients", Items: []string{"the recipient's name, phone number and address", "your gift message"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to deliver the gift and keep a record of the order"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	customerLocation := &policy.Category{ID: "customer-location", Name: "Customer location", Items: []string{"precise location from your device, if you allow it", "approximate location from your IP address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to deliver your orders and keep our services secure"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	dasher := &policy.Category{ID: "dasher", Name: "Dasher sign-up information", Items: []string{"name, email address and phone number", "date of birth", "driver's licence", "vehicle, registration and insurance", "Social Security number", "profile photo"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo, policy.CCPAProtectedTraits, policy.CCPASensitivePersonalInfo}}
	checks := &policy.Category{ID: "checks", Name: "Background checks", Items: []string{"criminal records", "motor vehicle records"}, Criminal: true,
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "consumer reporting agencies, such as Checkr", Linked: true,
		Retention: policy.ByCriteria("as long as you are a Dasher, and afterwards as long as the law requires"), CCPA: []policy.CCPACategory{policy.CCPAProfessionalInfo}}
	selfie := &policy.Category{ID: "selfie", Name: "Identity verification", Items: []string{"selfies you take when asked", "the geometry of your face compared with your profile photo or driver's licence"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(3), From: policy.EventLastActivity,
			Criteria: "until the check is done, and no longer than three years after your last interaction with us"},
		CCPA: []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	dasherLocation := &policy.Category{ID: "dasher-location", Name: "Dasher location", Items: []string{"precise location while you are on a dash, even when the app is in the background"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.ByCriteria("as long as needed for deliveries, pay, safety and the resolution of disputes"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	deliveries := &policy.Category{ID: "deliveries", Name: "Delivery records", Items: []string{"offers you accept or decline", "pickup and drop-off times", "photos of orders left at the door", "your customer rating and acceptance and completion rates"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAProfessionalInfo, policy.CCPACommercialInfo}}
	earnings := &policy.Category{ID: "earnings", Name: "Earnings and tax information", Items: []string{"earnings and tips", "bank account or card for payouts", "taxpayer identification number", "tax forms we issue"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("the Internal Revenue Code and state tax laws"), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPAProfessionalInfo, policy.CCPASensitivePersonalInfo}}
	merchant := &policy.Category{ID: "merchant", Name: "Merchant information", Items: []string{"the name and contact details of the owner or manager", "business tax identification number", "bank account for payouts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.AsRequiredBy("tax and accounting laws"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo, policy.CCPACommercialInfo}}
	messages := &policy.Category{ID: "messages", Name: "Communications", Items: []string{"chats and calls between customers and Dashers, through masked numbers", "chats, emails and recorded calls with support"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.ByCriteria("as long as needed to support you, keep people safe and resolve disputes"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	idScan := &policy.Category{ID: "id-scan", Name: "Identity documents scanned for alcohol", Items: []string{"name, date of birth and expiry date read from your identity document", "whether the document passed the check"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.AsRequiredBy("the alcohol laws of the state of delivery"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address", "device and advertising identifiers", "cookie identifiers", "pages and features you use", "crash reports"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve the services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	partnerData := &policy.Category{ID: "partners", Name: "Information from partners", Items: []string{"whether a card, membership or other product you hold comes with DashPass", "offers you qualify for"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "card issuers and other companies that offer DashPass or DoorDash benefits with their products", Linked: true,
		Retention: policy.ByCriteria("as long as the benefit lasts"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences", Items: []string{"the cuisines and stores you prefer", "when you are likely to order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	merchants := &policy.Recipient{ID: "merchants", Name: "the merchants you order from", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, orders}, Purpose: "to prepare your order and, where the merchant delivers it or you pick it up, to hand it over"}
	dashers := &policy.Recipient{ID: "dashers", Name: "the Dasher who delivers your order", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, orders, gift, messages}, Purpose: "to deliver the order: your first name, the delivery address and your instructions"}
	customers := &policy.Recipient{ID: "customers", Name: "the customers you deliver to", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{dasher, dasherLocation, deliveries, messages}, Purpose: "to follow their delivery: the Dasher's first name, photo, vehicle and location"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments and payouts, identity verification, maps, masked calls and customer support", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, payment, orders, customerLocation, dasher, selfie, dasherLocation, earnings, merchant, messages, device}}
	screening := &policy.Recipient{ID: "screening", Name: "consumer reporting agencies, such as Checkr", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{dasher, checks}, Purpose: "to run the background check you authorise when you sign up to dash"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, inferences, account}, Purpose: "to show DoorDash ads on other websites and apps and to measure them"}
	benefitPartners := &policy.Recipient{ID: "benefit-partners", Name: "companies that offer DashPass or DoorDash benefits with their products", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, partnerData}, Purpose: "you link an account with them to get a benefit: to confirm that you qualify"}
	insurers := &policy.Recipient{ID: "insurers", Name: "insurers and claims administrators", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{dasher, dasherLocation, deliveries, orders}, Purpose: "a claim follows an accident or incident during a delivery"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement, regulators and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, orders, dasher, dasherLocation, messages, idScan}, Purpose: "the law requires it, they serve valid legal process on us, or someone's safety is in danger"}

	delivery := &policy.Purpose{ID: "orders", Name: "Taking, preparing and delivering orders", Categories: []*policy.Category{account, payment, orders, gift, deliveries, messages},
		Recipients: []*policy.Recipient{merchants, dashers, customers, providers},
		Required:   "we need your name, contact details, delivery address and a payment method to deliver an order"}
	locate := &policy.Purpose{ID: "location", Name: "Finding stores near you, routing deliveries and showing customers where their order is", Categories: []*policy.Category{customerLocation, dasherLocation},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your device's location settings", OptOut: true,
		Recipients: []*policy.Recipient{customers, providers},
		Required:   "customers can enter an address instead; Dashers cannot dash with location turned off"}
	alcohol := &policy.Purpose{ID: "alcohol", Name: "Delivering alcohol only to adults of legal drinking age", Categories: []*policy.Category{idScan, orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the alcoholic beverage control laws of each state", Region: regionUS}},
		AgeChecks: []policy.AgeCheck{policy.AgeCheckDocument},
		Required:  "an order with alcohol is handed over only once the Dasher has scanned a valid identity document showing that you are 21 or older"}
	signup := &policy.Purpose{ID: "dasher-signup", Name: "Signing up Dashers and checking their backgrounds", Categories: []*policy.Category{dasher, checks},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodWritten,
		ConsentRequiredBy: []policy.Obligation{{Act: "Fair Credit Reporting Act, 15 U.S.C. 1681b(b)(2)", Region: regionUS}},
		Withdraw:          "by withdrawing your application", Recipients: []*policy.Recipient{screening, providers},
		Required: "you cannot dash without a driver's licence where you drive, your Social Security number and a background check"}
	identity := &policy.Purpose{ID: "identity", Name: "Checking that the person dashing is the account holder", Categories: []*policy.Category{selfie, dasher},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodWritten, Withdraw: "by asking support to verify you another way",
		ConsentRequiredBy: []policy.Obligation{{Act: "Illinois Biometric Information Privacy Act, 740 ILCS 14/15(b)", Region: regionUS}},
		Recipients:        []*policy.Recipient{providers}}
	pay := &policy.Purpose{ID: "pay", Name: "Paying Dashers and merchants and reporting their earnings", Categories: []*policy.Category{earnings, merchant},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "Internal Revenue Code, 26 U.S.C. 6041 and 6050W", Region: regionUS}}}
	merchantsPurpose := &policy.Purpose{ID: "merchant-accounts", Name: "Running merchants' accounts on the marketplace", Categories: []*policy.Category{merchant},
		Recipients: []*policy.Recipient{providers}}
	supportPurpose := &policy.Purpose{ID: "support", Name: "Supporting customers, Dashers and merchants", Categories: []*policy.Category{messages, account, orders, dasher},
		Recipients: []*policy.Recipient{providers}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping customers, Dashers and merchants safe", Categories: []*policy.Category{dasherLocation, deliveries, messages, orders, dasher},
		Recipients: []*policy.Recipient{insurers, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundSafetyReport, policy.SuspensionGroundTermsBreach},
			Contest: "by asking for a review through Dasher support", HumanReview: true}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and securing accounts", Categories: []*policy.Category{account, payment, orders, device, customerLocation},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Contest: "by contacting support", HumanReview: true}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending stores and items", Categories: []*policy.Category{orders, inferences},
		Profiling: true}
	sponsored := &policy.Purpose{ID: "sponsored", DirectMarketing: true, Name: "Showing sponsored listings and offers of merchants and brands in the app", Categories: []*policy.Category{orders, inferences},
		Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending promotions by email and push notification", Categories: []*policy.Category{account, inferences},
		OptOut: true}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending promotions by text message", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, OptOut: true, Withdraw: "by replying STOP to any text", ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Targeted advertising of DoorDash on other websites and apps", Categories: []*policy.Category{device, inferences, account},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	benefits := &policy.Purpose{ID: "benefits", Name: "Giving you the benefits of partners' programs", Categories: []*policy.Category{partnerData, account},
		Recipients: []*policy.Recipient{benefitPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{account, orders, dasher, dasherLocation, messages, idScan},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "DoorDash, Inc.", Email: "privacy@doordash.example", Address: "303 2nd Street, South Tower, 8th Floor, San Francisco, CA 94107, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		URL:   "https://www.doordash.example/privacy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"DoorDash, Caviar, DoorDash Drive and our websites in the United States, whether they order, dash or sell through them"},
		OtherNotices: []policy.Notice{
			{Covers: "users in Canada, Australia, New Zealand and Japan, and the users of Wolt", URL: "https://www.doordash.example/privacy/international"},
			{Covers: "our employees and job applicants"},
		},
		Categories:  []*policy.Category{account, payment, orders, gift, customerLocation, dasher, checks, selfie, dasherLocation, deliveries, earnings, merchant, messages, idScan, device, partnerData, inferences},
		Purposes:    []*policy.Purpose{delivery, locate, alcohol, signup, identity, pay, merchantsPurpose, supportPurpose, safety, fraud, personalise, sponsored, marketing, texts, ads, benefits, legal},
		Recipients:  []*policy.Recipient{merchants, dashers, customers, providers, screening, adPartners, benefitPartners, insurers, authorities},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Merchants and brands that advertise with us receive reports of how their campaigns performed, in aggregate."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims, policy.KeptAbuse}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: fraud, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies, pixels and SDKs", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your account settings"},
			{Kind: policy.RightErasure, How: "with Manage Account in the app or through the privacy request form"}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share My Personal Information link"}, {Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}, {Kind: policy.RightWithdrawConsent}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45), WithoutAccount: "through the privacy request form or by writing to privacy@doordash.example"},
		CCPA: policy.CCPANotice{ShineTheLight: true, Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.doordash.example/do-not-sell-or-share", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo, OnlineOnly: true,
			RequestMethods: []string{"the privacy request form", "email to privacy@doordash.example"},
			LargeVolume:    true, MetricsURL: "https://www.doordash.example/privacy/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer through the privacy request form", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{RequestForm: "https://www.doordash.example/privacy-request", CookieSettings: "https://www.doordash.example/do-not-sell-or-share"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@doordash.example"},
	}
	return realPolicy{"delivery marketplace (DoorDash)", p, []statement{
		{says: "DoorDash, Inc. in San Francisco is responsible for your information", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "DoorDash, Inc." && p.Controller.Country == regionUS
		}},
		{says: "the policy covers customers, Dashers, merchants and visitors of DoorDash, Caviar and Drive in the US", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "users in other countries, Wolt's users, and our employees have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "customers give their name, email, phone number, delivery addresses and payment method", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "delivery addresses") && p.Category("payment") != nil
		}},
		{says: "we record what you order, your instructions, tips, ratings and reviews", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Items, "tips") && p.Purpose("orders").Uses(p.Category("orders"))
		}},
		{says: "if you send a gift we collect the recipient's name, phone number and address from you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("gift").Sources, policy.SourceOtherUsers)
		}},
		{says: "with your permission we use your device's precise location to find stores and your address", typed: func(p *policy.Policy) bool {
			l := p.Purpose("location")
			return slices.Contains(p.Category("customer-location").CCPA, policy.CCPASensitivePersonalInfo) && l.ConsentMethod == policy.ConsentMethodPlatformPrompt && l.Uses(p.Category("customer-location"))
		}},
		{says: "Dashers give their licence, vehicle and insurance details, date of birth and Social Security number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("dasher").Items, "Social Security number") && p.Category("dasher").Sensitivity == policy.SensitivitySensitive
		}},
		{says: "with the Dasher's written authorisation a consumer reporting agency checks criminal and driving records, as the FCRA requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("dasher-signup")
			return p.Category("checks").Criminal && s.ConsentMethod == policy.ConsentMethodWritten && len(s.ConsentRequiredBy) == 1
		}},
		{says: "a Dasher may dispute the report with the consumer reporting agency", free: toPurpose("dasher-signup")},
		{says: "Dashers may be asked for a selfie that is compared with their photo, with their written consent as Illinois law requires", typed: func(p *policy.Policy) bool {
			i := p.Purpose("identity")
			return p.Category("selfie").Biometric && i.RestsOnConsent() && i.ConsentMethod == policy.ConsentMethodWritten && len(i.ConsentRequiredBy) == 1
		}},
		{says: "we keep the facial data no longer than three years after the Dasher's last interaction with us", typed: func(p *policy.Policy) bool {
			r := p.Category("selfie").Retention
			return r.Period == policy.Years(3) && r.From == policy.EventLastActivity
		}},
		{says: "we collect Dashers' precise location while they dash, even with the app in the background, and they cannot dash without it", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").Uses(p.Category("dasher-location")) && p.Category("dasher-location").Sensitivity == policy.SensitivitySensitive && p.Purpose("location").Required != ""
		}},
		{says: "customers see their Dasher's first name, photo, vehicle and location during the delivery", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("dasher-location").VisibleTo, policy.AudienceCounterparts) && recipient(p, "customers").Purpose != ""
		}},
		{says: "Dashers see the customer's first name, address and instructions, and merchants see the order", typed: func(p *policy.Policy) bool {
			return recipient(p, "dashers").Role == policy.RoleThirdParty && recipient(p, "merchants").Role == policy.RoleThirdParty
		}},
		{says: "customers and Dashers talk through masked numbers, and support calls may be recorded", typed: func(p *policy.Policy) bool {
			return p.Category("messages").RecordingNotice && slices.Contains(p.Category("messages").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "Dashers may photograph an order left at the door, and the customer sees the photo", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("deliveries").Items, "photos of orders left at the door") && slices.Contains(p.Category("deliveries").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "before handing over alcohol the Dasher scans your ID to check your age, as state law requires", typed: func(p *policy.Policy) bool {
			a := p.Purpose("alcohol")
			return slices.Contains(a.AgeChecks, policy.AgeCheckDocument) && a.HasBasis(policy.BasisLegalObligation) && len(a.Obligations) == 1
		}},
		{says: "we pay Dashers and merchants and report their earnings to the IRS", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("pay").Obligations) == 1 && p.Category("earnings").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "merchants give their owners' contact details, tax number and bank account", typed: func(p *policy.Policy) bool { return p.Purpose("merchant-accounts").Uses(p.Category("merchant")) }},
		{says: "partners that offer DashPass with their cards tell us you qualify", typed: func(p *policy.Policy) bool {
			return p.Category("partners").SourceDetail != "" && recipient(p, "benefit-partners").Conditional
		}},
		{says: "we infer your preferences from your orders to recommend stores and items", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && slices.Contains(p.Category("inferences").DerivedFrom, p.Category("orders"))
		}},
		{says: "merchants and brands pay to show sponsored listings and offers in the app, chosen from your orders", typed: func(p *policy.Policy) bool {
			return p.Purpose("sponsored").DirectMarketing && p.Purpose("sponsored").Uses(p.Category("orders"))
		}},
		{says: "advertisers receive only aggregated reports of their campaigns", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate).Note != ""
		}},
		{says: "we keep de-identified information in that form and do not try to re-identify it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we send promotions by email and push notification, and you can opt out in your notification settings or with the unsubscribe link", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && p.Purpose("marketing").DirectMarketing
		}},
		{says: "we text promotions only with your consent, as the TCPA requires, and you stop them by replying STOP", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("texts").ConsentRequiredBy) == 1 && p.Purpose("texts").Withdraw != ""
		}},
		{says: "advertising partners' cookies, pixels and SDKs help us show DoorDash ads elsewhere", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Party == policy.PartyThird && p.Category("device").Tracking
		}},
		{says: "we do not sell personal information for money, but share it for cross-context advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "you can opt out of sharing with our link, and we honour Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we use sensitive personal information only as the law allows without a right to limit", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "our systems look for fraud and we may cancel orders or deactivate accounts", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud)
		}},
		{says: "we may deactivate Dashers after safety reports, and a Dasher can ask for a review", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundSafetyReport) && s.Contest != "" && s.HumanReview
		}},
		{says: "insurers receive delivery details when a claim follows an accident", typed: func(p *policy.Policy) bool { return recipient(p, "insurers").Conditional }},
		{says: "we disclose information to comply with the law, in emergencies, and in a sale of the business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "after deletion we keep what the law requires, what prevents fraud and what keeps deactivated users off", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptAbuse)
		}},
		{says: "you may know, access, correct, delete and take a copy of your information, and opt out of targeted advertising", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "you can delete your account with Manage Account in the app", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightErasure && r.How != "" })
		}},
		{says: "we verify requests through your account, your email and details we hold, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 3 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days, extendable by 45", typed: func(p *policy.Policy) bool { return p.Requests.Extension == policy.Days(45) }},
		{says: "you can appeal a refusal and then complain to your Attorney General", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.AttorneyGeneral }},
		{says: "we publish how many privacy requests we received and answered last year", typed: func(p *policy.Policy) bool { return p.CCPA.LargeVolume && p.CCPA.MetricsURL != "" }},
		{says: "California residents may ask once a year which information we gave others for their direct marketing", typed: func(p *policy.Policy) bool { return p.CCPA.ShineTheLight }},
		{says: "our services are for people 18 and over", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we protect information with technical and organisational safeguards", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureAccessControl) }},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
	}}
}

// brokerageApp paraphrases, in our own words and as we recall it, the US
// privacy policy of Robinhood Markets, Inc. and its US subsidiaries, as
// published in 2024-2025: an app for trading stocks, options and crypto,
// with a cash sweep program at partner banks, whose broker-dealers must
// verify each customer's identity, ask about their finances and
// experience before approving options, report orders to the Consolidated
// Audit Trail, keep books and records for years after an account closes,
// and report suspicious activity without telling the customer. Most of
// what a customer gives is covered by the Gramm-Leach-Bliley Act and its
// own privacy notice, which the CCPA partly exempts; the policy declares
// the CCPA and the other US state laws for the rest, and leaves customers
// in the United Kingdom and the European Union to the notices of their own
// Robinhood companies.
func brokerageApp() realPolicy {
	contact := &policy.Category{ID: "contact", Name: "Contact information", Items: []string{"name", "email address", "phone number", "home address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "SEC Rules 17a-3 and 17a-4 (17 CFR 240.17a-3, 240.17a-4)", Criteria: "at least six years after your account closes"},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	identity := &policy.Category{ID: "identity", Name: "Identity information", Items: []string{"date of birth", "Social Security number or other taxpayer identification number", "citizenship and country of residence", "images of your identity document"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "SEC Rules 17a-3 and 17a-4 (17 CFR 240.17a-3, 240.17a-4)", Criteria: "at least six years after your account closes"},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProtectedTraits, policy.CCPASensitivePersonalInfo}}
	face := &policy.Category{ID: "face", Name: "Selfie verification", Items: []string{"a selfie photo or video", "the geometry of your face compared with the photo on your identity document"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("only as long as needed to verify your identity, and no longer than the law allows"),
		CCPA:      []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	investor := &policy.Category{ID: "investor-profile", Name: "Investor profile", Items: []string{"employment status, employer and occupation", "annual income, net worth and liquid net worth", "investment experience, objectives and risk tolerance", "whether you work for a broker-dealer or control a public company"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "SEC Rules 17a-3 and 17a-4 (17 CFR 240.17a-3, 240.17a-4)", Criteria: "at least six years after your account closes"},
		CCPA:      []policy.CCPACategory{policy.CCPAProfessionalInfo, policy.CCPACustomerRecords}}
	bank := &policy.Category{ID: "bank", Name: "Linked bank accounts", Items: []string{"bank name, account and routing numbers", "account balances and owner name, when you link through Plaid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Plaid and the banks you link", Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(6)), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords}}
	trading := &policy.Category{ID: "trading", Name: "Account and transaction information", Items: []string{"orders, trades and positions in stocks, options and crypto", "balances, deposits, withdrawals and transfers", "crypto wallet addresses", "dividends, interest and tax documents"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "SEC Rules 17a-3 and 17a-4 (17 CFR 240.17a-3, 240.17a-4)", Criteria: "at least six years after your account closes"},
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	reports := &policy.Category{ID: "reports", Name: "Information from verification and reporting agencies", Items: []string{"whether your identity details match public and private records", "fraud and risk signals", "consumer reports, where you apply for credit"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "identity verification services, consumer reporting agencies and fraud prevention services", Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(6)), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPAInferences}}
	monitoring := &policy.Category{ID: "monitoring", Name: "Compliance monitoring", Items: []string{"sanctions screening results", "alerts of unusual trading or money movements", "reports of suspicious activity"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived, policy.SourceThirdParty}, SourceDetail: "government sanctions lists", DerivedFrom: []*policy.Category{contact, identity, trading},
		Linked: true, Retention: policy.AsRequiredBy("the Bank Secrecy Act and its regulations (31 CFR 1023.320)"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address and approximate location", "device identifiers, model and operating system", "screens and features you use", "login times"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to secure accounts and improve the services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"chats and emails with support", "recordings of phone calls", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.AsRequiredBy("SEC Rule 17a-4(b)(4) and FINRA rules"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	marketingData := &policy.Category{ID: "marketing", Name: "Website and advertising information", Items: []string{"cookie and advertising identifiers", "pages you visit on our websites and ads you respond to", "how you respond to our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "the Robinhood companies, such as Robinhood Financial, Robinhood Securities, Robinhood Crypto and Robinhood Money", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, identity, investor, bank, trading, device, support}, Purpose: "to provide the accounts you hold with each of them and, unless you opt out, to market their products to you"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, identity verification, customer support, communications and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, identity, face, investor, bank, trading, device, support}}
	plaid := &policy.Recipient{ID: "plaid", Name: "Plaid Inc.", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, bank}, Purpose: "you choose to link a bank account through it", NoticeURL: "https://plaid.example/legal/end-user-privacy-policy"}
	banks := &policy.Recipient{ID: "program-banks", Name: "the banks of our cash sweep program", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, identity, trading}, Purpose: "to hold your uninvested cash in deposit accounts insured by the FDIC"}
	markets := &policy.Recipient{ID: "markets", Name: "market makers, exchanges and other trading venues", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{trading}, Purpose: "to execute your orders"}
	cat := &policy.Recipient{ID: "cat", Name: "the Consolidated Audit Trail", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{contact, identity, trading}, Purpose: "to report each order together with the name, address and year of birth of the customer behind it, as SEC Rule 613 requires"}
	tax := &policy.Recipient{ID: "irs", Name: "the Internal Revenue Service and state tax authorities", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{contact, identity, trading}, Purpose: "to report your proceeds, dividends and interest, and any tax we withhold"}
	regulators := &policy.Recipient{ID: "regulators", Name: "regulators, self-regulatory organisations and law enforcement, such as the SEC, FINRA and FinCEN", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, identity, investor, trading, monitoring, support, device}, Purpose: "they examine us, the law requires a report, or they serve valid legal process on us"}
	brokers := &policy.Recipient{ID: "brokers", Name: "the broker you transfer your account to or from", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, identity, trading}, Purpose: "you ask to transfer your account"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{marketingData}, Purpose: "to show our ads on other websites and apps and to measure them"}

	accounts := &policy.Purpose{ID: "accounts", Name: "Opening and running your accounts and executing your orders", Categories: []*policy.Category{contact, identity, investor, bank, trading, device},
		Recipients: []*policy.Recipient{affiliates, providers, plaid, banks, markets, brokers},
		Required:   "you must give your name, address, date of birth, Social Security number and employment and financial information to open an account; without them we cannot open one"}
	cip := &policy.Purpose{ID: "cip", Name: "Verifying your identity before we open an account", Categories: []*policy.Category{contact, identity, reports},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "USA PATRIOT Act, s. 326; 31 CFR 1023.220 (customer identification programs for broker-dealers)", Region: regionUS}},
		Required:    "federal law requires us to get, verify and record information that identifies each person who opens an account"}
	selfie := &policy.Purpose{ID: "selfie", Name: "Matching a selfie to your identity document", Categories: []*policy.Category{face, identity},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by asking support to verify you another way",
		Recipients: []*policy.Recipient{providers}}
	suitability := &policy.Purpose{ID: "suitability", Name: "Deciding whether to approve options and margin trading", Categories: []*policy.Category{investor, trading},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "FINRA Rule 2360(b)(16) (opening of options accounts)", Region: regionUS}, {Act: "FINRA Rule 4210 (margin requirements)", Region: regionUS}}}
	aml := &policy.Purpose{ID: "aml", Name: "Screening against sanctions lists and monitoring for money laundering and market abuse", Categories: []*policy.Category{contact, identity, trading, device, monitoring},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators, providers},
		Obligations: []policy.Obligation{{Act: "Bank Secrecy Act, 31 U.S.C. 5311 et seq.", Region: regionUS}, {Act: "FINRA Rule 3310 (anti-money laundering compliance program)", Region: regionUS},
			{Act: "OFAC sanctions regulations, 31 CFR Chapter V", Region: regionUS}},
		TippingOff: []policy.Obligation{{Act: "31 U.S.C. 5318(g)(2)", Region: regionUS}},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}}}
	taxes := &policy.Purpose{ID: "tax", Name: "Reporting to tax authorities and withholding tax", Categories: []*policy.Category{contact, identity, trading},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{tax},
		Obligations: []policy.Obligation{{Act: "Internal Revenue Code, 26 U.S.C. 6045 (broker returns)", Region: regionUS}, {Act: "26 U.S.C. 3406 (backup withholding)", Region: regionUS}},
		Required:    "if you do not certify your taxpayer identification number, the law requires us to withhold tax from your proceeds"}
	records := &policy.Purpose{ID: "records", Name: "Keeping the books and records securities laws require and reporting to the Consolidated Audit Trail", Categories: []*policy.Category{contact, identity, investor, trading, support},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{cat, regulators},
		Obligations: []policy.Obligation{{Act: "SEC Rules 17a-3 and 17a-4 (17 CFR 240.17a-3, 240.17a-4)", Region: regionUS}, {Act: "SEC Rule 613 (17 CFR 242.613)", Region: regionUS}}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and protecting accounts", Categories: []*policy.Category{contact, identity, device, trading, bank, reports},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundUnauthorised},
			Contest: "by contacting support", HumanReview: true}}
	help := &policy.Purpose{ID: "support", Name: "Answering your questions and complaints", Categories: []*policy.Category{support, contact, trading},
		Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and those of the Robinhood companies", Categories: []*policy.Category{contact, trading, marketingData},
		OptOut: true, OptOutHow: "with the unsubscribe link, in the app's settings, or by calling us",
		Recipients: []*policy.Recipient{affiliates}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Targeted advertising of Robinhood on other websites and apps", Categories: []*policy.Category{marketingData},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how the services are used and developing new ones", Categories: []*policy.Category{device, trading}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Robinhood Markets, Inc.", Email: "privacy@robinhood.example", Address: "85 Willow Road, Menlo Park, CA 94025, USA"},
			Registration: "its broker-dealers, Robinhood Financial LLC and Robinhood Securities LLC, are registered with the SEC and members of FINRA and SIPC", Country: regionUS},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		URL:   "https://robinhood.example/us/en/support/articles/privacy-policy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"the Robinhood app and websites and the accounts the Robinhood companies offer in the United States"},
		OtherNotices: []policy.Notice{
			{Covers: "customers' nonpublic personal information under the Gramm-Leach-Bliley Act (the U.S. Consumer Privacy Notice)", URL: "https://robinhood.example/us/en/support/articles/consumer-privacy-notice"},
			{Covers: "customers of Robinhood U.K. Ltd and Robinhood Europe, UAB", URL: "https://robinhood.example/eu/en/privacy"},
			{Covers: "job applicants and employees"},
		},
		Categories: []*policy.Category{contact, identity, face, investor, bank, trading, reports, monitoring, device, support, marketingData},
		NotCollected: []policy.Exclusion{
			{ID: "bank.credentials", Name: "the username and password of your bank", Category: bank, Note: "Plaid takes them to link your account; we do not receive them."},
		},
		Purposes:    []*policy.Purpose{accounts, cip, selfie, suitability, aml, taxes, records, fraud, help, marketing, ads, improve},
		Recipients:  []*policy.Recipient{affiliates, providers, plaid, banks, markets, cat, tax, regulators, brokers, adPartners},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims},
			Note: "An account with assets must be emptied or transferred before it can be closed."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: fraud, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising and analytics cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{marketingData},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in the app's account settings or by asking support"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link in our websites' footer"}, {Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}, {Kind: policy.RightWithdrawConsent}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://robinhood.example/us/en/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo, OnlineOnly: true,
			RequestMethods: []string{"the privacy request form", "email to privacy@robinhood.example"},
			LargeVolume:    true, MetricsURL: "https://robinhood.example/us/en/support/articles/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by writing to privacy@robinhood.example within a reasonable time after our answer", AttorneyGeneral: true}},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipTwoStep, policy.SafetyTipNeverAsked},
		Links:      policy.Links{RequestForm: "https://robinhood.example/us/en/privacy-request", CookieSettings: "https://robinhood.example/us/en/your-privacy-choices"},
		Children:   policy.Children{MinimumAge: 18},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "privacy@robinhood.example", Address: "85 Willow Road, Menlo Park, CA 94025, USA"},
		GLBA: policy.GLBANotice{Sharing: []policy.GLBASharing{{Reason: policy.GLBAAffiliatesMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes}},
			LimitHow: "call us"},
	}
	return realPolicy{"brokerage and crypto app (Robinhood)", p, []statement{
		{says: "Robinhood Markets, Inc. and its US subsidiaries are responsible for your information", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Robinhood Markets, Inc." && p.Controller.Country == regionUS
		}},
		{says: "our broker-dealers are registered with the SEC and members of FINRA and SIPC", typed: func(p *policy.Policy) bool { return strings.Contains(p.Controller.Registration, "FINRA") }},
		{says: "the Gramm-Leach-Bliley notice also governs customers' nonpublic personal information", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Gramm-Leach-Bliley") && p.OtherNotices[0].URL != ""
		}},
		{says: "customers in the UK and the EU, and our employees, have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 3 }},
		{says: "the CCPA's rights do not reach information the Gramm-Leach-Bliley Act covers, such as most of what you give to open an account", free: toIntroduction},
		{says: "to open an account you give your name, contact details, date of birth, Social Security number and citizenship", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").CCPA, policy.CCPASensitivePersonalInfo) && p.Purpose("accounts").Uses(p.Category("contact")) && p.Purpose("accounts").Required != ""
		}},
		{says: "federal law requires us to verify the identity of everyone who opens an account", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("cip").Obligations) == 1 && p.Purpose("cip").Required != ""
		}},
		{says: "verification services and consumer reporting agencies confirm your details and give us risk signals", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("reports").Sources, policy.SourceThirdParty) && p.Purpose("cip").Uses(p.Category("reports"))
		}},
		{says: "we may ask for a selfie that our provider compares with your ID, with your consent", typed: func(p *policy.Policy) bool {
			return p.Category("face").Biometric && p.Purpose("selfie").RestsOnConsent()
		}},
		{says: "we ask about your employment, income, net worth, experience and objectives", typed: func(p *policy.Policy) bool {
			return len(p.Category("investor-profile").Items) == 4
		}},
		{says: "we use that profile to decide whether options and margin trading suit you, as FINRA rules require", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("suitability").Obligations) == 2 && p.Purpose("suitability").Uses(p.Category("investor-profile"))
		}},
		{says: "when you link a bank through Plaid, Plaid handles your bank credentials under its own policy and we do not receive them", typed: func(p *policy.Policy) bool {
			return recipient(p, "plaid").NoticeURL != "" && p.NotCollected[0].Category == p.Category("bank")
		}},
		{says: "we record your orders, trades, positions, transfers and crypto wallet addresses", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("trading").Items, "crypto wallet addresses")
		}},
		{says: "we send your orders to market makers and exchanges to execute them", typed: func(p *policy.Policy) bool {
			return recipient(p, "markets").Purpose != "" && p.Purpose("accounts").Uses(p.Category("trading"))
		}},
		{says: "uninvested cash swept to partner banks is held in FDIC-insured accounts in your name", typed: func(p *policy.Policy) bool {
			return recipient(p, "program-banks").Role == policy.RoleThirdParty && !recipient(p, "program-banks").Conditional
		}},
		{says: "we report orders and the customers behind them to the Consolidated Audit Trail", typed: func(p *policy.Policy) bool {
			c := recipient(p, "cat")
			return c.Role == policy.RoleAuthority && !c.Conditional && len(p.Purpose("records").Obligations) == 2
		}},
		{says: "we report proceeds and income to the IRS and withhold tax if you do not certify your tax number", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("tax").Obligations) == 2 && p.Purpose("tax").Required != ""
		}},
		{says: "we screen customers against sanctions lists and monitor for money laundering and market abuse", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("aml").Obligations) == 3 && slices.Contains(p.Category("monitoring").DerivedFrom, p.Category("trading"))
		}},
		{says: "the law forbids us to tell you when we report suspicious activity", typed: func(p *policy.Policy) bool { return len(p.Purpose("aml").TippingOff) == 1 }},
		{says: "we may restrict an account or hold a transfer to investigate fraud, takeover or money laundering", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("aml").Suspension.Targets, policy.SuspensionTargetPayment) && slices.Contains(p.Purpose("fraud").Suspension.Grounds, policy.SuspensionGroundAccountTakeover)
		}},
		{says: "securities laws require us to keep account records at least six years after an account closes", typed: func(p *policy.Policy) bool {
			r := p.Category("trading").Retention
			return r.Kind == policy.RetentionRequiredByLaw && r.Criteria != ""
		}},
		{says: "calls with support may be recorded, and we keep communications as securities rules require", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Category("support").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we collect your IP address, approximate location and device details to protect your account", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Uses(p.Category("device")) && slices.Contains(p.Category("device").CCPA, policy.CCPAGeolocation)
		}},
		{says: "the Robinhood companies share information to provide your accounts and to market to you", typed: func(p *policy.Policy) bool {
			return recipient(p, "affiliates").Role == policy.RoleThirdParty && p.Purpose("marketing").Recipients[0] == recipient(p, "affiliates")
		}},
		{says: "you can opt out of our marketing and limit our affiliates' marketing to you", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && glbaAnswers(p, policy.GLBAAffiliatesMarketing, policy.AnswerYes, policy.AnswerYes)
		}},
		{says: "you opt out with the unsubscribe link, in the app's settings, or by calling us to limit affiliate marketing", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("marketing").OptOutHow, "unsubscribe") && strings.Contains(p.GLBA.LimitHow, "call")
		}},
		{says: "regulators, FINRA and law enforcement receive information when they examine us or the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "regulators").Conditional && recipient(p, "regulators").Role == policy.RoleAuthority
		}},
		{says: "if you transfer your account, the other broker receives what it needs", typed: func(p *policy.Policy) bool { return recipient(p, "brokers").Conditional }},
		{says: "advertising partners' cookies on our websites help us show our ads elsewhere", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Party == policy.PartyThird && p.Category("marketing").Tracking
		}},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && slices.Contains(p.Commitments, policy.CommitmentNoSale) && p.USStates.Sells == policy.AnswerNo
		}},
		{says: "cookies on our websites may share identifiers for cross-context advertising, which you can opt out of", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "we honour Global Privacy Control but not Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "we use sensitive personal information only as the law allows without a right to limit", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "we disclose information on legal process, to protect people, and in a sale of the business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "after a deletion request we keep what the law requires, which for an account is most of it", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Note != ""
		}},
		{says: "you may know, access, correct, delete and take a copy of your information", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may opt out of sharing and targeted advertising, and will not be discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightOptOutOfTargetedAdvertising) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "we verify requests through your account and details we hold, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationSignedIn) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days, extendable by 45", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Days(45) }},
		{says: "you may appeal a refusal by email, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we publish our yearly privacy request numbers", typed: func(p *policy.Policy) bool { return p.CCPA.MetricsURL != "" }},
		{says: "we encrypt data and limit who can see it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "turn on two-factor authentication; we never ask for your password or codes", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipTwoStep) && slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked)
		}},
		{says: "you must be 18 to open an account", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "crypto transactions on a public blockchain cannot be erased", free: toCategory("trading")},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}
