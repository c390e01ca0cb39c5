package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// rideHailing paraphrases the privacy notice of a ride-hailing and
// delivery platform (Uber, as published in 2024) for riders and drivers
// in the EEA, the United Kingdom and California: precise location, driver
// screening with criminal-record checks (GDPR Art. 10, UK GDPR Art. 10
// with DPA 2018 Schedule 1), identity checks by selfie, safety
// recordings, ratings the other party sees, insurers, law-enforcement
// requests, and data kept after an account is deleted for safety and
// fraud. Addresses are illustrative.
func rideHailing() realPolicy {
	ccpaID := []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "phone number", "profile photo", "payment method", "language"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: ccpaID}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"GPS location of riders while the app is open and during trips", "GPS location of drivers while they are online"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	trips := &policy.Category{ID: "trips", Name: "Trip and order information", Items: []string{"pickup and drop-off places", "route, times and distance", "fares, tips and payments", "delivery orders"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPAGeolocation}}
	ratings := &policy.Category{ID: "ratings", Name: "Ratings and feedback", Items: []string{"the ratings riders and drivers give each other", "compliments and complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the riders and drivers you travel with",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	driver := &policy.Category{ID: "driver", Name: "Driver documents", Items: []string{"driving licence", "vehicle registration and insurance", "right-to-work documents", "private hire or taxi licence"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(7)), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	checks := &policy.Category{ID: "checks", Name: "Background checks", Items: []string{"criminal-record checks", "motor vehicle records"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "background check providers and, where the law provides, the licensing authorities",
		Retention:    policy.AsRequiredBy("the licensing law of the place where the driver drives"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAProfessionalInfo}}
	selfie := &policy.Category{ID: "selfie", Name: "Real-time identity check", Items: []string{"selfies", "facial geometry compared with the account's profile photo"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	recordings := &policy.Category{ID: "recordings", Name: "Safety recordings", Items: []string{"audio or video recorded during a trip with the in-app recording feature"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Days(7), policy.EventCollection), Linked: true,
		OnDevice: policy.OnDeviceUntilShared, CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address", "device identifiers", "app crashes", "how the app is used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(2), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	messages := &policy.Category{ID: "messages", Name: "Communications", Items: []string{"in-app messages and calls between riders and drivers", "messages to customer support"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPASensoryData, policy.CCPAIdentifiers}}

	party := &policy.Recipient{ID: "party", Name: "The rider or driver you travel with", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, location, ratings}, Purpose: "to arrange and complete the trip: the first name, photo, rating and location of each"}
	providers := &policy.Recipient{ID: "providers", Name: "Service providers for hosting, payments, identity verification and support", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, location, trips, selfie, device, messages}, Country: regionUS}
	screeners := &policy.Recipient{ID: "screeners", Name: "Background check providers", Role: policy.RoleProcessor, Categories: []*policy.Category{driver, checks}}
	insurers := &policy.Recipient{ID: "insurers", Name: "Insurance companies and brokers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, trips, location, recordings}, Purpose: "a claim follows an accident or incident during a trip", Conditional: true}
	police := &policy.Recipient{ID: "authorities", Name: "Law enforcement, regulators and licensing authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, trips, location, driver, recordings}, Conditional: true,
		Purpose: "when the law requires it, or where there is an emergency threatening someone's life or safety"}

	ride := &policy.Purpose{ID: "trips", Name: "Arranging trips and deliveries, and taking payments", Categories: []*policy.Category{account, location, trips, ratings, messages},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{party, providers},
		Required: "without your account details and location we cannot match you with a driver or a rider"}
	screening := &policy.Purpose{ID: "screening", Name: "Checking that drivers may drive on the platform", Categories: []*policy.Category{driver, checks},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract}, Recipients: []*policy.Recipient{screeners},
		Obligations: []policy.Obligation{{Act: "Wet personenvervoer 2000", Region: regionNL}, {Act: "Private Hire Vehicles (London) Act 1998", Region: regionGB}},
		Criminal:    policy.CriminalAuthority{Laws: []policy.Obligation{{Act: "Wet personenvervoer 2000", Region: regionNL}}, Condition: policy.DPAConditionSafeguarding},
		Required:    "a driver who does not consent to the checks the law requires cannot drive on the platform"}
	identity := &policy.Purpose{ID: "identity", Name: "Checking that the person driving is the account holder", Categories: []*policy.Category{selfie, account},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, Recipients: []*policy.Recipient{providers},
		Withdraw: "by choosing to have your photo checked by a person instead",
		Required: "the check is required to go online; a person can compare the photos instead of the software"}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping riders and drivers safe and investigating incidents", Categories: []*policy.Category{account, location, trips, ratings, recordings, messages},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of riders, drivers and the public",
		Retention: policy.Keep(policy.Years(7), policy.EventAccountClosure), Recipients: []*policy.Recipient{insurers, police},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundSafetyReport}, Automated: policy.AnswerNo,
			Contest: "by asking in the app for the decision to be reviewed"}}
	recording := &policy.Purpose{ID: "recording", Name: "Recording trips for safety", Categories: []*policy.Category{recordings},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off recording in the app"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and enforcing our terms", Categories: []*policy.Category{account, trips, device, location},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "preventing fraud, unsafe behaviour and misuse of the platform",
		Automated: "our systems may deactivate an account linked to fraud, such as fake trips or stolen payment methods",
		Retention: policy.Keep(policy.Years(7), policy.EventAccountClosure),
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes,
			Contest: "by asking in the app for the decision to be reviewed", HumanReview: true}}
	improve := &policy.Purpose{ID: "improve", Name: "Research and improving our services", Categories: []*policy.Category{trips, device, ratings},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making the app work better and developing new features", OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news", Categories: []*policy.Category{account, trips},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's privacy settings or with the link in every message", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Answering requests from authorities and keeping records the law requires", Categories: []*policy.Category{account, trips, driver},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{police},
		Obligations: []policy.Obligation{{Act: "Algemene wet inzake rijksbelastingen", Region: regionNL}, {Act: "Taxes Management Act 1970", Region: regionGB}}}
	transfer := func(origin string) policy.Transfer {
		return policy.Transfer{Origin: language.MustParseRegion(origin), Destination: regionUS, Recipient: providers,
			Categories: []*policy.Category{account, location, trips, selfie, device, messages}, Safeguard: policy.SafeguardDataPrivacyFramework}
	}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Uber B.V.", Email: "privacy@uber.example", Address: "Mr. Treublaan 7, Amsterdam, the Netherlands"}, Country: regionNL},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "dpo@uber.example"},
		Establishments: []policy.Establishment{{Region: regionGB, Contact: policy.Contact{Name: "Uber Britannia Ltd", Email: "privacy@uber.example"}},
			{Region: regionUS, Contact: policy.Contact{Name: "Uber Technologies, Inc.", Email: "privacy@uber.example"}, ControllerFor: regionUS}},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories:  []*policy.Category{account, location, trips, ratings, driver, checks, selfie, recordings, device, messages},
		Purposes:    []*policy.Purpose{ride, screening, identity, safety, recording, fraud, improve, marketing, legal},
		Recipients:  []*policy.Recipient{party, providers, screeners, insurers, police},
		Transfers:   []policy.Transfer{transfer("EU"), transfer("GB")},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}},
		Rights: append(gdprRights("in the app's privacy centre"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Agents: policy.AnswerYes},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, SensitiveUse: policy.AnswerNo, OnlineOnly: true,
			RequestMethods: []string{"the app's privacy centre", "the privacy web form"}, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@uber.example"},
	}
	return realPolicy{"ride-hailing platform (Uber)", p, []statement{
		{says: "Uber B.V. in Amsterdam is the controller for users outside the United States", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionNL }},
		{says: "Uber Technologies, Inc. is the controller for users in the United States", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Establishments, func(e policy.Establishment) bool { return e.Region == regionUS && e.ControllerFor == regionUS })
		}},
		{says: "a data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we collect name, email, phone number, photo and payment method when you create an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceUser)
		}},
		{says: "we collect drivers' precise location while they are online, and riders' while the app is open", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").CCPA, policy.CCPASensitivePersonalInfo) && slices.Contains(p.Category("location").Sources, policy.SourceAutomatic)
		}},
		{says: "we record trip details: places, route, times, fares and tips", typed: func(p *policy.Policy) bool { return p.Category("trips") != nil }},
		{says: "riders and drivers rate each other, and each sees the other's rating", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("ratings").VisibleTo, policy.AudienceOtherUsers) && p.Category("ratings").SourceDetail != ""
		}},
		{says: "drivers give their licence, vehicle documents, insurance and right to work", typed: func(p *policy.Policy) bool { return p.Category("driver") != nil }},
		{says: "we check drivers' criminal records and motor vehicle records through background check providers", typed: func(p *policy.Policy) bool {
			return p.Category("checks").Criminal && recipient(p, "screeners").Role == policy.RoleProcessor
		}},
		{says: "criminal-record checks are made where the licensing law of each country authorises them", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("screening").Criminal.Laws) > 0 && p.Purpose("screening").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "in the UK we process criminal-record data on a condition of the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return p.Purpose("screening").Criminal.Condition.Valid()
		}},
		{says: "drivers take selfies that facial verification compares with their profile photo", typed: func(p *policy.Policy) bool {
			return p.Category("selfie").Biometric && p.Purpose("identity").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "a driver may choose to have a person review the photos instead of the software", typed: func(p *policy.Policy) bool { return p.Purpose("identity").Withdraw != "" }},
		{says: "riders and drivers may record audio or video of a trip for safety; recordings are deleted after seven days unless reported", typed: func(p *policy.Policy) bool {
			return p.Purpose("recording").HasBasis(policy.BasisConsent) && p.Category("recordings").Retention.Period == policy.Days(7)
		}},
		{says: "we share the first name, photo, rating and location of each party with the other", typed: func(p *policy.Policy) bool { return recipient(p, "party").Purpose != "" }},
		{says: "insurers receive trip data and recordings to handle claims after an accident", typed: func(p *policy.Policy) bool { return recipient(p, "insurers").Conditional }},
		{says: "we disclose data to law enforcement when the law requires it or in an emergency", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Role == policy.RoleAuthority && hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "we use data to keep users safe and investigate incidents on our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("safety").Interest != "" }},
		{says: "our systems may deactivate accounts linked to fraud, and a person reviews the decision if you ask", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Automated == policy.AnswerYes && s.HumanReview
		}},
		{says: "our safety team may deactivate a rider or driver whom other users report for unsafe conduct", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundSafetyReport) && s.Automated == policy.AnswerNo
		}},
		{says: "after an account is deleted we keep data needed for safety, fraud prevention and claims for up to seven years", typed: func(p *policy.Policy) bool {
			r := p.Purpose("safety").Retention
			return r.From == policy.EventAccountClosure && r.Period == policy.Years(7) && p.Purpose("fraud").Retention.From == policy.EventAccountClosure
		}},
		{says: "otherwise we keep data while the account exists", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "marketing needs your consent, which you withdraw in the app", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").Withdraw != "" }},
		{says: "we keep records the tax law requires", typed: func(p *policy.Policy) bool { return len(p.Purpose("legal").Obligations) == 2 }},
		{says: "data goes to the United States under the Data Privacy Framework and its UK Extension", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "you may access, correct, delete and port your data, object and withdraw consent in the privacy centre", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may complain to a supervisory authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we do not sell or share personal information, nor use sensitive personal information beyond what the law allows", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo && p.CCPA.SensitiveUse == policy.AnswerNo
		}},
		{says: "Californians may ask what we collect and will not be discriminated against for it, also through an agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "users must be 18 or older", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "riders can share a live trip status with contacts they choose", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").VisibleTo, policy.AudienceChosenContacts)
		}},
		// Free text.
		{says: "safety recordings are encrypted on the device, and we can open one only when a user sends it with a safety report", typed: func(p *policy.Policy) bool {
			return p.Category("recordings").OnDevice == policy.OnDeviceUntilShared
		}},
		{says: "a trusted contact or emergency services can receive your location when you press the emergency button", free: toCategory("location")},
	}}
}

