package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// Two more policies under 152-FZ, paraphrased as the others are: a Russian
// airline that gives passenger data to the transport security databases
// in Russia and to the border authorities of the countries its passengers
// fly to, and an online pharmacy whose orders of medicines reveal the
// health of the people who place them.

// airlineRU paraphrases, in our own words and as we recall it, the policy
// on the processing of personal data of PJSC Aeroflot, as published in
// 2024: bookings and tickets, passport data that the law on transport
// security requires for every flight and that the countries of
// international flights require in advance (API and PNR), special meals
// and assistance that reveal religion or health, the Aeroflot Bonus
// programme, the group's airlines and the airports that carry and serve
// passengers, cross-border transfer under Art. 12 of 152-FZ after notice
// to Roskomnadzor, and databases in Russia.
func airlineRU() realPolicy {
	all := policy.Actions()
	transportSecurity := policy.Obligation{Act: "Federal Law No. 16-FZ “On Transport Security”, Art. 11 (automated centralised databases of passengers’ personal data)", Region: regionRU}
	booking := &policy.Category{ID: "booking", Name: "Booking and ticket data", Items: []string{"surname, first name and patronymic", "phone number and email address", "booking reference and ticket number", "route, dates, class, seats and baggage", "fare paid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the travel agency or booking website the ticket was bought through, or the person who booked for the passenger",
		Retention:    policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	documents := &policy.Category{ID: "documents", Name: "Identity document data", Items: []string{"type, series and number of the identity document", "date and place of birth", "sex", "citizenship", "visa and the address at the destination, for international flights"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("Federal Law No. 16-FZ “On Transport Security”, Art. 11"), Linked: true}
	meals := &policy.Category{ID: "meals", Name: "Special meals", Items: []string{"special meals that may reveal religious beliefs or health, such as halal, kosher, diabetic or gluten-free meals"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	assistance := &policy.Category{ID: "assistance", Name: "Health data for special assistance", Items: []string{"reduced mobility and the wheelchair needed", "medical conditions, fitness to fly and medical documents", "pregnancy", "medical equipment carried on board"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	bonus := &policy.Category{ID: "bonus", Name: "Aeroflot Bonus membership", Items: []string{"membership number", "tier", "miles earned", "miles spent", "flights flown", "partner purchases", "date of birth", "postal address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "partners of the programme where the member earns miles, such as banks, hotels and car rental companies",
		Retention: policy.WhileAccountActive(policy.Years(3)), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"masked card number", "amounts paid or refunded", "dates of payments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the bank that takes the payment",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Requests and call recordings", Items: []string{"requests, complaints and claims", "recordings of calls to the call centre"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	online := &policy.Category{ID: "online", Name: "Website and app data", Items: []string{"IP address", "cookie identifiers", "device model", "browser", "pages viewed", "flight searches"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	carriers := &policy.Recipient{ID: "carriers", Name: "Rossiya and Pobeda airlines of the Aeroflot group and the airlines that operate codeshare flights", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, documents, meals, assistance}, Purpose: "to carry the passenger on a flight they operate"}
	airports := &policy.Recipient{ID: "airports", Name: "airports and ground handling companies in Russia and abroad", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, documents, assistance}, Purpose: "to check passengers in, board them, handle their baggage and assist them"}
	databases := &policy.Recipient{ID: "databases", Name: "the automated centralised databases of passengers’ personal data under the Ministry of Transport", Role: policy.RoleAuthority,
		Categories: []*policy.Category{booking, documents}, Country: regionRU}
	foreign := &policy.Recipient{ID: "foreign", Name: "border, immigration and customs authorities of the countries passengers fly to or from", Role: policy.RoleAuthority,
		Categories: []*policy.Category{booking, documents}, Purpose: "because their laws require advance passenger information and passenger name records before a flight"}
	gds := &policy.Recipient{ID: "gds", Name: "booking systems and travel agencies", Role: policy.RoleProcessor, Categories: []*policy.Category{booking, documents}, Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "banks that take payments", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment, booking}, Country: regionRU}
	partners := &policy.Recipient{ID: "partners", Name: "partners of the Aeroflot Bonus programme", Role: policy.RoleThirdParty, Categories: []*policy.Category{bonus}, Country: regionRU,
		Purpose: "to credit miles for the member's purchases and to give awards the member chooses"}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{online}, Country: regionRU}

	carriage := &policy.Purpose{ID: "carriage", Name: "Booking and selling tickets and carrying passengers and their baggage", Categories: []*policy.Category{booking, documents, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers, airports, gds, bank},
		Required: "without the passenger's name, identity document and contact details a ticket cannot be issued",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	security := &policy.Purpose{ID: "security", Name: "Giving passenger data to the transport security databases and to the authorities of the countries of international flights", Categories: []*policy.Category{booking, documents},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{databases, foreign},
		Obligations: []policy.Obligation{transportSecurity, {Act: "Air Code of the Russian Federation, Art. 85.1", Region: regionRU}},
		Required:    "a passenger whose identity document data is not given is not carried",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	food := &policy.Purpose{ID: "meals", Name: "Serving the special meal a passenger asks for", Categories: []*policy.Category{meals},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by cancelling the meal request in the booking or at the call centre",
		Recipients: []*policy.Recipient{carriers}, Required: "ordering a special meal is up to the passenger; without it the standard meal is served",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	help := &policy.Purpose{ID: "assistance", Name: "Arranging special assistance and checking fitness to fly", Categories: []*policy.Category{assistance, booking},
		Bases: []policy.Basis{policy.BasisExplicitConsent, policy.BasisVitalInterests, policy.BasisVitalInterestsIncapable}, Withdraw: "by cancelling the assistance request at the call centre",
		ConsentMethod: policy.ConsentMethodWritten, Recipients: []*policy.Recipient{airports, carriers},
		Required: "without the details of the passenger's condition the assistance cannot be arranged and the passenger may be refused carriage for safety reasons",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	programme := &policy.Purpose{ID: "bonus", Name: "Running the Aeroflot Bonus programme", Categories: []*policy.Category{bonus, booking},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners},
		Required: "without a name, date of birth and contact details a member cannot join the programme",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	claims := &policy.Purpose{ID: "claims", Name: "Answering requests, complaints and claims, and improving service", Categories: []*policy.Category{calls, booking},
		Bases: []policy.Basis{policy.BasisContract}, Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending news, offers and special fares", Categories: []*policy.Category{booking, bonus},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the link in each email, in the member's account or at the call centre", ConsentMethod: policy.ConsentMethodCheckbox, OptOut: true, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing the use of the website and app", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off cookies in the browser", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	accounting := &policy.Purpose{ID: "accounting", Name: "Keeping accounting and tax records of ticket sales", Categories: []*policy.Category{booking, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Federal Law No. 402-FZ “On Accounting”, Art. 29", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "PJSC Aeroflot", Address: "1 Arbat Street, Moscow, 119019, Russia"},
			Country: regionRU, Registration: "OGRN 1027700092661"},
		Responsible:      &policy.Contact{Email: "pd@aeroflot.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-11-000000"},
		URL:              "https://aeroflot.example/ru-en/information/legal/personal_data",
		Version:          "2024", Effective: policy.MakeDate(2024, time.March, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Federal Law No. 152-FZ “On Personal Data”", Region: regionRU}, {Act: "Air Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 16-FZ “On Transport Security”", Region: regionRU}},
		Scope:      []string{"the website aeroflot.ru", "the Aeroflot mobile app", "the call centre and ticket offices"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{booking, documents, meals, assistance, bonus, payment, calls, online},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full bank card details", Category: payment, Note: "The bank takes them on its own payment page."},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:   []*policy.Purpose{carriage, security, food, help, programme, claims, marketing, analytics, accounting},
		Recipients: []*policy.Recipient{carriers, airports, databases, foreign, gds, bank, partners, metrica},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: foreign, Categories: []*policy.Category{booking, documents}, Safeguard: policy.SafeguardContractNecessity,
				Notified: policy.MakeDate(2023, time.February, 28)},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: airports, Categories: []*policy.Category{booking, documents, assistance}, Safeguard: policy.SafeguardContractNecessity,
				Notified: policy.MakeDate(2023, time.February, 28)},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{meals, assistance, online}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies the website needs for search, booking and signing in", Party: policy.PartyFirst, Purpose: carriage, Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica cookies", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:               fz152Rights("by a written request to the company's address or to pd@aeroflot.example"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Children: policy.Children{MinimumAge: 14, ParentalConsent: true,
			Note: "A parent or other legal representative gives the data of a child under 14 when booking, including for a child travelling alone."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}, EffectiveOnPosting: true},
		Contact: policy.Contact{Phone: "+7 495 223-55-55", Address: "1 Arbat Street, Moscow, 119019, Russia"},
	}
	return realPolicy{"Russian airline (Aeroflot)", p, []statement{
		{says: "PJSC Aeroflot in Moscow is the operator, named with its OGRN", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionRU && p.Controller.Registration != ""
		}},
		{says: "the operator is entered in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the processing rests on 152-FZ, the Air Code and the law on transport security", typed: func(p *policy.Policy) bool { return len(p.LegalActs) == 3 }},
		{says: "the policy covers the website, the app, the call centre and the ticket offices", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "a booking holds the passenger's full name, contacts, route, dates, seats, baggage and fare", typed: func(p *policy.Policy) bool { return len(p.Category("booking").Items) == 5 }},
		{says: "a ticket bought through an agency or by someone else reaches Aeroflot from them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("booking").Sources, policy.SourceThirdParty) && p.Category("booking").SourceDetail != ""
		}},
		{says: "the passenger who books for others must have their consent", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("carriage").Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "every ticket needs the identity document, date of birth, sex and citizenship, and an international ticket also the visa and address at the destination", typed: func(p *policy.Policy) bool {
			return len(p.Category("documents").Items) == 5
		}},
		{says: "without the identity document data no ticket is issued and the passenger is not carried", typed: func(p *policy.Policy) bool {
			return p.Purpose("carriage").Required != "" && p.Purpose("security").Required != ""
		}},
		{says: "passenger data goes to the automated centralised databases of passengers' personal data as the law on transport security requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security")
			return s.HasBasis(policy.BasisLegalObligation) && slices.Contains(s.Recipients, recipient(p, "databases"))
		}},
		{says: "for international flights advance passenger information and booking records go to the authorities of the countries of departure and arrival", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("security").Recipients, recipient(p, "foreign")) && p.Transfers[0].Recipient == recipient(p, "foreign")
		}},
		{says: "the cross-border transfer is needed to perform the contract of carriage with the passenger", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardContractNecessity && p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel
		}},
		{says: "Roskomnadzor was notified of the cross-border transfer before it began", typed: func(p *policy.Policy) bool { return !p.Transfers[0].Notified.IsZero() }},
		{says: "foreign airports and handling agents receive what they need to serve passengers abroad", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[1].Recipient == recipient(p, "airports")
		}},
		{says: "the group's airlines Rossiya and Pobeda and codeshare partners receive the data of passengers on flights they operate", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Role == policy.RoleThirdParty && recipient(p, "carriers").Purpose != ""
		}},
		{says: "a special meal may reveal religious beliefs or health and is processed only with the passenger's consent", typed: func(p *policy.Policy) bool {
			return p.Category("meals").Sensitivity == policy.SensitivitySpecial && p.Purpose("meals").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "ordering a special meal is optional", typed: func(p *policy.Policy) bool { return p.Purpose("meals").Required != "" }},
		{says: "passengers who need assistance give data on their health, which is processed with their written consent or to protect their life", typed: func(p *policy.Policy) bool {
			h := p.Purpose("assistance")
			return h.ConsentMethod == policy.ConsentMethodWritten && h.HasBasis(policy.BasisVitalInterestsIncapable)
		}},
		{says: "a pregnant passenger or one with a medical condition may have to show a doctor's certificate of fitness to fly", free: toPurpose("assistance")},
		{says: "Aeroflot Bonus holds the member's number, tier, miles and partner purchases", typed: func(p *policy.Policy) bool { return p.Purpose("bonus").Uses(p.Category("bonus")) }},
		{says: "partners of the programme report purchases to credit miles and receive what they need to give awards", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("bonus").Sources, policy.SourceThirdParty) && slices.Contains(p.Purpose("bonus").Recipients, recipient(p, "partners"))
		}},
		{says: "the membership account is kept while it is active and for three years after the last activity", typed: func(p *policy.Policy) bool {
			return p.Category("bonus").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "miles not used within the period the programme rules set expire", free: toPurpose("bonus")},
		{says: "banks take payments, and Aeroflot never receives the full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "bank").Role == policy.RoleThirdParty && p.NotCollected[0].ID == "card"
		}},
		{says: "calls to the call centre are recorded to check the quality of service", typed: func(p *policy.Policy) bool { return p.Purpose("claims").Uses(p.Category("calls")) }},
		{says: "news and special fares are sent only with consent, which the passenger can withdraw", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.HasBasis(policy.BasisConsent) && m.OptOut && m.Withdraw != ""
		}},
		{says: "the website uses cookies it needs and Yandex Metrica cookies, which users can turn off", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "metrica") != nil && p.Purpose("analytics").OptOut
		}},
		{says: "ticket and payment records are kept for five years under the law on accounting", typed: func(p *policy.Policy) bool {
			return p.Purpose("accounting").HasBasis(policy.BasisLegalObligation) && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent being withdrawn", typed: func(p *policy.Policy) bool { return len(p.Deletion) == 2 }},
		{says: "processing stops when the purpose is achieved, consent is withdrawn or processing is found unlawful", typed: func(p *policy.Policy) bool { return len(p.Termination) == 3 }},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU }},
		{says: "data is disclosed to courts, investigators and other authorities on requests the law provides for", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "passengers may access, correct, block and destroy their data, withdraw consent and complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests must be in writing with the identity document, and are answered within ten working days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(10) && p.Requests.Verification[0] == policy.VerificationDocument
		}},
		{says: "no decision with legal effects is taken by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "the operator takes the legal, organisational and technical measures 152-FZ requires to protect data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureThreatAssessment) }},
		{says: "a parent gives the data of a child and consents for a child under 14, including a child travelling alone", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.Note != ""
		}},
		{says: "the company does not process biometric data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassBiometric }},
		{says: "a changed policy takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "questions about personal data go to the person responsible for processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
	}}
}

