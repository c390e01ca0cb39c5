package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// Three more Russian policies ("Политика в отношении обработки
// персональных данных", 152-FZ Art. 18.1), paraphrased as the others are:
// an online school, a food delivery service and a small business website
// whose operator is an individual entrepreneur.

var (
	regionRU = language.MustParseRegion("RU")
	regionKZ = language.MustParseRegion("KZ")
	regionRS = language.MustParseRegion("RS")
)

// anyBasis reports whether some purpose of p rests on b.
func anyBasis(p *policy.Policy, b policy.Basis) bool {
	return slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return pu.HasBasis(b) })
}

// toCookie adds text to the note of the declared cookie id.
func toCookie(id string) func(*policy.Policy, string) {
	return func(p *policy.Policy, text string) { cookie(p, id).Note = text }
}

// fz152Rights are the rights of 152-FZ Art. 14, 15, 16 and 17 and of
// Art. 9(2) as Russian policies list them.
func fz152Rights(how string) []policy.Right {
	return []policy.Right{
		{Kind: policy.RightAccess, How: how}, {Kind: policy.RightRectification, How: how}, {Kind: policy.RightRestriction, How: how},
		{Kind: policy.RightErasure, How: how}, {Kind: policy.RightWithdrawConsent, How: how}, {Kind: policy.RightObjection},
		{Kind: policy.RightNoAutomatedDecision}, {Kind: policy.RightComplaint},
	}
}

// fz152Security are the measures of 152-FZ Art. 18.1(1) and 19(2) as
// Russian policies list them.
func fz152Security() []policy.Measure {
	return []policy.Measure{
		{Kind: policy.MeasureInternalRules}, {Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureThreatAssessment},
		{Kind: policy.MeasureCertifiedTools}, {Kind: policy.MeasureEffectivenessAssessment}, {Kind: policy.MeasureMediaAccounting},
		{Kind: policy.MeasureIncidentDetection}, {Kind: policy.MeasureRecovery}, {Kind: policy.MeasureAccessControl},
		{Kind: policy.MeasureInternalControl}, {Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureBreachNotification},
	}
}

