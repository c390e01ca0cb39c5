package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// Three more Russian policies under 152-FZ, paraphrased as the others are:
// an online fashion retailer with its own couriers, try-on at delivery and
// a marketplace of partner sellers; the national telecom operator, which
// also runs state information systems on the state's behalf; and a large
// private bank with salary projects, the Faster Payments System and
// deposit insurance.

// lamoda paraphrases, in our own words and as we recall it, the policy on
// the processing of personal data of Lamoda, the Russian online fashion
// retailer (the operator of lamoda.ru and the Lamoda app; its legal
// entity's name and numbers are left out where we do not recall them
// exactly), as published in 2024-2025: an account signed in to with a
// phone number, orders delivered by the retailer's own couriers, with
// try-on, or to pickup points, partner sellers of the marketplace who
// receive the orders they fulfil, payment by card through the bank,
// payment in parts through a partner, receipts, returns under the consumer
// protection law, a customer's delivery terms set from the share of
// ordered items kept, recommendations and the rules for them that Federal
// Law No. 149-FZ asks for, advertising by consent, cookies and app
// analytics, push notifications through the platforms of Apple and
// Google, localisation in Russia and the rights of 152-FZ.
func lamoda() realPolicy {
	all := policy.Actions()
	accounting := "Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"phone number", "first name and surname", "email address", "gender and date of birth, if given"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery data", Items: []string{"the delivery address or the chosen pickup point", "the recipient's name and phone number", "the time slot and comments for the courier"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Orders, returns and receipts", Items: []string{"the goods ordered, their sizes and prices", "the goods kept, refused at try-on and returned", "the way of payment", "electronic receipts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(accounting), Linked: true}
	buyout := &policy.Category{ID: "buyout", Name: "Customer status", Items: []string{"the share of ordered items the customer kept over the past months", "the sum of purchases", "the customer's level and the delivery terms that follow from it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	preferences := &policy.Category{ID: "preferences", Name: "Preferences", Items: []string{"products viewed, searched for, put in the basket and in favourites", "sizes and brands chosen", "subscriptions to the arrival of a size"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews", Items: []string{"the text, rating and photos of a review", "the first name shown beside it", "how the size fitted"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityOptional}
	support := &policy.Category{ID: "support", Name: "Requests to customer service", Items: []string{"chat messages", "recordings of calls", "complaints and claims"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to answer the request and to settle any dispute about the order"), Linked: true}
	location := &policy.Category{ID: "location", Name: "Location of the device", Items: []string{"the approximate location of the phone, to offer the nearest pickup points and the delivery address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie identifiers", "the device's model, operating system and advertising identifier", "the push token", "actions on the website and in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	buyout.DerivedFrom = []*policy.Category{orders}

	couriers := &policy.Recipient{ID: "couriers", Name: "the retailer's own courier service and partner delivery services and pickup points", Role: policy.RoleProcessor,
		Categories: []*policy.Category{delivery, orders}, Purpose: "to deliver orders, wait during try-on, take payment and accept returns", Country: regionRU}
	sellers := &policy.Recipient{ID: "sellers", Name: "partner sellers of the marketplace", Role: policy.RoleThirdParty, Categories: []*policy.Category{delivery, orders},
		Purpose: "to ship the goods of theirs that the customer orders and to handle their returns and claims", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "banks and payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "to accept card payments and make refunds", Country: regionRU}
	parts := &policy.Recipient{ID: "parts", Name: "partners that offer payment in parts", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, orders},
		Purpose: "the customer chooses to pay in parts at checkout", Country: regionRU, Conditional: true}
	ofd := &policy.Recipient{ID: "ofd", Name: "the fiscal data operator", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "to pass receipts to the Federal Tax Service and send the customer the electronic receipt", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "providers that send SMS messages and emails", Role: policy.RoleProcessor, Categories: []*policy.Category{account}, Country: regionRU}
	push := &policy.Recipient{ID: "push", Name: "Apple Inc. and Google LLC, whose services deliver push notifications to the app", Role: policy.RoleProcessor,
		Categories: []*policy.Category{device}, Purpose: "to deliver push notifications about orders and, with consent, offers", Country: regionUS}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	ads := &policy.Recipient{ID: "ads", Name: "advertising platforms", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "to show the retailer's advertising on other websites and apps and to measure it", Country: regionRU}

	signUp := &policy.Purpose{ID: "account", Name: "Registering customers and keeping their accounts", Categories: []*policy.Category{account, preferences},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "an account needs a phone number confirmed by a code sent in an SMS message"}
	sale := &policy.Purpose{ID: "orders", Name: "Selling goods, delivering them with try-on or to pickup points, and taking payment", Categories: []*policy.Category{account, delivery, orders, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, sellers, banks, parts, push},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "an order needs the recipient's name, phone number and the address or pickup point; without them the order cannot be delivered"}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing receipts, accepting returns and keeping accounts", Categories: []*policy.Category{account, orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd, couriers},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”, Art. 1.2", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”, Art. 26.1", Region: regionRU},
			{Act: "the Rules for the sale of goods under a retail contract, approved by Government Decree No. 2463 of 31 December 2020", Region: regionRU},
			{Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	status := &policy.Purpose{ID: "status", Name: "Setting the customer's level and delivery terms", Categories: []*policy.Category{orders, buyout},
		Bases:     []policy.Basis{policy.BasisContract},
		Automated: "the customer's level, and with it whether delivery and try-on are free, is set automatically from the sum of purchases and the share of ordered items kept; the customer may object and have it reviewed by customer service",
		Subjects:  []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	abuse := &policy.Purpose{ID: "abuse", Name: "Preventing fraud and the abuse of delivery, try-on and returns", Categories: []*policy.Category{account, orders, buyout, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting the retailer and honest customers from fraudulent orders and from orders placed with no intention to buy",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Automated: policy.AnswerNo,
			Contest: "by writing to customer service in the chat or by email"}}
	service := &policy.Purpose{ID: "support", Name: "Answering customers' requests, complaints and claims", Categories: []*policy.Category{account, orders, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "resolving customers' requests and disputes and checking the quality of customer service",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	publishing := &policy.Purpose{ID: "reviews", Name: "Publishing reviews of products", Categories: []*policy.Category{account, reviews},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by deleting the review in the account or writing to customer service", ConsentMethod: policy.ConsentMethodCheckbox,
		ImageConsent: true,
		Subjects:     []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending products and personalising the catalogue", Categories: []*policy.Category{orders, preferences, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each customer the products and sizes most likely to suit them",
		Profiling: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending advertising and personal offers by email, SMS and push notifications", Categories: []*policy.Category{account, orders, preferences},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the account's notification settings, with the link in each email or by writing to customer service", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers, push},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used and showing advertising on other websites", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser's settings or resetting the advertising identifier in the phone's settings", OptOut: true,
		Recipients: []*policy.Recipient{metrica, ads}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller:  policy.Controller{Contact: policy.Contact{Name: "Kupishuz LLC (Lamoda)", Email: "privacy@lamoda.example", Address: "Moscow, Russia"}, Country: regionRU},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "pd@lamoda.example"},
		URL:         "https://lamoda.example/about/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.October, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU},
			{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”", Region: regionRU},
			{Act: "the offer to customers of the online store"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionCrossBorderTransfer},
		Scope:      []string{"the lamoda.ru website", "the Lamoda mobile app", "the retailer's pickup points"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, delivery, orders, buyout, preferences, reviews, support, location, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "bank card details", Category: orders, Note: "The customer enters them on the bank's payment page, and the retailer receives only the result of the payment."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:   []*policy.Purpose{signUp, sale, receipts, status, abuse, service, publishing, recommend, marketing, analytics},
		Recipients: []*policy.Recipient{couriers, sellers, banks, parts, ofd, mailers, push, metrica, ads},
		Transfers: []policy.Transfer{{Destination: regionUS, Recipient: push, Categories: []*policy.Category{device}, Safeguard: policy.SafeguardContractNecessity,
			Note: "Only the push token and the text of the notification leave Russia; the notification service does not receive the customer's name or orders."}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, preferences, reviews, buyout}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{reviews, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and basket cookies", Party: policy.PartyFirst, Purpose: sale, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "appmetrica", Name: "AppMetrica", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "pixels", Name: "advertising pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: ads, Purpose: analytics,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Days(180)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("by writing to pd@lamoda.example or to the retailer's postal address"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		Security:   fz152Security(),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipKeepSecret},
		Links:      policy.Links{Recommendations: "https://lamoda.example/about/recommendations"},
		Children:   policy.Children{MinimumAge: 18, Note: "Goods for children are bought by their parents; the retailer does not knowingly collect data from children."},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "pd@lamoda.example"},
	}
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Hours(24), Results: policy.Hours(72)}
	return realPolicy{"online fashion retailer (Lamoda)", p, []statement{
		{says: "the operator is the company that runs Lamoda, in Moscow", typed: func(p *policy.Policy) bool { return p.Controller.Name != "" && p.Controller.Country == regionRU }},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy is published on the website, and it covers the website, the app, the pickup points and the couriers", typed: func(p *policy.Policy) bool {
			return p.URL != "" && len(p.Scope) == 3
		}},
		{says: "the policy opens by defining the operator, processing, provision, blocking, destruction, depersonalisation and cross-border transfer", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 8
		}},
		{says: "the company processes data under the Civil Code, the consumer protection law, the laws on advertising, information and cash registers, and its offer", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a customer signs in with a phone number confirmed by a code in an SMS message", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && recipient(p, "mailers").Role == policy.RoleProcessor
		}},
		{says: "the account holds the name, phone, email and, if the customer gives them, gender and date of birth", typed: func(p *policy.Policy) bool { return len(p.Category("account").Items) == 4 }},
		{says: "the company keeps the products viewed, the basket, favourites and the sizes chosen", typed: func(p *policy.Policy) bool { return p.Purpose("account").Uses(p.Category("preferences")) }},
		{says: "an order needs the recipient's name and phone and the address or pickup point, and cannot be delivered without them", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("delivery")) && strings.Contains(p.Purpose("orders").Required, "cannot")
		}},
		{says: "a customer may have an order delivered to someone else, having that person's consent to give their name and phone", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "orders are delivered by the company's own couriers, who wait while the customer tries the goods on, and by partner delivery services and pickup points acting on its instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && recipient(p, "couriers").Purpose != ""
		}},
		{says: "goods of partner sellers are shipped by those sellers, who receive the order and the recipient's details", typed: func(p *policy.Policy) bool {
			return recipient(p, "sellers").Role == policy.RoleThirdParty && slices.Contains(recipient(p, "sellers").Categories, p.Category("delivery"))
		}},
		{says: "card payments go through the bank's payment page, and the company never receives the card details", typed: func(p *policy.Policy) bool {
			return recipient(p, "banks") != nil && p.NotCollected[0].Category == p.Category("orders")
		}},
		{says: "a customer who pays in parts has the order passed to the partner that offers it", typed: func(p *policy.Policy) bool {
			return recipient(p, "parts").Conditional && recipient(p, "parts").Role == policy.RoleThirdParty
		}},
		{says: "receipts are issued through a fiscal data operator, as the law on cash registers requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil
		}},
		{says: "returns are accepted as the consumer protection law and the rules for distance selling require", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("receipts").Obligations) == 4
		}},
		{says: "orders and receipts are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "delivery data is kept for three years after the order, the limitation period for claims", typed: func(p *policy.Policy) bool {
			r := p.Category("delivery").Retention
			return r.Period == policy.Years(3) && r.From == policy.EventContractEnd
		}},
		{says: "a customer's level, and whether delivery and try-on are free, are set automatically from purchases and the share of ordered items kept", typed: func(p *policy.Policy) bool {
			return p.Purpose("status").Automated != "" && slices.Contains(p.Category("buyout").DerivedFrom, p.Category("orders"))
		}},
		{says: "a customer may object to that decision and have it reviewed by customer service", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightNoAutomatedDecision) && strings.Contains(p.Purpose("status").Automated, "object")
		}},
		{says: "the company may cancel orders or block an account used for fraud or for ordering with no intention to buy, and an employee decides it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("abuse").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && s.Automated == policy.AnswerNo
		}},
		{says: "the customer can contest a blocked account by writing to customer service", typed: func(p *policy.Policy) bool { return p.Purpose("abuse").Suspension.Contest != "" }},
		{says: "calls to customer service are recorded after a warning, to resolve disputes and check the quality of service", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "reviews are published with the customer's first name, and photos of people only with their consent", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityOptional && p.Purpose("reviews").ImageConsent
		}},
		{says: "a customer can delete a review, which ends its publication", typed: func(p *policy.Policy) bool { return p.Purpose("reviews").Withdraw != "" }},
		{says: "products are recommended from what the customer viewed and bought, and the rules for recommendation technologies are published", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Links.Recommendations != ""
		}},
		{says: "advertising and personal offers are sent by email, SMS and push only with the customer's consent, as the law on advertising requires", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.RestsOn(policy.BasisConsent, policy.FZ152) && len(m.ConsentRequiredBy) == 1
		}},
		{says: "that consent is given by a box that is not ticked in advance, is recorded, and can be withdrawn in the settings, by the link in each email or by writing", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.ConsentMethod == policy.ConsentMethodCheckbox && m.ConsentLogged && m.Withdraw != ""
		}},
		{says: "the website uses session cookies, Yandex Metrica and advertising pixels, and the app AppMetrica", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "appmetrica").Technology == policy.TechnologySDK && cookie(p, "pixels").Provider == recipient(p, "ads")
		}},
		{says: "a visitor who does not want analytics and advertising cookies can turn them off in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "metrica").Consent == policy.CookieConsentOptOut && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "with the phone's permission the app uses its location to offer the nearest pickup points", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("orders").Uses(p.Category("location"))
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "push notifications reach the app through the services of Apple and Google in the US, which receive only the push token", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == regionUS && t.Recipient == recipient(p, "push") && t.Note != ""
		}},
		{says: "the company does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to courts and authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "a customer who deletes the account has its data destroyed within 30 days, except orders and receipts the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventDeletionRequest && p.Deletion[1].Keeps(policy.KeptLegalObligation)
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "customers have the rights of Art. 14 to 17, to withdraw consent and to complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "a request states the identity document, the details of the relationship with the company and the signature, and may be signed electronically", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Contents) == 4
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10) && p.Requests.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19, and reports a breach to Roskomnadzor within 24 hours and its results within 72", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertifiedTools) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the store is for adults, and the company does not knowingly collect children's data", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.Note != ""
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "by placing an order or signing up the customer gives consent to processing for the purposes of this policy", free: toIntroduction},
		{says: "the customer keeps the code from the SMS message secret and lets no one else use the account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "the customer answers for the accuracy of the data given", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
	}}
}