// datingApp paraphrases the privacy policy of a dating app (Tinder, as
// published in 2024) for users in the EEA and California: a profile
// other members see, sexual orientation and other special categories
// users choose to give with their explicit consent, photo verification,
// moderation with automated tools, blocking and reporting, and data kept
// after an account is closed for the safety of the community. Addresses
// are illustrative.
func datingApp() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"phone number", "email address", "date of birth", "gender"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Months(3)), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	profile := &policy.Category{ID: "profile", Name: "Profile", Items: []string{"first name", "photos", "age", "bio", "interests", "job and school"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	intimate := &policy.Category{ID: "sensitive", Name: "Sexual orientation and other sensitive details you add", Items: []string{"sexual orientation", "religion", "ethnicity"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo, policy.CCPAProtectedTraits},
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	verification := &policy.Category{ID: "verification", Name: "Photo verification", Items: []string{"video selfie", "face geometry compared with your profile photos"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventAccountClosure), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"precise location from your device, if you allow it", "approximate location from the IP address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	activity := &policy.Category{ID: "activity", Name: "Activity on the app", Items: []string{"swipes, likes and matches", "messages with your matches", "blocks and reports"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAInferences}}
	reports := &policy.Category{ID: "reports", Name: "Reports about you", Items: []string{"reports other members make about your profile or messages", "the outcome of our review"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "other members who report you",
		DerivedFrom: []*policy.Category{activity, profile}, Retention: policy.Keep(policy.Years(3), policy.EventAccountClosure), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	payments := &policy.Category{ID: "payments", Name: "Purchases", Items: []string{"subscriptions and features bought", "billing country"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the app stores", Linked: true,
		Retention: policy.AsRequiredBy("tax and accounting law"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	device := &policy.Category{ID: "device", Name: "Device information", Items: []string{"device identifiers", "IP address", "operating system"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	members := &policy.Recipient{ID: "members", Name: "Other members", Role: policy.RoleThirdParty, Categories: []*policy.Category{profile, intimate},
		Purpose: "who see the profile you publish on the app and the messages you send them"}
	providers := &policy.Recipient{ID: "providers", Name: "Service providers for hosting, moderation, verification, payments and support", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, profile, verification, activity, reports, device, location}, Country: regionUS}
	group := &policy.Recipient{ID: "group", Name: "Other companies of our group", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, device, reports},
		Purpose: "to keep banned members off our other dating apps", Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "Law enforcement", Role: policy.RoleAuthority, Categories: []*policy.Category{account, activity, reports},
		Conditional: true, Purpose: "in answer to a valid legal request, or to protect someone's safety"}

	service := &policy.Purpose{ID: "service", Name: "Running your account and showing you to other members", Categories: []*policy.Category{account, profile, location, activity, payments},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{members, providers},
		Required: "you must give your date of birth, gender and a photo to use the app; everything else is optional"}
	sensitive := &policy.Purpose{ID: "sensitive", Name: "Showing the sensitive details you choose to add to your profile", Categories: []*policy.Category{intimate},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisExplicitConsent}, Withdraw: "by removing the details from your profile", Recipients: []*policy.Recipient{members}}
	verify := &policy.Purpose{ID: "verification", Name: "Photo verification", Categories: []*policy.Category{verification, profile},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisExplicitConsent}, Withdraw: "by removing the blue check in the settings", Recipients: []*policy.Recipient{providers},
		Required: "verification is optional; without it your profile shows no blue check"}
	moderation := &policy.Purpose{ID: "moderation", Name: "Moderating profiles and messages, and acting on reports and blocks", Categories: []*policy.Category{profile, activity, reports, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisContract}, Interest: "keeping members safe and enforcing our terms",
		Automated: "automated tools scan profiles and messages for content that breaks our terms, and may ban an account",
		Retention: policy.Keep(policy.Years(3), policy.EventAccountClosure), Recipients: []*policy.Recipient{providers, group, authorities}}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending profiles", Categories: []*policy.Category{profile, location, activity},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing ads and measuring our marketing", Categories: []*policy.Category{device, activity},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's privacy preferences"}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{payments, account},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Taxes Consolidation Act 1997", Region: regionIE}}}
	p := &policy.Policy{
		Controller:     policy.Controller{Contact: policy.Contact{Name: "MTCH Technology Services Limited", Email: "privacy@tinder.example", Address: "Dublin, Ireland"}, Country: regionIE},
		DPO:            &policy.Contact{Name: "Data Protection Officer", Email: "dpo@tinder.example"},
		Establishments: []policy.Establishment{{Region: regionUS, Contact: policy.Contact{Name: "Match Group, LLC", Email: "privacy@tinder.example"}, ControllerFor: regionUS}},
		Version:        "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		Laws:       []policy.Law{policy.GDPR, policy.CCPA},
		Categories: []*policy.Category{account, profile, intimate, verification, location, activity, reports, payments, device},
		Purposes:   []*policy.Purpose{service, sensitive, verify, moderation, recommend, ads, legal},
		Recipients: []*policy.Recipient{members, providers, group, authorities},
		Transfers: []policy.Transfer{{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, profile, verification, activity, reports, device, location},
			Safeguard: policy.SafeguardStandardClauses, Note: "You can ask us for a copy of the clauses."}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}},
		Rights: append(gdprRights("in the app's settings"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}, policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by appealing a ban in the app"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Agents: policy.AnswerYes},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, SensitiveUse: policy.AnswerNo, OnlineOnly: true,
			RequestMethods: []string{"the app's settings", "the privacy web form"}, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@tinder.example"},
	}
	return realPolicy{"dating app (Tinder)", p, []statement{
		{says: "MTCH Technology Services Limited in Dublin is the controller for users in the EEA", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionIE }},
		{says: "Match Group, LLC is the controller for users in the United States", typed: func(p *policy.Policy) bool { return p.Establishments[0].ControllerFor == regionUS }},
		{says: "a data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "to sign up you give a phone number or email, date of birth and gender", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "your profile, with first name, photos, age and bio, is seen by other members", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("profile").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "you may add your sexual orientation, religion or ethnicity, which are special categories we process with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Category("sensitive").Sensitivity == policy.SensitivitySpecial && p.Purpose("sensitive").RestsOn(policy.BasisExplicitConsent, policy.GDPR)
		}},
		{says: "other members see those details once you add them", typed: func(p *policy.Policy) bool { return len(p.Category("sensitive").VisibleTo) > 0 }},
		{says: "you withdraw that consent by removing the details, and we stop processing them", typed: func(p *policy.Policy) bool {
			return p.Purpose("sensitive").Withdraw != "" && p.Category("sensitive").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "we do not use sensitive details for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("sensitive").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "photo verification compares a video selfie with your profile photos using face geometry, with your consent", typed: func(p *policy.Policy) bool {
			return p.Category("verification").Biometric && p.Purpose("verification").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "verification is optional", typed: func(p *policy.Policy) bool { return p.Purpose("verification").Required != "" }},
		{says: "we keep verification data for three years after the account closes", typed: func(p *policy.Policy) bool {
			r := p.Category("verification").Retention
			return r.Period == policy.Years(3) && r.From == policy.EventAccountClosure
		}},
		{says: "we use precise location, if you allow it, to show people nearby", typed: func(p *policy.Policy) bool { return p.Category("location").Sensitivity == policy.SensitivitySensitive }},
		{says: "we record swipes, matches, messages, blocks and reports", typed: func(p *policy.Policy) bool { return p.Category("activity") != nil }},
		{says: "when a member reports you we review the report and keep its outcome", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("reports").Sources, policy.SourceThirdParty) && p.Category("reports").SourceDetail != ""
		}},
		{says: "automated tools scan profiles and messages, and may ban an account", typed: func(p *policy.Policy) bool { return p.Purpose("moderation").Automated != "" }},
		{says: "you may appeal a ban and have a person review it", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNoAutomatedDecision) }},
		{says: "after an account is closed we keep data about rule-breaking for three years to keep banned members off", typed: func(p *policy.Policy) bool {
			r := p.Purpose("moderation").Retention
			return r.From == policy.EventAccountClosure && r.Period == policy.Years(3)
		}},
		{says: "we share data about banned members with the other apps of our group", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleThirdParty }},
		{says: "we recommend profiles based on your activity and preferences", typed: func(p *policy.Policy) bool { return p.Purpose("recommendations").Profiling }},
		{says: "ads and marketing measurement rest on consent", typed: func(p *policy.Policy) bool { return p.Purpose("ads").HasBasis(policy.BasisConsent) }},
		{says: "we disclose data to law enforcement on valid legal process or to protect safety", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "data goes to the United States under standard contractual clauses, of which you can get a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "you may access, correct, delete and port your data, object and withdraw consent", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPortability) }},
		{says: "you may complain to the Data Protection Commission or another supervisory authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we do not sell or share personal information", typed: func(p *policy.Policy) bool { return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo }},
		{says: "the app is for adults only", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we keep other data while the account is open, and for three months after to let you come back", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Period == policy.Months(3)
		}},
		// Free text.
		{says: "blocking a member hides your profile from them and stops their messages", free: toPurpose("moderation")},
		{says: "you should not put anything in your profile you would not want others to see, and others may take screenshots", free: toCategory("profile")},
		{says: "a member you report is not told who reported them", free: toCategory("reports")},
	}}
}

var regionIE = language.MustParseRegion("IE")