// onlineSchool paraphrases the policy on the processing of personal data
// that Russian online schools (ed-tech platforms selling courses of
// further professional education) publish under 152-FZ, as published in
// 2024: students and the parents of minors, instalment partners, recorded
// webinars, the federal register of education documents, marketing by
// consent, Yandex Metrica, localisation and Roskomnadzor's register.
func onlineSchool() realPolicy {
	all := policy.Actions()
	student := &policy.Category{ID: "student", Name: "Student data", Items: []string{"surname, first name and patronymic", "date of birth", "phone number", "email address", "city"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(3)), Linked: true}
	parent := &policy.Category{ID: "parent", Name: "Data of parents and legal representatives", Items: []string{"surname, first name and patronymic", "phone number", "email address", "passport details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	learning := &policy.Category{ID: "learning", Name: "Learning data", Items: []string{"courses taken", "homework and its assessment", "progress and test results", "messages to tutors"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Years(3)), Linked: true}
	diploma := &policy.Category{ID: "diploma", Name: "Education documents", Items: []string{"SNILS", "details of the diploma of higher or secondary vocational education", "citizenship", "details of the certificate we issue"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("the list of standard archival documents approved by Rosarchiv Order No. 236 of 20 December 2019"), Linked: true}
	recording := &policy.Category{ID: "recording", Name: "Webinar recordings", Items: []string{"image and voice of participants who turn on the camera or microphone", "chat messages"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"contract number", "amounts and dates of payments", "instalment or loan status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "banks and instalment partners",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	web := &policy.Category{ID: "web", Name: "Technical data", Items: []string{"IP address", "cookie identifiers", "browser and device", "pages visited and actions on them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	bank := &policy.Recipient{ID: "bank", Name: "The acquiring bank", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment}, Country: regionRU}
	instalment := &policy.Recipient{ID: "instalment", Name: "Banks and instalment partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{student, parent, payment},
		Purpose: "to consider an application for a loan or instalment plan to pay for a course", Country: regionRU}
	frdo := &policy.Recipient{ID: "frdo", Name: "The Federal Register of Documents on Education (FIS FRDO)", Role: policy.RoleAuthority, Categories: []*policy.Category{student, diploma}, Country: regionRU}
	webinars := &policy.Recipient{ID: "webinars", Name: "The webinar platform provider", Role: policy.RoleProcessor, Categories: []*policy.Category{student, recording}, Country: regionRU}
	mailer := &policy.Recipient{ID: "mailer", Name: "The email and SMS delivery service", Role: policy.RoleProcessor, Categories: []*policy.Category{student}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{web}, Country: regionRU}
	contract := &policy.Purpose{ID: "contract", Name: "Concluding and performing contracts for educational services", Categories: []*policy.Category{student, parent, learning, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{bank, webinars},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "without a name, a phone number and an email address we cannot conclude the contract or give access to the course"}
	education := &policy.Purpose{ID: "education", Name: "Issuing certificates of further professional education and entering them in the federal register", Categories: []*policy.Category{student, diploma},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{frdo},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 273-FZ “On Education in the Russian Federation”, Art. 60 and 98", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "without SNILS and a diploma of prior education we cannot issue a certificate or a diploma of professional retraining"}
	credit := &policy.Purpose{ID: "credit", Name: "Arranging payment by instalments or with a bank loan", Categories: []*policy.Category{student, parent, payment},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to us or to the bank", ConsentMethod: policy.ConsentMethodCheckbox, Recipients: []*policy.Recipient{instalment},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	webinar := &policy.Purpose{ID: "webinar", Name: "Recording webinars and giving students access to the recordings", Categories: []*policy.Category{recording},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to us; the camera and microphone can stay off", OptOut: true, Recipients: []*policy.Recipient{webinars}, ImageConsent: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending information and advertising about courses", Categories: []*policy.Category{student},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the link in each email, by replying STOP to an SMS or by writing to us", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{mailer},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectMessageRecipients}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website is used and improving it", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie banner or by turning off cookies in the browser", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	accounting := &policy.Purpose{ID: "accounting", Name: "Keeping accounting and tax records", Categories: []*policy.Category{student, parent, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 402-FZ “On Accounting”, Art. 29", Region: regionRU},
			{Act: "Tax Code of the Russian Federation, Art. 23(1)(8)", Region: regionRU}, {Act: "Tax Code of the Russian Federation, Art. 219(1)(2) (social tax deduction for education)", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Online School LLC", Email: "pd@school.example", Phone: "+7 495 000-00-00", Address: "Moscow, Russia"},
			Country: regionRU, Registration: "OGRN 1207700000000, INN 7700000000, educational licence No. L035-01298-77/00000000"},
		Responsible:      &policy.Contact{Email: "dpo@school.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-20-012345", Notified: policy.MakeDate(2020, time.June, 15)},
		URL:              "https://school.example/legal/privacy",
		Version:          "5.0", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:      []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU}, {Act: "Гражданский кодекс Российской Федерации", Region: regionRU}, {Act: "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»", Region: regionRU}, {Act: "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»", Region: regionRU}, {Act: "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите информации»", Region: regionRU}, {Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU}, {Act: "устав Общества", Region: regionRU}},
		Scope:     []string{"the website school.example and its subdomains", "the learning platform", "the mobile apps"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{student, parent, learning, diploma, recording, payment, web},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "bank card details", Category: payment, Note: "The bank takes them on its own payment page."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{contract, education, credit, webinar, marketing, analytics, accounting},
		Recipients:  []*policy.Recipient{bank, instalment, frdo, webinars, mailer, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}, Note: "Destruction is recorded in an act."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{student, parent, recording, payment, web},
				Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies", Party: policy.PartyFirst, Purpose: contract, Categories: []*policy.Category{student},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica cookies (_ym_uid, _ym_d and others)", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: fz152Rights("by writing to pd@school.example or by post"),
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentExpiry, policy.EventConsentWithdrawal,
			policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship,
				policy.RequestDetailSignature, policy.RequestDetailElectronicSignature},
			RepeatAfter: policy.Days(30)},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 14, ParentalConsent: true, ConsentAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, HistoryURL: "https://school.example/legal/privacy/archive"},
		Contact:  policy.Contact{Email: "pd@school.example", Address: "Moscow, Russia"},
	}
	// 152-FZ Art. 21(3.1): within 24 hours, and the results within 72.
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Days(1), Results: policy.Days(3)}
	return realPolicy{"online school (152-FZ)", p, []statement{
		{says: "the operator is a Moscow company holding an educational licence", typed: func(p *policy.Policy) bool { return p.Controller.Registration != "" }},
		{says: "the operator is entered in Roskomnadzor's register of operators under its number", typed: func(p *policy.Policy) bool {
			return p.OperatorRegister.Number != "" && p.OperatorRegister.Notified.Valid()
		}},
		{says: "a person responsible for organising the processing is appointed and can be written to", typed: func(p *policy.Policy) bool { return p.Responsible.Email != "" }},
		{says: "the policy covers the website, the learning platform and the apps, and is published on the website", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3 && p.URL != ""
		}},
		{says: "processing follows the principles of Art. 5", typed: func(p *policy.Policy) bool { return len(p.Principles) == 7 }},
		{says: "we process students' names, dates of birth and contacts, and their learning progress, to perform the contract", typed: func(p *policy.Policy) bool {
			return p.Purpose("contract").Uses(p.Category("learning")) && p.Purpose("contract").RestsOn(policy.BasisContract, policy.FZ152)
		}},
		{says: "for a minor, a parent or legal representative concludes the contract, and we process their data too", typed: func(p *policy.Policy) bool {
			return p.Purpose("contract").Uses(p.Category("parent"))
		}},
		{says: "minors under 14 use the platform only with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ParentalConsent
		}},
		{says: "to issue certificates we collect SNILS and the diploma of prior education, as the education law requires, and enter them in FIS FRDO", typed: func(p *policy.Policy) bool {
			return p.Purpose("education").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "frdo").Role == policy.RoleAuthority
		}},
		{says: "payment for courses in instalments or by loan goes through partner banks, with the student's consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").HasBasis(policy.BasisConsent) && recipient(p, "instalment").Role == policy.RoleThirdParty
		}},
		{says: "card details go to the bank, not to us", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "webinars are recorded, with the image and voice of participants who turn on their camera, and recordings are kept for a year", typed: func(p *policy.Policy) bool {
			return p.Category("recording").Retention.Period == policy.Years(1) && p.Purpose("webinar").HasBasis(policy.BasisConsent)
		}},
		{says: "advertising emails and SMS are sent only with consent given by an unticked box, which we record and which can be withdrawn", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.ConsentMethod == policy.ConsentMethodCheckbox && m.ConsentLogged && m.Withdraw != ""
		}},
		{says: "the website uses Yandex Metrica cookies, set only with consent in the cookie banner", typed: func(p *policy.Policy) bool {
			return cookie(p, "metrica").Consent == policy.CookieConsentOptIn
		}},
		{says: "payments are kept for accounting for 5 years and for the social tax deduction", typed: func(p *policy.Policy) bool {
			return p.Purpose("accounting").RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(p.Purpose("accounting").Obligations) == 3
		}},
		{says: "for each purpose the policy lists the subjects, the actions of Art. 3(3) and the mixed method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) != 13 || pu.Method == 0 })
		}},
		{says: "we do not process special categories or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU }},
		{says: "there is no cross-border transfer", typed: func(p *policy.Policy) bool { return len(p.Transfers) == 0 }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn, and the destruction recorded", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[1].From == policy.EventConsentWithdrawal
		}},
		{says: "subjects may obtain information, demand clarification, blocking or destruction, withdraw consent, object to automated decisions and appeal to Roskomnadzor or a court",
			typed: func(p *policy.Policy) bool {
				return hasRight(p, policy.RightNoAutomatedDecision) && hasRight(p, policy.RightComplaint)
			}},
		{says: "we answer within 10 working days, extendable by 5 with a reasoned notice", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10)
		}},
		{says: "we take the legal, organisational and technical measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool { return len(p.Security) == 12 }},
		{says: "we tell Roskomnadzor of an incident as the law requires", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureBreachNotification) }},
		{says: "the incident is reported to Roskomnadzor within 24 hours and the results of its investigation within 72 hours", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool {
				return m.Breach == policy.BreachNotice{Authority: policy.Days(1), Results: policy.Days(3)}
			})
		}},
		{says: "strictly necessary session cookies are set without consent", typed: func(p *policy.Policy) bool { return cookie(p, "session").StrictlyNecessary }},
		{says: "the webinar platform and the mailing service process data on our instruction", typed: func(p *policy.Policy) bool {
			return recipient(p, "webinars").Role == policy.RoleProcessor && recipient(p, "mailer").Role == policy.RoleProcessor
		}},
		{says: "data is given to courts and authorities only as the law requires", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "earlier versions of the policy are published in an archive", typed: func(p *policy.Policy) bool { return p.Changes.HistoryURL != "" }},
		{says: "processing stops when the purposes are achieved, consent expires or is withdrawn, unlawful processing is found, or the operator is liquidated", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Termination, []policy.Event{policy.EventPurposeAchieved, policy.EventConsentExpiry, policy.EventConsentWithdrawal,
				policy.EventUnlawfulProcessing, policy.EventLiquidation})
		}},
		{says: "a request states the passport details of the subject or the representative, the details of the contract and the signature, and may be signed with an electronic signature", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Contents) == 4
		}},
		{says: "if the request is repeated before 30 days have passed, the subject must give reasons", typed: func(p *policy.Policy) bool { return p.Requests.RepeatAfter == policy.Days(30) }},
		{says: "a minor aged 14 to 18 consents himself with the consent of a parent, and a parent consents for a child under 14", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ParentalConsent && p.Children.ConsentAge == 18
		}},
		// Free text.
		{says: "the legal grounds are the Constitution, the Civil Code, Federal Laws No. 152-FZ, No. 273-FZ, No. 149-FZ and No. 38-FZ “On Advertising”, the charter, the contracts and the consents", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7 && anyBasis(p, policy.BasisContract) && anyBasis(p, policy.BasisConsent)
		}},
		{says: "recordings in which students appear are published to others only with their consent to the use of their image under Art. 152.1 of the Civil Code", typed: func(p *policy.Policy) bool {
			return p.Purpose("webinar").ImageConsent && p.Subject(policy.FZ152)
		}},
	}}
}

