package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// Three more Russian policies under 152-FZ, paraphrased as the others are:
// a quick grocery delivery service that sells from its own dark stores and
// delivers within minutes, an electronics retail chain with its loyalty
// programme, online shop, loans for purchases, repairs and trade-in, and a
// state-owned retail bank.

// ru13Samokat paraphrases, in our own words and as we recall it, the
// policy on the processing of personal data of Umny Retail LLC (ООО
// «Умный ритейл»), which runs the Samokat quick delivery service, as
// published in 2024-2025 (its registration numbers and exact address are
// left out, since we do not recall them exactly): an account in the app
// signed in to with a phone number or Sber ID, orders picked in the
// company's own dark stores and brought by couriers of partner delivery
// companies, goods of partner sellers such as pharmacies sold through the
// app, payment by card through the bank with only a token kept, receipts
// through the fiscal data operator, SberSpasibo bonuses and the SberPrime
// subscription, support and ratings, promo codes and their abuse, the
// rules for recommendation technologies, advertising by consent, cookies
// and app analytics, localisation in Russia and the rights of 152-FZ.
func ru13Samokat() realPolicy {
	all := policy.Actions()
	accounting := "Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"phone number", "first name", "email address, if given", "the Sber ID identifier, if used to sign in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Sber ID, when the customer signs in with it",
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery data", Items: []string{"the delivery address, with the entrance, floor, flat and door code", "the recipient's name and phone number, where the order is for someone else", "comments for the courier"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Orders", Items: []string{"the goods ordered, their prices and discounts", "the promo codes and bonuses used", "the dark store, date and time of the order", "electronic receipts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(accounting), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"the masked number and type of the bank card", "the token of the card that the payment provider issues", "the status of payments and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the bank and the payment provider that accept the payment",
		Retention: policy.AsRequiredBy(accounting), Linked: true}
	location := &policy.Category{ID: "location", Name: "Location of the device", Items: []string{"the location of the phone, to find the delivery address and the dark store that serves it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	support := &policy.Category{ID: "support", Name: "Requests to support", Items: []string{"messages in the app's chat, with the photos of damaged or missing goods", "recordings of calls to support", "complaints and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	ratings := &policy.Category{ID: "ratings", Name: "Ratings", Items: []string{"the rating of each order and of its courier", "comments on the goods and the delivery"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	preferences := &policy.Category{ID: "preferences", Name: "Preferences inferred from orders", Items: []string{"the goods a customer buys often", "the favourite goods and the searches", "the offers shown and used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived, policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie identifiers", "the device's model, operating system and advertising identifier", "the push token", "actions in the app and on the website"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	preferences.DerivedFrom = []*policy.Category{orders}

	couriers := &policy.Recipient{ID: "couriers", Name: "partner delivery companies and the couriers who work for them", Role: policy.RoleProcessor, Categories: []*policy.Category{account, delivery, orders},
		Purpose: "to bring orders from the dark store to the customer and call the recipient about them", Country: regionRU}
	sellers := &policy.Recipient{ID: "sellers", Name: "partner sellers, such as pharmacies, whose goods are sold through the app", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, delivery, orders},
		Purpose: "the customer orders goods a partner sells, which it sells, issues the receipt for and answers for as the seller", Country: regionRU, Conditional: true}
	banks := &policy.Recipient{ID: "banks", Name: "banks and payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders, payment},
		Purpose: "to accept payment by card or through the Faster Payments System and make refunds", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "the fiscal data operator", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "to pass receipts to the Federal Tax Service and send the customer the electronic receipt", Country: regionRU}
	sber := &policy.Recipient{ID: "sber", Name: "PJSC Sberbank, the operator of the SberSpasibo programme and the SberPrime subscription", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders}, Purpose: "the customer chooses to earn or spend SberSpasibo bonuses, or has free delivery with SberPrime", Country: regionRU, Conditional: true}
	mailers := &policy.Recipient{ID: "mailers", Name: "providers that send SMS messages, emails and push notifications", Role: policy.RoleProcessor, Categories: []*policy.Category{account, device}, Country: regionRU}
	hosting := &policy.Recipient{ID: "hosting", Name: "providers of data centres and cloud services in Russia", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, delivery, orders, device}, Purpose: "to host the service's systems on the company's instructions", Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	mytracker := &policy.Recipient{ID: "mytracker", Name: "VK LLC (myTracker)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	signUp := &policy.Purpose{ID: "account", Name: "Registering customers and keeping their accounts in the app", Categories: []*policy.Category{account, preferences},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers, hosting},
		Required: "an account needs a phone number confirmed by a code in an SMS message, or Sber ID; without it no order can be placed",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	fulfil := &policy.Purpose{ID: "orders", Name: "Taking orders, picking them in the dark store, delivering them and taking payment", Categories: []*policy.Category{account, delivery, orders, payment, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, sellers, banks, sber},
		Required: "an order needs the address and a phone number to call; without them it cannot be delivered",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing receipts and keeping accounts", Categories: []*policy.Category{orders, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”, Art. 1.2", Region: regionRU}, {Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	quality := &policy.Purpose{ID: "support", Name: "Answering requests, handling complaints and refunds and checking the quality of delivery", Categories: []*policy.Category{account, orders, support, ratings},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "resolving complaints about goods and deliveries and keeping the quality of the couriers' work",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	abuse := &policy.Purpose{ID: "abuse", Name: "Preventing fraud and the abuse of promo codes", Categories: []*policy.Category{account, orders, payment, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting the service and honest customers from fraudulent orders and from promo codes for new customers used again through new accounts",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "by writing to support in the app's chat"}}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending goods and arranging the catalogue for each customer", Categories: []*policy.Category{orders, preferences, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each customer first the goods they are likely to want", Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending advertising, promo codes and personal offers by SMS, email and push notifications", Categories: []*policy.Category{account, preferences},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's notification settings, with the link in each email or by writing to support", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the app and the website are used", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser or resetting the advertising identifier in the phone's settings", OptOut: true,
		Recipients: []*policy.Recipient{metrica, mytracker},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller:  policy.Controller{Contact: policy.Contact{Name: "Umny Retail LLC (ООО «Умный ритейл»)", Email: "privacy@samokat.example", Address: "Saint Petersburg, Russia"}, Country: regionRU},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "privacy@samokat.example"},
		URL:         "https://samokat.example/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.September, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”", Region: regionRU},
			{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU},
			{Act: "the user agreement of the Samokat service"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:      []string{"the Samokat mobile app", "the samokat.ru website"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, delivery, orders, payment, location, support, ratings, preferences, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "the full number and security code of the bank card", Category: payment, Note: "The customer enters them on the payment provider's page, and the service receives only a token and the masked number."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{signUp, fulfil, receipts, quality, abuse, recommend, marketing, analytics},
		Recipients:  []*policy.Recipient{couriers, sellers, banks, ofd, sber, mailers, hosting, metrica, mytracker},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, preferences, ratings}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookies the website needs to work", Party: policy.PartyFirst, Purpose: fulfil, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "sdk", Name: "AppMetrica", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "mytracker", Name: "myTracker", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: mytracker, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("in the app's support chat, by writing to privacy@samokat.example or to the company's postal address"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Links:                policy.Links{Recommendations: "https://samokat.example/recommendations"},
		Children:             policy.Children{MinimumAge: 18, Note: "Orders are placed by adults; the service does not knowingly collect data from children."},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "privacy@samokat.example"},
	}
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Hours(24), Results: policy.Hours(72)}
	return realPolicy{"quick grocery delivery (Samokat)", p, []statement{
		{says: "the operator is Umny Retail LLC in Saint Petersburg, which runs Samokat", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Умный ритейл") && strings.Contains(p.Controller.Address, "Saint Petersburg") && strings.Contains(p.Scope[0], "Samokat")
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the app and the website", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "the policy opens by defining the operator, processing and the other terms of the law", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 7 }},
		{says: "the company processes data under the Civil Code, the consumer protection law, the laws on advertising, cash registers and information, and its user agreement", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a customer signs in with a phone number confirmed by a code in an SMS message, or with Sber ID, and may give a name and email", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && strings.Contains(p.Category("account").SourceDetail, "Sber ID") && len(p.Category("account").Items) == 4
		}},
		{says: "an order needs the address with entrance, floor, flat and door code and a phone number, and cannot be delivered without them", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("delivery")) && p.Purpose("orders").Required != ""
		}},
		{says: "a customer may order for someone else, confirming that person's consent to give their name and phone", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "orders are picked in the company's dark stores and brought by couriers of partner delivery companies acting on its instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && slices.Contains(recipient(p, "couriers").Categories, p.Category("delivery"))
		}},
		{says: "goods of partner sellers such as pharmacies are sold through the app, and the seller receives the order and the recipient's details", typed: func(p *policy.Policy) bool {
			r := recipient(p, "sellers")
			return r.Role == policy.RoleThirdParty && r.Conditional && slices.Contains(r.Categories, p.Category("delivery"))
		}},
		{says: "payment by card or through the Faster Payments System is accepted by the bank and the payment provider, which also make refunds", typed: func(p *policy.Policy) bool {
			return recipient(p, "banks").Purpose != "" && slices.Contains(p.Category("payment").Sources, policy.SourceThirdParty)
		}},
		{says: "the company does not receive the full card number or its code, only a token and the masked number", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && p.NotCollected[0].Note != ""
		}},
		{says: "receipts go to the tax service through a fiscal data operator and to the customer, as the law on cash registers requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil && len(p.Purpose("receipts").Obligations) == 2
		}},
		{says: "orders, payments and receipts are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "delivery data is kept for three years after the order", typed: func(p *policy.Policy) bool {
			r := p.Category("delivery").Retention
			return r.Period == policy.Years(3) && r.From == policy.EventContractEnd
		}},
		{says: "a customer who chooses to earn or spend SberSpasibo bonuses, or has free delivery with SberPrime, has the order passed to Sberbank", typed: func(p *policy.Policy) bool {
			return recipient(p, "sber").Conditional && recipient(p, "sber").Role == policy.RoleThirdParty
		}},
		{says: "with the phone's permission the app uses its location to find the address and the dark store that serves it", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("orders").Uses(p.Category("location"))
		}},
		{says: "customers rate each order and its courier, and the ratings are used to check the quality of delivery", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("ratings")) && p.Purpose("support").Interest != ""
		}},
		{says: "a customer reports damaged or missing goods in the chat with photos, and calls to support are recorded after a warning", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && len(p.Category("support").Items) == 3
		}},
		{says: "requests and complaints are kept for three years after they are resolved", typed: func(p *policy.Policy) bool {
			r := p.Category("support").Retention
			return r.Period == policy.Years(3) && r.From == policy.EventPurposeAchieved
		}},
		{says: "the company may cancel orders or block accounts used for fraud or for using promo codes for new customers again", typed: func(p *policy.Policy) bool {
			s := p.Purpose("abuse").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud)
		}},
		{says: "a blocked customer can contest it by writing to support", typed: func(p *policy.Policy) bool { return p.Purpose("abuse").Suspension.Contest != "" }},
		{says: "goods are recommended and the catalogue arranged from what the customer bought and looked at", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && slices.Contains(p.Category("preferences").DerivedFrom, p.Category("orders"))
		}},
		{says: "the rules for the recommendation technologies the app uses are published, as the law on information requires", typed: func(p *policy.Policy) bool { return p.Links.Recommendations != "" }},
		{says: "advertising, promo codes and personal offers are sent only with consent, as the law on advertising requires", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.RestsOn(policy.BasisConsent, policy.FZ152) && len(m.ConsentRequiredBy) == 1
		}},
		{says: "the consent is given by a separate box, recorded, and withdrawn in the settings, by the link in an email or by writing to support", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.ConsentMethod == policy.ConsentMethodCheckbox && m.ConsentLogged && m.Withdraw != ""
		}},
		{says: "notifications are sent through SMS, email and push providers", typed: func(p *policy.Policy) bool {
			return recipient(p, "mailers").Role == policy.RoleProcessor && p.Purpose("account").Recipients[0] == recipient(p, "mailers")
		}},
		{says: "the website uses necessary cookies and Yandex Metrica, the app AppMetrica and myTracker", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "sdk").Technology == policy.TechnologySDK && cookie(p, "mytracker").Provider == recipient(p, "mytracker")
		}},
		{says: "a user can turn analytics off in the browser or reset the advertising identifier in the phone", typed: func(p *policy.Policy) bool {
			return cookie(p, "metrica").Consent == policy.CookieConsentOptOut && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia, in data centres there", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU && recipient(p, "hosting").Country == regionRU
		}},
		{says: "the company does not transfer data abroad", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 0 && !slices.ContainsFunc(p.Recipients, func(r *policy.Recipient) bool { return r.Country != regionRU })
		}},
		{says: "the company does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a customer by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "a customer can delete the account in the app, and its data is destroyed within 30 days, except what the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventAccountClosure && p.Deletion[1].Keeps(policy.KeptLegalObligation)
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "customers have the rights of Art. 14 to 17, may withdraw consent and complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "a request states the identity document, the details of the relationship and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Results == policy.Hours(72) })
		}},
		{says: "the service is for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "a new version takes effect when published in the app and on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "while an order is on its way the customer sees the courier's first name and position on a map", free: toPurpose("orders")},
		{says: "the customer answers for the accuracy of the data given and keeps it up to date in the app", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
	}}
}