// rostelecom paraphrases, in our own words and as we recall it, the
// policy of PJSC Rostelecom on the processing of personal data, as
// published in 2024-2025: a company-wide policy that covers subscribers
// of fixed telephony, home internet, television and mobile services, the
// users of its public Wi-Fi, whom the law requires to be identified, the
// viewers of its Wink video service, the secrecy of communications and
// the storage of information on communications and their content under
// Federal Law No. 374-FZ, the company's employees, job applicants,
// shareholders and the representatives of its counterparties, visitors to
// its offices; the state information systems it runs on the state's behalf
// as their technical operator, which the policy leaves to their
// operators; roaming and international calls; and the rights and
// requests of 152-FZ.
func rostelecom() realPolicy {
	all := policy.Actions()
	comms := "Federal Law No. 126-FZ “On Communications”"
	subscriber := &policy.Category{ID: "subscriber", Name: "Subscriber data", Items: []string{"surname, first name and patronymic", "date and place of birth", "details of the identity document", "registration address", "the address where services are provided", "the number of the contract and of the personal account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Unified Identification and Authentication System (Gosuslugi), when a subscriber concludes the contract online",
		Retention:    policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"contact phone number", "email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	traffic := &policy.Category{ID: "traffic", Name: "Information on the communication services provided", Items: []string{"numbers called and calling", "date, time and duration of calls and sessions", "IP addresses assigned and the volume of data transferred", "for mobile subscribers, the base stations the device connected to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.AsRequiredBy(comms + ", Art. 64(1)(1): three years"), Linked: true,
		Secrecy: policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{{Act: comms + ", Art. 63", Region: regionRU}}}}
	content := &policy.Category{ID: "content", Name: "Content of communications", Items: []string{"voice of calls", "text messages", "other messages and data transmitted"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy(comms + ", Art. 64(1)(2), and the Government's rules on storing it: up to six months"), Linked: true,
		Secrecy: policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{{Act: comms + ", Art. 63", Region: regionRU}}}}
	billing := &policy.Category{ID: "billing", Name: "Charges and payments", Items: []string{"the tariff and services connected", "charges, payments and the balance of the personal account", "debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "banks and payment agents that accept payments",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	equipment := &policy.Category{ID: "equipment", Name: "Equipment and line data", Items: []string{"MAC addresses and serial numbers of the router, the optical terminal and the set-top box", "the port and line the subscriber is connected to", "the state of the connection"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Until(policy.EventContractEnd), Linked: true}
	wifi := &policy.Category{ID: "wifi", Name: "Public Wi-Fi identification data", Items: []string{"the phone number confirmed by a code, or the Gosuslugi account used to sign in", "the MAC address of the device", "the time of the sessions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.AsRequiredBy(comms + ", Art. 64(1)(1): three years"), Linked: true}
	viewing := &policy.Category{ID: "viewing", Name: "Viewing in Wink", Items: []string{"channels, films and series watched and for how long", "purchases and subscriptions", "profiles, ratings and favourites"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Calls and messages to the contact centre", Items: []string{"recordings of calls", "chat messages", "applications and complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to check the quality of service and to settle disputes about the subscriber's instructions"), Linked: true}
	web := &policy.Category{ID: "web", Name: "Technical data of the website and the apps", Items: []string{"IP address", "cookie identifiers", "device identifiers", "actions on the website, in the personal account and in the apps"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	staff := &policy.Category{ID: "staff", Name: "Employee data", Items: []string{"surname, first name and patronymic", "passport details, INN and SNILS", "education, qualifications and work history", "family members, where the law grants benefits for them", "salary and bank details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("Federal Law No. 125-FZ “On Archival Affairs in the Russian Federation” and the list of standard archival documents: 50 years for personnel records")}
	health := &policy.Category{ID: "health", Name: "Employees' fitness for work", Items: []string{"the results of the medical examinations that the labour law requires for certain jobs", "certificates of temporary incapacity for work"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "medical organisations that examine employees and the Social Fund of Russia",
		Retention: policy.AsRequiredBy("the Labour Code of the Russian Federation and the list of standard archival documents"), Linked: true}
	applicants := &policy.Category{ID: "applicants", Name: "Applicants' data", Items: []string{"the CV and what it states", "contact details", "the results of interviews"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourcePublic}, SourceDetail: "job sites on which the applicant publishes a CV",
		Retention: policy.Keep(policy.Days(30), policy.EventPurposeAchieved), Linked: true}
	partners := &policy.Category{ID: "partners", Name: "Counterparties' representatives", Items: []string{"surname, first name and patronymic", "position", "work phone and email", "the power of attorney"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the counterparty the representative acts for",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	visitors := &policy.Category{ID: "visitors", Name: "Office visitors", Items: []string{"surname, first name and patronymic for a pass", "images recorded by cameras in offices and shops"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}

	dealers := &policy.Recipient{ID: "dealers", Name: "agents, contact centres and installers that conclude contracts, connect and serve subscribers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{subscriber, contact, equipment, billing}, Purpose: "to conclude contracts, install equipment and answer subscribers on the company's instructions", Country: regionRU}
	esia := &policy.Recipient{ID: "esia", Name: "the operator of the Unified Identification and Authentication System (Ministry of Digital Development)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{subscriber, wifi}, Purpose: "to confirm a subscriber's identity and to identify users of public Wi-Fi who sign in through Gosuslugi", Country: regionRU}
	authorities := &policy.Recipient{ID: "authorities", Name: "state bodies conducting operational-search activities or ensuring the security of the Russian Federation", Role: policy.RoleAuthority,
		Categories: []*policy.Category{subscriber, traffic, content, wifi}, Purpose: "in the cases laid down by federal law", Country: regionRU}
	payments := &policy.Recipient{ID: "payments", Name: "banks and payment agents", Role: policy.RoleThirdParty, Categories: []*policy.Category{billing},
		Purpose: "to accept payments for services", Country: regionRU}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{subscriber, contact, billing},
		Purpose: "a subscriber's debt is overdue and the company engages an agency to recover it", Country: regionRU, Conditional: true}
	foreign := &policy.Recipient{ID: "foreign", Name: "foreign communication operators", Role: policy.RoleThirdParty, Categories: []*policy.Category{subscriber, traffic},
		Purpose: "to serve subscribers in roaming and to connect international calls"}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{web}, Country: regionRU}
	funds := &policy.Recipient{ID: "funds", Name: "the Social Fund of Russia, the Federal Tax Service and the military commissariats", Role: policy.RoleAuthority,
		Categories: []*policy.Category{staff, health}, Purpose: "as the labour, tax, social insurance and military registration laws require", Country: regionRU}

	contract := &policy.Purpose{ID: "contract", Name: "Concluding and performing contracts for communication and television services, with billing and settlements", Categories: []*policy.Category{subscriber, contact, traffic, billing, equipment},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{dealers, esia, payments},
		Obligations: []policy.Obligation{{Act: comms + ", Art. 44 and 53", Region: regionRU},
			{Act: "the Government's rules for the provision of telephone, data transmission and telematic communication services", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "the law allows the contract to be concluded only with a subscriber who gives the details of an identity document; without them the services cannot be provided"}
	sorm := &policy.Purpose{ID: "sorm", Name: "Storing information on communications and their content, and providing it to the authorised state bodies", Categories: []*policy.Category{subscriber, traffic, content, wifi},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: comms + ", Art. 64 (as amended by Federal Law No. 374-FZ of 6 July 2016)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers, policy.DataSubjectThirdParties},
		Actions:     []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionStorage, policy.ActionTransfer, policy.ActionDestruction}, Method: policy.ProcessingMethodAutomated}
	hotspots := &policy.Purpose{ID: "wifi", Name: "Identifying the users of public Wi-Fi networks", Categories: []*policy.Category{wifi},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{esia},
		Obligations: []policy.Obligation{{Act: "the Rules for the provision of telematic communication services, as amended by Government Decree No. 758 of 31 July 2014 (identification of users of public networks)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "the network gives access only once the user is identified by a phone number confirmed by a code or through Gosuslugi"}
	debts := &policy.Purpose{ID: "debts", Name: "Recovering subscribers' overdue debts", Categories: []*policy.Category{subscriber, contact, billing},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{collectors},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment}, Automated: policy.AnswerYes, Contest: "by paying the balance or calling us"}}
	wink := &policy.Purpose{ID: "wink", Name: "Providing Wink and recommending films, series and channels", Categories: []*policy.Category{subscriber, viewing},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "Answering calls, chats and complaints and checking the quality of service", Categories: []*policy.Category{subscriber, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "checking the quality of service and proving what the subscriber asked for",
		Recipients: []*policy.Recipient{dealers},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending advertising of the company's and its partners' services", Categories: []*policy.Category{subscriber, contact, billing, viewing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the personal account, by calling the contact centre or by a written application", OptOut: true, Profiling: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}, {Act: comms + ", Art. 44.1", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website, the personal account and the apps are used", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie banner or in the browser's settings", OptOut: true, ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	hr := &policy.Purpose{ID: "hr", Name: "Concluding and performing employment contracts and keeping personnel records", Categories: []*policy.Category{staff, health},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract, policy.BasisEmploymentLaw}, Recipients: []*policy.Recipient{funds},
		Obligations: []policy.Obligation{{Act: "the Labour Code of the Russian Federation", Region: regionRU}, {Act: "the Tax Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 27-FZ on individual records in the compulsory pension insurance system", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectEmployees, policy.DataSubjectFormerEmployees, policy.DataSubjectRelatives}, Actions: all, Method: policy.ProcessingMethodMixed}
	hiring := &policy.Purpose{ID: "hiring", Name: "Considering applicants for vacancies", Categories: []*policy.Category{applicants},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to the company's HR service", ConsentMethod: policy.ConsentMethodCheckbox,
		Subjects: []policy.DataSubject{policy.DataSubjectApplicants}, Actions: all, Method: policy.ProcessingMethodMixed}
	deals := &policy.Purpose{ID: "counterparties", Name: "Concluding and performing contracts with suppliers and business customers", Categories: []*policy.Category{partners},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "dealing with the organisations the representatives act for",
		Subjects: []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	premises := &policy.Purpose{ID: "premises", Name: "Issuing passes and keeping offices and shops safe with video surveillance", Categories: []*policy.Category{visitors},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of employees, visitors and property",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	roaming := &policy.Purpose{ID: "roaming", Name: "Providing mobile services in roaming and connecting international calls", Categories: []*policy.Category{subscriber, traffic},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{foreign},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "14 Sinopskaya Embankment, letter A, Saint Petersburg, 191167, Russia"
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "PJSC Rostelecom", Email: "pd@rostelecom.example", Phone: "8 800 100-08-00", Address: address},
			Country: regionRU, Registration: "OGRN 1027700198767, INN 7707049388, licences to provide communication services"},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "pd@rostelecom.example"},
		URL:         "https://rostelecom.example/about/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.March, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyOthersInformed},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Constitution of the Russian Federation", Region: regionRU},
			{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "the Labour Code of the Russian Federation", Region: regionRU},
			{Act: "the Tax Code of the Russian Federation", Region: regionRU},
			{Act: comms, Region: regionRU},
			{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU},
			{Act: "Federal Law No. 208-FZ “On Joint-Stock Companies”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "the company's licences and charter"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination,
			policy.DefinitionProvision, policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem, policy.DefinitionCrossBorderTransfer},
		Scope: []string{"the company's communication and television services", "the website rt.ru, the personal account and the apps", "the Wink video service"},
		CustomerData: policy.CustomerData{Customers: "the federal executive bodies that operate those systems",
			Data: "the data of the users of the state information systems that the company runs as their technical operator, such as the Gosuslugi portal and the Unified Identification and Authentication System"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{subscriber, contact, traffic, content, billing, equipment, wifi, viewing, calls, web, staff, health, applicants, partners, visitors},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric, Note: "Video recordings in offices and shops are not used to identify anyone."},
		},
		Purposes:   []*policy.Purpose{contract, sorm, hotspots, debts, wink, support, marketing, analytics, hr, hiring, deals, premises, roaming},
		Recipients: []*policy.Recipient{dealers, esia, authorities, payments, collectors, foreign, metrica, funds},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: foreign, Categories: []*policy.Category{subscriber, traffic}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationAddressee, Recipient: foreign, Categories: []*policy.Category{traffic}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Destruction is recorded in an act and in an extract from the log of events in the information system."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{applicants, viewing, web}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventContractEnd, policy.EventConsentWithdrawal, policy.EventConsentExpiry, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: contract, Categories: []*policy.Category{web},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: fz152Rights("in the personal account, at a service office with a passport, or by a written request to the company's address"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents:    []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature},
			RepeatAfter: policy.Days(30)},
		Security: append(fz152Security(), policy.Measure{Name: "a licence of the FSTEC of Russia for the technical protection of confidential information"}),
		Links:    policy.Links{Recommendations: "https://wink.example/recommendation-rules"},
		Children: policy.Children{MinimumAge: 18, ParentalConsent: true, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionParentalControls},
			Note: "Contracts are concluded with adults; a child watches Wink in a child profile of a parent's account."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "pd@rostelecom.example", Phone: "8 800 100-08-00", Address: address},
	}
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Hours(24), Results: policy.Hours(72)}
	return realPolicy{"telecom operator (Rostelecom)", p, []statement{
		{says: "the operator is PJSC Rostelecom, registered in Saint Petersburg, named with its OGRN, INN and communication licences", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "OGRN") && strings.Contains(p.Controller.Address, "Saint Petersburg")
		}},
		{says: "the company has appointed a person responsible for organising the processing of personal data", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy opens with the terms of Art. 3 of the law", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 10 }},
		{says: "the policy covers the company's communication and television services, the website, the personal account, the apps and Wink", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the company processes data under the Constitution, the Civil, Labour and Tax Codes, the laws on communications, information, joint-stock companies and advertising, and its licences and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 9
		}},
		{says: "processing is lawful and fair, limited to its purposes, proportionate, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool {
			return len(p.Principles) == 7 && slices.Contains(p.Principles, policy.PrincipleProportionality)
		}},
		{says: "as technical operator of state information systems such as Gosuslugi the company processes their users' data on the instructions of the state bodies that operate them, and this policy does not cover it", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.Customers != ""
		}},
		{says: "to conclude a contract the company collects the name, date and place of birth, identity document, registration address and the address of the services", typed: func(p *policy.Policy) bool {
			return len(p.Category("subscriber").Items) == 6 && p.Purpose("contract").Uses(p.Category("subscriber"))
		}},
		{says: "the law on communications requires the subscriber's identity document, and without it no services are provided", typed: func(p *policy.Policy) bool {
			c := p.Purpose("contract")
			return c.RestsOn(policy.BasisLegalObligation, policy.FZ152) && c.Required != "" && len(c.Obligations) == 2
		}},
		{says: "a subscriber who concludes a contract online confirms the identity through Gosuslugi", typed: func(p *policy.Policy) bool {
			return p.Category("subscriber").SourceDetail != "" && recipient(p, "esia").Role == policy.RoleAuthority
		}},
		{says: "agents, contact centres and installers act on the company's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "dealers").Role == policy.RoleProcessor }},
		{says: "the company records the numbers, times and duration of calls and sessions, the IP addresses assigned and the data transferred", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("traffic").Sources, policy.SourceAutomatic) && len(p.Category("traffic").Items) == 4
		}},
		{says: "that information and the content of communications are a secret of communications under Art. 63 of the law on communications", typed: func(p *policy.Policy) bool {
			return p.Category("traffic").Secrecy.Kind == policy.SecrecyCommunications && p.Category("content").Secrecy.Kind == policy.SecrecyCommunications
		}},
		{says: "information on communications is kept for three years and their content for up to six months, as Federal Law No. 374-FZ requires", typed: func(p *policy.Policy) bool {
			return p.Category("traffic").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("content").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "that information is provided to the bodies conducting operational-search activities or ensuring security, in the cases laid down by federal law", typed: func(p *policy.Policy) bool {
			return p.Purpose("sorm").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "authorities").Role == policy.RoleAuthority
		}},
		{says: "users of public Wi-Fi are identified by a phone number confirmed by a code or through Gosuslugi, as the Government's rules require, and get no access otherwise", typed: func(p *policy.Policy) bool {
			w := p.Purpose("wifi")
			return w.RestsOn(policy.BasisLegalObligation, policy.FZ152) && w.Required != "" && slices.Contains(w.Subjects, policy.DataSubjectUsers)
		}},
		{says: "the company keeps the identifiers of the router, terminal and set-top box and the line a subscriber is connected to", typed: func(p *policy.Policy) bool {
			return p.Purpose("contract").Uses(p.Category("equipment"))
		}},
		{says: "charges and payments are kept for five years under the accounting law, and payments are accepted by banks and payment agents", typed: func(p *policy.Policy) bool {
			return p.Category("billing").Retention.Kind == policy.RetentionRequiredByLaw && recipient(p, "payments").Role == policy.RoleThirdParty
		}},
		{says: "overdue debts may be passed to collection agencies", typed: func(p *policy.Policy) bool { return recipient(p, "collectors").Conditional }},
		{says: "Wink recommends films, series and channels from what the viewer watches, and the rules for its recommendation technologies are published", typed: func(p *policy.Policy) bool {
			return p.Purpose("wink").Profiling && p.Links.Recommendations != ""
		}},
		{says: "calls to the contact centre are recorded after a warning, to check the quality of service", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "advertising is sent only with the subscriber's consent, as the laws on advertising and communications require, and the consent can be withdrawn in the personal account or by calling", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 2 && m.Withdraw != ""
		}},
		{says: "offers are chosen from the services connected, the charges and what is watched", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").Profiling && p.Purpose("marketing").Uses(p.Category("viewing"))
		}},
		{says: "the website uses session cookies without consent and Yandex Metrica with consent given in the cookie banner", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptIn &&
				p.Purpose("analytics").ConsentMethod == policy.ConsentMethodConsentTool
		}},
		{says: "employees' data is processed under the Labour and Tax Codes and the law on pension records, and passed to the Social Fund, the tax service and military commissariats", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("hr").Obligations) == 3 && recipient(p, "funds").Role == policy.RoleAuthority
		}},
		{says: "data on employees' health is processed only as the labour law requires", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial && p.Purpose("hr").RestsOn(policy.BasisEmploymentLaw, policy.FZ152)
		}},
		{says: "personnel records are kept for 50 years under the archival law", typed: func(p *policy.Policy) bool {
			return p.Category("staff").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "an applicant's CV is considered with consent and destroyed within 30 days once the vacancy is filled", typed: func(p *policy.Policy) bool {
			return p.Purpose("hiring").RestsOn(policy.BasisConsent, policy.FZ152) && p.Category("applicants").Retention.Period == policy.Days(30)
		}},
		{says: "the company processes the names and contacts of its counterparties' representatives to deal with those organisations", typed: func(p *policy.Policy) bool {
			return p.Purpose("counterparties").Interest != "" && slices.Contains(p.Category("partners").Sources, policy.SourceThirdParty)
		}},
		{says: "visitors to offices get passes, and offices and shops are under video surveillance, which is not used to identify anyone", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("premises").Subjects, policy.DataSubjectPremisesVisitors) && p.NotCollected[0].Class == policy.DataClassBiometric
		}},
		{says: "in roaming and for international calls, foreign operators receive the data needed to connect them, in the country the subscriber travels to or calls", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[1].ChosenDestination == policy.ChosenDestinationAddressee
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to state bodies only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn, and destruction is recorded in an act and an extract from the event log", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) == 2 && p.Deletion[0].Note != "" && p.Deletion[1].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, the contract ends, consent is withdrawn or expires, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 6
		}},
		{says: "data subjects have the rights of Art. 14 to 17, exercised in the personal account, at a service office or in writing", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the contract and the signature, may be signed electronically, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the same information may be asked for again only after 30 days, unless the first answer was incomplete", typed: func(p *policy.Policy) bool {
			return p.Requests.RepeatAfter == policy.Days(30)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and holds a FSTEC licence for the technical protection of confidential information", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return strings.Contains(m.Name, "FSTEC") })
		}},
		{says: "a breach is reported to Roskomnadzor within 24 hours and the results of its investigation within 72 hours", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Results == policy.Hours(72) })
		}},
		{says: "contracts are concluded with adults, and children watch Wink in a child profile under parental control", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "the current version is published on the website and takes effect when published", typed: func(p *policy.Policy) bool { return p.URL != "" && p.Changes.EffectiveOnPosting }},
		{says: "a CV may also come from a job site on which the applicant published it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("applicants").Sources, policy.SourcePublic) && p.Category("applicants").SourceDetail != ""
		}},
		{says: "questions about personal data go to the company by email, by phone or by post to its registered address", typed: func(p *policy.Policy) bool {
			return p.Contact.Email != "" && p.Contact.Phone != "" && p.Contact.Address != ""
		}},
		// Free text.
		{says: "the company does not listen to calls or read messages, and their content is recorded only by the equipment the law requires", free: toCategory("content")},
		{says: "as a subject of the critical information infrastructure the company reports computer incidents to the state system for detecting computer attacks", free: toIntroduction},
		{says: "a subscriber who lets others use the services answers for telling them of the processing of their data", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyOthersInformed) }},
		{says: "the policy applies to all the processing of personal data by the company and its branches, whoever the data is about", free: toIntroduction},
		{says: "services are suspended automatically when the balance of the personal account is overdue, and resumed once it is paid", typed: func(p *policy.Policy) bool {
			s := p.Purpose("debts").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundNonPayment) && s.Automated == policy.AnswerYes
		}},
		{says: "shareholders' data comes from the registrar and nominee holders and is used to hold general meetings and pay dividends, as the law on joint-stock companies requires", free: toIntroduction},
	}}
}

