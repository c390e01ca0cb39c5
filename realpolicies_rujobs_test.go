package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// Two more Russian policies under 152-FZ, paraphrased as the others are:
// a job site whose resumes employers find in a paid database, and a
// car-sharing service that checks its drivers' documents, follows its cars
// by telematics and passes the driver's details on when a fine arrives.

// jobSite paraphrases, in our own words and as we recall it, the privacy
// policy of the Russian job site hh.ru (HeadHunter LLC), as published in
// 2024: job seekers publish resumes and choose who sees them, employers
// search the resume database under paid access and each becomes an
// operator of what it receives, a resume made visible to the whole
// internet rests on a separate consent to dissemination, employment
// records can be imported from the public services portal, vacancies
// are recommended automatically, and the site uses cookies and Yandex
// Metrica.
func jobSite() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "Registration data", Items: []string{"first name and surname", "phone number", "email address", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	resume := &policy.Category{ID: "resume", Name: "Resume", Items: []string{"photo", "date of birth and gender", "citizenship and city of residence", "desired position and salary", "work experience", "education and courses", "skills and languages"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceOtherUsers}, OthersConsent: true,
		SourceDetail: "the public services portal (Gosuslugi), from which a job seeker may import the electronic employment record",
		Retention:    policy.WhileAccountActive(policy.Days(30)), Linked: true,
		Visibility: policy.VisibilityOptional, VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, DisseminationConsent: true}
	responses := &policy.Category{ID: "responses", Name: "Responses, invitations and correspondence with employers", Items: []string{"responses to vacancies and cover letters", "invitations and refusals", "messages in chats with employers", "results of tests set by employers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the employers who answer the job seeker",
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	employer := &policy.Category{ID: "employer", Name: "Data of employers' representatives", Items: []string{"first name and surname", "position", "work phone number and email address", "the company's name and INN"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	usage := &policy.Category{ID: "usage", Name: "Technical data", Items: []string{"IP address", "cookie identifiers", "browser and device", "pages, vacancies and resumes viewed", "searches"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"paid services ordered", "invoices and payments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the bank that accepts the payment",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}

	employers := &policy.Recipient{ID: "employers", Name: "Employers and recruitment agencies with access to the resume database", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, resume, responses}, Country: regionRU,
		Purpose: "to consider the job seeker for vacancies; each employer processes what it receives as an operator in its own right"}
	foreign := &policy.Recipient{ID: "foreign-employers", Name: "Employers outside Russia whose vacancies the job seeker responds to", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, resume, responses}, Conditional: true,
		Purpose: "you respond to a vacancy of an employer abroad, which then considers your response"}
	group := &policy.Recipient{ID: "group", Name: "Companies of the HeadHunter group in Kazakhstan", Role: policy.RoleProcessor, Categories: []*policy.Category{account, resume},
		Purpose: "to show resumes to employers on the group's site in Kazakhstan"}
	hosting := &policy.Recipient{ID: "hosting", Name: "Data centres, SMS and email providers", Role: policy.RoleProcessor, Categories: []*policy.Category{account, resume, responses, employer, usage},
		Purpose: "to store the data and send messages on the operator's instructions", Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "Banks and payment service providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{usage}, Country: regionRU,
		Purpose: "to measure the use of the site"}

	search := &policy.Purpose{ID: "search", Name: "Helping job seekers find work: publishing resumes, responding to vacancies and corresponding with employers", Categories: []*policy.Category{account, resume, responses},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{employers, foreign, group, hosting},
		Required: "a job seeker registers with a phone number or email address; without a resume the job seeker cannot respond to vacancies",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	hiring := &policy.Purpose{ID: "hiring", Name: "Giving employers access to the resume database and to the responses to their vacancies", Categories: []*policy.Category{employer, resume, responses, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{employers, bank},
		Required: "an employer's account is opened only after the company is checked with its INN",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	recommend := &policy.Purpose{ID: "recommend", Name: "Recommending vacancies to job seekers and candidates to employers", Categories: []*policy.Category{resume, responses, usage},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	mailing := &policy.Purpose{ID: "mailing", DirectMarketing: true, Name: "Sending news, offers of the site's services and advertising", Categories: []*policy.Category{account, usage},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the notification settings or with the link in each email", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	moderation := &policy.Purpose{ID: "moderation", Name: "Checking resumes and vacancies and protecting users from fraud and fake vacancies", Categories: []*policy.Category{account, resume, employer, usage},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "by writing to support"}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring the use of the site and improving it", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off cookies in the browser", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	billing := &policy.Purpose{ID: "billing", Name: "Selling paid services and keeping accounting records", Categories: []*policy.Category{employer, payment},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bank},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}, {Act: "the Tax Code of the Russian Federation", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "HeadHunter LLC", Email: "privacy@hh.example", Address: "9 Godovikova St., bldg. 10, Moscow, 129085, Russia"},
			Country: regionRU, Registration: "INN 7718620740"},
		Responsible:      &policy.Contact{Email: "dpo@hh.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-10-000000", Notified: policy.MakeDate(2010, time.March, 1)},
		URL:              "https://hh.example/article/personal_data",
		Version:          "2024", Effective: policy.MakeDate(2024, time.April, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Federal Law No. 152-FZ “On Personal Data”", Region: regionRU},
			{Act: "the Labour Code of the Russian Federation", Region: regionRU},
			{Act: "the user agreement of the site"}},
		Scope:           []string{"the site hh.ru", "its mobile apps"},
		Acknowledgement: true,
		Principles:      []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories:      []*policy.Category{account, resume, responses, employer, usage, payment},
		Storage:         []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "data on race, nationality, political views, religious beliefs or health", Class: policy.DataClassSpecial,
				Note: "A job seeker should not put such data in a resume; the site does not ask for it."},
		},
		Purposes:   []*policy.Purpose{search, hiring, recommend, mailing, moderation, analytics, billing},
		Recipients: []*policy.Recipient{employers, foreign, group, hosting, bank, metrica},
		Transfers: []policy.Transfer{
			{Destination: regionKZ, Recipient: group, Categories: []*policy.Category{account, resume}, Safeguard: policy.SafeguardAdequacy, Notified: policy.MakeDate(2023, time.February, 28)},
			{ChosenDestination: policy.ChosenDestinationAddressee, Recipient: foreign, Categories: []*policy.Category{account, resume, responses}, Safeguard: policy.SafeguardContractNecessity,
				Notified: policy.MakeDate(2023, time.February, 28)},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, resume, responses},
				Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note:   "Employers that have already received a resume keep their copy as operators in their own right; the job seeker asks them to delete it."},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventDeletionRequest, policy.EventUnlawfulProcessing},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookies that keep the user signed in and remember settings", Party: policy.PartyFirst, Purpose: search, Categories: []*policy.Category{usage},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica cookies", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:   fz152Rights("in the account settings or by writing to privacy@hh.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 14, Note: "Job seekers under 18 may look for work only as the Labour Code allows."},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "privacy@hh.example", Address: "9 Godovikova St., bldg. 10, Moscow, 129085, Russia"},
	}
	return realPolicy{"Russian job site (hh.ru)", p, []statement{
		{says: "the operator is HeadHunter LLC in Moscow, named with its INN", typed: func(p *policy.Policy) bool { return p.Controller.Registration != "" && p.Controller.Address != "" }},
		{says: "HeadHunter has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "HeadHunter is in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the policy covers the site and its apps, for job seekers, employers' representatives and visitors", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && len(p.Purpose("hiring").Subjects) == 3 && slices.Contains(p.Purpose("analytics").Subjects, policy.DataSubjectVisitors)
		}},
		{says: "using the site means accepting the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "the processing rests on the law on personal data, the Labour Code and the user agreement", typed: func(p *policy.Policy) bool { return len(p.LegalActs) == 3 }},
		{says: "a job seeker registers with a name and a phone number or email address", typed: func(p *policy.Policy) bool {
			return p.Purpose("search").Uses(p.Category("account")) && p.Purpose("search").Required != ""
		}},
		{says: "a resume holds a photo, date of birth, citizenship, city, desired position and salary, experience, education and skills", typed: func(p *policy.Policy) bool {
			return len(p.Category("resume").Items) == 7
		}},
		{says: "a job seeker may import the employment record from the public services portal into a resume", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("resume").Sources, policy.SourceThirdParty) && p.Category("resume").SourceDetail != ""
		}},
		{says: "the job seeker chooses who sees the resume: all employers, all but chosen companies, only those with a link, or nobody", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("resume").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "a resume can be made visible to the whole internet, and then anyone can see it", typed: func(p *policy.Policy) bool {
			return p.Category("resume").Visibility == policy.VisibilityOptional
		}},
		{says: "a resume is made visible to the whole internet only on the job seeker's separate consent to its dissemination, in which the job seeker may set prohibitions and conditions", typed: func(p *policy.Policy) bool {
			return p.Category("resume").DisseminationConsent
		}},
		{says: "employers with paid access search the resume database and see the contacts of job seekers whose resumes are visible to them", typed: func(p *policy.Policy) bool {
			return p.Purpose("hiring").Uses(p.Category("resume")) && recipient(p, "employers").Role == policy.RoleThirdParty
		}},
		{says: "an employer that receives a resume or a response processes it as an operator in its own right", typed: func(p *policy.Policy) bool {
			return recipient(p, "employers").Role == policy.RoleThirdParty && recipient(p, "employers").Purpose != ""
		}},
		{says: "a response to a vacancy sends the resume and cover letter to the employer, and the chat with it is kept on the site", typed: func(p *policy.Policy) bool {
			return p.Purpose("search").Uses(p.Category("responses"))
		}},
		{says: "employers' representatives give their name, position and work contacts, and the company is checked with its INN", typed: func(p *policy.Policy) bool {
			return p.Purpose("hiring").Uses(p.Category("employer")) && slices.Contains(p.Purpose("hiring").Subjects, policy.DataSubjectCounterparties)
		}},
		{says: "vacancies are recommended to job seekers, and candidates to employers, from resumes, responses and searches", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommend").Profiling
		}},
		{says: "resumes and vacancies are checked, and accounts of fraudsters or of those who break the rules are blocked, which can be contested with support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("moderation").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "news and advertising are sent only with consent, as the law on advertising requires, and can be refused at any time", typed: func(p *policy.Policy) bool {
			m := p.Purpose("mailing")
			return m.HasBasis(policy.BasisConsent) && len(m.ConsentRequiredBy) == 1 && m.Withdraw != ""
		}},
		{says: "paid services are invoiced and accounting records kept as the accounting and tax laws require", typed: func(p *policy.Policy) bool {
			return p.Purpose("billing").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "data and messages are stored and sent by data centres and SMS and email providers on the operator's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "hosting").Role == policy.RoleProcessor
		}},
		{says: "payments go through banks, which are operators in their own right", typed: func(p *policy.Policy) bool { return recipient(p, "bank").Role == policy.RoleThirdParty }},
		{says: "the site uses cookies to keep users signed in and Yandex Metrica to measure its use", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Provider == recipient(p, "metrica")
		}},
		{says: "cookies can be turned off in the browser, but parts of the site may then not work", typed: func(p *policy.Policy) bool {
			return p.Purpose("analytics").Withdraw != "" && cookie(p, "session").StrictlyNecessary
		}},
		{says: "resumes are shown to employers on the group's site in Kazakhstan, a country with adequate protection, after Roskomnadzor was notified", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionKZ && p.Transfers[0].Safeguard == policy.SafeguardAdequacy && !p.Transfers[0].Notified.IsZero()
		}},
		{says: "a response to a vacancy abroad sends the resume to the employer in that country", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].ChosenDestination == policy.ChosenDestinationAddressee
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "data is disclosed to courts and authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "the site publishes statistics of the labour market only in aggregated form", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "the site does not ask for special categories, and a job seeker should not put them in a resume", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Class == policy.DataClassSpecial && p.NotCollected[0].Note != ""
		}},
		{says: "for each purpose the policy lists the subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "a deleted resume or account is destroyed within 30 days, but employers who already received the resume keep their copy", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventDeletionRequest && p.Deletion[1].Note != ""
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, the user deletes the data or processing is found unlawful", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "job seekers may use the site from the age of 14", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 14 }},
		{says: "users have the rights of Art. 14 to 17, exercised in the settings or by writing", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10) && p.Requests.Extension == policy.Days(5)
		}},
		{says: "HeadHunter protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertifiedTools) && hasMeasure(p, policy.MeasureBreachNotification)
		}},
		{says: "a new version takes effect when published on the site", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "a job seeker who puts other people's data in a resume, such as a referee's phone number, answers for having their consent", typed: func(p *policy.Policy) bool { return othersGive(p, "resume") }},
		{says: "the site does not check that the data in resumes and vacancies is accurate, and each user answers for their own", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
	}}
}