// foodDelivery paraphrases the policy on the processing of personal data
// that Russian food delivery services publish under 152-FZ, as published
// in 2024: customers and couriers as separate categories of data
// subjects, geolocation, recorded calls, restaurants as partners, medical
// records of couriers, foreign couriers, and transfers to the group's
// companies abroad.
func foodDelivery() realPolicy {
	all := policy.Actions()
	customer := &policy.Category{ID: "customer", Name: "Customer data", Items: []string{"name", "phone number", "email address", "delivery addresses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Order data", Items: []string{"restaurant and dishes ordered", "order amount and time", "ratings and reviews"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	location := &policy.Category{ID: "location", Name: "Geolocation", Items: []string{"location of the device when the app is open", "delivery route"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(6), policy.EventCollection), Linked: true}
	calls := &policy.Category{ID: "calls", RecordingNotice: true, Name: "Call recordings", Items: []string{"recordings of calls to the support service", "recordings of calls between customers and couriers through masked numbers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Months(6), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "Device data", Items: []string{"IP address", "device identifier and advertising identifier", "app version and operating system", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	courier := &policy.Category{ID: "courier", Name: "Courier data", Items: []string{"surname, first name and patronymic", "date of birth", "phone number", "passport details", "INN and self-employed status", "photo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the Federal Tax Service, which confirms self-employed status",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	migration := &policy.Category{ID: "migration", Name: "Migration documents of foreign couriers", Items: []string{"citizenship", "migration card", "work permit or patent"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	medical := &policy.Category{ID: "medical", Name: "Personal medical record book data", Items: []string{"results of the mandatory medical examination", "sanitary training"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventContractEnd), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"masked card number and card token", "payment status", "payouts to couriers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the acquiring bank",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	restaurants := &policy.Recipient{ID: "restaurants", Name: "Partner restaurants and shops", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, orders},
		Purpose: "to prepare the order and hand it to the courier", Country: regionRU}
	couriers := &policy.Recipient{ID: "couriers", Name: "Couriers and courier partner companies", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, orders, location},
		Purpose: "to deliver the order", Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "The acquiring bank", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment, orders}, Country: regionRU}
	telephony := &policy.Recipient{ID: "telephony", Name: "The telephony provider", Role: policy.RoleProcessor, Categories: []*policy.Category{calls}, Country: regionRU}
	group := &policy.Recipient{ID: "group", Name: "Companies of our group", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, orders, device},
		Purpose: "to provide the service in the countries where the group operates and to support it"}
	mvd := &policy.Recipient{ID: "mvd", Name: "The Ministry of Internal Affairs", Role: policy.RoleAuthority, Categories: []*policy.Category{courier, migration}, Country: regionRU}
	delivery := &policy.Purpose{ID: "delivery", Name: "Accepting, paying for and delivering orders", Categories: []*policy.Category{customer, orders, location, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{restaurants, couriers, bank},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "without a phone number and a delivery address we cannot accept an order",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Contest: "by writing to support"}}
	support := &policy.Purpose{ID: "support", Name: "Answering customers and couriers and recording calls to check the quality of service", Categories: []*policy.Category{customer, courier, calls},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by ending the call or by writing to support instead", Recipients: []*policy.Recipient{telephony},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	couriering := &policy.Purpose{ID: "couriers", Name: "Admitting couriers, assigning orders to them and paying them", Categories: []*policy.Category{courier, location, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{bank},
		Subjects: []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "without passport details and self-employed status we cannot conclude a contract with a courier"}
	sanitary := &policy.Purpose{ID: "sanitary", Name: "Checking that couriers who carry food have passed the mandatory medical examination", Categories: []*policy.Category{medical},
		Bases:       []policy.Basis{policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 52-FZ “On the Sanitary and Epidemiological Welfare of the Population”, Art. 34", Region: regionRU}},
		Withdraw:    "by writing to us, after which the courier can no longer carry food",
		Subjects:    []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodNonAutomated}
	foreign := &policy.Purpose{ID: "foreign", Name: "Notifying the migration authorities of contracts with foreign couriers", Categories: []*policy.Category{courier, migration},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{mvd},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 115-FZ “On the Legal Status of Foreign Citizens in the Russian Federation”, Art. 13(8)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending promotions and personalised offers", Categories: []*policy.Category{customer, orders, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's notification settings or with the link in each message", OptOut: true, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	accounting := &policy.Purpose{ID: "accounting", Name: "Keeping accounting and tax records", Categories: []*policy.Category{orders, payment, courier},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 402-FZ “On Accounting”, Art. 29", Region: regionRU},
			{Act: "Federal Law No. 422-FZ on the tax on professional income", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	cats := []*policy.Category{customer, orders, location, calls, device, courier, migration, medical, payment}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Food Delivery LLC", Email: "privacy@food.example", Address: "Moscow, Russia"},
			Country: regionRU, Registration: "OGRN 1157700000000"},
		Responsible:      &policy.Contact{Email: "privacy@food.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-15-003456", Notified: policy.MakeDate(2015, time.September, 1)},
		URL:              "https://food.example/legal/privacy",
		Version:          "2024-02", Effective: policy.MakeDate(2024, time.February, 1), Updated: policy.MakeDate(2024, time.February, 1),
		Laws:      []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU}, {Act: "Гражданский кодекс Российской Федерации", Region: regionRU}, {Act: "Трудовой кодекс Российской Федерации", Region: regionRU}, {Act: "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»", Region: regionRU}, {Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU}, {Act: "Федеральный закон от 07.07.2003 № 126-ФЗ «О связи»", Region: regionRU}},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: cats,
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "The bank keeps them; we receive a token."},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:   []*policy.Purpose{delivery, support, couriering, sanitary, foreign, marketing, accounting},
		Recipients: []*policy.Recipient{restaurants, couriers, bank, telephony, group, mvd},
		Transfers: []policy.Transfer{
			{Destination: regionKZ, Recipient: group, Categories: []*policy.Category{customer, orders, device}, Safeguard: policy.SafeguardAdequacy},
			{Destination: regionRS, Recipient: group, Categories: []*policy.Category{customer, orders, device}, Safeguard: policy.SafeguardAdequacy},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}, Note: "Destruction is recorded in an act."},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{customer, location, device},
				Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}, {Removal: policy.RemovalBackups, Within: policy.Days(30)}}},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies", Party: policy.PartyFirst, Purpose: delivery, Categories: []*policy.Category{customer},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "appmetrica", Name: "AppMetrica", Technology: policy.TechnologySDK, Party: policy.PartyThird, ProviderName: "Yandex LLC", Purpose: marketing,
				Categories: []*policy.Category{device}, Lifetime: policy.UntilCleared()},
		},
		Rights:   fz152Rights("in the app or by writing to privacy@food.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: append(fz152Security(), policy.Measure{Kind: policy.MeasureContactMasking}),
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}},
		Contact:  policy.Contact{Email: "privacy@food.example"},
	}
	return realPolicy{"food delivery (152-FZ)", p, []statement{
		{says: "the operator is a Moscow company entered in the register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "a person responsible for organising the processing is appointed", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "customers and couriers are separate categories of data subjects, with their own data and purposes", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("couriers").Subjects, policy.DataSubjectCounterparties) && slices.Contains(p.Purpose("delivery").Subjects, policy.DataSubjectCustomers)
		}},
		{says: "to deliver an order we process the customer's name, phone, address and the order, and the data of the person who receives it", typed: func(p *policy.Policy) bool {
			return p.Purpose("delivery").Uses(p.Category("orders")) && slices.Contains(p.Purpose("delivery").Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "the app determines the customer's location to suggest the address and shows the courier's route", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").Sources, policy.SourceAutomatic) && p.Purpose("delivery").Uses(p.Category("location"))
		}},
		{says: "geolocation is kept for 6 months", typed: func(p *policy.Policy) bool { return p.Category("location").Retention.Period == policy.Months(6) }},
		{says: "the order goes to the restaurant and the courier, who receive the name, phone and address", typed: func(p *policy.Policy) bool {
			return recipient(p, "restaurants").Role == policy.RoleThirdParty && recipient(p, "couriers") != nil
		}},
		{says: "calls to support and between customers and couriers are recorded, with a warning at the start, and kept for 6 months", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("calls")) && p.Category("calls").Retention.Period == policy.Months(6) && p.Category("calls").RecordingNotice
		}},
		{says: "payments go through the acquiring bank, and we receive only a token and a masked card number", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && recipient(p, "bank") != nil
		}},
		{says: "couriers give their passport details and INN, and the tax service confirms their self-employed status", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("courier").Sources, policy.SourceThirdParty) && p.Category("courier").SourceDetail != ""
		}},
		{says: "couriers' data is kept for 5 years after the contract ends", typed: func(p *policy.Policy) bool {
			return p.Category("courier").Retention.From == policy.EventContractEnd && p.Category("courier").Retention.Period == policy.Years(5)
		}},
		{says: "couriers who carry food show a medical record book, which holds health data, processed as the sanitary law requires and with written consent", typed: func(p *policy.Policy) bool {
			return p.Category("medical").Sensitivity == policy.SensitivitySpecial && p.Purpose("sanitary").RestsOn(policy.BasisExplicitConsent, policy.FZ152)
		}},
		{says: "we notify the Ministry of Internal Affairs of contracts with foreign couriers", typed: func(p *policy.Policy) bool {
			return p.Purpose("foreign").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "mvd").Role == policy.RoleAuthority
		}},
		{says: "promotions and personalised offers are sent with consent, which can be withdrawn in the app", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").Profiling && p.Purpose("marketing").Withdraw != ""
		}},
		{says: "the app uses AppMetrica, set by Yandex", typed: func(p *policy.Policy) bool { return cookie(p, "appmetrica").Technology == policy.TechnologySDK }},
		{says: "order and payment records are kept for 5 years for accounting", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "customer and order data goes to the group's companies in Kazakhstan and Serbia, countries that protect data adequately", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[0].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "for each purpose the policy lists the subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved, and an account's data within 60 days of a request to delete it", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].Total() == policy.Days(60)
		}},
		{says: "the service is for adults only", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "subjects have the rights of Art. 14 to 17 and may withdraw consent", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightWithdrawConsent) }},
		{says: "we answer within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool { return p.Requests.Extension == policy.Days(5) }},
		{says: "we protect data with the measures of Art. 19", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureThreatAssessment) }},
		{says: "statistics are used only in aggregated form", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		// Free text.
		{says: "the legal grounds are the Constitution, the Civil Code, the Labour Code, Federal Laws No. 152-FZ, No. 38-FZ “On Advertising” and No. 126-FZ “On Communications”, the user agreement and the consents", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6 && anyBasis(p, policy.BasisContract) && anyBasis(p, policy.BasisConsent)
		}},
		{says: "the courier sees the customer's phone only as a masked number, valid until the order is delivered", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureContactMasking) }},
		{says: "before the first transfer abroad we notified Roskomnadzor and obtained from each recipient the information Art. 12(5) lists", free: toIntroduction},
		{says: "the service cancels an order and may block an account used for fraud, which a person may contest with support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("delivery").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Targets, policy.SuspensionTargetAccount) &&
				slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
	}}
}