// alfaBank paraphrases, in our own words and as we recall it, the policy
// on the processing of personal data of JSC Alfa-Bank, as published in
// 2024-2025: identification under the anti-money-laundering law with data
// confirmed through state information systems, salary projects whose
// employers give the bank their employees' data, loan applications taken
// in partner shops, banking secrecy, credit history bureaus and automated
// loan decisions, the Unified Biometric System, transfers by phone number
// through the Faster Payments System, the blocking of transfers suspected
// of being made without the customer's consent and the reports of them to
// the Bank of Russia, reports to the tax service, the bailiffs' orders the
// bank executes, deposit insurance, debt recovery, insurance taken out
// through the bank, advertising by consent, cookies, transfers abroad the
// customer orders and requests with the contents Art. 14(3) lists.
func alfaBank() realPolicy {
	all := policy.Actions()
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Federal Law No. 395-1 “On Banks and Banking Activity”, Art. 26", Region: regionRU}}}
	aml := "Federal Law No. 115-FZ, Art. 7(4) (5 years after the relationship with the customer ends)"
	identity := &policy.Category{ID: "identity", Name: "Identification data",
		Items:       []string{"surname, first name and patronymic", "date and place of birth", "citizenship", "passport details", "registration and residence address", "INN and SNILS"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "state information systems that confirm the passport and the INN, the Unified Identification and Authentication System (Gosuslugi), employers that open salary cards for their employees, and partner shops that take loan applications",
		Retention:    policy.AsRequiredBy(aml), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"mobile phone number", "email address", "postal address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "employers in salary projects",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	finance := &policy.Category{ID: "finance", Name: "Employment and income", Items: []string{"employer and position", "income", "property and family status, as given in a loan application"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Social Fund of Russia and the Federal Tax Service, where the customer asks for a statement of income through Gosuslugi, and employers in salary projects",
		Retention:    policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	operations := &policy.Category{ID: "operations", Name: "Accounts and operations", Items: []string{"account and card numbers", "balances", "payments and transfers, with their payers and payees", "loans, deposits and their repayment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceOtherUsers},
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	payee := &policy.Category{ID: "payee", Name: "Details shown to payers", Items: []string{"the first name, patronymic and initial of the surname of a customer who receives a transfer by phone number", "the bank the transfer goes to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	credit := &policy.Category{ID: "credit", Name: "Credit history", Items: []string{"the credit report", "the individual credit rating"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "credit history bureaus",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	biometric := &policy.Category{ID: "biometric", Name: "Biometric personal data", Items: []string{"facial image", "voice recording"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Biometric: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Calls and chats with the bank", Items: []string{"recordings of calls to and from the contact centre", "chat messages in Alfa-Online"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to prove the customer's instructions and to resolve disputes"), Linked: true}
	video := &policy.Category{ID: "video", Name: "Video recordings", Items: []string{"images recorded by cameras in offices and at ATMs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to investigate an incident in the office or at the ATM")}
	device := &policy.Category{ID: "device", Name: "Device and app data", Items: []string{"IP address", "the device's model, identifiers and operating system", "location, if allowed", "cookie identifiers", "actions in Alfa-Online and on the website"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}

	agents := &policy.Recipient{ID: "agents", Name: "the bank's representatives, courier services and partner shops acting as its agents", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, contact, finance}, Purpose: "to bring cards, sign contracts with customers and take loan applications on the bank's instructions", Country: regionRU}
	messaging := &policy.Recipient{ID: "messaging", Name: "SMS and push notification providers", Role: policy.RoleProcessor, Categories: []*policy.Category{contact}, Country: regionRU}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit history bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations, credit}, Country: regionRU}
	ebs := &policy.Recipient{ID: "ebs", Name: "the operator of the Unified Biometric System", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, biometric},
		Purpose: "to place the biometric samples in the Unified Biometric System, so that the customer can be identified remotely", Country: regionRU}
	rfm := &policy.Recipient{ID: "rfm", Name: "the Federal Financial Monitoring Service (Rosfinmonitoring)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, operations}, Country: regionRU}
	cbr := &policy.Recipient{ID: "cbr", Name: "the Bank of Russia", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations, device},
		Purpose: "to enter transfers made or attempted without the customer's consent in its database of such cases, and to supervise the bank", Country: regionRU}
	fts := &policy.Recipient{ID: "fts", Name: "the Federal Tax Service", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations},
		Purpose: "to report the opening and closing of accounts and, at its request, operations, as the Tax Code requires", Country: regionRU}
	bailiffs := &policy.Recipient{ID: "bailiffs", Name: "the Federal Bailiff Service", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations},
		Purpose: "a bailiff sends an enforcement document or a request about a debtor's accounts", Country: regionRU, Conditional: true}
	dia := &policy.Recipient{ID: "dia", Name: "the state corporation Deposit Insurance Agency", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "an insured event occurs and the Agency pays depositors their compensation from the register of the bank's obligations", Country: regionRU, Conditional: true}
	nspk := &policy.Recipient{ID: "nspk", Name: "JSC National Payment Card System, the operator of the Faster Payments System", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contact, operations, payee}, Purpose: "to route transfers by phone number between banks", Country: regionRU}
	employers := &policy.Recipient{ID: "employers", Name: "employers in salary projects", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations},
		Purpose: "to learn the number of the account to which they pay their employee's salary", Country: regionRU}
	insurers := &policy.Recipient{ID: "insurers", Name: "insurance companies whose policies the bank offers", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact},
		Purpose: "the customer takes out insurance through the bank", Country: regionRU, Conditional: true}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "a debt is overdue and the bank engages an agency or assigns the claim to it", Country: regionRU, Conditional: true}
	foreign := &policy.Recipient{ID: "foreign", Name: "foreign banks that receive the transfers the customer orders", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations}}

	account := &policy.Purpose{ID: "account", Name: "Opening and servicing accounts, cards and deposits, granting loans and making payments", Categories: []*policy.Category{identity, contact, operations, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agents, messaging},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "without identification data and a phone number the bank cannot open an account or conclude a contract"}
	salary := &policy.Purpose{ID: "salary", Name: "Issuing and servicing salary cards under the bank's contracts with employers", Categories: []*policy.Category{identity, contact, finance, operations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{employers},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	kyc := &policy.Purpose{ID: "kyc", Name: "Identifying customers, their representatives and beneficiaries, and countering money laundering and the financing of terrorism", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rfm},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”, Art. 7", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	tax := &policy.Purpose{ID: "tax", Name: "Reporting accounts to the tax authorities", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fts},
		Obligations: []policy.Obligation{{Act: "the Tax Code of the Russian Federation, Art. 86", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: []policy.Action{policy.ActionUse, policy.ActionTransfer, policy.ActionStorage}, Method: policy.ProcessingMethodAutomated}
	scoring := &policy.Purpose{ID: "scoring", Name: "Assessing creditworthiness and reporting to credit history bureaus", Categories: []*policy.Category{identity, finance, operations, credit},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegalObligation}, Withdraw: "by a written application in an office; data already reported stays in the credit history",
		ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 218-FZ “On Credit Histories”, Art. 5 and 6", Region: regionRU}},
		Automated:   "a decision on an application for a loan or a credit card, and on its limit, may be taken by the bank's models alone; the customer may object to it and have it reviewed by an employee",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	biometrics := &policy.Purpose{ID: "biometrics", Name: "Collecting biometric data and placing it in the Unified Biometric System", Categories: []*policy.Category{identity, biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in an office, in Alfa-Online or through the Gosuslugi portal", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true,
		Recipients: []*policy.Recipient{ebs}, OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "giving biometric data is voluntary, and a customer who refuses is served in every other way"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting transfers made without the customer's consent and protecting customers from fraud", Categories: []*policy.Category{identity, operations, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{cbr},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 161-FZ “On the National Payment System”, Art. 8(5.1)-(5.3) and 27(3)-(5)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetCard, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnauthorised}, Automated: policy.AnswerYes, Contest: "by calling the contact centre or in the chat in Alfa-Online"}}
	sbp := &policy.Purpose{ID: "sbp", Name: "Making and receiving transfers by phone number through the Faster Payments System", Categories: []*policy.Category{contact, operations, payee},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{nspk},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	bailiff := &policy.Purpose{ID: "enforcement", Name: "Executing enforcement documents and answering the bailiffs' requests", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bailiffs},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 229-FZ “On Enforcement Proceedings”, Art. 70", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	deposits := &policy.Purpose{ID: "deposits", Name: "Keeping the register of the bank's obligations to depositors for deposit insurance", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{dia},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 177-FZ “On the Insurance of Deposits in Banks of the Russian Federation”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	debts := &policy.Purpose{ID: "debts", Name: "Recovering overdue debts", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{collectors},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 230-FZ “On Protecting the Rights and Legitimate Interests of Natural Persons in the Recovery of Overdue Debts”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	insurance := &policy.Purpose{ID: "insurance", Name: "Taking out insurance through the bank", Categories: []*policy.Category{identity, contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to the bank or to the insurer", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Recipients: []*policy.Recipient{insurers},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "insurance is voluntary, and a loan is granted whether or not the customer takes it out"}
	support := &policy.Purpose{ID: "support", Name: "Answering calls and chats, and keeping evidence of the customer's instructions", Categories: []*policy.Category{identity, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "checking the quality of service and proving what the customer instructed",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cameras := &policy.Purpose{ID: "video", Name: "Keeping offices and ATMs safe with video surveillance", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of customers, employees and cash, and evidence of disputed cash operations",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Sending advertising of the bank's and its partners' products", Categories: []*policy.Category{contact, operations, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in Alfa-Online's settings, by calling the contact centre or in an office", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	personalise := &policy.Purpose{ID: "personalise", Name: "Analysing the use of the website and making it convenient", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by forbidding cookies in the browser's settings", OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	abroad := &policy.Purpose{ID: "abroad", Name: "Making the transfers abroad that the customer orders", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{foreign},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "27 Kalanchevskaya Street, Moscow, 107078, Russia"
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "JSC Alfa-Bank", Email: "pd@alfabank.example", Phone: "8 800 200-00-00", Address: address},
			Country: regionRU, Registration: "OGRN 1027700067328, INN 7728168971, Bank of Russia general banking licence No. 1326"},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "pd@alfabank.example"},
		URL:         "https://alfabank.example/about/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.June, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "the Tax Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 395-1 “On Banks and Banking Activity”", Region: regionRU},
			{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”", Region: regionRU},
			{Act: "Federal Law No. 218-FZ “On Credit Histories”", Region: regionRU},
			{Act: "Federal Law No. 161-FZ “On the National Payment System”", Region: regionRU},
			{Act: "Federal Law No. 177-FZ “On the Insurance of Deposits in Banks of the Russian Federation”", Region: regionRU},
			{Act: "Federal Law No. 572-FZ on identification with biometric personal data", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "the bank's licence and charter"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionCrossBorderTransfer},
		Scope:      []string{"the bank's offices and ATMs", "Alfa-Online", "the website alfabank.ru", "the contact centre"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{identity, contact, finance, operations, payee, credit, biometric, calls, video, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{account, salary, kyc, tax, scoring, biometrics, fraud, sbp, bailiff, deposits, debts, insurance, support, cameras, advertising, personalise, abroad},
		Recipients: []*policy.Recipient{agents, messaging, bureaus, ebs, rfm, cbr, fts, bailiffs, dia, nspk, employers, insurers, collectors, foreign},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationAddressee, Recipient: foreign, Categories: []*policy.Category{identity, operations},
			Safeguard: policy.SafeguardContractNecessity}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{biometric, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentExpiry, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: account, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and Yandex Metrica", Party: policy.PartyThird, ProviderName: "Yandex LLC", Purpose: personalise, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("in Alfa-Online, in an office or by a written request to the bank"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		Security: append(fz152Security(),
			policy.Measure{Name: "the protection of information in financial organisations under the Bank of Russia's standard GOST R 57580.1-2017"},
			policy.Measure{Kind: policy.MeasureCertification, Name: "the PCI DSS certification of the card processing"}),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret, policy.SafetyTipSuspiciousMessages},
		Children:   policy.Children{MinimumAge: 14, ParentalConsent: true, ConsentAge: 18},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "pd@alfabank.example", Phone: "8 800 200-00-00", Address: address},
	}
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Hours(24), Results: policy.Hours(72)}
	return realPolicy{"private bank (Alfa-Bank)", p, []statement{
		{says: "the operator is JSC Alfa-Bank in Moscow, named with its OGRN, INN and general banking licence", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "licence") && p.Controller.Country == regionRU
		}},
		{says: "the bank has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy opens by defining the operator, processing and the other terms of Art. 3 of the law", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 8 }},
		{says: "the bank processes data under the Civil and Tax Codes, the banking law, the laws on money laundering, credit histories, the payment system, deposit insurance, biometrics and advertising, and its licence and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 10
		}},
		{says: "the policy covers the offices and ATMs, Alfa-Online, the website and the contact centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "processing is lawful and fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "to identify a customer the bank collects the name, date and place of birth, citizenship, passport, address, INN and SNILS, and checks them against state information systems", typed: func(p *policy.Policy) bool {
			c := p.Category("identity")
			return len(c.Items) == 6 && slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "state information systems")
		}},
		{says: "accounts, cards, deposits, loans and payments are serviced under the contract with the customer, which cannot be concluded without identification data and a phone number", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.FZ152) && p.Purpose("account").Required != ""
		}},
		{says: "the bank identifies customers, their representatives and beneficiaries and reports operations to Rosfinmonitoring, as the anti-money-laundering law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "rfm").Role == policy.RoleAuthority
		}},
		{says: "identification data and operations are kept for five years after the relationship ends", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("operations").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "accounts, operations and credit histories are banking secrecy", typed: func(p *policy.Policy) bool {
			return p.Category("operations").Secrecy.Kind == policy.SecrecyBanking && p.Category("credit").Secrecy.Kind == policy.SecrecyBanking
		}},
		{says: "the bank also processes the data of people its customers name, such as payees and representatives", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("account").Subjects, policy.DataSubjectThirdParties) && slices.Contains(p.Category("operations").Sources, policy.SourceOtherUsers)
		}},
		{says: "an employer in a salary project gives the bank its employees' details to open their cards, and learns the account numbers to pay salaries", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("identity").SourceDetail, "employers") && p.Purpose("salary").Recipients[0] == recipient(p, "employers")
		}},
		{says: "loan applications are also taken in partner shops, which act as the bank's agents", typed: func(p *policy.Policy) bool {
			return recipient(p, "agents").Role == policy.RoleProcessor && strings.Contains(p.Category("identity").SourceDetail, "partner shops")
		}},
		{says: "cards are brought by the bank's representatives and couriers, and notifications are sent through SMS and push providers", typed: func(p *policy.Policy) bool {
			return recipient(p, "agents").Role == policy.RoleProcessor && recipient(p, "messaging").Role == policy.RoleProcessor
		}},
		{says: "the bank reports the opening and closing of accounts to the tax service, as the Tax Code requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("tax").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "fts").Role == policy.RoleAuthority
		}},
		{says: "for a loan the customer states employment and income, which may also come from the Social Fund and the tax service through Gosuslugi", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Uses(p.Category("finance")) && strings.Contains(p.Category("finance").SourceDetail, "Gosuslugi")
		}},
		{says: "with written consent the bank requests the credit report, and it reports loans to credit history bureaus as the law on credit histories requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("scoring")
			return s.ConsentMethod == policy.ConsentMethodWritten && s.RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "bureaus") != nil
		}},
		{says: "a decision on a loan or a credit card limit may be taken by the bank's models alone, and the customer may object and have it reviewed by an employee", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with written consent the bank collects a facial image and a voice recording and places them in the Unified Biometric System", typed: func(p *policy.Policy) bool {
			b := p.Purpose("biometrics")
			return p.Category("biometric").Biometric && b.RestsOn(policy.BasisExplicitConsent, policy.FZ152) && b.ConsentMethod == policy.ConsentMethodWritten && recipient(p, "ebs") != nil
		}},
		{says: "giving biometric data is voluntary, and the consent can be withdrawn in an office, in the app or through Gosuslugi, after which the data is destroyed within 30 days", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return p.Purpose("biometrics").Required != "" && p.Purpose("biometrics").Withdraw != "" && d.From == policy.EventConsentWithdrawal && d.Categories[0] == p.Category("biometric")
		}},
		{says: "the bank's systems check every transfer for signs that it is made without the customer's consent, and may suspend the transfer, block the card or suspend Alfa-Online", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && slices.Contains(s.Grounds, policy.SuspensionGroundUnauthorised) && len(s.Targets) == 3
		}},
		{says: "the customer can contest a suspended transfer by calling the bank or in the chat", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Suspension.Contest != "" }},
		{says: "the bank reports transfers made or attempted without consent to the Bank of Russia's database", typed: func(p *policy.Policy) bool {
			return recipient(p, "cbr").Role == policy.RoleAuthority && p.Purpose("fraud").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "transfers by phone number go through the Faster Payments System, whose operator routes them between banks", typed: func(p *policy.Policy) bool {
			return p.Purpose("sbp").RestsOn(policy.BasisContract, policy.FZ152) && recipient(p, "nspk").Role == policy.RoleThirdParty
		}},
		{says: "a payer sees the first name, patronymic and initial of the surname of the customer who receives the transfer", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("payee").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "the bank executes the enforcement documents and answers the requests of bailiffs", typed: func(p *policy.Policy) bool {
			return p.Purpose("enforcement").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "bailiffs").Conditional
		}},
		{says: "the bank keeps a register of its obligations to depositors, which goes to the Deposit Insurance Agency if an insured event occurs", typed: func(p *policy.Policy) bool {
			return p.Purpose("deposits").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "dia").Conditional
		}},
		{says: "overdue debts are recovered by the bank and by collection agencies within the law on debt recovery", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("debts").Obligations) == 1 && recipient(p, "collectors").Conditional
		}},
		{says: "a customer who takes out insurance through the bank agrees to the insurer receiving the data, and the loan does not depend on it", typed: func(p *policy.Policy) bool {
			i := p.Purpose("insurance")
			return i.RestsOn(policy.BasisConsent, policy.FZ152) && i.Required != "" && recipient(p, "insurers").Conditional
		}},
		{says: "calls to the contact centre are recorded after a warning, to check the quality of service and prove the customer's instructions", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "offices and ATMs are under video surveillance", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("video").Subjects, policy.DataSubjectPremisesVisitors)
		}},
		{says: "advertising is sent only with consent, as the law on advertising requires, is chosen from the customer's operations, and the consent can be withdrawn in the app, by calling or in an office", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.DirectMarketing && a.Profiling && len(a.ConsentRequiredBy) == 1 && a.Withdraw != ""
		}},
		{says: "the website uses session cookies and, unless the visitor forbids them in the browser, analytics cookies", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptOut
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "for a transfer abroad the payer's details go to the payee's bank in the country the customer chooses, as the contract requires", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationAddressee && t.Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "the bank does not process special categories of personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to courts, investigators and other authorities only in the cases the banking law lists", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool { return p.Deletion[0].Stages[0].Within == policy.Days(30) }},
		{says: "processing stops when the purpose is achieved, consent expires or is withdrawn, processing is found unlawful or the bank is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 5
		}},
		{says: "a customer has the rights of Art. 14 to 17, exercised in Alfa-Online, in an office or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the details of the contract and the signature, may be signed electronically, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the bank protects data with the measures of Art. 18.1 and 19, the Bank of Russia's standard on information security and PCI DSS", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return strings.Contains(m.Name, "GOST") })
		}},
		{says: "a breach is reported to Roskomnadzor within 24 hours and the results of its investigation within 72 hours", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the bank never asks for codes from SMS messages or the card's PIN; these must be kept secret, and suspicious calls and messages reported to the bank", typed: func(p *policy.Policy) bool {
			return len(p.SafetyTips) == 3 && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "a minor from 14 may have a card of their own with a parent's consent, and consents alone from 18", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ParentalConsent && p.Children.ConsentAge == 18
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "a parent may open a child's card for a child from 6, linked to the parent's own account and watched over in the parent's Alfa-Online", free: toIntroduction},
		{says: "a customer who gives the bank the data of another person, such as a representative or a guarantor, confirms having that person's consent", free: toPurpose("account")},
	}}
}
