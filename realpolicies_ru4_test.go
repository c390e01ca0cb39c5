package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// Two more Russian policies under 152-FZ, paraphrased as the others are:
// an ecosystem of services signed in to with one account, with a voice
// assistant, a web analytics counter that site owners install and an
// advertising network, and an online marketplace whose sellers, pickup
// points, bank and fiscal data operator each receive part of an order.

var regionAM = language.MustParseRegion("AM")

// ecosystem paraphrases the privacy policy of Yandex (Yandex LLC and the
// services of the Yandex group), as published in 2024: one Yandex ID for
// search, maps, music, taxi, food and the other services, the voice
// requests the assistant Alice and the smart speakers store, the
// Yandex Metrica counter that site owners install, advertising in the
// Yandex Advertising Network chosen for the user's interests, the
// group's companies that process data on Yandex's instructions, storage
// in Russia and the rules of the recommendation technologies.
func ecosystem() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "Yandex ID data", Items: []string{"login and password", "phone number", "email address", "first name and surname", "profile photo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	usage := &policy.Category{ID: "usage", Name: "Use of the services", Items: []string{"search queries", "routes and places saved in the maps", "music listened to", "orders of taxis and food", "pages and buttons clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	voice := &policy.Category{ID: "voice", Name: "Voice requests", Items: []string{"recordings of requests to Alice", "the text recognised from them", "Alice's answers"}, OnDevice: policy.OnDeviceUntilActivated,
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"location of the device from GPS, Wi-Fi networks and cell towers", "approximate location from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie identifiers and device identifiers", "browser, operating system and app version", "data of smart speakers and other Yandex devices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	interests := &policy.Category{ID: "interests", Name: "Inferred interests", Items: []string{"topics of interest", "the audience segments used to choose advertising"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{usage, location, device},
		Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"masked card number and card token", "payments and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the bank that accepts the payment",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}

	group := &policy.Recipient{ID: "group", Name: "Companies of the Yandex group", Role: policy.RoleProcessor, Categories: []*policy.Category{account, usage, voice, location, device},
		Purpose: "to store and process data on Yandex's instructions, to support users and to develop the services", Country: regionRU}
	operators := &policy.Recipient{ID: "operators", Name: "Companies of the Yandex group that provide services under their own terms", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, usage, location, payment}, Purpose: "to provide the service the user signs in to with Yandex ID, such as the taxi or food delivery", Country: regionRU}
	partners := &policy.Recipient{ID: "partners", Name: "Taxi companies, drivers, restaurants and couriers", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, usage, location},
		Purpose: "to carry out the trip or the order: the first name, the phone number and the addresses", Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "Banks and payment service providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment}, Country: regionRU}
	advertisers := &policy.Recipient{ID: "advertisers", Name: "Advertisers and sites of the Yandex Advertising Network", Role: policy.RoleThirdParty, Categories: []*policy.Category{interests},
		Purpose: "to receive aggregated statistics on the display of advertising and its results"}
	abroad := &policy.Recipient{ID: "abroad", Name: "Companies of the Yandex group outside Russia", Role: policy.RoleProcessor, Categories: []*policy.Category{account, usage},
		Purpose: "to provide the services to users in the countries where they operate"}

	service := &policy.Purpose{ID: "service", Name: "Providing the services, including one Yandex ID for all of them", Categories: []*policy.Category{account, usage, location, device, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, operators, partners, bank},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "some services, such as the taxi, food delivery and paid subscriptions, can be used only with a Yandex ID and a confirmed phone number"}
	assistant := &policy.Purpose{ID: "assistant", Name: "Answering voice requests to Alice on phones, computers and smart speakers", Categories: []*policy.Category{voice, account, device, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	improvement := &policy.Purpose{ID: "improvement", Name: "Improving the services and training speech recognition and other models", Categories: []*policy.Category{voice, usage, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by deleting the history of requests in the Yandex ID settings", OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	recommendations := &policy.Purpose{ID: "recommendations", Name: "Recommending search results, music, films, places and goods", Categories: []*policy.Category{usage, location, interests},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing advertising in the services and in the Yandex Advertising Network, chosen for the user's interests", Categories: []*policy.Category{usage, location, device, interests},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off interest-based advertising in the advertising settings", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{advertisers},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	safety := &policy.Purpose{ID: "safety", Name: "Protecting accounts and the services from fraud, spam and automated requests", Categories: []*policy.Category{account, device, usage},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Contest: "through the support form of the service"}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Yandex LLC", Address: "16 Lva Tolstogo St., Moscow, 119021, Russia"},
			Country: regionRU, Registration: "OGRN 1027700229193, INN 7736207543"},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "pd@yandex.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-07-000000", Notified: policy.MakeDate(2008, time.May, 15)},
		URL:              "https://yandex.example/legal/confidential",
		Version:          "2024", Effective: policy.MakeDate(2024, time.June, 14),
		UserDuties: []policy.UserDuty{policy.UserDutyOthersInformed},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Federal Law No. 152-FZ “On Personal Data”", Region: regionRU},
			{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU},
			{Act: "the terms of use of the Yandex services"}},
		Scope:           []string{"the services of Yandex LLC and of the Yandex group's companies that refer to this policy", "Yandex ID and the websites and apps signed in to with it"},
		Acknowledgement: true,
		CustomerData: policy.CustomerData{Customers: "owners of websites and apps that install Yandex Metrica or AppMetrica",
			Data: "what the counter records of visits to their websites and apps", TermsURL: "https://yandex.example/legal/metrica_termsofuse"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, usage, voice, location, device, interests, payment},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "The bank keeps them; Yandex receives a token."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{service, assistant, improvement, recommendations, advertising, safety},
		Recipients: []*policy.Recipient{group, operators, partners, bank, advertisers, abroad},
		Transfers: []policy.Transfer{
			{Destination: regionKZ, Recipient: abroad, Categories: []*policy.Category{account, usage}, Safeguard: policy.SafeguardAdequacy, Notified: policy.MakeDate(2023, time.February, 28)},
			{Destination: regionAM, Recipient: abroad, Categories: []*policy.Category{account, usage}, Safeguard: policy.SafeguardAdequacy, Notified: policy.MakeDate(2023, time.February, 28)},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, usage, voice},
				Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(30)}, {Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventDeletionRequest, policy.EventUnlawfulProcessing},
		Links:       policy.Links{Recommendations: "https://yandex.example/legal/recommendations", RequestForm: "https://yandex.example/support/pd-request"},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "Session_id and the other cookies that keep the user signed in", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "yandexuid", Name: "yandexuid and the cookies of the Yandex Advertising Network", Party: policy.PartyFirst, Purpose: advertising, Categories: []*policy.Category{device, interests},
				Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:   fz152Rights("on the data management page of Yandex ID or through the request form"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: append(fz152Security(), policy.Measure{Kind: policy.MeasureEncryptionAtRest}),
		Children: policy.Children{MinimumAge: 14, ParentalConsent: true, Note: "A parent creates a child's Yandex ID in a family group and consents to its use."},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Address: "16 Lva Tolstogo St., Moscow, 119021, Russia", Website: "https://yandex.example/support/pd-request"},
	}
	return realPolicy{"ecosystem of services (Yandex)", p, []statement{
		{says: "the operator is Yandex LLC in Moscow, named with its OGRN and INN", typed: func(p *policy.Policy) bool { return p.Controller.Registration != "" && p.Controller.Address != "" }},
		{says: "Yandex has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "Yandex is in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the policy covers the services of Yandex and of the group's companies that refer to it, and Yandex ID", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "using the services means accepting the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "one Yandex ID signs the user in to search, maps, music, taxi, food and the other services", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("account")) && recipient(p, "operators") != nil
		}},
		{says: "some services need a Yandex ID and a confirmed phone number", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "Yandex records search queries, saved places and routes, music listened to and orders", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("usage").Sources, policy.SourceAutomatic) && len(p.Category("usage").Items) == 5
		}},
		{says: "Yandex determines the device's location from GPS, Wi-Fi and cell towers, or approximately from the IP address", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("location"))
		}},
		{says: "Alice stores the recordings of voice requests and the recognised text, to answer them", typed: func(p *policy.Policy) bool {
			return p.Purpose("assistant").Uses(p.Category("voice")) && p.Category("voice").Linked
		}},
		{says: "voice requests and the use of the services help train speech recognition and improve the services, which the user can stop by deleting the history", typed: func(p *policy.Policy) bool {
			return p.Purpose("improvement").Uses(p.Category("voice")) && p.Purpose("improvement").Withdraw != ""
		}},
		{says: "the history of voice requests can be viewed and deleted in the Yandex ID settings", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightErasure) && p.Rights[0].How != ""
		}},
		{says: "smart speakers and other devices send technical data of the device", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").Items, "data of smart speakers and other Yandex devices")
		}},
		{says: "Yandex infers the user's interests from the use of the services, location and device", typed: func(p *policy.Policy) bool { return len(p.Category("interests").DerivedFrom) == 3 }},
		{says: "recommendation technologies choose search results, music, films, places and goods", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Links.Recommendations != ""
		}},
		{says: "advertising in the services and in the Yandex Advertising Network is chosen for the user's interests, which the user can turn off in the advertising settings", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.Profiling && a.OptOut && a.Withdraw != ""
		}},
		{says: "advertisers and the network's sites receive only aggregated statistics", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && recipient(p, "advertisers").Purpose != ""
		}},
		{says: "Yandex processes what the Metrica counter records on other websites on behalf of their owners, under the Metrica terms", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.TermsURL != ""
		}},
		{says: "the group's companies process data on Yandex's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleProcessor }},
		{says: "the group's companies that provide a service under their own terms, such as the taxi, receive the data that service needs", typed: func(p *policy.Policy) bool {
			return recipient(p, "operators").Role == policy.RoleThirdParty
		}},
		{says: "drivers, taxi companies, restaurants and couriers receive the first name, phone number and addresses of the trip or order", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Purpose != "" && p.Purpose("service").Recipients[2] == recipient(p, "partners")
		}},
		{says: "payments go through banks, and Yandex receives only a token and a masked card number", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && recipient(p, "bank") != nil
		}},
		{says: "Yandex protects accounts from hijacking, fraud and spam, and may block an account, which the user can contest through support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover) && s.Contest != ""
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "data goes to the group's companies in countries with adequate protection, such as Kazakhstan and Armenia, after Roskomnadzor is notified", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[0].Safeguard == policy.SafeguardAdequacy && !p.Transfers[0].Notified.IsZero()
		}},
		{says: "Yandex discloses data to courts and authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "Yandex does not process special categories of personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassSpecial }},
		{says: "the website keeps the user signed in with its own cookies, and yandexuid serves advertising", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "yandexuid").Purpose == p.Purpose("advertising")
		}},
		{says: "for each purpose the policy lists the subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "a deleted Yandex ID can be restored for 30 days, after which its data is destroyed", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].Stages[0].Removal == policy.RemovalTrash && p.Deletion[1].Stages[0].Within == policy.Days(30)
		}},
		{says: "Yandex stops processing when the purposes are achieved, consent is withdrawn, the account is deleted or processing is found unlawful", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "children under 14 use a Yandex ID that a parent creates in a family group", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ParentalConsent
		}},
		{says: "users have the rights of Art. 14 to 17, exercised on the data management page of Yandex ID or through the form", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && p.Links.RequestForm != ""
		}},
		{says: "Yandex answers within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Extension == policy.Days(5)
		}},
		{says: "Yandex protects data with the measures of Art. 18.1 and 19, including encryption", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && hasMeasure(p, policy.MeasureEncryptionAtRest)
		}},
		{says: "a new version takes effect when published", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "a smart speaker listens for its wake word on the device and sends sound to Yandex only after hearing it or a button press", typed: func(p *policy.Policy) bool {
			return p.Category("voice").OnDevice == policy.OnDeviceUntilActivated
		}},
		// Free text.

		{says: "the user answers for the data of other people that the user gives Yandex, such as contacts shared with a taxi or the voices in a request", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyOthersInformed) }},
	}}
}

