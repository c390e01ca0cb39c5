package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// Two more policies under 152-FZ, paraphrased as the others are: an online
// cinema that sells subscriptions, recommends films and shows advertising
// on the web, in mobile apps and on smart TVs, and a telemedicine service
// whose doctors consult patients online and keep health data under
// medical secrecy.

// onlineCinema paraphrases, in our own words and as we recall it, the
// policy on the processing of personal data of the Russian online cinema
// ivi, as published in 2024: a Moscow company that sells subscriptions
// and rentals, recommends films from what a profile watches, shows
// advertising to viewers without a subscription through advertising
// partners, runs apps on phones, smart TVs and set-top boxes, and keeps
// the data of Russian users in Russia.
func onlineCinema() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"phone number", "email address", "name", "password", "profiles created in the account, including children's profiles"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	viewing := &policy.Category{ID: "viewing", Name: "Viewing data", Items: []string{"films and series watched and where playback stopped", "ratings, favourites and searches", "age rating chosen for a profile"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "Subscription and purchase data", Items: []string{"subscription plan and its renewal dates", "films bought or rented", "amounts and dates of payments", "masked card number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment providers and the app stores through which a subscription is bought",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	device := &policy.Category{ID: "device", Name: "Device and technical data", Items: []string{"IP address", "device model and operating system, including smart TVs and set-top boxes", "device and advertising identifiers", "app version", "quality and errors of playback"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"the content of requests to support", "the replies"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}

	payments := &policy.Recipient{ID: "payments", Name: "Banks and payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases, account}, Country: regionRU,
		Purpose: "to take payment for subscriptions and purchases"}
	adPartners := &policy.Recipient{ID: "ads", Name: "Advertising networks and advertising verification services", Role: policy.RoleThirdParty, Categories: []*policy.Category{device}, Country: regionRU,
		Purpose: "to show advertising to viewers without a subscription and to count views of it"}
	analytics := &policy.Recipient{ID: "analytics", Name: "Yandex LLC (Yandex Metrica) and other analytics services", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	mailer := &policy.Recipient{ID: "mailer", Name: "The email, SMS and push delivery services", Role: policy.RoleProcessor, Categories: []*policy.Category{account}, Country: regionRU}
	partners := &policy.Recipient{ID: "partners", Name: "Partners that sell the subscription together with their own services, such as banks and mobile operators", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, purchases}, Conditional: true, Country: regionRU, Purpose: "the user obtains the subscription through the partner's offer"}

	service := &policy.Purpose{ID: "service", Name: "Registering users and giving them access to films and series on all their devices", Categories: []*policy.Category{account, viewing, device},
		Bases: []policy.Basis{policy.BasisContract}, Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "without a phone number or an email address an account cannot be created, and without an account no subscription can be bought"}
	subscription := &policy.Purpose{ID: "subscription", Name: "Selling subscriptions and films and renewing subscriptions automatically", Categories: []*policy.Category{account, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments, partners},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	recommendations := &policy.Purpose{ID: "recommendations", Name: "Recommending films and series from what a profile watches and rates", Categories: []*policy.Category{viewing},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing advertising in films to viewers without a subscription, chosen by their interests", Categories: []*policy.Category{device, viewing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by resetting the advertising identifier in the device settings or by turning off cookies", ConsentMethod: policy.ConsentMethodCheckbox,
		OptOut: true, Profiling: true, Recipients: []*policy.Recipient{adPartners},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending news, offers and promotional codes by email, SMS and push", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the link in each email, in the account settings or by writing to support", ConsentMethod: policy.ConsentMethodCheckbox, OptOut: true,
		Recipients: []*policy.Recipient{mailer}, Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analysing := &policy.Purpose{ID: "analytics", Name: "Analysing how the service is used and improving its quality", Categories: []*policy.Category{device, viewing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off cookies in the browser or analytics in the app settings", OptOut: true, Recipients: []*policy.Recipient{analytics},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	helping := &policy.Purpose{ID: "support", Name: "Answering users' requests to support", Categories: []*policy.Category{account, support, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	accounting := &policy.Purpose{ID: "accounting", Name: "Keeping accounting and tax records of payments", Categories: []*policy.Category{purchases},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 402-FZ “On Accounting”, Art. 29", Region: regionRU}, {Act: "Tax Code of the Russian Federation, Art. 23(1)(8)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Ivi.ru LLC", Address: "Moscow, Russia"},
			Country: regionRU, Registration: "OGRN 1077746000000, INN 7700000000"},
		Responsible:      &policy.Contact{Email: "privacy@ivi.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-12-000000"},
		URL:              "https://ivi.example/info/confidential",
		Version:          "2024", Effective: policy.MakeDate(2024, time.April, 1),
		External:        []policy.ExternalService{policy.ExternalLinkedSites},
		Laws:            []policy.Law{policy.FZ152},
		LegalActs:       []policy.Obligation{{Act: "Federal Law No. 152-FZ “On Personal Data”", Region: regionRU}, {Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU}, {Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU}},
		Scope:           []string{"the website ivi.ru", "the ivi apps for phones, tablets, smart TVs and set-top boxes"},
		Acknowledgement: true,
		Principles:      []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories:      []*policy.Category{account, viewing, purchases, device, support},
		Storage:         []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full bank card details", Category: purchases, Note: "The payment provider takes them on its own payment page."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{service, subscription, recommendations, advertising, marketing, analysing, helping, accounting},
		Recipients:  []*policy.Recipient{payments, adPartners, analytics, mailer, partners},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, viewing, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookies that keep the user signed in and remember the settings", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "metrica", Name: "analytics cookies", Party: policy.PartyThird, Provider: analytics, Purpose: analysing, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1))},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:               fz152Rights("by writing to privacy@ivi.example or by post to the company's address"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Children: policy.Children{MinimumAge: 14,
			Note: "A parent can create a children's profile in the account, which shows only films for the chosen age and is not used for advertising."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact: policy.Contact{Email: "support@ivi.example", Address: "Moscow, Russia"},
	}
	return realPolicy{"online cinema (ivi)", p, []statement{
		{says: "Ivi.ru LLC in Moscow is the operator, named with its OGRN", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionRU && p.Controller.Registration != ""
		}},
		{says: "the operator is entered in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the policy covers the website and the apps for phones, tablets, smart TVs and set-top boxes", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "the processing rests on 152-FZ, 149-FZ and the law on advertising", typed: func(p *policy.Policy) bool { return len(p.LegalActs) == 3 }},
		{says: "using the service means accepting the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "an account holds a phone number or email address, a name, a password and the profiles the user creates", typed: func(p *policy.Policy) bool { return len(p.Category("account").Items) == 5 }},
		{says: "the service records what each profile watches, rates, adds to favourites and searches for", typed: func(p *policy.Policy) bool { return p.Purpose("recommendations").Uses(p.Category("viewing")) }},
		{says: "the service records subscriptions, purchases and rentals and their payments", typed: func(p *policy.Policy) bool { return p.Purpose("subscription").Uses(p.Category("purchases")) }},
		{says: "the apps send the device model, operating system, device and advertising identifiers and playback errors, on smart TVs and set-top boxes too", typed: func(p *policy.Policy) bool {
			return len(p.Category("device").Items) == 5 && slices.Contains(p.Category("device").Sources, policy.SourceAutomatic)
		}},
		{says: "a subscription bought in an app store is reported by the store", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Sources, policy.SourceThirdParty) && p.Category("purchases").SourceDetail != ""
		}},
		{says: "without a phone number or email address no account and no subscription", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "a subscription renews automatically until the user cancels it", free: toPurpose("subscription")},
		{says: "films and series are recommended from what a profile watches and rates", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Purpose("recommendations").HasBasis(policy.BasisContract)
		}},
		{says: "viewers without a subscription see advertising, chosen by their interests, through advertising partners", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.Profiling && slices.Contains(a.Recipients, recipient(p, "ads"))
		}},
		{says: "a user can stop interest-based advertising by resetting the advertising identifier or turning off cookies", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").OptOut && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "news, offers and promotional codes are sent only with consent, which the user can withdraw", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.HasBasis(policy.BasisConsent) && m.Withdraw != "" && m.OptOut
		}},
		{says: "Yandex Metrica and other analytics services measure how the service is used", typed: func(p *policy.Policy) bool {
			return recipient(p, "analytics").Role == policy.RoleProcessor && cookie(p, "metrica") != nil
		}},
		{says: "the website uses cookies to keep users signed in, for analytics and for advertising, and users can turn them off in the browser", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 3 && cookie(p, "session").StrictlyNecessary
		}},
		{says: "support uses what the user writes and the account and purchase data", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("support")) }},
		{says: "payment data goes to banks and payment providers, and the service never sees the full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleThirdParty && len(p.NotCollected) > 0 && p.NotCollected[0].ID == "card"
		}},
		{says: "partners such as banks and mobile operators that include the subscription in their offers receive what they need to activate it", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional
		}},
		{says: "email, SMS and push messages are sent by delivery services on the operator's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "mailer").Role == policy.RoleProcessor }},
		{says: "data is disclosed to authorities on requests the law provides for", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "statistics are shared with rights holders and advertisers only in aggregated form", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "payment records are kept as the law on accounting and the Tax Code require", typed: func(p *policy.Policy) bool {
			return p.Purpose("accounting").HasBasis(policy.BasisLegalObligation) && len(p.Purpose("accounting").Obligations) == 2
		}},
		{says: "data of users in Russia is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU }},
		{says: "the service does not process special categories or biometric data", typed: func(p *policy.Policy) bool { return len(p.NotCollected) == 3 }},
		{says: "account data and viewing history are kept while the account exists, and destroyed within 30 days of its deletion", typed: func(p *policy.Policy) bool {
			return p.Category("viewing").Retention.Kind == policy.RetentionWhileActive && p.Deletion[1].From == policy.EventAccountClosure
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn or processing is found unlawful", typed: func(p *policy.Policy) bool { return len(p.Termination) == 3 }},
		{says: "users may access, correct, block and destroy their data, withdraw consent and complain to Roskomnadzor", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are answered within ten working days, which can be extended by five", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(10) && p.Requests.WorkingDays
		}},
		{says: "no decision with legal effects is taken by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "the operator takes the legal, organisational and technical measures 152-FZ requires to protect data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureThreatAssessment) }},
		{says: "accounts are for users of 14 and older, and parents can create children's profiles that show only films for the chosen age", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.Note != ""
		}},
		{says: "the service is not responsible for the data a user gives to the websites of partners it links to", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "a changed policy takes effect when it is published on the website", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Changes.Notify, policy.ChannelHomePage)
		}},
		{says: "questions about personal data go to privacy@ivi.example", typed: func(p *policy.Policy) bool { return p.Responsible != nil && p.Responsible.Email != "" }},
	}}
}