// carSharing paraphrases, in our own words and as we recall it, the
// privacy policy of the Russian car-sharing service Delimobil (Carsharing
// Russia LLC), as published in 2024: drivers register with scans of
// their passport and driving licence and a selfie with them, the licence
// is checked with the traffic police, the car's telematics record where
// it is and how it is driven, fines for violations recorded by cameras
// are redirected to the driver who had the car, debts go to collection
// agencies, accidents to insurers, and cars with a dashboard camera
// record the road.
func carSharing() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "Registration data", Items: []string{"surname, first name and patronymic", "date of birth", "phone number", "email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	documents := &policy.Category{ID: "documents", Name: "Identity documents and driving licence", Items: []string{"passport details and scans of its pages", "driving licence details and a scan of both sides", "driving experience", "a selfie with the passport and the licence in hand"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the traffic police database, which confirms that the licence is valid and not suspended",
		Retention:    policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	trips := &policy.Category{ID: "trips", Name: "Rentals and telematics", Items: []string{"start and end of each rental, route and mileage", "location of the car during and between rentals", "speed, acceleration and braking", "fuel level, doors and engine"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, SourceDetail: "the telematics unit installed in each car",
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	video := &policy.Category{ID: "video", Name: "Recordings of dashboard cameras", Items: []string{"video of the road ahead", "time and place of the recording"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	fines := &policy.Category{ID: "fines", Name: "Fines, damage and debts", Items: []string{"traffic violations recorded by cameras and the fines for them", "accidents and damage, with the photos the driver takes before and after a rental", "amounts owed under the rental contract"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceUser}, SourceDetail: "the traffic police, which send the fines to the car's owner",
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"masked card number and card token", "payments, deposits and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the bank that accepts the payment",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	device := &policy.Category{ID: "device", Name: "Data of the app and the device", Items: []string{"location of the phone when the app is open", "IP address", "device model, operating system and app version", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Calls and chats with support", Items: []string{"recordings of calls", "messages in the support chat"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}

	police := &policy.Recipient{ID: "police", Name: "The traffic police (State Traffic Safety Inspectorate) and courts", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, documents, trips, fines}, Conditional: true, Country: regionRU,
		Purpose: "a camera records a violation during your rental, so that the fine is redirected to you, or an accident happens"}
	collectors := &policy.Recipient{ID: "collectors", Name: "Debt collection agencies", Role: policy.RoleProcessor, Categories: []*policy.Category{account, fines}, Conditional: true, Country: regionRU,
		Purpose: "you do not pay an amount owed under the rental contract"}
	insurers := &policy.Recipient{ID: "insurers", Name: "Insurance companies", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, documents, trips, fines, video}, Conditional: true, Country: regionRU,
		Purpose: "an accident happens during your rental and a claim is settled under compulsory motor insurance or comprehensive insurance"}
	bank := &policy.Recipient{ID: "bank", Name: "Banks and payment service providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment}, Country: regionRU}
	contractors := &policy.Recipient{ID: "contractors", Name: "Data centres, the call centre, document checking and SMS providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, documents, trips, support, device}, Country: regionRU, Purpose: "to process data on the operator's instructions"}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (AppMetrica and Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU,
		Purpose: "to measure the use of the app and the site"}

	verify := &policy.Purpose{ID: "verify", Name: "Registering drivers and checking their documents, age and driving experience", Categories: []*policy.Category{account, documents},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{contractors},
		Required: "without the passport, the driving licence and the selfie the service cannot confirm the driver's identity and right to drive, and does not conclude the rental contract",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	rental := &policy.Purpose{ID: "rental", Name: "Renting cars: opening and locking them, counting the price and charging for the rental", Categories: []*policy.Category{account, trips, payment, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{bank, contractors},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	driving := &policy.Purpose{ID: "driving", Name: "Watching how the cars are driven, to find dangerous driving, damage and breaches of the rental contract", Categories: []*policy.Category{trips, video},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{insurers},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundFraud},
			Contest: "by writing to support in the app"}}
	finesPurpose := &policy.Purpose{ID: "fines", Name: "Dealing with fines, accidents and damage", Categories: []*policy.Category{account, documents, trips, fines, video},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{police, insurers},
		Obligations: []policy.Obligation{{Act: "the Code of Administrative Offences of the Russian Federation, Art. 2.6.1", Region: regionRU},
			{Act: "Federal Law No. 40-FZ “On Compulsory Motor Third-Party Liability Insurance”", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	debts := &policy.Purpose{ID: "debts", Name: "Recovering debts under the rental contract", Categories: []*policy.Category{account, documents, fines},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{collectors, police},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers, promotional codes and advertising by SMS, push notifications and email", Categories: []*policy.Category{account, trips},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's settings, with the link in each email or by writing to support", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	helping := &policy.Purpose{ID: "support", Name: "Answering drivers in support and checking its quality", Categories: []*policy.Category{account, support, trips},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{contractors},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring the use of the app and improving the service", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off cookies in the browser or analytics in the app's settings", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Carsharing Russia LLC", Email: "privacy@delimobil.example", Address: "Moscow, Russia"},
			Country: regionRU},
		Responsible:      &policy.Contact{Email: "dpo@delimobil.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-15-000000", Notified: policy.MakeDate(2015, time.February, 1)},
		URL:              "https://delimobil.example/legal/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.February, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "the Code of Administrative Offences of the Russian Federation", Region: regionRU},
			{Act: "the car rental contract (the terms of the service)"}},
		Scope:           []string{"the Delimobil app", "the Delimobil website"},
		Acknowledgement: true,
		Principles:      []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories:      []*policy.Category{account, documents, trips, video, fines, payment, device, support},
		Storage:         []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "The bank keeps them; the service receives a token."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{verify, rental, driving, finesPurpose, debts, marketing, helping, analytics},
		Recipients: []*policy.Recipient{police, collectors, insurers, bank, contractors, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection, Note: "Recordings and telematics are given to the police after an accident or a theft of the car."}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}, Note: "Destruction is recorded in an act."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventContractEnd, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookies that keep the user signed in", Party: policy.PartyFirst, Purpose: rental, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica cookies", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:   fz152Rights("by writing to privacy@delimobil.example or to support in the app"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 19, Note: "A driver must be at least 19 years old and have driven for at least a year."},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "privacy@delimobil.example"},
	}
	return realPolicy{"Russian car-sharing service (Delimobil)", p, []statement{
		{says: "the operator is the company that runs the car-sharing service in Moscow", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionRU && p.Controller.Name != "" }},
		{says: "the operator has appointed a person responsible for organising the processing and is in Roskomnadzor's register", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.OperatorRegister.Number != ""
		}},
		{says: "the policy covers the app and the website, for drivers and visitors", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && slices.Contains(p.Purpose("analytics").Subjects, policy.DataSubjectVisitors)
		}},
		{says: "registering in the app means accepting the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "the processing rests on the Civil Code, the Code of Administrative Offences and the rental contract", typed: func(p *policy.Policy) bool { return len(p.LegalActs) == 3 }},
		{says: "a driver registers with full name, date of birth, phone and email", typed: func(p *policy.Policy) bool { return p.Purpose("verify").Uses(p.Category("account")) }},
		{says: "a driver uploads scans of the passport and the driving licence and a selfie with them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("documents").Items, "a selfie with the passport and the licence in hand")
		}},
		{says: "without these documents the rental contract is not concluded", typed: func(p *policy.Policy) bool { return p.Purpose("verify").Required != "" }},
		{says: "the service checks the driver's age and experience and, with the traffic police, that the licence is valid", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("documents").Sources, policy.SourceThirdParty) && p.Category("documents").SourceDetail != ""
		}},
		{says: "documents are checked by staff and by contractors on the operator's instructions", typed: func(p *policy.Policy) bool {
			return p.Purpose("verify").Method == policy.ProcessingMethodMixed && recipient(p, "contractors").Role == policy.RoleProcessor
		}},
		{says: "a telematics unit in each car records where the car is, its route and mileage, during and between rentals", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("trips").Sources, policy.SourceAutomatic) && p.Purpose("rental").Uses(p.Category("trips"))
		}},
		{says: "the telematics record speed, acceleration and braking, to find dangerous driving and breaches of the contract", typed: func(p *policy.Policy) bool {
			return p.Purpose("driving").Uses(p.Category("trips"))
		}},
		{says: "the service may block the account of a driver who breaks the contract, drives dangerously or lets someone else drive, which can be contested with support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("driving").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach) && s.Contest != ""
		}},
		{says: "a dashboard camera records the road ahead, and the recordings are kept for 30 days", typed: func(p *policy.Policy) bool {
			return p.Category("video").Retention.Period == policy.Days(30)
		}},
		{says: "the app uses the phone's location to show cars nearby", typed: func(p *policy.Policy) bool { return p.Purpose("rental").Uses(p.Category("device")) }},
		{says: "rentals are paid by card through banks, and the service receives only a token", typed: func(p *policy.Policy) bool {
			return recipient(p, "bank").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "fines for violations recorded by cameras come to the service as the car's owner, which gives the traffic police the details of the driver who had the car", typed: func(p *policy.Policy) bool {
			return recipient(p, "police").Role == policy.RoleAuthority && p.Purpose("fines").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "after an accident the service passes the driver's data, telematics and recordings to insurers", typed: func(p *policy.Policy) bool {
			return recipient(p, "insurers").Conditional && slices.Contains(recipient(p, "insurers").Categories, p.Category("video"))
		}},
		{says: "amounts owed under the contract may be passed to collection agencies acting for the service", typed: func(p *policy.Policy) bool {
			return p.Purpose("debts").Recipients[0] == recipient(p, "collectors") && recipient(p, "collectors").Role == policy.RoleProcessor
		}},
		{says: "offers and advertising are sent only with consent, as the law on advertising requires, and can be refused at any time", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.HasBasis(policy.BasisConsent) && len(m.ConsentRequiredBy) == 1 && m.ConsentLogged
		}},
		{says: "calls to support are recorded and chats kept for a year", typed: func(p *policy.Policy) bool { return p.Category("support").Retention.Period == policy.Years(1) }},
		{says: "the app and the website use cookies and Yandex's AppMetrica and Metrica", typed: func(p *policy.Policy) bool {
			return cookie(p, "metrica").Party == policy.PartyThird && recipient(p, "metrica").Role == policy.RoleProcessor
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia, and is not transferred abroad", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && len(p.Transfers) == 0
		}},
		{says: "data is disclosed to courts, the police and other authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "recordings and telematics go to the police after an accident or the theft of a car", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureProtection)
			return d != nil && d.Note != ""
		}},
		{says: "the service does not process special categories of personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "documents and rental records are kept for five years after the contract ends, for claims and accounting", typed: func(p *policy.Policy) bool {
			return p.Category("documents").Retention.Period == policy.Years(5) && p.Category("documents").Retention.From == policy.EventContractEnd
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved, which is recorded in an act", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[0].Note != ""
		}},
		{says: "processing stops when the purpose is achieved, the contract ends, consent is withdrawn or processing is found unlawful", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a driver must be at least 19 years old", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 19 }},
		{says: "drivers have the rights of Art. 14 to 17, exercised by writing to the operator", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Extension == policy.Days(5)
		}},
		{says: "the operator protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertifiedTools) && hasMeasure(p, policy.MeasureBreachNotification)
		}},
		{says: "a new version takes effect when published", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the driver answers for the accuracy of the documents uploaded and must tell the service when they change", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		{says: "only cars marked with a notice inside carry a camera", free: toCategory("video")},
	}}
}