// onlineMarketplace paraphrases the policy on the processing of personal
// data of a large Russian online marketplace (Ozon or Wildberries), as
// published in 2024: buyers and the representatives of legal entity
// buyers, sellers who are operators in their own right, pickup points
// and couriers that work on the marketplace's instructions, the
// marketplace's bank, electronic receipts under Federal Law No. 54-FZ
// sent through a fiscal data operator, reviews published with the
// buyer's first name, returns, fraud prevention, advertising messages
// with consent under Art. 18 of the law on advertising, and
// cross-border orders cleared through customs.
func onlineMarketplace() realPolicy {
	all := policy.Actions()
	buyer := &policy.Category{ID: "buyer", Name: "Buyer data", Items: []string{"first name and surname", "phone number", "email address", "date of birth and gender, if given"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery data", Items: []string{"delivery address or chosen pickup point", "the recipient's name and phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Orders, returns and receipts", Items: []string{"goods ordered, bought and returned", "amounts and dates", "electronic receipts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews and questions about goods", Items: []string{"the text, rating and photos of a review", "questions to sellers", "the buyer's first name shown beside them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityAlways, VisibleTo: []policy.Audience{policy.AudienceOtherUsers}}
	customs := &policy.Category{ID: "customs", Name: "Data for customs clearance", Items: []string{"passport details", "INN"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	business := &policy.Category{ID: "business", Name: "Data of representatives of legal entity buyers", Items: []string{"surname, first name and patronymic", "position", "phone number and email address", "the power of attorney"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"masked card number and card token", "payment status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the bank that accepts the payment",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie identifiers and device identifiers", "pages and goods viewed, searches and the basket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	calls := &policy.Category{ID: "calls", Name: "Requests to support", Items: []string{"chats with support", "recordings of calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}

	sellers := &policy.Recipient{ID: "sellers", Name: "Sellers on the marketplace", Role: policy.RoleThirdParty, Categories: []*policy.Category{delivery, orders, reviews},
		Purpose: "to ship the order, accept returns and answer warranty claims, as operators in their own right", Country: regionRU}
	pickup := &policy.Recipient{ID: "pickup", Name: "Pickup points, couriers and delivery services", Role: policy.RoleProcessor, Categories: []*policy.Category{delivery, orders},
		Purpose: "to deliver and hand over orders and to accept returns on the marketplace's instructions", Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "The marketplace's bank and the other acquiring banks", Role: policy.RoleThirdParty, Categories: []*policy.Category{buyer, payment},
		Purpose: "to accept payments and make refunds", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "The fiscal data operator", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "to pass receipts to the Federal Tax Service and to send the buyer the electronic receipt", Country: regionRU}
	fns := &policy.Recipient{ID: "fns", Name: "The Federal Tax Service", Role: policy.RoleAuthority, Categories: []*policy.Category{orders}, Country: regionRU}
	foreign := &policy.Recipient{ID: "foreign", Name: "Foreign sellers and their logistics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{delivery, orders, customs},
		Purpose: "to ship goods ordered from abroad", Country: regionCN}
	fts := &policy.Recipient{ID: "fts", Name: "The Federal Customs Service", Role: policy.RoleAuthority, Categories: []*policy.Category{customs, orders}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	sale := &policy.Purpose{ID: "sale", Name: "Registering buyers, accepting orders and delivering them", Categories: []*policy.Category{buyer, delivery, orders, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sellers, pickup, bank},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "an order needs a phone number, confirmed by a code, and a delivery address or pickup point"}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing receipts and sending them to the tax service", Categories: []*policy.Category{buyer, orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd, fns},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”, Art. 1.2 and 4.7", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionStorage, policy.ActionUse, policy.ActionTransfer},
		Method: policy.ProcessingMethodAutomated}
	returns := &policy.Purpose{ID: "returns", Name: "Accepting returns and claims about goods", Categories: []*policy.Category{buyer, orders, calls},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{sellers, pickup},
		Obligations: []policy.Obligation{{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”, Art. 18 and 26.1", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing reviews and questions about goods", Categories: []*policy.Category{reviews},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sellers},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	crossBorder := &policy.Purpose{ID: "cross-border", Name: "Delivering goods ordered from abroad and clearing them through customs", Categories: []*policy.Category{delivery, orders, customs},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{foreign, fts},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 289-FZ “On Customs Regulation in the Russian Federation”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "goods ordered from abroad above the duty-free limit are cleared through customs only with the buyer's passport details and INN"}
	legal := &policy.Purpose{ID: "business", Name: "Selling to legal entities and individual entrepreneurs", Categories: []*policy.Category{business, orders, delivery},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{pickup},
		Subjects: []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud, fake reviews and the abuse of promotions", Categories: []*policy.Category{buyer, orders, device, reviews},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "by writing to support in the app"}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending advertising by SMS, push notifications and email", Categories: []*policy.Category{buyer, orders, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the notification settings of the app, with the link in each email or by writing to support", OptOut: true, Profiling: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending goods", Categories: []*policy.Category{orders, device},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "Answering requests to support and checking the quality of service", Categories: []*policy.Category{buyer, orders, calls},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Internet Solutions LLC", Email: "privacy@ozon.example", Address: "10 Presnenskaya Embankment, Moscow, 123112, Russia"},
			Country: regionRU, Registration: "OGRN 1027739244741, INN 7704217370"},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "dpo@ozon.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-11-000000", Notified: policy.MakeDate(2011, time.June, 1)},
		URL:              "https://ozon.example/legal/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.March, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”", Region: regionRU},
			{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU},
			{Act: "the terms of sale on the marketplace"}},
		Scope:      []string{"the marketplace's website and mobile apps", "the marketplace's pickup points"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{buyer, delivery, orders, reviews, customs, business, payment, device, calls},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "The bank keeps them; the marketplace receives a token."},
			{ID: "special", Name: "special categories of personal data or biometric personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{sale, receipts, returns, reviewing, crossBorder, legal, fraud, marketing, recommend, support},
		Recipients: []*policy.Recipient{sellers, pickup, bank, ofd, fns, foreign, fts, metrica},
		Transfers: []policy.Transfer{{Destination: regionCN, Recipient: foreign, Categories: []*policy.Category{delivery, orders, customs}, Safeguard: policy.SafeguardContractNecessity,
			Notified: policy.MakeDate(2023, time.February, 28)}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}, Note: "Destruction is recorded in an act."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{buyer, reviews}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Orders and receipts are kept for the periods the accounting and tax laws set."},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventContractEnd, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing},
		Links:       policy.Links{Recommendations: "https://ozon.example/legal/recommendations"},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and basket cookies", Party: policy.PartyFirst, Purpose: sale, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica cookies and AppMetrica", Party: policy.PartyThird, Provider: metrica, Purpose: recommend,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:   fz152Rights("in the personal account, by writing to privacy@ozon.example or to the operator's address"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "privacy@ozon.example", Address: "10 Presnenskaya Embankment, Moscow, 123112, Russia"},
	}
	return realPolicy{"online marketplace (Ozon)", p, []statement{
		{says: "the operator is a Moscow company, named with its OGRN and INN and entered in Roskomnadzor's register", typed: func(p *policy.Policy) bool {
			return p.Controller.Registration != "" && p.OperatorRegister.Number != ""
		}},
		{says: "the marketplace has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy covers the website, the apps and the pickup points, for buyers, the people who receive their orders and the representatives of legal entity buyers", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2
		}},
		{says: "the legal grounds are the Civil Code, the consumer protection law, the law on cash registers, the law on advertising and the terms of sale", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 5
		}},
		{says: "a buyer registers with a phone number confirmed by a code and gives a delivery address or chooses a pickup point", typed: func(p *policy.Policy) bool {
			return p.Purpose("sale").Required != "" && p.Purpose("sale").Uses(p.Category("delivery"))
		}},
		{says: "a buyer may have an order delivered to another person, whose name and phone number the buyer gives", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("sale").Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "sellers are operators in their own right and receive the delivery data of the orders they ship, and the data of returns", typed: func(p *policy.Policy) bool {
			return recipient(p, "sellers").Role == policy.RoleThirdParty && slices.Contains(recipient(p, "sellers").Categories, p.Category("delivery"))
		}},
		{says: "pickup points, couriers and delivery services process data on the marketplace's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "pickup").Role == policy.RoleProcessor
		}},
		{says: "payments and refunds go through the marketplace's bank and other acquiring banks, which are operators in their own right", typed: func(p *policy.Policy) bool {
			return recipient(p, "bank").Role == policy.RoleThirdParty && p.Purpose("sale").Recipients[2] == recipient(p, "bank")
		}},
		{says: "the marketplace does not receive full card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "receipts are issued as the law on cash registers requires, sent to the buyer's phone or email and passed to the tax service through a fiscal data operator", typed: func(p *policy.Policy) bool {
			r := p.Purpose("receipts")
			return r.RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd").Purpose != "" && recipient(p, "fns").Role == policy.RoleAuthority
		}},
		{says: "reviews and questions are published with the buyer's first name and seen by everyone", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && slices.Contains(p.Category("reviews").Items, "the buyer's first name shown beside them")
		}},
		{says: "returns and claims are accepted as the consumer protection law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("returns").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "goods from abroad are cleared through customs with the buyer's passport details and INN, which go to the customs service", typed: func(p *policy.Policy) bool {
			return p.Purpose("cross-border").Uses(p.Category("customs")) && recipient(p, "fts").Role == policy.RoleAuthority
		}},
		{says: "foreign sellers, in countries without adequate protection, receive the data needed to ship the goods the buyer orders from them", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardContractNecessity && !p.Transfers[0].Notified.IsZero()
		}},
		{says: "for legal entity buyers the marketplace processes the representatives' names, positions, contacts and powers of attorney", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("business").Subjects, policy.DataSubjectCounterparties) && p.Purpose("business").Uses(p.Category("business"))
		}},
		{says: "the marketplace detects fraud, fake reviews and the abuse of promotions, and may cancel orders or block accounts, which the buyer can contest with support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "advertising by SMS, push notifications and email is sent only with the buyer's prior consent, as Art. 18 of the law on advertising requires", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.RestsOn(policy.BasisConsent, policy.FZ152) && slices.ContainsFunc(m.ConsentRequiredBy, func(o policy.Obligation) bool {
				return o.Act == "Federal Law No. 38-FZ “On Advertising”, Art. 18" && o.Region == regionRU
			})
		}},
		{says: "consent to advertising is recorded and can be withdrawn in the app's settings or with the link in each email", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").ConsentLogged && p.Purpose("marketing").Withdraw != ""
		}},
		{says: "goods are recommended from the buyer's orders and views, under published rules of the recommendation technologies", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Links.Recommendations != ""
		}},
		{says: "calls to support are recorded and chats kept for a year", typed: func(p *policy.Policy) bool { return p.Category("calls").Retention.Period == policy.Years(1) }},
		{says: "the website and the app use session cookies and Yandex Metrica", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Party == policy.PartyThird
		}},
		{says: "orders and receipts are kept for five years, as the accounting law requires", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "the marketplace discloses data to courts and authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "the marketplace does not process special categories or biometric data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn, which is recorded in an act", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[0].Note != "" && p.Deletion[1].From == policy.EventConsentWithdrawal
		}},
		{says: "a deleted account's data is destroyed within 30 days, except orders and receipts the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[2].From == policy.EventDeletionRequest && p.Deletion[2].Note != ""
		}},
		{says: "the marketplace stops processing when the purpose is achieved, the contract ends, consent is withdrawn or processing is found unlawful", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "buyers must be adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "buyers have the rights of Art. 14 to 17, exercised in the personal account or by writing", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Extension == policy.Days(5)
		}},
		{says: "the marketplace protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertifiedTools) && hasMeasure(p, policy.MeasureBreachNotification)
		}},
		{says: "a new version takes effect when published", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "at a pickup point the order is handed over on a code from the app, and the staff may ask for an identity document for goods that need it", free: toPurpose("sale")},
		{says: "a buyer who gives the data of another recipient confirms having that person's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
	}}
}
