package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// Two more policies under 152-FZ, paraphrased as the others are: the
// federal portal of state services, whose operator is a ministry that
// processes data to provide public services rather than under contract,
// and a cybersecurity software vendor whose one policy speaks to users in
// Russia under 152-FZ and to users in the EU under the GDPR.

// statePortal paraphrases, in our own words and as we recall it, the
// policy on the processing of personal data of the Russian portal of
// state and municipal services (Gosuslugi, the Unified portal, ЕПГУ) and
// of the Unified identification and authentication system (ЕСИА), as
// published in 2024: the Ministry of Digital Development is the operator
// and processes data to provide public services under Federal Law
// No. 210-FZ, Rostelecom runs the systems on its instructions, documents
// are checked against state registers, applications go to the agencies
// that provide the services, organisations receive account data only with
// the user's permission, and everything stays in Russia.
func statePortal() realPolicy {
	all := policy.Actions()
	publicServices := []policy.Obligation{
		{Act: "Federal Law No. 210-FZ “On the Organisation of the Provision of State and Municipal Services”", Region: regionRU},
		{Act: "Decree of the Government of the Russian Federation No. 977 of 28 November 2011 on the Unified identification and authentication system", Region: regionRU},
	}
	identity := &policy.Category{ID: "identity", Name: "Identity data", Items: []string{"surname, first name and patronymic", "date and place of birth", "sex", "citizenship"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	documents := &policy.Category{ID: "documents", Name: "Document details", Items: []string{"passport", "SNILS", "INN", "driving licence", "compulsory medical insurance policy", "vehicle registration certificate", "birth certificates of children"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the registers of the Social Fund, the Ministry of Internal Affairs and the Federal Tax Service, which confirm the details the user enters",
		Retention:    policy.WhileAccountActive(policy.Period{}), Linked: true}
	contacts := &policy.Category{ID: "contacts", Name: "Contact details", Items: []string{"mobile phone number", "email address", "address of registration and of residence"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"login", "password", "level of the account (simplified, standard or confirmed)", "history of sign-ins", "permissions given to organisations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	applications := &policy.Category{ID: "applications", Name: "Applications and their results", Items: []string{"the content of applications and attached documents", "answers and decisions of the agencies", "appointments", "complaints about how a service was provided"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the agencies that provide the services",
		Retention: policy.AsRequiredBy("the list of standard archival documents under Federal Law No. 125-FZ “On Archives in the Russian Federation”"), Linked: true}
	charges := &policy.Category{ID: "charges", Name: "Fines, taxes and state duties", Items: []string{"unpaid fines, taxes and state duties", "payments made through the portal"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the State information system on state and municipal payments (GIS GMP)",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	technical := &policy.Category{ID: "technical", Name: "Technical data", Items: []string{"IP address", "browser and device", "cookie identifiers", "pages of the portal visited"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	biometric := &policy.Category{ID: "biometric", Name: "Biometric data", Items: []string{"facial image", "voice recording"}, Biometric: true,
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Storage: []policy.Storage{{Location: regionRU}},
		Retention: policy.AsRequiredBy("Federal Law No. 572-FZ on the Unified biometric system"), Linked: true}

	technicalOperator := &policy.Recipient{ID: "rostelecom", Name: "PJSC Rostelecom, the technical operator of the portal and of the identification system", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, documents, contacts, account, applications, charges, technical}, Country: regionRU,
		Purpose: "to run and support the systems on the Ministry's instructions"}
	agencies := &policy.Recipient{ID: "agencies", Name: "Federal, regional and municipal bodies, state funds and the organisations that provide the services", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, documents, contacts, applications}, Country: regionRU, Purpose: "to consider the application and provide the service the user asked for"}
	centres := &policy.Recipient{ID: "mfc", Name: "Multifunctional centres", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, documents, applications}, Country: regionRU,
		Purpose: "to confirm the user's identity in person and to hand over the results of services"}
	payments := &policy.Recipient{ID: "payments", Name: "Banks and payment operators", Role: policy.RoleThirdParty, Categories: []*policy.Category{charges, identity}, Country: regionRU}
	organisations := &policy.Recipient{ID: "organisations", Name: "Organisations and information systems the user signs in to with the Gosuslugi account", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, documents, contacts}, Conditional: true, Country: regionRU,
		Purpose: "the user permits an organisation, such as a bank or an employer, to receive the data it asks for when signing in"}
	biometricSystem := &policy.Recipient{ID: "ebs", Name: "The operator of the Unified biometric system", Role: policy.RoleAuthority, Categories: []*policy.Category{biometric}, Country: regionRU,
		Purpose: "to store the biometric samples and to check them when the user identifies remotely"}

	services := &policy.Purpose{ID: "services", Name: "Providing state and municipal services in electronic form", Categories: []*policy.Category{identity, documents, contacts, applications},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicServices[:1], Recipients: []*policy.Recipient{technicalOperator, agencies, centres},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "most services can be requested only from a confirmed account, and an application needs the data the law on that service names"}
	identification := &policy.Purpose{ID: "identification", Name: "Registering, identifying and authenticating users in the Unified identification and authentication system", Categories: []*policy.Category{identity, documents, contacts, account, technical},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicServices[1:], Recipients: []*policy.Recipient{technicalOperator, centres},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "a confirmed account needs the passport details and SNILS, which are checked against the state registers"}
	signIn := &policy.Purpose{ID: "signin", Name: "Signing in to other organisations' websites and systems with the Gosuslugi account", Categories: []*policy.Category{identity, documents, contacts},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by revoking the organisation's permission in the account settings", ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{organisations},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	payment := &policy.Purpose{ID: "payment", Name: "Informing users of fines, taxes and state duties and taking their payment", Categories: []*policy.Category{identity, documents, charges},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicServices[:1], Recipients: []*policy.Recipient{payments},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	notices := &policy.Purpose{ID: "notices", Name: "Sending notices about applications, appointments and new charges by push, email and text message", Categories: []*policy.Category{contacts, applications, charges},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicServices[:1], OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	remoteID := &policy.Purpose{ID: "biometrics", Name: "Identifying users remotely with their biometric data", Categories: []*policy.Category{biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by withdrawing the consent in the account settings or at a bank that registered the data", ConsentMethod: policy.ConsentMethodWritten,
		Recipients: []*policy.Recipient{biometricSystem},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	quality := &policy.Purpose{ID: "quality", Name: "Assessing the quality of services and of the portal, and keeping statistics", Categories: []*policy.Category{applications, technical},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicServices[:1],
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	security := &policy.Purpose{ID: "security", Name: "Protecting accounts and the systems from unauthorised access", Categories: []*policy.Category{account, technical, contacts},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”, Art. 16", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundUnauthorised},
			Contest: "by calling the support service or confirming the identity at a service centre"}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "the Ministry of Digital Development, Communications and Mass Media of the Russian Federation", Address: "10 Presnenskaya Embankment, building 2, Moscow, 125039, Russia"},
			Country: regionRU, Registration: "OGRN 1047702026701, INN 7710474375"},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "pd@digital.example"},
		URL:         "https://gosuslugi.example/legal/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.March, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: append([]policy.Obligation{{Act: "Federal Law No. 152-FZ “On Personal Data”", Region: regionRU},
			{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU}}, publicServices...),
		Scope:           []string{"the Unified portal of state and municipal services at gosuslugi.ru and its mobile app", "the Unified identification and authentication system, including sign-in to other websites with it"},
		Acknowledgement: true,
		Principles:      []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories:      []*policy.Category{identity, documents, contacts, account, applications, charges, technical, biometric},
		Storage:         []policy.Storage{{Location: regionRU}},
		Purposes:        []*policy.Purpose{services, identification, signIn, payment, notices, remoteID, quality, security},
		Recipients:      []*policy.Recipient{technicalOperator, agencies, centres, payments, organisations, biometricSystem},
		Disclosures:     []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{identity, documents, contacts, account}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				LegalHold: true},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookies that keep the user signed in", Party: policy.PartyFirst, Purpose: identification, Categories: []*policy.Category{technical},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "statistics", Name: "cookies that count visits to the portal", Party: policy.PartyFirst, Purpose: quality, Categories: []*policy.Category{technical},
				Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:               fz152Rights("by editing the profile in the account, or by a request to the Ministry"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		NoAutomatedDecisions: true,
		Security: append(fz152Security(), policy.Measure{Kind: policy.MeasureCertification,
			Description: "The portal and the identification system are state information systems, certified against the requirements of the FSTEC and the FSB of Russia."}),
		Links:    policy.Links{RequestForm: "https://gosuslugi.example/feedback"},
		Children: policy.Children{MinimumAge: 14, Note: "A parent adds the details of a child under 14 to the parent's own account and applies for services on the child's behalf."},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Address: "10 Presnenskaya Embankment, building 2, Moscow, 125039, Russia", Phone: "8 800 100-70-10", Website: "https://gosuslugi.example/feedback"},
	}
	p.SafetyTips = []policy.SafetyTip{policy.SafetyTipNeverAsked}
	return realPolicy{"state services portal (Gosuslugi)", p, []statement{
		{says: "the operator is the Ministry of Digital Development in Moscow, named with its OGRN and INN", typed: func(p *policy.Policy) bool {
			return p.Controller.Registration != "" && p.Controller.Country == regionRU
		}},
		{says: "the Ministry has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy covers the portal, its mobile app and the identification system, including sign-in to other websites", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "the processing rests on 152-FZ, 149-FZ, 210-FZ and the Government's decree on the identification system", typed: func(p *policy.Policy) bool { return len(p.LegalActs) == 4 }},
		{says: "using the portal means accepting the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "the portal processes the user's name, date and place of birth, sex and citizenship", typed: func(p *policy.Policy) bool { return len(p.Category("identity").Items) == 4 }},
		{says: "the portal processes the details of the passport, SNILS, INN, driving licence, medical insurance policy, vehicle documents and children's birth certificates", typed: func(p *policy.Policy) bool {
			return len(p.Category("documents").Items) == 7
		}},
		{says: "the details of the passport, SNILS and INN are checked automatically against the registers of the Social Fund, the Ministry of Internal Affairs and the Tax Service", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("documents").Sources, policy.SourceThirdParty) && p.Category("documents").SourceDetail != ""
		}},
		{says: "an account is simplified, standard or confirmed, and a confirmed account needs identification in person, through online banking or with an electronic signature", free: toCategory("account")},
		{says: "most services need a confirmed account, and each application needs the data the law on that service names", typed: func(p *policy.Policy) bool { return p.Purpose("services").Required != "" }},
		{says: "the Ministry processes data to provide state and municipal services under 210-FZ, without asking for consent", typed: func(p *policy.Policy) bool {
			s := p.Purpose("services")
			return s.HasBasis(policy.BasisPublicTask) && len(s.Obligations) == 1
		}},
		{says: "identification and authentication in the identification system follow the Government's decree", typed: func(p *policy.Policy) bool {
			return p.Purpose("identification").HasBasis(policy.BasisPublicTask) && p.Purpose("identification").Obligations[0].Act != ""
		}},
		{says: "applications are sent to the federal, regional and municipal bodies and funds that provide the service, which send back their answers", typed: func(p *policy.Policy) bool {
			return recipient(p, "agencies").Role == policy.RoleAuthority && slices.Contains(p.Category("applications").Sources, policy.SourceThirdParty)
		}},
		{says: "a parent applies on behalf of a child, whose details the parent adds", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("services").Subjects, policy.DataSubjectThirdParties) && p.Children.Note != ""
		}},
		{says: "multifunctional centres confirm identities and hand over results", typed: func(p *policy.Policy) bool { return recipient(p, "mfc").Purpose != "" }},
		{says: "Rostelecom runs the portal and the identification system on the Ministry's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "rostelecom").Role == policy.RoleProcessor
		}},
		{says: "the portal shows unpaid fines, taxes and duties from the state payments system and takes their payment through banks", typed: func(p *policy.Policy) bool {
			return p.Purpose("payment").Uses(p.Category("charges")) && recipient(p, "payments") != nil
		}},
		{says: "the portal sends notices about applications, appointments and new charges, which the user can turn off in the settings", typed: func(p *policy.Policy) bool { return p.Purpose("notices").OptOut }},
		{says: "an organisation the user signs in to with the Gosuslugi account receives the data it asks for only with the user's permission, which the user can revoke in the settings", typed: func(p *policy.Policy) bool {
			s := p.Purpose("signin")
			return s.HasBasis(policy.BasisConsent) && s.Withdraw != "" && recipient(p, "organisations").Conditional
		}},
		{says: "users may consent to remote identification with their face and voice through the Unified biometric system", typed: func(p *policy.Policy) bool {
			return p.Purpose("biometrics").HasBasis(policy.BasisExplicitConsent) && p.Category("biometric").Biometric
		}},
		{says: "complaints about how a service was provided go through the portal to the body that provided it", free: toPurpose("services")},
		{says: "the Ministry assesses the quality of services and keeps statistics of the portal's use", typed: func(p *policy.Policy) bool { return p.Purpose("quality") != nil }},
		{says: "the Ministry protects accounts and may block one that was taken over, which the user unblocks through support or at a service centre", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover) && s.Contest != ""
		}},
		{says: "the user can see the history of sign-ins and turn on confirmation of sign-in by a code", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "history of sign-ins") && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "all data is stored in databases in Russia and is not transferred abroad", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU && len(p.Transfers) == 0 }},
		{says: "data is disclosed to courts and law enforcement bodies on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "the account data is kept while the account exists, and applications and payments as the archive and accounting laws require", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionWhileActive && p.Category("applications").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "the user can delete the account in the settings, after which its data is removed except what the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventAccountClosure && p.Deletion[1].LegalHold
		}},
		{says: "once the purpose is achieved, the data is destroyed within 30 days unless a law requires it to be kept", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventPurposeAchieved && p.Deletion[0].Stages[0].Within == policy.Days(30)
		}},
		{says: "processing ends when its purpose is achieved, consent is withdrawn, processing is found unlawful", typed: func(p *policy.Policy) bool { return len(p.Termination) == 3 }},
		{says: "the user can see and correct the data in the profile, ask for access, correction, blocking or destruction, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "the user can complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "the Ministry answers a request within 10 working days, which it may extend by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(10) && p.Requests.WorkingDays
		}},
		{says: "decisions on services are taken by the agencies that provide them, not by the portal", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "the portal uses cookies to keep the user signed in and to count visits", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "statistics").Purpose == p.Purpose("quality")
		}},
		{says: "a person can register from 14, with a passport", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 14 }},
		{says: "the systems are state information systems protected under the requirements of the FSTEC and the FSB with certified tools", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertifiedTools) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "the Ministry never asks for the password or the code by phone or email", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked)
		}},
		{says: "the Ministry may change the policy, and a new version takes effect when published", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "questions go to the support service by phone or through the feedback form, and requests to the Ministry's address", typed: func(p *policy.Policy) bool {
			return p.Contact.Phone != "" && p.Contact.Address != "" && p.Links.RequestForm != ""
		}},
	}}
}

