package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// The policies below paraphrase, in our own words and as we recall them,
// the privacy statement under the LGPD of a Brazilian food delivery app
// (in the manner of iFood) and the privacy policy under the GDPR, the UK
// GDPR and the CCPA of a language-learning app with an English
// proficiency test (in the manner of Duolingo), both as published in
// 2024.

// foodDeliveryBR paraphrases the privacy statement of a Brazilian food
// delivery app for its customers, in the manner of iFood, as published in
// 2024 (in its version after the ANPD adopted its standard contractual
// clauses in August 2024): the legal grounds of LGPD Art. 7 for each purpose, including
// credit protection and legitimate interest, the encarregado named,
// orders shared with restaurants and delivery people, payment analysis
// and fraud prevention, access logs kept under the Marco Civil da
// Internet, and the delivery people's and restaurants' own data left to
// separate statements.
func foodDeliveryBR() realPolicy {
	account := &policy.Category{ID: "account", Name: "Registration data", Items: []string{"name", "CPF", "email address", "mobile phone number", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	addresses := &policy.Category{ID: "addresses", Name: "Delivery addresses and location", Items: []string{"delivery addresses", "location of your phone when you order and while the order is on its way"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Orders and reviews", Items: []string{"restaurants and shops ordered from", "items, prices and times of orders", "ratings and comments on restaurants and deliveries"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Years(5))}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"cards saved in tokenised form", "Pix payments", "meal vouchers", "payment history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment processors and card issuers",
		Linked: true, Retention: policy.WhileAccountActive(policy.Years(5))}
	risk := &policy.Category{ID: "risk", Name: "Risk and fraud scores", Items: []string{"fraud score of an order", "payment risk score", "records of chargebacks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived, policy.SourceThirdParty}, SourceDetail: "anti-fraud services and credit bureaus",
		DerivedFrom: []*policy.Category{orders, payment}, Linked: true, Retention: policy.WhileAccountActive(policy.Years(5))}
	support := &policy.Category{ID: "support", Name: "Communications", Items: []string{"chats with restaurants and delivery people in the app", "messages and calls to our support"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Years(5))}
	device := &policy.Category{ID: "device", Name: "Device and access data", Items: []string{"IP address with date, time and port", "device model and identifiers", "operating system", "screens and features used", "cookies"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(6), policy.EventCollection)}

	restaurants := &policy.Recipient{ID: "restaurants", Name: "Restaurants and shops you order from", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, addresses, orders}, Country: regionBR, Purpose: "to prepare, deliver and invoice your order"}
	couriers := &policy.Recipient{ID: "couriers", Name: "Delivery people", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, addresses}, Country: regionBR, Purpose: "to collect your order and bring it to you, seeing only your first name and the delivery address"}
	payments := &policy.Recipient{ID: "payments", Name: "Payment processors, acquirers and meal-voucher companies", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, payment}, Country: regionBR}
	antifraud := &policy.Recipient{ID: "antifraud", Name: "Anti-fraud services and credit bureaus", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, payment, risk, device}, Country: regionBR, Purpose: "to assess the risk of a payment and prevent fraud"}
	cloud := &policy.Recipient{ID: "cloud", Name: "Cloud, customer service and messaging providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, addresses, orders, payment, risk, support, device}, Country: regionUS}
	ads := &policy.Recipient{ID: "ads", Name: "Advertising and analytics partners", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{device}, Country: regionUS, Purpose: "to measure the app and show our advertising on other sites and apps"}
	group := &policy.Recipient{ID: "group", Name: "Companies of our group", Role: policy.RoleJointController,
		Categories: []*policy.Category{account, orders, payment}, Country: regionBR}
	authorities := &policy.Recipient{ID: "authorities", Name: "Courts, the police, consumer protection bodies and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, addresses, orders, payment, device}, Country: regionBR, Conditional: true}

	delivery := &policy.Purpose{ID: "orders", Name: "Taking your orders, having them delivered and serving you", Categories: []*policy.Category{account, addresses, orders, payment, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{restaurants, couriers, payments, cloud, group},
		Required: "without your name, phone, address and a payment method we cannot take or deliver an order"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Analysing payments and preventing fraud", Categories: []*policy.Category{account, payment, risk, device, orders},
		Bases:      []policy.Basis{policy.BasisCreditProtection, policy.BasisLegitimateInterests},
		Interest:   "protecting customers, restaurants, delivery people and us from fraud with cards, vouchers and accounts",
		Automated:  "our systems may refuse a payment method, cancel an order or block an account they judge fraudulent",
		Recipients: []*policy.Recipient{antifraud, cloud}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping the records the law requires", Categories: []*policy.Category{account, orders, payment, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{
			{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15: keeping application access logs for six months", Region: regionBR},
			{Act: "the tax laws on invoices and the Consumer Defence Code", Region: regionBR}}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings", Categories: []*policy.Category{account, orders, payment, support},
		Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Recommending restaurants and sending you coupons and offers", Categories: []*policy.Category{account, addresses, orders},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing customers the restaurants, dishes and coupons most likely to interest them", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{cloud}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring the app and advertising it elsewhere", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings or your phone's advertising settings", Recipients: []*policy.Recipient{ads}}
	improve := &policy.Purpose{ID: "improve", Name: "Improving the app and developing new services", Categories: []*policy.Category{orders, device, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how the app is used so that ordering is easier and faster"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Food Delivery Agência de Restaurantes Online S.A.", Email: "privacidade@delivery.example", Address: "Av. dos Autonomistas 1496, Osasco, SP, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Name: "Carla Mendes", Email: "encarregado@delivery.example", Website: "https://delivery.example/privacidade/portal"},
		Version: "2024", Effective: policy.MakeDate(2024, time.December, 1), Updated: policy.MakeDate(2024, time.December, 1),
		Laws:         []policy.Law{policy.LGPD},
		OtherNotices: []policy.Notice{{Covers: "delivery people who deliver through the app", URL: "https://delivery.example/privacidade/entregadores"}, {Covers: "restaurants and shops that sell through the app", URL: "https://delivery.example/privacidade/parceiros"}},
		Commitments:  []policy.Commitment{policy.CommitmentNoSale},
		Categories:   []*policy.Category{account, addresses, orders, payment, risk, support, device},
		NotCollected: []policy.Exclusion{{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment processors keep them; we hold only a token."}},
		Storage:      []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:     []*policy.Purpose{delivery, fraud, legal, claims, offers, advertising, improve},
		Recipients:   []*policy.Recipient{restaurants, couriers, payments, antifraud, cloud, ads, group, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: cloud, Categories: []*policy.Category{account, addresses, orders, payment, risk, support, device}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: ads, Categories: []*policy.Category{device}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and login cookies", Party: policy.PartyFirst, Purpose: delivery, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Purpose: advertising, Categories: []*policy.Category{device},
				Provider: ads, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the privacy portal or the app's privacy settings"}, {Kind: policy.RightRectification, How: "in your profile in the app"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure, How: "in the privacy portal, which also closes the account"}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent}, {Kind: policy.RightObjection},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking the encarregado, through the privacy portal, to review the decision"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}},
		Links:    policy.Links{RequestForm: "https://delivery.example/privacidade/portal", CookieSettings: "https://delivery.example/privacidade/cookies"},
		Security: []policy.Measure{{Kind: policy.MeasureContactMasking}, {Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Our payment environment is certified under PCI DSS."}, {Kind: policy.MeasureIncidentDetection}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacidade@delivery.example"},
	}
	return realPolicy{"Brazilian food delivery app (iFood)", p, []statement{
		{says: "a company in Osasco, with its CNPJ, is the controller of customers' data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != ""
		}},
		{says: "our encarregado is named and can be reached by email and through the privacy portal", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Name != "" && p.DPO.Email != "" && p.DPO.Website != ""
		}},
		{says: "this statement covers customers; delivery people and restaurants have statements of their own", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 2 && p.OtherNotices[0].URL != ""
		}},
		{says: "we collect your name, CPF, email, phone and date of birth when you sign up", typed: func(p *policy.Policy) bool { return len(p.Category("account").Items) == 5 }},
		{says: "we record your delivery addresses and, while you order and wait, your phone's location", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("addresses").Sources, policy.SourceAutomatic)
		}},
		{says: "we record what you order, from whom, when and for how much, and your ratings of restaurants and deliveries", typed: func(p *policy.Policy) bool { return p.Category("orders") != nil }},
		{says: "we hold your cards only as tokens; processors keep the card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "we receive payment data from processors and card issuers", typed: func(p *policy.Policy) bool { return p.Category("payment").SourceDetail != "" }},
		{says: "we compute fraud and payment risk scores from your orders and payments and from anti-fraud services", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("risk").Sources, policy.SourceDerived) && len(p.Category("risk").DerivedFrom) == 2
		}},
		{says: "we keep your chats with restaurants and delivery people and your contacts with support", typed: func(p *policy.Policy) bool { return p.Category("support") != nil }},
		{says: "we record the IP address with date, time and port, and the device you use", typed: func(p *policy.Policy) bool { return p.Category("device").Sources[0] == policy.SourceAutomatic }},
		{says: "taking and delivering orders rests on the performance of the contract with you (Art. 7(V))", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").HasBasis(policy.BasisContract) && p.Purpose("orders").Required != ""
		}},
		{says: "we analyse payments on the ground of credit protection (Art. 7(X)) and prevent fraud in our legitimate interest (Art. 7(IX))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("fraud")
			return pu.HasBasis(policy.BasisCreditProtection) && pu.HasBasis(policy.BasisLegitimateInterests) && pu.Interest != ""
		}},
		{says: "automated systems may refuse a payment, cancel an order or block an account, and you may ask for the decision to be reviewed (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "the Marco Civil da Internet obliges us to keep access logs for six months", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("device").Retention.Period == policy.Months(6)
		}},
		{says: "we keep data to defend ourselves in judicial, administrative and arbitration proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights)
		}},
		{says: "we recommend restaurants and send coupons from your orders in our legitimate interest, and you may opt out", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("offers")
			return pu.Profiling && pu.OptOut && pu.Interest != ""
		}},
		{says: "analytics and advertising cookies and identifiers are used with your consent, which you may withdraw", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we improve the app and develop new services in our legitimate interest", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "the restaurant receives your name, order, address and phone to prepare and deliver the order", typed: func(p *policy.Policy) bool { return recipient(p, "restaurants").Purpose != "" }},
		{says: "the delivery person sees your first name and the delivery address", typed: func(p *policy.Policy) bool { return recipient(p, "couriers").Purpose != "" }},
		{says: "payment processors, acquirers and meal-voucher companies process payments on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "payments").Role == policy.RoleProcessor }},
		{says: "anti-fraud services and credit bureaus receive data to assess the risk of a payment", typed: func(p *policy.Policy) bool { return recipient(p, "antifraud").Purpose != "" }},
		{says: "companies of our group share responsibility for the data they use with us", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleJointController }},
		{says: "we disclose data to courts and authorities when the law or an order requires it", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "in a merger or sale of the business, data passes to the buyer", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we do not sell personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "data is stored on cloud servers in the United States under the ANPD's standard contractual clauses (Art. 33(II))", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionUS && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "we keep account data while the account exists and five years after, the time to bring a consumer claim", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Criteria != ""
		}},
		{says: "you may confirm that we process your data, access and correct it, have unnecessary data anonymised or deleted, and take it elsewhere", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may learn whom we share data with, refuse or revoke consent and learn what follows, and object to processing on other grounds", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightSharingEntities) && hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may petition the ANPD", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "requests go through the privacy portal and are answered within 15 days, after we confirm who you are", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && p.Requests.Deadline == policy.Days(15) && len(p.Requests.Verification) == 2
		}},
		{says: "we encrypt data, limit access, monitor for incidents, and our payment environment is PCI DSS certified", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "the app is for adults only", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes by email and in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "calls and chats with support and in the order chat may be recorded and reviewed for quality and to keep restaurants and delivery people safe", free: toCategory("support")},
		{says: "delivery people's phone numbers are masked, so that neither side sees the other's real number", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureContactMasking) }},
	}}
}