// ru13MVideo paraphrases, in our own words and as we recall it, the policy
// on the processing of personal data of the company that runs the M.Video
// and Eldorado chains, as published in 2024-2025: the stores are run by
// MVM LLC (ООО «МВМ»), a subsidiary of PJSC M.Video, which the policy
// names as the operator (its registration numbers are left out, since we
// do not recall them exactly). It covers the stores, the online shops and
// the apps of both chains: the loyalty programmes with their bonus
// roubles and personal offers, orders with delivery or pickup, goods of
// partner sellers on the marketplace, loans and instalments from partner
// banks applied for at the checkout, repairs under warranty and quality
// checks through service centres, trade-in of old devices against the
// passport, reviews published under the name the customer chooses,
// recorded calls, video surveillance in stores, advertising by consent,
// cookies and advertising pixels, localisation in Russia and the rights
// of 152-FZ.
func ru13MVideo() realPolicy {
	all := policy.Actions()
	accounting := "Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"
	member := &policy.Category{ID: "member", Name: "Customer and programme member data",
		Items:       []string{"surname, first name and patronymic", "phone number", "email address", "date of birth", "the number of the loyalty card or of the virtual card in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(1)), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases and bonuses", Items: []string{"the goods bought, their prices and the services added", "the store or the online order, with its date", "bonus roubles earned and spent", "receipts and warranty documents"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Retention: policy.AsRequiredBy(accounting), Linked: true}
	segments := &policy.Category{ID: "segments", Name: "Interests inferred from purchases and browsing", Items: []string{"the kinds of goods a customer buys and looks at", "the customer's level in the programme", "the personal offers and their use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery and installation data", Items: []string{"the delivery address", "the recipient's name and phone number", "the time agreed for delivery or installation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	loan := &policy.Category{ID: "loan", Name: "Loan and instalment applications", Items: []string{"passport details", "registration address", "employer, position and income", "the banks' decisions on the application"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the partner banks that decide on the application",
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	repairs := &policy.Category{ID: "repairs", Name: "Repairs and quality checks", Items: []string{"the device's model and serial number or IMEI", "the fault the customer describes", "the results of the check and the repair"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the service centres that check and repair the goods",
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	tradein := &policy.Category{ID: "tradein", Name: "Trade-in data", Items: []string{"passport details", "the device handed in, with its serial number or IMEI", "the price offered for it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy(accounting), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews of goods", Items: []string{"the text, rating and photos of the review", "the name under which it is published"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Requests to the contact centre", Items: []string{"recordings of calls", "messages in the chat on the website and in the app", "claims about goods and their answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	video := &policy.Category{ID: "video", Name: "Video surveillance in stores", Items: []string{"images of people in the sales areas, at the checkouts and at the pickup points"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie identifiers", "the device's model, operating system and advertising identifier", "the pages and goods viewed and the basket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	segments.DerivedFrom = []*policy.Category{purchases, device}

	couriers := &policy.Recipient{ID: "couriers", Name: "delivery services and installers", Role: policy.RoleProcessor, Categories: []*policy.Category{member, delivery},
		Purpose: "to deliver goods and install or connect them on the company's instructions", Country: regionRU}
	sellers := &policy.Recipient{ID: "sellers", Name: "partner sellers on the marketplace", Role: policy.RoleThirdParty, Categories: []*policy.Category{member, delivery, purchases},
		Purpose: "the customer buys goods a partner sells, which it sells and answers for as the seller", Country: regionRU, Conditional: true}
	banks := &policy.Recipient{ID: "banks", Name: "partner banks that grant loans and instalments for purchases", Role: policy.RoleThirdParty, Categories: []*policy.Category{member, loan},
		Purpose: "the customer applies for a loan or an instalment plan for a purchase", Country: regionRU, Conditional: true}
	payments := &policy.Recipient{ID: "payments", Name: "banks and payment providers that accept payments", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases},
		Purpose: "to accept payment online and make refunds", Country: regionRU}
	centres := &policy.Recipient{ID: "centres", Name: "manufacturers' authorised service centres", Role: policy.RoleThirdParty, Categories: []*policy.Category{member, repairs},
		Purpose: "to check and repair goods under the warranty", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "the fiscal data operator", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases},
		Purpose: "to pass receipts to the Federal Tax Service and send the customer the electronic receipt", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "providers that send SMS messages, emails and push notifications", Role: policy.RoleProcessor, Categories: []*policy.Category{member, device}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	ads := &policy.Recipient{ID: "ads", Name: "advertising platforms", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "to show the chains' advertising on other websites and apps and to measure it", Country: regionRU}

	programme := &policy.Purpose{ID: "programme", Name: "Running the loyalty programmes: registering members, earning and spending bonus roubles", Categories: []*policy.Category{member, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers}, MinimumAge: 18,
		Required: "a member joins with a phone number confirmed by a code; without it the card cannot be issued, and the customer can still buy without it",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	offers := &policy.Purpose{ID: "offers", Name: "Choosing personal offers and recommending goods", Categories: []*policy.Category{member, purchases, segments, device},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	sales := &policy.Purpose{ID: "sales", Name: "Selling goods and services in stores and online, with delivery, pickup and installation", Categories: []*policy.Category{member, purchases, delivery},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, sellers, payments},
		Required: "an online order needs a name and a phone number, and delivery needs the address; without them the order cannot be placed or delivered",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing receipts and keeping accounts", Categories: []*policy.Category{purchases, tradein},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”", Region: regionRU}, {Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	credit := &policy.Purpose{ID: "credit", Name: "Passing applications for loans and instalments to partner banks", Categories: []*policy.Category{member, loan},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Withdraw: "by writing to the company or to the bank", OptOut: true,
		Recipients: []*policy.Recipient{banks}, MinimumAge: 18,
		Required: "a loan is voluntary, and the customer can pay for the goods in any other way",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	warranty := &policy.Purpose{ID: "warranty", Name: "Accepting claims about goods, checking their quality and having them repaired under the warranty", Categories: []*policy.Category{member, purchases, repairs},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{centres},
		Obligations: []policy.Obligation{{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”, Art. 18 to 22", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	exchange := &policy.Purpose{ID: "tradein", Name: "Buying the customer's old devices for trade-in", Categories: []*policy.Category{member, tradein},
		Bases: []policy.Basis{policy.BasisContract}, Required: "the passport details go into the contract by which the company buys the device; without them the device cannot be accepted",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	publish := &policy.Purpose{ID: "reviews", Name: "Publishing customers' reviews of goods", Categories: []*policy.Category{member, reviews},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Withdraw: "by deleting the review in the account or by writing to the company", OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	support := &policy.Purpose{ID: "support", Name: "Answering requests to the contact centre and checking the quality of service", Categories: []*policy.Category{member, purchases, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "resolving customers' requests and claims and checking the quality of the contact centre's work",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "Protecting the stores, customers and staff by video surveillance", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of customers and staff and the protection of goods against theft",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending advertising and news of promotions by SMS, email, messengers and push notifications", Categories: []*policy.Category{member, segments},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the account's settings, with the link in each email or by calling the contact centre", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing the use of the websites and apps and showing advertising on other websites", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{metrica, ads},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "40/12 Nizhnyaya Krasnoselskaya Street, building 20, Moscow, 105066, Russia"
	p := &policy.Policy{
		Controller:  policy.Controller{Contact: policy.Contact{Name: "MVM LLC (ООО «МВМ»)", Address: address}, Country: regionRU},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "pd@mvideo.example"},
		URL:         "https://mvideo.example/personal-data-policy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.March, 1),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipWipeDevice},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”", Region: regionRU},
			{Act: "the Rules for the Sale of Goods under a Retail Contract, approved by Government Decree No. 2463 of 31 December 2020", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”", Region: regionRU},
			{Act: "the rules of the loyalty programmes"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision, policy.DefinitionDissemination,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:      []string{"the M.Video and Eldorado stores", "the mvideo.ru and eldorado.ru online shops", "the chains' mobile apps", "the loyalty programmes"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{member, purchases, segments, delivery, loan, repairs, tradein, reviews, calls, video, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "bank card details", Category: purchases, Note: "Cards are paid at the terminal in the store or on the bank's payment page."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{programme, offers, sales, receipts, credit, warranty, exchange, publish, support, cctv, marketing, analytics},
		Recipients:  []*policy.Recipient{couriers, sellers, banks, payments, centres, ofd, mailers, metrica, ads},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{member, segments}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{reviews, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookies the online shops need to work, such as the basket", Party: policy.PartyFirst, Purpose: sales, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "pixels", Name: "advertising platforms' pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: ads, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("by writing to the company's address in Moscow or to pd@mvideo.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Links:                policy.Links{Recommendations: "https://mvideo.example/recommendations"},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "pd@mvideo.example", Phone: "8 800 600-77-75", Address: address},
	}
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Hours(24), Results: policy.Hours(72)}
	return realPolicy{"electronics retail chain (M.Video-Eldorado)", p, []statement{
		{says: "the operator is MVM LLC in Moscow, which runs the M.Video and Eldorado stores", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "МВМ") && strings.Contains(p.Controller.Address, "Moscow") && strings.Contains(p.Scope[0], "Eldorado")
		}},
		{says: "the company has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy covers the stores, the online shops and apps of both chains and the loyalty programmes", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "the policy opens by defining the operator, processing, dissemination and the other terms of the law", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Definitions, policy.DefinitionDissemination) && len(p.Definitions) == 8
		}},
		{says: "the company processes data under the Civil Code, the consumer protection law and the rules for retail sale, the laws on advertising and cash registers, and the programmes' rules", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a member of the loyalty programme joins with a phone number and gives the name, email and date of birth", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").Required != "" && len(p.Category("member").Items) == 5
		}},
		{says: "joining is voluntary, and a customer can buy without the card", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("programme").Required, "without it")
		}},
		{says: "the programme is open to adults only", typed: func(p *policy.Policy) bool { return p.Purpose("programme").MinimumAge == 18 }},
		{says: "members earn and spend bonus roubles on purchases in stores and online", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").Uses(p.Category("purchases")) && p.Purpose("programme").RestsOn(policy.BasisContract, policy.FZ152)
		}},
		{says: "personal offers and recommended goods are chosen from the member's purchases and browsing", typed: func(p *policy.Policy) bool {
			return p.Purpose("offers").Profiling && len(p.Category("segments").DerivedFrom) == 2
		}},
		{says: "the rules for the recommendation technologies on the websites and in the apps are published", typed: func(p *policy.Policy) bool { return p.Links.Recommendations != "" }},
		{says: "an online order needs a name and a phone number, and delivery the address", typed: func(p *policy.Policy) bool {
			return p.Purpose("sales").Required != "" && p.Purpose("sales").Uses(p.Category("delivery"))
		}},
		{says: "goods may be delivered to someone else, whose name and phone the customer gives with that person's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "delivery services and installers deliver and install goods on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && recipient(p, "couriers").Purpose != ""
		}},
		{says: "goods of partner sellers on the marketplace are sold by those sellers, who receive the order", typed: func(p *policy.Policy) bool {
			return recipient(p, "sellers").Conditional && recipient(p, "sellers").Role == policy.RoleThirdParty
		}},
		{says: "payment online is accepted by the bank, and the company does not receive card details", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments") != nil && p.NotCollected[0].ID == "card"
		}},
		{says: "receipts go to the tax service through a fiscal data operator, and purchases are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "a customer who applies for a loan or instalments at the checkout gives the passport, address, employment and income, which go to the partner banks the customer chooses", typed: func(p *policy.Policy) bool {
			return len(p.Category("loan").Items) == 4 && recipient(p, "banks").Conditional && p.Purpose("credit").Uses(p.Category("loan"))
		}},
		{says: "the application is passed to the banks only with the customer's signed consent, and their decisions come back to the store", typed: func(p *policy.Policy) bool {
			c := p.Purpose("credit")
			return c.RestsOn(policy.BasisConsent, policy.FZ152) && c.ConsentMethod == policy.ConsentMethodWritten && slices.Contains(p.Category("loan").Sources, policy.SourceThirdParty)
		}},
		{says: "a loan is voluntary, and loans are for adults", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Required != "" && p.Purpose("credit").MinimumAge == 18
		}},
		{says: "the company accepts claims about goods, checks their quality and has them repaired by service centres, as the consumer protection law requires", typed: func(p *policy.Policy) bool {
			w := p.Purpose("warranty")
			return w.RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(w.Obligations) == 1 && recipient(p, "centres").Role == policy.RoleThirdParty
		}},
		{says: "a customer who hands in a device for trade-in shows the passport, whose details go into the purchase contract", typed: func(p *policy.Policy) bool {
			return p.Purpose("tradein").Required != "" && p.Category("tradein").Items[0] == "passport details"
		}},
		{says: "reviews are published under the name the customer chooses, with a separate consent to their dissemination", typed: func(p *policy.Policy) bool {
			c := p.Category("reviews")
			return c.Visibility == policy.VisibilityAlways && c.DisseminationConsent && p.Purpose("reviews").RestsOn(policy.BasisConsent, policy.FZ152)
		}},
		{says: "a customer can delete a review or withdraw the consent, after which it is removed", typed: func(p *policy.Policy) bool {
			return p.Purpose("reviews").Withdraw != "" && slices.Contains(p.Deletion[2].Categories, p.Category("reviews"))
		}},
		{says: "calls to the contact centre are recorded after a warning, and requests are kept for three years", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Category("calls").Retention.Period == policy.Years(3)
		}},
		{says: "stores are under video surveillance for the safety of customers and staff, and the recordings are overwritten after 30 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("cctv").Subjects, policy.DataSubjectPremisesVisitors) && p.Category("video").Retention.Period == policy.Days(30)
		}},
		{says: "advertising is sent by SMS, email, messengers and push only with consent, as the law on advertising requires", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.RestsOn(policy.BasisConsent, policy.FZ152) && len(m.ConsentRequiredBy) == 1
		}},
		{says: "the consent is given by a separate box, recorded, and withdrawn in the account, by the link or by calling", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.ConsentMethod == policy.ConsentMethodCheckbox && m.ConsentLogged && m.Withdraw != ""
		}},
		{says: "the websites use necessary cookies, Yandex Metrica and advertising platforms' pixels, which a visitor can turn off in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "pixels").Technology == policy.TechnologyPixel && cookie(p, "pixels").Consent == policy.CookieConsentOptOut
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "data is not transferred abroad", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 0 && !slices.ContainsFunc(p.Recipients, func(r *policy.Recipient) bool { return r.Country != regionRU })
		}},
		{says: "the company does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a customer by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities only on requests the law provides for", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "a member who leaves the programme has the data deleted within 30 days, except purchases the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventDeletionRequest && p.Deletion[1].Keeps(policy.KeptLegalObligation)
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "customers have the rights of Art. 14 to 17, may withdraw consent and complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "a request states the identity document, the card number or other details of the relationship and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "a new version takes effect when published on the websites", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "questions go to the contact centre's free number or the company's address", typed: func(p *policy.Policy) bool { return p.Contact.Phone != "" && p.Contact.Address != "" }},
		// Free text.
		{says: "a customer who hands a device in for repair or trade-in deletes the data on it first, and the company does not answer for data left on the device", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipWipeDevice) }},
		{says: "bonus roubles not spent within the period the programme's rules set expire", free: toPurpose("programme")},
	}}
}

// ru13VTB paraphrases, in our own words and as we recall it, the policy
// of Bank VTB (PJSC) (Банк ВТБ (ПАО)) on the processing of personal data,
// as published in 2024-2025: a state-owned retail and corporate bank
// registered in Saint Petersburg and run from Moscow; identification
// under the anti-money-laundering law, with data filled in from
// Gosuslugi, and the tax residency the Tax Code asks for; banking
// secrecy; credit history bureaus and automated loan decisions; the
// Unified Biometric System; the blocking of operations suspected of
// being made without the customer's consent and the reports of them to
// the Bank of Russia; the Faster Payments System; salary projects;
// brokerage through VTB My Investments with the tests of unqualified
// investors; the companies of the VTB Group, insurers and collection
// agencies; recorded calls and video in offices; advertising by consent;
// cookies; transfers abroad the customer orders, under currency control;
// children's cards; and requests with the contents Art. 14(3) lists.
func ru13VTB() realPolicy {
	all := policy.Actions()
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Federal Law No. 395-1 “On Banks and Banking Activity”, Art. 26", Region: regionRU}}}
	aml := "Federal Law No. 115-FZ, Art. 7(4) (5 years after the relationship with the customer ends)"
	identity := &policy.Category{ID: "identity", Name: "Identification data",
		Items:       []string{"surname, first name and patronymic", "date and place of birth", "citizenship and tax residency", "passport details", "registration and residence address", "INN and SNILS"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceOtherUsers}, OthersConsent: true,
		SourceDetail: "the Unified Identification and Authentication System (Gosuslugi), from which a customer may have an application filled in, state information systems that confirm the passport and the INN, and employers that open salary cards for their employees",
		Retention:    policy.AsRequiredBy(aml), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"mobile phone number", "email address", "postal address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "employers in salary projects",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	finance := &policy.Category{ID: "finance", Name: "Employment, income and property", Items: []string{"employer and position", "income", "property and family status, as given in a loan application"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Social Fund of Russia and the Federal Tax Service, where the customer has a statement of income sent through Gosuslugi",
		Retention:    policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	operations := &policy.Category{ID: "operations", Name: "Accounts and operations", Items: []string{"account and card numbers", "balances", "payments and transfers, with their payers and payees", "loans, deposits and their repayment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceOtherUsers},
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	payee := &policy.Category{ID: "payee", Name: "Details shown to payers", Items: []string{"the first name, patronymic and initial of the surname of a customer who receives a transfer by phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	credit := &policy.Category{ID: "credit", Name: "Credit history", Items: []string{"the credit report", "the individual credit rating"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "credit history bureaus",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	investor := &policy.Category{ID: "investor", Name: "Brokerage data", Items: []string{"the investment profile", "the results of the tests for unqualified investors", "securities accounts, orders and trades"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(aml), Linked: true}
	biometric := &policy.Category{ID: "biometric", Name: "Biometric personal data", Items: []string{"facial image", "voice recording"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Biometric: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Calls and chats with the bank", Items: []string{"recordings of calls to and from the contact centre", "chat messages in VTB Online"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to prove the customer's instructions and to resolve disputes"), Linked: true}
	video := &policy.Category{ID: "video", Name: "Video recordings", Items: []string{"images recorded by cameras in offices and at ATMs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to investigate an incident in the office or at the ATM")}
	device := &policy.Category{ID: "device", Name: "Device and app data", Items: []string{"IP address", "the device's model, identifiers and operating system", "location, if allowed", "cookie identifiers", "actions in VTB Online and on the website"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}

	agents := &policy.Recipient{ID: "agents", Name: "the bank's representatives and courier services", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, contact}, Purpose: "to bring cards and sign contracts with customers on the bank's instructions", Country: regionRU}
	messaging := &policy.Recipient{ID: "messaging", Name: "SMS and push notification providers", Role: policy.RoleProcessor, Categories: []*policy.Category{contact}, Country: regionRU}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit history bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations, credit}, Country: regionRU}
	ebs := &policy.Recipient{ID: "ebs", Name: "the operator of the Unified Biometric System", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, biometric},
		Purpose: "to place the biometric samples in the Unified Biometric System, so that the customer can be identified remotely", Country: regionRU}
	rfm := &policy.Recipient{ID: "rfm", Name: "the Federal Financial Monitoring Service (Rosfinmonitoring)", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations}, Country: regionRU}
	cbr := &policy.Recipient{ID: "cbr", Name: "the Bank of Russia", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations, device},
		Purpose: "to enter transfers made or attempted without the customer's consent in its database of such cases, and to supervise the bank", Country: regionRU}
	fts := &policy.Recipient{ID: "fts", Name: "the Federal Tax Service", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations},
		Purpose: "to report the opening and closing of accounts, operations on its request and the accounts of customers who are tax residents of other states", Country: regionRU}
	bailiffs := &policy.Recipient{ID: "bailiffs", Name: "the Federal Bailiff Service", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations},
		Purpose: "a bailiff sends an enforcement document or a request about a debtor's accounts", Country: regionRU, Conditional: true}
	dia := &policy.Recipient{ID: "dia", Name: "the state corporation Deposit Insurance Agency", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "an insured event occurs and the Agency pays depositors their compensation from the register of the bank's obligations", Country: regionRU, Conditional: true}
	nspk := &policy.Recipient{ID: "nspk", Name: "JSC National Payment Card System, the operator of the Faster Payments System and the Mir card system", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contact, operations, payee}, Purpose: "to route card payments and transfers by phone number between banks", Country: regionRU}
	employers := &policy.Recipient{ID: "employers", Name: "employers in salary projects", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations},
		Purpose: "to learn the number of the account to which they pay their employee's salary", Country: regionRU}
	group := &policy.Recipient{ID: "group", Name: "companies of the VTB Group, such as VTB Insurance, the VTB pension fund, VTB Leasing and VTB Registrar", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, contact, operations}, Purpose: "to offer and provide their insurance, pension, leasing and other services", Country: regionRU}
	insurers := &policy.Recipient{ID: "insurers", Name: "insurance companies whose policies the bank offers", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact},
		Purpose: "the customer takes out insurance through the bank", Country: regionRU, Conditional: true}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "a debt is overdue and the bank engages an agency or assigns the claim to it", Country: regionRU, Conditional: true}
	foreign := &policy.Recipient{ID: "foreign", Name: "foreign banks that receive the transfers the customer orders", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations}}

	account := &policy.Purpose{ID: "account", Name: "Opening and servicing accounts, cards and deposits, granting loans and making payments", Categories: []*policy.Category{identity, contact, operations, payee, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agents, messaging, nspk},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "without identification data and a phone number the bank cannot open an account or conclude a contract"}
	salary := &policy.Purpose{ID: "salary", Name: "Issuing and servicing salary cards under the bank's contracts with employers", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{employers},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	kyc := &policy.Purpose{ID: "kyc", Name: "Identifying customers, their representatives and beneficiaries, and countering money laundering and the financing of terrorism", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rfm},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”, Art. 7", Region: regionRU}},
		TippingOff:  []policy.Obligation{{Act: "Federal Law No. 115-FZ, Art. 7(6)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	tax := &policy.Purpose{ID: "tax", Name: "Reporting accounts to the tax authorities and finding out customers' tax residency", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fts},
		Obligations: []policy.Obligation{{Act: "the Tax Code of the Russian Federation, Art. 86 and Chapter 20.1 (the international automatic exchange of financial information)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	scoring := &policy.Purpose{ID: "scoring", Name: "Assessing creditworthiness and reporting to credit history bureaus", Categories: []*policy.Category{identity, finance, operations, credit},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegalObligation}, Withdraw: "by a written application in an office; data already reported stays in the credit history",
		ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 218-FZ “On Credit Histories”, Art. 5 and 6", Region: regionRU}},
		Automated:   "a decision on an application for a loan or a credit card, and on its limit, may be taken by the bank's models alone; the customer may object to it and have it reviewed by an employee",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	biometrics := &policy.Purpose{ID: "biometrics", Name: "Collecting biometric data and placing it in the Unified Biometric System", Categories: []*policy.Category{identity, biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in an office, in VTB Online or through the Gosuslugi portal", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true,
		Recipients: []*policy.Recipient{ebs}, OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "giving biometric data is voluntary, and the bank serves a customer who refuses in every other way"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting operations made without the customer's consent and protecting customers from fraud", Categories: []*policy.Category{identity, operations, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{cbr},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 161-FZ “On the National Payment System”, Art. 8(5.1)-(5.3) and 27(3)-(5)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetCard, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnauthorised}, Automated: policy.AnswerYes, Contest: "by calling 1000 or in the chat in VTB Online"}}
	enforcement := &policy.Purpose{ID: "enforcement", Name: "Executing enforcement documents and answering the bailiffs' requests", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bailiffs},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 229-FZ “On Enforcement Proceedings”, Art. 70", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	deposits := &policy.Purpose{ID: "deposits", Name: "Keeping the register of the bank's obligations to depositors for deposit insurance", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{dia},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 177-FZ “On the Insurance of Deposits in Banks of the Russian Federation”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	brokerage := &policy.Purpose{ID: "brokerage", Name: "Providing brokerage and depository services through VTB My Investments", Categories: []*policy.Category{identity, contact, investor},
		Bases:       []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 39-FZ “On the Securities Market”", Region: regionRU}},
		Required:    "an unqualified investor takes a test before buying complex financial instruments; without it the bank does not carry out such orders",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	debts := &policy.Purpose{ID: "debts", Name: "Recovering overdue debts", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{collectors},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 230-FZ “On Protecting the Rights and Legitimate Interests of Natural Persons in the Recovery of Overdue Debts”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	insurance := &policy.Purpose{ID: "insurance", Name: "Taking out insurance through the bank", Categories: []*policy.Category{identity, contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to the bank or to the insurer", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Recipients: []*policy.Recipient{insurers}, OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "insurance is voluntary, and a loan is granted whether or not the customer takes it out"}
	groupOffers := &policy.Purpose{ID: "group", Name: "Offering and providing the services of the companies of the VTB Group", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in VTB Online or by an application in an office", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	support := &policy.Purpose{ID: "support", Name: "Answering calls and chats, and keeping evidence of the customer's instructions", Categories: []*policy.Category{identity, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "checking the quality of service and proving what the customer instructed",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cameras := &policy.Purpose{ID: "video", Name: "Keeping offices and ATMs safe with video surveillance", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of customers, employees and cash, and evidence of disputed cash operations",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Sending advertising of the bank's, the VTB Group's and partners' products", Categories: []*policy.Category{contact, operations, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in VTB Online's settings, by calling 1000 or in an office", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	personalise := &policy.Purpose{ID: "personalise", Name: "Analysing the use of the website and making it convenient", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by forbidding cookies in the browser's settings", OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	abroad := &policy.Purpose{ID: "abroad", Name: "Making the transfers abroad that the customer orders, under currency control", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{foreign},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 173-FZ “On Currency Regulation and Currency Control”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "11 Degtyarny Lane, letter A, Saint Petersburg, 191144, Russia"
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Bank VTB (PJSC) (Банк ВТБ (ПАО))", Email: "pd@vtb.example", Phone: "1000", Address: address},
			Country: regionRU, Registration: "OGRN 1027739609391, INN 7702070139, Bank of Russia general banking licence No. 1000"},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "pd@vtb.example"},
		URL:         "https://vtb.example/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.July, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Constitution of the Russian Federation", Region: regionRU},
			{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "the Tax Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 395-1 “On Banks and Banking Activity”", Region: regionRU},
			{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”", Region: regionRU},
			{Act: "Federal Law No. 218-FZ “On Credit Histories”", Region: regionRU},
			{Act: "Federal Law No. 161-FZ “On the National Payment System”", Region: regionRU},
			{Act: "Federal Law No. 39-FZ “On the Securities Market”", Region: regionRU},
			{Act: "Federal Law No. 173-FZ “On Currency Regulation and Currency Control”", Region: regionRU},
			{Act: "Federal Law No. 572-FZ on identification with biometric personal data", Region: regionRU},
			{Act: "the bank's licences and charter"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision, policy.DefinitionDissemination,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem, policy.DefinitionCrossBorderTransfer},
		Scope:        []string{"the bank's offices and ATMs", "VTB Online", "the website vtb.ru", "the contact centre"},
		OtherNotices: []policy.Notice{{Covers: "the bank's employees and job candidates", URL: "https://vtb.example/personal-data/employees"}},
		Principles:   []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories:   []*policy.Category{identity, contact, finance, operations, payee, credit, investor, biometric, calls, video, device},
		Storage:      []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{account, salary, kyc, tax, scoring, biometrics, fraud, enforcement, deposits, brokerage, debts, insurance, groupOffers, support, cameras, advertising, personalise, abroad},
		Recipients: []*policy.Recipient{agents, messaging, bureaus, ebs, rfm, cbr, fts, bailiffs, dia, nspk, employers, group, insurers, collectors, foreign},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationPayee, Recipient: foreign, Categories: []*policy.Category{identity, operations},
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
		Rights: fz152Rights("in VTB Online, in an office or by a written request to the bank"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		Security: append(fz152Security(),
			policy.Measure{Name: "the protection of information in financial organisations under the Bank of Russia's standard GOST R 57580.1-2017"}),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret, policy.SafetyTipSuspiciousMessages},
		Children:   policy.Children{MinimumAge: 14, ParentalConsent: true, ConsentAge: 18, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionParentalControls}},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "pd@vtb.example", Phone: "8 800 100-24-24", Address: address},
	}
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Hours(24), Results: policy.Hours(72)}
	return realPolicy{"state retail bank (VTB)", p, []statement{
		{says: "the operator is Bank VTB (PJSC), registered in Saint Petersburg, named with its OGRN, INN and general banking licence No. 1000", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "licence No. 1000") && strings.Contains(p.Controller.Address, "Saint Petersburg")
		}},
		{says: "the bank has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy opens by defining the operator, processing, the information system, cross-border transfer and the other terms of Art. 3 of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 10 && slices.Contains(p.Definitions, policy.DefinitionInformationSystem)
		}},
		{says: "the bank processes data under the Constitution, the Civil and Tax Codes, the banking law, the laws on money laundering, credit histories, the payment system, the securities market, currency control and biometrics, and its licences and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 11
		}},
		{says: "the policy covers the offices and ATMs, VTB Online, the website and the contact centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "the data of the bank's employees and candidates is processed under a separate policy", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 && p.OtherNotices[0].Covers != "" }},
		{says: "processing is lawful and fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "to identify a customer the bank collects the name, date and place of birth, citizenship, passport, address, INN and SNILS, and may fill them in from Gosuslugi", typed: func(p *policy.Policy) bool {
			c := p.Category("identity")
			return len(c.Items) == 6 && strings.Contains(c.SourceDetail, "Gosuslugi")
		}},
		{says: "accounts, cards, deposits, loans and payments are serviced under the contract with the customer, which cannot be concluded without identification data and a phone number", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.FZ152) && p.Purpose("account").Required != ""
		}},
		{says: "the bank identifies customers, their representatives and beneficiaries and reports operations to Rosfinmonitoring, as the anti-money-laundering law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "rfm").Role == policy.RoleAuthority
		}},
		{says: "the bank does not tell a customer of a report made about them under that law, and an answer to a request leaves it out", typed: func(p *policy.Policy) bool { return len(p.Purpose("kyc").TippingOff) == 1 }},
		{says: "identification data and operations are kept for five years after the relationship ends", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("operations").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "accounts, operations and credit histories are banking secrecy", typed: func(p *policy.Policy) bool {
			return p.Category("operations").Secrecy.Kind == policy.SecrecyBanking && p.Category("credit").Secrecy.Kind == policy.SecrecyBanking
		}},
		{says: "the bank also processes the data of people its customers name, such as payees, representatives and guarantors", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("account").Subjects, policy.DataSubjectThirdParties) && slices.Contains(p.Category("operations").Sources, policy.SourceOtherUsers)
		}},
		{says: "an employer in a salary project gives the bank its employees' details to open their cards, and learns the account numbers to pay salaries", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("identity").SourceDetail, "employers") && p.Purpose("salary").Recipients[0] == recipient(p, "employers")
		}},
		{says: "cards are brought by the bank's representatives and couriers, and notifications are sent through SMS and push providers", typed: func(p *policy.Policy) bool {
			return recipient(p, "agents").Role == policy.RoleProcessor && recipient(p, "messaging").Role == policy.RoleProcessor
		}},
		{says: "the bank reports accounts to the tax service and asks customers their tax residency, reporting the accounts of foreign tax residents as the Tax Code requires", typed: func(p *policy.Policy) bool {
			t := p.Purpose("tax")
			return t.RestsOn(policy.BasisLegalObligation, policy.FZ152) && strings.Contains(t.Obligations[0].Act, "20.1") && strings.Contains(p.Category("identity").Items[2], "tax residency")
		}},
		{says: "for a loan the customer states employment, income and property, which may also come from the Social Fund and the tax service through Gosuslugi", typed: func(p *policy.Policy) bool {
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
		{says: "the bank's systems check every operation for signs that it is made without the customer's consent, and may suspend the transfer, block the card or suspend VTB Online", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && slices.Contains(s.Grounds, policy.SuspensionGroundUnauthorised) && len(s.Targets) == 3
		}},
		{says: "the customer can contest a suspended operation by calling 1000 or in the chat", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Suspension.Contest != "" }},
		{says: "the bank reports operations made or attempted without consent to the Bank of Russia's database", typed: func(p *policy.Policy) bool {
			return recipient(p, "cbr").Role == policy.RoleAuthority && p.Purpose("fraud").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "card payments and transfers by phone number go through the National Payment Card System, and a payer sees the first name, patronymic and initial of the surname of the payee", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("account").Recipients, recipient(p, "nspk")) && slices.Contains(p.Category("payee").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "the bank executes enforcement documents and answers the requests of bailiffs", typed: func(p *policy.Policy) bool {
			return p.Purpose("enforcement").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "bailiffs").Conditional
		}},
		{says: "the bank keeps a register of its obligations to depositors, which goes to the Deposit Insurance Agency if an insured event occurs", typed: func(p *policy.Policy) bool {
			return p.Purpose("deposits").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "dia").Conditional
		}},
		{says: "for brokerage through VTB My Investments the bank keeps the investor's profile, tests and trades, as the securities law requires", typed: func(p *policy.Policy) bool {
			b := p.Purpose("brokerage")
			return b.RestsOn(policy.BasisLegalObligation, policy.FZ152) && b.Uses(p.Category("investor")) && b.Required != ""
		}},
		{says: "overdue debts are recovered by the bank and by collection agencies within the law on debt recovery", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("debts").Obligations) == 1 && recipient(p, "collectors").Conditional
		}},
		{says: "a customer who takes out insurance through the bank agrees to the insurer receiving the data, and the loan does not depend on it", typed: func(p *policy.Policy) bool {
			i := p.Purpose("insurance")
			return i.RestsOn(policy.BasisConsent, policy.FZ152) && i.Required != "" && recipient(p, "insurers").Conditional
		}},
		{says: "with the customer's consent the bank passes data to the companies of the VTB Group to offer and provide their services", typed: func(p *policy.Policy) bool {
			return p.Purpose("group").RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "group").Role == policy.RoleThirdParty
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
		{says: "for a transfer abroad the payer's details go to the payee's bank in the country the customer chooses, as the contract requires, and the bank acts as an agent of currency control", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationPayee && t.Safeguard == policy.SafeguardContractNecessity && len(p.Purpose("abroad").Obligations) == 1
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
		{says: "a customer has the rights of Art. 14 to 17, exercised in VTB Online, in an office or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the details of the contract and the signature, may be signed electronically, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the bank protects data with the measures of Art. 18.1 and 19 and the Bank of Russia's standard on information security, and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return strings.Contains(m.Name, "GOST") }) &&
				slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the bank never asks for codes from SMS messages or the card's details by phone; these must be kept secret, and suspicious calls reported to the bank", typed: func(p *policy.Policy) bool {
			return len(p.SafetyTips) == 3 && slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked)
		}},
		{says: "a minor from 14 may have a card of their own with a parent's consent, and consents alone from 18", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ParentalConsent && p.Children.ConsentAge == 18
		}},
		{says: "a child under 14 has a card only through a parent, who opens it and sets its limits in the parent's own VTB Online", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "a customer who gives the bank the data of another person, such as a representative or a guarantor, confirms having that person's consent", typed: func(p *policy.Policy) bool {
			return othersGive(p, "identity")
		}},
	}}
}