// smallBusiness paraphrases the minimal policy that small Russian
// businesses publish on their websites from the templates of policy
// generators, as published in 2023: an individual entrepreneur, a
// contact form and Yandex Metrica. Such a template keeps wording that
// predates Federal Law No. 266-FZ: requests are answered within 30 days,
// the period of processing is unlimited, and no procedure of
// destruction is given.
func smallBusiness() realPolicy {
	all := policy.Actions()
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"name", "phone number", "email address", "the text of the message"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Indefinitely()}
	web := &policy.Category{ID: "web", Name: "Depersonalised visitor data", Items: []string{"IP address", "cookies", "browser and device", "pages visited"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Indefinitely()}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{web}, Country: regionRU}
	requests := &policy.Purpose{ID: "requests", Name: "Answering requests sent through the form on the website and informing about services", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by an email with the subject “Withdrawal of consent to the processing of personal data”",
		ConsentMethod: policy.ConsentMethodCheckbox,
		Subjects:      []policy.DataSubject{policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	analytics := &policy.Purpose{ID: "analytics", Name: "Collecting statistics of visits to improve the website", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off cookies in the browser", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Individual entrepreneur Ivan Ivanovich Ivanov", Email: "info@smallbiz.example", Phone: "+7 900 000-00-00"},
			Country: regionRU, Registration: "OGRNIP 312345678901234, INN 123456789012", Individual: true},
		URL:         "https://smallbiz.example/privacy",
		Effective:   policy.MakeDate(2023, time.June, 1),
		Laws:        []policy.Law{policy.FZ152},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination, policy.DefinitionProvision, policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem, policy.DefinitionCrossBorderTransfer},
		Scope:       []string{"the website smallbiz.example"},
		Categories:  []*policy.Category{contact, web},
		Storage:     []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:   []*policy.Purpose{requests, analytics},
		Recipients: []*policy.Recipient{metrica},
		Cookies: []policy.Cookie{{ID: "metrica", Name: "Yandex Metrica cookies", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
			Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1))}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Rights:      []policy.Right{{Kind: policy.RightAccess, How: "by writing to info@smallbiz.example"}, {Kind: policy.RightWithdrawConsent}},
		Termination: []policy.Event{policy.EventConsentWithdrawal},
		Requests:    policy.Requests{Deadline: policy.Days(30)},
		Security:    []policy.Measure{{Name: "the legal, organisational and technical measures needed to protect personal data from unauthorised access"}},
		Changes:     policy.Changes{EffectiveOnPosting: true},
		Contact:     policy.Contact{Email: "info@smallbiz.example"},
	}
	return realPolicy{"small business website (152-FZ)", p, []statement{
		{says: "the operator is an individual entrepreneur, named with his OGRNIP and INN", typed: func(p *policy.Policy) bool { return p.Controller.Individual && p.Controller.Registration != "" }},
		{says: "the policy applies to the website and is published on it", typed: func(p *policy.Policy) bool { return p.URL != "" && len(p.Scope) == 1 }},
		{says: "through the form we collect the name, phone number, email address and message", typed: func(p *policy.Policy) bool { return len(p.Category("contact").Items) == 4 }},
		{says: "we process them to answer requests and to inform about our services", typed: func(p *policy.Policy) bool { return p.Purpose("requests").Uses(p.Category("contact")) }},
		{says: "the visitor consents by ticking the box before sending the form", typed: func(p *policy.Policy) bool {
			return p.Purpose("requests").ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "consent can be withdrawn by an email headed “Withdrawal of consent”", typed: func(p *policy.Policy) bool { return p.Purpose("requests").Withdraw != "" }},
		{says: "the website collects depersonalised data through Yandex Metrica to improve the website", typed: func(p *policy.Policy) bool {
			return recipient(p, "metrica") != nil && p.Purpose("analytics").Uses(p.Category("web"))
		}},
		{says: "Metrica's cookies can be turned off in the browser", typed: func(p *policy.Policy) bool { return p.Purpose("analytics").OptOut }},
		{says: "the actions performed are collection, recording, systematisation and the rest of Art. 3(3)", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("requests").Actions) == 13
		}},
		{says: "data is processed with and without automation tools", typed: func(p *policy.Policy) bool { return p.Purpose("requests").Method == policy.ProcessingMethodMixed }},
		{says: "the data subjects are visitors to the website", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("requests").Subjects, policy.DataSubjectVisitors)
		}},
		{says: "we do not process special categories or biometric data", typed: func(p *policy.Policy) bool { return len(p.NotCollected) == 2 }},
		{says: "data of Russian citizens is stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU }},
		{says: "data is not given to third parties except as the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && len(p.Recipients) == 1
		}},
		{says: "there is no cross-border transfer", typed: func(p *policy.Policy) bool { return len(p.Transfers) == 0 }},
		{says: "the period of processing is unlimited", typed: func(p *policy.Policy) bool {
			return p.Category("contact").Retention.Kind == policy.RetentionIndefinite
		}},
		{says: "the visitor may obtain explanations about the processing of his data", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightAccess) }},
		{says: "requests are answered within 30 days", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Days(30) && !p.Requests.WorkingDays }},
		{says: "the operator takes the legal, organisational and technical measures needed", typed: func(p *policy.Policy) bool { return len(p.Security) == 1 }},
		{says: "a new version takes effect when published", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "questions go to the email address on the website", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
		{says: "the operator stops processing when consent is withdrawn", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Termination, []policy.Event{policy.EventConsentWithdrawal})
		}},
		// Free text.
		{says: "the policy defines its terms (personal data, processing, operator, depersonalisation and others) as Art. 3 does", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Definitions, policy.DefinitionProcessing) && slices.Contains(p.Definitions, policy.DefinitionDepersonalisation)
		}},
		{says: "sending the form means the visitor agrees with this policy", free: toPurpose("requests")},
		{says: "if the browser allows cookies and JavaScript, the visitor agrees to Metrica's processing by continuing to use the website", free: toCookie("metrica")},
	}}
}

// The findings a lawyer would expect on the Russian policies above, and
// the ones the validator reports that a lawyer would not, kept with the
// policies they concern and added to expectedFindings and
// validatorMisfires before the tests run.
func init() {
	// The small business's template predates Federal Law No. 266-FZ: it
	// answers requests within 30 days rather than 10 working days
	// (Art. 14(3), 20(1)), lists only the rights to explanations and to
	// withdraw consent (Art. 14, 17), and says nothing of how data is
	// destroyed (Art. 18.1(1)(2), 21). The document rendered from it names
	// Roskomnadzor as the authority to complain to, but only because
	// every policy under 152-FZ gets the law's Authority clause; the
	// template itself states no right to appeal against the operator's
	// acts to Roskomnadzor or a court (Art. 17(1)), and that clause does
	// not mention the court either, so 152fz.14.17 is right to report it.
	expectedFindings["small business website (152-FZ)"] = []policy.Rule{"152fz.14.3", "152fz.14.17", "152fz.21"}
}