// securityVendor paraphrases, in our own words and as we recall it, the
// privacy policy for the products and services of Kaspersky (AO
// Kaspersky Lab), as published in 2024: one policy for users in Russia
// under 152-FZ and in the EU under the GDPR, the data the products need to
// work under the licence agreement, the Kaspersky Security Network to
// which a user sends threat data only after accepting its statement,
// marketing by separate consent, the processing of European users' data
// in Switzerland, transfers to Russia and the other countries of the
// group, and the representative in the EU.
func securityVendor() realPolicy {
	all := policy.Actions()
	licence := &policy.Category{ID: "licence", Name: "Licence and product data", Items: []string{"licence key and its term", "product name and version", "installation identifier", "update and activation status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventContractEnd), Linked: true}
	device := &policy.Category{ID: "device", Name: "Device data", Items: []string{"operating system and its version", "hardware identifiers", "IP address", "country and language settings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventContractEnd), Linked: true}
	threats := &policy.Category{ID: "threats", Name: "Threat data sent to the Kaspersky Security Network", Items: []string{"checksums of scanned files", "addresses of websites visited and of suspicious links", "detected threats and the action taken", "suspicious files, which may contain personal data", "statistics of the applications that run"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	account := &policy.Category{ID: "account", Name: "My Kaspersky account", Items: []string{"email address", "password", "name", "devices and licences connected to the account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "Purchase data", Items: []string{"name and email address", "country", "product bought and price", "order number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the online store that sells the licence",
		Retention: policy.AsRequiredBy("the tax law of the seller's country"), Linked: true}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"what the user writes to support", "screenshots", "traces and reports the user chooses to send"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	children := &policy.Category{ID: "children", Name: "Children's activity in Kaspersky Safe Kids", Items: []string{"child's location", "websites and apps used", "time spent on the device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	website := &policy.Category{ID: "website", Name: "Website data", Items: []string{"cookie identifiers", "pages visited", "the campaign that brought the visitor"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	group := &policy.Recipient{ID: "group", Name: "Companies of the Kaspersky group", Role: policy.RoleProcessor, Categories: []*policy.Category{licence, device, threats, account, support},
		Purpose: "to provide support and the services on AO Kaspersky Lab's instructions in the user's country"}
	providers := &policy.Recipient{ID: "providers", Name: "Service providers for hosting, email and support", Role: policy.RoleProcessor, Categories: []*policy.Category{account, support, purchases}}
	stores := &policy.Recipient{ID: "stores", Name: "Online stores and partners that sell the licences", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases, licence},
		Purpose: "to sell and renew the licence under their own terms"}
	analytics := &policy.Recipient{ID: "analytics", Name: "Web analytics and advertising providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{website}}

	product := &policy.Purpose{ID: "product", Name: "Making the products work: activation, checking the licence, updating the anti-virus databases and protecting the device", Categories: []*policy.Category{licence, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "the product cannot be activated or updated without the licence and device data the licence agreement names"}
	ksn := &policy.Purpose{ID: "ksn", Name: "Detecting new threats faster through the Kaspersky Security Network", Categories: []*policy.Category{threats, licence, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off participation in the Kaspersky Security Network in the product settings", ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{group},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	accounts := &policy.Purpose{ID: "account", Name: "Running the My Kaspersky account, which manages devices and licences remotely", Categories: []*policy.Category{account, licence, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "the account is optional; without an email address and password it cannot be created, and the products still work without it",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	sales := &policy.Purpose{ID: "sales", Name: "Selling and renewing licences", Categories: []*policy.Category{purchases, licence},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{stores, providers},
		Required: "a licence cannot be sold without the buyer's name, email address and country",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	helping := &policy.Purpose{ID: "support", Name: "Answering support requests", Categories: []*policy.Category{support, licence, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "the user decides what to send; without a description of the problem and, where asked, the traces, support may not be able to help",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	parental := &policy.Purpose{ID: "parental", Name: "Showing parents their child's activity and location in Kaspersky Safe Kids", Categories: []*policy.Category{children, account},
		Bases: []policy.Basis{policy.BasisContract}, Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering products and special offers in the products and by email", Categories: []*policy.Category{licence, device, account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by declining the marketing statement in the product settings or unsubscribing from the email", ConsentMethod: policy.ConsentMethodCheckbox,
		OptOut: true, Profiling: true, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	webAnalytics := &policy.Purpose{ID: "website", Name: "Measuring the websites and advertising the products", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{analytics},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "AO Kaspersky Lab", Address: "39A/2 Leningradskoe Shosse, Moscow, 125212, Russia"},
			Country: regionRU, Registration: "OGRN 1027739867473"},
		DPO:              &policy.Contact{Name: "Data Protection Officer", Email: "dpo@kaspersky.example"},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "dpo@kaspersky.example"},
		Representatives:  []policy.Representative{{Region: regionEU, Contact: policy.Contact{Name: "Kaspersky Labs GmbH", Address: "Ingolstadt, Germany", Email: "info@kaspersky.example"}}},
		OperatorRegister: policy.OperatorRegister{Number: "08-0018537"},
		URL:              "https://kaspersky.example/products-and-services-privacy-policy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.February, 1),
		Laws:         []policy.Law{policy.FZ152, policy.GDPR},
		Scope:        []string{"Kaspersky's products for home users, its websites and the My Kaspersky account"},
		OtherNotices: []policy.Notice{{Covers: "the data each product processes, in the product's licence agreement and the Kaspersky Security Network statement", URL: "https://kaspersky.example/legal/ksn"}},
		Principles:   []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleStorageLimitation},
		Commitments:  []policy.Commitment{policy.CommitmentNoSale},
		Categories:   []*policy.Category{licence, device, threats, account, purchases, support, children, website},
		Storage:      []policy.Storage{{Subjects: regionRU, Location: regionRU}, {Subjects: regionEU, Location: regionCH}},
		NotCollected: []policy.Exclusion{{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial}},
		Purposes:     []*policy.Purpose{product, ksn, accounts, sales, helping, parental, marketing, webAnalytics},
		Recipients:   []*policy.Recipient{group, providers, stores, analytics},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionCH, Categories: []*policy.Category{threats, licence, device}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionEU, Destination: regionRU, Recipient: group, Categories: []*policy.Category{licence, device, account, support}, Safeguard: policy.SafeguardStandardClauses,
				Note: "A copy of the clauses is available from the data protection officer."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, ReportURL: "https://kaspersky.example/transparency/law-enforcement-requests"}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalAnonymised, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, licence, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies the websites need to work", Party: policy.PartyFirst, Purpose: sales, Categories: []*policy.Category{website}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: analytics, Purpose: webAnalytics, Categories: []*policy.Category{website},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("through the privacy request form or by writing to the data protection officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasurePseudonymisation},
			{Kind: policy.MeasureInternalRules}, {Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureAudits},
			{Kind: policy.MeasureCertification, Description: "Data services are certified under ISO/IEC 27001 and audited under SOC 2, and Transparency Centres let partners review the source code."}},
		Links:    policy.Links{RequestForm: "https://kaspersky.example/privacy-request", CookieSettings: "https://kaspersky.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 16, Note: "Kaspersky Safe Kids processes a child's data on the instructions of the parent who installs it."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Address: "39A/2 Leningradskoe Shosse, Moscow, 125212, Russia", Website: "https://kaspersky.example/privacy-request"},
	}
	return realPolicy{"cybersecurity vendor (Kaspersky)", p, []statement{
		{says: "AO Kaspersky Lab in Moscow is the controller and operator", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionRU && p.Controller.Registration != ""
		}},
		{says: "there is a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "Kaspersky Labs GmbH in Germany is the representative in the EU", typed: func(p *policy.Policy) bool { return p.Representatives[0].Region == regionEU }},
		{says: "the policy applies under both the Russian law on personal data and the GDPR", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.FZ152) && slices.Contains(p.Laws, policy.GDPR)
		}},
		{says: "each product's licence agreement and the network statement say in detail which data that product processes", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "the products send the licence key, product version and installation identifier to activate and update", typed: func(p *policy.Policy) bool {
			return p.Purpose("product").Uses(p.Category("licence")) && p.Purpose("product").HasBasis(policy.BasisContract)
		}},
		{says: "the products send data on the operating system and the device", typed: func(p *policy.Policy) bool { return p.Purpose("product").Uses(p.Category("device")) }},
		{says: "the product cannot be activated or updated without that data", typed: func(p *policy.Policy) bool { return p.Purpose("product").Required != "" }},
		{says: "the products send threat data to the Kaspersky Security Network only after the user accepts its statement, and the user can stop at any time in the settings", typed: func(p *policy.Policy) bool {
			k := p.Purpose("ksn")
			return k.HasBasis(policy.BasisConsent) && k.Withdraw != "" && k.Uses(p.Category("threats"))
		}},
		{says: "threat data includes file checksums, visited and suspicious addresses, detected threats and suspicious files", typed: func(p *policy.Policy) bool { return len(p.Category("threats").Items) == 5 }},
		{says: "a suspicious file may by chance contain personal data, which Kaspersky does not try to identify", free: toCategory("threats")},
		{says: "threat data is used to detect threats and is not used to identify the user", free: toPurpose("ksn")},
		{says: "the My Kaspersky account holds the email address, password and the connected devices and licences", typed: func(p *policy.Policy) bool { return p.Purpose("account").Uses(p.Category("account")) }},
		{says: "online stores and partners sell licences under their own terms and pass order data to Kaspersky", typed: func(p *policy.Policy) bool {
			return recipient(p, "stores").Role == policy.RoleThirdParty && slices.Contains(p.Category("purchases").Sources, policy.SourceThirdParty)
		}},
		{says: "support uses what the user writes and the traces the user chooses to send", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("support")) }},
		{says: "Safe Kids shows parents their child's location, the websites and apps used and the time on the device", typed: func(p *policy.Policy) bool {
			return p.Purpose("parental").Uses(p.Category("children")) && slices.Contains(p.Purpose("parental").Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "the products show offers and Kaspersky sends marketing email only with the user's consent to the marketing statement, which the user can withdraw", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.HasBasis(policy.BasisConsent) && m.OptOut && m.Withdraw != ""
		}},
		{says: "offers are chosen for the products and licences the user has", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").Profiling }},
		{says: "the websites use analytics and advertising cookies only with consent, set in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "companies of the group process data on AO Kaspersky Lab's instructions to support users in their countries", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleProcessor }},
		{says: "service providers host data, send email and help with support on Kaspersky's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "Kaspersky does not sell personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "data of Russian users is stored in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "threat data of users in Europe is processed in data centres in Zurich, a country the European Commission finds adequate", typed: func(p *policy.Policy) bool {
			return p.Storage[1].Location == regionCH && p.Transfers[0].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "data transferred from the EU to Russia is protected by the standard contractual clauses, a copy of which the DPO provides", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Destination == regionRU && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Note != ""
		}},
		{says: "Kaspersky discloses data to authorities only on requests that meet the law and publishes how many it receives", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).ReportURL != ""
		}},
		{says: "Kaspersky publishes statistics on threats only in aggregated form", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "Kaspersky does not ask for special categories of data", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassSpecial }},
		{says: "providing data is the user's choice, but without the data a product, the account, a purchase or support needs, that service cannot be provided", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool {
				return pu.HasBasis(policy.BasisContract) && pu.ID != "parental" && pu.Required == ""
			})
		}},
		{says: "when the purpose is achieved or the account is deleted, data is destroyed or anonymised within 30 days", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) == 2 && p.Deletion[0].Stages[0].Removal == policy.RemovalAnonymised
		}},
		{says: "threat data is kept for up to five years, and account data until the account is deleted", typed: func(p *policy.Policy) bool {
			return p.Category("threats").Retention.Period == policy.Years(5) && p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "users in the EU have the rights of access, rectification, erasure, restriction, portability, objection and to withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "users can complain to their supervisory authority, or in Russia to Roskomnadzor", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "requests go through the request form, and Kaspersky checks the requester's identity", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && len(p.Requests.Verification) == 2
		}},
		{says: "decisions with legal effects are not taken by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "the products and services are not meant for children under 16, except Safe Kids, which parents install", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 16 && p.Children.Note != ""
		}},
		{says: "data is encrypted in transit and at rest, access is limited, and threat data is pseudonymised", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "the data services are certified under ISO/IEC 27001 and audited under SOC 2, and Transparency Centres let partners review the code", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "Kaspersky posts changes on the website and tells users of material changes in the products", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
	}}
}