// onlinePharmacy paraphrases, in our own words and as we recall it, the
// policy on the processing of personal data of the Russian online
// pharmacy Apteka.ru, as published in 2024: a company that takes orders
// of medicines on its website and in its app for pickup in partner
// pharmacies or delivery, where the medicines a customer orders reveal
// the customer's health; prescription medicines are handed over only on
// the prescription, a loyalty card gives bonuses, consent to processing,
// to health data and to advertising are given separately, and the
// databases are in Russia.
func onlinePharmacy() realPolicy {
	all := policy.Actions()
	customer := &policy.Category{ID: "customer", Name: "Customer data", Items: []string{"name", "phone number", "email address", "date of birth", "sex"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Orders of medicines and other goods", Items: []string{"medicines and goods ordered", "the pharmacy chosen for pickup", "order dates and amounts", "order history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	health := &policy.Category{ID: "health", Name: "Health data revealed by orders", Items: []string{"the medicines ordered, which may reveal an illness", "prescriptions shown for prescription medicines"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, DerivedFrom: []*policy.Category{orders},
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true, Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery data", Items: []string{"delivery address", "recipient's name", "recipient's phone number", "delivery time"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventContractEnd), Linked: true}
	loyalty := &policy.Category{ID: "loyalty", Name: "Loyalty card", Items: []string{"card number", "bonus balance", "purchases with the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"masked card number", "amounts and dates of payments", "cash receipts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the bank that takes the payment",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	technical := &policy.Category{ID: "technical", Name: "Technical data", Items: []string{"IP address", "cookie identifiers", "device model", "browser", "pages viewed", "searches"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	pharmacies := &policy.Recipient{ID: "pharmacies", Name: "licensed partner pharmacies that sell and hand over the medicines ordered", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, orders, health}, Country: regionRU, Purpose: "to sell the medicines and hand them over on the prescription where one is needed"}
	couriers := &policy.Recipient{ID: "couriers", Name: "delivery services", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, delivery}, Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "banks that take payments", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment}, Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "the fiscal data operator, which passes cash receipts to the tax authority", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment, customer}, Country: regionRU,
		Purpose: "to send the electronic receipt to the customer's phone or email as the law on cash registers requires"}
	mailer := &policy.Recipient{ID: "mailer", Name: "SMS, email and push delivery services", Role: policy.RoleProcessor, Categories: []*policy.Category{customer}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{technical}, Country: regionRU}

	ordering := &policy.Purpose{ID: "orders", Name: "Taking orders, reserving medicines in pharmacies and handing them over or delivering them", Categories: []*policy.Category{customer, orders, delivery, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{pharmacies, couriers, bank},
		Required: "without a name and phone number an order cannot be placed or collected",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	healthData := &policy.Purpose{ID: "health", Name: "Processing the health data that orders of medicines reveal", Categories: []*policy.Category{health},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by a written statement to the company's address or by email; orders already placed are still handed over",
		ConsentMethod: policy.ConsentMethodWritten, Recipients: []*policy.Recipient{pharmacies},
		Required: "a customer who does not consent cannot order medicines online, but can buy them in a pharmacy",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing cash receipts and keeping accounting records", Categories: []*policy.Category{payment, orders, customer},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”, Art. 1.2", Region: regionRU}, {Act: "Federal Law No. 402-FZ “On Accounting”, Art. 29", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	cards := &policy.Purpose{ID: "loyalty", Name: "Running the loyalty programme", Categories: []*policy.Category{loyalty, customer},
		Bases: []policy.Basis{policy.BasisContract}, Required: "without a phone number a loyalty card cannot be issued",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers, promotions and reminders by SMS, email and push", Categories: []*policy.Category{customer, loyalty},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the link in each message, in the account settings or by calling the contact centre", ConsentMethod: policy.ConsentMethodCheckbox, OptOut: true,
		Recipients: []*policy.Recipient{mailer}, Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "Answering questions, complaints and requests about the quality of goods", Categories: []*policy.Category{customer, orders},
		Bases: []policy.Basis{policy.BasisContract}, Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing the use of the website and app", Categories: []*policy.Category{technical},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off cookies in the browser", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Apteka.ru LLC", Address: "Moscow, Russia"},
			Country: regionRU, Registration: "OGRN 1117746000000, INN 7700000000"},
		Responsible:      &policy.Contact{Email: "pd@apteka.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-14-000000"},
		URL:              "https://apteka.example/legal/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.January, 15),
		Laws:            []policy.Law{policy.FZ152},
		LegalActs:       []policy.Obligation{{Act: "Federal Law No. 152-FZ “On Personal Data”", Region: regionRU}, {Act: "Federal Law No. 61-FZ “On the Circulation of Medicines”", Region: regionRU}},
		Scope:           []string{"the website apteka.ru", "the Apteka.ru mobile app"},
		Acknowledgement: true,
		Principles:      []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories:      []*policy.Category{customer, orders, health, delivery, loyalty, payment, technical},
		Storage:         []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full bank card details", Category: payment, Note: "The bank takes them on its own payment page."},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{ordering, healthData, receipts, cards, marketing, support, analytics},
		Recipients:  []*policy.Recipient{pharmacies, couriers, bank, ofd, mailer, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{health, technical}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{customer, loyalty}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Orders and receipts are kept for the periods the accounting and tax laws set."},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep the cart and the chosen city and pharmacy", Party: policy.PartyFirst, Purpose: ordering, Categories: []*policy.Category{technical}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica cookies", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{technical}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:               fz152Rights("by a written request to the company's address or to pd@apteka.example"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Children:             policy.Children{MinimumAge: 18, Note: "Only adults may order medicines on the website; a parent orders for a child."},
		Changes:              policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}, EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "info@apteka.example", Phone: "+7 800 000-00-00", Address: "Moscow, Russia"},
	}
	return realPolicy{"online pharmacy (Apteka.ru)", p, []statement{
		{says: "Apteka.ru LLC in Moscow is the operator, named with its OGRN", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionRU && p.Controller.Registration != ""
		}},
		{says: "the operator is entered in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the processing rests on 152-FZ and the law on the circulation of medicines", typed: func(p *policy.Policy) bool { return len(p.LegalActs) == 2 }},
		{says: "the policy covers the website and the mobile app", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "placing an order means accepting the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "a customer gives a name, phone number, email address, date of birth and sex", typed: func(p *policy.Policy) bool { return len(p.Category("customer").Items) == 5 }},
		{says: "the service records the medicines ordered, the pharmacy chosen and the order history", typed: func(p *policy.Policy) bool { return p.Purpose("orders").Uses(p.Category("orders")) }},
		{says: "without a name and phone number an order cannot be placed or collected", typed: func(p *policy.Policy) bool { return p.Purpose("orders").Required != "" }},
		{says: "the medicines a customer orders may reveal the customer's health, which is a special category of data", typed: func(p *policy.Policy) bool {
			h := p.Category("health")
			return h.Sensitivity == policy.SensitivitySpecial && slices.Contains(h.DerivedFrom, p.Category("orders"))
		}},
		{says: "health data is processed only on the customer's separate written consent, given in electronic form when ordering", typed: func(p *policy.Policy) bool {
			h := p.Purpose("health")
			return h.HasBasis(policy.BasisExplicitConsent) && h.ConsentMethod == policy.ConsentMethodWritten
		}},
		{says: "a customer who does not consent can still buy medicines in a pharmacy", typed: func(p *policy.Policy) bool { return p.Purpose("health").Required != "" }},
		{says: "prescription medicines are handed over in the pharmacy only on a prescription, which the pharmacist checks", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Items, "prescriptions shown for prescription medicines") && recipient(p, "pharmacies").Purpose != ""
		}},
		{says: "prescription medicines are not delivered, as the law on remote sale of medicines forbids", free: toPurpose("orders")},
		{says: "licensed partner pharmacies receive the order to sell and hand over the medicines", typed: func(p *policy.Policy) bool {
			return recipient(p, "pharmacies").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("health").Recipients, recipient(p, "pharmacies"))
		}},
		{says: "delivery services receive the address and recipient's name and phone to deliver", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && p.Purpose("orders").Uses(p.Category("delivery"))
		}},
		{says: "a customer may give the contacts of another person who collects or receives the order, and must have that person's consent", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("orders").Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "banks take payments, and the service never receives the full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "bank").Role == policy.RoleThirdParty && p.NotCollected[0].ID == "card"
		}},
		{says: "electronic receipts are sent to the customer's phone or email through the fiscal data operator, as the law on cash registers requires", typed: func(p *policy.Policy) bool {
			r := p.Purpose("receipts")
			return r.HasBasis(policy.BasisLegalObligation) && slices.Contains(r.Recipients, recipient(p, "ofd"))
		}},
		{says: "the loyalty card records bonuses and purchases made with it", typed: func(p *policy.Policy) bool { return p.Purpose("loyalty").Uses(p.Category("loyalty")) }},
		{says: "bonuses are credited for purchases and can pay for part of the next order under the programme rules", free: toPurpose("loyalty")},
		{says: "offers and reminders are sent only with a separate consent, which the customer can withdraw", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.HasBasis(policy.BasisConsent) && m.OptOut && m.Withdraw != ""
		}},
		{says: "the medicines a customer orders are never used to choose advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "support answers questions and complaints about orders and the quality of goods", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("orders")) }},
		{says: "medicines of proper quality cannot be returned, which support explains when asked", free: toPurpose("support")},
		{says: "the website uses the cookies it needs and Yandex Metrica cookies, which users can turn off", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "metrica") != nil && p.Purpose("analytics").OptOut
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU }},
		{says: "data is not transferred abroad", typed: func(p *policy.Policy) bool { return len(p.Transfers) == 0 }},
		{says: "data is disclosed to authorities on requests the law provides for", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "orders and receipts are kept for five years under the law on accounting", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "health data is destroyed within 30 days of the consent being withdrawn", typed: func(p *policy.Policy) bool { return p.Deletion[1].From == policy.EventConsentWithdrawal }},
		{says: "an account is deleted on request, but orders and receipts are kept as the law requires", typed: func(p *policy.Policy) bool {
			return p.Deletion[2].From == policy.EventDeletionRequest && p.Deletion[2].Note != "" && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn or processing is found unlawful", typed: func(p *policy.Policy) bool { return len(p.Termination) == 3 }},
		{says: "customers may access, correct, block and destroy their data, withdraw consent and complain to Roskomnadzor", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are answered within ten working days, and the requester's identity is checked", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(10) && len(p.Requests.Verification) == 2
		}},
		{says: "no decision with legal effects is taken by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "the operator takes the legal, organisational and technical measures 152-FZ requires to protect data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureThreatAssessment) }},
		{says: "only adults may order medicines, and a parent orders for a child", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "the service does not process biometric data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassBiometric }},
		{says: "information about medicines on the website is not medical advice, and customers should consult a doctor", free: toIntroduction},
		{says: "a changed policy takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "questions about personal data go to the person responsible for processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
	}}
}