// languageApp paraphrases the privacy policy of a language-learning app
// with an English proficiency test, in the manner of Duolingo, as
// published in 2024: a US company under the GDPR, the UK GDPR and the
// CCPA; learners from the age of 13, and younger children with a
// parent's consent or through a school; classrooms that teachers run for
// their students; advertising in the free version; AI features run by a
// model provider; and a proctored online test whose sessions are
// recorded on video and whose identity check compares the test taker's
// face with an identity document.
func languageApp() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account and profile", Items: []string{"name", "username", "email address", "password", "age or date of birth", "profile photo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Days(30)),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	learning := &policy.Category{ID: "learning", Name: "Learning activity", Items: []string{"courses, lessons and answers", "mistakes and progress", "streaks, XP and leaderboard results"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Days(30)),
		Visibility: policy.VisibilityDefault, VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		CCPA: []policy.CCPACategory{policy.CCPAEducationInfo, policy.CCPAInternetActivity}}
	voice := &policy.Category{ID: "voice", Name: "Voice recordings", Items: []string{"recordings of speaking exercises", "transcripts of conversations with AI characters"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(1), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	classroom := &policy.Category{ID: "classroom", Name: "Classroom data", Items: []string{"classroom the student joined", "assignments and their completion", "teacher's name and school email"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Days(30)),
		VisibleTo: []policy.Audience{policy.AudienceAdministrators}, CCPA: []policy.CCPACategory{policy.CCPAEducationInfo}}
	purchases := &policy.Category{ID: "purchases", Name: "Subscriptions and purchases", Items: []string{"subscription plan", "purchase history", "billing country"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the app stores and our payment processor",
		Linked: true, Retention: policy.AsRequiredBy("US tax law"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	device := &policy.Category{ID: "device", Name: "Device and usage data", Items: []string{"IP address", "device and advertising identifiers", "operating system and app version", "approximate location from the IP address", "crash logs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true, Retention: policy.Keep(policy.Months(24), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	test := &policy.Category{ID: "test", Name: "English test data", Items: []string{"photo of an identity document", "photos and video of you during the test", "audio and screen recording", "answers and scores"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceDerived}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(2), From: policy.EventCollection, Criteria: "the two years a test result stays valid, so that institutions can check it"},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPABiometricInfo, policy.CCPASensoryData, policy.CCPAEducationInfo, policy.CCPASensitivePersonalInfo}}

	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, speech recognition, support and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, learning, voice, classroom, purchases, device, test}, Country: regionUS}
	ai := &policy.Recipient{ID: "ai", Name: "the provider of the language model behind our AI features", Role: policy.RoleProcessor,
		Commitments: []policy.Commitment{policy.CommitmentNoModelTraining},
		Categories:  []*policy.Category{learning, voice}, Country: regionUS}
	proctors := &policy.Recipient{ID: "proctors", Name: "trained proctors who review test sessions", Role: policy.RoleProcessor,
		Categories: []*policy.Category{test}, Country: regionUS}
	institutions := &policy.Recipient{ID: "institutions", Name: "universities and other institutions you send your test results to", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{test}, Conditional: true, Purpose: "you choose to send them your result, which they receive with your photos and your video answers to consider your application"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising networks that show ads in the free version", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{device}, Country: regionUS, Purpose: "to show and measure ads in the app"}

	learn := &policy.Purpose{ID: "learning", Name: "Providing and personalising your courses", Categories: []*policy.Category{account, learning, voice, purchases, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors}, Profiling: true,
		Required: "an account needs an age and a username; an email address or a parent's is needed to save progress"}
	aiFeatures := &policy.Purpose{ID: "ai", Name: "Explaining answers and holding practice conversations with AI", Categories: []*policy.Category{learning, voice},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{ai}}
	schools := &policy.Purpose{ID: "schools", Name: "Running classrooms for teachers and their students", Categories: []*policy.Category{account, learning, classroom},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "letting schools use the app in class, with teachers following their students' progress",
		Recipients: []*policy.Recipient{vendors}, Required: "joining a classroom is up to the student; without it the teacher cannot follow the student's progress"}
	research := &policy.Purpose{ID: "research", Name: "Improving our teaching and doing research on language learning", Categories: []*policy.Category{learning, voice, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making our courses and models teach better, and publishing research on how people learn",
		Recipients: []*policy.Recipient{vendors}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing ads in the free version", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the privacy settings of the app", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	reminders := &policy.Purpose{ID: "reminders", Name: "Sending practice reminders and news", Categories: []*policy.Category{account, learning},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping learners keep up the habit of practising", OptOut: true}
	testing := &policy.Purpose{ID: "test", Name: "Administering, proctoring and certifying the English test", Categories: []*policy.Category{account, test},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, Withdraw: "by cancelling the test before you take it; results already certified stay on record",
		Recipients: []*policy.Recipient{proctors, institutions, vendors},
		Automated:  "automated systems score the answers and flag sessions for review; a proctor decides whether a result is certified",
		Required:   "without the identity check and the recording we cannot certify a result"}
	security := &policy.Purpose{ID: "security", Name: "Keeping the service secure and preventing fraud and abuse", Categories: []*policy.Category{account, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting learners and us from fraud, spam and abuse",
		Recipients: []*policy.Recipient{vendors}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Language App, Inc.", Email: "privacy@language.example", Address: "Pittsburgh, Pennsylvania, USA"}, Country: regionUS},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "privacy@language.example"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.August, 1), Updated: policy.MakeDate(2024, time.August, 1),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories:  []*policy.Category{account, learning, voice, classroom, purchases, device, test},
		Purposes:    []*policy.Purpose{learn, aiFeatures, schools, research, ads, reminders, testing, security},
		Recipients:  []*policy.Recipient{vendors, ai, proctors, institutions, adPartners},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, learning, voice, classroom, purchases, device, test}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You may ask us for a copy of the clauses at privacy@language.example."},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, learning, voice, classroom, purchases, device, test}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You may ask us for a copy of the addendum at privacy@language.example."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "login cookies", Party: policy.PartyFirst, Purpose: learn, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies and identifiers", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in the app's settings or by writing to privacy@language.example"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking for a proctor's review of a test result"},
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "with the link “Do Not Sell or Share My Personal Information” or a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://language.example/privacy/do-not-sell", RequestMethods: []string{"the privacy settings of the app", "email to privacy@language.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{CookieSettings: "https://language.example/privacy/settings", RequestForm: "https://language.example/privacy/request"},
		Children: policy.Children{MinimumAge: 13, ParentalConsent: true, SchoolConsent: true, ByRegion: []policy.AgeLimit{{Region: regionEU, Age: 16}},
			Restrictions:   []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds, policy.ChildRestrictionPrivateProfile},
			AgeChecks:      []policy.AgeCheck{policy.AgeCheckDeclared},
			ParentRequests: "by writing to privacy@language.example"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@language.example"},
	}
	return realPolicy{"language-learning app (Duolingo)", p, []statement{
		{says: "a company in Pittsburgh is the controller, and its data protection officer answers at the privacy address", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.DPO != nil && p.DPO.Email != ""
		}},
		{says: "we collect your name, username, email, age, password and profile photo", typed: func(p *policy.Policy) bool { return len(p.Category("account").Items) == 6 }},
		{says: "you must give an age and a username to learn; an email is needed to save progress", typed: func(p *policy.Policy) bool { return p.Purpose("learning").Required != "" }},
		{says: "we record your lessons, answers, mistakes, progress, streaks and XP", typed: func(p *policy.Policy) bool { return p.Category("learning") != nil }},
		{says: "your profile, streak and leaderboard results are public to other learners unless you make your profile private", typed: func(p *policy.Policy) bool {
			c := p.Category("learning")
			return c.Visibility == policy.VisibilityDefault && slices.Contains(c.VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "we record your voice in speaking exercises and conversations with AI characters", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("voice").CCPA, policy.CCPASensoryData)
		}},
		{says: "the app stores and our payment processor tell us of subscriptions and purchases", typed: func(p *policy.Policy) bool { return p.Category("purchases").SourceDetail != "" }},
		{says: "we collect IP address, device and advertising identifiers and approximate location automatically", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && slices.Contains(p.Category("device").CCPA, policy.CCPAGeolocation)
		}},
		{says: "we personalise lessons to each learner with our own models, on our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("learning").Profiling && p.Purpose("learning").HasBasis(policy.BasisContract)
		}},
		{says: "the model provider may not use your data to train its own models", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "ai").Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "our AI features send your answers and conversations to a model provider that processes them on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "ai").Role == policy.RoleProcessor && p.Purpose("ai") != nil
		}},
		{says: "teachers create classrooms, and see the progress and assignments of the students who join", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("classroom").VisibleTo, policy.AudienceAdministrators)
		}},
		{says: "we use learning data in our legitimate interest to improve our courses and to do research on learning", typed: func(p *policy.Policy) bool { return p.Purpose("research").Interest != "" }},
		{says: "the free version shows ads; personalised ads need your consent, which you may withdraw in the settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "we send practice reminders and news, which you may turn off", typed: func(p *policy.Policy) bool { return p.Purpose("reminders").OptOut }},
		{says: "for the English test we check a photo of your identity document against photos of you taken during the test, with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Category("test").Biometric && p.Purpose("test").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "test sessions are recorded on video, audio and screen, and proctors review them", typed: func(p *policy.Policy) bool { return recipient(p, "proctors") != nil }},
		{says: "automated systems score the test and flag sessions, and a proctor decides on certification; you may ask for a review", typed: func(p *policy.Policy) bool {
			return p.Purpose("test").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "test results go only to the institutions you choose", typed: func(p *policy.Policy) bool { return recipient(p, "institutions").Conditional }},
		{says: "we keep test data for the two years a result stays valid", typed: func(p *policy.Policy) bool { return p.Category("test").Retention.Period == policy.Years(2) }},
		{says: "we use data to keep the service secure and prevent fraud and abuse, in our legitimate interest", typed: func(p *policy.Policy) bool { return p.Purpose("security").Interest != "" }},
		{says: "service providers host data, recognise speech and support us on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "vendors").Role == policy.RoleProcessor }},
		{says: "advertising networks receive device identifiers to show ads", typed: func(p *policy.Policy) bool { return recipient(p, "advertising").Purpose != "" }},
		{says: "data from the EU and the UK goes to the US under standard contractual clauses and the UK addendum", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "we disclose data on legal process, to protect people, in a merger, and in aggregate form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "you may access, download, correct and delete your data in the settings, restrict and object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we do not sell personal information, but ads in the free version are sharing under the CCPA, which you may opt out of", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "we honour Global Privacy Control but not Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "Californians may know and delete, are not discriminated against, and may use an agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through the account or by email and answer within 30 days", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Days(30) }},
		{says: "we delete an account's data within 30 days of deletion, and keep purchase records as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Period == policy.Days(30) && p.Category("purchases").Retention.Law != ""
		}},
		{says: "children under 13, or under 16 in the EU, may learn with a parent's consent or through their school", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.SchoolConsent && len(p.Children.ByRegion) == 1
		}},
		{says: "we ask for the learner's age at sign-up", typed: func(p *policy.Policy) bool { return slices.Contains(p.Children.AgeChecks, policy.AgeCheckDeclared) }},
		{says: "children see no personalised ads and their profiles are private", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds) && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionPrivateProfile)
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureAccessControl) }},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "a parent may review or delete a child's data and refuse further collection by writing to us", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Children.ParentRequests, "writing to")
		}},
		// Free text.
		{says: "test takers must be at least 13, and those under 18 need a parent's permission", free: toPurpose("test")},
	}}
}