// telemedicineRU paraphrases, in our own words and as we recall it, the
// policy on the processing of personal data of the Russian telemedicine
// service SberHealth (СберЗдоровье), as published in 2024: a Moscow
// company with a medical licence whose doctors consult patients online,
// and which books appointments with partner clinics; health data is
// processed on the patient's written consent and under medical secrecy
// (Art. 13 of Federal Law No. 323-FZ), consultations are recorded as the
// law on telemedicine requires, and medical records are kept for as long
// as the rules on medical documentation say.
func telemedicineRU() realPolicy {
	all := policy.Actions()
	secrecy := policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{{Act: "Federal Law No. 323-FZ “On the Fundamentals of Protecting the Health of Citizens in the Russian Federation”, Art. 13", Region: regionRU}}}
	medicalRecords := "the Ministry of Health’s order on keeping medical documentation (25 years for an outpatient medical record)"
	patient := &policy.Category{ID: "patient", Name: "Patient data", Items: []string{"surname, first name and patronymic", "date of birth", "sex", "phone number", "email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	documents := &policy.Category{ID: "documents", Name: "Documents and insurance", Items: []string{"passport details", "SNILS", "compulsory or voluntary medical insurance policy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy(medicalRecords), Linked: true}
	health := &policy.Category{ID: "health", Name: "Health data", Items: []string{"complaints and symptoms", "medical history", "test results and medical documents the patient uploads", "conclusions and recommendations of doctors", "prescriptions"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, Retention: policy.AsRequiredBy(medicalRecords), Linked: true,
		Secrecy: secrecy, Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	recordings := &policy.Category{ID: "recordings", Name: "Recordings of consultations", Items: []string{"audio and video recordings of online consultations", "chat messages with the doctor"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy(medicalRecords), Linked: true, Secrecy: secrecy}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"amounts and dates of payments", "services paid for"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the bank that takes the payment",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	technical := &policy.Category{ID: "technical", Name: "Technical data", Items: []string{"IP address", "cookie identifiers", "device and browser", "actions on the website and in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	clinics := &policy.Recipient{ID: "clinics", Name: "Partner clinics and laboratories the patient books with", Role: policy.RoleThirdParty, Categories: []*policy.Category{patient, documents, health}, Country: regionRU,
		Purpose: "to provide the appointment or test the patient booked"}
	doctors := &policy.Recipient{ID: "doctors", Name: "Doctors who consult on the service", Role: policy.RoleProcessor, Categories: []*policy.Category{patient, health, recordings}, Country: regionRU,
		Purpose: "to consult the patient; they are bound by medical secrecy"}
	insurers := &policy.Recipient{ID: "insurers", Name: "Insurance companies under voluntary medical insurance", Role: policy.RoleThirdParty, Categories: []*policy.Category{patient, documents, health}, Conditional: true, Country: regionRU,
		Purpose: "the patient's insurance policy covers the consultation"}
	egisz := &policy.Recipient{ID: "egisz", Name: "The Unified state information system in health care (EGISZ)", Role: policy.RoleAuthority, Categories: []*policy.Category{patient, documents, health}, Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "Sberbank, which takes payments and provides sign-in with Sber ID", Role: policy.RoleThirdParty, Categories: []*policy.Category{patient, payment}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{technical}, Country: regionRU}

	registration := &policy.Purpose{ID: "registration", Name: "Registering patients and booking appointments with doctors and clinics", Categories: []*policy.Category{patient, documents},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{clinics, bank},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "without a name, a phone number and a date of birth an appointment cannot be booked"}
	consultations := &policy.Purpose{ID: "consultations", Name: "Providing online consultations with doctors and keeping medical records", Categories: []*policy.Category{patient, documents, health, recordings},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, Withdraw: "by a written statement to the company; records already made are kept as the law requires",
		ConsentMethod: policy.ConsentMethodWritten, Recipients: []*policy.Recipient{doctors, clinics, insurers},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "a doctor cannot consult without the complaints and medical history the patient gives"}
	reporting := &policy.Purpose{ID: "reporting", Name: "Entering medical documents in the state health information system and keeping medical documentation", Categories: []*policy.Category{patient, documents, health, recordings},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisHealthCare}, Recipients: []*policy.Recipient{egisz},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 323-FZ, Art. 36.2 and 91.1", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	payments := &policy.Purpose{ID: "payments", Name: "Taking payment for consultations and keeping accounting records", Categories: []*policy.Category{patient, payment},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Federal Law No. 402-FZ “On Accounting”, Art. 29", Region: regionRU}},
		Recipients: []*policy.Recipient{bank}, Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	quality := &policy.Purpose{ID: "quality", Name: "Checking the quality of medical care and handling complaints", Categories: []*policy.Category{patient, health, recordings},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisHealthCare}, Obligations: []policy.Obligation{{Act: "Federal Law No. 323-FZ, Art. 90 (internal quality control)", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending news and offers about the service", Categories: []*policy.Category{patient},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the link in each message or by writing to the company", ConsentMethod: policy.ConsentMethodCheckbox, OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and app are used", Categories: []*policy.Category{technical},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off cookies in the browser", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "SberHealth LLC", Address: "Moscow, Russia"},
			Country: regionRU, Registration: "OGRN 1127746000000, INN 7700000000, licence for medical activity"},
		Responsible:      &policy.Contact{Email: "pd@sberhealth.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-13-000000"},
		URL:              "https://sberhealth.example/legal/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.February, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Federal Law No. 152-FZ “On Personal Data”", Region: regionRU},
			{Act: "Federal Law No. 323-FZ “On the Fundamentals of Protecting the Health of Citizens in the Russian Federation”", Region: regionRU}},
		Scope:      []string{"the website sberhealth.ru", "the SberHealth mobile app"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{patient, documents, health, recordings, payment, technical},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "bank card details", Category: payment, Note: "The bank takes them on its own payment page."},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{registration, consultations, reporting, payments, quality, marketing, analytics},
		Recipients:  []*policy.Recipient{clinics, doctors, insurers, egisz, bank, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{patient, technical}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}, LegalHold: true},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies the website needs to work", Party: policy.PartyFirst, Purpose: registration, Categories: []*policy.Category{technical}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica cookies", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{technical}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:               fz152Rights("by a written request to the company's address or to pd@sberhealth.example"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		NoAutomatedDecisions: true,
		Security:             append(fz152Security(), policy.Measure{Kind: policy.MeasureEncryptionAtRest}),
		Children: policy.Children{MinimumAge: 18, ParentalConsent: true,
			Note: "A parent or other legal representative books consultations for a child under 15 and gives consent to medical care on the child's behalf."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact: policy.Contact{Email: "support@sberhealth.example", Phone: "+7 800 000-00-00", Address: "Moscow, Russia"},
	}
	return realPolicy{"telemedicine service (SberHealth)", p, []statement{
		{says: "SberHealth LLC in Moscow, which holds a licence for medical activity, is the operator", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionRU && p.Controller.Registration != ""
		}},
		{says: "the operator is entered in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the processing rests on 152-FZ and 323-FZ", typed: func(p *policy.Policy) bool { return len(p.LegalActs) == 2 }},
		{says: "the policy covers the website and the mobile app", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "a patient gives a name, date of birth, sex, phone number and email address", typed: func(p *policy.Policy) bool { return len(p.Category("patient").Items) == 5 }},
		{says: "a patient may give passport details, SNILS and the medical insurance policy", typed: func(p *policy.Policy) bool { return len(p.Category("documents").Items) == 3 }},
		{says: "health data includes complaints, medical history, uploaded test results, doctors' conclusions and prescriptions", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial && len(p.Category("health").Items) == 5
		}},
		{says: "health data is processed only on the patient's written consent", typed: func(p *policy.Policy) bool {
			c := p.Purpose("consultations")
			return c.HasBasis(policy.BasisExplicitConsent) && c.ConsentMethod == policy.ConsentMethodWritten
		}},
		{says: "health data is also processed for medical purposes by doctors bound by medical secrecy", typed: func(p *policy.Policy) bool { return p.Purpose("reporting").HasBasis(policy.BasisHealthCare) }},
		{says: "health data and consultations are medical secrecy under Art. 13 of 323-FZ", typed: func(p *policy.Policy) bool {
			s := p.Category("health").Secrecy
			return s.Kind == policy.SecrecyMedical && len(s.Laws) == 1 && p.Category("recordings").Secrecy.Kind == policy.SecrecyMedical
		}},
		{says: "online consultations are recorded, and the recordings are kept as medical documentation", typed: func(p *policy.Policy) bool {
			return p.Category("recordings").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("reporting").Uses(p.Category("recordings"))
		}},
		{says: "an online consultation cannot make a diagnosis on a first visit; the doctor can only advise and refer", free: toPurpose("consultations")},
		{says: "the doctors who consult on the service receive the patient's data to consult, bound by medical secrecy", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("consultations").Recipients, recipient(p, "doctors"))
		}},
		{says: "partner clinics and laboratories receive the data of a patient who books with them", typed: func(p *policy.Policy) bool {
			return recipient(p, "clinics").Role == policy.RoleThirdParty && recipient(p, "clinics").Purpose != ""
		}},
		{says: "an insurer receives data on the consultations it pays for under voluntary medical insurance", typed: func(p *policy.Policy) bool { return recipient(p, "insurers").Conditional }},
		{says: "medical documents are entered in the unified state health information system as the law requires", typed: func(p *policy.Policy) bool {
			r := p.Purpose("reporting")
			return r.HasBasis(policy.BasisLegalObligation) && slices.Contains(r.Recipients, recipient(p, "egisz"))
		}},
		{says: "Sberbank takes payments and provides sign-in with Sber ID", typed: func(p *policy.Policy) bool { return recipient(p, "bank").Role == policy.RoleThirdParty }},
		{says: "the service never receives the full card number", typed: func(p *policy.Policy) bool { return p.NotCollected[0].ID == "card" }},
		{says: "without a name, a phone number and a date of birth an appointment cannot be booked", typed: func(p *policy.Policy) bool { return p.Purpose("registration").Required != "" }},
		{says: "a user may book for a relative, and must have the relative's consent", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("registration").Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "the quality of medical care is checked and complaints are handled under 323-FZ", typed: func(p *policy.Policy) bool {
			return p.Purpose("quality").HasBasis(policy.BasisLegalObligation) && len(p.Purpose("quality").Obligations) == 1
		}},
		{says: "news and offers are sent only with consent, which can be withdrawn", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.HasBasis(policy.BasisConsent) && m.OptOut && m.Withdraw != ""
		}},
		{says: "health data is never used for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "Yandex Metrica measures the use of the website with cookies, which users can turn off", typed: func(p *policy.Policy) bool {
			return cookie(p, "metrica") != nil && p.Purpose("analytics").OptOut
		}},
		{says: "payment records are kept for five years under the law on accounting", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "medical records are kept for as long as the rules on medical documentation require, 25 years for an outpatient record", typed: func(p *policy.Policy) bool {
			return p.Category("health").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "withdrawing consent stops processing, but medical records are kept for the period the law requires", typed: func(p *policy.Policy) bool { return p.Deletion[1].LegalHold }},
		{says: "data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool { return p.Deletion[0].Stages[0].Within == policy.Days(30) }},
		{says: "data is stored in databases in Russia and is not transferred abroad", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU && len(p.Transfers) == 0 }},
		{says: "data is disclosed to authorities where the law permits, including without consent under Art. 13(4) of 323-FZ", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "patients may access their data and medical documents, correct them, have them blocked or destroyed, withdraw consent and complain to Roskomnadzor", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are answered within ten working days, and the requester's identity is checked", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(10) && len(p.Requests.Verification) == 2
		}},
		{says: "no decision with legal effects is taken by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "data is protected by the measures of 152-FZ and encrypted in storage", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && hasMeasure(p, policy.MeasureEncryptionAtRest)
		}},
		{says: "a parent books consultations for a child under 15 and consents to the child's medical care", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.Note != ""
		}},
		{says: "the service does not process biometric data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassBiometric }},
		{says: "the company is not responsible for the accuracy of the data a patient gives", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		{says: "a changed policy takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return slices.Contains(p.Changes.Notify, policy.ChannelHomePage) }},
		{says: "questions about personal data go to the person responsible for processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
	}}
}
